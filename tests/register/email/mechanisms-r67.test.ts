import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/** Round 67 of the e-mail reader: each probe fails on the reader of the commit before its own, except the look-alikes that keep their reading. */
const read = (text: string) => parseProviderEmail(text, new Date('2026-12-01T12:00:00Z'));
const accounts = (text: string) => read(text).confirmations.flatMap((c) => c.accounts.map((a) => a.value));

describe("an agency's forward whose own service names its domain's word (met.police.uk, 'Metropolitan Police Service')", () => {
  const text = `From: Hale, Dana - SC&O <Dana.Hale@met.police.uk>
Sent: 11 March 2026 09:47
To: Intel Desk <IntelDesk@met.police.uk>
Subject: FW: Preservation Request Confirmation - Case #10984799001

For the log (CRIS 5609911/26) - Meta have preserved two of the three. The third Instagram handle doesn't exist, I'll re-check with the complainant and resubmit.

Dana

DC 6233CO Dana Hale | Online Harms Unit | Metropolitan Police Service
Tel: 020 7946 0999 | Dana.Hale@met.police.uk

OFFICIAL-SENSITIVE

________________________________
From: Meta Platforms Law Enforcement Response Team <records@records.facebook.com>
Sent: 10 March 2026 23:18
To: Hale, Dana - SC&O <Dana.Hale@met.police.uk>
Subject: Preservation Request Confirmation - Case #10984799001

Meta

Law Enforcement Response Team



Preservation Request Confirmation



Case Number

10984799001

Request Type

Preservation

Date Submitted

March 9, 2026

Status

Completed



Hello,

We have completed your preservation request. Records associated with the account(s) listed below have been preserved as of March 10, 2026 and will be retained for 90 days.

Account Identifier

Platform

Result

https://www.instagram.com/quiet.marsh7/

Instagram

Preserved

https://www.facebook.com/profile.php?id=100089234499001

Facebook

Preserved

https://www.instagram.com/marsh7.quiet/

Instagram

No account found



Please reference Case Number 10984799001 in any future correspondence regarding this request. To request an extension or submit legal process, please log in to the Law Enforcement Online Request System.

Thank you,
Meta Law Enforcement Response Team



This message was sent to Dana.Hale@met.police.uk. Meta Platforms, Inc., Attention: Community Support, 1 Example Way, Menlo Park, CA 94025
`;
  it('is read for the provider it forwards, not taken for a company writing under its brand', () => {
    expect(read(text).providerId).toBe('meta');
  });
});

describe('a body that points at its subject for the account', () => {
  const text = `From: Yahoo Law Enforcement Response <le-response@yahooinc.com>
Date: March 30, 2026 at 7:18:42 PM EDT
To: Det. Ana Ruiz <aruiz@examplepd.gov>
Subject: Preservation Completed - Case# 66120398 - lowtide.fern@yahoo.com

Yahoo Inc. has completed the preservation of the account identified in the subject line of this message pursuant to 18 U.S.C. 2703(f).

The preserved records will be retained for 90 days.
`;
  it("takes the subject's account", () => {
    expect(accounts(text)).toEqual(['lowtide.fern@yahoo.com']);
  });
  it('does not without the pointer', () => {
    expect(accounts(text.replace('identified in the subject line of this message', 'you named'))).toEqual([]);
  });
});

describe("a member's page by a numeric id in its query", () => {
  const text = `From: FINN Juridisk <juridisk@finn.no>
Date: Thu, 26 Feb 2026 14:02:11 +0100
Subject: Bevaring JUR-50122

Vi bekrefter at FINN har sikret opplysninger knyttet til følgende brukerkonto:

  • Profil: https://www.finn.no/profile/ads?userId=551203998
  • E-post: sjo.salg@example.no
`;
  it('is an account, whole', () => {
    expect(accounts(text)).toContain('https://www.finn.no/profile/ads?userId=551203998');
  });
});

describe("an account the provider tells the officer how to have preserved ('If you would like Snap to preserve x, please submit a new preservation request')", () => {
  const text = `From: Snap Law Enforcement Operations <lawenforcement@snapchat.com>
Date: Tue, 14 Apr 2026 18:05:00 -0700
Subject: RE: Preservation - Snap Case SPR-0552190

Snap Inc. has preserved the account listed below under reference SPR-0552190.

Username: 'reed.harbor2'

If you would like Snap to preserve the account reed_harbor_alt, please submit a new preservation request through the Law Enforcement Service Portal.
`;
  it('is not preserved', () => {
    expect(accounts(text)).toEqual(['reed.harbor2']);
  });
  it('look-alike: an account said preserved, then a new request asked for another thing, stays', () => {
    const said = text.replace('If you would like Snap to preserve the account reed_harbor_alt, please', 'We preserved the account reed_harbor_alt as well; for message content please');
    expect(accounts(said)).toContain('reed_harbor_alt');
  });
});

describe("a help channel the provider points users to ('Account holders seeking help can contact @Support')", () => {
  const text = `From: X Legal <legal-noreply@x.com>
Date: Mon, 09 Mar 2026 10:00:00 -0700
Subject: Preservation confirmation 0917264499

X has preserved the account @nightfern_vlc under case 0917264499.

Account holders seeking help can contact @Support; please do not direct law enforcement requests to that account.
`;
  it('is no account', () => {
    expect(accounts(text)).toEqual(['@nightfern_vlc']);
  });
});

describe("a clip's address on a media subdomain", () => {
  const text = `From: Twitch Law Enforcement <lawenforcement@twitch.tv>
Date: Mon, 09 Mar 2026 10:00:00 -0700
Subject: Preservation TLE-0339911

We have preserved the channel https://www.twitch.tv/pohjoinen_rush under reference TLE-0339911.

The clip https://clips.twitch.tv/QuietAmberOtter-x3Rk9Lm2QpZ is associated with this channel and is included in the preservation.
`;
  it('is no account', () => {
    expect(accounts(text)).toEqual(['https://www.twitch.tv/pohjoinen_rush']);
  });
});

describe("an extension's new number given after the verb that issued it ('a new case number has been issued for this extension: #…')", () => {
  const text = `From: X Legal <legal-noreply@x.com>
Date: Tue, 10 Mar 2026 01:14:55 +0000
Subject: Re: Preservation Extension Request

The existing preservation under case #0193350001, originally processed on December 9, 2025, has been extended for an additional 90 days. Please note that a new case number has been issued for this extension: #0201770002. Please reference the new case number in any future correspondence.

Account: @fieldgrey_lads
`;
  it('is the reference, extending the first', () => {
    const [c] = read(text).confirmations;
    expect(c?.reference).toBe('0201770002');
    expect(c?.extension?.ofReference).toBe('0193350001');
  });
});

describe("a French refusal of the request as a whole ('pas en mesure d'y donner suite', 'Aucune donnée n'a donc pu être conservée dans le cadre de votre demande')", () => {
  const text = `De : Leboncoin - Service Réquisitions <requisitions@leboncoin.fr>
Date : Thu, 19 Mar 2026 11:42:07 +0100
Sujet : RE: Réquisition - demande de conservation

Madame,

Nous accusons réception de votre demande de conservation de données, enregistrée sous le numéro LBC-REQ-2603-0001.

Après vérification, nous ne sommes malheureusement pas en mesure d'y donner suite : le compte associé à l'adresse électronique annonces.test85@orange.fr a été supprimé le 14/02/2025. Les données afférentes à ce compte ont été conservées pendant un an à compter de la suppression, puis effacées.

Aucune donnée n'a donc pu être conservée dans le cadre de votre demande, y compris pour l'annonce n° 2718840001 que vous mentionnez.
`;
  it('confirms nothing', () => {
    expect(read(text).confirmations).toEqual([]);
  });
});

describe("a help desk's satisfaction survey about the closed ticket", () => {
  const text = `De: Wallapop Autoridades <autoridades@wallapop.freshdesk.com>
Enviado: lunes, 30 de marzo de 2026 19:05
Asunto: ¿Cómo valorarías nuestra respuesta? Ticket #284400 - Solicitud de conservación de datos

Hola Martín,

Tu ticket #284400 "Solicitud de conservación de datos - usuario ID 118870001" ha sido marcado como resuelto.

Nos encantaría conocer tu opinión sobre la atención que has recibido.

Excelente
https://wallapop.freshdesk.com/surveys/a7f3c9e1-4b2d?rating=103
`;
  it('confirms nothing', () => {
    expect(read(text).confirmations).toEqual([]);
  });
  it('look-alike: a confirmation with a survey link under it still confirms', () => {
    const confirmed = text.replace('ha sido marcado como resuelto.', 'ha sido marcado como resuelto. Hemos conservado los datos de la cuenta 118870001 el 30 de marzo de 2026.');
    expect(read(confirmed).confirmations.map((c) => c.reference)).toEqual(['284400']);
  });
});

describe("a preservation dated as a measure the data was subject to ('ont fait l'objet d'une mesure de conservation le 02/11/2026')", () => {
  const text = `Bonjour Lieutenant,

En réponse à votre réquisition judiciaire, nous vous informons que les données de trafic relatives aux identifiants ci-dessous ont fait l'objet d'une mesure de conservation le 02/11/2026 :

- Adresse de messagerie : k.exemple@free.fr

Numéro de dossier : FRQ-26-200001

Ces données seront conservées pendant 12 mois.

Free – Service des Réquisitions Judiciaires
`;
  it('is the preservation day, read day first in French and flagged', () => {
    const [c] = read(text).confirmations;
    expect(c?.preservedOn?.day).toBe('2026-11-02');
    expect(c?.preservedOn?.ambiguous?.alternatives).toEqual(['2026-02-11']);
  });
});

describe("a numbered list of accounts whose line keys several values ('1. login: x, ID użytkownika: …')", () => {
  const text = `Od: Allegro Zespół Współpracy <wspolpraca@allegro.pl>
Data: 13.02.2026 10:00

Allegro.pl sp. z o.o. w dniu 12.02.2026 r. zabezpieczyła dane dotyczące następujących kont (numer referencyjny LE-PL-2026-03300):

1. login: kupiec_test84, ID użytkownika: 51873300, adres e-mail: z.test84@wp.pl
2. login: ELEKTRO-TEST-KRK, ID użytkownika: 60218800
`;
  it("takes each login, a name joined by hyphens too", () => {
    const got = accounts(text);
    expect(got).toContain('kupiec_test84');
    expect(got).toContain('ELEKTRO-TEST-KRK');
  });
});

describe("a payment account's 'Payer-ID' key", () => {
  const text = `Von: PayPal Law Enforcement <le-emea@paypal.com>
Datum: 13.02.2026 10:00
Betreff: Sicherung PP-LE-00736400

Die Daten zu folgendem PayPal-Konto wurden am 12.02.2026 gesichert:

E-Mail-Adresse: handy-test-wien@gmx.at
Payer-ID: 7QK2MXW9HT3AA
`;
  it('keys an account', () => {
    expect(accounts(text)).toContain('7QK2MXW9HT3AA');
  });
});

describe("a help desk agent's terse first-person label of the provider's number ('Ours: …', 'Vorgang bei uns: …', 'nr u nas …')", () => {
  const mega = `From: MEGA Compliance <le-compliance@mega.nz>
Date: Wed, 18 Mar 2026 09:47:00 +1300
Subject: Re: Richiesta conservazione dati - proc. pen. 4400/26

Preservation in place. Ours: 803500. Cheers
`;
  const posteo = `Von: Posteo Support <support@posteo.de>
Datum: Wed, 11 Mar 2026 14:03:51 +0100
Betreff: Re: Sicherungsanordnung / Az. 4 Js 1100/26

Hallo Herr Roth,

erledigt für k.test@posteo.de - Bestandsdaten gesichert, Vorgang bei uns: PST-0300-B

Gruß
Lena
`;
  const interia = `Od: Interia.pl - Dział Prawny <dzial.prawny@firma.interia.pl>
Wysłano: środa, 1 kwietnia 2026 11:26
Temat: RE: Zabezpieczenie danych - RSD-800/26

dzien dobry, oba konta zabezpieczone. nr u nas INT/PR/2026/0300
pozdr. K.
`;
  it('is the reference', () => {
    expect(read(mega).confirmations.map((c) => c.reference)).toEqual(['803500']);
    expect(read(posteo).confirmations.map((c) => c.reference)).toEqual(['PST-0300-B']);
    expect(read(interia).confirmations.map((c) => c.reference)).toEqual(['INT/PR/2026/0300']);
  });
});

describe('references in shapes the labels missed', () => {
  const mail = (body: string) => `From: Provider Legal <legal@example-provider.com>
Date: Mon, 16 Nov 2026 10:00:00 -0800
Subject: Re: Preservation request

${body}

Account: quiet.vane@example.org
`;
  it("a two-digit year's case number after 'opened case'", () => {
    expect(read(mail('We have opened case 26-0904500 for this matter and preserved the account below.')).confirmations.map((c) => c.reference)).toEqual(['26-0904500']);
  });
  it('three groups of four digits after a request label', () => {
    expect(read(mail('We have preserved the account below. Your request number is 2611 0087 4400. Please quote this number in any follow-up.')).confirmations.map((c) => c.reference)).toEqual(['2611 0087 4400']);
  });
  it("a Portuguese 'Número de protocolo da preservação'", () => {
    expect(read(mail('Os dados da conta abaixo foram preservados.\n\nNúmero de protocolo da preservação: 20261118-004400')).confirmations.map((c) => c.reference)).toEqual(['20261118-004400']);
  });
});

describe("a Dutch partial preservation whose refusal speaks of one address ('Voor dit adres zijn dus geen gegevens bewaard')", () => {
  const text = `Van: Juridische Zaken bol <juridischezaken@bol.com>
Datum: dinsdag 10 november 2026 om 15:37
Onderwerp: RE: Vordering bewaring gegevens

Geachte heer De Wit,

Wij hebben op 10 november 2026 de gegevens van het klantaccount met e-mailadres kwik.handel@outlook.com veiliggesteld.

Voor het tweede opgegeven e-mailadres, s.test.deals@gmail.com, hebben wij geen account kunnen vinden. Voor dit adres zijn dus geen gegevens bewaard.

Ons kenmerk: JZ-2026-00800
`;
  it('still confirms the preserved account', () => {
    expect(read(text).confirmations.map((c) => c.reference)).toEqual(['JZ-2026-00800']);
  });
});

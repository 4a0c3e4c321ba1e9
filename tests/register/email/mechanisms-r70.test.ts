import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/** Round 70 of the e-mail reader: each probe fails on the reader of the commit before its own, except the look-alikes that keep their reading. */
const read = (text: string) => parseProviderEmail(text, new Date('2026-12-01T12:00:00Z'));
const references = (text: string) => read(text).confirmations.map((c) => c.reference);
const accounts = (text: string) => read(text).confirmations.flatMap((c) => c.accounts.map((a) => a.value));

describe("a number the preservation is 'recorded in our systems under', or 'filed with us as'", () => {
  const text = `From: Proton Legal <legal@proton.me>
Date: Mon, 16 Nov 2026 10:02:11 +0100
Subject: Re: Preservation order

Dear Inspector,

We confirm that the account harbour.lantern@proton.me was placed under preservation on 13.11.2026; the preservation is recorded in our systems under the number 51-2611-0877, which we ask you to include in the subsequent order.

Legal Team
`;
  it('reads the number after the qualified verb', () => {
    expect(references(text)).toEqual(['51-2611-0877']);
  });
  it("reads 'filed with us as', the number on the next line", () => {
    const filed = text.replace('; the preservation is recorded in our systems under the number 51-2611-0877, which we ask you to include in the subsequent order.', ', and you will find this preservation filed with us as\n5120877.');
    expect(references(filed)).toEqual(['5120877']);
  });
});

describe("a look-alike: a phone the account is 'registered with', no case the matter is tracked with", () => {
  const text = `From: Paytm Nodal Cell <nodal@paytm.example.com>
Date: Wed, 25 Nov 2026 17:46:00 +0530
Subject: Re: Notice u/s 94 BNSS

Dear Sir,

We confirm that we have preserved the data of the customer account registered with mobile number 7555012234 on November 24, 2026 under reference PAY-LE-26-0412.
`;
  it('reads the reference, not the mobile number', () => {
    expect(references(text)).toEqual(['PAY-LE-26-0412']);
  });
});

describe("Polish 'zarejestrowana pod numerem'", () => {
  const text = `Od: Allegro – Współpraca z Organami Ścigania <organy@allegro.pl>
Wysłano: piątek, 13 listopada 2026 15:02
Temat: Odp: Wniosek o zabezpieczenie danych

Szanowny Panie Komisarzu,

uprzejmie informujemy, że w dniu 13 listopada 2026 r. zabezpieczyliśmy dane konta użytkownika o loginie modra_sikorka_77, a sprawa została zarejestrowana pod numerem 7781-0042-19.
`;
  it('reads the number the matter was registered under', () => {
    expect(references(text)).toEqual(['7781-0042-19']);
  });
});

describe("the addressee's numbers after 'your references … and …', beside the number the preservation is 'filed with us as'", () => {
  const text = `From: GitHub Legal <legal-support@github.com>
Date: Fri, 27 Nov 2026 09:12:40 +0000
Subject: Your preservation requests (ref. KP-2026-7731 and KP-2026-7732)

Thank you for your two letters (your references KP-2026-7731 and KP-2026-7732). We have preserved the account data for the GitHub user account mosslit-forge as of November 26, 2026, and you will find this preservation filed with us as
4410297.
`;
  it('reads neither as a reference, and reads the number filed with us', () => {
    expect(references(text)).toEqual(['4410297']);
  });
});

describe('a number that leads the subject, the preservation’s outcome after it, where the body names none', () => {
  const text = `From: X Legal <legal-noreply@x.com>
Date: Tue, 10 Nov 2026 19:22:00 +0000
Subject: RE: [EXTERN] 0844120377 - Records preserved

Hello,

In response to your request, X Corp. has preserved a snapshot of the account information for @tidewater_gull, as of 10 November 2026. Preserved information will be maintained for 90 days.
`;
  it('reads the subject’s leading number', () => {
    expect(references(text)).toEqual(['0844120377']);
  });
  it('reads it after a ticket-system subject too ("CS2291408: Preservation complete")', () => {
    expect(references(text.replace('RE: [EXTERN] 0844120377 - Records preserved', 'CS2291408: Preservation complete | Ref:MSG0093318'))).toEqual(['CS2291408']);
  });
  it('does not read a number that leads a request’s title ("… - Preservation request")', () => {
    expect(references(text.replace('Records preserved', 'Preservation request'))).toEqual([]);
  });
});

describe('clauses that assert no preservation', () => {
  const onHold = `Date: Fri, 13 Nov 2026 14:20:11 +0000
From: LinkedIn Law Enforcement Response <lawenforcement-noreply@linkedin.com>
Subject: Case CS0522817 updated

Case CS0522817 has been updated.

We have reviewed your request. It does not state the legal authority under which preservation is sought. This case has been placed on hold and no member data has been preserved. Please reply with an amended request within 30 days.
`;
  it("a case 'placed on hold' is paused, not a hold on data", () => {
    expect(references(onHold)).toEqual([]);
  });
  const receipt = `From: Google Legal Investigations Support <lis-noreply@google.com>
Date: Tue, 17 Nov 2026 18:42:00 -0800
Subject: [Google Ref: 61190274] Preservation request received

Google has received your request. It has been assigned Google reference number 61190274.

Your request to preserve records for the account copperleaf.moor@gmail.com will be processed by our team. To obtain preserved information you will need to serve appropriate legal process within 90 days of the date the preservation is completed.
`;
  it("'to obtain preserved information' and 'the date the preservation is completed' say nothing was done", () => {
    expect(references(receipt)).toEqual([]);
  });
  it('a preservation placed "pending receipt of" an order between commas is done', () => {
    const pending = `From: Proton Legal <legal@proton.me>
Date: Thu, 5 Nov 2026 09:14:33 +0100
Subject: Re: Data preservation request

However, we confirm that, pending receipt of such an order, we have placed a preservation hold on the account quiet.ember@proton.me as of 4 November 2026.

Our internal reference for this matter is PLG-2611-0077-K.
`;
    expect(references(pending)).toEqual(['PLG-2611-0077-K']);
  });
});

describe('labels of the provider’s number in other languages', () => {
  it("'Numer referencyjny Allegro:', a slashed number a dash's clause follows", () => {
    const text = `Od: Allegro <wspolpraca.organy@allegro.pl>
Temat: RE: Zabezpieczenie danych

Informujemy, że w dniu 19.11.2026 r. zabezpieczyliśmy dane konta: login: jantar_sklep

Numer referencyjny Allegro: ALG/LE/2026/220431 – prosimy o powoływanie się na niego w dalszej korespondencji.
`;
    expect(references(text)).toEqual(['ALG/LE/2026/220431']);
  });
  it("'Riferimento pratica*:', the label marked by an asterisk", () => {
    const text = `Da: Subito Law Enforcement <lawenforcement@subito.it>
Oggetto: R: Richiesta di conservazione dati

Vi comunichiamo che abbiamo provveduto alla conservazione dei dati relativi all'utente indicato.

Riferimento pratica*: SBT-2026-01177/LE
ID utente: 71830042

* da citare in ogni comunicazione successiva.
`;
    expect(references(text)).toEqual(['SBT-2026-01177/LE']);
  });
  it("'Protocolo Nubank:' over a number in dotted groups, beside the agency's 'Ofício de referência'", () => {
    const text = `Prezado Delegado,

Em atenção ao Ofício nº 2208/2026-DRCC, informamos que os dados da conta abaixo foram preservados.

Protocolo Nubank:
5.220.417-3 (favor mencionar este protocolo em futuras comunicações)
Ofício de referência: 2208/2026-DRCC

E-mail cadastrado: ipe.amarelo@example.com.br
Data da preservação: 07/11/2026
`;
    expect(references(text)).toEqual(['5.220.417-3']);
  });
});

describe('an account gone before the request came, its item apart from the list’s heading', () => {
  const text = `From: X Legal <legal-noreply@x.com>
Date: Wed, 18 Nov 2026 21:14:00 +0000
Subject: X Corp. - Preservation Request - Case #71220934

X has taken steps to preserve information related to the following accounts, as of November 18, 2026:

@salt_meadow_09 (User ID 1487732902165554321)
@brine_lark

We were unable to preserve information for the following:

@ember_cove_44 - This account was suspended on 2026-09-30, prior to our receipt of your request. No information is available for preservation.

@reed.and.rush - No account found.

Preserved information will be retained for 90 days.
`;
  it('proposes only the preserved accounts', () => {
    expect(accounts(text)).toEqual(['@salt_meadow_09', '1487732902165554321', '@brine_lark']);
  });
});

describe("a ticket system's notice line about its record ('Case CS0418822 has been resolved')", () => {
  const text = `From: GitHub Legal Support <legal-support@github.com>
Sent: Tuesday, October 27, 2026 6:48 PM
To: Hale, Marcus <marcus.hale@statepolice.example.gov>
Subject: Case CS0522190 has been resolved - Preservation request (GitHub)

GitHub Legal Support

Case CS0522190 has been resolved

Short description: Preservation request - Agency ref. OP-HERON 26/5521
State: Resolved
Priority: 3 - Moderate
Opened: 2026-10-26 21:14:07 UTC
Resolved: 2026-10-27 22:47:51 UTC
Assigned to: Legal Support - Law Enforcement

Resolution notes:
GitHub has preserved a copy of the account records for the following users as of October 27, 2026:

  - quill-harbor (user ID 118340111)
  - brass-gantry (user ID 90417000)

The repository heron-loader named in your request belongs to one of these accounts and is included in that account's preserved records. Gists and forks owned by other users are not included.

GitHub will hold the preserved records for 90 days. To obtain the records, please serve legal process that references this case number.

If you believe this case has not been resolved, please reply to this email within 7 days to reopen it.

View the case: https://githubsupport.example-servicenow.com/csm?id=csm_ticket&table=sn_customerservice_case&sys_id=8e1f3c2a1b6d4c10a9f2e7d3b5c40a18

GitHub, Inc. | 88 Colin P. Kelly Jr. Street, San Francisco, CA 94107

Ref:MSG0912734

-----
Marcus Hale
Detective Sergeant, Computer Crimes Unit
(517) 555-0164 | marcus.hale@statepolice.example.gov
`;
  it("reads the record's number", () => {
    expect(references(text)).toEqual(['CS0522190']);
  });
  it('keeps the officer’s signature under a rule out of the accounts', () => {
    expect(accounts(text)).toEqual(['quill-harbor', '118340111', 'brass-gantry', '90417000']);
  });
});

describe("the provider's number it asks to be included, 'our case number X'", () => {
  const text = `Hello,

We have taken steps to preserve information associated with the account @nightjar_rowe (User ID: 1584427739102269999) as of November 9, 2026.

X will retain the preserved information for 90 days. To request an extension, please include our case number 0C-2611-80144.

Please do not contact @Safety or X support channels about this request.
`;
  it('reads the number after "include our case number"', () => {
    expect(references(text)).toEqual(['0C-2611-80144']);
  });
  it('does not take the handle the reader is told not to contact for an account', () => {
    expect(accounts(text)).toEqual(['@nightjar_rowe', '1584427739102269999']);
  });
});

describe("German 'Bitte geben Sie … unser Aktenzeichen X an'", () => {
  const text = `From: Kleinanzeigen Team Behoerdenanfragen <behoerden@kleinanzeigen.de>
Date: Thu, 19 Nov 2026 08:03:55 +0100
Subject: Ihr Ersuchen um Datensicherung

Sehr geehrter Herr Brandt,

wir bestätigen Ihnen hiermit, dass die Sicherung der Bestandsdaten zu dem Nutzerkonto 118842777 am 18.11.2026 durchgeführt wurde.

Bitte geben Sie bei Rückfragen stets unser Aktenzeichen 04419931 an.
`;
  it('reads the number quoted so', () => {
    expect(references(text)).toEqual(['04419931']);
  });
});

describe('the requester’s and addressee’s details in letters and portal sheets in other languages', () => {
  it("a French portal sheet's 'Enquêteur :' block, its 'Courriel :' row", () => {
    const text = `Historique de la demande LBC-REQ-2026-005512

Type de demande :        Conservation de données
Enquêteur :              MDL/C Élodie Garnier
Courriel :               e.garnier@gendarmerie.example.fr
Votre référence :        PV 03318/2026

12/11/2026 10:02  Conservation effectuée pour le compte vert.sillon@example.fr
`;
    expect(accounts(text)).toEqual(['vert.sillon@example.fr']);
  });
  it("an Italian letter's inside address opened by 'Spett.le' and followed by 'Prot. n.'", () => {
    const text = `Subito.it S.r.l.
Via Benigno Crespi 19 - 20159 Milano

                                            Spett.le
                                            Procura della Repubblica di Valcastello
                                            c.a. Isp. Sup. Davide Sartorello
                                            davide.sartorello@procura-valcastello.example.it

Prot. n. SBT-LE/2026/1204

OGGETTO: Conservazione dei dati

Gentile Ispettore,

Vi comunichiamo che i dati relativi all'utenza gianluca.ferr81@example.it sono stati conservati in data 17/11/2026.
`;
    expect(accounts(text)).toEqual(['gianluca.ferr81@example.it']);
  });
});

describe('identifiers the provider says are not its own', () => {
  it("Dutch 'is bij ons niet als account bekend'", () => {
    const text = `Geachte heer Dekker,

Wij hebben op 12 november 2026 de gegevens van het account fietsenhandel.vos@example.nl veiliggesteld onder kenmerk MP-26-88150.

Het tweede e-mailadres uit uw verzoek (vos.twowheels@example.com) is bij ons niet als account bekend. Daarvoor hebben wij dus niets veiliggesteld.
`;
    expect(accounts(text)).toEqual(['fietsenhandel.vos@example.nl']);
  });
  it("an IBAN that 'is not a Revolut IBAN'", () => {
    const text = `Dear Officer,

We have preserved the data of the Revolut account registered to m.zielny.1990@example.pl under reference LE-REQ-2026-55901.

The IBAN LT60 7300 0247 1190 5599 quoted in your request is not a Revolut IBAN; please address that part of your request to the account-holding bank.
`;
    expect(accounts(text)).toEqual(['m.zielny.1990@example.pl']);
  });
});

describe("an extension's earlier number after 'extend the preservation associated with'", () => {
  const text = `---------- Forwarded message ---------
From: Apple Law Enforcement <lawenforcement@apple.com>
Date: Thu, Nov 12, 2026 at 4:07 PM
Subject: Re: Preservation Extension - Apple Request PR-2026-5517999 / Ref. 26-SO-019911
To: <m.brandt@sheriff.example.us>


Dear Deputy Brandt,

Apple has processed your request to extend the preservation associated with Apple Request PR-2026-5517999.

The extension was processed on November 12, 2026 under a new Apple Request number:

    PR-2026-5562001

Please use the new number in any further correspondence about this matter, including service of legal process.

Account(s) covered by the extension:

  - sable.grove@icloud.com
  - DSID 20618840000

The data preserved under the original request will remain preserved for an additional 90 days. Apple can extend a preservation only once.

Sincerely,

Apple Privacy & Law Enforcement Compliance
Apple Inc.
One Apple Park Way, MS 169-5CLP
Cupertino, CA 95014
`;
  it('records the new number as an extension of the earlier one', () => {
    expect(read(text).confirmations.map((c) => [c.reference, c.extension?.ofReference ?? null])).toEqual([['PR-2026-5562001', 'PR-2026-5517999']]);
  });
});

describe("an agency's name before the values, a clause of preserving between ('… on behalf of the … Task Force (your file …), we have preserved …')", () => {
  const text = `Hello,

Thank you for contacting Discord Trust & Safety. We are writing to confirm that, in response to the request you submitted on behalf of the Millbrook Regional Cybercrime Task Force (your file MRCTF-26-0712), we have preserved the account information associated with the Discord user ID 1093847261508230000 (username dusk.relay) as of November 19, 2026 (Discord reference 26110977).

Discord Trust & Safety
`;
  it('proposes the values the clause preserved', () => {
    expect(accounts(text)).toEqual(['1093847261508230000', 'dusk.relay']);
  });
});

describe("a legal-process or envelope id beside the reference ('Legal Process ID X is an internal processing number')", () => {
  const text = `From: X Legal <legal-noreply@x.com>
Date: Tue, 17 Nov 2026 10:22:00 +0000
Subject: Preservation confirmation

X has preserved the account information for @quay_lantern (User ID 1592038847716530000) as of November 16, 2026.

Please note: Legal Process ID LP-0091-44R2 is an internal processing number assigned to your upload and should not be used to refer to this matter.

DocuSign Envelope ID: 5A3B8D2F-11C4-4E9A-8F61-3D9C7A04EB28
`;
  it('reads no reference where no other number is one (a look-alike that keeps its reading)', () => {
    expect(references(text)).toEqual([]);
    expect(accounts(text)).toEqual([]);
  });
  it('reads the case reference beside them, and neither id as an account', () => {
    const labelled = text.replace('Subject: Preservation confirmation', 'Subject: Preservation confirmation\n\nCase reference: #LE-0382799-T');
    expect(references(labelled)).toEqual(['LE-0382799-T']);
    expect(accounts(labelled)).toEqual(['@quay_lantern', '1592038847716530000']);
  });
});

describe('terse help-desk answers', () => {
  it("a 'Kundenkonto' named in German prose", () => {
    const text = `Sehr geehrter Herr Baumgart,

erledigt. Snapshot am 17.11.2026 erstellt, Sicherung unter Vorgangsnummer 2026111709999.
Kundenkonto K0918270000 gesichert.
`;
    expect(accounts(text)).toEqual(['K0918270000']);
  });
});

describe('accounts the sentence excepts or the provider did not find, in other languages', () => {
  it("German 'mit Ausnahme von': the excepted address is not proposed", () => {
    const text = `Sehr geehrte Frau Lorenz,

die in Ihrem Ersuchen genannten Nutzerkonten 91044000, 91051000 und tobi.garage84@example.de wurden am 09.11.2026 mit Ausnahme von tobi.garage84@example.de gesichert; zu dieser E-Mail-Adresse existiert bei uns kein Nutzerkonto. Unser Aktenzeichen lautet KA-2026-44102.
`;
    expect(references(text)).toEqual(['KA-2026-44102']);
    expect(accounts(text)).not.toContain('tobi.garage84@example.de');
  });
  it("Norwegian 'Vi fant ingen brukerkonto': the address not found is not proposed", () => {
    const text = `Hei,

FINN.no har sikret opplysninger knyttet til følgende bruker den 12.11.2026:

  Bruker-ID: 880214000
  E-post: kari.nordvik@example.no

Vår referanse er FINN-SR-2026-0999.

Vi fant ingen brukerkonto tilknyttet e-postadressen ksol1979@example.com.
`;
    expect(references(text)).toEqual(['FINN-SR-2026-0999']);
    expect(accounts(text)).not.toContain('ksol1979@example.com');
  });
});

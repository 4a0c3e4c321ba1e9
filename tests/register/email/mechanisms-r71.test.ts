import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/** Round 71 of the e-mail reader: each probe fails on the reader of the commit before its own, except the look-alikes that keep their reading. */
const read = (text: string) => parseProviderEmail(text, new Date('2026-12-01T12:00:00Z'));
const references = (text: string) => read(text).confirmations.map((c) => c.reference);

const english = (sentence: string) => `From: Legal Response <legal-response@dropbox.com>
Date: Thu, 19 Nov 2026 09:14:00 -0800
Subject: Re: Preservation request - HPD-26-1187

Detective Okafor,

We preserved the contents of the Dropbox account fennel.ridge@example.net on November 18, 2026. ${sentence}

Our ticket 7731024 only tracks this conversation.

Dropbox Legal
`;

describe("a number the preservation was 'logged' under, the preservation named as the object", () => {
  it("reads 'we have logged that preservation under N'", () => {
    expect(references(english('We have logged that preservation under 44120873.'))).toEqual(['44120873']);
  });
});

describe('a number later process should carry', () => {
  it("reads 'please put N on the face of any subsequent legal process'", () => {
    expect(references(english('Please put 2611-0457 on the face of any subsequent legal process.'))).toEqual(['2611-0457']);
  });
  it("reads 'any production order should mention N'", () => {
    expect(references(english('Any production order should mention 4471-2209 together with the account.'))).toEqual(['4471-2209']);
  });
  it("reads ', and that is the number to reference'", () => {
    expect(references(english('The matter is with our team as 4471-2209, and that is the number to reference on any warrant.'))).toEqual(['4471-2209']);
  });
  it("reads 'Our file for this is N'", () => {
    expect(references(english('Our file for this is DBX-LE-30817.'))).toEqual(['DBX-LE-30817']);
  });
});

describe("a number the account was preserved under, the account named between", () => {
  it("reads 'preserved the account with username 'x.y' under N'", () => {
    expect(references(english("We have preserved the account with username 'quill.marsh' under 3310-8842."))).toEqual(['3310-8842']);
  });
  it("reads 'the hold sits on our side under N'", () => {
    expect(references(english('The hold itself sits on our side under 3310-8842.'))).toEqual(['3310-8842']);
  });
});

describe("the number the provider keeps the preservation under, in German, Norwegian, Swedish and Polish", () => {
  const mail = (from: string, body: string) => `From: ${from}
Date: Fri, 20 Nov 2026 11:05:00 +0100
Subject: AW: Ersuchen 2026-0918

${body}
`;
  it("reads German 'läuft bei uns unter'", () => {
    const text = mail('GMX Rechtsabteilung <recht@gmx.net>', 'Wir haben die Daten des Postfachs eule.fluss@gmx.de am 18.11.2026 gesichert. Die Sicherung läuft bei uns unter 5512-8830-14 und wird 90 Tage vorgehalten.');
    expect(references(text)).toEqual(['5512-8830-14']);
  });
  it("reads Norwegian 'lagret under'", () => {
    const text = mail('FINN Juridisk <juridisk@finn.no>', 'Vi har sikret data for bruker-ID 400218877 den 18. november 2026. Dataene er lagret under 26-FINN-0714 og oppbevares i 90 dager.');
    expect(references(text)).toEqual(['26-FINN-0714']);
  });
  it("reads Swedish 'finns hos oss under'", () => {
    const text = mail('Blocket Juridik <juridik@blocket.se>', 'Vi har säkrat uppgifterna den 18 november 2026, och ärendet finns hos oss under 41-2208-BL.');
    expect(references(text)).toEqual(['41-2208-BL']);
  });
  it("reads Polish 'prowadzimy jako'", () => {
    const text = mail('Onet Poczta <prawny@onet.pl>', 'Zabezpieczyliśmy dane konta mewa.szara@onet.pl w dniu 18.11.2026. Zabezpieczenie to prowadzimy jako ONT/ZB/2026/4410 i utrzymamy je przez 90 dni.');
    expect(references(text)).toEqual(['ONT/ZB/2026/4410']);
  });
  it("reads Polish 'przechowujemy w sprawie'", () => {
    const text = mail('Allegro Organy <organy@allegro.pl>', 'Zabezpieczyliśmy dane konta użytkownika sklep_kruk w dniu 18.11.2026. Dane te przechowujemy w sprawie 5528/ZAB/2026 przez 90 dni.');
    expect(references(text)).toEqual(['5528/ZAB/2026']);
  });
});

describe("a file the next words call the one to quote, though its noun labels an agency's number elsewhere", () => {
  it("reads Spanish 'en el expediente N, que es el que debe citar'", () => {
    const text = `From: Wallapop Legal <legal@wallapop.com>
Date: Fri, 20 Nov 2026 10:40:00 +0100
Subject: RE: Solicitud de conservación - Diligencias 2026-008812

Estimado agente:

Le confirmamos que hemos conservado el 19 de noviembre de 2026 los datos del usuario mirlo_azul. Lo hemos agrupado en el expediente WLP-LE-26-9904, que es el que debe citar en el mandamiento judicial posterior.

Equipo Legal
`;
    expect(references(text)).toEqual(['WLP-LE-26-9904']);
  });
});

describe("a ticket system's record number in groups, in its 'Number:' row and its subject", () => {
  it('reads the record the subject says was updated', () => {
    const text = `Forwarding for the file.

Marcus Reyes
Case PD-26-051177

From: Microsoft Law Enforcement <lens-noreply@microsoft.com>
Sent: Wednesday, November 25, 2026 6:02 PM
To: Reyes, Marcus <mreyes@example-pd.gov>
Subject: Case GCC-26-2208841 has been updated - Preservation Completed

Number: GCC-26-2208841
State: Closed Complete
Requesting agency reference: PD-26-051177
Short description: Preservation request

The requested data for the account heron.dusk@outlook.com was preserved on November 24, 2026. Please include the case
number above in all correspondence.

Ref:MSG0048213
`;
    expect(references(text)).toEqual(['GCC-26-2208841']);
  });
});

describe("Spanish 'ha quedado congelada'", () => {
  it('reads the freeze as a preservation', () => {
    const text = `From: Wallapop Legal <legal@wallapop.com>
Date: Thu, 19 Nov 2026 11:32:00 +0100
Subject: RE: Solicitud de conservación de datos

Estimado/a agente:

En relación con su solicitud recibida el 16 de noviembre de 2026, le confirmamos que la información vinculada al perfil garza_gris ha quedado congelada con fecha 18 de noviembre de 2026. La información permanecerá congelada durante 90 días; transcurrido dicho plazo, sin recibir un mandamiento judicial, volverá a aplicarse la política de conservación habitual.

Número de expediente Wallapop: WLP-LE-51190

Para la cesión de los datos será necesario un auto judicial dirigido a Wallapop, S.L.

Atentamente,
Equipo Legal
`;
    expect(references(text)).toEqual(['WLP-LE-51190']);
  });
});

describe("Polish 'numer sprawy po stronie Allegro'", () => {
  it('reads the number the provider names as kept on its side', () => {
    const text = `From: Allegro Organy <organy@allegro.pl>
Date: Fri, 20 Nov 2026 12:10:00 +0100
Subject: Odp: Wniosek o zabezpieczenie danych

Dzień dobry,

dane konta użytkownika sowa_nocna zostały zabezpieczone w dniu 19.11.2026.

Numer sprawy po stronie Allegro: ALG/LE/2026/09921 - prosimy o powoływanie się na ten numer.

Zespół Allegro
`;
    expect(references(text)).toEqual(['ALG/LE/2026/09921']);
  });
});

describe("the agency's number as a reply subject's request title, beside the help desk's ticket", () => {
  const text = `---------- Forwarded message ---------
From: Trust & Safety <lawenforcement@discord.com>
Date: Tue, Nov 10, 2026 at 3:12 PM
Subject: Re: Preservation Request - RTF-26-00413 [Ticket #6620458]
To: <j.lind@example-taskforce.gov>

Your request (6620458) has been updated.

We've preserved the data associated with the Discord user ID 1148830275511122334 as of November 9, 2026.

Trust & Safety

----------------------------------------------
Jonas Lind
Analyst, Regional Task Force
Case RTF-26-00413
`;
  it("reads the ticket, not the officer's case number", () => {
    expect(references(text)).toEqual(['6620458']);
  });
  it('a look-alike: the body names the title\'s number as the preservation\'s, and it stays', () => {
    const named = text.replace('Your request (6620458) has been updated.', 'Our reference for this preservation is RTF-26-00413.');
    expect(references(named)).toEqual(['RTF-26-00413']);
  });
});

const accounts = (text: string) => read(text).confirmations.flatMap((c) => c.accounts.map((a) => a.value));

describe('an account the provider says had already ended, in French, Spanish and Swedish, or excluded from the preservation', () => {
  const mail = (sentence: string) => `From: Legal Response <legal@vinted.example.com>
Date: Fri, 20 Nov 2026 10:00:00 +0100
Subject: Re: Preservation request

We preserved the account of the user with member ID 55120934 on November 19, 2026, under reference VNT-LE-88120.

${sentence}

Legal Team
`;
  it("drops 'Le compte n° X avait été fermé'", () => {
    expect(accounts(mail('Le compte n° 66310082 avait été fermé à la demande de son titulaire ; ses données ne sont plus disponibles.'))).toEqual(['55120934']);
  });
  it("drops '«x» ya había sido dada de baja'", () => {
    expect(accounts(mail('La cuenta con alias «rebajas_cadiz_09» ya había sido dada de baja por su titular antes de la recepción de su solicitud.'))).toEqual(['55120934']);
  });
  it("drops 'Kontot med ID X var redan avstängt'", () => {
    expect(accounts(mail('Kontot med ID 66310082 var redan avstängt och raderat den 3 oktober 2026.'))).toEqual(['55120934']);
  });
  it("drops '(… X) was excluded from the preservation'", () => {
    expect(accounts(mail("Your agency's test account (member ID 66310082) was excluded from the preservation."))).toEqual(['55120934']);
  });
});

describe("an id's name written as one word, and the provider's switchboard", () => {
  const text = `From: Steam Support <lesupport@valvesoftware.com>
Date: Mon, 23 Nov 2026 16:00:00 -0800
Subject: Re: Preservation request

We have preserved the account SteamID64 76561198874409911 on November 23, 2026 under case 402288.

Please do not use the switchboard number on our website (+1 425-555-0133) for follow-up; reply to this message instead.
`;
  it("proposes the number, not 'SteamID64', nor the switchboard's phone", () => {
    expect(accounts(text)).toEqual(['76561198874409911']);
  });
});

describe("a future a 'then' ties to the condition before it", () => {
  it("reads Dutch 'zullen … bewaren zodra …; worden dan … bewaard' as no preservation yet", () => {
    const text = `From: bol Juridische Zaken <juridisch@bol.example.com>
Date: Fri, 20 Nov 2026 09:00:00 +0100
Subject: Re: Vordering bewaren gegevens - [#7730118]

Wij hebben uw verzoek in goede orde ontvangen en geregistreerd onder ticketnummer #7730118. Wij zullen de gegevens van dit klantaccount bewaren zodra wij de schriftelijke vordering hebben ontvangen. De gegevens worden dan gedurende 90 dagen bewaard.
`;
    expect(references(text)).toEqual([]);
  });
});

describe('another case the message names as such, wherever else it stands', () => {
  const mail = (aside: string) => `From: TikTok Law Enforcement <lawenforcement@tiktok.com>
Date: Mon, 23 Nov 2026 08:00:00 -0800
Subject: Preservation confirmation

Related TikTok case: TTLE-2203114

We have preserved the account @lumen.otter on November 22, 2026. Please quote Case No. TTLE-2208875 in any further correspondence; ${aside}
`;
  it("drops a case that 'relates to a different account'", () => {
    expect(references(mail('case TTLE-2203114 relates to a different account.'))).toEqual(['TTLE-2208875']);
  });
  it("drops a request that 'is closed and is not affected by this request'", () => {
    expect(references(mail('TikTok request TTLE-2203114 is closed and is not affected by this request.'))).toEqual(['TTLE-2208875']);
  });
  it("drops one that, after an aside, 'is a separate matter'", () => {
    expect(references(mail('TTLE-2203114, submitted by your unit on November 2, 2026, is a separate matter.'))).toEqual(['TTLE-2208875']);
  });
  it("drops one that 'remains open under its own preservation; it is not affected by this response'", () => {
    expect(references(mail('TTLE-2203114 remains open under its own preservation; it is not affected by this response.'))).toEqual(['TTLE-2208875']);
  });
});

describe("numbers of other things: a ticket in brackets, a purchase receipt, a return, the agency's request letter", () => {
  it("drops 'dit ticket (#667120)' and 'het retournummer' beside the provider's own reference", () => {
    const text = `Dank voor de bevestiging.

Rechercheur Sanne Vlot
Onze ref: PL0900-2026415502

Op vr 20 nov 2026 om 09:31 schreef bol Juridische Zaken <juridisch@bol.com>:
> Geachte mevrouw Vlot,
>
> Op uw verzoek hebben wij de gegevens van het klantaccount met klantnummer 40018855 veiliggesteld op 19/11/2026.
>
> In uw verzoek noemde u ook het retournummer RT-88120533. Dit hoort bij het bovengenoemde klantaccount.
>
> Vermeld bij vervolgcorrespondentie altijd onze referentie BOL-JZ-2026-2210. Het nummer van dit ticket (#771204) is alleen voor intern gebruik.
`;
    expect(references(text)).toEqual(['BOL-JZ-2026-2210']);
  });
  it("drops a 'purchase receipt' number and the agency's 'Request Letter No.'", () => {
    const text = `From: Roblox Legal <legal@roblox.com>
Date: Fri, 20 Nov 2026 09:00:00 -0800
Subject: Preservation

This responds to your request (Request Letter No. PL-2291). We preserved the account 4821093377 on November 19, 2026 under RBX-LE-020117, including:
  - Robux purchase receipt RBX-RCPT-5520918799
`;
    expect(references(text)).toEqual(['RBX-LE-020117']);
  });
});

describe("a ticket system's 'Record … has been updated' line", () => {
  it('reads the record', () => {
    const text = `From: Uber LERT <lert@uber.com>
Date: Fri, 20 Nov 2026 09:00:00 -0800
Subject: Preservation Request Fulfilled (Your Ref: CCSO-26-118801)

Record LERT0073304 has been updated. State: Closed Complete.

We preserved the rider account of jo.vance@example.com on November 19, 2026. Receipt no. 7730-2291-0077 is attached.
`;
    expect(references(text)).toEqual(['LERT0073304']);
  });
});

describe("German 'geben Sie … die Fall-ID X an'", () => {
  it('reads the case id the provider asks to be given, not a gift card code nor an earlier case', () => {
    const text = `Von: Amazon Law Enforcement <lawenforcement@amazon.de>
Datum: Fr., 20. Nov. 2026 10:00 +0100
Betreff: Ihre Anfrage zur Datensicherung

Sehr geehrte Damen und Herren,

wir haben die Daten des Kundenkontos lerche.grau@example.de am 19.11.2026 gesichert, darunter:
    Geschenkgutschein-Code: EYXR-4PLQ2M-7HQQ

Die Daten werden für 90 Tage aufbewahrt. Bitte geben Sie bei jeder weiteren Korrespondenz die Fall-ID 11846209977 an. Ihre frühere Anfrage (Fall-ID 11790066299) ist abgeschlossen.
`;
    expect(references(text)).toEqual(['11846209977']);
  });
});

describe("a help desk's case footer, its number over its status row", () => {
  const text = `From: Nubank Autoridades <autoridades@nubank.example.com.br>
Date: Fri, 20 Nov 2026 10:00:00 -0300
Subject: Caso 00418855 - Confirmação de preservação de dados

Prezado Delegado,

Confirmamos que os dados da conta vinculada ao CPF informado foram preservados em 19/11/2026.

Protocolo de preservação: NU-PRES-2026-8812

Equipe de Atendimento a Autoridades

----------------------------------------
Número do caso: 00418855
Status: Encerrado
Origem: E-mail
`;
  it("reads the preservation's protocol, not the help desk's case", () => {
    expect(references(text)).toEqual(['NU-PRES-2026-8812']);
  });
  it("a look-alike: with no other number, the case stays the reference", () => {
    expect(references(text.replace('Protocolo de preservação: NU-PRES-2026-8812\n', ''))).toEqual(['00418855']);
  });
});

describe("German 'Sicherung N', the preservation named by its number in an extension", () => {
  it('reads the number the extension keeps', () => {
    const text = `From: Posteo Rechtsabteilung <recht@posteo.example.de>
Date: Fri, 20 Nov 2026 10:00:00 +0100
Subject: AW: Verlängerung

Sehr geehrte Frau Kaya,

die am 21.08.2026 vorgenommene Sicherung 20260821-PS-0233 zum Postfach e.fink@posteo.de haben wir auf Ihr Ersuchen vom 17.11.2026 heute um weitere 90 Tage verlängert; sie endet nun am 16.02.2027.

Freundliche Grüße
`;
    expect(references(text)).toEqual(['20260821-PS-0233']);
  });
});

import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/** Round 73 of the e-mail reader: each probe fails on the reader of the commit before its own (10b5b685 for the first wave, 56b9f8a7 for the second), except the look-alikes that keep their reading. */
const read = (text: string) => parseProviderEmail(text, new Date('2026-12-01T12:00:00Z'));
const references = (text: string) => read(text).confirmations.map((c) => c.reference);
const accounts = (text: string) => read(text).confirmations.flatMap((c) => c.accounts.map((a) => a.value));
const byReference = (text: string) => Object.fromEntries(read(text).confirmations.map((c) => [c.reference, c.accounts.map((a) => a.value)]));
const day = (text: string) => read(text).confirmations[0]?.preservedOn?.day ?? null;
const warnings = (text: string) => read(text).warnings.map((w) => w.key);

const mail = (from: string, subject: string, body: string) => `From: ${from}
Date: Thu, 19 Nov 2026 09:14:00 +0100
Subject: ${subject}

${body}
`;

describe('the provider’s own number in words not read before', () => {
  it('reads "under our no. X"', () => {
    const text = mail('Coinbase Global Investigations <subpoenas@coinbase.com>', 'RE: Extension request', 'We confirm that the preservation placed on the account below under our no. 2026-LE-551902 has been extended for an additional 90 days.\n\nAccount: dune.harrow@example.com');
    expect(references(text)).toEqual(['2026-LE-551902']);
  });
  it('reads the Polish "sprawa prowadzona jest u nas pod nr X"', () => {
    const text = mail('Revolut Law Enforcement <lawenforcement@revolut.com>', 'RE: Zabezpieczenie danych – RSD-II-0441/26', 'Uprzejmie informujemy, że dane klienta (adres e-mail jan.orzech@example.pl) zostały zabezpieczone w dniu 17.11.2026 r.\n\nSprawa prowadzona jest u nas pod nr 771204 – prosimy o powoływanie się na ten numer.');
    expect(references(text)).toEqual(['771204']);
  });
  it('reads the Dutch "uw verzoek geregistreerd als X"', () => {
    const text = mail('bol Juridische Zaken <juridischezaken@bol.com>', 'Re: vordering 126ni', 'Wij bevestigen dat wij het klantaccount gekoppeld aan tulp.veld@example.nl per 12-11-2026 hebben veiliggesteld. Wij hebben uw verzoek geregistreerd als 8831027-JZ; wilt u dat nummer vermelden bij een vervolgvordering?');
    expect(references(text)).toEqual(['8831027-JZ']);
  });
  it('reads "N, is your preservation reference", "also serves as the preservation reference" and "(N) er vår referanse for sikringen"', () => {
    const confirmed = 'We confirm that the rider account kora.lind@example.com was preserved on 16.11.2026.';
    expect(references(mail('Bolt Law Enforcement <law.enforcement@bolt.eu>', 'Re: [#40518] Data preservation request RSD-5520-104/26', `${confirmed}\n\nThe ticket number of this conversation, 40518, is your preservation reference. Please quote it in the production order.`))).toEqual(['40518']);
    expect(references(mail('Grindr Law Enforcement <lawenforcement@grindr.com>', 'RE: Preservation Request LPD-2026-60411 [Ticket #6120448831]', `${confirmed}\n\nYour ticket number, 6120448831, also serves as the preservation reference.`))).toEqual(['6120448831']);
    expect(references(mail('FINN Juridisk <juridisk@finn.no>', 'SV: Begjæring om sikring - anmeldelse 15520419', 'Vi bekrefter at vi den 16. november 2026 sikret data for brukeren kora.lind@example.com.\n\nSaksnummeret (3305128) er vår referanse for sikringen.'))).toEqual(['3305128']);
  });
  it('reads the Italian "Il numero di riferimento della conservazione è X", beside a ticket number', () => {
    const text = mail('Subito - Richieste Autorità <autorita@subito.it>', 'R: [Ticket#80231] Richiesta di conservazione dati', 'Le confermiamo che in data 17/11/2026 abbiamo provveduto alla conservazione dei dati dell’utenza con indirizzo e-mail lucia.ferri@example.it.\n\nIl numero di riferimento della conservazione è SBT-CONS-0771-Q. Il numero del ticket serve esclusivamente per la corrispondenza.');
    expect(references(text)).toEqual(['SBT-CONS-0771-Q']);
  });
  it('reads the German "Bitte geben Sie … unseren Vorgang X an"', () => {
    const text = mail('GMX Behoerdenservice <behoerdenauskunft@gmx.net>', 'Ihr Ersuchen Az. K11-ST-3318/26', 'Die Sicherung der Daten des Postfachs l.weide@gmx.de wurde am 16.11.2026 durchgeführt.\n\nBitte geben Sie bei Rückfragen unseren Vorgang BS.26.11.8812 an.');
    expect(references(text)).toEqual(['BS.26.11.8812']);
  });
  it('reads a spaced number the provider asks to be recalled ("Merci de rappeler le numéro de dossier RJ 71 4410")', () => {
    const text = mail('OVHcloud - Réquisitions judiciaires <requisitions@ovhcloud.com>', 'RE: Conservation des données', 'Nous vous confirmons que les données du compte client clair.ruisseau@example.fr ont été conservées le 16/11/2026.\n\nMerci de rappeler le numéro de dossier RJ 71 4410 dans toute correspondance.');
    expect(references(text)).toEqual(['RJ 71 4410']);
  });
  it('reads a file label the provider keeps ("Case number at Zoom: 88120457")', () => {
    const text = mail('Zoom Legal <legal@zoom.us>', 'Re: Preservation', 'We have preserved the account ada.kestrel@example.com on November 17, 2026 (case 4410233).\n\nCase number at Zoom: 88120457');
    expect(references(text)).toEqual(['88120457']);
  });
});

describe('several requests answered at once, one not done', () => {
  it('keeps the request under its heading that was preserved and drops the one whose part preserved nothing', () => {
    const text = mail('Meta Law Enforcement Response Team <records@fb.com>', 'Preservation Requests 9410231 / 9410248', 'The outcome of each request is set out below.\n\nRequest 9410231 - Instagram\nWe have preserved the following account:\n    Username: grey.heron_41\n    Preservation completed: November 17, 2026\n\nRequest 9410248 - Facebook\nWe were unable to locate a Facebook account matching the identifier provided. No data has been preserved in response to this request.');
    expect(references(text)).toEqual(['9410231']);
  });
  it('reads paragraphs each opened by its number and a colon', () => {
    const text = mail('WhatsApp Law Enforcement Response <records@whatsapp.com>', 'R: Richiesta di conservazione dati', 'WhatsApp has reviewed your two requests.\n\nWA-LE-8810342: We have preserved the available records for the account associated with +39 347 555 0177.\n\nWA-LE-8810351: There is no WhatsApp account registered to +39 320 555 0148. Accordingly, no records were preserved for this request.');
    expect(references(text)).toEqual(['WA-LE-8810342']);
  });
  it('reads each item of a numbered list headed by its code and what it is ("1. 2026-SNAP-81120 - EXTENSION")', () => {
    const text = mail('Snap Inc. Law Enforcement Operations <law-enforcement@snap.com>', 'Re: Preservation - Case 26-118802', 'Each keeps its own Snap reference number.\n\n1. 2026-SNAP-81120 - EXTENSION\n   Snapchat username: ember_quill\n   Snap extended the preservation on November 17, 2026 for an additional 90 days.\n\n2. 2026-SNAP-81344 - NEW PRESERVATION\n   Snapchat username: tide.warden09\n   Snap has preserved the available data for this account as of November 16, 2026.');
    expect(references(text)).toEqual(['2026-SNAP-81120', '2026-SNAP-81344']);
  });
  it('drops a pending row, said pending again below, and leaves its account out of the confirmed one', () => {
    const text = mail('Binance Law Enforcement <le-response@binance.com>', 'Binance LE - Preservation Request Update [REQ-PL-2026-4410 / REQ-PL-2026-4411]', 'Please see the status of each request below.\n\nRequest No.        | Binance UID | Status                                      | Date\nREQ-PL-2026-4410   | 510288473   | Account data preserved                      | 16.11.2026\nREQ-PL-2026-4411   | 620391184   | Pending - awaiting additional information   | -\n\nFor REQ-PL-2026-4411, the identifiers match more than one user. Nothing has been preserved under that reference yet.');
    expect(byReference(text)).toEqual({ 'REQ-PL-2026-4410': ['510288473'] });
  });
  it('look-alike: a part that says it is completed stays though it denies a server in the same paragraph', () => {
    const text = mail('Kodex <notifications@kodexglobal.com>', '[Discord] 2 requests completed', 'Request: DISC-61120\nStatus: Completed\n  Preserved account for user ID 987215530041729055 as of November 16, 2026.\n\nRequest: DISC-61121\nStatus: Completed\n  Preserved account for user ID 1120558874309816401 as of November 16, 2026. The server (guild ID 1089443320518066247) you listed is not a user account and was not preserved.');
    expect(references(text)).toEqual(['DISC-61120', 'DISC-61121']);
  });
  it('drops a number "not affected by this message"', () => {
    const text = mail('Revolut Financial Crime <lawenforcement@revolut.com>', 'Your preservation request', 'RVLT-LE-8841290\nCustomer: holder of e-mail moss.ledger@example.com\nStatus: Preserved\nDate of preservation: 16 November 2026\n\nFor completeness: your request of October 2026 under our reference RVLT-LE-8790014 is not affected by this message.');
    expect(references(text)).toEqual(['RVLT-LE-8841290']);
  });
  it('reads a row after a heading that ends in "ticket:" and a blank line as a row, not as the ticket', () => {
    const text = mail('Roblox Law Enforcement <lawenforcement@roblox.com>', 'Your ticket #80231 has been updated', 'We have reviewed the two preservation requests referenced in your ticket:\n\nRBX-LE-66401 | SparrowGlint2013 (User ID 5518273096) | PRESERVED 17 Nov 2026\nRBX-LE-66402 | MirthOwl_Pike (User ID 4192817765)    | PRESERVED 17 Nov 2026\n\nPlease quote the RBX-LE reference, not the ticket number, in any legal process.');
    expect(references(text)).toEqual(['RBX-LE-66401', 'RBX-LE-66402']);
  });
});

describe('messages that confirm nothing', () => {
  it.each([
    ['Nubank - Atendimento a Autoridades <autoridades@nubank.com.br>', 'RE: Ofício nº 3310/2026', 'Sua solicitação foi registrada sob o protocolo 20261117-8841203 e encontra-se pendente de verificação.\n\nApós a validação do ofício, os dados da conta 9934107-2 serão preservados pelo prazo de 90 (noventa) dias.'],
    ['Vinted - Autorités <law-enforcement@vinted.com>', '[Vinted] Demande n° VNT-2611-71458', 'Votre demande a été enregistrée sous le numéro VNT-2611-71458. Dès sa validation, les données du membre seront conservées pendant 90 jours et vous recevrez une confirmation distincte.'],
    ['Allegro - Zespół ds. Współpracy z Organami <organy@allegro.pl>', 'Re: [#592213] Zabezpieczenie danych', 'Na tym etapie żadne dane nie zostały zabezpieczone. Po otrzymaniu pisma dane zostaną zabezpieczone na 90 dni.'],
    ['Allegro - Zespół ds. Współpracy z Organami <organy@allegro.pl>', '[#995120] Wniosek o zabezpieczenie danych', 'To jest automatyczne potwierdzenie, że zgłoszenie zostało zarejestrowane w naszym systemie. Po weryfikacji poinformujemy Państwa o zabezpieczeniu danych.'],
  ])('%s: proposes no reference', (from, subject, body) => {
    expect(references(mail(from, subject, body))).toEqual([]);
  });
  it('reads a bounce ("Undeliverable:") as confirming nothing, whatever reference its subject quotes', () => {
    const text = mail('Microsoft Outlook <MicrosoftExchange@dcp.example.gov.uk>', 'Undeliverable: URGENT Preservation request - Ref DCP/26/005512', 'Delivery has failed to these recipients or groups:\n\nmsle-preservation@microsoft.com\nThe email address you entered couldn\'t be found.\n\n-----Original message-----\n\nDear Microsoft team,\n\nUnder Op HERON (our ref DCP/26/005512) please preserve all data held for rowan.kestle@outlook.com.');
    expect(references(text)).toEqual([]);
  });
  it('look-alike: a preservation done that is then kept "por 90 dias" still confirms', () => {
    const text = mail('iFood Jurídico <juridico.autoridades@ifood.com.br>', '[Ticket #195304] Re: Ofício nº 981/2026', 'Informamos que realizamos, em 17 de novembro de 2026, a preservação dos dados da conta abaixo:\n\nE-mail: bruna.faro@example.com\n\nProtocolo jurídico: IFD-JUR-26-04418\n\nOs dados ficarão preservados por 180 dias.');
    expect(references(text)).toEqual(['IFD-JUR-26-04418']);
  });
});

describe('numbers that are another party’s', () => {
  it('does not take the prosecutor’s order number ("the order of the Public Prosecutor’s Office dated …, ref. X")', () => {
    const text = mail('Proton Legal <legal@proton.me>', 'Re: Editionsverfügung ST.2026.5512 - Sicherung', 'We refer to the order of the Public Prosecutor\'s Office dated 16 November 2026, ref. ST.2026.5512, which we received through the Swiss legal channel.\n\nProton AG has preserved the data currently available for the following account:\n\nfels.kurier@proton.me\n\nOur internal reference is LR-77102.');
    expect(references(text)).toEqual(['LR-77102']);
  });
  it('reads the officer’s "your reference X" in the lines a provider answers inline as the provider’s number', () => {
    const text = `From: Snap Law Enforcement Operations <lawenforcement@snapchat.com>
Sent: Tuesday, November 17, 2026 4:31 PM
Subject: RE: Extension request - Snap ref SNAP-LE-995142

Please see our responses inline below, marked [SNAP].

-----Original Message-----
From: Abernathy, Ruth <r.abernathy@statepolice.example.us>
Sent: Monday, November 16, 2026 9:05 AM
Subject: Extension request - Snap ref SNAP-LE-995142

I am following up on our preservation under your reference SNAP-LE-995142 (our case 26-CY-00912).

1. Please extend the preservation for username reed.lark22 for an additional 90 days.

[SNAP] Done. The preservation for reed.lark22 has been extended for an additional 90 days as of November 17, 2026. The reference number remains SNAP-LE-995142.
`;
    expect(read(text).confirmations.map((c) => [c.reference, c.accounts.map((a) => a.value), c.extension?.requestedOn])).toEqual([['SNAP-LE-995142', ['reed.lark22'], '2026-11-17']]);
  });
});

describe('accounts and dates', () => {
  it('does not propose a copied address in a Thunderbird forward’s "Kopie (CC):" line', () => {
    const text = `-------- Weitergeleitete Nachricht --------
Betreff: 	Re: Sicherung / Preservation
Datum: 	Mon, 16 Nov 2026 10:12:44 +0100
Von: 	Proton Legal <legal@proton.me>
An: 	Reto Kälin <reto.kaelin@kapo.example.ch>
Kopie (CC): 	Staatsanwaltschaft <office@prosecution.example.ch>

Proton AG has preserved the data currently available for the following account:

alp.rauch@proton.me

Our internal reference is LR-77310.
`;
    expect(accounts(text)).toEqual(['alp.rauch@proton.me']);
  });
  it('reads a seller’s "partnernummer" and a Microsoft "PUID" as accounts', () => {
    expect(accounts(mail('bol Juridische Zaken <juridischezaken@bol.com>', 'Re: vordering', 'Wij hebben de onderstaande gegevens per 12-11-2026 veiliggesteld (referentie 8831027-JZ):\n\n- verkopersaccount met partnernummer 1520488'))).toContain('1520488');
    expect(accounts(mail('Microsoft LNS <lnsnoreply@microsoft.com>', 'Preservation LNS-PRS-8851203', 'We preserved the following account on November 16, 2026 (reference LNS-PRS-8851203):\n\n  PUID: 0003BFFD9A4C3308'))).toContain('0003BFFD9A4C3308');
  });
  it('reads a table whose columns are parted by two blanks, one row per account', () => {
    const text = mail('Microsoft Law Enforcement & National Security <lnsnoreply@microsoft.com>', '[LNS 8851204] Demande de conservation', 'Microsoft a traité votre demande comme suit :\n\nIdentifiant  Service  Résultat  Date de conservation\nnuit.claire@outlook.fr  Outlook.com  Conservé  16/11/2026\nkev.sable@hotmail.fr  Outlook.com  Non conservé – compte supprimé  –\n\nMerci de rappeler le numéro de dossier LNS 8851204.');
    expect(accounts(text)).toEqual(['nuit.claire@outlook.fr']);
  });
  it('dates the preservation by "Nous avons pris les mesures demandées le …"', () => {
    const text = mail('Microsoft LNS <lnsnoreply@microsoft.com>', 'RE: Demande de conservation – GCC-1140-6621', 'Nous faisons suite à votre demande de conservation reçue le 12 novembre 2026.\n\nNous avons pris les mesures demandées le 13 novembre 2026 pour le compte suivant : lune.verte@outlook.fr\n\nLes données sont conservées pendant 90 jours. Référence Microsoft : GCC-1140-6621');
    expect(day(text)).toBe('2026-11-13');
  });
  it('look-alike: an ordinary confirmation warns of nothing', () => {
    expect(warnings(mail('Microsoft LNS <lnsnoreply@microsoft.com>', 'Preservation GCC-1140-6621', 'We preserved the account lune.verte@outlook.fr on November 13, 2026.'))).toEqual([]);
  });
});

describe('second wave: numbers of other things, promises, refusals, digests', () => {
  it('drops an earlier request named in another language ("Frühere Anfrage zu diesem Konto: X (abgeschlossen)")', () => {
    const text = mail('Kleinanzeigen Behördenanfragen <behoerden@kleinanzeigen.de>', 'AW: Sicherungsersuchen', 'Wir haben die Daten des Nutzerkontos moewe.sund@example.de am 16.11.2026 gesichert. Unser Vorgang: KA-BA-2026-881204.\n\nFrühere Anfrage zu diesem Konto: KA-BA-2026-661023 (abgeschlossen)');
    expect(references(text)).toEqual(['KA-BA-2026-881204']);
  });
  it('drops an invoice’s, a shipment’s and a payment’s number ("Rechnungsnummer (PRO-Abo):", "codice spedizione TuttoSubito:")', () => {
    const de = mail('Kleinanzeigen Behördenanfragen <behoerden@kleinanzeigen.de>', 'AW: Sicherungsersuchen', 'Wir haben die Daten des Nutzerkontos moewe.sund@example.de am 16.11.2026 gesichert. Unser Vorgang: KA-BA-2026-881204.\n\n  Rechnungsnummer (PRO-Abo): RE-2026-0558124');
    expect(references(de)).toEqual(['KA-BA-2026-881204']);
    const it = mail('Subito - Richieste Autorità <autorita@subito.it>', 'R: Richiesta di conservazione', 'Abbiamo conservato in data 16/11/2026 i dati dell’utenza gabbiano.verde@example.it. Numero pratica: SB-AG-26-02214.\n\n  - codice spedizione TuttoSubito: TS-9912-0038-22');
    expect(references(it)).toEqual(['SB-AG-26-02214']);
  });
  it('reads an escalation’s label as a ticket’s ("LE portal escalation: ESC-22-10418")', () => {
    const text = mail('Meta Law Enforcement Response Team <records@fb.com>', 'Preservation Confirmation - Request #9952318', 'This is to confirm that Meta Platforms, Inc. has preserved the records associated with the account below, as of November 16, 2026.\n\nRequest #: 9952318\n\nInstagram: @heron.vale\n\nLE portal escalation: ESC-22-10418');
    expect(references(text)).toEqual(['9952318']);
  });
  it('drops a number "(subpoena, closed), is unrelated to this preservation"', () => {
    const text = mail('Snap Inc. Law Enforcement Operations <law-enforcement@snap.com>', 'Preservation extended', 'Snap has extended the preservation SNAP-PX-88421-QR for the account frost_wren on November 16, 2026. A previous legal process tracking number for this account, LPT-0105523 (subpoena, closed), is unrelated to this preservation.');
    expect(references(text)).toEqual(['SNAP-PX-88421-QR']);
  });
  it.each([
    ['Vinted - Autorités <law-enforcement@vinted.com>', 'Conservation des données', 'Les données du membre lea.brocante@example.fr ont été conservées et seront conservées pendant 90 jours (dossier VNT-2611-80215). Le présent message ne vaut pas confirmation de conservation.'],
    ['Subito - Richieste Autorità <autorita@subito.it>', 'R: Richiesta', 'Alla pratica è stato assegnato il numero SBT-LE-2026-00992. I dati sono conservati per 90 giorni a conservazione completata. Si prega di non considerare la presente come conferma.'],
    ['TikTok Law Enforcement <lawenforcement@tiktok.com>', 'Preservation - HPD 26-05512', 'We are preserving the account(s) listed in your request. This process is ongoing and is not yet complete.\n\n  Status: Preservation in progress\n  Request ID: LERT-2611-99328\n\nPreserved data is retained for 90 days and may be extended once.'],
    ['Bitvavo Compliance <compliance-le@bitvavo.com>', 'Re: vordering', 'Wij zijn bezig met het bewaren van de gegevens van klant mol.akker@example.nl. Dit is nog niet afgerond. Uw bewaarnummer wordt BVO-PRV-7743 zodra het verzoek is verwerkt. De gegevens worden daarna 6 maanden bewaard.'],
  ])('%s: a message that says it is no confirmation, or promises one, proposes none', (from, subject, body) => {
    expect(references(mail(from, subject, body))).toEqual([]);
  });
  it('reads a terse "Done - N. Held for 90 days from today." above the quoted receipt that promised it', () => {
    const text = `From: Discord Trust & Safety <lawenforcement@discord.com>
Date: Fri, Nov 13, 2026 at 4:02 PM
Subject: Re: [Discord T&S] Preservation - NPD 26-12983

Done - 8429953.
Held for 90 days from today. User ID 1174302958816625812 (username: slatewitch_10).

On Mon, Nov 9, 2026 at 10:15 AM Discord Trust & Safety <lawenforcement@discord.com> wrote:
> Your request has been queued for preservation. Reference 8429953 will
> apply to it. We'll write again once the hold is in place.
`;
    expect(references(text)).toEqual(['8429953']);
  });
  it('never proposes the Dutch police’s registration number ("Onze ref: PL0600-2026199312")', () => {
    const text = mail('Marktplaats Trust & Safety <trust@marktplaats.nl>', 'Re: Bewaarverzoek', 'Wij hebben de gegevens van zonnebloem.akker@example.nl op 19-11-2026 veiliggesteld onder dossier MP-BEW-304419.\n\n---\nPolitie Eenheid Oost-Nederland\n\nGraag bewaring van de gegevens van zonnebloem.akker@example.nl.\nOnze ref: PL0600-2026199312.');
    expect(references(text)).toEqual(['MP-BEW-304419']);
  });
  it.each([
    ['Blocket Trust & Safety <polisarenden@blocket.se>', 'SV: Förlängning av säkring - ärende BLK-2026-8892', 'Tack för ditt mejl. Tyvärr kan vi inte förlänga säkringen i ärende BLK-2026-8892.\n\nSäkringen gjordes den 5 oktober 2026 och gällde i 30 dagar. De säkrade uppgifterna för kontot elg.skog@example.se har därefter raderats.'],
    ['Discord Trust & Safety <lawenforcement@discord.com>', 'Re: case 8441029', 'The data associated with user ID 1093384470122951828 was preserved in line with our policy. We\'re unable to extend this preservation beyond its current expiry of January 4, 2027 without valid legal process. Please reference case 8441029 in any legal process.'],
    ['TikTok Law Enforcement <lawenforcement@tiktok.com>', 'Re: extension TT-PR-2026-1215583', 'This preservation was already extended on November 9, 2026, and the preserved data is currently retained until April 6, 2027. As a preservation can only be extended once, no further action has been taken on this request.'],
  ])('%s: an extension refused proposes nothing', (from, subject, body) => {
    expect(references(mail(from, subject, body))).toEqual([]);
  });
  it('reads a digest whose parts are headed by rows or by the provider’s name, one part preserving nothing', () => {
    const kraken = mail('Kraken Law Enforcement <le@kraken.com>', 'Weekly digest', 'Request REQ-KRK-20261116-031 | Preservation | Status: Preserved\n  Account: gum.trades@example.com, preserved 16 Nov 2026\n\nRequest REQ-KRK-20261118-052 | Preservation | Status: Closed – no account located\n  No data has been preserved for this request.');
    expect(references(kraken)).toEqual(['REQ-KRK-20261116-031']);
    const kodex = mail('Kodex <digest@kodexglobal.com>', 'Kodex daily digest - 2 updates', 'CLOUDFLARE · Request KDX-CF-5521073 · Preservation\n  "Cloudflare has preserved the account information for account e-mail ferry.wake@example.com as of 16 November 2026. Our reference for this preservation is CF-LE-2026-88421; please quote it in any follow-up."\n\nCLOUDFLARE · Request KDX-CF-5522496 · Preservation\n  "\'cdn-wake\' is not a zone we can locate. We have not preserved any data under this request."');
    expect(references(kodex)).toEqual(['CF-LE-2026-88421']);
  });
  it('reads a ticket system’s case heading with what the case is ("Case CS0998231 – Preservation request")', () => {
    const text = mail('Spotify Legal Support <legal-support@spotify.com>', 'Your case has been resolved', 'Case CS0998231 – Preservation request\nState: Resolved\n\nWe confirm that Spotify AB has preserved the data associated with the account below.\n\nUsername: fjord_beats\nPreservation date: 16.11.2026\n\nRef:MSG0532284');
    expect(references(text)).toEqual(['CS0998231']);
  });
  it.each([
    ['PayPal Law Enforcement <law@paypal.com>', 'I: Richiesta di conservazione', 'Abbiamo conservato in data 16/11/2026 i dati del conto ferrante.ori@example.it (riferimento PP-LE-2611-4410).\n\n  • per l\'indirizzo m.ferri@example.it la ricerca nei nostri sistemi non ha prodotto\n    risultati;', 'm.ferri@example.it'],
    ['OLX Legal <legal@olx.pt>', 'Fwd: Pedido de preservação', 'Preservámos em 16/11/2026 os dados da conta do utilizador rodas.norte@example.pt (referência OLX-PT-88120).\n\n   - a pesquisa pelo endereço nunes.roda@example.pt não devolveu resultados.', 'nunes.roda@example.pt'],
    ['Microsoft LNS <lnsnoreply@microsoft.com>', 'RE: Demande de conservation', 'Les données du compte lune.claire@outlook.fr ont été conservées le 16/11/2026 (référence GCC-1140-7731).\n\n  – l\'adresse marc.aubel@example.fr n\'a pu être rapprochée d\'aucun compte Microsoft dans nos systèmes ;', 'marc.aubel@example.fr'],
  ])('%s: leaves out an account a search found nothing for', (from, subject, body, absent) => {
    const found = accounts(mail(from, subject, body));
    expect(found).not.toContain(absent);
    expect(found).toHaveLength(1);
  });
});

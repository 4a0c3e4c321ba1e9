import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/** Round 72 of the e-mail reader: each probe fails on the reader of the commit before its own, except the look-alikes that keep their reading. */
const read = (text: string) => parseProviderEmail(text, new Date('2026-12-01T12:00:00Z'));
const references = (text: string) => read(text).confirmations.map((c) => c.reference);
const accounts = (text: string) => read(text).confirmations.flatMap((c) => c.accounts.map((a) => a.value));

const mail = (from: string, subject: string, body: string) => `From: ${from}
Date: Thu, 19 Nov 2026 09:14:00 +0100
Subject: ${subject}

${body}
`;
const DROPBOX = 'Dropbox Legal <legal-response@dropbox.com>';

describe('a bare number the sentence makes the subject of the work done', () => {
  it.each([
    ['Good news: 4418207 has been extended for another 90 days. The account hazel.brook@example.net stays preserved.', '4418207'],
    ['We preserved the account hazel.brook@example.net on November 18, 2026. 7730-412 is now complete.', '7730-412'],
    ['Your preservation (66120483) is complete. We preserved the account hazel.brook@example.net on November 18, 2026.', '66120483'],
    ['We preserved the account hazel.brook@example.net on November 18, 2026. Please keep 88120457 handy - it identifies this preservation.', '88120457'],
    ['We preserved the account hazel.brook@example.net on November 18, 2026. 55128830 covers that account and its shared folders.', '55128830'],
  ])('reads %j', (body, reference) => {
    expect(references(mail(DROPBOX, 'Re: Preservation request - HPD-26-1187', body))).toEqual([reference]);
  });
  it("reads it after 'that' in Norwegian, Portuguese and Dutch", () => {
    expect(references(mail('FINN Juridisk <juridisk@finn.no>', 'SV: Begjæring om sikring', 'Vi bekrefter at 5520-9184 er gjennomført. Dataene for brukerkontoen fjell.rev@example.no ble sikret 18.11.2026.'))).toEqual(['5520-9184']);
    expect(references(mail('Uber LERT <lert@uber.com>', 'Re: Ofício 1277/2026', 'Informamos que 90311-27 foi concluído em 18/11/2026: os dados da conta carol.ipe@example.com foram preservados.'))).toEqual(['90311-27']);
    expect(references(mail('Marktplaats Juridisch <juridisch@marktplaats.nl>', 'Re: Bewaarverzoek', 'Wij hebben de gegevens van tulp.veld@example.nl veiliggesteld. 6512-304 is op 16-11-2026 verwerkt.'))).toEqual(['6512-304']);
  });
  it("reads 'N is the number you should cite'", () => {
    expect(references(mail(DROPBOX, 'Re: Preservation request', 'The account below was preserved on November 5, 2026, and 58302266 is the number you should cite in any follow-up legal process.\n\nhazel.brook@example.net'))).toEqual(['58302266']);
  });
  it("look-alike: a number a word names ('your case 26-7712 has been processed') is not read as the subject", () => {
    const text = mail(DROPBOX, 'Re: Preservation request', 'Your case 2026-7712 has been processed. We preserved the account hazel.brook@example.net under 44120873.');
    expect(references(text)).toEqual(['44120873']);
  });
});

describe('accounts the provider sets outside the preservation without a negation', () => {
  const google = (sentence: string) =>
    mail('Google LIS <lis-noreply@google.com>', 'Re: Preservation request - HPD-26-1187', `We have preserved the Google account pine.orchard44@gmail.com under reference 58821374 as of November 17, 2026.\n\n${sentence}`);
  it.each([
    'The remaining address listed in your request, hollis.quarry@yahoo.com, appears to belong to a different service.',
    'The number +1 202 555 0164 belongs to an account created after the period set out in your request and so falls outside the scope of this request.',
    'The username @quiet_meridian_bot is a bot administered elsewhere by a third-party developer.',
    'The third identifier, s.ferreira.holdings@gmail.com, was merged into the first account in 2025.',
  ])('does not propose the account in %j', (sentence) => {
    const found = accounts(google(sentence));
    expect(found).toContain('pine.orchard44@gmail.com');
    expect(found).toHaveLength(1);
  });
  it("drops the account a search's verdict denies in the next sentence ('Ergebnis: kein Treffer.')", () => {
    const text = mail(
      'Kleinanzeigen Behördenanfragen <behoerden@kleinanzeigen.de>',
      'AW: Sicherungsersuchen 71 Js 402/26',
      'Wir haben die Daten des Nutzerkontos moor.falke@example.de am 18.11.2026 gesichert (Vorgang KA-2026-44120).\n\nZu dem über die Rufnummer 0171 3920044 angefragten Konto haben wir unsere Systeme durchsucht. Ergebnis: kein Treffer.',
    );
    expect(accounts(text)).toEqual(['moor.falke@example.de']);
  });
  it("drops an officer's address at a public body's domain, even in a help desk's thread", () => {
    const text = `##- Please type your reply above this line -##

Your request (4428319) has been updated. To add additional comments, reply to this email.

Reddit Legal (Reddit, Inc.)

Nov 27, 2026, 10:12 PST

Hello Detective Ferreira,

Thank you for your request to extend the preservation under case 4428319. On November 27, 2026 we extended the preservation of the data associated with u/Elm_Tinker and u/moth_in_jade_31 for an additional 90 days.

The third username in your extension request, u/harrow_sal, was handled under the original request: at that time it could be matched to an account that had already been deleted by its owner, so there was nothing preserved to extend.

Please continue to reference case 4428319 in any further correspondence.

Best,
Reddit Legal
Reddit, Inc.
303 2nd Street, South Tower, 5th Floor
San Francisco, CA 94107

Detective Luis Ferreira

Nov 25, 2026, 08:41 PST

Reddit Legal,

Requesting a 90-day extension of preservation case 4428319 for u/Elm_Tinker, u/moth_in_jade_31 and u/harrow_sal (our case 2026-NV-08812).

Det. Luis Ferreira #5190
North Valley Station - Detective Bureau
(661) 555-0122
l.ferreira@nvc-sheriff.example.gov

This email is a service from Reddit Legal. Delivered by Zendesk
[QX7K2M-4R8P]
`;
    expect(accounts(text)).toContain('u/Elm_Tinker');
    expect(accounts(text)).not.toContain('l.ferreira@nvc-sheriff.example.gov');
  });
});

describe("a help desk's notice in other languages", () => {
  it('reads the request number of a Spanish Zendesk notice around the agent\'s post', () => {
    const text = `Wallapop | Soporte a Fuerzas y Cuerpos de Seguridad

##- Por favor, escriba su respuesta encima de esta línea -##

Su solicitud (418802) ha sido actualizada. Para añadir comentarios adicionales, responda a este correo electrónico.

----------------------------------------------

Marta G. (Wallapop Legal)

20 nov. 2026, 13:47 CET

Estimado agente Ruiz:

En relación con su solicitud de conservación de datos en el marco de las Diligencias Previas 2210/2026, le informamos de que con fecha 19 de noviembre de 2026 hemos conservado los datos de los siguientes usuarios:

- perfil https://es.wallapop.com/user/lucia-874512
- usuario registrado con el correo pablo.vidal@example.es

Los datos conservados se mantendrán durante 90 días.

Un saludo,
Marta G.

----------------------------------------------

Agente Javier Ruiz

18 nov. 2026, 09:12 CET

Buenos días,

Solicito la conservación de datos de los usuarios lucia-874512 y pablo.vidal@example.es.

Agente Javier Ruiz – TIP 88213
Policía Local de Villanueva – Unidad de Investigación
`;
    expect(references(text)).toEqual(['418802']);
  });
  it('does not read the help desk\'s bracketed message key under its footer', () => {
    const text = mail('Bitvavo Compliance <compliance@bitvavo.com>', 'Re: Bewaarverzoek', 'Je aanvraag (912384) is bijgewerkt.\n\nWij hebben de gegevens van ruud.koster@example.nl op 3 november 2026 bewaard.\n\nDit bericht is een service-e-mail met betrekking tot aanvraag #912384.\n[ZD-8KP2Q5-7RX1]');
    expect(references(text)).toEqual(['912384']);
  });
  it("reads a Swedish help desk's subject tag ('[Ärende #40721]')", () => {
    const text = mail('Blocket Trust & Safety <myndighet@blocket.se>', 'SV: Begäran om bevarande – ärende 5000-K1183-26 [Ärende #40721]', 'Hej,\n\nÄrende:   #40721\nAnvändare: kalle.snickare@example.se\nStatus:   Bevarad\nBevarandedatum: 2026-11-02\n');
    expect(references(text)).toEqual(['40721']);
  });
});

describe("the requester's numbers in a ticket system's lines", () => {
  it("does not read a ticket's short description's number, the requester's title", () => {
    const text = mail('Careem LE <le-requests@careem.com>', 'Case CS0048217 has been updated – Preservation request SHJ-CID-2026-2290', 'Case CS0048217 has been updated.\n\nShort description: Preservation request – Sharjah Police – SHJ-CID-2026-2290\nState: Resolved\n\nWe confirm that the data of the account registered to +971 50 555 0163 has been preserved as of 14 November 2026.');
    expect(references(text)).toEqual(['CS0048217']);
  });
  it("does not read an agent's id in the signature", () => {
    const text = mail('Binance LE <le@binance.com>', 'Re: Solicitud', 'Hemos conservado los datos de la cuenta UID 77120834 el 18 de noviembre de 2026. Referencia del caso: BLE-447120.\n\nÁlvaro M.\nTicket #90415 | Agente ID: BN-INV-772');
    expect(references(text)).toEqual(['BLE-447120']);
  });
  it("does not read a portal's submission id labelled in Spanish beside the provider's case number", () => {
    const text = mail('Uber LERT <lert-noreply@uber.com>', 'Solicitud de conservación completada', 'Hemos completado su solicitud de conservación de datos.\n\nID de envío del portal\nLERT-SUB-558201\n\nNúmero de caso de Uber\nUB-LE-02618840\n\nFecha de conservación\n16 de noviembre de 2026\n\nCuenta(s) conservada(s)\npablo.arjona@example.com');
    expect(references(text)).toEqual(['UB-LE-02618840']);
  });
});

describe('a status update that lists an unchanged earlier preservation', () => {
  it('reads only the new item, not the one headed as unchanged, nor its account', () => {
    const text = mail('GitHub Legal <legal@github.com>', 'Status of your preservation requests', 'Here is the status of your two requests.\n\nNEW PRESERVATION\n  GitHub reference:  GH-LP-26-0917\n  Account:           saltmarsh-dev\n  Preserved:         November 21, 2026\n\nNO CHANGE\n  GitHub reference:  GH-LP-26-0852\n  Account:           kelpline-ops\n  Preserved:         November 2, 2026\n\nThanks,\nGitHub Legal Support');
    expect(references(text)).toEqual(['GH-LP-26-0917']);
    expect(accounts(text)).not.toContain('kelpline-ops');
  });
  it('look-alike: a one-line sentence that the reference is unchanged keeps it', () => {
    const text = mail(DROPBOX, 'Re: Extension', 'We have extended the preservation of hazel.brook@example.net for 90 days.\nOur reference 4471-2209 remains unchanged.\n\nDropbox Legal');
    expect(references(text)).toEqual(['4471-2209']);
  });
});

describe("an extension's own new number", () => {
  it("reads 'The reference for this extension is N' as the new number, the original's as the earlier", () => {
    const text = mail('Pinterest LE <lawenforcement@pinterest.com>', 'Extension processed', 'We have processed your request to extend the preservation originally made under Pinterest reference PIN-PR-110482.\n\nExtensions receive a new reference. The reference for this extension is PIN-PR-118937.\n\nUsername: quill_fern\nExtension processed: November 24, 2026');
    const confirmation = read(text).confirmations[0]!;
    expect(confirmation.reference).toBe('PIN-PR-118937');
    expect(confirmation.extension?.ofReference).toBe('PIN-PR-110482');
  });
});

describe('a receipt or a wait, in Spanish and Portuguese', () => {
  it("confirms nothing where the ticket's status is 'En curso'", () => {
    const text = mail('Wallapop LE <le-requests@wallapop.com>', 'Actualización de la solicitud LGL0048817 – Estado: En curso', `Se ha actualizado su solicitud.

Número:                 LGL0048817
Estado:                 En curso
Tipo:                   Conservación de datos
Referencia del solicitante: Diligencias 3318/26

Comentario adicional (visible para el cliente):
Hola Sergio, hemos iniciado la tramitación de tu solicitud de conservación
relativa al usuario indicado. Te enviaremos una confirmación por escrito
cuando el proceso haya finalizado.

Usuario indicado en la solicitud:
https://es.wallapop.com/user/paco-71930482

Para consultar el estado de su solicitud acceda al portal e indique el
número LGL0048817.`);
    expect(read(text).confirmations).toEqual([]);
  });
  it("confirms nothing where the preservation is done 'only after' the review", () => {
    const text = mail('Nubank Autoridades <autoridades@nubank.com.br>', 'Recebimento de ofício – Protocolo NU-OF-2026-884410', 'Confirmamos o recebimento do Ofício nº 1572/2026. Sua solicitação foi registrada sob o protocolo NU-OF-2026-884410.\n\nRessaltamos que a preservação somente é efetivada após a análise da solicitação.');
    expect(read(text).confirmations).toEqual([]);
  });
  it("confirms a preservation a ticket's rows call fulfilled", () => {
    const text = mail('PayPal LE Support <le-support@paypal.com>', 'Your request 09117734 has been fulfilled', `Case Number: 09117734
Status: Closed - Fulfilled
Request Type: Data Preservation
Account(s): rose.antiques@example.com

Your request has been fulfilled. No further action is required from you at
this time. Should you require disclosure of the preserved records, please
submit a Production Order quoting the Case Number above.`);
    expect(references(text)).toEqual(['09117734']);
  });
});

describe("a request's or a preservation's noun and its number as the subject of the work done, in other languages", () => {
  it.each([
    ['Leboncoin Juridique <juridique@leboncoin.fr>', 'Nous vous informons que notre dossier 77120 a été traité : les données du compte kite.vert@example.fr ont été conservées le 04/11/2026.', '77120'],
    ['Allegro <organy@allegro.pl>', 'Uprzejmie informujemy, że zgłoszenie 55812 zostało zrealizowane. Zabezpieczyliśmy dane konta szklo.kolekcja@example.pl w dniu 17.11.2026 r.', '55812'],
    ['Nubank <autoridades@nubank.com.br>', 'Informamos que o pedido 80422 foi concluído em 10/11/2026. Foram preservados os dados do cliente rafa.sp@example.com.', '80422'],
    ['Blocket <myndighet@blocket.se>', 'Vi bekräftar att ärende 3381055 är hanterat: uppgifterna för kontot cykel.malmo@example.se säkrades den 12 november 2026.', '3381055'],
    ['FINN <juridisk@finn.no>', 'Sikringen 713055 ble gjennomført 20.11.2026, og omfatter brukerkontoen hytte.bergen@example.no.', '713055'],
    ['Wallapop <le@wallapop.com>', 'Le confirmamos que su petición quedó registrada como 6639201 y que hemos conservado los datos del usuario pepe.bcn@example.es el 18/11/2026.', '6639201'],
  ])('reads the number of %s', (from, body, reference) => {
    expect(references(mail(from, 'Re: Solicitud / Anfrage', body))).toEqual([reference]);
  });
  it("look-alike: after the addressee's possessive ('votre dossier 55104 a été traité') the number is not read as the provider's", () => {
    const text = mail('Vinted Legal <legal@vinted.fr>', 'Re: Réquisition', 'Votre dossier 55104 a été traité. Nous avons conservé les données du compte lila.broc@example.fr le 18/11/2026 sous la référence VLE-2611-4820.');
    expect(references(text)).toEqual(['VLE-2611-4820']);
  });
});

describe('status cells that set an account outside the preservation', () => {
  it.each(['Deleted before request', 'Out of scope - consumer service retired', 'Sin datos', 'Raderad före begäran'])('does not propose the account whose status is %j', (status) => {
    const text = mail('Google LIS <lis-noreply@google.com>', 'Preservation status', `We have preserved the accounts below under reference 58203917 as of November 17, 2026.\n\n| Account | Status |\n| harbor.lantern77@gmail.com | Preserved |\n| sofi.marquina@hotmail.com | ${status} |\n`);
    expect(accounts(text)).toEqual(['harbor.lantern77@gmail.com']);
  });
});

describe('an extension stated by its end, and its number unchanged by name', () => {
  it("reads 'the records … are now held until 14 February 2027' as the preservation kept", () => {
    const text = `Von: Facebook Records <records@records.facebook.com>
Gesendet: Montag, 16. November 2026 11:32
An: Berg, Anna (LKA 54) <anna.berg@example.de>
Betreff: Case #8814207 - Preservation Extension [Az. ST/0988/26]

Hello,

Thank you for your request. The records for the account(s) listed below, submitted under Case #8814207, are now held until 14 February 2027.

Instagram: @velvet.crane (Instagram ID: 48103920077)

No further action is required from you at this time. Please note that we will not produce these records without valid legal process, such as a request issued through the appropriate mutual legal assistance channels.

Thanks,
Meta Platforms Law Enforcement Response Team
`;
    expect(references(text)).toEqual(['8814207']);
  });
  it("reads Polish 'Numer sprawy po stronie Allegro pozostaje bez zmian: X'", () => {
    const text = mail('Allegro <organy@allegro.pl>', 'Odp: Przedłużenie zabezpieczenia', 'Zabezpieczenie danych konta bursztyn_handel zostało przedłużone o kolejne 90 dni.\n\nNumer sprawy po stronie Allegro pozostaje bez zmian: ALG/ZD/2026/15583.');
    expect(references(text)).toEqual(['ALG/ZD/2026/15583']);
  });
});

describe('accounts named beside their ids', () => {
  const meta = (sentence: string) => mail('Allegro <organy@allegro.pl>', 'Odp: Wniosek', sentence);
  it("reads a name before '(ID użytkownika N)' and '(ID de miembro N)'", () => {
    expect(accounts(meta('Dane konta o nazwie „bursztyn_okazje” (ID użytkownika 58120477) zostały zabezpieczone w dniu 25.11.2026 r.\n\nNumer sprawy: 773104-26'))).toContain('bursztyn_okazje');
    expect(accounts(mail('Vinted <legal@vinted.es>', 'Re: Solicitud', 'Hemos conservado los datos de olivar_vintage (ID de miembro 301948276) el 20/11/2026 con la referencia 6630195.'))).toContain('olivar_vintage');
  });
  it("reads an account's numeric id before its handle in brackets", () => {
    expect(accounts(mail('X Legal <legal@x.com>', 'Re: Preservation', 'We have preserved 1583920471062335489 (@saltmarsh_relay) as of November 3, 2026 under case 5528190.'))).toContain('1583920471062335489');
  });
  it("reads an account's own id in brackets after its address ('(ID conto 7H3KQ2LX9ZP4A)')", () => {
    expect(accounts(mail('PayPal <le@paypal.com>', 'R: Richiesta', "Vi confermiamo la conservazione dei dati del conto marco.trav@example.it (ID conto 7H3KQ2LX9ZP4A) in data 18/11/2026.\n\nRiferimento pratica: 88412093"))).toContain('7H3KQ2LX9ZP4A');
  });
  it("reads Polish 'o loginie x' in prose", () => {
    expect(accounts(meta('W dniu 16.11.2026 r. zabezpieczyliśmy dane konta o loginie stolarz_mazowsze oraz dane konta powiązanego z adresem e-mail k.zawadzka@example.pl.\n\nProsimy o powoływanie się na numer zgłoszenia ALG/ORG/2026/55821 w dalszej korespondencji.'))).toContain('stolarz_mazowsze');
  });
  it("reads a provider's joined id key ('FINN-ID:') and an advertiser's id ('annonsör-ID')", () => {
    expect(accounts(mail('FINN <juridisk@finn.no>', 'SV: Sikring', 'FINN har i dag, 20.11.2026, sikret opplysninger knyttet til følgende bruker:\n\n  FINN-ID: 771204388\n\nVennligst oppgi vårt saksnummer CS0041127.'))).toContain('771204388');
    expect(accounts(mail('Blocket <myndighet@blocket.se>', 'SV: Begäran', 'Vi har bevarat de uppgifter vi har om följande konton per den 14 november 2026:\n\n– annonsör-ID 7730215\n\nHänvisa till vårt ärendenummer BLK-PV-26-0412.'))).toContain('7730215');
  });
});

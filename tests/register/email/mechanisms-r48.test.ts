import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';
import { readSource } from '../../../register/email/text';

/**
 * Mechanisms of round 48 (dev36, Latin American and Iberian mail, and dev37, Central and Eastern European mail): each
 * shown on invented mail in wordings and layouts not in the sets, with look-alikes that must keep their reading.
 */
const NOW = new Date('2026-12-03T12:00:00Z');
const read = (text: string) => parseProviderEmail(text, NOW);
const first = (text: string) => read(text).confirmations[0];
const accounts = (text: string) => read(text).confirmations.flatMap((c) => c.accounts.map((a) => a.value));

const HEADER = (from: string, subject: string, date = 'Wed, 25 Nov 2026 10:14:02 +0100') => `From: ${from}\nDate: ${date}\nSubject: ${subject}\n\n`;

describe('dates: the request\'s day in Portuguese, the preservation\'s in the words of more languages', () => {
  it('reads "recebida em" as the day a request arrived, not the preservation\'s', () => {
    const text =
      HEADER('Ravina Pagamentos <juridico@ravina.example.br>', 'Preservação RVN-BR-55120') +
      'Prezado Delegado,\n\nA solicitação recebida em 20 de novembro de 2026 foi atendida: os dados da conta abaixo foram preservados em 23 de novembro de 2026.\n\nConta: ravina.loja_77\nProtocolo: RVN-BR-55120\n';
    expect(first(text)?.preservedOn?.day).toBe('2026-11-23');
  });

  it('reads "demande de conservation datée du" as the request\'s day, "a conservé, le" as the preservation\'s', () => {
    const text =
      HEADER('Google Legal Investigations Support <lis-noreply@google.com>', 'Confirmation de conservation – Réf. 48213955') +
      'Bonjour,\n\nGoogle a bien reçu votre demande de conservation datée du 13 novembre 2026.\n\nNous vous confirmons que Google a conservé, le 16 novembre 2026, les informations du compte lucas.verdier.pro7@gmail.com.\n\nNuméro de référence : 48213955\n';
    expect(first(text)?.preservedOn?.day).toBe('2026-11-16');
  });

  it('reads "procedió a conservar … con fecha" as the preservation\'s day', () => {
    const text =
      HEADER('Lumbre Pagos <oficios@lumbre.example.ar>', 'Requerimiento LMB-2026-0441') +
      'Estimado Comisario:\n\nLumbre Pagos procedió a conservar la información de la cuenta indicada con fecha 19/11/2026.\n\n  - ID de cuenta: 88120934\n\nNúmero de conservación: LMB-2026-0441\n';
    expect(first(text)?.preservedOn?.day).toBe('2026-11-19');
  });

  it.each([
    ['Czech', 'Sdělujeme, že jsme dne 18. listopadu 2026 zajistili data k účtu lipa.modra88.', '2026-11-18'],
    ['Czech, passive', 'Data k účtu lipa.modra88 byla dne 18. listopadu 2026 zajištěna.', '2026-11-18'],
    ['Hungarian', 'A lipa.modra88 fiók adatait 2026. november 18-án megőriztük.', '2026-11-18'],
  ])('reads the preservation\'s verb in %s', (_, sentence, day) => {
    const text = HEADER('Lipa Legal <legal@lipa.example.cz>', 'LPA-ZD-2026-3301') + `Dobrý den,\n\n${sentence}\n\nČíslo: LPA-ZD-2026-3301\n`;
    expect(first(text)?.preservedOn?.day).toBe(day);
  });
});

describe('a letter copied as text under the message that sent it is that sender\'s', () => {
  const forward = (separator: string) =>
    'Kolegové, přeposílám.\n\n-----Original Message-----\nFrom: Apple Law Enforcement <lawenforcement@apple.com>\nSent: Friday, 20 November 2026 18:20\nTo: Insp. Kral <kral@policie.example.cz>\nSubject: Apple reference OR-2611-5521\n\nPlease find our letter attached.\n\nApple Law Enforcement\n\n' +
    `${separator}\n\nApple Inc.\n\n20 November 2026\n\nRe: Preservation request, Apple reference OR-2611-5521\n\nApple received your request dated 14 November 2026. On 17 November 2026 Apple preserved the data of the account below:\n\n    quince.tree.44@icloud.com\n\nSincerely,\nApple Law Enforcement\n`;

  it.each(['--- text of the attached PDF ---', '----- texto copiado do anexo -----', '-- Text aus dem Anhang kopiert --'])('reads the letter under "%s" for its date and account', (separator) => {
    const c = first(forward(separator));
    expect(c?.reference).toBe('OR-2611-5521');
    expect(c?.preservedOn?.day).toBe('2026-11-17');
    expect(c?.accounts.map((a) => a.value)).toEqual(['quince.tree.44@icloud.com']);
  });

  it('reads a letter under a bare "--- PDF ---" line the same way, in Lithuanian', () => {
    const text =
      'Nuo: Vinted Law Enforcement <law.enforcement@vinted.com>\nIšsiųsta: 2026 m. lapkričio 20 d., penktadienis 10:48\nKam: Tyrėja <tyreja@policija.example.lt>\nTema: Dėl duomenų išsaugojimo\n\nLaba diena,\n\npridedame atsakymą.\n\n--- PDF ---\n\nUAB „Vinted“\n\nInformuojame, kad 2026-11-18 išsaugojome naudotojo paskyros duomenis:\n\n1. Naudotojas „ruduo_spinta77“ (naudotojo ID 88120419) – bylos numeris VLE-441901\n';
    const c = first(text);
    expect(c?.reference).toBe('VLE-441901');
    expect(c?.preservedOn?.day).toBe('2026-11-18');
    expect(c?.accounts.map((a) => a.value)).toEqual(['ruduo_spinta77', '88120419']);
  });

  it('reads a message forwarded under a separator as its own sender\'s, whatever is copied under it', () => {
    const text =
      'See below.\n\n---------- Forwarded message ----------\nFrom: Apple Law Enforcement <lawenforcement@apple.com>\nDate: Fri, 20 Nov 2026 18:20:00 +0000\nSubject: OR-2611-5522\n\nOn 17 November 2026 Apple preserved the account quince.tree.45@icloud.com under reference OR-2611-5522.\n\n--- text of the attached PDF ---\n\nApple Inc.\nWe received your request on 12 November 2026.\n';
    expect(first(text)?.preservedOn?.day).toBe('2026-11-17');
  });
});

describe('references: a case number after "#" is no account a refusal speaks of', () => {
  it('reads "No further preservation has been made … this request (case #…) has been closed" as confirming nothing', () => {
    const text =
      HEADER('Lantern Law Enforcement <records-noreply@lantern.example.com>', 'Re: Preservation [Lantern Case #50129934417]') +
      'Hello,\n\nThe account https://lantern.example.com/owl.market is already the subject of an active preservation made under Lantern case #4410293384 at the request of your agency. No further preservation has been made in response to this request, and this request (case #50129934417) has been closed.\n';
    expect(read(text).confirmations).toEqual([]);
  });
});

describe('references: the provider\'s own file number in Czech', () => {
  it('reads "Naše číslo jednací:" as the provider\'s number, "č. j." of the request as the agency\'s', () => {
    const text =
      HEADER('Lipa Legal <legal@lipa.example.cz>', 'Zajištění dat') +
      'Vážená paní kapitánko,\n\nk Vaší žádosti č. j. KRPA-214573-9/TČ-2026-000093 Vám sdělujeme, že data ke schránce lipa.modra90@lipa.example.cz byla zajištěna dne 18. 11. 2026.\n\nNaše číslo jednací: LPA-PO-2026-01901\n';
    expect(read(text).references).toEqual(['LPA-PO-2026-01901']);
  });
});

describe('quoted messages: a Greek Gmail reply\'s attribution line', () => {
  it('reads the provider\'s message quoted under "Στις … έγραψε:", not the officer\'s thanks above it', () => {
    const text =
      'Ευχαριστούμε, καταχωρίστηκε.\n\nΣτις Πέμ 19 Νοε 2026 στις 09:12 π.μ., ο χρήστης Vinted Legal Team <legal-requests@vinted.com> έγραψε:\n\n> Vinted UAB confirms that the member account below was preserved on 16/11/2026 under our reference KLP-PRS-7712.\n>\n>   Username: kelp_shop_thess\n>\n> On Mon, 9 Nov 2026 at 14:02, Eleni K. <e.k@astynomia.example.gr> wrote:\n>\n>> Please preserve the members kelp_shop_thess and kelp_shop_gr.\n>>\n>> Eleni K.\n';
    const c = first(text);
    expect(c?.reference).toBe('KLP-PRS-7712');
    expect(c?.preservedOn?.day).toBe('2026-11-16');
    expect(c?.accounts.map((a) => a.value)).toEqual(['kelp_shop_thess']);
  });
});

describe('references: a booking\'s code wrapped onto the next line', () => {
  it('sets aside "confirmation code⏎HM…" beside the case number', () => {
    const text =
      HEADER('Airbnb Law Enforcement <lawenforcement@airbnb.com>', 'Preservation complete - Case 55120931') +
      'Case number: 55120931\nPreservation completed: 11/20/2026\n\nUser ID 77120934 is preserved. The reservation (confirmation code\nHQZT4K8D2M) belongs to this account.\n';
    expect(read(text).references).toEqual(['55120931']);
  });
});

describe('quoted-printable: a character written as its UTF-8 bytes', () => {
  it('reads "=C4=8C=C3=ADslo" as "Číslo"', () => {
    const raw = 'Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n=C4=8C=C3=ADslo zaji=C5=A1t=C4=9Bn=C3=AD: LPA-ZD-2026-3302 a dal=\n=C5=A1=C3=AD text\n';
    expect(readSource(raw).text).toContain('Číslo zajištění: LPA-ZD-2026-3302 a další text');
  });

  it('reads a Latin-1 byte where the message declares that charset', () => {
    const raw = 'Content-Type: text/plain; charset="iso-8859-1"\nContent-Transfer-Encoding: quoted-printable\n\nDonn=E9es conserv=E9es le 3 novembre, voir la r=\n=E9f=E9rence.\n';
    expect(readSource(raw).text).toContain('Données conservées le 3 novembre, voir la référence.');
  });

  it('leaves a broken sequence as it stands', () => {
    const raw = 'Content-Transfer-Encoding: quoted-printable\n\nabc =C3=28 def=\n ghi\n';
    expect(readSource(raw).text).toContain('=C3(');
  });
});

describe('accounts: more labels and shapes', () => {
  const body = (lines: string) => HEADER('Tide Legal <legal@tide.example.com>', 'TDE-PR-2026-0551') + `We preserved the data of the account below on 20 November 2026.\n\n${lines}\n\nReference: TDE-PR-2026-0551\n`;

  it.each([
    ['Alias: PIEDRA.RIO.LUNA', 'PIEDRA.RIO.LUNA'],
    ['1. Login: rzeka.modra.sklep', 'rzeka.modra.sklep'],
    ['  login:     "antyki-stare-miasto"', 'antyki-stare-miasto'],
    ['Public Account ID:    BB61 K29Q XMTR 4PWC', 'BB61 K29Q XMTR 4PWC'],
    ['IBAN: ES91 2100 0418 4502 0005 1332', 'ES91 2100 0418 4502 0005 1332'],
    ['Gamertag:      Quiet Heron42', 'Quiet Heron42'],
    ['chaîne YouTube (ID de chaîne : UCq7Lr0Xw2VbN8dKp3TfYh2Q)', 'UCq7Lr0Xw2VbN8dKp3TfYh2Q'],
  ])('proposes the value of "%s"', (line, value) => {
    expect(accounts(body(line))).toContain(value);
  });

  it.each(['Alias: Marta', 'Login: required', 'Account ID: ABCD EFGH IJKL'])('proposes nothing for "%s"', (line) => {
    expect(accounts(body(line))).toEqual([]);
  });

  it('reads Spanish mobile numbers in three groups of three in a list\'s rows', () => {
    const text =
      'Tide LLC\nLaw Enforcement Response\n\nTide reference: TDE-PR-2026-0552\n\nWe preserved the accounts registered to the numbers below on Nov. 20, 2026.\n\n    655 512 027   (Spain)   - preserved\n    699 512 081   (Spain)   - preserved\n';
    expect(accounts(text)).toEqual(['655 512 027', '699 512 081']);
  });

  it('does not read three groups of three in prose as a phone', () => {
    const text = body('Username: tide_owl_7') + '\nYour file 612 555 027 was noted.\n';
    expect(accounts(text)).toEqual(['tide_owl_7']);
  });
});

describe("a portal page's record over its messages", () => {
  it('reads the accounts the record lists as preserved with the provider\'s message under it', () => {
    const text =
      'Moss Law Enforcement Portal\nRequests  >  MSS-2611-77120\n\nRequest MSS-2611-77120\nType: Preservation          Status: Completed\n\nAccounts\n  u/Moss_Lantern_9      preserved\n  u/lichen_drift_2026   preserved\n  u/bark_backup         not found\n\nMessages\n\n  Moss Legal - Nov 24, 2026, 1:12 PM PST\n  Hello Inspector,\n\n  Moss, Inc. has completed the preservation of the accounts marked "preserved" above on November 24, 2026.\n\n  Moss Legal - Nov 22, 2026, 9:40 AM PST\n  Your request has been received.\n';
    expect(accounts(text)).toEqual(['u/Moss_Lantern_9', 'u/lichen_drift_2026']);
  });
});

describe('provider: the title a mail client prints over a conversation', () => {
  it('does not take "Gmail - …" for a notice of Google\'s', () => {
    const text =
      'Gmail - [#TD-33817] Solicitud de preservación\n\nAna Ruiz <aruiz@policia.example.es>        2 de noviembre de 2026, 17:44\nPara: legal@tidepay.example.com\n\nSolicito la preservación.\n\nTidepay Legal <legal@tidepay.example.com>        10 de noviembre de 2026, 13:27\nPara: Ana Ruiz <aruiz@policia.example.es>\n\nWe confirm that the customer below was preserved on 04/11/2026.\n\n - Tag: @anaruiz_tp\n\nPreservation reference: TDP-PRS-2026-0921\n';
    expect(read(text).providerId).toBeNull();
  });
});

describe('accounts: an account refused in a clause of its own', () => {
  it('sets aside "We were unable to extend a preservation for @x"', () => {
    const text =
      HEADER('X Legal <legalrequests-noreply@x.com>', 'Case LR-90317299 extended', 'Mon, 23 Nov 2026 10:00:00 +0000') +
      'The preservation for the account below has been extended and will now be maintained through February 20, 2027:\n\n  @reed_market_ar  (user ID: 1712340981276543011)\n\nWe were unable to extend a preservation for @reed_backup3: there is no active preservation for that account.\n';
    expect(accounts(text)).not.toContain('@reed_backup3');
  });

  it('sets aside "The account @x is suspended, and no records were preserved for it"', () => {
    const text =
      HEADER('X Legal <legalrequests-noreply@x.com>', '[Case LR-90104411] Preservation request processed', 'Fri, 6 Nov 2026 14:12:55 -0500') +
      'A snapshot of the available records for the following account was preserved on Nov 6, 2026:\n\n@reed_tickets_ec (user ID 1648820934175928311)\n\nThe account @ReedTicketsOficial is suspended, and no records were\npreserved for it.\n';
    expect(accounts(text)).toEqual(['@reed_tickets_ec', '1648820934175928311']);
  });

  it('keeps an account whose joined clause speaks of another thing ("…, and its messages were kept for it")', () => {
    const text =
      HEADER('X Legal <legalrequests-noreply@x.com>', '[Case LR-90104412] Preservation request processed', 'Fri, 6 Nov 2026 14:12:55 -0500') +
      'The account @reed_tickets_qt was preserved on Nov 6, 2026, and its direct messages were preserved for it too.\n';
    expect(accounts(text)).toEqual(['@reed_tickets_qt']);
  });
});

describe('e-mail date: a zone in whole hours after GMT', () => {
  it('reads Apple Mail\'s "GMT-5" as -0500', () => {
    const text =
      'Inicio del mensaje reenviado:\n\n> De: Reed Legal <legal@reed.example.com>\n> Fecha: 6 de noviembre de 2026, 14:12:55 GMT-5\n> Para: a@policia.example.ec\n> Asunto: [Case RD-77120] Preservation\n>\n> The account @reed_qt_1 was preserved on Nov 6, 2026.\n';
    expect(read(text).emailDate?.zone).toBe('-0500');
  });
});

import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 16: each shown on invented mail in other words, languages and layouts than the corpus's, with
 * probes that must read the new way (each failed before its change) and probes that must not.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const HEAD = 'Date: Wed, 25 Nov 2026 09:30:00 +0100\nFrom: Legal <legal@provider.example>\nTo: officer@agency.example\nSubject: Your request\n\n';
const parse = (body: string) => parseProviderEmail(`${HEAD}${body}`, NOW);

describe('a reference label in another language, the provider named after it by a preposition or as a word of its own', () => {
  it.each([
    ['Abbiamo conservato i dati dell\'account @vetta.rossa_4.\nRiferimento di Meta: 2611-LE-40917\n', '2611-LE-40917'],
    ['Nous avons conservé le compte @brume_lente.\nRéférence de Yubo : 26-YB-448102\n', '26-YB-448102'],
    ['Os dados da conta foram preservados.\nNúmero de referência da Uber: 2611-UB-77310\nConta: rio.claro_88@example.com\n', '2611-UB-77310'],
    ['Wir haben das Konto @kiesel.bank_2 gesichert (Referenz TT-LE-2611-4471).\n', 'TT-LE-2611-4471'],
  ])('reads the provider\'s number whole: %s', (body, reference) => {
    expect(parse(body).references).toEqual([reference]);
  });

  it.each([
    ['Hemos conservado la cuenta @duna.gris.\nReferencia del Juzgado: 2611-JZ-44120\nReferencia de Snap: SNAP-LE-2611-0093\n', 'SNAP-LE-2611-0093'],
    ['Abbiamo conservato l\'account @vetta.rossa_4.\nRiferimento della Procura: 2611-PR-88013\nRiferimento Meta: 2611-LE-40917\n', '2611-LE-40917'],
    ['Wir haben das Konto @kiesel.bank_2 gesichert.\nReferenz von Polizei Nord: 2611-PN-55102\nTikTok-Referenz: TT-LE-2611-4471\n', 'TT-LE-2611-4471'],
  ])('another party named after the label gives no candidate: %s', (body, reference) => {
    expect(parse(body).references).toEqual([reference]);
  });
});

describe('an attribution line ("On … wrote:") wrapped right before its verb: its address is a correspondent\'s', () => {
  const reply = (quoted: string) => parseProviderEmail(`Thanks, noted.\n\nDet. Ana Lima\n\n${quoted}`, NOW);
  it.each([
    ['On Tue, Nov 24, 2026 at 9:05 AM Discord Safety <lawenforcement@discord.com> wrote:\n\n> Reference DSC-LE-2611-0471. We preserved the account user ID 1188420937155600384.\n>\n> On Mon, Nov 23, 2026 at 6:30 PM Dana Roe <dana.roe@sheriff.example.gov>\n> wrote:\n>> Please preserve user ID 1188420937155600384.\n', 'dana.roe@sheriff.example.gov'],
    ['Le mar. 24 nov. 2026 à 09:05, Yubo Safety <safety@yubo.live> a écrit :\n\n> Référence Yubo : YB-2611-30417. Le compte brume.lente@gmail.com a été conservé.\n>\n> Le lun. 23 nov. 2026 à 18:30, Luc Marin <l.marin@gendarmerie.example.fr>\n> a écrit :\n>> Merci de conserver le compte brume.lente@gmail.com.\n', 'l.marin@gendarmerie.example.fr'],
    ['Em ter., 24 de nov. de 2026 às 09:05, Uber LE <lert@uber.com> escreveu:\n\n> Referência Uber: UB-2611-88104. Preservamos a conta rio.claro_88@gmail.com.\n>\n> Em seg., 23 de nov. de 2026 às 18:30, Ana Lima (<ana.lima@pf.example.br>)\n> escreveu:\n>> Solicito a preservação da conta rio.claro_88@gmail.com.\n', 'ana.lima@pf.example.br'],
  ])('proposes no account from the wrapped attribution: %s', (quoted, address) => {
    const accounts = reply(quoted).accountIdentifiers;
    expect(accounts.length).toBeGreaterThan(0);
    expect(accounts).not.toContain(address);
  });

  it.each([
    ['Reference DSC-LE-2611-0471.\nOn 20 November 2026 we preserved the account\ntidal.fern@gmail.com as you asked.\n', 'tidal.fern@gmail.com'],
    ['Reference DSC-LE-2611-0471.\nOn review we preserved reed.harbor@outlook.com;\nthe officer wrote that the account was active.\n', 'reed.harbor@outlook.com'],
    ['TikTok-Referenz: TT-LE-2611-4471\nAm 20.11.2026 haben wir das Konto\nkiesel.bank@web.de gesichert, wie Sie schrieben.\n', 'kiesel.bank@web.de'],
  ])('a sentence that opens like an attribution keeps its account: %s', (body, account) => {
    expect(parse(body).accountIdentifiers).toContain(account);
  });
});

describe('an extension\'s words ("under", "new", "earlier") read across the reference\'s own label, wrapped onto the next line', () => {
  it.each([
    ['We have extended the preservation. It was originally made under\nPinterest Reference PIN-LE-40021. The extension is logged under a new\nPinterest Reference, PIN-LE-47735, to be cited going forward.\nAccount: https://www.pinterest.com/fen_atelier/\n', 'PIN-LE-47735', 'PIN-LE-40021'],
    ['Extension confirmed. Before this extension the data was held under\nSnap Case Number SNAP-PR-2608-1190. Going forward please use the new\nSnap Case Number: SNAP-PR-2611-3377\nUsername: quarry.lark_9\n', 'SNAP-PR-2611-3377', 'SNAP-PR-2608-1190'],
    ['Your preservation has been extended for 90 days. The current\nReddit Request ID: RDT-2611-60418 (earlier\nReddit Request ID: RDT-2608-55102)\nAccount: u/Quiet_Lantern_19\n', 'RDT-2611-60418', 'RDT-2608-55102'],
  ])('tells the new number from the earlier one: %s', (body, reference, earlier) => {
    const parsed = parse(body);
    expect(parsed.references).toEqual([reference]);
    expect(parsed.confirmations[0]!.extension?.ofReference).toBe(earlier);
  });

  it.each([
    ['We preserved the account quarry.lark_9 under\nMeta Case Number 41177302958.\n', '41177302958'],
    ['The preservation under\nSnap Case Number SNAP-PR-2611-3377 has been extended for 90 days.\nUsername: quarry.lark_9\n', 'SNAP-PR-2611-3377'],
    ['We have a new process for extensions. Your extension is confirmed.\nAmazon Case ID: AMZ-2611-44180\nAccount: quarry.lark_9@example.com\n', 'AMZ-2611-44180'],
  ])('one number under its label stays the reference: %s', (body, reference) => {
    expect(parse(body).references).toEqual([reference]);
  });

  it('a label that holds the words itself is read before the words above it ("(new)" over "Prior reference:")', () => {
    const parsed = parse('The preservation was extended today.\n\nReference PX-2611-0042 (new)\nPrior reference: PX-2608-0017\nAccount: quarry.lark_9@example.com\n');
    expect(parsed.references).toEqual(['PX-2611-0042']);
    expect(parsed.confirmations[0]!.extension?.ofReference).toBe('PX-2608-0017');
  });
});

describe('a letter\'s addressee block under a short delivery line ("Sent by e-mail only", "Per E-Mail")', () => {
  const letter = (text: string) => parseProviderEmail(text, NOW);
  it.each([
    ["November 20, 2026\n\nSent by e-mail only\nSpecial Agent Dana Whitlow\nFBI Seattle Field Office\ndwhitlow@fbi.example.gov\n\nRe: Preservation request\n    Meta Case Number: 41177302958\n\nMeta Platforms, Inc. has preserved the account identified below.\n\n  Account: tidal.fern@posteo.de\n", 'dwhitlow@fbi.example.gov', 'tidal.fern@posteo.de'],
    ["20.11.2026\n\nPer E-Mail\nKriminalhauptkommissarin Eva Kühn\nLKA Cybercrime\ne.kuehn@lka.example.de\n\nGitHub-Referenz: GH-LE-2611-0093\n\nWir haben das Konto https://github.com/quarry-lark-9 gesichert.\n", 'e.kuehn@lka.example.de', 'https://github.com/quarry-lark-9'],
    ["24 November 2026\n\nDelivered by e-mail\nDetective Sergeant Ruth Okafor\nEconomic Crime Unit\necu.desk@met.example.uk\n\nCoinbase reference: CB-LE-2611-5502\n\nCoinbase has preserved the account below.\n\n  E-mail on the account: ledger.wren@posteo.net\n", 'ecu.desk@met.example.uk', 'ledger.wren@posteo.net'],
  ])('proposes nothing from the addressee\'s block, the target still: %s', (text, officer, target) => {
    const accounts = letter(text).accountIdentifiers;
    expect(accounts).toContain(target);
    expect(accounts).not.toContain(officer);
  });

  it.each([
    ['We have preserved the following account, reference SNAP-LE-2611-0093:\nUsername: quarry_lark_9\nOfficer Tomas Vale\nE-mail: vale.fan@posteo.net\n\nSnap Law Enforcement\n', 'vale.fan@posteo.net'],
    ['Reference SNAP-LE-2611-0093. The account below was preserved, its display name as shown:\nOfficer Tomas Vale\nE-mail: vale.fan@posteo.net\n\nSnap Law Enforcement\n', 'vale.fan@posteo.net'],
    ['Reference SNAP-LE-2611-0093. Preserved, with the phone on the account:\n\n+44 7700 900123\nOfficer Tomas Vale\nE-mail: vale.fan@posteo.net\n\nSnap Law Enforcement\n', 'vale.fan@posteo.net'],
  ])('a rank and a name under the provider\'s content, a long line or a contact open no block: %s', (body, account) => {
    expect(parse(body).accountIdentifiers).toContain(account);
  });
});

describe('a phone number after a number\'s label qualified by other words ("Recovery number:", "Telegram-Nummer:")', () => {
  it.each([
    ['Yahoo reference: YH-LE-2611-0417. We preserved the account below.\n\n  Account:          fen.q77@posteo.net\n  Recovery number:  (415) 555-0193\n', '(415) 555-0193'],
    ['Telegram-Referenz: TG-LE-2611-0573\nWir haben das Konto gesichert.\n\nBenutzername: kiesel_bank\nTelegram-Nummer: 0151 2345 6789\n', '0151 2345 6789'],
    ['Lyft reference LYF-PR-2611-0093. Rider account preserved:\n\nE-mail .......... jay.fen_2@posteo.net\nVerified number .. 206.555.0172\n', '206.555.0172'],
  ])('proposes the phone: %s', (body, phone) => {
    expect(parse(body).accountIdentifiers).toContain(phone);
  });

  it.each([
    ['Reference LYF-PR-2611-0093. Rider account jay.fen_2@posteo.net preserved.\nSupport hotline number: (650) 555-0100\n', '(650) 555-0100'],
    ['X case number: 0192-0047-61\nPreserved: @quarry_lark_9\nOrder number: 020 7946 0991\n', '020 7946 0991'],
    ['Reference LYF-PR-2611-0093. Rider account jay.fen_2@posteo.net preserved.\n\nKind regards,\nDet. Rob Kessler\nDirect number: (206) 555-0111\n', '(206) 555-0111'],
    ['Reference LYF-PR-2611-0093. Rider account jay.fen_2@posteo.net preserved.\nFax number: (310) 555-0178\n', '(310) 555-0178'],
    ['Reference LYF-PR-2611-0093. Rider account jay.fen_2@posteo.net preserved.\nSupport number: (310) 555-0179\n', '(310) 555-0179'],
  ])('a hotline, an order\'s number or the officer\'s line is no account: %s', (body, value) => {
    expect(parse(body).accountIdentifiers).not.toContain(value);
  });
});

describe('a number the bare word "case" introduces in a prefix-year-sequence shape ("case MPD-2026-004417") beside a labelled reference', () => {
  it.each([
    ['Reference DSC-LE-2611-0471. We preserved the account reed_harbor_2 as asked in case MPD-2026-004417.\n', 'DSC-LE-2611-0471'],
    ['Ref: ZM-LE-2611-3307\nWe have preserved the Zoom user quarry.lark_9@posteo.net for case OPS-2026-18842.\n', 'ZM-LE-2611-3307'],
    ['Request ID RB-LE-2611-5520: preserved the account quarry_lark_9 (case DET-2026-90117).\n', 'RB-LE-2611-5520'],
  ])('is the agency\'s case, not a second reference: %s', (body, reference) => {
    expect(parse(body).references).toEqual([reference]);
  });

  it.each([
    ['We preserved the account quarry_lark_9 under case CR-2026-118842.\n', 'CR-2026-118842'],
    ['Ref: ZM-LE-2611-3307. We preserved quarry_lark_9 for case 2026-0043817.\n', 'ZM-LE-2611-3307'],
    ['Support ticket TKT-2026-118842: the account quarry_lark_9 has been preserved.\n', 'TKT-2026-118842'],
  ])('alone, or in another shape, reads as before: %s', (body, reference) => {
    expect(parse(body).references).toEqual([reference]);
  });
});

describe('the same two kinds in more languages: the preposition and number sign after a foreign label, a phone in national groups', () => {
  it.each([
    ['Vi har bevarat kontot @fjord_ljus.\nReferensnummer från Snap: 2611-PRS-77415\n', '2611-PRS-77415'],
    ['Preservamos a conta @rio.claro.\nReferência da Uber n.º 2611-UB-77310\n', '2611-UB-77310'],
    ['Abbiamo conservato l\'account @vetta.rossa.\nRiferimento di Meta n. 2611-LE-40917\n', '2611-LE-40917'],
  ])('reads the provider\'s number: %s', (body, reference) => {
    expect(parse(body).references).toEqual([reference]);
  });

  it.each([
    ['Référence Yubo : YB-2611-30417. Compte conservé :\n\nE-mail : brume.lente@posteo.fr\nNuméro associé : 06 12 34 56 78\n', '06 12 34 56 78'],
    ['Referencia de Snap: 2611-PRS-77415. Cuenta preservada:\n\nUsuario: duna.gris\nNúmero vinculado: 612 345 678\n', '612 345 678'],
    ['Riferimento Meta: 2611-LE-40917. Account conservato:\n\nE-mail: vetta.rossa@posteo.it\nNumero collegato: 347 123 4567\n', '347 123 4567'],
  ])('proposes the phone: %s', (body, phone) => {
    expect(parse(body).accountIdentifiers).toContain(phone);
  });

  it.each([
    ['Referencia NX-2611-0417. Hemos preservado la cuenta @duna.gris.\n', 'NX-2611-0417'],
    ['Referenz Nr. TT-LE-2611-4471: Konto @kiesel.bank gesichert.\n', 'TT-LE-2611-4471'],
    ['Referencia de Snap: 2611-PRS-77415. Cuenta @duna.gris preservada.\nNúmero de pedido: 612 345 678\n', '2611-PRS-77415'],
  ])('a number sign never eats a reference\'s letter, and an order\'s number is no phone: %s', (body, reference) => {
    const parsed = parse(body);
    expect(parsed.references).toEqual([reference]);
    expect(parsed.accountIdentifiers).not.toContain('612 345 678');
  });
});

describe('an officer\'s rank in two or three abbreviated words ("Det. Sgt.", "Det. Insp.", "Det. Cst.") heads the officer\'s block', () => {
  it.each([
    ['By e-mail\nDet. Sgt. Ana Roe\nCyber Crime Unit, Northfield Police\nana.roe@northfield.example.gov\n\nReference DSC-LE-2611-0471. We preserved the account user ID 1188420937155600384.\n', 'ana.roe@northfield.example.gov'],
    ['Sent via e-mail\nDet. Insp. Raj Patel\nEconomic Crime Command\n+44 20 7946 0321\n\nCoinbase reference: CB-LE-2611-5502. The account ledger.wren@posteo.net is preserved.\n', '+44 20 7946 0321'],
    ['Delivered by e-mail only\nDet. Cst. Lea Moreau\nSPVM Cybercrime Section\nlea.moreau@spvm.example.ca\n\nDiscord reference DSC-LE-2611-0471. The account @brume_lente has been preserved.\n', 'lea.moreau@spvm.example.ca'],
  ])('proposes nothing from the officer\'s block: %s', (body, officer) => {
    const accounts = parse(body).accountIdentifiers;
    expect(accounts.length).toBeGreaterThan(0);
    expect(accounts).not.toContain(officer);
  });

  it.each([
    ['Reference DSC-LE-2611-0471. Preserved accounts:\n  - pepper.lonely@posteo.net\n  - Det. Sgt. Pepper\n', 'pepper.lonely@posteo.net'],
    ['Reference DSC-LE-2611-0471. We preserved the account of the user named\nDet. Sgt. Pepper\nwhose address is pepper.lonely@posteo.net.\n', 'pepper.lonely@posteo.net'],
    ['Reference DSC-LE-2611-0471.\n\nUsername: det.sgt.pepper\nE-mail: pepper.lonely@posteo.net\n', 'pepper.lonely@posteo.net'],
  ])('a rank-like line under the provider\'s content opens no block: %s', (body, account) => {
    expect(parse(body).accountIdentifiers).toContain(account);
  });
});

describe('an extension\'s new and earlier numbers told apart in other languages ("le nouveau numéro de dossier", "die bisherige X-Referenz lautete", "Tidigare referens:")', () => {
  it.each([
    ['La conservation a été prolongée. Elle avait été enregistrée sous l\'ancien\nnuméro de dossier Apple PRS-2026-081972. La prolongation porte le nouveau\nnuméro de dossier Apple PRS-2026-118340.\nIdentifiant Apple : orrin.vale@posteo.net\n', 'PRS-2026-118340', 'PRS-2026-081972'],
    ['Die Sicherung wurde verlängert. Die bisherige\nX-Referenz lautete 0X-231950426; die neue\nX-Referenz ist 0X-240088771.\nKonto: @nebel_fuchs_23\n', '0X-240088771', '0X-231950426'],
    ['Bevarandet har förlängts. Tidigare referens: LE-1377206\nNy referens: LE-1420983\nKonto: @tyst_korp\n', 'LE-1420983', 'LE-1377206'],
    ['A preservação foi prorrogada. Referência antiga: UB-2608-10944\nNova referência: UB-2611-33870\nConta: rio.claro_88@posteo.net\n', 'UB-2611-33870', 'UB-2608-10944'],
  ])('tells the new number from the earlier one: %s', (body, reference, earlier) => {
    const parsed = parse(body);
    expect(parsed.references).toEqual([reference]);
    expect(parsed.confirmations[0]!.extension?.ofReference).toBe(earlier);
  });

  it.each([
    ['Die Sicherung des Kontos @nebel_fuchs_23 wurde um 90 Tage verlängert.\nX-Referenz: 0X-240088771\n', '0X-240088771'],
    ['La conservation du compte @brume_lente est prolongée. Nouveau délai : 90 jours.\nRéférence Yubo : YB-2611-30417\n', 'YB-2611-30417'],
    ['Meta Platforms, 1 Hacker Way, New York, NY 10011\nWe preserved the account quarry.lark_9.\nMeta case number: 41177302958\n', '41177302958'],
  ])('one number keeps its place: %s', (body, reference) => {
    expect(parse(body).references).toEqual([reference]);
  });
});

describe('a letter\'s inside address (maybe under a delivery line, the name under a courtesy title): short lines with a contact, followed by the letter\'s subject line or salutation', () => {
  const letter = (text: string) => parseProviderEmail(text, NOW);
  it.each([
    ['November 17, 2026\n\nVIA EMAIL\nMs. Renata Solis\nCyber Crimes Unit, Mesa Verde County DA\ncyber.intake@mvcda.example.gov\n\nRE: Preservation Request\n     TikTok LE Request No.: TTUS-26-0581142\n\nTikTok has completed the preservation of the account identified below.\n\n  Username: @reedbuck.lou\n', 'cyber.intake@mvcda.example.gov', '@reedbuck.lou'],
    ['24.11.2026\n\nPer E-Mail\nFrau Eva Kühn\nLKA Cybercrime, Dezernat 54\n+49 30 5550 1187\nposteingang.d54@lka.example.de\n\nBetreff: Sicherung\n\nSehr geehrte Frau Kühn,\n\nGitHub-Referenz: GH-LE-2611-0093. Wir haben das Konto https://github.com/quarry-lark-9 gesichert.\n', 'posteingang.d54@lka.example.de', 'https://github.com/quarry-lark-9'],
    ['25 November 2026\n\nBy e-mail only\nMr Tom Reyes\nFinancial Crime Team\ntom.team@fct.example.org.uk\n\nDear Mr Reyes,\n\nCoinbase reference: CB-LE-2611-5502. The account ledger.wren@posteo.net has been preserved.\n', 'tom.team@fct.example.org.uk', 'ledger.wren@posteo.net'],
  ])('proposes nothing from the inside address, the target still: %s', (text, addressee, target) => {
    const accounts = letter(text).accountIdentifiers;
    expect(accounts).toContain(target);
    expect(accounts).not.toContain(addressee);
  });

  it.each([
    ['Reference SNAP-LE-2611-0093.\n\nPreserved account:\nzand.duin@posteo.net\n\nDear officer, please serve legal process within 90 days.\n', 'zand.duin@posteo.net'],
    ['Reference SNAP-LE-2611-0093. We preserved the accounts below\nzand.duin@posteo.net\nkiesel.bank@posteo.net\n\nRegards, Snap\n', 'kiesel.bank@posteo.net'],
    ['Reference SNAP-LE-2611-0093.\n\nUsername: zand.duin\nE-mail: zand.duin@posteo.net\n\nRe: your question about the phone number, we hold none.\n', 'zand.duin@posteo.net'],
  ])('the provider\'s content above a salutation or a "Re:" line is no address: %s', (body, account) => {
    expect(parse(body).accountIdentifiers).toContain(account);
  });
});

describe('an officer named later in the line, after a value the provider says it preserved, does not make that value the officer\'s', () => {
  it.each([
    ['Google reference 70418836. We preserved ashfall.ridley@posteo.net as requested by Det. Kessler.\n', 'ashfall.ridley@posteo.net'],
    ['Discord reference DSC-LE-2611-0471. The account @kiesel.bank_2 was preserved on 20 November for Investigator Lea Marsh.\n', '@kiesel.bank_2'],
    ['OKX reference OKX-LE-2611-2207. Preserved UID 71830042961, per the request of Special Agent Dana Whitlow (FBI).\n', '71830042961'],
  ])('proposes the preserved value: %s', (body, account) => {
    expect(parse(body).accountIdentifiers).toContain(account);
  });

  it.each([
    ['Google reference 70418836. We preserved the account as requested by Det. Kessler (rkessler@kcso.example.gov).\n', 'rkessler@kcso.example.gov'],
    ['Google reference 70418836. Det. Kessler (rkessler@kcso.example.gov) asked us to preserve ashfall.ridley@posteo.net.\n', 'rkessler@kcso.example.gov'],
    ['Discord reference DSC-LE-2611-0471.\nRequesting officer: Det. Lin Park, lin.park@pd.example.gov - data preserved.\n', 'lin.park@pd.example.gov'],
  ])('the officer\'s own details stay the officer\'s: %s', (body, officer) => {
    expect(parse(body).accountIdentifiers).not.toContain(officer);
  });
});

describe('a digit-led reference after the provider\'s file label in more languages ("ID de caso", "Dossiernummer", "Sagsnr.", "Číslo případu")', () => {
  it.each([
    ['Hemos preservado la cuenta @duna.gris.\nID de caso: 7301-LE-558210\n', '7301-LE-558210'],
    ['We hebben het account @zand.duin bewaard.\nDossiernummer: 2611-PRS-77415\n', '2611-PRS-77415'],
    ['Vi har sikret kontoen @zand.duin.\nSagsnr.: 2611-PRS-77415\n', '2611-PRS-77415'],
    ['Účet @zand.duin jsme zajistili.\nČíslo případu: 2611-PRS-77415\n', '2611-PRS-77415'],
  ])('reads it: %s', (body, reference) => {
    expect(parse(body).references).toEqual([reference]);
  });

  it.each([
    ['Vi har sikret kontoen @zand.duin.\nDeres sagsnr.: 2026-447102\nSnap reference: SNAP-LE-2611-0093\n', 'SNAP-LE-2611-0093'],
    ['Hemos preservado la cuenta @duna.gris.\nSu ID de caso: 2026-118842\nReferencia de Snap: SNAP-LE-2611-0093\n', 'SNAP-LE-2611-0093'],
    ['Účet @zand.duin jsme zajistili.\nVaše číslo případu: 2026-118842\nSnap reference: SNAP-LE-2611-0093\n', 'SNAP-LE-2611-0093'],
  ])('the addressee\'s is theirs: %s', (body, reference) => {
    expect(parse(body).references).toEqual([reference]);
  });
});

describe('an account word in its inflected forms ("kontot", "kontoen", "des Nutzers") before a name', () => {
  it.each([
    ['Referens: SNAP-LE-2611-0093. Vi har bevarat kontot fjord.ljus_3.\n', 'fjord.ljus_3'],
    ['Referanse: SNAP-LE-2611-0093. Vi har sikret kontoen fjord.ljus_3.\n', 'fjord.ljus_3'],
    ['TikTok-Referenz: TT-LE-2611-4471. Die Daten des Nutzers kiesel.bank_2 wurden gesichert.\n', 'kiesel.bank_2'],
  ])('proposes the name: %s', (body, account) => {
    expect(parse(body).accountIdentifiers).toContain(account);
  });

  it.each([
    ['TikTok-Referenz: TT-LE-2611-4471. Wir haben das Konto kiesel.bank_2 gesichert; das Video des Nutzers mit der Video-ID 7301558210 ist gelöscht.\n', '7301558210'],
    ['Referens: SNAP-LE-2611-0093. Vi har bevarat kontot fjord.ljus_3. Ärendet hos polisen har nummer 2026-118842.\n', '2026-118842'],
    ['Referanse: SNAP-LE-2611-0093. Vi har sikret kontoen fjord.ljus_3 og meldingen 77102934 i kontoens logg.\n', '77102934'],
  ])('another thing\'s number near it is not taken: %s', (body, value) => {
    expect(parse(body).accountIdentifiers).not.toContain(value);
  });
});

describe('Finnish and Czech account words, with their denials ("tilin", "účet", "ei löytynyt", "nebyl nalezen")', () => {
  it.each([
    ['Viite: SNAP-LE-2611-0093\nSäilytimme tilin zand.duin_7.\n', 'zand.duin_7'],
    ['Reference: SNAP-LE-2611-0093\nZajistili jsme účet zand.duin_7.\n', 'zand.duin_7'],
    ['Viite: TT-LE-2611-4471\nKäyttäjän kiesel.bank_2 tiedot on säilytetty.\n', 'kiesel.bank_2'],
  ])('proposes the named account: %s', (body, account) => {
    expect(parse(body).accountIdentifiers).toContain(account);
  });

  it.each([
    ['Viite: SNAP-LE-2611-0093\nSäilytimme tilin zand.duin_7. Tiliä duin.zand_7 ei löytynyt.\n', 'duin.zand_7'],
    ['Reference: SNAP-LE-2611-0093\nZajistili jsme účet zand.duin_7. Účet duin.zand_7 nebyl nalezen.\n', 'duin.zand_7'],
    ['Reference: SNAP-LE-2611-0093\nZajistili jsme účet zand.duin_7. Uživatel duin.zand_7 neexistuje.\n', 'duin.zand_7'],
  ])('does not propose the denied one: %s', (body, account) => {
    const accounts = parse(body).accountIdentifiers;
    expect(accounts).toContain('zand.duin_7');
    expect(accounts).not.toContain(account);
  });
});

describe('a name as the object or the subject of the preservation\'s verb in the other languages ("Nous avons conservé x", "x wurde am … gesichert"), or of "a hold placed on"', () => {
  it.each([
    ['Référence Yubo : YB-2611-30417\nNous avons conservé brume_lente et brume.lente2.\n', ['brume_lente', 'brume.lente2']],
    ['Referencia de Snap: SNAP-LE-2611-0093\nHemos preservado duna.gris_7.\n', ['duna.gris_7']],
    ['TikTok-Referenz: TT-LE-2611-4471\nkiesel.bank_2 wurde am 20.11.2026 gesichert.\n', ['kiesel.bank_2']],
    ['Reference SNAP-LE-2611-0093\nA preservation hold was placed on zand.duin_7.\n', ['zand.duin_7']],
  ])('proposes the name: %s', (body, accounts) => {
    expect(parse(body).accountIdentifiers).toEqual(accounts);
  });

  it.each([
    ['Référence Yubo : YB-2611-30417\nNous avons conservé brume_lente. Nous n\'avons pas conservé brume.x2 car le compte n\'existe pas.\n', 'brume.x2'],
    ['Referencia de Snap: SNAP-LE-2611-0093\nHemos preservado duna.gris_7; no hemos preservado gris.duna_7 porque no existe.\n', 'gris.duna_7'],
    ['TikTok-Referenz: TT-LE-2611-4471\nkiesel.bank_2 wurde gesichert. kiesel.bank_3 wurde nicht gesichert.\n', 'kiesel.bank_3'],
  ])('a name the verb is denied of is not proposed: %s', (body, account) => {
    expect(parse(body).accountIdentifiers).not.toContain(account);
  });
});

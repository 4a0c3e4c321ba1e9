import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 17: each shown on invented mail in other words, languages and layouts than the corpus's, with
 * probes that must read the new way (each failed before its change) and probes that must not.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const HEAD = 'Date: Wed, 25 Nov 2026 09:30:00 +0100\nFrom: Legal <legal@provider.example>\nTo: officer@agency.example\nSubject: Your request\n\n';
const parse = (body: string) => parseProviderEmail(`${HEAD}${body}`, NOW);

describe('a list of names one a line, each in quotes: the quotes make the item a name', () => {
  it.each([
    ['TikTok a conservé les données des comptes suivants :\n\n  « brume_lente »\n  « kieselrive »\n\nRéférence TikTok : TT-LE-2611-5521\n', ['brume_lente', 'kieselrive']],
    ['Reference: IG-2611-40218\nWe have preserved the following Instagram accounts:\n- "harbourlight"\n- "tidewatch"\n', ['harbourlight', 'tidewatch']],
    ['Case 2611-PR-77104. The following usernames were preserved on 20 November 2026:\n 1. ‘ashgrove’\n 2. ‘millrace.9’\n', ['ashgrove', 'millrace.9']],
    ['Discord ref DSC-LE-2611-0932\nPreserved user accounts:\n    „eisvogel“\n    „nachtfalter_3“\n', ['eisvogel', 'nachtfalter_3']],
  ])('reads each quoted item: %s', (body, accounts) => {
    expect(parse(body).accountIdentifiers).toEqual(accounts);
  });

  it.each([
    ['Reference: IG-2611-40218\nWe preserved @realone_22.\nWe could not find the following accounts:\n  \'ghostfern\'\n  \'palewick\'\n', ['@realone_22']],
    ['Reference: IG-2611-40218\nPreserved: @realone_22\nAccounts not located:\n  "none"\n', ['@realone_22']],
    ['Reference: IG-2611-40218\nPreserved: @realone_22\nThe following search terms were not processed:\n  \'bluefin\'\n  \'saltmarsh\'\n', ['@realone_22']],
    ['Reference: IG-2611-40218\nPreserved: @realone_22\nRemarques :\n  « voir ci-dessous »\n  « sans objet »\n', ['@realone_22']],
  ])('takes no quoted word that is no preserved name: %s', (body, accounts) => {
    expect(parse(body).accountIdentifiers).toEqual(accounts);
  });
});

describe('a table of two columns: each row holds its own reference\'s account, whichever column comes first', () => {
  const refsAndAccounts = (body: string) => parse(body).confirmations.map((c) => [c.reference, c.accounts.map((a) => a.value)]);
  it.each([
    ['TikTok has preserved the accounts below.\n\nHandle          Case ID\n@alder_fen      TT-LE-2611-2001\n@birch_moor     TT-LE-2611-2002\n@cedar_hollow   TT-LE-2611-2003\n', [['TT-LE-2611-2001', ['@alder_fen']], ['TT-LE-2611-2002', ['@birch_moor']], ['TT-LE-2611-2003', ['@cedar_hollow']]]],
    ['Yahoo has preserved both accounts.\n\n  Account                      Request number\n  harbour.light@yahoo.com      YH-LE-2611-3001\n  tide.watch@yahoo.com         YH-LE-2611-3002\n', [['YH-LE-2611-3001', ['harbour.light@yahoo.com']], ['YH-LE-2611-3002', ['tide.watch@yahoo.com']]]],
    ['Wir haben die folgenden Konten gesichert:\n\nKonto                 Referenz\nfels.bach@web.de      GH-LE-2611-5001\nmoor.see@gmx.de       GH-LE-2611-5002\n', [['GH-LE-2611-5001', ['fels.bach@web.de']], ['GH-LE-2611-5002', ['moor.see@gmx.de']]]],
  ])('gives each reference its row\'s account: %s', (body, expected) => {
    expect(refsAndAccounts(body)).toEqual(expected);
  });

  it.each([
    ['We preserved @shared_acc under both requests.\n\nReference          Status\nTT-LE-2611-2001    Done\nTT-LE-2611-2002    Done\n', [['TT-LE-2611-2001', ['@shared_acc']], ['TT-LE-2611-2002', ['@shared_acc']]]],
    // Two lines of two cells, no table: since round 20 each line holding one reference is that reference's item.
    ['Preserved:\nalder.fen@gmail.com   TT-LE-2611-2001\nTT-LE-2611-2002   birch.moor@gmail.com\n', [['TT-LE-2611-2001', ['alder.fen@gmail.com']], ['TT-LE-2611-2002', ['birch.moor@gmail.com']]]],
    ['Reference          Status\nTT-LE-2611-2001    Done\nTT-LE-2611-2002    Done\n\nThe second request covers the account @late_fern_2.\n', [['TT-LE-2611-2001', []], ['TT-LE-2611-2002', ['@late_fern_2']]]],
  ])('leaves what no row holds as before: %s', (body, expected) => {
    expect(refsAndAccounts(body)).toEqual(expected);
  });
});

describe('a file noun in prose with its number in apposition after a comma ("a new reference, 4490133")', () => {
  it.each([
    ['Your request was logged as a new case, 7730-41182, and the account @kelp_rider was preserved on 20 November 2026.\n', ['7730-41182']],
    ['We have preserved the account kelp.rider@gmail.com under our request number, 55102774.\n', ['55102774']],
    ['Amazon has extended the preservation of case 70014432 by a further 90 days; the extension carries a new reference, 88120457.\nAccount: kelp.rider@gmail.com\n', ['88120457']],
  ])('reads the number the noun names: %s', (body, references) => {
    expect(parse(body).references).toEqual(references);
  });

  it('pairs the apposed new number with the earlier one in an extension', () => {
    const parsed = parse('Amazon has extended the preservation of case 70014432 by a further 90 days; the extension carries a new reference, 88120457.\nAccount: kelp.rider@gmail.com\n');
    expect(parsed.confirmations[0]!.extension?.ofReference).toBe('70014432');
  });

  it.each([
    ['Please include the reference, the date and the account in any request.\nReference: TT-LE-2611-9001\nAccount: @kelp_rider\n', ['TT-LE-2611-9001']],
    ['Your case, 2026-HX-77301, was received and we preserved @kelp_rider.\nOur reference: ZM-LE-2611-4410\n', ['ZM-LE-2611-4410']],
    ['The record, 2026-11-20, shows the account @kelp_rider was preserved.\nReference: ZM-LE-2611-4410\n', ['ZM-LE-2611-4410']],
    ['We preserved @kelp_rider. See the case, 7730 41182 and more, in the portal.\nReference: ZM-LE-2611-4410\n', ['ZM-LE-2611-4410']],
  ])('takes no number that is not in apposition to the noun: %s', (body, references) => {
    expect(parse(body).references).toEqual(references);
  });
});

describe('the request itself closed with nothing done ("closed without action", "clôturée sans suite"): no confirmation', () => {
  it.each([
    ['Thank you for contacting Discord. We cannot help with this matter by e-mail, and\nthis ticket was closed without further action (ticket DSC-T-2611-88120).\nAccount named: @blue_heron_9\n'],
    ['Bonjour,\n\nLes données de l\'utilisateur « brume_lente » sont hébergées hors de l\'UE. Votre demande a été clôturée sans suite\nsous le numéro SNAP-T-2611-4410.\n'],
    ['Hallo,\n\nIhre Anfrage wurde ohne weitere Maßnahmen geschlossen (Vorgang ZM-T-2611-30021).\nKonto: kiesel.bank@web.de\n'],
    ['Hello,\n\nCloud data is stored in several regions. Your request has accordingly been closed without action.\nTicket: KIK-T-2611-77013\nUsername: frost_wick_4\n'],
  ])('proposes no confirmation: %s', (body) => {
    expect(parse(body).confirmations).toEqual([]);
  });

  it.each([
    ['We preserved @blue_heron_9 on 20 November 2026 (reference DSC-LE-2611-0932). Your earlier duplicate request was closed without action.\n', ['DSC-LE-2611-0932']],
    ['Reference: ZM-LE-2611-4410\nThe account kiesel.bank@web.de has been preserved. If your request is closed without action in future, we will tell you why.\n', ['ZM-LE-2611-4410']],
    ['Your request was processed without delay and closed: the account @frost_wick_4 was preserved.\nReference: KIK-P-2611-77013\n', ['KIK-P-2611-77013']],
  ])('still confirms: %s', (body, references) => {
    expect(parse(body).references).toEqual(references);
  });
});

describe('a table pasted from an HTML mail one cell a line: header cells stacked, then each row\'s cells in turn', () => {
  const read = (body: string) => parse(body).confirmations.map((c) => [c.reference, c.accounts.map((a) => a.value)]);
  it.each([
    ['Snap has preserved the accounts in your request.\n\nUsername\nStatus\nCase number\nalder_fen_7\nPreserved\nSNAP-PR-2611-3001\nbirch.moor.2\nPreserved\nSNAP-PR-2611-3002\n\nSnap Inc.\n', [['SNAP-PR-2611-3001', ['alder_fen_7']], ['SNAP-PR-2611-3002', ['birch.moor.2']]]],
    ['Microsoft has preserved the accounts below.\n\nAccount\nMicrosoft Ref\nfels.bach@gmx.de\n2611004417\nmoor.see@gmx.de\n2611004418\n', [['2611004417', ['fels.bach@gmx.de']], ['2611004418', ['moor.see@gmx.de']]]],
    ['Your Yahoo preservation is complete.\n\nRequest No.\nYahoo ID\nPreserved on\n77310442\nharbour.light@gmail.com\n2026-11-19\n', [['77310442', ['harbour.light@gmail.com']]]],
  ])('reads each row under its header: %s', (body, expected) => {
    expect(read(body)).toEqual(expected);
  });

  it('takes a stacked column\'s date as its label says', () => {
    expect(parse('Your Yahoo preservation is complete.\n\nRequest No.\nYahoo ID\nPreserved on\n77310442\nharbour.light@gmail.com\n2026-11-19\n').preservedOn).toBe('2026-11-19');
  });

  it.each([
    ['Reference\n8812004413\n\nWe preserved the account @kelp_rider.\n', [['8812004413', ['@kelp_rider']]]],
    ['We preserved @kelp_rider. Reference: ZM-LE-2611-4410\n\nKind regards\nAna Lima\nLegal Team\nana.lima@zoom.us\n+1 650 555 0101\n', [['ZM-LE-2611-4410', ['@kelp_rider']]]],
    ['Reference: ZM-LE-2611-4410\nWe preserved @kelp_rider.\n\nHelp Center\nPrivacy\nTerms\nZoom Communications\n55 Almaden Blvd\nSan Jose CA 95113\n', [['ZM-LE-2611-4410', ['@kelp_rider']]]],
  ])('reads no table in a label over its value or a stack of footer lines: %s', (body, expected) => {
    expect(read(body)).toEqual(expected);
  });
});

describe('a table\'s header cell is a column\'s label: never a value, nor a label of the cell beside it or of the line under it', () => {
  const read = (body: string) => parse(body).confirmations.map((c) => [c.reference, c.accounts.map((a) => a.value)]);
  it.each([
    ['Snap has preserved the accounts listed.\n\nUsername\tCase number\nalder_fen_7\tSNAP-PR-2611-3001\nbirch.moor.2\tSNAP-PR-2611-3002\n', [['SNAP-PR-2611-3001', ['alder_fen_7']], ['SNAP-PR-2611-3002', ['birch.moor.2']]]],
    ['Wir haben die Konten gesichert.\n\nBenutzername\tReferenz\nkiesel_bank_2\tTT-LE-2611-4471\n', [['TT-LE-2611-4471', ['kiesel_bank_2']]]],
    ['Discord preserved the users below.\n\nHandle\tRequest number\nfern.quiet_4\t8812004413\n', [['8812004413', ['fern.quiet_4']]]],
    ['We preserved the accounts.\n\nUsername\tStatus\nsilent_fox_2\tPreserved\n\nReference: SNAP-PR-2611-3005\n', [['SNAP-PR-2611-3005', ['silent_fox_2']]]],
    ['Discord has preserved the users below.\n\nUser ID                Discord Ref\n1188420937155600384    DSC-LE-2611-3001\n1190023344556677881    DSC-LE-2611-3002\n', [['DSC-LE-2611-3001', ['1188420937155600384']], ['DSC-LE-2611-3002', ['1190023344556677881']]]],
  ])('reads the rows under the header, not the header as a label and its value: %s', (body, expected) => {
    expect(read(body)).toEqual(expected);
  });

  it.each([
    ['We preserved the account.\n\nUsername\tquarry.lark_9\nReference\tTT-LE-2611-4471\n', [['TT-LE-2611-4471', ['quarry.lark_9']]]],
    ['We preserved the account.\n\n| Field | Value |\n|---|---|\n| Preservation ID | 7291148 |\n| Username | fern_q77 |\n', [['7291148', ['fern_q77']]]],
    ['Username: quarry.lark_9 (user ID 1130884412)\nCase number: 2611-LE-40917\n', [['2611-LE-40917', ['quarry.lark_9', '1130884412']]]],
  ])('still reads a key/value printout and a table\'s cells: %s', (body, expected) => {
    expect(read(body)).toEqual(expected);
  });
});

describe('a table column of references labelled in another language ("Référence", "Referencia", "Riferimento")', () => {
  const read = (body: string) => parse(body).confirmations.map((c) => [c.reference, c.accounts.map((a) => a.value)]);
  it.each([
    ['Microsoft a conservé les comptes suivants.\n\nCompte\nRéférence\nfels.bach@outlook.fr\n2611004417\nmoor.see@outlook.fr\n2611004418\n', [['2611004417', ['fels.bach@outlook.fr']], ['2611004418', ['moor.see@outlook.fr']]]],
    ['Hemos conservado las cuentas.\n\n  Cuenta                  Referencia\n  duna.gris_4             2611004417\n  sierra.alta_9           2611004418\n', [['2611004417', ['duna.gris_4']], ['2611004418', ['sierra.alta_9']]]],
    ['Abbiamo conservato gli account.\n\nAccount\tRiferimento\nvetta.rossa_4\t77310442\n', [['77310442', ['vetta.rossa_4']]]],
  ])('reads the column\'s numbers as references: %s', (body, expected) => {
    expect(read(body)).toEqual(expected);
  });

  it.each([
    ['Nous avons conservé le compte.\n\nCompte                  Votre référence\nfels.bach@outlook.fr    PV-2026-004417\n\nRéférence TikTok : TT-LE-2611-5521\n', [['TT-LE-2611-5521', ['fels.bach@outlook.fr']]]],
    ['Hemos conservado la cuenta.\n\n  Cuenta                  Fecha de conservación\n  duna.gris_4             2026-11-20\n\nReferencia de Snap: SNAP-LE-2611-0093\n', [['SNAP-LE-2611-0093', ['duna.gris_4']]]],
    ['Abbiamo conservato gli account.\n\nAccount\tStato\nvetta.rossa_4\t20261120\n\nRiferimento Meta: 2611-LE-40917\n', [['2611-LE-40917', ['vetta.rossa_4']]]],
  ])('takes no number from another column: %s', (body, expected) => {
    expect(read(body)).toEqual(expected);
  });
});

describe('a list the officer\'s request gave, echoed back ("Your request listed these usernames:"): what was asked, not what was preserved', () => {
  it.each([
    ['Reference: IG-2611-40218\nWe preserved only @realone_22.\nYour request listed these usernames:\n  ashgrove_1\n  millrace.9\n', ['@realone_22']],
    ['Reference: TT-LE-2611-9001\nYou asked us to preserve the following accounts:\n- fern.quiet_4\n- tide.watch_2\nOf these, we preserved tide.watch_2 only.\n', ['tide.watch_2']],
    ['Référence TikTok : TT-LE-2611-5521\nNous avons conservé le compte @brume_lente.\nVotre demande mentionnait aussi les comptes suivants :\n  kiesel.rive_3\n  dune.grise_7\n', ['@brume_lente']],
  ])('proposes none of the asked names the provider does not confirm: %s', (body, accounts) => {
    expect(parse(body).accountIdentifiers).toEqual(accounts);
  });

  it.each([
    ['Reference: TT-LE-2611-9001\nYou asked us to preserve the following accounts, and they have been preserved:\n- fern.quiet_4\n- tide.watch_2\n', ['fern.quiet_4', 'tide.watch_2']],
    ['Reference: TT-LE-2611-9001\nThe following accounts from your request have been preserved:\n- fern.quiet_4\n- tide.watch_2\n', ['fern.quiet_4', 'tide.watch_2']],
    ['Reference: TT-LE-2611-9001\nAccounts preserved as you requested:\n- fern.quiet_4\n- tide.watch_2\n', ['fern.quiet_4', 'tide.watch_2']],
  ])('still reads a list the provider says it preserved: %s', (body, accounts) => {
    expect(parse(body).accountIdentifiers).toEqual(accounts);
  });
});

describe('a quoted list item with spaces, where a digit or a tag says it is a gamertag or a tagged name', () => {
  it.each([
    ['Microsoft has preserved the following Xbox gamertags:\n\n  \'Salt Marsh 77\'\n  \'Ember Vale 3\'\n\nReference: MSX-LE-2611-40218\n', ['Salt Marsh 77', 'Ember Vale 3']],
    ['Discord ref DSC-LE-2611-0932\nPreserved users:\n- “Grim Harbinger#0412”\n- “Quiet Fen#7781”\n', ['Grim Harbinger#0412', 'Quiet Fen#7781']],
    ['Référence : EA-LE-2611-5521\nNous avons conservé les comptes suivants :\n  « Brume Lente 9 »\n', ['Brume Lente 9']],
  ])('reads the whole quoted name: %s', (body, accounts) => {
    expect(parse(body).accountIdentifiers).toEqual(accounts);
  });

  it.each([
    ['Reference: MSX-LE-2611-40218\nPreserved: @realone_22\nThe following search terms were ignored:\n  \'Salt Marsh 77\'\n', ['@realone_22']],
    ['Reference: MSX-LE-2611-40218\nPreserved: @realone_22\nThe following gamertags were not found:\n  \'Salt Marsh 77\'\n  \'Ember Vale 3\'\n', ['@realone_22']],
    ['Reference: MSX-LE-2611-40218\nPreserved: @realone_22\nYour request listed these gamertags:\n  \'Salt Marsh 77\'\n', ['@realone_22']],
  ])('takes no quoted words that are no preserved name: %s', (body, accounts) => {
    expect(parse(body).accountIdentifiers).toEqual(accounts);
  });
});

describe('the number in apposition to its file noun in the other languages read ("une nouvelle référence, 4490133")', () => {
  it.each([
    ['Nous avons prolongé la conservation enregistrée sous la référence 4401877. La prolongation est enregistrée sous une nouvelle référence, 4490133 ; merci de l’utiliser désormais.\nCompte : sel.cedre@outlook.fr\n', ['4490133']],
    ['Wir haben die Sicherung verlängert. Sie läuft nun unter einer neuen Referenz, 4490133, die Sie bitte künftig angeben.\nKonto: kiesel.bank@web.de\n', ['4490133']],
    ['Hemos conservado la cuenta duna.gris@gmail.com bajo una nueva referencia, 77310442.\n', ['77310442']],
  ])('reads the number the noun names: %s', (body, references) => {
    expect(parse(body).references).toEqual(references);
  });

  it.each([
    ['Merci d’indiquer la référence, la date et le compte.\nRéférence TikTok : TT-LE-2611-5521\nCompte : @brume_lente\n', ['TT-LE-2611-5521']],
    ['Ihre Anfrage, 2026-HX-77301, ist eingegangen; wir haben @kiesel_bank gesichert.\nTikTok-Referenz: TT-LE-2611-4471\n', ['TT-LE-2611-4471']],
    ['Hemos conservado la cuenta @duna_gris. Su expediente, 2611-JZ-44120, consta en el juzgado.\nReferencia de Snap: SNAP-LE-2611-0093\n', ['SNAP-LE-2611-0093']],
  ])('takes no number that is not in apposition to the provider\'s noun: %s', (body, references) => {
    expect(parse(body).references).toEqual(references);
  });
});

describe('a word of state or absence in quotes after an account word ("Other accounts: \'see below\'") is no name', () => {
  it.each([
    ['Reference: IG-2611-40218\nPreserved: @realone_22\nOther accounts:\n  \'see below\'\n', ['@realone_22']],
    ['Reference: IG-2611-40218\nPreserved: @realone_22\nSecondary usernames: \'n/a\'\n', ['@realone_22']],
    ['Reference: IG-2611-40218\nPreserved: @realone_22\nBackup accounts: "tbd", "none"\n', ['@realone_22']],
  ])('proposes no state word: %s', (body, accounts) => {
    expect(parse(body).accountIdentifiers).toEqual(accounts);
  });

  it.each([
    ['Reference: IG-2611-40218\nWe preserved the accounts: \'deleted_user_9\', \'pending.fern\'\n', ['deleted_user_9', 'pending.fern']],
    ['Reference: IG-2611-40218\nWe preserved the account "None Such 7".\n', ['None Such 7']],
    ['Reference: IG-2611-40218\nWe preserved the username \'target.acct\'.\n', ['target.acct']],
  ])('still reads a quoted name that only contains such a word: %s', (body, accounts) => {
    expect(parse(body).accountIdentifiers).toEqual(accounts);
  });
});

import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 40 (dev25: the provider's reference beside the agency's case numbers, other tickets, NCMEC numbers,
 * order and transaction ids): each shown on invented mail, with probes that must read the new way (each failed before
 * its change) and probes that must not change.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const read = (text: string) => {
  const r = parseProviderEmail(text, NOW);
  return { providerId: r.providerId, references: r.references, preservedOn: r.preservedOn, accounts: r.accountIdentifiers, emailDate: r.emailDate?.day ?? null };
};

const KICK = (line: string, extra = '') =>
  `From: Kick Trust & Safety <legal@kick.com>\nDate: Wed, 4 Nov 2026 16:20:11 +0000\nSubject: Preservation request received and actioned\n\nHello Detective,\n\nWe have frozen the records of the Kick account "ashen_comet_77" as of November 3, 2026.\n\n${line}\n${extra}\nThe records will be held for 90 days.\n\nKick Legal\n`;

describe("references: digit groups parted by single spaces after the label of a portal's file, a submission, a ticket, a confirmation or a tracking number ('Submission number: 7438 2291 0057', 'Numéro de soumission : …', 'Ticketnummer: …', 'under confirmation number 4471 0093 2218,')", () => {
  it.each([
    [KICK('Ticket number: 5520 1184 0937'), '5520 1184 0937', '2026-11-03'],
    [
      `From: Yubo Légal <legal@yubo.live>\nDate: Thu, 5 Nov 2026 09:02:44 +0100\nSubject: Conservation de données\n\nBonjour,\n\nNous avons conservé les données du compte « perle.de.sel » le 4 novembre 2026.\n\nNuméro de soumission : 6612 0045 8871\n\nCordialement,\nYubo - Équipe juridique\n`,
      '6612 0045 8871',
      '2026-11-04',
    ],
    [KICK('Everything is logged under confirmation number 4471 0093 2218, which you should cite when you write again.'), '4471 0093 2218', '2026-11-03'],
    [
      `From: Discord Recht <legal@discord.com>\nDate: Thu, 5 Nov 2026 09:02:44 +0100\nSubject: Sicherung\n\nGuten Tag,\n\nwir haben die Daten des Kontos nachtfalter_22 am 4. November 2026 gesichert.\n\nTicketnummer: 3301 7745 0092\n\nMit freundlichen Grüßen\nDiscord Trust & Safety\n`,
      '3301 7745 0092',
      '2026-11-04',
    ],
  ])('reads the spaced number as the reference: %s', (text, reference, day) => {
    const r = read(text);
    expect(r.references).toEqual([reference]);
    expect(r.preservedOn).toBe(day);
  });

  it.each([
    // Beside the preservation's own reference, the ticket's spaced number gives way, as a ticket's does.
    [KICK('Reference: KICK-PR-2611-0415', 'Ticket number: 5520 1184 0937')],
    // Too few digits for a reference: as before.
    [KICK('Ticket number: 55 20', 'Reference: KICK-PR-2611-0415')],
    // A telephone's spaced number is no file's: as before.
    [KICK('Telephone number: 0171 2345 6789', 'Reference: KICK-PR-2611-0415')],
  ])('reads as before: %s', (text) => {
    expect(read(text).references).toEqual(['KICK-PR-2611-0415']);
  });
});

const BNB = (items: string, extra = '') =>
  `From: Binance Law Enforcement <lers@binance.com>\nDate: Mon, 9 Nov 2026 03:15:00 +0000\nSubject: Account freeze and data retention\n\nDear Officer,\n\nFollowing your letter we froze both accounts and retained their records:\n\n${items}\n\nThe support ticket #ST-441207 raised by one of the users is a separate customer matter.\n${extra}\nRecords are retained for 90 days.\n\nBinance LE Team\n`;

describe("references: a line of a file label and its value whose label ends in a number's abbreviation, not a colon ('Case No. OKX-LE-…', 'Record # 88120457'), a list item's marker maybe before it, heads its item as 'Case number:' would, beside a ticket's labelled number", () => {
  it.each([
    [BNB('1. Case No. BNB-LE-2611-0093\n   UID 77120045\n2. Case No. BNB-LE-2611-0094\n   UID 77120188'), ['BNB-LE-2611-0093', 'BNB-LE-2611-0094']],
    [BNB('- Record # 88120457\n  UID 77120045'), ['88120457']],
    [
      `From: Kraken Law Enforcement <le@kraken.com>\nDate: Mon, 9 Nov 2026 03:15:00 +0000\nSubject: Conservazione dei dati\n\nGentile ispettore,\n\nabbiamo congelato e conservato i dati dei due conti:\n\n(1) Case No. KRK-2611-00417\n    E-mail: volpe.rossa@libero.it\n(2) Case No. KRK-2611-00418\n    E-mail: gufo.grigio@libero.it\n\nIl support ticket #ST-2291047 aperto da un utente riguarda un'altra questione.\n\nKraken Legal\n`,
      ['KRK-2611-00417', 'KRK-2611-00418'],
    ],
  ])("reads the labelled numbers, not the ticket's: %s", (text, references) => {
    expect(read(text).references).toEqual(references);
  });

  it.each([
    // The addressee's case number: set aside as before.
    [BNB('Your Case No. 26-CR-00917\nUID: 77120045'), ['ST-441207']],
    // The label inside a sentence, not a line of its own: as before.
    [BNB('UID 77120045, see case No. 2611-0093 for the log', 'Preservation ID: BNB-PR-7712'), ['BNB-PR-7712']],
    // Beside the preservation's own label, as before.
    [BNB('Case No. BNB-LE-2611-0093\nUID: 77120045', 'Preservation ID: BNB-PR-7712'), ['BNB-PR-7712']],
  ])('reads as before: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });
});

const SNAP_FR = (sentence: string) =>
  `De : Snap Law Enforcement <lawenforcement@snapchat.com>\nDate : jeu. 12 nov. 2026 18:04\nObjet : Conservation effectuée\n\nBonjour,\n\nSnap a conservé les données du compte « sable.mouvant » le 12 novembre 2026.\n\nRéférence Snap : 8830146552\n\n${sentence}\n\nSnap Inc.\n`;
const REDDIT_DE = (sentence: string) =>
  `Von: Reddit Legal <legal@reddit.com>\nDatum: Mo., 2. Nov. 2026 18:58\nBetreff: Sicherung bestätigt - Fall 00461927\n\nGuten Tag,\n\nReddit hat die Daten zum Konto u/Nebelhorn_31 am 2. November 2026 gesichert.\n\nFallnummer: 00461927\n\n${sentence}\n\nReddit Legal\n`;
const COINBASE_ES = (sentence: string) =>
  `De: Coinbase Law Enforcement <lert@coinbase.com>\nFecha: lun., 9 nov. 2026 10:15\nAsunto: Conservación completada\n\nEstimado agente:\n\nCoinbase ha conservado los datos de la cuenta marea.baja@protonmail.com el 9 de noviembre de 2026.\n\nNúmero de caso: CB-LE-2611-0093\n\n${sentence}\n\nCoinbase LE\n`;
const DISCORD_IT = (sentence: string) =>
  `Da: Discord Legal <legal@discord.com>\nData: mar 10 nov 2026, 08:00\nOggetto: Conservazione completata\n\nBuongiorno,\n\nDiscord ha conservato i dati dell'utente 1093348817162629151 il 9 novembre 2026.\n\nCase No. DISC-58214\n\n${sentence}\n\nDiscord Legal\n`;
const ROBLOX = (sentence: string, label = 'Reference: RBX-PRES-30418') =>
  `From: Roblox Legal <legal@roblox.com>\nDate: Tue, 10 Nov 2026 08:00:00 -0800\nSubject: Preservation complete\n\nHello,\n\nRoblox preserved the account BrickSpire_77 on November 9, 2026.\n\n${label}\n\n${sentence}\n\nRoblox Legal\n`;

describe("references: another request of the addressee's, named with a word of otherness ('your separate request', 'your emergency request', 'votre demande urgente distincte', 'Ihre gesonderte Anfrage', 'su solicitud de emergencia', 'la sua richiesta separata'), its number in brackets or apposition and its state apart in the same sentence (pending, closed, declined, not linked): that request's number and accounts, not this preservation's", () => {
  it.each([
    [SNAP_FR("Votre demande urgente distincte pour le même compte (référence Snap 8830145019) a été clôturée le 10 novembre 2026, les critères n'étant pas remplis."), ['8830146552'], ['sable.mouvant']],
    [REDDIT_DE('Ihre gesonderte Anfrage zum Konto u/kalter_fjord (Fallnummer 00461940) wird noch rechtlich geprüft.'), ['00461927'], ['u/Nebelhorn_31']],
    [COINBASE_ES('Su solicitud de emergencia anterior (número de caso CB-LE-2611-0071) fue rechazada porque no se cumplían los criterios.'), ['CB-LE-2611-0093'], ['marea.baja@protonmail.com']],
    [DISCORD_IT('La sua richiesta separata per il server (Case DISC-58222) è ancora in attesa di valutazione.'), ['DISC-58214'], ['1093348817162629151']],
    [ROBLOX('One more thing: the earlier request you filed for this user, case RBX-LE-30377, was declined as it named no account.', 'Case: RBX-LE-30418'), ['RBX-LE-30418'], ['BrickSpire_77']],
  ])("reads this preservation's reference only: %s", (text, references, accounts) => {
    const r = read(text);
    expect(r.references).toEqual(references);
    expect(r.accounts).toEqual(accounts);
  });

  it.each([
    // The other request done too: both read, as before.
    [ROBLOX('Your separate request for the second account (reference RBX-PRES-30419) has also been completed.'), ['RBX-PRES-30418', 'RBX-PRES-30419']],
    // No state apart said of it: as before.
    [ROBLOX('Your emergency request (reference RBX-PRES-30377) was received on November 8.'), ['RBX-PRES-30418']],
    // The only request the message names, pending: nothing confirmed, as before.
    [`From: Roblox Legal <legal@roblox.com>\nDate: Tue, 10 Nov 2026 08:00:00 -0800\nSubject: Status\n\nHello,\n\nYour separate request for the account BrickSpire_77 (reference RBX-PRES-30419) is still pending legal review.\n\nRoblox Legal\n`, []],
  ])('reads as before: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });
});

const DISCORD = (body: string) => `From: Discord Legal <legal@discord.com>\nDate: Tue, 27 Oct 2026 11:05:37 -0700\nSubject: Preservation DISC-58214\n\n${body}\n\nDiscord Trust & Safety\n`;

describe("accounts: the name in brackets after an account's id may carry its legacy four-digit discriminator ('1093… (brume.grise#2231)'), which is part of the name", () => {
  it.each([
    [DISCORD("Bonjour,\n\nLes données de l'utilisateur 1093348817162629151 (brume.grise#2231) ont été conservées le 26 octobre 2026. Référence : DISC-58214."), 'brume.grise#2231'],
    [DISCORD('Hello,\n\nThe member 1093348817162629151 (quiet.harbor#9120) has been preserved as of October 26, 2026 under DISC-58214.'), 'quiet.harbor#9120'],
    [DISCORD('Hola,\n\nHemos conservado el 26 de octubre de 2026 los datos de:\n\n  ID de usuario 1093348817162629151 (marea_baja#0042)\n\nReferencia: DISC-58214'), 'marea_baja#0042'],
  ])('reads the tagged name beside the id: %s', (text, name) => {
    expect(read(text).accounts).toEqual(['1093348817162629151', name]);
  });

  it.each([
    // A name without a tag: as before.
    [DISCORD('Hello,\n\nThe member 1093348817162629151 (quiet.harbor) has been preserved as of October 26, 2026 under DISC-58214.'), ['1093348817162629151', 'quiet.harbor']],
    // A tag alone is no name: as before.
    [DISCORD('Hello,\n\nThe member 1093348817162629151 (#9120) has been preserved as of October 26, 2026 under DISC-58214.'), ['1093348817162629151']],
    // A tagged word after an order's number, no account's: as before.
    [DISCORD('Hello,\n\nThe member 1093348817162629151 has been preserved as of October 26, 2026 under DISC-58214. Order 7384920117736550 (batch#2026) is not an account.'), ['1093348817162629151']],
  ])('reads as before: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });
});

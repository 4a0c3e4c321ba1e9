import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 39 (dev24, the provider preserved some of the accounts named and not others): each shown on
 * invented mail, in wordings, languages and layouts dev24 does not hold, with probes that must read the new way (each
 * failed before its change) and probes that must not change.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const read = (text: string) => {
  const r = parseProviderEmail(text, NOW);
  return { references: r.references, accounts: r.accountIdentifiers };
};

/** A provider's answer, then the officer's request it answers, forwarded under it as its own message. */
const ANSWER_OVER_REQUEST = (answer: string, items: string) =>
  `From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Tue, 10 Nov 2026 09:12:00 +0000\nSubject: Re: Sicherungsanfrage\n\nGuten Tag,\n\n${answer}\n\nUnser Aktenzeichen: SNAP-PR-20261110-0412\n\nSnap Inc. Law Enforcement Operations\n\nVon: KHK Jana Roth <j.roth@polizei.example.de>\nGesendet: Montag, 9. November 2026 10:02\nAn: lawenforcement@snapchat.com\nBetreff: Sicherungsanfrage\n\nBitte sichern Sie die folgenden Snapchat-Konten:\n\n${items}\n\nMit freundlichen Grüßen\nKHK Jana Roth\n`;
const BULLETS = '- spree.falke\n- kiez.nacht99\n- moabit_mo7';
const NUMBERED_ITEMS = '1) spree.falke\n2) kiez.nacht99\n3) moabit_mo7';

/** A portal's notice: its answer, then the request's copy under a separator line that names no sender. */
const NOTICE_OVER_COPY = (answer: string, items: string) =>
  `From: Roblox Law Enforcement <noreply@kodexglobal.com>\nDate: Wed, 11 Nov 2026 16:40:11 -0800\nSubject: Roblox: Preservation Request #RBX-PR-61230 fulfilled\n\nHola,\n\n${answer}\n\nReferencia: RBX-PR-61230\n\nRoblox Trust & Safety\n\n----- Copia de la solicitud -----\nTipo: Preservación\nUsuarios:\n${items}\n`;
const USERS = '  1. LunaPixel_77 (5512093381)\n  2. TorreDelOro_9 (4410298876)\n  3. xo_sevilla_xo (3309981124)';

describe("accounts: an answer that points at the request's list instead of naming its accounts ('alle in Ihrer Anfrage genannten Konten …, mit Ausnahme von x', 'nous avons conservé les comptes 2 et 3 de votre demande', 'todas las cuentas de su solicitud, excepto la 2'): the list's items, by their numbers or their order, less the ones excepted or refused, or only the ones numbered", () => {
  it.each([
    // German, all but one named, a bulleted list in the request under the answer.
    [ANSWER_OVER_REQUEST('Alle in Ihrer Anfrage genannten Konten wurden gesichert, mit Ausnahme von kiez.nacht99: zu diesem Namen existiert kein Konto.', BULLETS), ['spree.falke', 'moabit_mo7']],
    // French, only the numbered ones, the third refused by its number in a sentence of its own.
    [ANSWER_OVER_REQUEST('Nous avons conservé les comptes 1 et 2 figurant dans votre demande. Le compte 3 est introuvable.', NUMBERED_ITEMS), ['spree.falke', 'kiez.nacht99']],
    // Dutch, all but the one refused by its number, a numbered list counted by its order.
    [ANSWER_OVER_REQUEST('Alle accounts uit uw verzoek zijn bewaard. Gebruiker 2 bestaat niet meer.', BULLETS), ['spree.falke', 'moabit_mo7']],
    // Spanish, a portal's copy of the request under a separator, the exception by its item's number.
    [NOTICE_OVER_COPY('Hemos preservado todas las cuentas indicadas en su solicitud, excepto la cuenta 2, que fue eliminada por el usuario.', USERS), ['LunaPixel_77', '5512093381', 'xo_sevilla_xo', '3309981124']],
    // Italian, nothing left out: a negative quantifier and a second negation deny nothing.
    [NOTICE_OVER_COPY("Abbiamo conservato i dati di tutti gli utenti elencati nella vostra richiesta. Nessun identificativo è stato escluso dalla conservazione, e nessuno è stato non trovato.", USERS), ['LunaPixel_77', '5512093381', 'TorreDelOro_9', '4410298876', 'xo_sevilla_xo', '3309981124']],
    // Portuguese, only the numbered ones, the exception named by a handle the prose gives alone.
    [NOTICE_OVER_COPY('Foram preservadas as contas 1 e 3 do seu pedido. TorreDelOro_9 não foi encontrada.', USERS), ['LunaPixel_77', '5512093381', 'xo_sevilla_xo', '3309981124']],
  ])('reads the preserved items of the list: %s', (text, expected) => {
    const r = read(text);
    expect(r.accounts).toEqual(expected);
    expect(r.references.length).toBe(1);
  });

  it.each([
    // An exception the provider does not identify: nothing proposed, as before.
    [ANSWER_OVER_REQUEST('Alle in Ihrer Anfrage genannten Konten wurden gesichert, mit Ausnahme eines Kontos, das nicht mehr existiert.', BULLETS)],
    // A preservation only promised: nothing, as before.
    [ANSWER_OVER_REQUEST('Nous conserverons tous les comptes de votre demande dès réception de la réquisition.', NUMBERED_ITEMS)],
    // Item numbers the list does not have: nothing, as before.
    [NOTICE_OVER_COPY('Hemos preservado las cuentas 4 y 5 de su solicitud.', USERS)],
    // Every account refused: nothing, as before.
    [NOTICE_OVER_COPY('Nessuno degli account della vostra richiesta è stato conservato: non esistono.', USERS)],
  ])('proposes no account, as before: %s', (text) => {
    expect(read(text).accounts).toEqual([]);
  });
});

/** A provider's answer item by item, one item filed under an earlier request's number. */
const ITEMISED = (item: string, opening = 'Wir haben Ihre Anfrage SNAP-PR-20261110-0412 bearbeitet.') =>
  `From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Tue, 10 Nov 2026 09:12:00 +0000\nSubject: Re: Preservation request\n\nHello,\n\n${opening}\n\n- spree.falke: preserved on 10 November 2026.\n- ${item}\n\nSnap Inc. Law Enforcement Operations\n`;

describe("references: the number an account's earlier preservation is filed under, in a sentence that says it was already preserved ('was previously preserved with request …', 'ist bereits unter der Anfrage … gesichert', 'a déjà été conservé sous la référence …'), is another request's number, not this message's", () => {
  it.each([
    [ITEMISED('moabit_mo7: the data of this user were already retained in SNAP-PR-20261002-0117, opened by your unit in October.')],
    [ITEMISED('moabit_mo7: dieses Konto ist bereits unter der Anfrage SNAP-PR-20261002-0117 gesichert worden.')],
    [ITEMISED('moabit_mo7 : ce compte a déjà été conservé sous la référence SNAP-PR-20261002-0117, merci de vous y reporter.')],
    [ITEMISED('moabit_mo7: la cuenta ya estaba preservada bajo la solicitud SNAP-PR-20261002-0117.')],
  ])("reads only the message's own reference: %s", (text) => {
    expect(read(text).references).toEqual(['SNAP-PR-20261110-0412']);
  });

  it.each([
    // The only number of the message, in such a sentence: still read.
    [ITEMISED('moabit_mo7: preserved on 10 November 2026.', 'Your request was already preserved under reference SNAP-PR-20261110-0412.'), ['SNAP-PR-20261110-0412']],
    // No word of "already": as before.
    [ITEMISED('moabit_mo7: preserved with request SNAP-PR-20261002-0117.'), ['SNAP-PR-20261110-0412']],
    // Already, of something else than a preservation: as before, both.
    [ITEMISED('moabit_mo7: already reported under case SNAP-PR-20261002-0117; preserved on 10 November 2026.'), ['SNAP-PR-20261110-0412', 'SNAP-PR-20261002-0117']],
    // Already, but the number after no word of filing: as before, both.
    [ITEMISED('moabit_mo7: already preserved; see SNAP-PR-20261002-0117 for details.'), ['SNAP-PR-20261110-0412', 'SNAP-PR-20261002-0117']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });
});

/** A provider's answer that dates no preservation of its own, one item filed under an earlier request's number with its date. */
const UNDATED = (item: string) =>
  `From: TikTok Law Enforcement <lert-noreply@tiktok.com>\nDate: Thu, 12 Nov 2026 10:00:00 +0000\nSubject: Preservation TT-LE-2026-903311\n\nDear Officer,\n\nWe have handled your request TT-LE-2026-903311.\n\n1. @spree.falke - the account has been preserved.\n2. @moabit_mo7 - ${item}\n\nTikTok Law Enforcement Response Team\n`;

describe("dates: a date in the sentence that files an account's earlier preservation under another request's number ('already preserved on 2 October 2026 under request …', 'bereits am 2. Oktober 2026 unter …') is that request's, not this message's", () => {
  it.each([
    [UNDATED('this account was already preserved on 2 October 2026 under request TT-LE-2026-771002.')],
    [UNDATED('dieses Konto wurde bereits am 2. Oktober 2026 unter der Anfrage TT-LE-2026-771002 gesichert.')],
    [UNDATED('ce compte a déjà été conservé le 2 octobre 2026 sous la référence TT-LE-2026-771002.')],
  ])("reads this message's reference and its e-mail's date: %s", (text) => {
    const r = parseProviderEmail(text, NOW);
    expect(r.references).toEqual(['TT-LE-2026-903311']);
    expect(r.preservedOn).toBe('2026-11-12');
  });

  it.each([
    // The date of this message's own preservation: as before.
    [UNDATED('the account has been preserved on 11 November 2026.'), '2026-11-11'],
    // A date in a sentence that files nothing elsewhere: as before.
    [UNDATED('this account was preserved on 11 November 2026 as well.'), '2026-11-11'],
    // No date at all: the e-mail's, as before.
    [UNDATED('the account has been preserved too.'), '2026-11-12'],
  ])('dates as before: %s', (text, expected) => {
    expect(parseProviderEmail(text, NOW).preservedOn).toBe(expected);
  });
});

/** A provider's answer whose only dated sentence dates the account by the day a username was held. */
const HELD = (sentence: string) =>
  `From: Meta Law Enforcement Response Team <records@fb.com>\nDate: Tue, 17 Nov 2026 05:06:41 -0800\nSubject: Case #8817700231 - Instagram Preservation Request\n\nDear Inspector,\n\n${sentence}\n\nMeta Platforms Ireland Limited\nLaw Enforcement Response Team\n`;

describe("dates: the day a username was held, the account named by it ('the account that held this username on …', 'held this handle on …'), is no preservation date", () => {
  it.each([
    [HELD('We have preserved the account that held this username on November 3, 2026: tile.blue.night.')],
    [HELD('The account tile.blue.night, as the account that held this handle on November 3, 2026, has been preserved.')],
    [HELD('Preserved: the profile that held this user name on 3 November 2026 (tile.blue.night).')],
  ])("dates the preservation by the e-mail: %s", (text) => {
    expect(parseProviderEmail(text, NOW).preservedOn).toBe('2026-11-17');
  });

  it.each([
    [HELD('We have preserved the account tile.blue.night on November 3, 2026.'), '2026-11-03'],
    [HELD('The account that held the username tile.blue.night was preserved on November 3, 2026.'), '2026-11-03'],
    [HELD('The username tile.blue.night was preserved on November 3, 2026.'), '2026-11-03'],
  ])('dates as before: %s', (text, expected) => {
    expect(parseProviderEmail(text, NOW).preservedOn).toBe(expected);
  });
});

/** A provider's answer that names the one account it preserved, the request's identifiers listed under an intro. */
const LISTED = (intro: string) => {
  const list = `${intro}\n\n  kanal.fuchs\n  spree.falke\n  moabit_mo7\n`;
  const answer = 'We preserved the account kanal.fuchs on 3 November 2026. The other usernames returned no account.';
  return `From: Reddit Legal <legal-noreply@reddit.com>\nDate: Wed, 4 Nov 2026 08:00:00 +0000\nSubject: Your preservation request RDT-PRV-311905\n\nHello,\n\n${answer}\n\n${list}\nReddit Legal\n`;
};

describe("accounts: the request's identifiers named as what was submitted, then 'were', over a list ('For reference, the accounts you listed are:', 'die von Ihnen übermittelten Benutzernamen waren:', 'los usuarios que nos envió eran:', 'gli account da voi indicati erano:'): the list is the request's, restated, not what was preserved", () => {
  it.each([
    [LISTED('Für Ihre Unterlagen: die von Ihnen übermittelten Benutzernamen waren:')],
    [LISTED('Como referencia, los usuarios que nos envió eran:')],
    [LISTED('Per riferimento, gli account da voi indicati erano:')],
  ])('proposes only the account preserved: %s', (text) => {
    expect(read(text).accounts).toEqual(['kanal.fuchs']);
  });

  it.each([
    // The intro says they were preserved: as before, all of them.
    [LISTED('For your records, the accounts you listed were all preserved:'), ['kanal.fuchs', 'spree.falke', 'moabit_mo7']],
    // An intro of what was preserved: as before.
    [LISTED('The accounts preserved are:'), ['kanal.fuchs', 'spree.falke', 'moabit_mo7']],
    // A list under no intro of the request: as before.
    [LISTED('Usernames:'), ['kanal.fuchs', 'spree.falke', 'moabit_mo7']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

import type { FoundAccount } from './accounts';
import { OTHER_OBJECT as OTHER_THING, OTHER_OBJECT_BEFORE } from './other-objects';

/**
 * Accounts found by shape and proximity: a token that looks like a username or a user id, a few words after a word
 * for an account, a user, a target or an identifier (in any language the parser reads), with no other thing's noun
 * between them ("the user identified by the name coral.drift_5", "Nutzer: frostbyte_07", "Konto 44102291"; not
 * "the account's message 4410229").
 */
const ACCOUNT_WORD =
  /(?<![\p{L}\d_])(?:accounts?|accts?|acc['’]ts?|users?|user[ \t]?names?|targets?|identifiers?|profiles?|handles?|subscribers?|members?|pseudo|alias|nick(?:name)?|comptes?|utilisateurs?|identifiants?|profil|abonnés?|konto|kontos|konten|kontot|kontona|kontoen|kontoene|kontot?s|benutzers?(?:name)?|nutzers?(?:name|konto)?|nutzerin|kennung|cuentas?|usuarios?|identificador|perfil|contas?|utilizador|utenti|utente|profilo|gebruikers?(?:naam)?|profiel|användare|användarnamn|bruker(?:navn)?|użytkownik(?:a|ów)?|til(?:i|in|iä|it|ejä)|käyttäjä\p{L}*|účet|účtu|účty|účtem|uživatel\p{L}*)(?![\p{L}\d_-])/giu;
/** A second account word before the token: the token is that word's, found on its own turn. */
const ANOTHER_ACCOUNT_WORD = new RegExp(ACCOUNT_WORD.source, 'iu');
/** Words that say nothing was found or that the token is not a target. */
const NEGATION = /\b(?:not|no|never|nicht|kein\w*|pas|aucun\w*|ningún|ninguna|nessun\w*|geen|niet)\b/i;
/**
 * The clause after the word: up to 80 characters, to a semicolon or a full stop, a blank line, or a line end after a
 * label's colon or before a list item. Prose wraps anywhere, so a plain line end does not end it ("the Cloudflare
 * account⏎8f2c4e19…").
 */
const CLAUSE_END = /;|\n[ \t]*\n|:[ \t]*\n|\n(?=[ \t]*(?:[-*•|]|\d{1,2}[.)]|\p{L}[\p{L} ]{0,20}:))|\.(?=\s|$)/u;
/** Tokens in it, quoted or bare; a bare one may carry its system's prefix ("dbid:AAC…"), which stays part of it. */
const TOKEN = /(?<![\w.@/-])(?:(['"‘“«])[ \u00a0]?([^'"’”»\n \t]{2,40})[ \u00a0]?['"’”»]|((?:[a-z]{2,8}:(?=\w))?[A-Za-z0-9_][A-Za-z0-9_.#-]{2,39})(?![\w@/:]|\.\w))/g;
/**
 * A phone number in the clause ("the rider account tied to (415) 555-0163"), 9 to 15 digits; not the digits of a code
 * ("PRS-2026-117652").
 */
const PHONE = /(?<![\w+/.-])\+?\(?\d{1,4}\)?[ \t.-]?\d{2,5}(?:[ \t.-]\d{2,6}){1,4}(?![\w-])/;

/** Between two names of one list: "a_1, b_2 and c_3". */
const LIST_JOIN = /^[ \t]*(?:,|&|\/|and|or|und|oder|et|ou|y|o|e|en|of|och|eller|og|i|lub)?[ \t,]*$/i;

/** A username: letters with a digit, `_`, `.` or `#` in it; not a domain, a file, a reference-like code or a date. */
const NAME_SHAPE = /^(?=[^a-z]*[a-z])(?=.*[_.#\d])[A-Za-z0-9_][A-Za-z0-9_.#-]{2,39}$/;
const NOT_A_NAME = /^(?:[a-z]+[_-])?(?:id|uid|name|handle|user_?name|user_?id)$|\.(?:com|org|net|gov|edu|io|co|us|uk|de|fr|es|it|nl|ie|eu|example|info|me|app|pdf|txt|zip|jpe?g|png|docx?|csv)$|^v?\d+(?:\.\d+)+$|^\d+(?:st|nd|rd|th)$/i;
/** A user id: digits only, long enough not to be a count, not a date written as digits. */
const ID_SHAPE = /^\d{6,25}$/;
const DATE_DIGITS = /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])$/;

function isToken(prefixed: string, gap: string): boolean {
  const token = prefixed.replace(/^[a-z]{2,8}:/, '');
  if (NAME_SHAPE.test(token)) return !NOT_A_NAME.test(token) && !/[-.]$/.test(token);
  // An id sits right after its word ("Konto 44102291", "user: 44102291"), at most two short words between.
  return ID_SHAPE.test(token) && !DATE_DIGITS.test(token) && gap.trim().split(/[ \t]+/).filter(Boolean).length <= 2;
}

/** A quoted name needs no digit ("nightowl"), but a plain capitalised word in quotes ("Preserved") is no name. */
function isQuotedName(token: string): boolean {
  return /^[\w.#@-]{2,40}$/.test(token) && /[a-z]/.test(token) && !/^[A-Z][a-z]+$/.test(token) && !NOT_A_NAME.test(token);
}

/**
 * The object of the preservation itself, a name with no account word before it ("We preserved fern_quiet under …",
 * "Preservation complete for quiet.owner", "secured the data of rook_77"): a username's shape right after the verb or
 * "preservation (complete) for/of", and the names joined to it.
 */
const PRESERVED_OBJECT = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:(?:preserved|secured|froze|frozen)(?:[ \t]+(?:the[ \t]+)?(?:data|records|information|content)(?:[ \t]+(?:for|of|associated[ \t]+with|linked[ \t]+to|belonging[ \t]+to|tied[ \t]+to))?)?|preservation[ \t]+(?:(?:is[ \t]+|was[ \t]+|has[ \t]+been[ \t]+)?complete(?:d)?[ \t]+)?(?:for|of)|(?:hold|freeze|preservation)[ \t]+(?:(?:was|has[ \t]+been|is)[ \t]+)?(?:placed|put|applied)[ \t]+on)` +
    // The same verbs in the other languages read, as a first person or a participle, maybe before "the data of".
    String.raw`|(?:conserv[ée]e?s?|pr[ée]serv[ée]e?s?|sauvegard[ée]e?s?|preservad[oa]s?|conservad[oa]s?|preservamos|conservamos|conservat[oi]|preservat[oi]|bevarat|säkrat|sikret|bevart|bevaret|zabezpieczyliśmy|säilytimme|zajistili[ \t]+jsme)(?:[ \t]+(?:les[ \t]+données[ \t]+(?:de|du)|los[ \t]+datos[ \t]+de|i[ \t]+dati[ \t]+di|os[ \t]+dados[ \t]+d[eao]|uppgifterna[ \t]+för|dataene[ \t]+for))?)[ \t]+`,
  'giu',
);
const OBJECT_TOKEN = /(?:@?[A-Za-z0-9_][A-Za-z0-9_.#-]{2,39})(?![\w@/:]|\.\w)/y;
const OBJECT_JOIN = /[ \t]*(?:,|and|&|et|y|e|und|en|och|og|oraz|ja|a)[ \t]+/y;

/**
 * The subject of the preservation, a name with no account word before it ("… but quill_7 has been preserved",
 * "rook_77 was secured on …"): a username's shape right before a passive of preserving.
 */
const PRESERVED_SUBJECT = new RegExp(
  String.raw`(?<![\w.@/-])(@?[A-Za-z0-9_][A-Za-z0-9_.#-]{2,39})(?<![.])[ \t]+(?:(?:has[ \t]+been|have[ \t]+been|was|were|is[ \t]+now|is|are)[ \t]+(?:successfully[ \t]+)?(?:preserved|secured|frozen|retained)` +
    // The same passives in the other languages read, a date between allowed ("wurde am 20.11.2026 gesichert").
    String.raw`|(?:wurde|ist|wurden|a[ \t]+été|ont[ \t]+été|est|ha[ \t]+sido|fue|han[ \t]+sido|è[ \t]+stato|sono[ \t]+stati|foi|foram|har[ \t]+(?:blivit|blitt)|blev|ble|zostało|został)(?:[ \t]+(?:am|le|el|il|em|den|on)?[ \t]*[\d./-]{6,10})?[ \t]+(?:gesichert|eingefroren|aufbewahrt|conserv[ée]e?s?|pr[ée]serv[ée]e?s?|preservad[oa]s?|conservad[oa]s?|conservat[oi]|preservat[oi]|bevarat|bevarad|säkrad|sikret|bevart|bevaret|zabezpieczon[eay]))(?![\p{L}\w-])`,
  'gu',
);
function preservedSubjects(body: string, from: number): FoundAccount[] {
  const found: FoundAccount[] = [];
  for (const m of body.matchAll(PRESERVED_SUBJECT)) {
    if (found.length >= 20) break;
    const token = m[1]!;
    if (isToken(token.replace(/^@/, ''), '') && !/^\d+$/.test(token)) found.push({ value: token, start: from + m.index!, end: from + m.index! + token.length });
  }
  return found;
}

function preservedObjects(body: string, from: number): FoundAccount[] {
  const found: FoundAccount[] = [];
  for (const m of body.matchAll(PRESERVED_OBJECT)) {
    if (found.length >= 20) break;
    let at = m.index! + m[0].length;
    for (let i = 0; i < 5; i++) {
      OBJECT_TOKEN.lastIndex = at;
      const t = OBJECT_TOKEN.exec(body);
      const token = t?.[0].replace(/[.]+$/, '');
      if (!token || !isToken(token.replace(/^@/, ''), '') || /^\d+$/.test(token)) break;
      found.push({ value: token, start: from + at, end: from + at + token.length });
      OBJECT_JOIN.lastIndex = at + token.length;
      if (!OBJECT_JOIN.exec(body)) break;
      at = OBJECT_JOIN.lastIndex;
    }
  }
  return found;
}

export function nearbyAccounts(text: string, from: number, to: number): FoundAccount[] {
  const body = text.slice(from, to);
  const found: FoundAccount[] = [];
  found.push(...preservedObjects(body, from));
  for (const word of body.matchAll(ACCOUNT_WORD)) {
    if (found.length >= 100) break;
    // "Trip identifiers 7c2e…", "device users": the word is another thing's, and so are its tokens.
    if (OTHER_OBJECT_BEFORE.test(body.slice(Math.max(0, word.index! - 40), word.index!))) continue;
    const after = word.index! + word[0].length;
    const rest = body.slice(after, after + 80);
    // A plural word and its colon announce a list on the line, its items parted by semicolons too ("Accounts: a.b; c_d").
    const listed = body[after] === ':' && /s$/i.test(word[0]);
    const end = listed ? rest.search(/\n|\.(?=\s|$)/) : rest.search(CLAUSE_END);
    // A clause cut by the window ends on a word cut short ("November 25t|h"): that last word is left out.
    const cut = end === -1 && after + rest.length < body.length ? rest.replace(/[^\s]*$/, '') : rest;
    const clause = end === -1 ? cut : rest.slice(0, end);
    let last = 0;
    let taken = false;
    for (const m of clause.matchAll(TOKEN)) {
      const before = clause.slice(0, m.index);
      if (OTHER_THING.test(before) || NEGATION.test(before) || ANOTHER_ACCOUNT_WORD.test(before)) break;
      if (taken && !LIST_JOIN.test(clause.slice(last, m.index).replace(listed ? /;/g : /$^/, ','))) break;
      const token = (m[2] ?? m[3]!).replace(/[.,;:)]+$/, '');
      if (!(m[2] ? isQuotedName(token) : isToken(token, before))) {
        if (taken && !LIST_JOIN.test(token)) break;
        continue;
      }
      const start = from + after + m.index! + (m[2] ? m[0].indexOf(m[2], 1) : 0);
      found.push({ value: token, start, end: start + token.length });
      last = m.index! + m[0].length;
      taken = true;
    }
    const phone = taken ? null : PHONE.exec(clause);
    const digits = phone ? phone[0].replace(/\D/g, '').length : 0;
    const gap = phone ? clause.slice(0, phone.index) : '';
    // Close to its word ("tied to", "registered with the number"), as an account's number is written.
    const near = gap.trim().split(/[ \t]+/).filter(Boolean).length <= 4;
    if (phone && near && digits >= 9 && digits <= 15 && !OTHER_THING.test(gap) && !NEGATION.test(gap) && !ANOTHER_ACCOUNT_WORD.test(gap)) {
      const start = from + after + phone.index;
      found.push({ value: phone[0], start, end: start + phone[0].length });
    }
  }
  // A subject already taken after its account word ("the user … coral.drift_5 has been preserved") is not taken twice.
  for (const a of preservedSubjects(body, from)) if (!found.some((f) => f.start === a.start)) found.push(a);
  return found;
}

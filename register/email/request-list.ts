import type { FoundAccount } from './accounts';
import { deniesAccount } from './denials';
import { clauseAsserts } from './preservation-asserted';

/**
 * The provider's answer read against the request's list: the provider names no account it preserved, it speaks of the
 * list ("All of the accounts listed in your request have been preserved, except x@…", "preserved the accounts for
 * usernames 2 and 4 in your list below", "taken a snapshot of the accounts identified in the request"). The request's
 * items (their numbers, or their order) and what the provider says of them give the preserved accounts: all of them, all
 * but the ones it names or numbers as excepted or refused, or only the ones it numbers.
 */

/** The request or its list, as the provider points at it ("listed in your request", "in der Anfrage", "dans votre demande"). */
const OF_THE_REQUEST = new RegExp(
  String.raw`(?<![\p{L}])(?:in|on|from|of|within|dans|de|du|sur|in|im|aus|auf|en|de|del|nella|nel|della|dello|sulla|uit|op|van|no|na|do|da|em|w|z)[ \t\n]+(?:(?:your|the|this|that|our|votre|vos|la|le|cette|ce|Ihrer|Ihrem|Ihre|Ihren|der|dem|die|unserer|su|sus|la|esta|vostra|vostro|sua|suo|questa|uw|het|de|deze|seu|sua|vossa|vosso|esta|este|Pana|Pani)[ \t\n]+)?(?:(?:original|earlier|initial|first|ursprünglichen|ersten|initiale|première|originale|inicial|originale|iniziale|oorspronkelijke|eerste|original)[ \t\n]+)?(?:requests?|list|letter|submission|order|demande|liste|requête|anfrage|ersuchen|ersuchens|schreiben|solicitud|lista|petición|richiesta|elenco|istanza|verzoek|lijst|aanvraag|pedido|solicita[çc][ãa]o|wniosku|wniosek|li[śs]cie)(?![\p{L}])`,
  'iu',
);
/** All of the accounts, as one noun phrase ("all of the users", "alle Konten", "tous les comptes", "todas las cuentas"). */
const ALL_OF = /(?<![\p{L}])(?:all(?:[ \t\n]+of)?(?:[ \t\n]+(?:the|your))?|every|each|alle|allen|sämtliche|tous[ \t\n]+les|toutes[ \t\n]+les|chacun[ \t\n]+des|todas[ \t\n]+las|todos[ \t\n]+los|todas[ \t\n]+as|todos[ \t\n]+os|tutti[ \t\n]+gli|tutte[ \t\n]+le|ciascun\p{L}*|wszystkie|all[ \t\n]+de)[ \t\n]+(?:\p{L}+[ \t\n]+)?(?:accounts?|users?|usernames?|identifiers?|targets?|profiles?|items?|entries|selectors?|konten|kontos|nutzer\p{L}*|benutzer\p{L}*|kennungen|comptes|utilisateurs|identifiants|cuentas|usuarios|identificadores|account|utenti|identificativi|profili|accounts|gebruikers|contas|utilizadores|usuários|konta|kont)(?![\p{L}])/iu;
/** The nouns a list's items go by, then their numbers ("accounts 1 and 3", "Konten 2 und 4", "comptes n° 1 et 3", "items (2)"). */
const NUMBERED = new RegExp(
  String.raw`(?<![\p{L}])(?:identifiers?|items?|entr(?:y|ies)|accounts?|targets?|usernames?|users?|profiles?|lines?|numbers?|nos?\.|nr\.?|n[°º]|konten|konto|kontos|nutzer\p{L}*|benutzer\p{L}*|einträge|eintrag|positionen|position|punkte?|comptes?|utilisateurs?|identifiants?|éléments?|entrées?|lignes?|cuentas?|usuarios?|identificadores?|elementos?|puntos?|utenti|utente|voci|voce|punti|punto|gebruikers?|nummers?|contas?|utilizadores?|usuários?|itens|itéms|konta|konto|pozycj\p{L}{0,3})[ \t\n]+(?:(?:n[°º]|nr\.?|no\.?|#)[ \t\n]*)?((?:\(\d{1,2}\)|\[\d{1,2}\]|#?\d{1,2})(?:[ \t\n]*(?:,|and|&|or|und|oder|et|ou|y|o|e|en|of|i|oraz)[ \t\n]*(?:(?:n[°º]|nr\.?|no\.?|#)[ \t\n]*)?(?:\(\d{1,2}\)|\[\d{1,2}\]|#?\d{1,2})){0,5})(?![\d\p{L}([]|[.,][ \t]*\d)`,
  'giu',
);
/** The words that open the exceptions of an "all" ("except", "with the exception of", "außer", "sauf", "excepto", "tranne"). */
const EXCEPT = /(?<![\p{L}])(?:except(?:[ \t\n]+for)?|excepting|with[ \t\n]+the[ \t\n]+exceptions?[ \t\n]+of|other[ \t\n]+than|apart[ \t\n]+from|save[ \t\n]+for|but[ \t\n]+not|außer|ausser|bis[ \t\n]+auf|mit[ \t\n]+Ausnahme|ausgenommen|sauf|hormis|à[ \t\n]+l['’]exception|excepté|excepto|salvo|menos|con[ \t\n]+excepción|a[ \t\n]+excepción|tranne|eccetto|salvo|ad[ \t\n]+eccezione|fatta[ \t\n]+eccezione|behalve|met[ \t\n]+uitzondering|uitgezonderd|exceto|com[ \t\n]+exce[çc][ãa]o|à[ \t\n]+exce[çc][ãa]o|z[ \t\n]+wyjątkiem|oprócz|poza)(?![\p{L}])/iu;
/**
 * A sentence that says nothing was left out, a negative quantifier then a second negation or a verb of leaving out
 * ("There were no identifiers for which preservation could not be completed", "Nothing in the request was left out",
 * "Aucun compte n'a été exclu", "Keine Kennung wurde ausgelassen"): it denies no account.
 */
const NONE_LEFT_OUT = /^[ \t\n]*(?:there[ \t\n]+(?:were|was|are|is)[ \t\n]+no|no[ \t\n]+\p{L}+|none|nothing|not[ \t\n]+one|es[ \t\n]+gab[ \t\n]+kein\p{L}*|kein\p{L}*|nichts|il[ \t\n]+n['’]y[ \t\n]+a(?:[ \t\n]+eu)?[ \t\n]+aucun\p{L}*|aucun\p{L}*|rien|no[ \t\n]+hubo|ningun\p{L}*|nada|nessun\p{L}*|niente|nulla|er[ \t\n]+(?:zijn|waren|is|was)[ \t\n]+geen|geen|niets|não[ \t\n]+houve|nenhum\p{L}*)(?![\p{L}])[\s\S]{0,200}?(?<![\p{L}])(?:not|n['’]t|nicht|pas|ne|no|niet|não|non|nie|left[ \t\n]+out|omitted|excluded|ausgelassen|ausgeschlossen|weggelassen|omis\p{L}*|exclu\p{L}*|omitid\p{L}*|excluid\p{L}*|omess\p{L}*|esclus\p{L}*|weggelaten|uitgesloten|pominięt\p{L}*)(?![\p{L}])/iu;

/** Where a sentence ends: its stop before a space and a capital or a digit, or the text's end, or a blank line. */
const SENTENCE_END = /[.!?](?=[ \t\n]+["'(“‘]?[\p{Lu}\d]|[ \t\n]*$)|\n[ \t]*\n/gu;
/** A list item's number at its line's head ("1.", "2)", "(3)", "[4]", "> 1."). */
const ITEM_NUMBER = /^[ \t]*(?:>[ \t]?)*(?:\((\d{1,2})\)|\[(\d{1,2})\]|#?(\d{1,2})[.):])[ \t]/;
const MAX_SENTENCE = 600;
/** The most items a request's list is read with. */
const MAX_ITEMS = 40;

interface Span {
  start: number;
  end: number;
}

function sentencesOf(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let start = from;
  const body = text.slice(from, to);
  for (const m of [...body.matchAll(SENTENCE_END), { index: body.length, 0: '' }]) {
    const end = from + m.index! + m[0].length;
    for (let at = start; at < end; at += MAX_SENTENCE) out.push({ start: at, end: Math.min(end, at + MAX_SENTENCE) });
    start = end;
  }
  return out;
}

/** An item by its ordinal ("1st one is preserved", "the second ID doesn't match", "der erste Account"). */
const ORDINAL =
  /(?<![\p{L}\d])(1st|first|erste[rns]?|premier|première|primer[oa]?|prim[oa]|2nd|second|zweite[rns]?|seconde?|segund[oa]|3rd|third|dritte[rns]?|troisième|tercer[oa]?|terz[oa])[ \t\n]+(?:one|id|account|user(?:name)?|handle|identifier|address|number|item|entry|profile|konto|account|nutzer|compte|identifiant|cuenta|usuario)s?(?![\p{L}])/giu;
/** An ordinal's number: first, second, or third (the only others ORDINAL reads). */
function ordinalNumber(word: string): number {
  if (/^(?:1st|first|erste|premi|primer|prim)/i.test(word)) return 1;
  if (/^(?:2nd|second|zweite|segund)/i.test(word)) return 2;
  return 3;
}
const numbersIn = (said: string): number[] => [
  ...[...said.matchAll(NUMBERED)].flatMap((m) => (m[1]!.match(/\d{1,2}/g) ?? []).map(Number)),
  ...[...said.matchAll(ORDINAL)].map((m) => ordinalNumber(m[1]!)),
];

/** The request's accounts as the items of its list: each account's item number, written or counted by its line. */
function itemsOf(text: string, accounts: readonly FoundAccount[]): Array<{ n: number; line: string; accounts: FoundAccount[] }> {
  const lines = new Map<number, { written: number | null; line: string; accounts: FoundAccount[] }>();
  for (const a of accounts) {
    const lineStart = text.lastIndexOf('\n', a.start - 1) + 1;
    const line = lines.get(lineStart);
    if (line) line.accounts.push(a);
    else {
      const head = ITEM_NUMBER.exec(text.slice(lineStart, Math.min(a.start + 1, lineStart + 40)));
      const eol = text.indexOf('\n', a.end);
      const line = text.slice(lineStart, eol === -1 ? text.length : Math.min(eol, lineStart + 400)).toLowerCase();
      lines.set(lineStart, { written: head ? Number(head[1] ?? head[2] ?? head[3]) : null, line, accounts: [a] });
    }
  }
  const ordered = [...lines.entries()].sort((x, y) => x[0] - y[0]).map(([, line]) => line);
  const written = ordered.every((l) => l.written !== null);
  return ordered.map((l, i) => ({ n: written ? l.written! : i + 1, line: l.line, accounts: l.accounts }));
}

/**
 * The request's accounts the provider's message preserves by pointing at the request's list, or null where it does not
 * or where it refuses an account it does not identify. `own` is the provider's own text outside `aside` (the request it
 * restates, its signature); `named` the accounts it names there, none of which it confirmed (the caller's premise).
 */
export function preservedFromTheList(text: string, own: Span, aside: readonly Span[], named: readonly FoundAccount[], request: readonly FoundAccount[]): FoundAccount[] | null {
  if (!request.length) return null;
  const items = itemsOf(text, request);
  // A list longer than any request's is no request's list.
  if (items.length > MAX_ITEMS) return null;
  const outside = (s: Span) => !aside.some((a) => s.start < a.end && a.start < s.end);
  // The items a passage names by one of their values (the provider's prose names a handle no reader takes alone: "with
  // the exception of Builder_Kid_2011").
  const mentioned = (said: string): number[] => {
    const lower = said.toLowerCase();
    return items.filter((i) => i.accounts.some((a) => a.value.length > 2 && hasWord(lower, a.value.toLowerCase()))).map((i) => i.n);
  };
  let confirmed = false;
  let unidentified = false;
  const only = new Set<number>();
  const excepted = new Set<number>();
  for (const s of sentencesOf(text, own.start, own.end)) {
    if (!outside(s)) continue;
    const said = text.slice(s.start, s.end);
    const cut = EXCEPT.exec(said);
    const head = cut ? said.slice(0, cut.index) : said;
    const tail = cut ? said.slice(cut.index) : '';
    const numbered = numbersIn(head);
    if (clauseAsserts(head) && !deniesAccount(head) && (OF_THE_REQUEST.test(head) || ALL_OF.test(head) || numbered.length)) {
      confirmed = true;
      for (const n of numbered) only.add(n);
      if (tail) {
        const numbers = [...numbersIn(tail), ...mentioned(tail)];
        for (const n of numbers) excepted.add(n);
        if (!numbers.length) unidentified = true;
      }
      continue;
    }
    if (!deniesAccount(said) || NONE_LEFT_OUT.test(said)) continue;
    const numbers = [...numbersIn(said), ...mentioned(said)];
    for (const n of numbers) excepted.add(n);
    if (!numbers.length) unidentified = true;
  }
  if (!confirmed) return null;
  // An item holding an account the provider names anywhere in its own text (none of which it confirmed): an exception.
  const namedValues = new Set(named.slice(0, MAX_ITEMS * 4).map((a) => a.value.toLowerCase()));
  for (const i of items) if ([...namedValues].some((v) => i.line.includes(v))) excepted.add(i.n);
  if (only.size) {
    if ([...only].some((n) => !items.some((i) => i.n === n))) return null;
    return items.filter((i) => only.has(i.n) && !excepted.has(i.n)).flatMap((i) => i.accounts);
  }
  if (unidentified && !excepted.size) return null;
  return items.filter((i) => !excepted.has(i.n)).flatMap((i) => i.accounts);
}

/** `lower` holds `value` as a whole word (no letter, digit, dot-letter or underscore right around it). */
function hasWord(lower: string, value: string): boolean {
  for (let at = lower.indexOf(value); at !== -1; at = lower.indexOf(value, at + 1)) {
    if (!/[\p{L}\p{N}_@]/u.test(lower[at - 1] ?? ' ') && !/[\p{L}\p{N}_]/u.test(lower[at + value.length] ?? ' ')) return true;
  }
  return false;
}

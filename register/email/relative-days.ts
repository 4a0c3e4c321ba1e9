import type { Message } from './blocks';
import { dateRole, predicateLater } from './date-roles';
import { SHORT_WEEKDAY_OF, WEEKDAY_OF } from './date-words';
import { readings, type DateMention } from './dates';
import type { StatedDate } from './stated-dates';

/**
 * Days named relative to the sender's own day — the e-mail's date in the sender's zone (23:09 -0800 on the 24th makes
 * yesterday the 23rd, whatever UTC says): "yesterday", "this morning", "the day before yesterday", "two days ago",
 * "i går", "vorgestern", "il y a 3 jours", and a weekday named alone ("I placed the hold on Monday"), in every language
 * read. Only in a preservation's (or an extension's) sentence; never a number of days after anything.
 */
const DAYS_BACK: Array<[number, string[]]> = [
  [0, ['today', 'this morning', 'this afternoon', 'this evening', 'tonight', 'heute', 'aujourd\'hui', 'ce matin', 'hoy', 'esta mañana', 'oggi', 'stamattina', 'stamane', 'vandaag', 'vanochtend', 'vanmorgen', 'i dag', 'idag', 'i morse', 'i morges', 'dzisiaj', 'dziś', 'hoje', 'esta manhã']],
  [1, ['yesterday', 'last night', 'gestern', 'ayer', 'anoche', 'ieri', 'gisteren', 'gisteravond', 'wczoraj', 'ontem', 'i går', 'igår', 'i gaar']],
  [2, ['the day before yesterday', 'day before yesterday', 'vorgestern', 'avant-hier', 'anteayer', 'antier', 'l\'altro ieri', 'altroieri', 'ieri l\'altro', 'eergisteren', 'i förrgår', 'förrgår', 'i forgårs', 'i forigårs', 'przedwczoraj', 'anteontem']],
];
const BACK_OF = new Map(DAYS_BACK.flatMap(([back, words]) => words.map((w) => [w, back] as const)));
const phrase = (w: string) => w.replace(/'/g, '[\'’]').replace(/ /g, '[ \\t]+');
const NAMED = [...BACK_OF.keys()].sort((a, b) => b.length - a.length).map(phrase).join('|');
/** French "hier" is "here" in Dutch and German: yesterday only in a French sentence. */
const FRENCH = /(?<![\p{L}])(?:nous|vous|été|données|avons|ont|compte)(?![\p{L}])/iu;

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, zwei: 2, drei: 3, deux: 2, trois: 3, dos: 2, tres: 3, due: 2, tre: 3, twee: 2, drie: 3, två: 2, to: 2, dwa: 2, trzy: 3, dois: 2, três: 3 };
const N = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;
/** "two days ago", "vor 2 Tagen", "il y a 2 jours", "hace 2 días", "2 giorni fa", "2 dagen geleden", "för 2 dagar sedan", "2 dni temu", "há 2 dias". */
const AGO = [
  `${N}[ \\t]+days?[ \\t]+ago`,
  `vor[ \\t]+${N}[ \\t]+Tagen`,
  `il[ \\t]+y[ \\t]+a[ \\t]+${N}[ \\t]+jours?`,
  `hace[ \\t]+${N}[ \\t]+días?`,
  `${N}[ \\t]+giorni[ \\t]+fa`,
  `${N}[ \\t]+dagen[ \\t]+geleden`,
  `för[ \\t]+${N}[ \\t]+dagar[ \\t]+sedan`,
  `for[ \\t]+${N}[ \\t]+dag(?:e|er)[ \\t]+siden`,
  `${N}[ \\t]+dni[ \\t]+temu`,
  `há[ \\t]+${N}[ \\t]+dias`,
].join('|');

const FUTURE_BEFORE = /\b(?:next|coming|nächsten?|prochain|próximo|prossimo|volgende|nästa|neste|następn\p{L})[ \t]+$/iu;
/** A sentence in the future ("We will preserve the account on Friday"): its weekday is to come, not past. */
const FUTURE_TENSE = /(?<![\p{L}])(?:will|shall|going[ \t]+to|wird|werden|allons|vont|va|zal|zullen|sarà|saranno|será|serán|kommer[ \t]+att|vil|skal|będzie|będą)(?![\p{L}])/iu;

/**
 * Groups: 1 a named day, 2 French "hier", 3 a weekday (a short English name only after "on": "preserved both on tues"),
 * 4–13 the number of an "ago" phrase.
 */
const RELATIVE = new RegExp(
  `(?<![\\p{L}])(?:(${NAMED})|(hier)|(${[...WEEKDAY_OF.keys()].join('|')}|(?<=(?<![\\p{L}])on[ \\t]{1,3})(?:${[...SHORT_WEEKDAY_OF.keys()].join('|')})(?=\\.?(?![\\p{L}])))|${AGO})(?![\\p{L}])`,
  'giu',
);

function daysBack(m: RegExpMatchArray, body: string, emailDay: string): number | null {
  if (m[1]) return BACK_OF.get(m[1].toLowerCase().replace(/[ \t]+/g, ' ').replace(/’/g, '\'')) ?? null;
  if (m[2]) return FRENCH.test(body) ? 1 : null;
  if (m[3]) return (new Date(`${emailDay}T00:00:00Z`).getUTCDay() - (WEEKDAY_OF.get(m[3].toLowerCase()) ?? SHORT_WEEKDAY_OF.get(m[3].toLowerCase()))! + 7) % 7;
  const n = m.slice(4).find((g) => g !== undefined);
  const back = n === undefined ? null : /^\d/.test(n) ? +n : (NUMBER_WORDS[n.toLowerCase()] ?? null);
  // "45 days ago" is no way to say when a preservation was made; a month is the most anyone writes so.
  return back !== null && back <= 31 ? back : null;
}

/** The words of the sentence before `at` (at most 200 characters). */
function sentenceBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 200), at);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n\n'));
  return stop === -1 ? before : before.slice(stop + 1);
}

/** A subordinate clause opened right before the day, its subject after the conjunction ("dat wij", "dass wir", "that we"). */
const SUBJECT_OPENS = /(?<![\p{L}])(?:dat|dass|daß|that|que|che|att|at)[ \t\n]+(?:wij|we|wir|ik|ich|nous|noi|vi|jeg|jag|\p{Lu}[\p{L}.-]+)[ \t\n]+$/u;

/**
 * The preservation made on the day the request arrived ("We preserved the data on the same day we received your
 * request", "conservées le jour même de la réception", "am Tag des Eingangs gesichert", "el mismo día de su recepción"):
 * the day is the one the message gives for the arrival ("which we received on Monday, 2 November 2026").
 */
const SAME_DAY =
  /(?<![\p{L}])(?:(?:on[ \t\n]+)?the[ \t\n]+(?:same[ \t\n]+)?day[ \t\n]+(?:as[ \t\n]+|that[ \t\n]+|on[ \t\n]+which[ \t\n]+)?(?:we[ \t\n]+received|it[ \t\n]+was[ \t\n]+received|your[ \t\n]+request[ \t\n]+(?:was[ \t\n]+received|arrived|reached[ \t\n]+us))|on[ \t\n]+the[ \t\n]+(?:day|date)[ \t\n]+of[ \t\n]+(?:its[ \t\n]+)?receipt|le[ \t\n]+jour[ \t\n]+(?:même[ \t\n]+)?de[ \t\n]+(?:sa[ \t\n]+|la[ \t\n]+|leur[ \t\n]+)?réception|am[ \t\n]+(?:selben[ \t\n]+)?Tag[ \t\n]+(?:des|ihres|seines)[ \t\n]+Eingangs|el[ \t\n]+mismo[ \t\n]+día[ \t\n]+de[ \t\n]+(?:su[ \t\n]+|la[ \t\n]+)?recepción|no[ \t\n]+mesmo[ \t\n]+dia[ \t\n]+d[oa][ \t\n]+(?:seu[ \t\n]+|sua[ \t\n]+)?(?:recebimento|rece[çc][ãa]o|recep[çc][ãa]o)|(?:lo[ \t\n]+stesso[ \t\n]+giorno|il[ \t\n]+giorno[ \t\n]+stesso)[ \t\n]+della[ \t\n]+(?:sua[ \t\n]+)?ricezione|op[ \t\n]+de[ \t\n]+dag[ \t\n]+van[ \t\n]+ontvangst)(?![\p{L}])/giu;
/**
 * The day after the arrival ("We received your request on 3 November and preserved the account the following day",
 * "am Mittwoch, 4. November 2026 bei uns eingegangen … erfolgte am darauffolgenden Tag", "le lendemain") — a business
 * day's skips the weekend — and the same day said alone ("reçue le lundi 9 novembre … conservées le jour même").
 */
const WS = '[ \\t\\n]+';
const NEXT_DAY = new RegExp(
  `(?<![\\p{L}])(?:(?:on${WS})?the${WS}(?:following|next)${WS}(?:business${WS}day|working${WS}day|day)|am${WS}(?:darauf)?folgenden${WS}(?:Werktag|Arbeitstag|Tag)|(?:le|au)${WS}lendemain|(?:el|al)${WS}día${WS}siguiente|(?:il|nel)${WS}giorno${WS}(?:successivo|seguente)|no${WS}dia${WS}seguinte|następnego${WS}dnia|de${WS}volgende${WS}dag|dagen${WS}efter|påfølgende${WS}dag)(?![\\p{L}])`,
  'giu',
);
const SAME_DAY_ALONE = new RegExp(
  `(?<![\\p{L}])(?:(?:on${WS})?the${WS}same${WS}day|le${WS}jour${WS}même|am${WS}(?:selben|gleichen)${WS}Tag|el${WS}mismo${WS}día|(?:nello|lo)${WS}stesso${WS}giorno|no${WS}mesmo${WS}dia|op${WS}dezelfde${WS}dag|samm[ae]${WS}dag|tego${WS}samego${WS}dnia)(?![\\p{L}])`,
  'giu',
);
/** Right before a date: the request's arrival ("which we received on", "reçue le", "eingegangen am", "recibida el"). */
const ARRIVED_BEFORE = /(?<![\p{L}])(?:received|arrived|reçue?|parvenue?|arrivée?|eingegangen|erhalten|recibid[oa]|recebid[oa]|lleg[óo]|ontvangen|binnengekomen|ricevut[oa]|pervenut[oa]|inkom|doručen\p{L}{0,2}|přijat\p{L}{0,2})(?![\p{L}])[ \t\n]+(?:(?:your|the|our)[ \t\n]+(?:preservation[ \t\n]+)?(?:request|letter|order|e-?mail)[ \t\n]+|it[ \t\n]+)?(?:on|le|am|el|em|op|il|den|dne)?[ \t\n]*(?:\p{L}+,?[ \t\n]+)?(?:den[ \t\n]+)?$/iu;
/** Right after a date: the arrival said after it ("am 4. November 2026 bei uns eingegangen", "op 3 november ontvangen"). */
const ARRIVED_AFTER = /^[ \t\n]*(?:bei[ \t\n]+uns[ \t\n]+|door[ \t\n]+ons[ \t\n]+|hos[ \t\n]+oss[ \t\n]+)?(?:eingegangen|eingetroffen|ontvangen|binnengekomen|inkom)(?![\p{L}])/iu;
/** A word of preserving (before the phrase, in its sentence). */
const PRESERVED_WORD = /(?<![\p{L}])(?:preserv|conserv|secured|gesichert|sicherung|bewaard|veiliggesteld|resguard|preserva[çc][ãa]o)\p{L}*/giu;
/** A preserving verb right after the phrase, in its clause ("…, on the same day we received it, preserved the data"). */
const PRESERVED_AHEAD = /^[^.!?\n]{0,30}?(?<![\p{L}])(?:we[ \t\n]+(?:have[ \t\n]+)?)?(?:preserved|secured|conserv[ée]e?s?|gesichert)(?![\p{L}])/iu;

/** A terse reply's sentence opening with its word of doing, right before the day ("Both done ", "ok, erledigt ", "fait "). */
const TERSE_DONE = /^[ \t\n]*(?:[\p{L}]+[ \t,]+){0,2}?(?:done|erledigt|fait|hecho|fatto|klart|gjort|gedaan|zrobione|feito)[ \t,]*$/iu;

function plusDays(day: string, n: number, businessDays: boolean): string {
  let t = Date.parse(`${day}T00:00:00Z`);
  for (let left = n; left > 0; ) {
    t += 86_400_000;
    const dow = new Date(t).getUTCDay();
    if (!businessDays || (dow !== 0 && dow !== 6)) left--;
  }
  return new Date(t).toISOString().slice(0, 10);
}

function arrivalBefore(text: string, message: Message, mentions: DateMention[], start: number): string | null {
  const arrival = mentions
    .filter((d) => !d.yearless && d.end <= start && d.start >= message.bodyStart)
    .filter((d) => ARRIVED_BEFORE.test(text.slice(Math.max(0, d.start - 80), d.start)) || ARRIVED_AFTER.test(text.slice(d.end, d.end + 30)))
    .pop();
  if (!arrival) return null;
  // A numeric day only where it reads one way ("recebido em 17/12/2026").
  const { mdy, dmy } = readings(arrival);
  return mdy && dmy && mdy !== dmy ? null : (mdy ?? dmy);
}

function sameDay(text: string, message: Message, mentions: DateMention[]): StatedDate[] {
  const body = text.slice(message.bodyStart, message.end);
  const phrases = [
    ...[...body.matchAll(SAME_DAY)].map((m) => ({ m, after: 0, business: false })),
    ...[...body.matchAll(SAME_DAY_ALONE)].map((m) => ({ m, after: 0, business: false })),
    ...[...body.matchAll(NEXT_DAY)].map((m) => ({ m, after: 1, business: /business|working|werktag|arbeitstag/i.test(m[0]) })),
  ].sort((a, b) => a.m.index! - b.m.index!);
  for (const { m, after, business } of phrases) {
    const start = message.bodyStart + m.index!;
    const windowStart = Math.max(message.bodyStart, start - 160);
    const window = text.slice(windowStart, start);
    // The nearest word of preserving before the phrase, in its sentence ("received your preservation request on 18
    // November and preserved the account the same day": "preserved", not the request's noun).
    const preserved = [...window.matchAll(PRESERVED_WORD)].pop();
    // Or the word right after it, the phrase heading its clause ("and, on the same day we received it, preserved the data").
    const end = start + m[0].length;
    const ahead = text.slice(end, Math.min(message.end, end + 60));
    const following = PRESERVED_AHEAD.exec(ahead);
    if (following) {
      if (mentions.some((d) => d.start >= end && d.end <= end + following[0].length)) continue;
    } else {
      if (!preserved || /[.!?](?=\s)/.test(window.slice(preserved.index!))) continue;
      // A date of its own between the preserving and the phrase ("preserved on 5 November, the same day …") says the day.
      const verbAt = windowStart + preserved.index!;
      if (mentions.some((d) => d.start >= verbAt && d.end <= start)) continue;
    }
    const arrival = arrivalBefore(text, message, mentions, start);
    if (!arrival) continue;
    return [{ role: 'preservation', labelled: false, start, end: start + m[0].length, day: plusDays(arrival, after, business), alternatives: [] }];
  }
  return [];
}

export function relativeDays(text: string, message: Message, emailDay: string | null, mentions: DateMention[]): StatedDate[] {
  const same = sameDay(text, message, mentions);
  if (!emailDay) return same;
  const out: StatedDate[] = [...same];
  const body = text.slice(message.bodyStart, message.end);
  let weekdays = 0;
  for (const m of body.matchAll(RELATIVE)) {
    const start = message.bodyStart + m.index!;
    const end = start + m[0].length;
    if (m[3]) {
      // A weekday that heads a written date ("Monday, 23 November") is that date's; one the future names is no past day.
      if (++weekdays > 50) continue;
      if (mentions.some((d) => d.end > start && d.start - end <= 3) || FUTURE_BEFORE.test(text.slice(Math.max(0, start - 20), start))) continue;
      if (FUTURE_TENSE.test(sentenceBefore(text, start))) continue;
    }
    // A relative day needs no preposition to open its clause: "dat wij gisteren de gegevens … hebben veiliggesteld",
    // "dass wir gestern die Daten … gesichert haben" put the predicate at the clause's end.
    const subordinate = SUBJECT_OPENS.test(text.slice(Math.max(0, start - 40), start));
    // A terse reply's "done" before the day ("Both done yesterday 14:10", "erledigt gestern") dates the preservation the
    // rest of the short message speaks of.
    const terse = TERSE_DONE.test(sentenceBefore(text, start)) && body.slice(0, 1_500).search(PRESERVED_WORD) !== -1;
    const role = dateRole(text, { start, end } as DateMention, message.bodyStart) ?? (subordinate && predicateLater(text, end) ? 'preservation' : terse ? 'preservation' : null);
    if (role !== 'preservation' && role !== 'extension') continue;
    const back = daysBack(m, body, emailDay);
    if (back === null) continue;
    const day = new Date(Date.parse(`${emailDay}T00:00:00Z`) - back * 86_400_000).toISOString().slice(0, 10);
    out.push({ role, labelled: false, start, end, day, alternatives: [] });
    if (out.length >= 10) break;
  }
  return out;
}

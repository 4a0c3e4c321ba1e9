/**
 * The clause reading (issue 13, round 12). A narrative is read as sentences, each sentence as clauses, and each clause by
 * who speaks it, what it is and when it is: the checks decide an element from the clauses about the danger rather than
 * from a word found anywhere in the text.
 *
 * - WHO SPEAKS: the narrator (the officer, the reporter) or a quoted speaker. Quotations are found over the whole text,
 *   line by line, so a quotation that a sentence break cuts ("'i know where u live. im coming to find you.'") is still
 *   the speaker's: its purpose words are not the officer's purpose.
 * - WHAT THE CLAUSE IS: a request for data, an act done (sent, posted, called, threatened), a plan ("im doing it
 *   tonight"), a means at hand ("i have the pills"), an assessment that a time is not known.
 * - WHEN: a span of dates belongs to the clause that holds it: the act's time when its clause tells an act, the records'
 *   range when its clause asks for data.
 *
 * Every reading here is linear in the text: one pass for the quotations, bounded look-backs for the clauses.
 */

export interface Span {
  start: number;
  end: number;
}

/** A sentence and where it starts in the text it was cut from. */
export interface PlacedSentence {
  text: string;
  start: number;
}

/** Place each sentence (cut from `text` in order) at its offset in `text`. */
export function placeSentences(text: string, list: readonly string[]): PlacedSentence[] {
  const placed: PlacedSentence[] = [];
  let cursor = 0;
  for (const sentence of list) {
    const at = text.indexOf(sentence, cursor);
    const start = at < 0 ? cursor : at;
    placed.push({ text: sentence, start });
    cursor = start + sentence.length;
  }
  return placed;
}

/** The longest quotation read as one speaker's words; a longer "quotation" is a stray mark. */
const MAX_QUOTE_CHARS = 600;
/** An opening single mark stands after the line's start, a space, a colon or a bracket, before a word. */
const BEFORE_SINGLE_OPEN = /[\s(:[]/;
const AFTER_SINGLE_OPEN = /[\w@#]/;
/** A closing single mark stands after a word or a stop, before the line's end, a space or a stop (not "it's"). */
const BEFORE_SINGLE_CLOSE = /[\w.!?,)…]/;
const AFTER_SINGLE_CLOSE = /[\s.,;:!?)\]]/;

/**
 * The quotations of the text: double marks (straight or typographic) and single marks paired within a line, each at
 * most MAX_QUOTE_CHARS long. Each kind of mark is paired on its own, an opening mark with the next closing one; an
 * opening mark with no closing one in its line, or none within MAX_QUOTE_CHARS, opens nothing. The spans of all kinds are
 * merged (a single quotation inside a double one is inside the double one). Linear: each mark is looked at once.
 */
export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    quotesOfLine(text, lineStart, lineEnd, spans);
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  spans.sort((x, y) => x.start - y.start);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Pair each opening mark with the next closing mark after it, within MAX_QUOTE_CHARS; both lists ascending. */
function pair(opens: number[], closes: number[], spans: Span[]): void {
  let c = 0;
  let after = -1;
  for (const open of opens) {
    if (open <= after) continue;
    while (c < closes.length && closes[c]! <= open) c++;
    if (c >= closes.length) return;
    const close = closes[c]!;
    if (close - open > MAX_QUOTE_CHARS) continue;
    spans.push({ start: open, end: close + 1 });
    after = close;
    c++;
  }
}

function quotesOfLine(text: string, from: number, to: number, spans: Span[]): void {
  const straight: number[] = [];
  const curlyOpen: number[] = [];
  const curlyClose: number[] = [];
  const singleOpen: number[] = [];
  const singleClose: number[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c === '"') straight.push(i);
    else if (c === '“') curlyOpen.push(i);
    else if (c === '”') curlyClose.push(i);
    else if (c === "'" || c === '‘' || c === '’') {
      if (c !== '’' && (i === from || BEFORE_SINGLE_OPEN.test(text[i - 1]!)) && AFTER_SINGLE_OPEN.test(text[i + 1] ?? '')) singleOpen.push(i);
      else if (c !== '‘' && i > from && BEFORE_SINGLE_CLOSE.test(text[i - 1]!) && (i + 1 >= to || AFTER_SINGLE_CLOSE.test(text[i + 1]!))) singleClose.push(i);
    }
  }
  // Straight marks open and close alike: each pair in turn, a mark too far from the next one opening nothing
  for (let k = 0; k + 1 < straight.length; k++) {
    if (straight[k + 1]! - straight[k]! > MAX_QUOTE_CHARS) continue;
    spans.push({ start: straight[k]!, end: straight[k + 1]! + 1 });
    k++;
  }
  pair(curlyOpen, curlyClose, spans);
  pair(singleOpen, singleClose, spans);
}

/** Is `index` inside one of the (ordered, disjoint) spans? */
export function insideSpans(spans: readonly Span[], index: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid]!;
    if (index < span.start) hi = mid - 1;
    else if (index >= span.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** WHEN. The words that open a span of dates right before its first date: "between", "from". */
const SPAN_OPENS_BEFORE = /\b(?:between|from)\s+$/i;
/** An act told in the clause: a message sent, a call made, a threat received. */
const ACT_IN_THE_CLAUSE =
  /\b(?:made|sent|sends|sending|posted|posts|called|calls|calling|rang|phoned|texted|messaged|threatened|threatening|received|receiving|wrote|left|uploaded|commented|tweeted|e-?mailed|contacted|followed|stalked|turned\s+up|came|kept\s+(?:calling|texting|messaging|sending|posting))\b/i;
/** A request for data, or a document, told in the clause: the span is the records asked for, the date the paper's. */
const REQUEST_IN_THE_CLAUSE =
  /\b(?:request\w*|requir\w*|need\w*|seek\w*|please|pls|records?|logs?|data|content|preserv\w*|disclos\w*|provide|produce|subscriber|IP|IPs|history|all|any|letter|notice|order|warrant|report|application|memo|e-?mail)\b/i;
/** The clause around a time: back to the last ";" or ":" of its sentence, on to the next ";" or stop. */
const CLAUSE_BACK = 200;
const CLAUSE_ON = 120;

/**
 * Is the time at `index` (a span of dates, a date that opens one, or a date labelled "dated") the time of an act its clause tells ("he sent her
 * 14 messages between 10/11/2026 and 17/11/2026", "From 01/11 until 08/11 she received voice notes")? A span in a
 * clause that asks for data ("We request all messages sent between …", "IP logs from … to …") is the records' range.
 */
export function spanOfAnAct(sentence: string, index: number, length: number): boolean {
  const before = sentence.slice(Math.max(0, index - CLAUSE_BACK), index);
  const clauseStart = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
  const after = sentence.slice(index + length, index + length + CLAUSE_ON);
  const stop = after.search(/[;.](?:\s|$)/);
  const clause = `${before.slice(clauseStart)} ${stop < 0 ? after : after.slice(0, stop)}`;
  return ACT_IN_THE_CLAUSE.test(clause) && !REQUEST_IN_THE_CLAUSE.test(clause);
}

/** A date labelled "dated", as Indian and other Commonwealth English give the day of an act ("on dated 09.11.2026 made a fake ID"). */
export function labelledDated(sentence: string, index: number): boolean {
  return /\bdated\s*:?\s*$/i.test(sentence.slice(Math.max(0, index - 12), index));
}

/** Does the date at `index` open or sit in a span ("between 10/11 and 17/11", "from 01/11 until 08/11")? */
export function inASpan(sentence: string, index: number): boolean {
  const before = sentence.slice(Math.max(0, index - 40), index);
  return SPAN_OPENS_BEFORE.test(before) || /\b(?:between|from)\s+\S{1,30}\s+(?:and|to|until|till|through|-|–)\s+$/i.test(before);
}

/**
 * WHAT THE CLAUSE IS: an assessment that the time is not known ("I don't know when her birthday is", "nobody knows which
 * day the exam is", "we have no idea when the party is", "it is unclear when"). A plan timed by such a day or event
 * ("is going to take them all on her birthday") is a plan of no known time.
 */
export const TIME_SAID_UNKNOWN =
  /\b(?:(?:do|does|did)\s*(?:n['’]?t|not)\s+know|(?:nobody|no\s+one|no-one|none\s+of\s+(?:us|them))\s+knows?|no\s+idea|(?:unknown|unclear|not\s+known)|cannot\s+(?:say|tell)|can['’]?t\s+(?:say|tell))\s+(?:exactly\s+)?(?:when|which\s+(?:day|date|night|time|week)|what\s+(?:day|date|time|night))\b/i;
/**
 * Evidence that is a plan's time alone: a future ("is going to", "will", "plans to") or the event it waits for ("when
 * she comes back", "as soon as he gets out"), with no clock, day or state of its own.
 */
export const PLAN_TIME_ONLY = /^(?:(?:is|are|am|was|were)\s+)?(?:going\s+to|gonna|will|shall|plans?\s+to|planning\s+to|intends?\s+to)$|^(?:as\s+soon\s+as|the\s+moment|once|when|after)\s/i;

/**
 * WHAT THE CLAUSE IS: a plan of the person's own ("im doing it tonight", "gonna do it after everyone is asleep", "I make
 * it tonight") — an act named only as "it", with a time or an event it waits for.
 */
const PLAN_OF_IT =
  /\b(?:(?:i['’]?m|im|i\s+am|i['’]?ll|ill|i\s+will|gonna|going\s+to|i\s+make|i\s+do|will)\s+(?:doing|do|make|making)?\s*it|doing\s+it|do\s+it|(?:tonight|today)['’]?s\s+the\s+(?:night|day))\b(?:\s+(?:all\s+)?(?:tonight|today|tomorrow|tmrw|tmr|this\s+(?:morning|afternoon|evening|weekend|week)|after|when|before|at|once|on|as\s+soon\s+as|while)\b|(?<=(?:night|day)))/i;
/** A means of taking one's life, at hand: kept, saved, hidden, bought or "enough". */
const SELF_HARM_MEANS = '(?:pills|tablets|meds|medication|painkillers|antidepressants|paracetamol|sleeping\\s+(?:pills|tablets)|rope|razors?|blades?)';
const MEANS_AT_HAND = new RegExp(
  `\\b(?:have|got|saved|collected|gathered|hid|hidden|stashed|bought|hoarded|kept|took|taken)\\b[^.;!?]{0,30}?\\b${SELF_HARM_MEANS}\\b|\\b${SELF_HARM_MEANS}\\s+(?:\\w+\\s+){0,3}?(?:i\\s+)?(?:collected|saved|hid|hidden|stashed|ready|(?:are|is)\\s+(?:in|under)\\s+(?:my|the)\\s+\\w+)\\b|\\bthere['’]?s\\s+enough\\b|\\bthere\\s+(?:is|are)\\s+enough\\b`,
  'i',
);

/**
 * Self-harm told by two clauses of the person's own words (round 12): a plan named only as "it", with its time, and a
 * means at hand in the same sentence or the next ("'im doing it tonight after my mom leaves. i saved grandpas pills'",
 * "'gonna do it after everyone is asleep. i have the pills.'"). Neither clause alone states a harm: "im doing it
 * tonight, i have the paint" plans a job, "she has her pills for the trip" keeps a prescription.
 */
export function planWithMeans(sentenceList: readonly string[]): string | null {
  for (let i = 0; i < sentenceList.length; i++) {
    const plan = PLAN_OF_IT.exec(sentenceList[i]!);
    if (!plan) continue;
    const near = `${sentenceList[i]!.slice(plan.index)} ${sentenceList[i + 1] ?? ''}`;
    const means = MEANS_AT_HAND.exec(near);
    if (means) return `${plan[0].trim()} … ${means[0].trim()}`;
  }
  return null;
}

/**
 * WHO SPEAKS, inside a clause: a short quotation of two to five words in the middle of the narrator's clause is the
 * narrator quoting the words, part of the clause ("he had swallowed 'a full box' of pills"). One word in quotes is a
 * scare quote ("kidnapped"), left as it is.
 */
const SHORT_QUOTE = /(^|[\s(])["“'‘]((?:[\w-]+\s+){1,4}[\w-]+)["”'’](?=[\s.,;:!?)]|$)/g;
export function unwrapShortQuotes(sentence: string): string {
  return sentence.replace(SHORT_QUOTE, '$1$2');
}

/**
 * WHAT THE CLAUSE IS: a request for who a person is ("Please find out who she is", "Tell us who he is", "work out who
 * this user is"): the identity asked of the provider is the data a purpose beside it is for ("… so the police where she
 * lives can check on her"). Told as done ("we found out who he is") it asks nothing.
 */
export const REQUEST_FOR_IDENTITY =
  /\b(?:find|finding|work|working|figure|figuring)\s+out\s+who\s+(?:she|he|they|this|that|the|it)\b|\b(?:tell|telling|let)\s+us\s+(?:know\s+)?who\s+(?:she|he|they|this|that|the|it|is)\b/i;

/**
 * WHO ACTS: a person word that qualifies a report ("a parent tip led us to…", "acting on a teacher referral", "a
 * neighbour tip-off", "the juvenile referral") names who reported or who is referred, not a person at risk; the victim's
 * statement is still the victim's.
 */
const REPORT_NOUN_AFTER = /^\s+(?:tip|tips|tip-?offs?|tipoff|referrals?|complaints?|reports?|hotline\s+call|statements?)\b/i;
export function qualifiesAReport(word: string, after: string): boolean {
  return REPORT_NOUN_AFTER.test(after) && !/^(?:victims?|complainants?)$/i.test(word);
}

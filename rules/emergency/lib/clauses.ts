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
 * most MAX_QUOTE_CHARS long. A mark with no partner in its line, or none within MAX_QUOTE_CHARS, opens nothing: the
 * reading goes on just after it, so the whole pass stays within MAX_QUOTE_CHARS steps a character.
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
  return spans;
}

function quotesOfLine(text: string, from: number, to: number, spans: Span[]): void {
  let open = -1;
  let kind: 'straight' | 'curly' | 'single' | null = null;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (open >= 0 && i - open > MAX_QUOTE_CHARS) {
      // A stray mark: read on from just after it
      i = open;
      open = -1;
      kind = null;
      continue;
    }
    if (kind === null) {
      if (c === '"') {
        open = i;
        kind = 'straight';
      } else if (c === '“') {
        open = i;
        kind = 'curly';
      } else if ((c === "'" || c === '‘') && (i === from || BEFORE_SINGLE_OPEN.test(text[i - 1]!)) && AFTER_SINGLE_OPEN.test(text[i + 1] ?? '')) {
        open = i;
        kind = 'single';
      }
      continue;
    }
    const closes =
      (kind === 'straight' && c === '"') ||
      (kind === 'curly' && c === '”') ||
      (kind === 'single' && (c === "'" || c === '’') && BEFORE_SINGLE_CLOSE.test(text[i - 1]!) && (i + 1 >= to || AFTER_SINGLE_CLOSE.test(text[i + 1]!)));
    if (closes) {
      spans.push({ start: open, end: i + 1 });
      open = -1;
      kind = null;
    }
  }
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

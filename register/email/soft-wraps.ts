/**
 * A mail client that sends plain text breaks long lines at a fixed width (Thunderbird at 72, Outlook at 76, many
 * webmails at 78), so a sentence, or a label and its value, may stand on two lines; a later client's wrap of a reply
 * leaves the tails of its quoted lines unquoted. Where the reader confirms nothing in such a text, it reads the text
 * once more with those breaks undone (see parseProviderEmail).
 */

/** Lines longer than this are no hard-wrapped client's: a text whose lines run longer is not told by width. */
const MAX_WIDTH = 80;
/** A client's wrap width is at least this; lines shorter than this are a text's own. */
const MIN_WIDTH = 60;
/** Lines this close to the width, at least this many of them, show the text was wrapped at it. */
const NEAR_WIDTH = 12;
const MIN_NEAR_LINES = 3;

/** A line that opens a new item: a list's mark, a quote, a table's bar, a numbered item, or a label and its colon. */
const OPENS_ITEM = /^[ \t]*(?:[-*•>|]|\d{1,2}[.)][ \t]|\p{L}[\p{L} .'’()/#-]{0,30}:(?:[ \t]|$))/u;
/** A line that ends a label or a row, or a quoted line. */
const CLOSES_ITEM = /[:|][ \t]*\r?$|^[ \t]*>/;

/** A label and its value on one line ("Username: jane.doe"). */
const LABEL_AND_VALUE = /^[ \t]*\p{L}[\p{L} .'’()/#-]{0,30}:[ \t]+\S/u;
const QUOTE_MARKS = /^[ \t]*((?:>[ \t]?)+)/;
/** A line's quote marks, blanks taken out ("> > text": ">>"), or '' for a line not quoted. */
const marksOf = (line: string | undefined): string => QUOTE_MARKS.exec(line ?? '')?.[1]?.replace(/[ \t]/g, '') ?? '';
/** A wrapped quoted line's tail runs at most this many lines. */
const MAX_TAIL_LINES = 4;

const QUOTED_FIELD = /^[ \t]*>[ \t>]*[\p{L}][\p{L}-]{1,20}:[ \t]/u;
/** Quoted line `i` is a field of a quoted message's header ("> Subject: …"), under another: its tail may end the header. */
const endsQuotedHeader = (lines: string[], i: number): boolean => QUOTED_FIELD.test(lines[i]!) && QUOTED_FIELD.test(lines[i - 1] ?? '');

/**
 * How many lines after quoted line `i` are its wrap's unquoted tail (0: none). (text.ts's quoteDepth gives a one-line
 * tail its quote's depth to tell who wrote it; here the tails, of several lines too, are joined for the reading.) They stand between it and a line quoted
 * as deep (or, after a quoted header's field, a blank line), every one but the last as full as the wrap allows, the
 * first no label's line with its value.
 */
function quoteTail(lines: string[], i: number, full: (at: number) => boolean): number {
  const depth = marksOf(lines[i]);
  if (!depth) return 0;
  for (let j = i + 1; j <= i + MAX_TAIL_LINES && j < lines.length; j++) {
    const line = lines[j]!;
    // The tail's first line may look like a label ("numer⏎zgłoszenia:") or an item ("preservation request⏎- Ref. 3381/2"),
    // but not like a label and its value: that is an answer written between the quote's lines.
    if (!line.trim() || QUOTE_MARKS.test(line) || (j === i + 1 && LABEL_AND_VALUE.test(line))) return 0;
    if (marksOf(lines[j + 1]) === depth || (!lines[j + 1]?.trim() && endsQuotedHeader(lines, i))) return j - i;
    if (!full(j)) return 0;
  }
  return 0;
}

/**
 * A label-like line with nothing after its colon, under a full line whose sentence runs on ("… por cada⏎cuenta de Xbox
 * indicada:"), is that sentence's end, not a label of its own.
 */
const endsSentence = (line: string, next: string): boolean => /:[ \t]*\r?$/.test(next) && !/[.!?:;,)\]]["”’)]?[ \t]*$/.test(line);

/**
 * The text with each break the client's wrap made replaced by a space, one character for one (so every offset stays
 * the text's), or null where the text shows no wrap. A break is the wrap's where the line before it stands near the
 * text's wrap width and the next line's first word would not have fitted on it, and the next line opens no item of
 * its own (a list's, a label's, a quote's).
 */
export function softUnwrapped(text: string): string | null {
  const lines = text.split('\n');
  const lengths = lines.map((line) => line.replace(/\r$/, '').length);
  let width = 0;
  for (const n of lengths) if (n <= MAX_WIDTH && n > width) width = n;
  if (width < MIN_WIDTH) return null;
  let near = 0;
  for (const n of lengths) if (n >= width - NEAR_WIDTH && n <= width) near++;
  if (near < MIN_NEAR_LINES) return null;
  /** The break after line `at` is where the next line's first word would not have fitted on it. */
  const full = (at: number): boolean => {
    const line = lengths[at]!;
    const word = /^\S+/.exec(lines[at + 1] ?? '')?.[0] ?? '';
    return line > 0 && line <= width && line + 1 + word.length > width;
  };
  const spaced: number[] = [];
  let breakAt = -1;
  let tailEnds = -1;
  for (let i = 0; i < lines.length - 1; i++) {
    breakAt += lines[i]!.length + 1;
    const line = lines[i]!.replace(/\r$/, '');
    const next = lines[i + 1]!;
    if (!line.trim() || !next.trim() || !full(i)) continue;
    if (i >= tailEnds) {
      const tail = quoteTail(lines, i, full);
      if (tail) tailEnds = i + tail;
    }
    if (i < tailEnds || !((OPENS_ITEM.test(next) && !endsSentence(line, next)) || CLOSES_ITEM.test(line))) {
      // A CRLF text's break is two characters: both become spaces.
      if (lines[i]!.endsWith('\r')) spaced.push(breakAt - 1);
      spaced.push(breakAt);
    }
  }
  if (!spaced.length) return null;
  let out = '';
  let from = 0;
  for (const at of spaced) {
    out += `${text.slice(from, at)} `;
    from = at + 1;
  }
  return out + text.slice(from);
}

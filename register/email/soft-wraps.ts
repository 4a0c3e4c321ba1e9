/**
 * A mail client that sends plain text breaks long lines at a fixed width (Thunderbird at 72, Outlook at 76, many
 * webmails at 78), so a sentence, or a label and its value, may stand on two lines. Where the reader confirms nothing
 * in such a text, it reads the text once more with those breaks undone (see parseProviderEmail).
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
  const spaced: number[] = [];
  let breakAt = -1;
  for (let i = 0; i < lines.length - 1; i++) {
    breakAt += lines[i]!.length + 1;
    const line = lines[i]!.replace(/\r$/, '');
    const next = lines[i + 1]!;
    if (!line.trim() || !next.trim() || line.length > width) continue;
    const word = /^\S+/.exec(next)?.[0] ?? '';
    if (line.length + 1 + word.length <= width) continue;
    if (OPENS_ITEM.test(next) || CLOSES_ITEM.test(line)) continue;
    // A CRLF text's break is two characters: both become spaces.
    if (lines[i]!.endsWith('\r')) spaced.push(breakAt - 1);
    spaced.push(breakAt);
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

/**
 * A copied header block in a mail client whose field names the parser does not know ("Lähettäjä:", "差出人:",
 * "Feladó:", "Gönderen:"), recognised by its shape rather than its words: three or more "name: value" lines in a
 * row, after a blank line, a rule or at the top, one of them a correspondent with an address in angle brackets and one a
 * date with a year and a time. The fields are told apart by their values: the date-time is the date, the first
 * correspondent the sender, the next address the recipient, the first other line the subject.
 */
export interface ShapedField {
  value: string;
  /** Offset of the value in the text. */
  at: number;
}
export interface ShapedHeader {
  start: number;
  /** Where the line after the block starts. */
  end: number;
  from: ShapedField;
  date: ShapedField;
  to: ShapedField | null;
  subject: ShapedField | null;
}

/**
 * A field name of one to four words in any script (CJK included), a colon (full-width too), a value; never a time's colon
 * ("Date      2026-11-30 11:46" is a gap's line, its name "Date").
 */
const SHAPED_LINE = /^[ \t]*[\p{L}][\p{L}\p{M}\d .'-]{0,30}?[ \t]?(?<!\d)[:：][ \t]*(\S[^\n]{0,400})$/u;
/**
 * The same without a colon, as a webmail lays its header out as a table and a copy keeps the columns apart by a tab or a
 * gap of blanks ("Nga       OKX Law Enforcement <…>", "Data      Fri, 27 Nov 2026 15:20:44 +0100"): one or two words.
 */
const SHAPED_GAP_LINE = /^[ \t]*[\p{L}][\p{L}\p{M}.'-]{0,20}(?: [\p{L}][\p{L}\p{M}.'-]{0,20})?(?:\t|[ ]{2,})[ \t]*(\S[^\n]{0,400})$/u;
const ANGLE_ADDRESS = /<[^\s<>@]{1,64}@[^\s<>]{1,200}>/;
const ANY_ADDRESS = /[^\s<>@:;,]{1,64}@[^\s<>@]{1,200}\.\p{L}{2,24}/u;
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;
const TIME = /(?<![\d.:])\d{1,2}[:.][0-5]\d(?:[:.][0-5]\d)?(?![\d.:]?\d)/;
const MAX_FIELDS = 12;
/** Lines looked at from the top of the text: a paste's chain holds a handful of header blocks. */
const MAX_LINES = 20_000;

function fieldAt(text: string, pos: number): { field: ShapedField | null; end: number } {
  const eol = text.indexOf('\n', pos);
  const end = eol === -1 ? text.length : eol;
  const line = text.slice(pos, Math.min(end, pos + 500));
  const m = SHAPED_LINE.exec(line) ?? SHAPED_GAP_LINE.exec(line);
  return { field: m ? { value: m[1]!.trim(), at: pos + m[0].lastIndexOf(m[1]!) } : null, end };
}

/** The header block of that shape whose first line starts at `at`, or null. */
export function shapedHeaderAt(text: string, at: number): ShapedHeader | null {
  const fields: ShapedField[] = [];
  let pos = at;
  for (;;) {
    const { field, end } = fieldAt(text, pos);
    if (!field) {
      // The block ends at a blank line or the end of the text; any other line makes it no header block.
      if (pos < text.length && text.slice(pos, end).trim()) return null;
      break;
    }
    fields.push(field);
    pos = end + 1;
    if (fields.length > MAX_FIELDS || pos > text.length) break;
  }
  if (fields.length < 3 || fields.length > MAX_FIELDS) return null;
  const from = fields.find((f) => ANGLE_ADDRESS.test(f.value));
  const date = fields.find((f) => !ANY_ADDRESS.test(f.value) && YEAR.test(f.value) && TIME.test(f.value));
  if (!from || !date) return null;
  const to = fields.find((f) => f.at > from.at && ANY_ADDRESS.test(f.value)) ?? null;
  const subject = fields.find((f) => f !== date && !ANY_ADDRESS.test(f.value)) ?? null;
  return { start: at, end: Math.min(pos, text.length), from, date, to, subject };
}

/** The last text read and its blocks: one parse asks for them from the chain of messages and from the addresses. */
let lastRead: { text: string; headers: readonly ShapedHeader[] } | null = null;

/** Every header block of that shape that starts the text or follows a blank line or a rule ("_____", "-----"), in order. */
export function shapedHeaders(text: string): readonly ShapedHeader[] {
  if (lastRead?.text !== text) lastRead = { text, headers: findShapedHeaders(text) };
  return lastRead.headers;
}

/** A line that is a client's rule only: Outlook's "________________________________", a dashed or starred line. */
const RULE_LINE = /^[ \t]*[-=_~*]{5,}[ \t]*$/;

function findShapedHeaders(text: string): ShapedHeader[] {
  const out: ShapedHeader[] = [];
  let opens = true;
  let pos = 0;
  for (let lines = 0; pos < text.length && lines < MAX_LINES; lines++) {
    const header = opens ? shapedHeaderAt(text, pos) : null;
    if (header) {
      out.push(header);
      pos = header.end;
      opens = false;
      continue;
    }
    const eol = text.indexOf('\n', pos);
    if (eol === -1) break;
    const line = text.slice(pos, eol);
    opens = !line.trim() || RULE_LINE.test(line);
    pos = eol + 1;
  }
  return out;
}

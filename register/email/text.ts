import { decodeHTML } from 'entities';
import type { Evidence } from './types';

/** The header fields of transport and threading ("Received:", "Message-ID:", "DKIM-Signature:", "X-…:"): the mail system's lines. */
export const TRANSPORT_FIELD = String.raw`(?:received|message-id|in-reply-to|references|return-path|dkim-signature|arc-[\w-]+|authentication-results|thread-index|x-[\w-]+)`;

/** The paste box reads at most this much; everything after it is ignored. */
export const MAX_INPUT = 200_000;

/**
 * The pasted text made readable, with a map back to the original: CRLF line ends, quoted-printable soft breaks
 * and `>` quote marks removed, so that every pattern sees plain lines while evidence still points into the paste.
 */
export interface Source {
  original: string;
  text: string;
  /** `at[i]` is the offset in `original` of `text[i]`; one extra entry for the end. Null: the same offsets. */
  at: Int32Array | null;
}

// Sticky, so it is tried where each line starts (a `^` here would only ever match at offset 0).
const QUOTE_PREFIX = /(?:[ \t\u00a0]{0,8}>)+[ \t\u00a0]?/y;

/** Nothing to remove: the readable text is the paste itself (the common case, and the cheap one). */
/**
 * A copy of an HTML mail's source keeps its character references ("g&eacute;&eacute;n", "Trust &amp; Safety",
 * "&nbsp;"): read as the characters they stand for, where the text shows it carries them.
 */
const HTML_ESCAPED = /&(?:nbsp|amp|lt|gt|quot|apos|#\d{2,7}|#x[0-9a-f]{2,6}|[a-z]{1,2}(?:acute|grave|uml|circ|tilde|cedil|ring|slash|lig|caron));/i;
const ENTITY = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;

const NEEDS_READING = /=\?[\w-]{1,40}\?[BbQq]\?|[ \t]$|\r|[\u00a0\u00ad\u061c\u2000-\u200f\u202a-\u202f\u205f\u2060-\u2069\u3000\ufeff]|^[ \t]{0,8}>|=[ \t]*\r?\n|&(?:#\d|#x|[A-Za-z]{2,31};)|[A-Z0-9]-\r?\n|(?<![\p{L}])(?:page|seite|p[áa]gina|side|sida|strona|strana|sivu|oldal|sayfa|σελίδα|страница)[ \t]+\d/imu;

/**
 * A printout's page break inside a sentence: the line before it ends with no stop ("… completed on November 18,"),
 * then blank lines, maybe a rule, a line numbering a later page ("Printed from … Page 2 of 2", "Seite 2 von 3") and
 * blank lines. The break is read away, so the sentence (and a date it splits) reads whole again; in a copy quoted with
 * `>` too, its blank lines and rules quoted as the rest ("> … completed on November 18,⏎>⏎> -----⏎> Printed … Page 2 of 2").
 * The page before may end in a footer that numbers it, above the rule and the next page's header ("Printed 11/20/2026
 * 09:14   PRS-…   Page 1 of 2⏎-----⏎Apple Inc.   Page 2 of 2"): the footer is read away with the break.
 */
const PAGE_BREAK =
  /(?<=[^\s.!?:;][ \t]*\r?\n)(?:(?:[ \t]{0,8}>)*[ \t]*\r?\n)*(?:[^\n]{0,120}?(?<![\p{L}])(?:page|seite|p[áa]gina|side|sida|strona|strana|sivu|oldal|sayfa|σελίδα|страница)[ \t\u00a0]+\d{1,3}(?:[ \t\u00a0]*(?:of|von|de|di|van|av|z|sur|\/)[ \t\u00a0]*\d{1,3})?(?![\p{L}\d])[^\n]{0,120}\r?\n(?:(?:[ \t]{0,8}>)*[ \t]*\r?\n)*(?=(?:(?:[ \t]{0,8}>)*[ \t]*[-=_~]{3,}[ \t]*\r?\n(?:(?:[ \t]{0,8}>)*[ \t]*\r?\n)*)?[^\n]{0,120}?(?<![\p{L}])(?:page|seite|p[áa]gina|side|sida|strona|strana|sivu|oldal|sayfa|σελίδα|страница)[ \t\u00a0]+(?:[2-9]|\d{2,3})))?(?:(?:[ \t]{0,8}>)*[ \t]*[-=_~]{3,}[ \t]*\r?\n(?:(?:[ \t]{0,8}>)*[ \t]*\r?\n)*)?[^\n]{0,120}?(?<![\p{L}])(?:page|seite|p[áa]gina|side|sida|strona|strana|sivu|oldal|sayfa|σελίδα|страница)[ \t\u00a0]+(?:[2-9]|\d{2,3})(?:[ \t\u00a0]*(?:of|von|de|di|van|av|z|sur|\/)[ \t\u00a0]*\d{1,3})?(?![\p{L}\d])[^\n]{0,120}\r?\n(?:(?:[ \t]{0,8}>)*[ \t]*[-=_~]{3,}[ \t]*\r?\n)?(?:(?:[ \t]{0,8}>)*[ \t]*\r?\n)*/giu;

function pageBreaks(input: string): Array<[number, number]> {
  if (!/(?<![\p{L}])(?:page|seite|p[áa]gina|side|sida|strona|strana|sivu|oldal|sayfa|σελίδα|страница)[ \t\u00a0]+\d/iu.test(input)) return [];
  return [...input.matchAll(PAGE_BREAK)].map((m) => [m.index!, m.index! + m[0].length]);
}

/**
 * A reference a line wrap cut at one of its hyphens ("Preservation reference: TT-LE-2026-⏎118842", "SNAP-LE-⏎2611-0093"):
 * a token of capitals and digits in two hyphenated parts or more, ending in a hyphen at the line's end, and the next
 * line opening with more parts of capitals and digits, a digit in them. The line end and the indent after it are read away,
 * so the reference reads whole; a word's hyphen ("well-⏎known") and a single part ("0800-⏎…") are no such wrap.
 */
const WRAPPED_REFERENCE = /(?<=(?<![\w-])[A-Z0-9]{1,12}(?:-[A-Z0-9]{1,12}){1,5}-)\r?\n[ \t]*(?=(?=[A-Z0-9-]{0,40}\d)[A-Z0-9]{1,12}(?:-[A-Z0-9]{1,12}){0,3}(?![\w-]))/g;

/**
 * Spaces an HTML mail or a word processor writes where a plain text has a space (no-break, narrow no-break before a French
 * colon, thin, figure, ideographic): each reads as one space. Marks that take no room (zero-width space, joiners,
 * word joiner, soft hyphen, byte-order mark, the marks and isolates of right-to-left text) are read away, so "Refer\u00adence" and "ABC\u200b-123" read as typed.
 */
const isWideSpace = (code: number) => code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000;
const isNoWidth = (code: number) => code === 0xad || (code >= 0x200b && code <= 0x200f) || code === 0x061c || (code >= 0x202a && code <= 0x202e) || (code >= 0x2060 && code <= 0x2069) || code === 0xfeff;

const isBlank = (code: number) => code === 0x20 || code === 0x09 || isWideSpace(code) || isNoWidth(code);

/**
 * Blanks at a line's end (a plain-text copy from Outlook pads its lines; a webmail keeps the spaces its HTML had): read
 * away, so a label's value, a list's item or a signature's line ends where its words do. Scanned by hand, back from
 * each line's end: a line of 150,000 spaces costs one pass.
 */
function trailingBlanks(input: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let end = input.indexOf('\n'); ; end = input.indexOf('\n', end + 1)) {
    const lineEnd = end === -1 ? input.length : input[end - 1] === '\r' ? end - 1 : end;
    let start = lineEnd;
    while (start > 0 && isBlank(input.charCodeAt(start - 1))) start--;
    if (start < lineEnd) ranges.push([start, lineEnd]);
    if (end === -1) return ranges;
  }
}

/**
 * A copy that doubled every line break (a webmail's or word processor's paragraphs: each line its own paragraph, so
 * one blank line between any two lines, and three where the mail had a blank line). Told by its shape: hardly two
 * lines of text in a row, gaps of one blank line, at least one gap of three or more and none of exactly two (which a
 * doubling never makes). Each gap is read as half its breaks, so the lines of a header, a list or a signature are
 * neighbours again and a paragraph's gap is one blank line.
 */
function doubledBreaks(input: string): Array<[number, number]> {
  const breaks: number[] = [];
  for (let i = input.indexOf('\n'); i !== -1 && breaks.length < 20_000; i = input.indexOf('\n', i + 1)) breaks.push(i);
  // Each gap: the indexes in `breaks` of its first break (the line before it ends) and its last (the line after starts).
  const gaps: Array<{ first: number; last: number }> = [];
  let lines = 0;
  let neighbours = 0;
  let lastText = -1;
  for (let k = 0; k <= breaks.length; k++) {
    const start = k === 0 ? 0 : breaks[k - 1]! + 1;
    const end = k === breaks.length ? input.length : breaks[k]!;
    // A quoted copy writes a blank line as its quote marks alone (">", "> >").
    if (/^[ \t>\r]*$/.test(input.slice(start, Math.min(end, start + 200)))) continue;
    lines++;
    if (lastText !== -1) {
      if (lastText === k - 1) neighbours++;
      else gaps.push({ first: lastText, last: k - 1 });
    }
    lastText = k;
  }
  const sizes = gaps.map((g) => g.last - g.first);
  // An HTML mail copied with every line its own paragraph, the mail's own blank lines lost in the copy (Kodex's notices:
  // "Request ID⏎⏎DSC-PRS-…⏎⏎Date Preserved⏎⏎Nov 13, 2026"): a dozen lines or more, every gap of the same size (one blank
  // line, or three where the copy was doubled again), hardly two lines in a row (a long line a wrap split). Every gap
  // is then read as one break: the mail had none.
  const uniform = lines >= 12 && neighbours <= lines / 8 && sizes.length > 0 && sizes.every((n) => n === sizes[0]);
  // A short mail doubled (a notice of a few lines: "Dear Officer,⏎⏎⏎⏎Meta … belonging to the⏎⏎username … on
  // 11/12/2026."): too few lines for five gaps of one, but no two lines in a row, every gap odd (one blank line or
  // three, what a doubling makes of none and one), and at least two of each.
  const shortDoubled =
    lines >= 6 && neighbours === 0 && sizes.filter((n) => n === 1).length >= 2 && sizes.filter((n) => n >= 3).length >= 2 && sizes.every((n) => n % 2 === 1);
  const doubled =
    uniform || shortDoubled || (lines >= 6 && neighbours <= lines / 4 && sizes.filter((n) => n === 1).length >= 5 && sizes.some((n) => n >= 3) && !sizes.includes(2));
  if (!doubled) return [];
  const ranges: Array<[number, number]> = [];
  for (const { first, last } of gaps) {
    // A gap of n blank lines holds n + 1 breaks: half of them are kept, rounded up (one, in a uniform copy).
    const keep = uniform ? first : first + Math.ceil((last - first + 1) / 2) - 1;
    if (keep < last) ranges.push([breaks[keep]! + 1, breaks[last]! + 1]);
  }
  return ranges;
}

/**
 * An indent the lines share (Outlook's "indent the original message", a viewer's block quote copied as text): read away,
 * so a header's fields, a list's items and a table's rows start where a mail's own would. Either every line of the paste
 * is indented, or the lines after the last one that is not are, and a header field among them starts the message they
 * hold (a forward's note above an indented original).
 */
function commonIndent(input: string): Array<[number, number]> {
  if (!/^[ \t]{2}/m.test(input)) return [];
  const lines: Array<{ start: number; indent: number; text: string }> = [];
  for (let start = 0; start < input.length && lines.length < 20_000; ) {
    const eol = input.indexOf('\n', start);
    const end = eol === -1 ? input.length : eol;
    let i = start;
    while (i < end && (input[i] === ' ' || input[i] === '\t')) i++;
    if (i < end && input[i] !== '\r') lines.push({ start, indent: i - start, text: input.slice(i, Math.min(end, i + 40)) });
    start = end + 1;
  }
  let first = lines.length;
  while (first > 0 && lines[first - 1]!.indent >= 2) first--;
  const tail = lines.slice(first);
  if (tail.length < 3) return [];
  if (first > 0 && !tail.some((l) => HEADER_FIELD.test(l.text))) return [];
  const indent = Math.min(...tail.map((l) => l.indent));
  return tail.map((l) => [l.start, l.start + indent]);
}

function referenceWraps(input: string): Array<[number, number]> {
  if (!/[A-Z0-9]-\r?\n/.test(input)) return [];
  return [...input.matchAll(WRAPPED_REFERENCE)].map((m) => [m.index!, m.index! + m[0].length]);
}

/**
 * A correspondent's header line a client wrapped (a copy hard-wrapped at 72: "Para: Brigada Central de
 * Ciberdelincuencia⏎<bcc.unidad@…>", "To: Det. Roe <r.roe@…>;⏎Sgt. Lee <s.lee@…>"): the line holds an address field's
 * name and its value, not ended by a whole address in angle brackets (or ended by a comma or semicolon), and the next
 * line goes on with an address. The break between them reads as a space, so the field is one line again.
 */
const HEADER_WRAP =
  /^(?:[ \t]{0,8}>)*[ \t]*(?:from|to|cc|bcc|reply-to|von|an|kopie|de|à|a|aan|van|da|para|desde|fra|från|od|til|till|do|de[ \t]la|către|catre|dari|kepada|από|προς|κοιν|kimden|kime|lähettäjä|vastaanottaja|komu|feladó|címzett|mittente|destinatario|remitente|від|кому|копія|от|копия|до|копие|од|за|копија|nuo|kam|kopija|saatja|saaja)[ \t]?:[^\n]{0,400}?(?:[^>\s]|[,;])[ \t]*(?=\r?\n(?:[ \t]{0,8}>)*[ \t]*(?:<[^\s<>@]{1,64}@[^\s<>]{1,200}>|[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,200}\.[A-Za-z]{2,24}(?![\w.-])|[^\n<>@:]{1,80}<[^\s<>@]{1,64}@[^\s<>]{1,200}>))/gimu;

/**
 * A phone number a wrap parted between its groups ("call me on (207)⏎555-0163", "+1 (415)⏎555-0192", "+39 333⏎555 0142"):
 * a line ending in a number's international or bracketed head, the next starting with its remaining groups, eight to
 * fifteen digits in all. The break reads as a space, so the number is whole where it is read (a target's, or a
 * signature's or a contact line's, set aside as such).
 */
const PHONE_WRAP = /(?<![\w+(])(\+\d{1,3}(?:[ .-]?\(\d{1,5}\)|[ .-]\d{1,5}){0,3}|\(\d{2,5}\))[ \t]*\r?\n[ \t]*(\d{2,5}(?:[ .-]\d{2,5}){0,3})(?![\w@]|[.-]\d)/g;

/**
 * A table's header or row a plain-text client wrapped (at 72, as format=flowed readers and many forwards do) at the
 * blank before its last cell: the cell stands alone on the next line, the broken line keeping its padding ("Case #
 * Platform    Account          ⏎Preserved", "11820791    Instagram   instagram.com/x          ⏎11/18/2026"). The break
 * is read as the blank the wrap took and the padding kept, so the cell stands under its column again. Told where the
 * broken line is a table's (two gaps of two blanks or more between its cells), long (50 characters or more with its
 * padding, as a wrap leaves it), ends in a blank, and the next line is one short cell with no indent: a token or up to
 * three words, no stop after them. A row that ends at its last cell, the next row (several cells), an indented line and
 * a sentence are no such break. Scanned line by line.
 */
const TABLE_LINE = /\S(?:[ \t]{2,}|\t)\S[^\n]*?\S(?:[ \t]{2,}|\t)\S/;
const WRAPPED_CELL = /^[^\s|>][^\s|]{0,39}(?: [^\s|]{1,39}){0,2}$/;
function tableWraps(input: string, folds: Set<number>, kept: Set<number>): void {
  let start = 0;
  for (let end = input.indexOf('\n'); end !== -1; start = end + 1, end = input.indexOf('\n', start)) {
    const line = input.slice(start, input[end - 1] === '\r' ? end - 1 : end);
    if (barredWrap(line, input.slice(end + 1, end + 502))) {
      folds.add(end);
      continue;
    }
    if (line.length < 50 || line.length > 500 || !/[ \t]$/.test(line) || !TABLE_LINE.test(line.slice(0, 500))) continue;
    const nextEnd = input.indexOf('\n', end + 1);
    const next = input.slice(end + 1, nextEnd === -1 ? input.length : nextEnd).replace(/\r$/, '');
    if (next.length > 40 || !WRAPPED_CELL.test(next) || /[.,;:!?]$/.test(next)) continue;
    folds.add(end);
    kept.add(input[end - 1] === '\r' ? end - 1 : end);
  }
}

/**
 * A table drawn with bars, its row wrapped at a blank: the line opens with a bar and holds another, and the next line
 * ends with one, where one of the two is cut (the line does not end with a bar, or the next line does not open with
 * one): "| 9028341176  | https://…⏎| 16/11/2026 |", "| Case | Account |⏎Preserved on |", "| GCC-… | Gamertag: Rusty
 * Lantern 88 (XUID⏎2535411790186634)  | 2026-11-21 |". The break is read as the blank the wrap took, so the row is one
 * line again. Two whole rows (each opening and closing with a bar) and a rule line are no such break.
 */
function barredWrap(line: string, after: string): boolean {
  if (line.length < 40 || !/^[ \t]*\|[^|\n]*\|/.test(line) || /^[\s|:=+_-]*$/.test(line)) return false;
  const next = after.slice(0, after.indexOf('\n') === -1 ? after.length : after.indexOf('\n')).replace(/\r$/, '');
  if (!/\|[ \t]*$/.test(next) || /^[\s|:=+_-]*$/.test(next)) return false;
  return !/[|+][ \t]*$/.test(line) || !/^[ \t]*\|/.test(next);
}

/**
 * A line a plain-text client re-wrapped (at 72, as format=flowed readers and many forwards do) that was a little longer
 * than the width: its last word or two alone on the next line, an orphan between a full line and the paragraph's next
 * line ("Please quote⏎48213967⏎in any legal process", "under Meta⏎case⏎#9920471183."). The break before the orphan is
 * read as the blank the wrap took, so the line is whole again. Told where the line before is full (60 characters or
 * more), prose (words; no gap of two blanks, no quote mark, no field's name, no stop at its end) and the orphan is short
 * (three words, 24 characters at most) with no indent, no list marker, no field's name, no closing's word and no comma
 * at its end (a greeting's). A signature's or an
 * address's short line under a long one stays its own. Scanned line by line.
 */
const ORPHAN = /^[^\s>*•|-][^\s]{0,23}(?: [^\s]{1,23}){0,2}$/;
const NOT_ORPHAN = /^(?:[\p{L}][\p{L}\d .'-]{0,30}:|(?:regards|thanks|thank|cheers|best|sincerely|kind|warm|cordialement|bien|merci|saludos|atentamente|cumprimentos|grüße|gruß|mvh|pozdrawiam|distinti|cordiali|met)(?![\p{L}]))/iu;
function orphanWraps(input: string, folds: Set<number>): void {
  let start = 0;
  for (let end = input.indexOf('\n'); end !== -1; start = end + 1, end = input.indexOf('\n', start)) {
    const line = input.slice(start, input[end - 1] === '\r' ? end - 1 : end);
    if (line.length < 60 || line.length > 200 || /^[ \t]*>|^[ \t]*[\p{L}-]{2,30}[ \t]?:[ \t]/u.test(line) || /[.!?:;][ \t]*$|\S[ \t]{2,}\S|\t/.test(line) || !/\p{L}{2}/u.test(line)) continue;
    const nextEnd = input.indexOf('\n', end + 1);
    const next = input.slice(end + 1, nextEnd === -1 ? input.length : nextEnd).replace(/\r$/, '');
    if (next.length > 24 || !ORPHAN.test(next) || NOT_ORPHAN.test(next) || /,$/.test(next)) continue;
    folds.add(end);
  }
}

/**
 * A subject a client wrapped near its width ("Тема: FW: Preservation request - criminal proceeding No.⏎12026100000001873"),
 * its tail a short line before the blank line or the next field: the break reads as a space. Not a greeting ("Dear
 * Officer,") nor a field of its own, nor a line the subject's would have held ("Onze referentie: …" under a short one).
 */
const SUBJECT_WRAP =
  /^(?:[ \t]{0,8}>)*[ \t]*(?:subject|betreff|objet|onderwerp|oggetto|asunto|assunto|emne|ämne|aihe|temat|předmět|predmet|tárgy|subiect|tema|тема|относно|предмет)[ \t]?:[^\n]{45,400}\r?\n((?:[ \t]{0,8}>)*[ \t]*[^\s>][^\n]{0,39}?[^,:;\s])(?=\r?\n(?:[ \t]{0,8}>)*[ \t]*(?:\r?\n|[\p{L}-]{2,30}[ \t]?:))/gimu;
const FIELD_LINE = /^(?:[ \t]{0,8}>)*[ \t]*[\p{L}-]{2,30}[ \t]?:/u;

function headerWraps(input: string, kept: Set<number>): Set<number> {
  const folds = new Set<number>();
  if (/[^\n]{60}\r?\n[^\s>][^\n]{0,23}(?:\r?\n|$)/.test(input)) orphanWraps(input, folds);
  if (/[^ \t\r\n][ \t]+\r?\n[^\s]|\|[^\n]*\r?\n[^\n]*\|/.test(input)) tableWraps(input, folds, kept);
  if (/@/.test(input)) for (const m of input.slice(0, 100_000).matchAll(HEADER_WRAP)) folds.add(input.indexOf('\n', m.index! + m[0].length));
  for (const m of input.slice(0, 100_000).matchAll(SUBJECT_WRAP)) {
    // A wrap at 72 or so: the subject's line fits that width, its tail's first word would not have.
    const head = m[0].slice(0, m[0].indexOf('\n')).replace(/\r$/, '');
    const word = m[1]!.replace(/^[ \t>]*/, '').split(/[ \t]/)[0]!;
    if (!FIELD_LINE.test(m[1]!) && head.length <= 76 && head.length + 1 + word.length > 72) folds.add(m.index! + m[0].length - m[1]!.length - 1);
  }
  if (/[\d)][ \t]*\r?\n[ \t]*\d/.test(input)) {
    for (const m of input.slice(0, 100_000).matchAll(PHONE_WRAP)) {
      const digits = (m[1]! + m[2]!).replace(/\D/g, '').length;
      if (digits >= 8 && digits <= 15) folds.add(input.indexOf('\n', m.index! + m[1]!.length));
    }
  }
  return folds;
}

/**
 * Blanks in a row beyond this many say nothing (no layout aligns a column that far): they are read away, so that no
 * pattern ever meets a longer run, and a line of 150,000 spaces between two words costs what a line of 200 does.
 */
const MAX_BLANKS = 200;
const LONG_BLANKS = new RegExp(`[ \\t\\u00a0]{${MAX_BLANKS + 1}}`);

/**
 * A copy that lost its line breaks and the blanks at them too (an iPhone forward pasted whole: "…<lert@uber.com>Data: 4
 * de novembro … BRTPara: …", "Case #0191-5528-LEHello,We have …"): a paragraph of 200 characters or more (one line, or
 * lines a copy wrapped again) with two header fields glued to the word before them. Its breaks are read back where a
 * header field, a label after a number ("…0142E-mail:"), a capitalised word after a stop, a comma or a colon ("Souza,Confirmamos", "required.Case"), after a
 * run of capitals ("LEHello", "LEYour") or after digits ("04417732Atenciosamente"), or any capital after an address's
 * domain ("…@gmail.comOs") is glued on; and where a flattened line's blanks stood for breaks (`FLAT_BREAKS`). `inserts`
 * are the offsets a break is read before, `spaces` the blanks read as breaks. A field's name after a hyphen is the end
 * of a raw header's own ("Delivered-To:", "In-Reply-To:"), nothing glued.
 */
const GLUED_FIELD = new RegExp(`(?<=[^\\s-])(?=(?:${'From|Von|De|Van|Da|Date|Datum|Data|Fecha|Sent|Gesendet|Envoyé|Enviado|Inviato|To|An|À|Aan|Para|Cc|Subject|Betreff|Objet|Onderwerp|Oggetto|Asunto|Assunto'}) ?:\\s)`, 'gu');
const GLUED_BREAKS = [
  GLUED_FIELD,
  /(?<=\d)(?=\p{Lu}[\p{L}-]{0,30} ?:\s)/gu,
  /(?<=[.,;:!?])(?=\p{Lu}\p{Ll})/gu,
  /(?<=\p{Lu})(?=\p{Lu}\p{Ll}{2,})/gu,
  /(?<=\d)(?=\p{Lu}\p{Ll}{2,})/gu,
];
const GLUED_DOMAIN = /@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,5}?\.[a-z]{2,24}(?=\p{Lu})/gu;
/** A mail run together holds a few dozen breaks; a paste of thousands of glued fields is no mail to read back. */
const MAX_GLUED = 400;
function gluedBreaks(original: string): { inserts: Set<number>; spaces: Set<number> } {
  const inserts = new Set<number>();
  const spaces = new Set<number>();
  // A no-break space is read as a blank, one character for one.
  const input = original.replace(/\u00a0/g, ' ');
  if ((input.match(GLUED_FIELD) ?? []).length < 2) return { inserts, spaces };
  // Each paragraph on its own: a copy may have wrapped the run-on line again ("… at⏎7:40:12 PM ESTTo: …").
  const gap = /\n[ \t]*\n/g;
  for (let start = 0; start < input.length && inserts.size < MAX_GLUED; ) {
    gap.lastIndex = start;
    const g = gap.exec(input);
    const end = g ? g.index : input.length;
    const from = start;
    const line = input.slice(start, end);
    start = g ? g.index + g[0].length : input.length;
    if (line.length < 200 || (line.match(GLUED_FIELD) ?? []).length < 2) continue;
    for (const pattern of GLUED_BREAKS) for (const b of line.matchAll(pattern)) if (b.index! > 0 && inserts.size < MAX_GLUED) inserts.add(from + b.index!);
    for (const d of line.matchAll(GLUED_DOMAIN)) if (inserts.size < MAX_GLUED) inserts.add(from + d.index! + d[0].length);
    // A blank before a label is a break unless the label's words run into a glued field ("… 15:02:17 BRTPara:").
    for (const b of line.matchAll(FLAT_BREAKS)) {
      if (spaces.size >= MAX_GLUED) break;
      const colon = line.indexOf(':', b.index! + 1);
      const label = colon === -1 || colon - b.index! > 60 ? b.index! + 1 : colon;
      let gluedOn = false;
      for (let k = b.index! + 2; k < label && !gluedOn; k++) gluedOn = inserts.has(from + k);
      if (b[0] === ' ' && !gluedOn) spaces.add(from + b.index!);
    }
  }
  return { inserts, spaces };
}

/**
 * A raw header's field on the next line ("…bh=Q2x9…qA=⏎Date: Sat, 31 Oct 2026 …"): the "=" before it ends a base64
 * value of the header above (a DKIM signature's), no quoted-printable soft break; headers are never so encoded.
 */
const HEADER_FIELD_NEXT = /^\r?\n(?:[ \t]*\r?\n)?[ \t]*(?:date|from|to|cc|subject|sender|reply-to|message-id|mime-version|content-[a-z-]{1,30}|received|return-path|dkim-signature|arc-[a-z-]{1,30}|authentication-results|x-[a-z\d-]{1,40}|in-reply-to|references)[ \t]?:/i;

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const QP_BYTE = /^=([0-9A-F]{2})/;
const SOFT_BREAK = /^=[ \t]*\r?\n/;

/**
 * A character quoted-printable writes as its bytes ("=C3=A1" for "á", "=E2=80=93" for "–"): UTF-8, as mail writes today,
 * or one byte of Latin-1 where the message declares that charset; with how many characters of the input it spans.
 */
function encodedCharacter(input: string, at: number, latin1: boolean): { char: string; length: number } | null {
  const first = parseInt(input.slice(at + 1, at + 3), 16);
  if (latin1) return first >= 0xa0 ? { char: String.fromCharCode(first), length: 3 } : null;
  const size = first >= 0xf0 && first <= 0xf4 ? 4 : first >= 0xe0 ? 3 : first >= 0xc2 ? 2 : 0;
  if (!size) return null;
  const bytes = [first];
  let next = at + 3;
  for (let k = 1; k < size; k++) {
    // A soft break may fall inside a character's bytes ("proc=C3=A9d=C3=⏎=A9"): the bytes go on after it.
    const soft = SOFT_BREAK.exec(input.slice(next, next + 40));
    if (soft) next += soft[0].length;
    const byte = QP_BYTE.exec(input.slice(next, next + 3));
    if (!byte) return null;
    bytes.push(parseInt(byte[1]!, 16));
    next += 3;
  }
  try {
    return { char: UTF8.decode(new Uint8Array(bytes)), length: next - at };
  } catch {
    return null;
  }
}

const ENCODED_WORD = /=\?([\w-]{1,40})\?([BbQq])\?([^?\s]{0,600})\?=/y;

/** An RFC 2047 encoded word's text, or null where its charset or its bytes cannot be read. */
function decodeEncodedWord(charset: string, encoding: string, data: string): string | null {
  try {
    // Either encoding gives the bytes as a binary string: base64 ("B"), or "=XX" escapes with "_" for a blank ("Q").
    const binary = encoding.toUpperCase() === 'B' ? atob(data) : data.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return new TextDecoder(charset.replace(/\*.*$/, ''), { fatal: true }).decode(Uint8Array.from(binary, (ch) => ch.charCodeAt(0)));
  } catch {
    return null;
  }
}

export function readSource(original: string): Source {
  const input = original.slice(0, MAX_INPUT);
  // A copy that doubled every break, or indented its lines, is told by its shape alone (no mark for the quick test to
  // see): looked for first.
  const doubled = /\n[ \t\r]*\n/.test(input) ? doubledBreaks(input) : [];
  const indent = commonIndent(input);
  // The padding of a table's line a wrap broke is kept, read before its wrapped cell (`tableWraps`).
  const paddingKept = new Set<number>();
  const folds = headerWraps(input, paddingKept);
  const glued = gluedBreaks(input);
  if (!doubled.length && !indent.length && !folds.size && !glued.inserts.size && !NEEDS_READING.test(input) && !LONG_BLANKS.test(input)) return { original, text: unflatten(input), at: null };
  const out: string[] = [];
  const at = new Int32Array(input.length + 1 + glued.inserts.size);
  let n = 0;
  const keep = (i: number) => {
    out.push(input[i]!);
    at[n++] = i;
  };
  const softBreaks = /=[ \t]*\r?\n/.test(input) && (/=[0-9A-F]{2}/.test(input) || /quoted-printable/i.test(input));
  const latin1 = softBreaks && /charset="?(?:iso-8859-1|iso-8859-15|windows-1252|latin1)\b/i.test(input);
  const escaped = HTML_ESCAPED.test(input);
  const breaks = [...pageBreaks(input), ...referenceWraps(input), ...trailingBlanks(input).filter((r) => !paddingKept.has(r[1])), ...doubled, ...indent].sort((a, b) => a[0] - b[0]);
  let lineStart = true;
  let blanks = 0;
  for (let i = 0; i < input.length; ) {
    while (breaks.length && breaks[0]![1] <= i) breaks.shift();
    if (breaks.length && i >= breaks[0]![0]) {
      i = breaks.shift()![1];
      lineStart = true;
      continue;
    }
    if (lineStart) {
      QUOTE_PREFIX.lastIndex = i;
      if (QUOTE_PREFIX.test(input)) i = QUOTE_PREFIX.lastIndex;
      lineStart = false;
      if (i >= input.length) break;
    }
    if (glued.inserts.delete(i)) {
      out.push('\n');
      at[n++] = i;
      lineStart = true;
      continue;
    }
    const c = input[i]!;
    if ((c === ' ' || c === '\u00a0') && glued.spaces.has(i)) {
      out.push('\n');
      at[n++] = i;
      lineStart = true;
      i++;
      continue;
    }
    if (c === '\r' && input[i + 1] === '\n') {
      i++;
      continue;
    }
    if (c === '\n' && folds.has(i)) {
      out.push(' ');
      at[n++] = i;
      lineStart = true;
      i++;
      continue;
    }
    // Blanks between the "=" and the line end are padding a transport added; RFC 2045 has a decoder read them away.
    let pad = i + 1;
    while (softBreaks && c === '=' && pad < i + 40 && (input[pad] === ' ' || input[pad] === '\t')) pad++;
    if (softBreaks && c === '=' && (input[pad] === '\n' || (input[pad] === '\r' && input[pad + 1] === '\n')) && !HEADER_FIELD_NEXT.test(input.slice(pad, pad + 60))) {
      i = pad + (input[pad] === '\n' ? 1 : 2);
      // The line a soft break goes on to is the same line: its quote marks, in a quoted copy, are read away too.
      lineStart = true;
      continue;
    }
    if (softBreaks && c === '=' && /^[0-9A-F]{2}$/.test(input.slice(i + 1, i + 3))) {
      const code = parseInt(input.slice(i + 1, i + 3), 16);
      if (code >= 0x20 && code < 0x7f) {
        out.push(String.fromCharCode(code));
        at[n++] = i;
        i += 3;
        continue;
      }
      const encoded = code >= 0x80 ? encodedCharacter(input, i, latin1) : null;
      if (encoded) {
        out.push(encoded.char);
        at[n++] = i;
        i += encoded.length;
        continue;
      }
    }
    // A raw header's encoded word ("=?UTF-8?B?0J/QtdGC0YrRgA==?=", "=?iso-8859-1?Q?M=FCller?="), read as the name it
    // encodes; the blank between two encoded words is no part of the name (RFC 2047).
    if (c === '=' && input[i + 1] === '?') {
      ENCODED_WORD.lastIndex = i;
      const word = ENCODED_WORD.exec(input);
      const decoded = word ? decodeEncodedWord(word[1]!, word[2]!, word[3]!) : null;
      if (word && decoded !== null) {
        for (const ch of decoded) {
          out.push(ch);
          at[n++] = i;
        }
        i += word[0].length;
        const gap = /^[ \t]*(?:\r?\n[ \t]+)?(?==\?[\w-]{1,40}\?[BbQq]\?)/.exec(input.slice(i, i + 80));
        if (gap) i += gap[0].length;
        continue;
      }
    }
    if (c === '&' && escaped) {
      ENTITY.lastIndex = i;
      const entity = ENTITY.exec(input)?.[0];
      const decoded = entity ? decodeHTML(entity) : '';
      if (entity && decoded !== entity) {
        for (const ch of decoded) {
          const k = ch.codePointAt(0)!;
          if (isNoWidth(k)) continue;
          out.push(isWideSpace(k) ? ' ' : ch);
          at[n++] = i;
        }
        i += entity.length;
        continue;
      }
    }
    const code = c.charCodeAt(0);
    if (isNoWidth(code)) {
      i++;
      continue;
    }
    const space = isWideSpace(code);
    blanks = c === ' ' || c === '\t' || space ? blanks + 1 : 0;
    if (blanks > MAX_BLANKS) {
      i++;
      continue;
    }
    if (space) {
      out.push(' ');
      at[n++] = i;
    } else keep(i);
    if (c === '\n') lineStart = true;
    i++;
  }
  at[n] = input.length;
  return { original, text: unflatten(out.join('')), at: at.slice(0, n + 1) };
}

/** A line holding a whole e-mail: a mobile copy that lost its line breaks ("… From: … Date: … Subject: … Dear …"). */
const FLAT_LINE = /^[^\n]{300,}$/gm;
const FIELD_NAMES = 'From|Von|De|Van|Da|Date|Datum|Sent|Gesendet|Envoyé|To|An|À|Aan|Cc|Subject|Betreff|Objet|Onderwerp|Oggetto|Asunto';
const HEADER_FIELD = new RegExp(`^(?:${FIELD_NAMES}) ?:`);
/** Words that qualify a date's label ("Preservation Date:", "Expiry Date:"): the field name ends a longer label there. */
const DATE_QUALIFIERS = 'Preservation|Hold|Freeze|Expiry|Expiration|Effective|Start|End|Completion|Completed|Request|Requested|Submission|Received|Due|Retention|Extension|Creation|Processing|Confirmation|Review|Deletion|Closure';
const FLAT_FIELDS = new RegExp(`(?<=\\S)(?<!(?:^|\\s)(?:${DATE_QUALIFIERS})) (?=(?:${FIELD_NAMES}) ?: )`, 'g');
/**
 * Where a flattened line's breaks stood: before each header field, a separator ("Begin forwarded message:"), a
 * greeting ("Dear …,", "Hello,"), a label of a word or three and a colon ("Username: …", "Reference number: …", no
 * digit in it: "29 September 2026:" is no label; a subject's "Re:" neither), a closing ("Regards,") and a signature
 * rule (" -- "). A greeting may follow a word, a stop or a bracket, the closing one of an address too (a To: line's
 * "<det.vale@…> Hello Detective,"). A space gives way to a line break, one character for one, so offsets stay the text's.
 */
const FLAT_BREAKS = new RegExp(
  [
    FLAT_FIELDS.source,
    String.raw`(?<=\S) (?=(?:Begin forwarded message|Anfang der weitergeleiteten Nachricht|Début du message réexpédié) ?:)`,
    // Two blanks may stand for the break, the copy's blank and the break's ("…SNAP-PR-20261123-4410  Hi Detective, …").
    String.raw`(?<=[\]\w.!?)"'»>] ?) (?=(?:Dear|Hello|Hi|Hallo|Liebe|Lieber|Sehr geehrte[rs]?|Bonjour|Madame|Monsieur|Beste|Geachte|Estimad[oa]|Gentile|Caro|Cara|Prezad[oa])\b[^:\n]{0,60}?,)`,
    // Before a label's first word only: after a capitalised word, the word is the label's next ("Reference Number:"),
    // also right after an open bracket ("(Preservation ID: …)").
    String.raw`(?<=\S)(?<!(?:^|[\s(])\p{Lu}\p{Ll}{1,40}) (?=(?!(?:Re|Fwd?|AW|WG|TR|RV|SV|VS)\b|[^:\n]{0,40}?\b(?:${FIELD_NAMES}) ?: )\p{Lu}[\p{L}()'’-]*(?: [\p{L}()'’-]+){0,2} ?: )`,
    String.raw`(?<=[.!?]) (?=(?:Regards|Kind regards|Best regards|Best|Sincerely|Thanks|Thank you|Cheers|Mit freundlichen Grüßen|Cordialement|Met vriendelijke groet|Saludos|Cordiali saluti)[,.]? )`,
    // After a label's last value (a token with a digit or an underscore: "Username(s): a_b ; c.d.2 Snap was unable to …"),
    // a sentence of its own: a capitalised subject of a word or two and its verb.
    String.raw`(?<=(?:^|\s)[\w.@-]{0,40}[\d_][\w.@-]{0,40}) (?=\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? (?:was|were|has|have|had|is|are|could|can|cannot|will|would|did|does|may)\b)`,
  ].join('|'),
  'gu',
);

/**
 * A phone's sign-off closing a line ("… Law Enforcement Operations Sent from my iPhone", "Enviado desde mi iPhone", "Von
 * meinem iPhone gesendet"): a line that runs on to it is a phone's copy flattened, its breaks lost, though it holds no
 * header field.
 */
const PHONE_SIGNOFF_END =
  / (?:Sent from my (?:iPhone|iPad|Android|phone|mobile|Galaxy|Pixel)|Sent from (?:Outlook|Mail) for (?:iOS|Android)|Enviado desde mi (?:iPhone|iPad|móvil|celular)|Von meinem (?:iPhone|iPad|Smartphone|Handy) gesendet|Envoyé de mon (?:iPhone|iPad|mobile)|Inviato da (?:iPhone|iPad)|Verzonden (?:met|vanaf) mijn (?:iPhone|iPad)|Skickat från min (?:iPhone|iPad)|Wysłane z (?:iPhone|iPada))[ \t]*$/iu;

/** A wrap's width: the lines of a paragraph a copy wrapped again, all but its last, are this long. */
const WRAP_WIDTH = /^[^\n]{45,100}$/;
const MAX_WRAPPED_LINES = 400;

/**
 * A flattened e-mail that a copy wrapped again at its width ("… forwarded message: From: Dropbox Legal <…> Date:⏎November
 * 20, 2026 at 3:44:10 PM PST To: Det. Nora Quayle⏎<nquayle@…> Subject: …"): a paragraph of three lines or more, each
 * but the last as long as a wrap leaves it, two header fields at least inside its lines (not at their starts, where a
 * header block holds them). The wrap's breaks stood for blanks: read as blanks, one character for one, the paragraph is
 * the flattened line again, read as one below.
 */
function rejoinWrapped(text: string): string {
  if (!/^[^\n]{45,100}\n[^\n]{45,100}\n/m.test(text)) return text;
  return text.replace(/[^\n]+(?:\n[^\n]*\S[^\n]*)+/g, (paragraph) => {
    const lines = paragraph.split('\n');
    if (lines.length < 3 || lines.length > MAX_WRAPPED_LINES || paragraph.length < 300) return paragraph;
    if (!lines.slice(0, -1).every((l) => WRAP_WIDTH.test(l))) return paragraph;
    const inside = lines.reduce((n, l) => n + (l.match(FLAT_FIELDS) ?? []).length, 0);
    return inside >= 2 ? lines.join(' ') : paragraph;
  });
}

function unflatten(input: string): string {
  const text = rejoinWrapped(input);
  if (!/[^\n]{300}/.test(text)) return text;
  return text.replace(FLAT_LINE, (line) => {
    // Only a line that holds a header's fields (two at least), or one a phone's sign-off closes, is an e-mail flattened,
    // not a long paragraph.
    const signoff = PHONE_SIGNOFF_END.exec(line.slice(-60));
    if ((line.match(FLAT_FIELDS) ?? []).length < 2 && !signoff) return line;
    const read = line.replace(FLAT_BREAKS, '\n').replace(/ -- (?=\S)/g, '\n--\n');
    // The sign-off on its own line, as the phone wrote it.
    return signoff ? `${read.slice(0, read.length - signoff[0].length)}\n${signoff[0].slice(1)}` : read;
  });
}

/** Evidence for `text[start, end)` of a source, quoted from the original paste. */
export function evidence(source: Source, start: number, end: number): Evidence {
  const { at, text } = source;
  const first = Math.max(0, Math.min(start, text.length));
  const last = Math.min(end - 1, text.length - 1);
  const from = at ? at[first]! : first;
  const to = end <= start ? from : (at ? at[last]! : last) + 1;
  return { start: from, end: to, quote: source.original.slice(from, to) };
}

/** How many `>` marks a line of the original starts with ("> > text": 2). */
function marks(original: string, lineStart: number): number {
  return /^(?:[ \t]{0,8}>)*/.exec(original.slice(lineStart, lineStart + 40))![0].replace(/[^>]/g, '').length;
}

/** A quoted line as long as a client's wrap width leaves one, its sentence going on (no stop or colon at its end). */
const WRAPPED_QUOTE_LINE = /^(?:[ \t]{0,8}>)+[^\n]{50,}[^\s.!?:;][ \t]*\r?$/;

/**
 * How many `>` marks quote a line of the original ("> > text": 2). A client that hard-wraps a quoted line puts the
 * rest of it on the next line with no mark ("> We preserved the Snapchat account⏎'costa.brava.night' on November
 * 17.⏎> …"): a line with no mark, between a long quoted line whose sentence goes on and a line quoted as deep, is
 * quoted as deep as they are (an inline answer under a short question stays the replier's).
 */
export function quoteDepth(original: string, lineStart: number): number {
  const own = marks(original, lineStart);
  if (own > 0 || lineStart < 2) return own;
  const lineEnd = original.indexOf('\n', lineStart);
  if (lineEnd === -1) return 0;
  const above = original.lastIndexOf('\n', lineStart - 2) + 1;
  const depth = marks(original, above);
  if (depth === 0 || marks(original, lineEnd + 1) !== depth) return 0;
  const quoted = original.slice(above, Math.min(lineStart - 1, above + 2_000));
  if (WRAPPED_QUOTE_LINE.test(quoted)) return depth;
  // A shorter quoted line that a wrap at 72 characters left so ("> We have extended the preservation for the account⏎
  // wyvern.ashdale@… under reference …"): its sentence goes on, and the next line's first word would not have fitted
  // on it.
  const firstWord = /^[ \t]*(\S{1,200})/.exec(original.slice(lineStart, Math.min(lineEnd, lineStart + 200)))?.[1] ?? '';
  return WRAPPED_TO_WIDTH.test(quoted) && quoted.trimEnd().length + 1 + firstWord.length > QUOTE_WRAP_WIDTH ? depth : 0;
}

/** The narrowest width mail clients wrap at. */
const QUOTE_WRAP_WIDTH = 72;
/** A quoted line of 30 characters at least, its sentence going on. */
const WRAPPED_TO_WIDTH = /^(?:[ \t]{0,8}>)+[^\n]{28,}[^\s.!?:;][ \t]*\r?$/;

/**
 * The quote depth of the pasted line that holds each offset, asked in reading order. Reading can split one long
 * pasted line into many (a run-on copy of headers): its start is found by one pass forward, and its depth measured
 * once, not once per piece (that was quadratic: a 150,000-character line of 'Date: ' took a second).
 */
export function originalDepths(original: string): (offset: number) => number {
  let lineStart = 0;
  let nextBreak = original.indexOf('\n');
  let measuredAt = -1;
  let depth = 0;
  return (offset) => {
    let start: number;
    if (offset > lineStart) {
      while (nextBreak !== -1 && nextBreak < offset) {
        lineStart = nextBreak + 1;
        nextBreak = original.indexOf('\n', lineStart);
      }
      start = lineStart;
    } else start = original.lastIndexOf('\n', offset - 1) + 1;
    if (start !== measuredAt) {
      measuredAt = start;
      depth = quoteDepth(original, start);
    }
    return depth;
  };
}

/**
 * A reply written below a quote: where the provider's message starts with `>`-quoted lines, the first unquoted line
 * after them (the replier's own text), or null when the message is not quoted or nothing unquoted follows. A line
 * quoted deeper than the message's own lines ("> > In our request we also listed …") is the earlier message the
 * provider quoted under its own (the investigator's request): the provider's message ends there too.
 */
export function endOfQuotedRun(source: Source, from: number, to: number): number | null {
  const { at, original, text } = source;
  if (!at) return null;
  const depthAt = originalDepths(original);
  let own = -1;
  for (let i = from; i < to; ) {
    const eol = text.indexOf('\n', i);
    const lineEnd = eol === -1 || eol > to ? to : eol;
    const depth = depthAt(at[i]!);
    const blank = !text.slice(i, lineEnd).trim();
    if (!blank) {
      if (own === -1) {
        if (depth === 0) return null;
        own = depth;
      } else if (depth !== own && (depth === 0 || depth > own)) return i;
    }
    i = lineEnd + 1;
  }
  return null;
}

/**
 * The older message a reply quotes below its own text: where the provider's message starts unquoted and ends in a run
 * of `>`-quoted lines (the request or the officer's signature it answered: "> Agent R., Cyber Fraud Unit, case
 * CFU-…"), where that run starts; null where the message has no such tail. A quote with the provider's own text under
 * it (an inline answer: "> Please preserve x⏎Done.") is the provider's message and is kept.
 */
export function startOfQuotedTail(source: Source, from: number, to: number): number | null {
  const { at, original, text } = source;
  if (!at) return null;
  const depthAt = originalDepths(original);
  let ownSeen = false;
  let tail = -1;
  for (let i = from; i < to; ) {
    const eol = text.indexOf('\n', i);
    const lineEnd = eol === -1 || eol > to ? to : eol;
    if (text.slice(i, lineEnd).trim()) {
      const depth = depthAt(at[i]!);
      if (depth === 0) {
        ownSeen = true;
        tail = -1;
      } else if (ownSeen && tail === -1) tail = i;
    }
    i = lineEnd + 1;
  }
  return tail === -1 ? null : tail;
}

/**
 * The runs of lines a message quotes deeper than its own lines ("> Please preserve @a and @b" between the provider's
 * greeting and its answer), as spans of the readable text: the older message's words, not the message's own.
 */
export function quotedRuns(source: Source, from: number, to: number): Array<{ start: number; end: number }> {
  const { at, original, text } = source;
  if (!at) return [];
  const depthAt = originalDepths(original);
  const lines: Array<{ start: number; end: number; depth: number }> = [];
  for (let i = from; i < to && lines.length < 5_000; ) {
    const eol = text.indexOf('\n', i);
    const lineEnd = eol === -1 || eol > to ? to : eol;
    if (text.slice(i, lineEnd).trim()) lines.push({ start: i, end: lineEnd, depth: depthAt(at[i]!) });
    i = lineEnd + 1;
  }
  const own = Math.min(...lines.map((l) => l.depth));
  const runs: Array<{ start: number; end: number }> = [];
  lines.forEach((l, i) => {
    if (l.depth <= own) return;
    const last = runs[runs.length - 1];
    if (last && i > 0 && lines[i - 1]!.depth > own) last.end = l.end;
    else runs.push({ start: l.start, end: l.end });
  });
  return runs;
}

import type { Message } from './blocks';
import { findDates, readings } from './dates';

/**
 * The provider message's own date: the day written in its Date/Sent/Gesendet header (or "On … wrote:" line). A
 * header with an offset is written in the sender's zone, so the written day is the sender's day; converting it to
 * UTC would move a late-evening e-mail to the next day. Client lines without an offset show the reader's day.
 */
export interface FoundEmailDate {
  day: string;
  zone: string | null;
  start: number;
  end: number;
}

const OFFSET = /(?<![\d:])([+-](?:0\d|1[0-4])[0-5]\d)(?!\d)|\b(?:GMT|UTC|UT|Z)\b/;

export function findEmailDate(message: Message): FoundEmailDate | null {
  if (!message.date) return null;
  // Headers are short; a 200,000-character Date line is read only as far as a date can be.
  const value = message.date.value.slice(0, 300);
  const mention = findDates(value)[0];
  if (!mention) return null;
  const day = readings(mention).mdy ?? readings(mention).dmy;
  if (!day) return null;
  const offset = OFFSET.exec(value.slice(mention.end, mention.end + 40));
  const zone = offset ? (offset[1] ?? '+0000') : null;
  return { day, zone, start: message.date.at + mention.start, end: message.date.at + mention.end };
}

/**
 * A help desk's thread has no header: each post shows its author's name and, on a line of its own, its date and time
 * ("Nov 17, 2026, 10:05 PST"). Such a line among the first lines of the message, holding nothing but a date with a
 * year, a time and maybe a zone, is the message's date.
 */
const STAMP_LINE = /^[ \t]*([^\n]{6,40}?)[ ,]+(?:at[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?(?:[ \t]+(?:[A-Z]{2,5}|[+-]\d{4}))?[ \t]*$/;
const STAMP_LINES = 12;

export function findStampDate(text: string, message: Message): FoundEmailDate | null {
  let pos = message.bodyStart;
  for (let i = 0; i < STAMP_LINES && pos < message.end; i++) {
    const eol = text.indexOf('\n', pos);
    const end = eol === -1 || eol > message.end ? message.end : eol;
    const m = STAMP_LINE.exec(text.slice(pos, Math.min(end, pos + 80)));
    const mention = m ? findDates(m[1]!)[0] : undefined;
    // The date fills the line's head: nothing but a weekday or its comma around it.
    if (m && mention && !mention.yearless && m[1]!.slice(mention.end).trim().length <= 1 && mention.start <= 12) {
      const day = readings(mention).mdy ?? readings(mention).dmy;
      const zone = /[+-]\d{4}[ \t]*$/.exec(m[0])?.[0].trim() ?? null;
      if (day && mention.kind !== 'numeric') return { day, zone, start: pos + m.index + m[0].indexOf(m[1]!) + mention.start, end: pos + m.index + m[0].indexOf(m[1]!) + mention.end };
    }
    pos = end + 1;
  }
  return null;
}

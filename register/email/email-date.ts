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

import { findReferences } from '../references';
import { TRANSPORT_FIELD } from './text';

const MAX_CHOICES = 5;
/** A run that could be a number assigned to a request: letters, digits and inner -_/.#, with four digits at least. */
const ID_LIKE = /(?<![\p{L}\p{N}@/._#-])[\p{L}\p{N}](?:[\p{L}\p{N}]|[-_/.#](?=[\p{L}\p{N}])){4,40}(?![\p{L}\p{N}@]|[-_/.#][\p{L}\p{N}])/gu;
/** Dates, times, phone numbers and amounts, which are no request's number. */
const NOT_AN_ID = /^(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{1,2}:\d{2}(?::\d{2})?|\+?\d{1,3}[-.]?\d{3}[-.]\d{3,4}[-.]?\d{0,4}|\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|(?:19|20)\d{2})$/;

/** A header line of transport or threading ("Received:", "Message-ID:", "DKIM-Signature:", "X-…:"): its numbers are the mail system's. */
const TRANSPORT_LINE = new RegExp(String.raw`^[ \t]*${TRANSPORT_FIELD}[ \t]*:`, 'i');
/** A UUID or a hash in hexadecimal: a system's key, not a number a person is asked to quote. */
const HEX_KEY = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{16,})$/i;
/** Five digits at most, or a local phone number's two groups ("94107", "07700", "555-0137"): postcodes and phone parts more often than a reference. */
const SHORT_NUMBER = /^(?:\d{5}|\d{3}[-.]\d{4})$/;
/** A host name ("BY5PR21MB3741.namprd21.prod.outlook.com"): dotted labels ending in letters. */
const HOST_NAME = /^(?:[A-Za-z0-9-]+\.){2,}[A-Za-z]{2,}$/;

function idLike(text: string): string[] {
  const out: string[] = [];
  // The current line's start, carried forward as the matches advance: one pass over a text of one endless line.
  let lineStart = 0;
  let eol = text.indexOf('\n');
  for (const m of text.matchAll(ID_LIKE)) {
    const token = m[0];
    if ((token.match(/\d/g)?.length ?? 0) < 4 || NOT_AN_ID.test(token) || HOST_NAME.test(token) || HEX_KEY.test(token)) continue;
    while (eol !== -1 && eol < m.index!) {
      lineStart = eol + 1;
      eol = text.indexOf('\n', lineStart);
    }
    if (TRANSPORT_LINE.test(text.slice(lineStart, lineStart + 40))) continue;
    // Inside an e-mail address or a web address: a part of it, not a number of its own.
    const around = text.slice(Math.max(0, m.index! - 60), m.index! + token.length + 1);
    if (/https?:\/\/\S*$|www\.\S*$/i.test(around.slice(0, -token.length - 1)) || /@$/.test(around)) continue;
    out.push(token);
  }
  return out;
}

/**
 * Where the reader confirmed no preservation: the numbers of the pasted text that may be the provider's reference, for
 * the investigator to pick from by one click rather than type: those a label or a known format introduces first, then
 * any other run of letters and digits that is no date, time, phone number, amount or mail system's number (a transport
 * header's, a host name, a UUID or hash), in the order of the text, five digits or a local phone number's last. The
 * whole text, not only the provider's message as the reader found it: where the reader found no reference, it may
 * also have misplaced that message. Never prefilled: the reader recognised none of them as this preservation's
 * reference.
 */
export function referenceChoices(pasted: string): string[] {
  const text = pasted.slice(0, 200_000);
  const order = { labelled: 0, 'case-labelled': 1, format: 2, 'other-request': 3 } as const;
  const found = findReferences(text)
    .map((f, i) => ({ ...f, i }))
    .sort((a, b) => order[a.how] - order[b.how] || a.i - b.i)
    .map((f) => f.reference);
  const choices = new Set(found);
  const short: string[] = [];
  for (const token of idLike(text)) {
    if (choices.size >= MAX_CHOICES) break;
    if (SHORT_NUMBER.test(token)) short.push(token);
    else choices.add(token);
  }
  return [...choices, ...short].slice(0, MAX_CHOICES);
}

import { findDates } from './dates';

/** A subject line, in a header or carried in a body ("Subject: [Snap LE] Preservation Extension - 8820-5517-PR"): its value. */
export const SUBJECT_LINE = /^[ \t]*(?:subject|betreff|objet|onderwerp|oggetto|asunto|assunto|emne|ämne|temat|předmět|الموضوع|נושא)[ \t]*:[ \t]*([^\n]{1,300})$/gimu;
const ONE_SUBJECT_LINE = new RegExp(SUBJECT_LINE.source, 'iu');

/** A reply's or a forward's prefix ("Re:", "AW:", "TR:", "Fwd:", "RV:", "RES:", "ENC:", "Odp:", "SV:", "VS:", "Doorst:", "Rif:"). */
const REPLY_WORD = String.raw`(?:re|aw|antw|wg|tr|fw|fwd|rv|r|res|enc|odp|sv|vs|doorst|vb|rif|ref)[ \t]?:`;
/** A reply's or a forward's subject, maybe behind a tag the mail system adds ("[EXTERN] AW: …"). */
export const REPLY_PREFIX = new RegExp(String.raw`^(?:\[[^\]\n]{1,30}\][ \t]*)?${REPLY_WORD}`, 'i');

/** Whether a place stands on a reply's or a forward's subject line ("Subject: RE: …", "Betreff: AW: …"). */
export function onReplySubject(region: string, at: number): boolean {
  const start = region.lastIndexOf('\n', at - 1) + 1;
  const end = region.indexOf('\n', at);
  const subject = ONE_SUBJECT_LINE.exec(region.slice(start, end === -1 ? undefined : end));
  return !!subject && REPLY_PREFIX.test(subject[1]!);
}

/** "2026-11-19" in a column headed "Preservation completed": a value that reads whole as a date is a date, never a reference. */
export function isDate(candidate: string): boolean {
  const [mention] = findDates(candidate);
  return !!mention && mention.start === 0 && mention.end === candidate.length;
}

/** A subject's bracketed tag ("[Reddit Ref 30418822]", "[Case Nos. 11834095 / 11834096]"), not the addressee's nor a ticket's. */
const SUBJECT_TAG = /\[([^[\]\n]{4,60})\]/g;
const TAG_NUMBER = /(?<![\w-])([A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){4,30})(?![\w-])/gi;

/**
 * The numbers of a subject's bracketed tags, each with its place in the subject and its tag's index; a tag the
 * `addressees` words name ("[Your ref …]") is skipped, and so is a "#" tag unless `ticket`.
 */
export function subjectTagNumbers(subject: string, addressees: RegExp, ticket = false): Array<{ token: string; at: number; tag: number }> {
  const numbers: Array<{ token: string; at: number; tag: number }> = [];
  for (const tag of subject.matchAll(SUBJECT_TAG)) {
    // A help desk's ticket tag ("[Zgłoszenie #5530918]", "[Ticket #…]") numbers the thread, not the preservation.
    if (addressees.test(tag[1]!) || (!ticket && tag[1]!.includes('#'))) continue;
    for (const m of tag[1]!.matchAll(TAG_NUMBER)) {
      if (!/\d{4}/.test(m[1]!) || isDate(m[1]!)) continue;
      numbers.push({ token: m[1]!, at: tag.index! + 1 + m.index!, tag: tag.index! });
    }
  }
  return numbers;
}

const compactCode = (v: string) => v.toUpperCase().replace(/[^A-Z0-9]/g, '');
/** The subject tag's whole form of a reference the body writes shorter or spaced, or the reference as it is. */
export function wholeInTag(reference: string, tags: readonly string[]): string {
  const own = compactCode(reference);
  if ((own.match(/\d/g) ?? []).length < 4) return reference;
  const whole = tags.filter((t) => t !== reference && compactCode(t).includes(own));
  return whole.length === 1 ? whole[0]! : reference;
}

/** A number led by digits, in hyphenated groups, one of capitals ("8820-5517-PR", "0511-LPR-8120466"). */
const DIGIT_LED = /(?<![\w/.-])\d{2,8}(?:-[A-Z0-9]{2,12}){1,4}(?![\w/-])(?<=-[A-Z]{2,12}(?:-[A-Z0-9]{2,12}){0,3})/g;
/**
 * A number that leads a subject (after reply prefixes and bracketed tags), the preservation's outcome after it
 * ("RE: [EXTERN] 0731944205 - Records preserved", "CS2291408: Preservation complete", "261104-008812 Preservation
 * confirmation"): the provider titles its answer by its number. Not a request's title ("26-0311 – Preservation
 * request"), which is the agency's.
 */
const LEADING_SUBJECT_NUMBER = new RegExp(
  String.raw`^(?:(?:\[[^\]\n]{1,40}\]|${REPLY_WORD})[ \t]*)*(?:(?:case|ticket|ref(?:erence)?)[ \t]*(?:no\.?|#)?[ \t]*)?#?((?=[A-Z0-9-]*\d{5})[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){4,30})[ \t]*(?:[-–—:|]+[ \t]*)?(?:(?:your|the|data|account|\p{L}{2,12})[ \t]+){0,2}?(?:preservation[ \t]+(?:processed|complete[d]?|confirm(?:ed|ation)|done|in[ \t]+place|active|notice|extended)|(?:records?|data|account|accounts)[ \t]+preserved|preserved)(?![\p{L}])`,
  'iu',
);

export interface SubjectNumber {
  token: string;
  /** Its place in the text the subject lines were matched in. */
  at: number;
  /** The index of its bracketed tag in the subject, for a tag's number. */
  tag?: number;
}

/**
 * The numbers subject lines (matches of SUBJECT_LINE) give a provider's answer, for a message whose body names none.
 * A provider's own subject (not a reply's or a forward's, which may echo the agency's): its number led by digits, in
 * hyphenated groups with a group of capitals ("[Snap LE] Preservation Extension - 8820-5517-PR"). Any subject: the
 * number it leads with, the preservation's outcome after it. Else, in any subject, a number in the provider's bracketed
 * tag ("[PRS2611-0093381]", "[Reddit Ref 30418822]"), the tag not one the `addressees` words name ("[Your ref …]").
 */
export function subjectNumbers(subjects: readonly RegExpMatchArray[], addressees: RegExp): SubjectNumber[] {
  const valueAt = (line: RegExpMatchArray) => line.index! + line[0].length - line[1]!.length;
  const found: SubjectNumber[] = subjects.flatMap((line) => (REPLY_PREFIX.test(line[1]!) ? [] : [...line[1]!.matchAll(DIGIT_LED)].map((m) => ({ token: m[0], at: valueAt(line) + m.index! }))));
  for (const line of subjects) {
    const lead = LEADING_SUBJECT_NUMBER.exec(line[1]!);
    if (!lead || isDate(lead[1]!)) continue;
    found.push({ token: lead[1]!, at: valueAt(line) + lead[0].indexOf(lead[1]!) });
  }
  if (found.length) return found;
  return subjects.flatMap((line) => subjectTagNumbers(line[1]!, addressees).map((t) => ({ token: t.token, at: valueAt(line) + t.at, tag: t.tag })));
}

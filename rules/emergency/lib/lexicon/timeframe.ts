import { anyOf, compileLexicon, type Term } from '../phrases';

/** A sentence is worth the date parser only with a digit or one of these word starts. */
export const TIME_WORDS: readonly Term[] = [
  // Days and parts of a day
  'today',
  'tonight',
  'tonite',
  'tmrw',
  'yday',
  'tomorrow',
  'yesterday',
  'morning',
  'afternoon',
  'evening',
  'night',
  'midnight',
  'noon',
  'hour',
  'minute',
  'week',
  'ago',
  'since',
  // Weekdays and months
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

/** Words within 25 characters before a date that make it the request's or the records' date, not the threat's. */
export const NOT_THREAT_TIME_TERMS: readonly Term[] = [
  // A date of birth
  'dob',
  'd.o.b',
  'born',
  'date of birth',
  'birthday',
  // The range of the requested records
  'records? (from|for|between)',
  'logs? (from|for)',
  'data (from|for)',
  'period',
  'range',
  'between',
  // The request itself and the reply it asks for
  'dated',
  'request date',
  'date of (this )?request',
  'ref(erence)?.?',
  'respond',
  'reply',
  'answer',
  'provide (it|them|the data)',
  'return',
  '(report|request|submission|letter) date',
  // (round 10) The request's own date however it is named: "from the date of our notice (19/11/2026)", "Date of this
  // application:", and a bare "Date:" label (a word boundary cannot follow the colon, so the colon is looked ahead to),
  // not a "Threat date:" or an "Incident date:"
  'date of (the |this |our |my |that )?(report|request|letter|notice|form|e~?mail|application|submission|referral|memo)',
  /(?<!\b(?:threat|incident|offen[cs]e|event|occurrence|attack|message|post|call|assault|sighting)\s)date(?=\s*:)/,
  // What else a date may be about (round 7): the preservation asked for, the request written, the file opened, the
  // officer's shift, the couple's history
  'preserv*',
  'retention',
  '(prepared|written|drafted|compiled|submitted|signed)',
  '(case|file|record|report|ticket|docket|investigation) (was )?(opened|created|registered|logged)',
  'on duty',
  'shift',
  '(met|married|divorced|engaged|dating)',
];

export const TIME_HINT = anyOf(/\d/i, compileLexicon(TIME_WORDS));
export const NOT_THREAT_TIME_BEFORE = compileLexicon(NOT_THREAT_TIME_TERMS, { end: '\\b[^.]{0,25}$' });

/** Times that say nothing concrete: "now" is imminence, not a time; "(earlier) this week" names no day. Matched against the parser's whole result. */
export const VAGUE_TIME = /^(?:now|right now|the moment|at the moment|this time|morning|evening|afternoon|night|noon|midnight|24\/7|this week|this month)$/i;
/** Durations and data ranges are not the threat's time ("for 90 days", "last 12 months"). */
export const DURATION =
  /^(?:(?:for|last|past|the\s+last|the\s+past)\s+(?:\d+|few|several)\s+(?:days?|weeks?|months?|years?)|(?:the\s+)?(?:past|last|recent|few|a\s+few|several)\s+(?:days?|weeks?|months?|years?)(?:\s+ago)?)$/i;
/** "20/11 - 22/11": the date opens a range, so it is a data range. */
/** A military date-time group: "221430ZNOV26" is 22 November 2026, 14:30 UTC. Day, hour, minute, zone, month, year. */
export const DTG = /\b(0[1-9]|[12]\d|3[01])([01]\d|2[0-3])([0-5]\d)\s?[A-Z]\s?(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\s?(\d{2})\b/i;
const DTG_MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** The instant a date-time group names (read as UTC: the zone letter is most often Z). */
export function dtgDate(match: RegExpExecArray): Date {
  const [, day, hour, minute, month, year] = match;
  return new Date(Date.UTC(2000 + Number(year), DTG_MONTHS.indexOf(month!.toUpperCase()), Number(day), Number(hour), Number(minute)));
}

/**
 * (round 10) A month name alone that is a person's name by what stands before it: a relation or a child's noun, or
 * "named", then the name ("their one-year-old daughter, June", "his baby girl, April", "a girl named June").
 */
export const BARE_MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)[,.;]?$/i;
export const NAME_OF_PERSON_BEFORE =
  /\b(?:named|called|daughter|son|girl|boy|baby|child|wife|sister|mother|mum|mom|aunt|auntie|niece|granddaughter|grandmother|cousin|friend|girlfriend|partner|Ms|Miss|Mrs)\s*,?\s*$/i;

/** "Nong May, 15 years": a month name that is a person's name, followed by their age, is no date. */
export const AGE_AFTER = /^\s*(?:years?|yrs?|y\/?o|yo)\b/i;
/** "In his 30s", "in 30s": a decade of age, not thirty seconds from now. */
export const AGE_DECADE = /^in\s+(?:his\s+|her\s+|their\s+)?(?:early\s+|mid\s+|late\s+)?\d0['’]?s$/i;
export const RANGE_AFTER = /^\s*(?:-|–|to|through|until)\s*(?:\d|(?:the\s+)?present\b|date\b|now\b|today\b)|^\s*onwards?\b/i;
const HHMM = '(?:[01]\\d|2[0-3])[0-5]\\d';
/**
 * Clock times the date parser misses, as police write them: "2140hrs", "0300 hours", "21h40", a 24-hour time
 * without a colon after "at" or before a zone or a part of the day ("at 0130", "@2215", "2235 tonite", "0130Z"),
 * a dispatch log line that opens with one ("2304 caller reports…"), and texting spellings of tonight and tomorrow.
 */
export const LOG_TIME = new RegExp(
  [
    `\\b${HHMM}\\s*(?:hrs|hours|h)\\b`,
    '\\b(?:[01]?\\d|2[0-3])h[0-5]\\d\\b',
    `(?:\\b(?:at|approx\\.?|around|about)\\s+|@\\s?)${HHMM}\\b(?![-/.:,]\\d)`,
    `\\b${HHMM}\\s*(?:Z|L|UTC|GMT|local|tonight|tonite|today|yesterday|last night|this (?:morning|evening|afternoon))\\b`,
    // A log line at the start of the text or after a log separator ("… // 0155 TEXT 'HES LOOKING FOR ME'")
    `(?:^|//|\\|)\\s*${HHMM}\\b(?=\\s+(?:hrs\\b|approx|[a-z(]))`,
    // After the verb of the event, a word or two between: "left home 0230", "last seen 1900 Sat", "taken 1515 Fri"
    `\\b(?:left|seen|taken|departed|went|sent|posted|received|called|rang|texted|messaged|snatched|abducted|spotted)(?:\\s+(?!(?:in|on|of|since|from|until|till|by)\\b)[a-z]+){0,2}\\s+${HHMM}\\b(?![-/.:,]\\d)`,
    '\\b(?:tonite|2nite|tmrw|yday)\\b',
    // (round 11) Clock times as machine translations give them: "since the hour three of dawn" (Arabic, Portuguese), and
    // "before half an hour" for "half an hour ago" (Arabic, Polish, Portuguese "há meia hora"); not "before two hours pass"
    '\\b(?:the\\s+)?hour\\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})\\s+(?:of|in)\\s+(?:the\\s+)?(?:dawn|morning|night|evening|afternoon)\\b',
    '\\bbefore\\s+(?:half\\s+an|an|a\\s+quarter\\s+of\\s+an|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|\\d{1,3}|a\\s+few)\\s+(?:hours?|min(?:ute)?s?)\\b(?!\\s+(?:are|is|have|has|pass|passes|elapse|run|go|went|before|after|of|from|to|later)\\b)(?=\\s*[.,;:!?)]|\\s*$|\\s+(?:and|but|he|she|they|the|a|an|we|i|my|his|her)\\b)',
  ].join('|'),
  'i',
);

/**
 * Number words from thirteen up that the date parser does not read ("twenty minutes ago", "forty-five minutes"), before
 * a unit of time. Written as digits padded to the same length (see `numeralsForParser`).
 */
export const NUMBER_WORD_BEFORE_UNIT =
  /\b(?:(thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](one|two|three|four|five|six|seven|eight|nine))?)(?=\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\b)/gi;
const TEENS = ['thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** The sentence with those number words as digits, right-aligned in the word's place, so every index stays the same. */
export function numeralsForParser(sentence: string): string {
  return sentence.replace(NUMBER_WORD_BEFORE_UNIT, (word: string, teen?: string, ten?: string, unit?: string) => {
    const value = teen ? 13 + TEENS.indexOf(teen.toLowerCase()) : 20 + 10 * TENS.indexOf(ten!.toLowerCase()) + (unit ? 1 + UNITS.indexOf(unit.toLowerCase()) : 0);
    return String(value).padStart(word.length, ' ');
  });
}

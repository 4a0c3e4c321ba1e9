import { compileLexicon, type Term } from '../phrases';

/**
 * Where the text states a danger, any sign that it is present, ongoing or hours away makes it imminent: a state that
 * holds now, a time of today or the next days, a threat just made. Read only after the stated words of imminence,
 * and only for a stated harm; a text that places the threat in the past or far ahead is excluded before this.
 */
export const PRESENT_STATE_CUES: readonly Term[] = [
  'now',
  'currently',
  'presently',
  'at present',
  'still',
  'ongoing',
  'at large',
  'on the run',
  'unaccounted( for)?',
  'whereabouts',
  'en~route',
  'on (his|her|their|the) way',
  'heading (to|for|towards)',
  'missing',
  'last seen',
  'not (been )?(located|found|traced)',
  'cannot be (located|found|reached|contacted)',
  'unreachable',
  'has access to',
  'in possession of',
  'barricaded',
  'is (with|alone)',
];

export const NEAR_TIME_CUES: readonly Term[] = [
  'today',
  'tonight',
  'this (morning|afternoon|evening|week|weekend)',
  'last night',
  'yesterday',
  'overnight',
  'earlier today',
  'just',
  '(a few|few|two|three|several) (hours?|hrs?|minutes?|mins?)',
  /\d+\s*(?:hours?|hrs?|minutes?|mins?)\s+(?:ago|away|later|from now)/,
  'hours? ago',
  'within (hours|the hour|minutes|days)',
  'shortly',
  'any (minute|moment|time now)',
  'deadline',
  'by (the )?(end of|tonight|tomorrow|morning|evening|midnight|noon)',
];

export const IMMINENCE_CUES = compileLexicon([...PRESENT_STATE_CUES, ...NEAR_TIME_CUES], { end: '\\b' });

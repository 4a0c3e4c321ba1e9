import { compileLexicon, type Term } from '../phrases';

/** Words that negate what follows them in the same clause ("no threat to life", "not in danger"). */
export const NEGATOR_TERMS: readonly Term[] = [
  'no',
  'not',
  'never',
  'nor',
  'without',
  'none',
  'neither',
  'den(y|ies|ied)',
  'unlikely',
  'ruled out',
  'no longer',
  "isn'?t",
  "wasn'?t",
  "aren'?t",
  "doesn'?t",
  "didn'?t",
  'nothing (suggests|indicates)',
  'unclear',
  'unknown (when|whether)',
];

/** Phrases with a negator in them that negate nothing ("whether or not", "not only"). */
export const NOT_A_NEGATION_TERMS: readonly Term[] = [
  'or not',
  'whether or not',
  'not only',
  'if not',
  'no matter',
  'not braking',
  'no one will',
  'nothing anyone can',
];

/**
 * A negator and then no sentence or clause punctuation up to the end of the text: used on the (at most 60)
 * characters before a term, so the negator belongs to the term's clause.
 */
export const NEGATION_BEFORE = compileLexicon(NEGATOR_TERMS, { end: '\\b[^.;:!?]{0,60}$' });
/** Global: used with `replace`. */
export const NOT_A_NEGATION = compileLexicon(NOT_A_NEGATION_TERMS, { end: '\\b', flags: 'gi' });

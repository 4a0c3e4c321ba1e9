/**
 * Negators standing before what they negate, one language a line: one list for the denials of an account
 * (denials.ts) and for the preservations a message does not assert (preservation-asserted.ts). "n't" and the French
 * "n'" attach to their verb and are each reader's own.
 */
export const NEGATORS: readonly string[] = [
  'not|never|no|none|nothing|nobody|neither|nor|cannot|unable[ \\t]+to|failed[ \\t]+to', // English
  'pas|aucun|aucune|jamais|rien', // French ("ne … pas": "pas" stands next to the participle)
  'nicht|kein\\p{L}{0,2}|nie|niemals|nichts', // German
  'ningún|ningun[oa]?|nunca|nada', // Spanish
  'non|nessun[oa]?|nulla|niente', // Italian
  'niet|geen|nooit|niets', // Dutch
  'não|nenhuma?|nunca|nada', // Portuguese
  'inte|ej|ingen|inget|inga|aldrig', // Swedish
  'ikke|ingen|intet|aldri', // Norwegian, Danish
  'nie|żaden|żadn\\p{L}{1,3}|brak', // Polish
];

/** "no" before a number is the abbreviation of one ("Ref no 4471 preserved", "No. 1"), not a negator. */
export const NOT_BEFORE_A_NUMBER = '(?![ \\t]*[.#:]?[ \\t]*\\d)';

/** The forms of a list as one alternation. */
export const alternatives = (forms: readonly string[]): string => forms.join('|');

/** The forms of a list as whole words. */
export const wordOf = (forms: readonly string[]): string => `(?<![\\p{L}])(?:${alternatives(forms)})(?![\\p{L}])`;

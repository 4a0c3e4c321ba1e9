/**
 * The lexicons are lists of phrases, one per line, in a small pattern syntax; a RegExp literal stands in for what
 * the syntax cannot say (counted repeats, look-arounds, digits, character classes).
 *
 *   a space   one or more white-space characters     "set on fire"
 *   ~         an optional space or hyphen             "self~harm"  (self harm, self-harm, selfharm)
 *   word*     the word with any ending                "murder*"    (murder, murdered, murderer)
 *   _         any one word                            "is being _ed"
 *   (a|b)     one of the alternatives                 "(child|minor) abuse"
 *   ?         the character or group before it is optional: "guns?", "(own )?life"
 *   \b        a word boundary: the phrase ends on a whole word ("armed\b" is not "armedforces")
 *
 * An apostrophe stands for a straight or a typographic one (won't, won’t). Every other character stands for itself
 * (. - / " included). Phrases keep their order in the compiled pattern:
 * where two phrases match at the same place, the earlier one gives the evidence text.
 */
export type Term = string | RegExp;

export interface LexiconOptions {
  /** Pattern before the alternatives (default: a word boundary, so every phrase starts at the start of a word). */
  start?: string;
  /** Pattern after the alternatives (default: nothing, so a phrase may end inside a word). */
  end?: string;
  flags?: string;
}

const LITERAL = /[.+^${}[\]/]/;

/** The regular-expression source of one phrase. Throws on what the syntax does not define, so a typo fails loudly. */
export function phraseSource(phrase: string): string {
  let source = '';
  for (let i = 0; i < phrase.length; i++) {
    const char = phrase[i]!;
    if (char === ' ') {
      if (phrase[i + 1] === ' ' || i === 0 || i === phrase.length - 1) throw new Error(`stray space in phrase "${phrase}"`);
      source += '\\s+';
    } else if (char === '~') source += '[\\s-]?';
    else if (char === '_') source += '\\w+';
    else if (char === '*') {
      if (!/[a-z]/i.test(phrase[i - 1] ?? '')) throw new Error(`"*" must follow a letter in phrase "${phrase}"`);
      source += '\\w*';
    } else if (char === '(') source += '(?:';
    else if (char === ')' || char === '|' || char === '?') source += char;
    else if (char === '\\') {
      if (phrase[i + 1] !== 'b') throw new Error(`only \\b may be escaped in phrase "${phrase}"`);
      source += '\\b';
      i++;
    } else if (char === "'") source += "['’]";
    else source += LITERAL.test(char) ? `\\${char}` : char;
  }
  return source;
}

function termSource(term: Term): string {
  if (typeof term === 'string') return phraseSource(term);
  if (term.flags) throw new Error(`lexicon term ${term} carries its own flags; the lexicon sets them`);
  return term.source;
}

/** One pattern for the whole list, built once when the module loads. */
export function compileLexicon(terms: readonly Term[], { start = '\\b', end = '', flags = 'i' }: LexiconOptions = {}): RegExp {
  if (terms.length === 0) throw new Error('empty lexicon');
  return new RegExp(`${start}(?:${terms.map(termSource).join('|')})${end}`, flags);
}

/** Several compiled lexicons as one pattern, in the order given; they must share their flags. */
export function anyOf(...patterns: RegExp[]): RegExp {
  const flags = patterns[0]!.flags;
  if (patterns.some((p) => p.flags !== flags)) throw new Error('anyOf: patterns with different flags');
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), flags);
}

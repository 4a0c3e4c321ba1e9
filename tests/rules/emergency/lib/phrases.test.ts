import { describe, expect, it } from 'vitest';
import { anyOf, compileLexicon, phraseSource } from '../../../../rules/emergency/lib/phrases';

const matches = (phrase: string, text: string) => compileLexicon([phrase], { end: '\\b' }).exec(text)?.[0] ?? null;

describe('phrase syntax', () => {
  it('reads a space as any run of white space', () => {
    expect(matches('set on fire', 'they set  on\nfire')).toBe('set  on\nfire');
    expect(matches('set on fire', 'seton fire')).toBeNull();
  });

  it('reads ~ as an optional space or hyphen', () => {
    for (const text of ['self harm', 'self-harm', 'selfharm']) expect(matches('self~harm', text)).toBe(text);
    expect(matches('self~harm', 'self--harm')).toBeNull();
  });

  it('reads word* as the word with any ending, and _ as any one word', () => {
    expect(matches('murder*', 'murderers')).toBe('murderers');
    expect(matches('is being _ed', 'she is being followed')).toBe('is being followed');
    expect(matches('is being _ed', 'she is being held')).toBeNull();
  });

  it('reads (a|b) as alternatives and ? as optional', () => {
    expect(matches('end (his|her) (own )?life', 'to end her own life')).toBe('end her own life');
    expect(matches('end (his|her) (own )?life', 'to end his life')).toBe('end his life');
    expect(matches('guns?', 'two guns')).toBe('guns');
    expect(matches("won'?t", 'wont')).toBe('wont');
  });

  it('reads an apostrophe as a straight or a typographic one, and no other character', () => {
    expect(matches("won't", 'won’t')).toBe('won’t');
    expect(matches("won't", "won't")).toBe("won't");
    expect(matches("won't", 'won"t')).toBeNull();
  });

  it('takes every other character literally', () => {
    expect(matches('d.o.b', 'D.O.B')).toBe('D.O.B');
    expect(matches('d.o.b', 'dxoxb')).toBeNull();
    expect(phraseSource('a+b [c] {2} ^$/')).toBe('a\\+b\\s+\\[c\\]\\s+\\{2\\}\\s+\\^\\$\\/');
  });

  it('starts phrases on a word boundary unless told otherwise, and ends them where told', () => {
    expect(compileLexicon(['any moment']).test('that any moment')).toBe(true);
    expect(compileLexicon(['at any moment']).test('that any moment')).toBe(false);
    expect(compileLexicon(['at any moment'], { start: '' }).test('that any moment')).toBe(true);
    expect(compileLexicon(['die'], { end: '(?![a-z])' }).test('a diet')).toBe(false);
    expect(compileLexicon(['die'], { end: '(?![a-z])' }).test('or die.')).toBe(true);
  });

  it('keeps the order of the phrases: the earlier one gives the match', () => {
    expect(compileLexicon(['gun', 'gun point']).exec('at gun point')?.[0]).toBe('gun');
    expect(compileLexicon(['gun point', 'gun']).exec('at gun point')?.[0]).toBe('gun point');
  });

  it('takes RegExp literals as they are, without flags of their own', () => {
    expect(compileLexicon([/\d{1,2}\s*yo/]).test('a 14 yo girl')).toBe(true);
    expect(() => compileLexicon([/x/i])).toThrow(/flags/);
  });

  it('refuses what the syntax does not define', () => {
    expect(() => phraseSource('two  spaces')).toThrow(/stray space/);
    expect(() => phraseSource(' leading')).toThrow(/stray space/);
    expect(() => phraseSource('(a)*')).toThrow(/must follow a letter/);
    expect(() => phraseSource('\\d+')).toThrow(/only \\b/);
    expect(() => compileLexicon([])).toThrow(/empty/);
  });

  it('joins compiled lexicons in order, only with the same flags', () => {
    expect(anyOf(/x/i, /y/i).test('Y')).toBe(true);
    expect(() => anyOf(/x/i, /y/)).toThrow(/flags/);
  });
});

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeNarrative } from '../../../rules/emergency/lib/narrative';
import { CHECKS, readCorpus, REFERENCE, type Entry } from './corpus-score';

/**
 * A narrative as a copy may change it without changing what it says: pasted from a web page or a word processor
 * (no-break spaces, zero-width marks, CRLF line ends, a blank line between every line, blanks at line ends). Every
 * element the analysis reads right in the narrative as written it must read the same in each copy. A sample (every
 * third narrative) of the sets that are not held out (a held-out set has its own `<set>.test.ts`).
 */
const REWRITES: Record<string, (text: string) => string> = {
  'no-break spaces': (t) => t.replace(/(\S) (\S)/g, (_, a: string, b: string) => `${a}\u00a0${b}`),
  'zero-width spaces after every space': (t) => t.replace(/ /g, ' \u200b'),
  'soft hyphens inside long words': (t) => t.replace(/(\p{L}{4})(\p{L}{4,})/gu, '$1\u00ad$2'),
  'CRLF line ends': (t) => t.replace(/\r?\n/g, '\r\n'),
  'every line break doubled': (t) => t.replace(/\n/g, '\n\n'),
  'blanks at line ends': (t) => t.split('\n').map((l) => `${l}  `).join('\n'),
};

const dir = join(__dirname, '../../fixtures/narratives');
const sample: Entry[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && !existsSync(join(__dirname, `${f.replace(/\.json$/, '')}.test.ts`)))
  .flatMap((f) => readCorpus(f))
  .filter((_, i) => i % 3 === 0);

describe('emergency narratives as copies change them', () => {
  const readRight = sample.map((entry) => {
    const analysis = analyzeNarrative(entry.text, REFERENCE);
    return { entry, right: CHECKS.filter((c) => (analysis[c] !== null) === entry.expect[c]) };
  });

  it('has narratives to rewrite', () => {
    expect(readRight.length).toBeGreaterThan(300);
  });

  it.each(Object.entries(REWRITES))('%s', (_name, rewrite) => {
    const changed: string[] = [];
    for (const { entry, right } of readRight) {
      const analysis = analyzeNarrative(rewrite(entry.text), REFERENCE);
      for (const check of right) if ((analysis[check] !== null) !== entry.expect[check]) changed.push(`${entry.id} ${check}`);
    }
    expect(changed).toEqual([]);
  });
});

describe('a narrative with invisible marks', () => {
  it('reports the text as written: its length and each element\'s words with their marks', () => {
    const written = 'My ex-partner\u200b said he will stab me to\u00adnight at 22:00 at my flat; we need his location from the account to stop him.';
    const analysis = analyzeNarrative(written, REFERENCE);
    expect(analysis.analyzedChars).toBe(written.length);
    const found = CHECKS.map((c) => analysis[c]).filter((e) => e !== null);
    expect(found.length).toBeGreaterThan(2);
    for (const evidence of found) expect(written).toContain(evidence!.text);
    expect(found.some((e) => /[\u00ad\u200b]/.test(e!.text))).toBe(true);
  });

  it('keeps a quote with its marks to the length any quote has', () => {
    const written = `We need the IP logs to locate him He threatened to kill her \u200b\u200c\u200d\ufeff ${'He threatened to kill her '.repeat(6)}`;
    const analysis = analyzeNarrative(written, REFERENCE);
    expect(analysis.harm).not.toBeNull();
    for (const check of CHECKS) {
      const evidence = analysis[check];
      if (evidence) {
        expect(evidence.text.length).toBeLessThanOrEqual(160);
        expect(written).toContain(evidence.text);
      }
    }
  });
});

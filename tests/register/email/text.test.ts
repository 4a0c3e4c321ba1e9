import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';
import { originalDepths, quoteDepth, readSource, startOfQuotedTail } from '../../../register/email/text';

/** The quote depth of the pasted line holding an offset, measured from scratch (what originalDepths must equal). */
function depthFromScratch(original: string, offset: number): number {
  return quoteDepth(original, original.lastIndexOf('\n', offset - 1) + 1);
}

describe('originalDepths', () => {
  it('gives each offset, asked in reading order, the depth of its own pasted line', () => {
    const line = fc.tuple(fc.constantFrom('', '> ', '> > ', ' >', '>>'), fc.string({ maxLength: 30 })).map(([mark, words]) => mark + words.replace(/\n/g, ' '));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), fc.array(fc.nat(), { maxLength: 20 }), (lines, picks) => {
        const original = lines.join('\n');
        const offsets = picks.map((p) => p % (original.length + 1)).sort((a, b) => a - b);
        const inOrder = originalDepths(original);
        for (const offset of offsets) expect(inOrder(offset)).toBe(depthFromScratch(original, offset));
      }),
    );
  });

  it('answers an offset asked out of order too', () => {
    const depths = originalDepths('plain\n> quoted\n> > deeper');
    expect(depths(20)).toBe(2);
    expect(depths(8)).toBe(1);
    expect(depths(1)).toBe(0);
  });
});

describe('a long pasted line that reading splits into many', () => {
  // Reading splits a run-on copy of headers at each header name; each piece used to look for its pasted line's start
  // and end again, over the whole line.
  const dates = (n: number) => `From: records@facebook.com\nDate: ${'Date: '.repeat(n / 6)}\n\nPreserved on November 20, 2026.`;

  it('is read into many lines of one pasted line', () => {
    const source = readSource(dates(60_000));
    expect(source.text.split('\n').length).toBeGreaterThan(9_000);
    expect(startOfQuotedTail(source, 0, source.text.length)).toBeNull();
  });

  it('costs about ten times as much at ten times the length, not twenty', () => {
    const cpu = (text: string) => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const started = process.cpuUsage();
        parseProviderEmail(text);
        const { user, system } = process.cpuUsage(started);
        best = Math.min(best, user + system);
      }
      return best;
    };
    const small = cpu(dates(15_000));
    const large = cpu(dates(150_000));
    // Measured 6-7x with one pass forward; 20x when each piece searched its pasted line again (2026-12-02).
    expect(large / small).toBeLessThan(13);
  });
});

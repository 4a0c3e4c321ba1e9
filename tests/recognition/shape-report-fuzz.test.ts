import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdsUnmaskedData, maskIdentifier, maskText, maskUrl, typedTextScrubber } from '../../recognition/shape-report-mask';
import { anyText, referenceToken, soup } from '../fuzz/arbitraries';

/** Case numbers and e-mail addresses as investigators type them, dropped into any text. */
const caseNumber = fc.oneof(
  referenceToken,
  fc.tuple(fc.constantFrom('CASE', 'SO', 'PD', 'Case', 'OP'), fc.integer({ min: 100, max: 99_999_999 })).map(([a, n]) => `${a}-${n}`),
  fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 100, max: 999_999 })).map(([y, n]) => `${y}-${n}`),
);
const email = fc.emailAddress();

/** Digit runs of 3+ that are not the statute numbers masking keeps. */
const digitRuns = (text: string) => (text.match(/\d{3,}/g) ?? []).filter((run) => holdsUnmaskedData(run));

describe('shape report masking, on any text', () => {
  it('whatever the text, what comes out holds no e-mail address and no run of digits', () => {
    fc.assert(
      fc.property(anyText(400), (text) => {
        expect(holdsUnmaskedData(maskText(text))).toBe(false);
        expect(holdsUnmaskedData(maskIdentifier(text) ?? '')).toBe(false);
      }),
      { numRuns: 1500 },
    );
  });

  it('a case number or an e-mail address inside a heading never comes out', () => {
    fc.assert(
      fc.property(soup(8), fc.oneof(caseNumber, email), soup(8), (before, secret, after) => {
        const masked = maskText(`${before} ${secret} ${after}`, 10_000);
        for (const run of digitRuns(secret)) expect(masked).not.toContain(run);
        if (secret.includes('@')) expect(masked).not.toContain(secret);
      }),
      { numRuns: 1500 },
    );
  });

  it('an address keeps its host and holds nothing unmasked in the rest', () => {
    const segment = fc.oneof(caseNumber, email, fc.constantFrom('requests', 's', 'emergency', 'records'), fc.uuid());
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), fc.array(fc.tuple(fc.constantFrom('id', 'q', 'ref'), segment), { maxLength: 3 }), (path, query) => {
        const url = new URL(`https://lers.example.com/${path.map(encodeURIComponent).join('/')}`);
        for (const [key, value] of query) url.searchParams.append(key, value);
        const masked = maskUrl(url);
        expect(masked.startsWith('https://lers.example.com/')).toBe(true);
        expect(holdsUnmaskedData(masked)).toBe(false);
      }),
      { numRuns: 800 },
    );
  });

  it('typed text is taken out wherever the page repeats it', () => {
    const typed = fc.string({ minLength: 3, maxLength: 60 }).filter((v) => v.trim().length >= 3 && !'{typed}'.includes(v.trim().toLowerCase()));
    fc.assert(
      fc.property(anyText(80), typed, anyText(80), (before, value, after) => {
        const scrubbed = typedTextScrubber([value])(`${before}${value}${after}`).toLowerCase();
        const needle = value.replace(/\s+/g, ' ').trim().toLowerCase();
        expect(scrubbed.replace(/\s+/g, ' ').includes(needle) && needle.length < 16).toBe(false);
        if (needle.length >= 16) expect(scrubbed.replace(/\s+/g, ' ')).not.toContain(needle.slice(0, 16));
      }),
      { numRuns: 1000 },
    );
  });
});

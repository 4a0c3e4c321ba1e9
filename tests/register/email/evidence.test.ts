import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';
import { loadLabels, readEmail, type CorpusSet } from './corpus-score';

/** Every value the parser proposes for a development e-mail shows where it came from, quoted from the paste itself. */
const SETS: CorpusSet[] = ['dev', 'holdout', 'dev2', 'holdout2', 'dev3', 'validation4', 'holdout3', 'holdout4', 'holdout5', 'dev5', 'dev6'];
const squash = (s: string) => s.replace(/=\r?\n|\r|\n[ \t]*>+[ \t]?|\s+/g, '').toLowerCase();

describe('"where it came from" on the development corpus', () => {
  it.each(SETS)('%s: each evidence quote is the paste at its offsets and holds the value', (set) => {
    for (const label of loadLabels(set)) {
      const text = readEmail(label);
      const r = parseProviderEmail(text, new Date('2026-12-01T12:00:00Z'));
      for (const c of r.confirmations) {
        const quoted = [
          [c.reference, c.evidence],
          ...c.accounts.map((a) => [a.value, a.evidence] as const),
        ] as const;
        for (const [value, e] of quoted) {
          expect(text.slice(e.start, e.end), label.file).toBe(e.quote);
          expect(squash(e.quote), `${label.file}: ${value}`).toContain(squash(value));
        }
        if (c.preservedOn) expect(text.slice(c.preservedOn.evidence.start, c.preservedOn.evidence.end)).toBe(c.preservedOn.evidence.quote);
      }
    }
  });
});

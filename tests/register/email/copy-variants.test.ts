import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { providers } from '../../../providers/registry';
import { parseProviderEmail } from '../../../register/email';
import { CORPUS_SETS, emptyTally, loadLabels, readEmail, score, toProposal, type CorpusSet, type Label } from './corpus-score';

/**
 * The labelled corpus as mail clients and copies rewrite it: every e-mail the reader reads right is rewritten in ways
 * that change its text but not what it says, and must still be read right. A held-out set (one with its own test file,
 * `<set>.test.ts`) is left out, so nothing here shows its e-mails. The rates are a regression alarm at the figures
 * reached (2026-12-01), not a target; EMAIL_VERBOSE=1 prints each e-mail read wrong.
 */
const READ_ON = new Date('2026-12-01T12:00:00Z');
const VALIDATION4_READ_ON = new Date('2026-12-21T12:00:00Z');

const hasHeader = (text: string) => /^(?:from|von|de|da|van|od|från)\s*:/im.test(text.slice(0, 2000));
const wrapAt = (width: number) => (line: string) => {
  if (line.length <= width) return line;
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current && `${current} ${word}`.length > width) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  return [...out, current].join('\n');
};

/** Each rewrite, and the share of the e-mails read right that it may turn wrong. */
const REWRITES: Record<string, { rewrite: (text: string, label: Label) => string | null; maxWrong: number }> = {
  'CRLF line ends': { rewrite: (t) => t.replace(/\r?\n/g, '\r\n'), maxWrong: 0 },
  'every space a no-break space': { rewrite: (t) => t.replace(/(\S) (\S)/g, (_, a: string, b: string) => `${a}\u00a0${b}`), maxWrong: 0.005 },
  'blanks at every line end': { rewrite: (t) => t.split('\n').map((l) => `${l}  `).join('\n'), maxWrong: 0.005 },
  'every line break doubled': { rewrite: (t) => t.replace(/\n/g, '\n\n'), maxWrong: 0.02 },
  'quoted under a note': { rewrite: (t) => `Forwarding for the register, see below.\n\nSam\n\n${t.split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n')}`, maxWrong: 0.03 },
  'every line indented': { rewrite: (t) => t.split('\n').map((l) => (l ? `    ${l}` : l)).join('\n'), maxWrong: 0.09 },
  'lines wrapped at 72': { rewrite: (t) => t.split('\n').map(wrapAt(72)).join('\n'), maxWrong: 0.09 },
  'forwarded from Outlook with a signature': {
    rewrite: (t, label) =>
      label.emailDate === null || !hasHeader(t)
        ? null
        : `FYI - preservation confirmed, please log.\n\nDet. Sam Reyes | Cyber Unit\nExample County Police | +1 555 0100 444 | s.reyes@police.example.gov\nOur ref: ECP-2026-55417\n\n-----Original Message-----\n${t}`,
    maxWrong: 0,
  },
  'forwarded from a phone': {
    rewrite: (t, label) => (label.emailDate === null || !hasHeader(t) ? null : `Sent from my iPhone\n\nBegin forwarded message:\n\n${t}`),
    maxWrong: 0,
  },
};

const known = new Set(providers.map((p) => p.id));
const heldOut = (set: CorpusSet) => existsSync(join(__dirname, `${set}.test.ts`));
const sets = (Object.keys(CORPUS_SETS) as CorpusSet[]).filter((set) => !heldOut(set));

function wrongs(label: Label, text: string, readOn: Date): string[] {
  const tally = emptyTally();
  score(tally, label, text, toProposal(parseProviderEmail(text, readOn)), known, readOn.toISOString().slice(0, 10));
  return tally.failures;
}

describe('the corpus as copies rewrite it', () => {
  const right: Array<{ label: Label; text: string; readOn: Date }> = [];
  for (const set of sets) {
    const readOn = set === 'validation4' ? VALIDATION4_READ_ON : READ_ON;
    for (const label of loadLabels(set)) {
      const text = readEmail(label);
      if (wrongs(label, text, readOn).length === 0) right.push({ label, text, readOn });
    }
  }

  it('has e-mails read right to rewrite', () => {
    expect(right.length).toBeGreaterThan(1000);
  });

  it.each(Object.entries(REWRITES))('%s', (name, { rewrite, maxWrong }) => {
    let tried = 0;
    const wrong: string[] = [];
    for (const { label, text, readOn } of right) {
      const rewritten = rewrite(text, label);
      if (rewritten === null) continue;
      tried++;
      const failures = wrongs(label, rewritten, readOn);
      if (failures.length) wrong.push(...failures);
    }
    const emails = new Set(wrong.map((w) => w.slice(0, w.indexOf(':')))).size;
    console.log(`${name}: ${emails} of ${tried} read wrong`);
    if (process.env.EMAIL_VERBOSE) console.log(wrong.join('\n'));
    expect(tried).toBeGreaterThan(500);
    expect(emails / tried).toBeLessThanOrEqual(maxWrong);
  });
});

import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';
import { softUnwrapped } from '../../../register/email/soft-wraps';
import { loadLabels, readEmail, type CorpusSet } from './corpus-score';
import { wrapText as wrapAt } from './wrap-at';

const PROSE =
  'Thank you for contacting the law enforcement response team. We have completed the preservation of the account ' +
  'named in your request, and the records will be kept while you obtain the legal process required for disclosure. ' +
  'Please keep the reference number of this request for any further correspondence with our team about it.';

describe('softUnwrapped: the breaks a mail client’s wrap made, undone', () => {
  it.each([72, 76, 78])('joins a paragraph wrapped at %i back into one line, one character for one', (width) => {
    const wrapped = wrapAt(`Hello,\n\n${PROSE}\n\nRegards,\nThe team`, width);
    const unwrapped = softUnwrapped(wrapped)!;
    expect(unwrapped).toBe(`Hello,\n\n${PROSE}\n\nRegards,\nThe team`);
    expect(unwrapped.length).toBe(wrapped.length);
  });

  it('keeps a CRLF text’s offsets, both characters of a wrap’s break a space', () => {
    const wrapped = wrapAt(PROSE, 72).replace(/\n/g, '\r\n');
    const unwrapped = softUnwrapped(wrapped)!;
    expect(unwrapped.length).toBe(wrapped.length);
    expect(unwrapped).not.toMatch(/[\r\n]/);
    expect(unwrapped.replace(/ {2}/g, ' ')).toBe(PROSE);
  });

  it('leaves the breaks before a list’s item, a label, a quote or a table’s row, and after a label', () => {
    const text = wrapAt(`${PROSE}\n`, 72).trimEnd();
    const lines = [
      text,
      '- the account holder’s subscriber information and the login history',
      'Reference number: 7731904 for this preservation, kept for 90 days',
      '> Please preserve the account jane.doe.1988@example.com and content',
      '| Account | Status | Reference number of the preservation we made |',
      'Accounts preserved under this request, as your letter names them:',
      'jane.doe.1988@example.com',
    ];
    const unwrapped = softUnwrapped(lines.join('\n'))!;
    expect(unwrapped.startsWith(`${PROSE}\n`)).toBe(true);
    expect(unwrapped.split('\n').slice(1)).toEqual(lines.slice(1));
  });

  it('leaves a line whose next word would have fitted on it: the writer broke it', () => {
    const text = `${wrapAt(PROSE, 72)}\n\nShort line of the writer's own\nand the next one, which would have fitted above it.`;
    expect(softUnwrapped(text)!.endsWith("Short line of the writer's own\nand the next one, which would have fitted above it.")).toBe(true);
  });

  it('is null for a text not wrapped: long lines only, or short ones only', () => {
    expect(softUnwrapped(`${PROSE}\n\n${PROSE}`)).toBeNull();
    expect(softUnwrapped('Reference: 7731904\nPreserved: 24 November 2026\nAccount: jane.doe.1988@example.com')).toBeNull();
  });

  it('reads a text of a hundred thousand wrapped lines', () => {
    const text = wrapAt(PROSE.repeat(20_000), 72);
    expect(softUnwrapped(text)!.length).toBe(text.length);
  });
});

describe('parseProviderEmail: a mail wrapped at 72 whose wrap hides its confirmation is read with the wrap undone', () => {
  // Each of these, wrapped at 72, was read as confirming nothing before the second reading (2026-12-07).
  it.each(['dev42/15-twitch-bare-bulleted-spaced.txt', 'dev138/06-kleinanzeigen-outlook-de.txt', 'dev231/13-finn-gmail-norwegian-reply.txt', 'dev261/17-zoom-client-note.txt'])('%s', (file) => {
    const label = loadLabels(file.split('/')[0] as CorpusSet).find((l) => l.file === file)!;
    const text = readEmail(label);
    const wrapped = wrapAt(text, 72);
    expect(wrapped).not.toBe(text);
    const read = parseProviderEmail(wrapped, new Date('2026-12-01T12:00:00Z'));
    expect(read.confirmations.map((c) => c.reference).sort()).toEqual(label.confirmations.map((c) => c.reference).sort());
    // The quotes come from the paste as it was, breaks and all.
    for (const c of read.confirmations) expect(c.evidence.quote).toBe(wrapped.slice(c.evidence.start, c.evidence.end));
  });
});

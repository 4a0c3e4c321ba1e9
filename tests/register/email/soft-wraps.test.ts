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

  it('joins a quoted line’s wrapped tail, left unquoted by a later wrap, back into its quote', () => {
    const quoted = wrapAt(PROSE, 76).split('\n').map((l) => `> ${l}`);
    // A later client's wrap at 72 leaves the tail of the quote's longer lines unquoted.
    const rewrapped = wrapAt([...quoted, '>', '> Reference number of this preservation, as your letter asks it: 7731904', '>', '> Regards'].join('\n'), 72);
    expect(rewrapped.split('\n').some((l) => l && !l.startsWith('>'))).toBe(true);
    const unwrapped = softUnwrapped(rewrapped)!;
    expect(unwrapped.length).toBe(rewrapped.length);
    for (const line of unwrapped.split('\n')) expect(line).toMatch(/^>/);
  });

  it('joins the tail of a quoted header’s last field, a blank line under it', () => {
    const head = [
      '> From: Proton Legal <legal@proton.example>',
      '> Subject: Re: Request for the preservation of data / preservation request',
      '- Ref. 3381/2 [Ticket 4412873]',
      '',
      '> Dear Mr Gashi,',
    ];
    const text = `${wrapAt(PROSE, 72)}\n\n${head.join('\n')}`;
    expect(softUnwrapped(text)!.split('\n').slice(-3)[0]).toBe(`${head[1]} ${head[2]}`);
  });

  it('joins a sentence’s last words that look like a label, under a line that runs on', () => {
    const text = `${wrapAt(PROSE, 72)}\n\nMicrosoft ha tramitado su solicitud y ha abierto un expediente por cada\ncuenta de Xbox indicada:\n\n1. Gamertag`;
    expect(softUnwrapped(text)).toContain('por cada cuenta de Xbox indicada:');
    const heading = `${wrapAt(PROSE, 72)}\n\nWe have completed the preservation of the accounts in your letter.\nPreserved accounts:\n- a`;
    expect(softUnwrapped(heading)).toContain('letter.\nPreserved accounts:');
  });

  it('leaves an unquoted answer between quoted lines: the quote’s line before it is not full, or it opens a label', () => {
    const text = [
      '> Please confirm the username of the account you want preserved here.',
      'Username: jane.doe.1988 (the seller named in the report we sent you)',
      '> We preserve the account once the username is confirmed,',
      'noted.',
      '> Regards',
      wrapAt(PROSE, 72),
    ].join('\n');
    expect(softUnwrapped(text)!.split('\n').slice(0, 5)).toEqual(text.split('\n').slice(0, 5));
  });

  it('reads a text of a hundred thousand wrapped lines', () => {
    const text = wrapAt(PROSE.repeat(20_000), 72);
    expect(softUnwrapped(text)!.length).toBe(text.length);
  });
});

describe('parseProviderEmail: a mail wrapped at 72 whose wrap hides its confirmation is read with the wrap undone', () => {
  // Each of these, wrapped at 72, was read as confirming nothing before the second reading (2026-12-07).
  it.each([
    'dev42/15-twitch-bare-bulleted-spaced.txt',
    'dev138/06-kleinanzeigen-outlook-de.txt',
    'dev231/13-finn-gmail-norwegian-reply.txt',
    'dev261/17-zoom-client-note.txt',
    // Replies whose quoted confirmation a wrap left with unquoted tails, told only in the paste (round 75).
    'dev42/09-marktplaats-referentienummer-gmail-nl.txt',
    'dev56/09-vinted-gmail-it-reply.txt',
    'dev197/13-allegro-gmail-pl-reply.txt',
    'dev144/15-discord-reply-quoted.txt',
  ])('%s', (file) => {
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

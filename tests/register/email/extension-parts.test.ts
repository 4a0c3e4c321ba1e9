import { describe, expect, it } from 'vitest';
import { extensionParts } from '../../../register/email/extension-parts';

const kinds = (text: string, references: string[]) => {
  const parts = extensionParts(text, references.map((reference) => ({ reference, start: text.indexOf(reference) })), 0, text.length);
  return parts && Object.fromEntries([...parts].map(([r, p]) => [r, p.kind]));
};

describe('extensionParts', () => {
  it('a paragraph that names a new preservation and one that names extending: one of each', () => {
    const text = '1) Extension - Case A-1001\nExtended for 90 days.\n\n2) New preservation - Case B-2002\nPreserved today.';
    expect(kinds(text, ['A-1001', 'B-2002'])).toEqual({ 'A-1001': 'extension', 'B-2002': 'new' });
  });
  it('German: "Verlängerung" and "neue Sicherung"', () => {
    const text = 'Die Sicherung A-1001 wurde um 90 Tage verlängert.\n\nFür das zweite Konto haben wir eine neue Sicherung angelegt: B-2002.';
    expect(kinds(text, ['A-1001', 'B-2002'])).toEqual({ 'A-1001': 'extension', 'B-2002': 'new' });
  });
  it('two extensions are no answer in parts', () => {
    expect(kinds('Case A-1001 was extended.\n\nCase B-2002 was extended too.', ['A-1001', 'B-2002'])).toBeNull();
  });
  it('a "new preservation number" for the extension names no new preservation', () => {
    expect(kinds('Your extension of A-1001 is done.\n\nNew preservation number: B-2002 for the extended period.', ['A-1001', 'B-2002'])).toBeNull();
  });
  it('"new" in a sentence about extending names no new preservation ("the extension was processed as a new request")', () => {
    expect(kinds('Case A-1001 was extended.\n\nYour extension was processed as a new request, B-2002.', ['A-1001', 'B-2002'])).toBeNull();
  });
  it('both numbers in one paragraph are one part, no answer in parts', () => {
    expect(kinds('We extended A-1001 and opened a new preservation B-2002.\n\nThanks.', ['A-1001', 'B-2002'])).toBeNull();
  });
  it('a paragraph that says neither leaves the message as it was read', () => {
    expect(kinds('Case A-1001 was extended.\n\nCase B-2002: see below.', ['A-1001', 'B-2002'])).toBeNull();
  });
});

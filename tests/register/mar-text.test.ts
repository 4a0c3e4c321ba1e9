import { describe, expect, it } from 'vitest';
import { marTableHtml, marText } from '../../register/mar-text';
import { record } from './fixtures';

const providerOf = (id: string) => (id === 'meta' ? { name: 'Meta', legalEntity: 'Meta Platforms, Inc.' } : { name: 'X', legalEntity: null });

describe('MAR text', () => {
  it('states provider, identifiers, reference, preservation date, extensions and expiry for each record', () => {
    const text = marText(
      [
        record({ reference: '987654321', preservedOn: '2026-11-20', extensions: [{ id: 'e1xxxxxx', requestedOn: '2027-02-10', reference: 'EXT-1' }] }),
        record({ providerId: 'x', reference: 'X-55', preservedOn: '2026-11-01', accountIdentifiers: ['@someone'] }),
      ],
      providerOf,
    );
    expect(text).toContain('(2 preservations)');
    expect(text.indexOf('X-55')).toBeLessThan(text.indexOf('987654321')); // oldest first
    expect(text).toContain('Provider: Meta (Meta Platforms, Inc.)');
    expect(text).toContain('Preservation reference: 987654321');
    expect(text).toContain('Date of preservation: 2026-11-20');
    expect(text).toContain('Extensions: requested 2027-02-10 (reference EXT-1)');
    expect(text).toContain('Preserved until: 2027-05-19');
    expect(text).toContain('Account identifier(s): @someone');
    expect(text).toContain('Extensions: none');
  });

  it('is empty for no records', () => {
    expect(marText([], providerOf)).toBe('');
  });

  it('escapes stored text in the rich-text table', () => {
    const html = marTableHtml([record({ accountIdentifiers: ['<img src=x onerror=alert(1)>'] })], providerOf);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
  });
});

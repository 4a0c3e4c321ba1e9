import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../i18n/translate';
import { LOCALES, PSEUDO_LOCALES } from '../../i18n/types';

describe('formatNumber', () => {
  it('writes every number exactly as Intl.NumberFormat does, with or without its short path for small whole numbers', () => {
    const samples = [0, 1, 2, 7, 42, 999, 1000, 1234, 1_000_000, 1.5, -1, -0, 0.25];
    for (const locale of [...LOCALES, ...PSEUDO_LOCALES]) {
      const intl = new Intl.NumberFormat(locale);
      for (let n = 0; n < 1000; n += 37) expect(formatNumber(n, locale)).toBe(intl.format(n));
      for (const n of samples) expect(formatNumber(n, locale), `${n} in ${locale}`).toBe(intl.format(n));
    }
  });
});

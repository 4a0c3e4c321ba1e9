import { describe, expect, it } from 'vitest';
import type { Catalogue, MessageKey } from '../../i18n/catalogue';
import { catalogueFor } from '../../i18n/catalogues';
import { en } from '../../i18n/locales/en';
import { placeholdersOf } from '../../i18n/translate';
import { LOCALES, PSEUDO_LOCALES } from '../../i18n/types';

const keys = Object.keys(en).sort() as MessageKey[];

describe.each([...LOCALES, ...PSEUDO_LOCALES])('the %s catalogue', (locale) => {
  const catalogue: Catalogue = catalogueFor(locale);

  it('has every English key and no other', () => {
    expect(Object.keys(catalogue).sort()).toEqual(keys);
  });

  it('uses the same placeholders as English in every message', () => {
    for (const key of keys) expect([...placeholdersOf(catalogue[key])].sort(), key).toEqual([...placeholdersOf(en[key])].sort());
  });

  it('gives plural messages an `other` form and only CLDR categories', () => {
    for (const key of keys) {
      const message = catalogue[key];
      if (typeof message === 'string') continue;
      expect(message.other, key).toEqual(expect.any(String));
      for (const form of Object.keys(message)) expect(['zero', 'one', 'two', 'few', 'many', 'other'], key).toContain(form);
      expect(placeholdersOf(message).has('count'), `${key} plural without {count}`).toBe(true);
    }
  });

  it('has no empty message', () => {
    for (const key of keys) {
      const message = catalogue[key];
      const texts = typeof message === 'string' ? [message] : Object.values(message);
      for (const text of texts) expect(String(text).trim(), key).not.toBe('');
    }
  });
});

describe('translations', () => {
  it('are translated, not copied: most German, French and Spanish messages differ from English', () => {
    for (const locale of ['de', 'fr', 'es'] as const) {
      const catalogue = catalogueFor(locale);
      const same = keys.filter((key) => JSON.stringify(catalogue[key]) === JSON.stringify(en[key]) && !key.startsWith('language.name.'));
      // Only words that are the same in both languages (e.g. "Danger" in French) may stay.
      expect(same.length, `${locale}: ${same.join(', ')}`).toBeLessThanOrEqual(2);
    }
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../i18n/types';

const LOCALES_DIR = 'public/_locales';
const messagesOf = (locale: string): Record<string, { message: string }> => JSON.parse(readFileSync(`${LOCALES_DIR}/${locale}/messages.json`, 'utf8'));

describe('the manifest’s strings (browser.i18n, public/_locales)', () => {
  it('exist for exactly the languages QuickFreeze speaks', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual([...LOCALES].sort());
  });

  it('have the same keys in every language, none empty', () => {
    const keys = Object.keys(messagesOf('en')).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(messagesOf(locale)).sort(), locale).toEqual(keys);
      for (const key of keys) expect(messagesOf(locale)[key]!.message.trim(), `${locale} ${key}`).not.toBe('');
    }
  });

  it('cover every __MSG_…__ the manifest uses', () => {
    const used = [...readFileSync('wxt.config.ts', 'utf8').matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(used).toEqual(expect.arrayContaining(['extName', 'extDescription']));
    for (const key of used) expect(messagesOf('en'), key).toHaveProperty(key);
  });
});

import { describe, expect, it } from 'vitest';
import { directionFor, directionOf, resolveLocale } from '../../i18n/resolve';

describe('language resolution: setting → browser UI language → English', () => {
  it('takes the investigator’s choice first', () => {
    expect(resolveLocale('fr', ['de-DE'])).toBe('fr');
    expect(resolveLocale('ar-XB', ['de-DE'])).toBe('ar-XB');
  });

  it('follows the browser’s first language that QuickFreeze speaks', () => {
    expect(resolveLocale('browser', ['de-AT', 'en'])).toBe('de');
    expect(resolveLocale('browser', ['pl', 'es_ES'])).toBe('es');
    expect(resolveLocale('browser', ['FR'])).toBe('fr');
  });

  it('falls back to English', () => {
    expect(resolveLocale('browser', ['pl', 'ja'])).toBe('en');
    expect(resolveLocale('browser', [])).toBe('en');
  });
});

describe('direction', () => {
  it('is right-to-left only for right-to-left locales', () => {
    expect(directionOf('ar-XB')).toBe('rtl');
    expect(directionOf('de')).toBe('ltr');
  });

  it('takes @@bidi_dir when the language follows the browser, the chosen language’s otherwise', () => {
    expect(directionFor('browser', 'en', 'rtl')).toBe('rtl');
    expect(directionFor('browser', 'en', '')).toBe('ltr');
    expect(directionFor('de', 'de', 'rtl')).toBe('ltr');
    expect(directionFor('ar-XB', 'ar-XB', 'ltr')).toBe('rtl');
  });
});

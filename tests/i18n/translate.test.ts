import { describe, expect, it } from 'vitest';
import { englishT, translatorFor } from '../../i18n/catalogues';
import { createTranslator, formatMessage, placeholdersOf, pluralForm } from '../../i18n/translate';

describe('t(key, params)', () => {
  it('fills placeholders, writing numbers the locale’s way', () => {
    expect(englishT('rules.emergency.truncated', { count: 1_000_000 })).toBe('Only the first 1,000,000 characters were read.');
    expect(translatorFor('de')('rules.emergency.truncated', { count: 1_000_000 })).toBe('Nur die ersten 1.000.000 Zeichen wurden gelesen.');
  });

  it('leaves a placeholder without a parameter visible', () => {
    expect(formatMessage('Case {caseNumber}', {}, 'en')).toBe('Case {caseNumber}');
  });

  it('chooses plural forms with Intl.PluralRules', () => {
    const t = englishT;
    expect(t('insert.records', { count: 1 })).toBe('1 record');
    expect(t('insert.records', { count: 2 })).toBe('2 records');
    expect(t('insert.records', { count: 0 })).toBe('0 records');
    // French counts 0 and 1 as singular.
    expect(translatorFor('fr')('insert.records', { count: 0 })).toBe('0 enregistrement');
    expect(translatorFor('fr')('insert.records', { count: 1 })).toBe('1 enregistrement');
    expect(translatorFor('de')('insert.records', { count: 3 })).toBe('3 Einträge');
  });

  it('falls back to `other` when a language’s category has no form', () => {
    // Arabic rules name `two`, `few`, `many`; a catalogue with only one/other still answers.
    expect(pluralForm({ one: 'x', other: 'y' }, 2, 'ar-XB')).toBe('y');
    expect(pluralForm({ one: 'x', other: 'y' }, Number.NaN, 'en')).toBe('y');
  });

  it('falls back to English, then to the key', () => {
    const t = createTranslator<'a' | 'b' | 'c'>('de', { a: 'A auf Deutsch' }, { a: 'A', b: 'B in English' });
    expect(t('a')).toBe('A auf Deutsch');
    expect(t('b')).toBe('B in English');
    expect(t('c')).toBe('c');
  });

  it('lists a message’s placeholders across its plural forms', () => {
    expect([...placeholdersOf({ one: 'one {x}', other: '{count} {y}' })].sort()).toEqual(['count', 'y', 'x'].sort());
    expect(placeholdersOf('none').size).toBe(0);
  });
});

describe('pseudo-locales', () => {
  it('en-XA accents the text and keeps placeholders', () => {
    const text = translatorFor('en-XA')('insert.caseNumber', { caseNumber: 'AB-12' });
    expect(text).toMatch(/^\[Çášé AB-12/);
    expect(text).not.toContain('{caseNumber}');
  });

  it('ar-XB wraps the text in right-to-left overrides and keeps placeholders', () => {
    const text = translatorFor('ar-XB')('insert.caseNumber', { caseNumber: 'AB-12' });
    expect(text).toBe('\u202ECase \u202CAB-12');
  });
});

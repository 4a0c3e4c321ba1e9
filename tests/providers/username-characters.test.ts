import { describe, expect, it } from 'vitest';
import { accountFormatSchema } from '../../providers/schema';
import { USERNAME_CHARACTERS, USERNAME_CHARACTER_SETS } from '../../providers/username-characters';
import { SOURCES } from '../../providers/sources';

const format = (characters: string) => ({
  platform: 'Example',
  profileHosts: ['example.com'],
  maxLength: 15,
  characters,
  source: { ...Object.values(SOURCES)[0]!, checked: '2026-11-30' },
});

describe('username character sets', () => {
  it('each pattern takes the characters its words name, and nothing else', () => {
    const { 'letters-digits-periods-underscores': withPeriods, 'letters-digits-underscores': plain } = USERNAME_CHARACTERS;
    expect(withPeriods.pattern.test('jane.doe_99')).toBe(true);
    expect(plain.pattern.test('jane_doe99')).toBe(true);
    expect(plain.pattern.test('jane.doe')).toBe(false);
    for (const { pattern } of Object.values(USERNAME_CHARACTERS)) {
      for (const bad of ['jane-doe', 'jane doe', 'jané', '', 'jane@doe']) expect(pattern.test(bad), bad).toBe(false);
    }
  });

  it('a provider names a known set; anything else is refused by the schema', () => {
    for (const set of USERNAME_CHARACTER_SETS) expect(accountFormatSchema.safeParse(format(set)).success, set).toBe(true);
    expect(accountFormatSchema.safeParse(format('^[A-Za-z]+$')).success).toBe(false);
  });
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { literalStrings } from './literal-strings';

/**
 * Folders and files whose user-facing text is converted to i18n/: a literal user-facing string here fails.
 * Rules: their messages; their `docs` stay English by decision (docs/rules.md is generated from them).
 */
const CONVERTED = [
  'components/popup', 'entrypoints/popup', 'components/options', 'components/OptionsPage.tsx', 'entrypoints/options', 'components/welcome', 'entrypoints/welcome',
  'components/dashboard', 'entrypoints/dashboard',
  'components/insert',
  'entrypoints/insert',
  'components/options/LanguageSetting.tsx',
  'rules/engine.ts',
  'rules/emergency',
  'rules/ncmec',
  'rules/csam',
  'rules/notification',
  'rules/identifiers/phone-e164.ts',
  'rules/identifiers/discord-snowflake.ts',
  'rules/identifiers/date-range.ts',
  'components/Guide.tsx',
  'components/Checklist.tsx',
  'components/FindingItem.tsx',
  'components/FindingsList.tsx',
  'components/FactCard.tsx',
  'components/CaptureList.tsx',
  'components/RouteList.tsx',
  'components/SourceList.tsx',
  'components/guide',
  'entrypoints/guide',
  'entrypoints/teach',
  'rules/identifiers/ip-timestamp.ts',
  'rules/identifiers/username-format.ts',
  'rules/identifiers/hash-format.ts',
  'entrypoints/background',
  'register/production.ts',
  'register/backup.ts',
  'register/encrypted-backup.ts',
  'storage/register.ts',
  // What a pasted e-mail leaves to the investigator (its warnings), shown on the register page.
  'register/email.ts',
  'register/email/stated-dates.ts',
];

/** To widen as they are converted (move each into CONVERTED). Empty: every surface's text is converted. */
export const LATER: readonly string[] = [];

/** What LATER held until issue 14's last conversions: each must now be checked. */
const CONVERTED_LAST = ['rules/identifiers/ip-timestamp.ts', 'rules/identifiers/username-format.ts', 'rules/identifiers/hash-format.ts', 'entrypoints/background', 'register/production.ts'];

/** Rule-internal wording that is not shown as such: the emergency lexicon, and the suggested structure, which is
 * inserted into the request itself (written in English for the provider). */
const NOT_SHOWN = ['rules/emergency/lib/lexicon', 'rules/emergency/lib/suggested-structure.ts'];

function sourceFiles(path: string): string[] {
  if (NOT_SHOWN.some((skip) => path.startsWith(skip))) return [];
  if (statSync(path).isFile()) return /\.tsx?$/.test(path) ? [path] : [];
  return readdirSync(path).flatMap((name) => sourceFiles(join(path, name)));
}

describe('no literal user-facing strings where the text is converted', () => {
  it.each(CONVERTED)('%s', (folder) => {
    const found = sourceFiles(folder).flatMap((file) => literalStrings(file, readFileSync(file, 'utf8')).map((l) => `${file}:${l.line} ${l.text}`));
    expect(found).toEqual([]);
  });

  it('covers what was left for later, and nothing is left', () => {
    expect(CONVERTED).toEqual(expect.arrayContaining(CONVERTED_LAST));
    expect(LATER).toEqual([]);
  });

  it('the checker finds JSX text, literal props, literals in JSX and literal messages, and accepts t()', () => {
    const bad = `export const A = () => <p title="Open it" aria-label={'Close'}>Hello there {'and more'} {t('ok')}</p>;\nconst f = { message: \`Expires in \${n} days\` };`;
    expect(literalStrings('x.tsx', bad).map((l) => l.text)).toEqual(['Open it', 'Close', 'Hello there', 'and more', 'Expires in   days']);
    const good = `export const A = () => <p title={t('a')} data-x="raw">{t('b', { n })} {' '} ✓</p>;\nconst r = { docs: { title: 'English docs' }, message: t('c') };\nnarrativeRule('id', 'harm', 'key', { title: 'English docs' });`;
    expect(literalStrings('x.tsx', good)).toEqual([]);
    const refusals = `const r = { reason: \`The file is \${size} MB\`, problem: problem('register.import.tooLarge') };\nconst f = { summary: 'Entered by you' };`;
    expect(literalStrings('x.ts', refusals).map((l) => l.text)).toEqual(['The file is   MB', 'Entered by you']);
  });
});

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/registry';
import type { Rule } from '../../rules/types';

/**
 * Like ESLint's checkRuleFiles: every file in a rule folder is a rule whose id is `<folder>/<file>`, registered in
 * `rules/registry.ts` and tested in `tests/rules/<folder>/<file>.test.ts`. Helpers live in `rules/<folder>/lib/`.
 */
const RULES_DIR = 'rules';


function ruleFiles(): string[] {
  const found: string[] = [];
  for (const folder of readdirSync(RULES_DIR)) {
    const dir = join(RULES_DIR, folder);
    if (!statSync(dir).isDirectory() || folder === 'lib') continue;
    for (const file of readdirSync(dir)) {
      if (file === 'lib' && statSync(join(dir, file)).isDirectory()) continue;
      found.push(`${folder}/${file}`);
    }
  }
  return found.sort();
}

const files = ruleFiles();
const modules = import.meta.glob<{ default?: Rule }>('../../rules/*/*.ts', { eager: true });

describe('rule folders hold only registered, tested rules', () => {
  it('finds the rule files', () => {
    expect(files.length).toBeGreaterThanOrEqual(rules.length);
  });

  it.each(files)('%s', (file) => {
    expect(file, 'a rule file is TypeScript').toMatch(/^[a-z0-9-]+\/[a-z0-9-]+\.ts$/);
    const id = file.replace(/\.ts$/, '');
    const rule = modules[`../../rules/${file}`]?.default;
    expect(rule?.id, `${file} default-exports a rule whose id is its path (helpers go to rules/<folder>/lib/)`).toBe(id);
    expect(rules, `${id} is registered in rules/registry.ts`).toContain(rule);
    expect(existsSync(`tests/rules/${id}.test.ts`), `tests/rules/${id}.test.ts exists`).toBe(true);
  });

  it('every registered rule has its own file', () => {
    const ids = files.map((f) => f.replace(/\.ts$/, ''));
    for (const rule of rules) expect(ids).toContain(rule.id);
  });

});

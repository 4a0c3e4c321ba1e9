import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/registry';

/** docs/rules.md is generated from the rule modules; this test keeps the two from drifting apart. */
function render(): string {
  const lines = [
    '# QuickFreeze checks',
    '',
    'Generated from `rules/` by `UPDATE_DOCS=1 npx vitest run tests/rules/docs.test.ts`. Each check is a pure function over a',
    'plain snapshot of the form; ids are stable (contract section 4 for the emergency, notification, NCMEC and CSAM ids).',
    '',
    'The five emergency checks share one reading of the description, in the background: written phrase rules, which give',
    'the quoted words, and a small learned model (a logistic regression per element over words and character n-grams,',
    'trained offline on the labelled narratives of `tests/fixtures/narratives/`, shipped as weights; nothing is sent',
    'anywhere). On a description of 120 characters or more the model overrides the rules on an element where it disagrees',
    'with them with more than 80% confidence (99% under 200 characters); an element it finds is quoted with the sentence',
    'that weighed most for it.',
    'See `scripts/narrative-model/README.md`.',
    '',
    '| id | default severity | runs on | title |',
    '| --- | --- | --- | --- |',
    ...rules.map((r) => `| \`${r.id}\` | ${r.severity} | ${r.pages.join(', ')} | ${r.docs.title} |`),
    '',
  ];
  for (const rule of rules) {
    lines.push(`## \`${rule.id}\` — ${rule.docs.title}`, '', `**Why it matters.** ${rule.docs.why}`, '', `**What to do.** ${rule.docs.fix}`, '');
    if (rule.docs.severity) lines.push(`**Severity.** ${rule.docs.severity}`, '');
    if (rule.docs.sources.length) lines.push(`**Sources.** ${rule.docs.sources.map((s) => `[${s.title}](${s.url})`).join('; ')}`, '');
  }
  return lines.join('\n');
}

describe('docs/rules.md', () => {
  it('matches the rule modules', () => {
    const expected = render();
    if (process.env.UPDATE_DOCS) writeFileSync('docs/rules.md', expected);
    expect(readFileSync('docs/rules.md', 'utf8')).toBe(expected);
  });
});

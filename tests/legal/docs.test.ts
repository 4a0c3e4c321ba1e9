import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { instruments } from '../../legal/instruments';
import { routesFor } from '../../legal/routes';
import type { InstrumentInput } from '../../legal/schema';
import { providers } from '../../providers/registry';

const DOC = 'docs/legal-routes.md';
const START = '<!-- generated:start -->';
const END = '<!-- generated:end -->';
const COUNTRIES = ['US', 'DE', 'DK', 'GB', 'AU', 'BR', 'FR', 'IE'];
const PROVIDERS = ['meta', 'uber', 'yubo', 'telegram'];
const DAY = '2026-11-29';

function decisionTable(): string[] {
  const chosen = PROVIDERS.map((id) => providers.find((p) => p.id === id)!);
  return [
    `Routes on ${DAY}, by investigator's country (rows) and provider (columns):`,
    '',
    `| | ${chosen.map((p) => p.name).join(' | ')} |`,
    `| --- |${chosen.map(() => ' --- |').join('')}`,
    ...COUNTRIES.map((country) => `| ${country} | ${chosen.map((p) => routesFor({ country, authority: 'prosecutor' }, p, DAY).map((r) => `\`${r.id}\``).join(', ')).join(' | ')} |`),
    '',
  ];
}

function factRows(instrument: InstrumentInput): string[] {
  const facts = [['status', instrument.status.fact] as const, ...(instrument.countries ? [['countries', instrument.countries.fact] as const] : []), ...Object.entries(instrument.facts)];
  return facts.map(([key, f]) => `| \`${key}\` | ${f.article ?? '—'} | ${f.confidence} | ${f.summary} | ${f.sources.map((s) => `[${s.title}](${s.url}) (checked ${s.checked})`).join('; ')} |`);
}

function render(): string {
  const lines = [...decisionTable()];
  for (const instrument of Object.values(instruments) as InstrumentInput[]) {
    lines.push(`### ${instrument.shortTitle} (\`legal/${instrument.id}.ts\`)`, '', `${instrument.title}. Status: ${instrument.status.state}${instrument.status.since ? ` since ${instrument.status.since}` : ''} (as of ${instrument.status.asOf}).`, '');
    lines.push('| fact | article | confidence | what it says | sources |', '| --- | --- | --- | --- | --- |', ...factRows(instrument), '');
  }
  return lines.join('\n');
}

describe('docs/legal-routes.md', () => {
  it('its generated part matches the legal data and the route advisor', () => {
    const doc = readFileSync(DOC, 'utf8');
    const start = doc.indexOf(START);
    const end = doc.indexOf(END);
    expect(start).toBeGreaterThan(0);
    const expected = `${doc.slice(0, start + START.length)}\n${render()}\n${doc.slice(end)}`;
    if (process.env.UPDATE_DOCS) writeFileSync(DOC, expected);
    expect(readFileSync(DOC, 'utf8')).toBe(expected);
  });
});

// Prints, as JSON, the rules' own decision (element present or not) for every narrative of the given fixture sets.
// Used by train.py to choose the override threshold on validation-6. Run: npx vite-node scripts/narrative-model/rules-decisions.ts validation-6
import { readFileSync } from 'node:fs';
import { analyzeRules } from '../../rules/emergency/lib/narrative';

const CHECKS = ['harm', 'imminence', 'timeframe', 'nexus', 'personAtRisk'] as const;
const REFERENCE = new Date('2026-11-22T12:00:00Z'); // as tests/rules/emergency/corpus-score.ts
const out: Record<string, Record<string, boolean>> = {};
for (const set of process.argv.slice(2)) {
  const entries = JSON.parse(readFileSync(`tests/fixtures/narratives/${set}.json`, 'utf8')) as { id: string; text: string }[];
  for (const e of entries) {
    const a = analyzeRules(e.text, REFERENCE);
    out[`${set}/${e.id}`] = Object.fromEntries(CHECKS.map((c) => [c, a[c] !== null]));
  }
}
process.stdout.write(JSON.stringify(out));

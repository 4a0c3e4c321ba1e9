// Prints, per fixture set and per override threshold, the analysis' aggregate figures (accuracy, complete narratives
// clean): no entry, no miss, so a held-out set can be scored without being read. Threshold 1 is the rules alone.
// Run: npx vite-node scripts/narrative-model/evaluate.ts validation-7 at=1,0.95,0.9,0.5
import { readFileSync } from 'node:fs';
import { analyzeNarrative } from '../../rules/emergency/lib/narrative';

const CHECKS = ['harm', 'imminence', 'timeframe', 'nexus', 'personAtRisk'] as const;
const REFERENCE = new Date('2026-11-22T12:00:00Z'); // as tests/rules/emergency/corpus-score.ts
const args = process.argv.slice(2);
const sets = args.filter((a) => !a.startsWith('at='));
const thresholds = (args.find((a) => a.startsWith('at='))?.slice(3) ?? '1').split(',').map(Number);

for (const set of sets) {
  const entries = JSON.parse(readFileSync(`tests/fixtures/narratives/${set}.json`, 'utf8')) as {
    text: string;
    expect: Record<(typeof CHECKS)[number], boolean>;
  }[];
  for (const threshold of thresholds) {
    let correct = 0;
    let complete = 0;
    let clean = 0;
    for (const e of entries) {
      const a = analyzeNarrative(e.text, REFERENCE, threshold);
      correct += CHECKS.filter((c) => (a[c] !== null) === e.expect[c]).length;
      if (CHECKS.every((c) => e.expect[c])) {
        complete++;
        if (CHECKS.every((c) => a[c] !== null)) clean++;
      }
    }
    const accuracy = ((correct / (entries.length * CHECKS.length)) * 100).toFixed(1);
    console.log(`${set} threshold ${threshold}: accuracy ${accuracy}%, complete clean ${clean}/${complete}`);
  }
}

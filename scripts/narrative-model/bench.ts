// Time to analyse a 230,000-character narrative, rules alone and rules + model (CPU time, median of 5 after a warm-up).
// Run: npx vite-node scripts/narrative-model/bench.ts
import { readFileSync, readdirSync } from 'node:fs';
import { analyzeNarrative, analyzeRules, MAX_ANALYZED_CHARS } from '../../rules/emergency/lib/narrative';
import { modelProbabilities } from '../../rules/emergency/lib/model/score';

const REFERENCE = new Date('2026-11-22T12:00:00Z');
let real = '';
for (const f of readdirSync('tests/fixtures/narratives').filter((f) => f.endsWith('.json') && !/holdout-1[89]|validation-[78]/.test(f)))
  for (const e of JSON.parse(readFileSync(`tests/fixtures/narratives/${f}`, 'utf8')) as { text: string }[]) if (real.length < 230_000) real += e.text + '\n\n';
const texts: [string, string][] = [
  ['real narratives', real.slice(0, 230_000)],
  ['"a "', 'a '.repeat(115_000)],
  ['"you and the kids will "', 'you and the kids will '.repeat(Math.ceil(230_000 / 22)).slice(0, 230_000)],
];
function cpu(fn: () => void): number {
  const times: number[] = [];
  fn();
  for (let i = 0; i < 5; i++) {
    const s = process.cpuUsage();
    fn();
    const { user, system } = process.cpuUsage(s);
    times.push((user + system) / 1000);
  }
  return times.sort((a, b) => a - b)[2]!;
}
for (const [name, text] of texts) {
  const rules = cpu(() => analyzeRules(text, REFERENCE));
  const model = cpu(() => modelProbabilities(text.slice(0, MAX_ANALYZED_CHARS)));
  const both = cpu(() => analyzeNarrative(text, REFERENCE));
  console.log(`${name}: rules ${rules.toFixed(0)} ms, model alone ${model.toFixed(0)} ms, rules + model ${both.toFixed(0)} ms (CPU, median of 5)`);
}

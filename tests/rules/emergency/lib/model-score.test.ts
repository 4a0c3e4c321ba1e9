import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ELEMENTS, modelProbabilities } from '../../../../rules/emergency/lib/model/score';

// Written by scripts/narrative-model/probe.py from train.py's own features and the shipped weights.json.
const expected = JSON.parse(readFileSync('tests/rules/emergency/lib/model-probabilities.json', 'utf8')) as { set: string; id: string; p: number[] }[];

describe('narrative model: score.ts computes what train.py computes', () => {
  it.each(expected.map((e) => [e.set, e.id, e.p] as const))('%s %s', (set, id, p) => {
    const entries = JSON.parse(readFileSync(`tests/fixtures/narratives/${set}.json`, 'utf8')) as { id: string; text: string }[];
    const text = entries.find((e) => e.id === id)!.text;
    const got = modelProbabilities(text);
    ELEMENTS.forEach((element, j) => expect(Math.abs(got[element] - p[j]!)).toBeLessThan(1e-3));
  });
});

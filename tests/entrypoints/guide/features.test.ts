import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { features } from '../../../entrypoints/guide/features/index';

/** Files of the features folder that are not features themselves. */
const MACHINERY = ['define.ts', 'index.ts'];
const files = readdirSync('entrypoints/guide/features').filter((f) => f.endsWith('.ts') && !MACHINERY.includes(f));

describe('guide features folder', () => {
  it('lists every feature file in features/index.ts, under the file’s name', () => {
    expect(features.map((f) => `${f.id}.ts`).sort()).toEqual([...files].sort());
  });

  it('has a unit test for every feature', () => {
    for (const file of files) expect(existsSync(`tests/entrypoints/guide/features/${file.replace(/\.ts$/, '.test.ts')}`), file).toBe(true);
  });

  it('gives each feature a unique id and at least one page kind', () => {
    expect(new Set(features.map((f) => f.id)).size).toBe(features.length);
    for (const feature of features) expect(feature.include === 'all' || feature.include.length > 0, feature.id).toBe(true);
  });
});

import { readFileSync } from 'node:fs';
import { analyzeNarrative } from '../../../rules/emergency/lib/narrative';

export type Check = 'harm' | 'imminence' | 'timeframe' | 'nexus' | 'personAtRisk';
export const CHECKS: Check[] = ['harm', 'imminence', 'timeframe', 'nexus', 'personAtRisk'];

export interface Entry {
  id: string;
  text: string;
  expect: Record<Check, boolean>;
}

/** The corpora are set around this day; relative times are read against it. */
export const REFERENCE = new Date('2026-11-22T12:00:00Z');

export function readCorpus(file: string): Entry[] {
  return JSON.parse(readFileSync(`tests/fixtures/narratives/${file}`, 'utf8')) as Entry[];
}

export interface Score {
  /** Share of the five labels per narrative that the analysis gets right. */
  accuracy: number;
  perCheck: Record<Check, number>;
  /** Narratives labelled with all five elements. */
  complete: number;
  /** Of those, how many the analysis reads as complete: no emergency finding would show. */
  completeClean: number;
  wrong: string[];
}

export function score(entries: Entry[]): Score {
  const wrong: string[] = [];
  let correct = 0;
  let complete = 0;
  let completeClean = 0;
  const perCheck = Object.fromEntries(CHECKS.map((c) => [c, 0])) as Record<Check, number>;
  for (const entry of entries) {
    const analysis = analyzeNarrative(entry.text, REFERENCE);
    const isComplete = CHECKS.every((c) => entry.expect[c]);
    if (isComplete) complete++;
    if (isComplete && CHECKS.every((c) => analysis[c] !== null)) completeClean++;
    for (const check of CHECKS) {
      const got = analysis[check] !== null;
      if (got === entry.expect[check]) {
        correct++;
        perCheck[check]++;
      } else wrong.push(`${entry.id} ${check}: expected ${entry.expect[check]}, got ${got}${analysis[check] ? ` ("${analysis[check]!.text}")` : ''}`);
    }
  }
  return { accuracy: correct / (entries.length * CHECKS.length), perCheck, complete, completeClean, wrong };
}

/** One line per set: accuracy, complete-narrative clean rate and per-check accuracy. */
export function summary(name: string, entries: Entry[], result: Score): string {
  const percent = (n: number) => `${(n * 100).toFixed(1)}%`;
  const clean = result.complete ? percent(result.completeClean / result.complete) : 'n/a';
  return (
    `${name}: accuracy ${percent(result.accuracy)} over ${entries.length} narratives; complete narratives clean ` +
    `${result.completeClean}/${result.complete} (${clean}); per check: ` +
    CHECKS.map((c) => `${c} ${((result.perCheck[c] / entries.length) * 100).toFixed(0)}%`).join(', ')
  );
}

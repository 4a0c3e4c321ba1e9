import { describe, expect, it } from 'vitest';
import { emptyTally, score, type Label, type Proposal } from './corpus-score';

const label: Label = {
  file: 'x/1.txt',
  provider: 'roblox',
  confirmations: [{ reference: 'RBX-1001', preservedOn: '2026-11-20', dateSource: 'stated', accounts: ['PebbleKnightXO'], extension: false }],
  distractors: ['PebbleKnight_XO', 'CASE-26-7781'],
  emailDate: '2026-11-21',
};
const proposing = (accounts: string[], references = ['RBX-1001']): Proposal => ({
  providerId: 'roblox',
  confirmations: references.map((reference) => ({ reference, preservedOn: '2026-11-20', accounts })),
});
const distractorsOf = (p: Proposal) => {
  const tally = emptyTally();
  score(tally, label, '', p, new Set(['roblox']), '2026-12-01');
  return tally.distractorsProposed;
};

describe('the corpus scorer: distractors', () => {
  it('counts a distractor proposed as a reference or an account', () => {
    expect(distractorsOf(proposing(['PebbleKnightXO'], ['RBX-1001', 'CASE-26-7781']))).toEqual(['x/1.txt: CASE-26-7781']);
  });

  it('does not count the labelled account as its punctuation twin among the distractors', () => {
    expect(distractorsOf(proposing(['PebbleKnightXO']))).toEqual([]);
  });

  it('counts the punctuation twin when it is proposed as written', () => {
    expect(distractorsOf(proposing(['PebbleKnight_XO']))).toEqual(['x/1.txt: PebbleKnight_XO']);
  });
});

describe('the corpus scorer: a distractor written inside a labelled value', () => {
  const named: Label = { ...label, distractors: ['Pebble Knight'] };
  const of = (p: Proposal) => {
    const tally = emptyTally();
    score(tally, named, '', p, new Set(['roblox']), '2026-12-01');
    return tally.distractorsProposed;
  };

  it('does not count it where only the labelled value holding it is proposed', () => {
    expect(of(proposing(['PebbleKnightXO']))).toEqual([]);
  });

  it('counts it where a value no label holds contains it', () => {
    expect(of(proposing(['PebbleKnight99']))).toEqual(['x/1.txt: Pebble Knight']);
  });
});

import { describe, expect, it } from 'vitest';
import { readCorpus, REFERENCE } from '../corpus-score';
import { analyzeNarrative, analyzeRules, MODEL_MIN_CHARS } from '../../../../rules/emergency/lib/narrative';
import { modelProbabilities, strongestWords } from '../../../../rules/emergency/lib/model/score';

const SALES =
  "This is an investigation into the sale of counterfeit trainers. The seller advertised 'killer prices' and said the " +
  "stock would 'blow up' this Black Friday weekend. We ask for subscriber details of the account for our prosecution " +
  'file. No person is at risk.';

const BACKGROUND =
  'The account was opened in 2019 and has been used mainly to sell second-hand furniture in the local marketplace. ' +
  'The holder changed the display name twice in 2024 and once in 2025, and the listed e-mail is a webmail address. ';

describe('the narrative model beside the rules', () => {
  it('denies a harm the rules read in a figurative sales text, and imminence goes with it', () => {
    const rules = analyzeRules(SALES, REFERENCE);
    expect(rules.harm).not.toBeNull();
    expect(rules.imminence).not.toBeNull();
    const analysis = analyzeNarrative(SALES, REFERENCE);
    expect(analysis.harm).toBeNull();
    expect(analysis.imminence).toBeNull();
    expect(analysis.timeframe).toEqual(rules.timeframe);
  });

  it('finds a person the rules missed in a dispatch log, and quotes the line that weighed most', () => {
    const entry = readCorpus('holdout-15.json').find((e) => e.id === 'cad-knife-all-content-36')!;
    expect(analyzeRules(entry.text, REFERENCE).personAtRisk).toBeNull();
    const person = analyzeNarrative(entry.text, REFERENCE).personAtRisk;
    expect(person).toMatchObject({ byModel: true });
    expect(entry.text).toContain(person!.text);
    expect(person!.text).toMatch(/KNIFE|CUT HER UP/);
  });

  it('leaves texts under MODEL_MIN_CHARS to the rules, and overrides them on a short text only when very confident', () => {
    const short = SALES.slice(0, MODEL_MIN_CHARS - 1);
    expect(analyzeNarrative(short, REFERENCE)).toEqual(analyzeRules(short, REFERENCE));
    // 199 characters: the model denies the figurative danger with more than 0.99 confidence.
    const shortish = SALES.slice(0, 199);
    expect(analyzeRules(shortish, REFERENCE).harm).not.toBeNull();
    expect(1 - modelProbabilities(shortish).harm).toBeGreaterThan(0.99);
    expect(analyzeNarrative(shortish, REFERENCE).harm).toBeNull();
  });

  it('asks a short text for more confidence than a long one', () => {
    const text =
      "Snapchat user 'blackout_77' sent her at 21:10: 'i know where u live. im coming to find you. nobody can save you.' " +
      'Requesting subscriber info and IP logs for the account.';
    expect(text.length).toBeLessThan(200);
    const p = modelProbabilities(text).nexus;
    expect(p).toBeGreaterThan(0.5);
    expect(p).toBeLessThan(0.99);
    expect(analyzeRules(text, REFERENCE).nexus).toBeNull();
    expect(analyzeNarrative(text, REFERENCE).nexus).toBeNull();
    expect(analyzeNarrative(text, REFERENCE, 0.5).nexus).toBeNull();
  });

  it('overrides the rules only where its confidence is above the threshold', () => {
    const text =
      "Reporting party is the ex-girlfriend of the account holder. At 2215 he DM'd her on Instagram: 'enjoy your last " +
      "weekend, I know where you park'. He was released from prison last month after serving time for glassing a man. " +
      'Need IP and subscriber to find where he is staying so patrol can get to him first.';
    const p = modelProbabilities(text).imminence;
    expect(p).toBeGreaterThan(0.6);
    expect(analyzeRules(text, REFERENCE).imminence).toBeNull();
    expect(analyzeNarrative(text, REFERENCE, p).imminence).toBeNull();
    expect(analyzeNarrative(text, REFERENCE, p - 0.05).imminence).toMatchObject({ byModel: true });
  });
});

describe('strongestWords', () => {
  it('quotes the threatening sentence buried in background, as written', () => {
    const threat = 'At 21:40 he wrote to her: "tonight I will put a bullet in your head, you and the kids".';
    const text = BACKGROUND.repeat(8) + threat + ' ' + BACKGROUND.repeat(8);
    const words = strongestWords(text, 'harm')!;
    expect(text).toContain(words);
    expect(words).toContain('bullet in your head');
  });

  it('cuts a long sentence to a window around its strongest words', () => {
    const text = 'and then '.repeat(40) + 'he said he will kill her ' + 'and then '.repeat(40);
    const words = strongestWords(text, 'harm')!;
    expect(words.length).toBeLessThanOrEqual(120);
    expect(text).toContain(words);
    expect(words).toMatch(/kill/);
  });

  it('has nothing to point at where no sentence weighs for the element', () => {
    expect(strongestWords('qqqq zzzz xxxx.', 'harm')).toBeNull();
    expect(strongestWords('', 'nexus')).toBeNull();
  });
});

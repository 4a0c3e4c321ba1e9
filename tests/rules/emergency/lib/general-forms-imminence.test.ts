import { describe, expect, it } from 'vitest';
import { analyzeNarrative } from '../../../../rules/emergency/lib/narrative';
import { NOW } from '../../helpers';

/** Round 6 of issue 13, imminence: each form is tested with wording no narrative set contains, both ways. */
const read = (text: string) => analyzeNarrative(text, NOW);

describe('imminence and time by what the sentence is about', () => {
  it('reads no plan and no method, or thoughts without a plan, as not imminent', () => {
    expect(read('On 20/11 the boy, 13, posted that he wants to die. No method, no plan. His phone is off.').imminence).toBeNull();
    expect(read('The girl, 12, talks about suicide without a plan; her phone is off tonight.').imminence).toBeNull();
    expect(read('The girl, 12, posted that she will kill herself tonight; her phone is off.').imminence).not.toBeNull();
  });

  it('does not let a cue make an old threat current once nothing has happened since', () => {
    expect(read('In 2024 he threatened to shoot her. No further contact since then. She now lives in Leeds.').imminence).toBeNull();
    expect(read('In 2024 he threatened to shoot her. No further contact until tonight, when he is outside her flat with a gun.').imminence).not.toBeNull();
  });

  it('does not read the officer\u2019s aim to act first as a deadline', () => {
    expect(read('He once threatened to stab his brother. We want to find him before he finds his brother.').imminence).toBeNull();
    expect(read('He threatened to stab his brother. We want to find him before 1700hrs.').imminence).not.toBeNull();
  });

  it('reads silence since the danger arose as current', () => {
    expect(read('He threatened to kill his wife and has stopped replying to everyone.').imminence?.text).toMatch(/stopped replying/);
    expect(read('She posted a noose photo; nobody has seen her since.').imminence?.text).toMatch(/nobody has seen her/);
  });

  it('reads a child taken in the last days as still taken', () => {
    expect(read('On 21/11/2026 at 21:00 the father took the boy, 5, and said "you will never see him alive".').imminence).not.toBeNull();
  });

  it('does not read an age decade as a time', () => {
    expect(read('The stalker is a man in his 40s who follows her.').timeframe).toBeNull();
  });
});

describe('imminence of a threat the text dates back, or ties to a time far ahead', () => {
  it('does not read intent announced weeks ago, or a cue of where someone now lives, as imminent', () => {
    expect(read('In March 2024 he wrote that he will kill her. She asks for the data for her lawyer.').imminence).toBeNull();
    expect(read('In 2023 her ex threatened to kill her. He now lives in Perth.').imminence).toBeNull();
    expect(read('He says he will hurt her when she comes back from her studies next summer.').imminence).toBeNull();
  });

  it('still reads a present state, or a new threat of the last days, after an old one', () => {
    expect(read('In March 2024 he threatened to kill her. He is outside her house with a knife.').imminence).not.toBeNull();
    expect(read('In March 2024 he threatened to kill her. On 21/11/2026 he sent "I will kill you".').imminence).not.toBeNull();
  });
});

describe('a present place and a child with an adult in a hotel room', () => {
  it('reads someone already in her street as imminent', () => {
    expect(read('He threatened to kill her. He is already in her street.').imminence?.text).toMatch(/already in her street/);
  });
  it('reads a child with an adult in a hotel room as harm, not a family holiday', () => {
    expect(read('The 14-year-old is with an older man in a motel room on Route 9.').harm).not.toBeNull();
    expect(read('The girl is staying with her parents in a hotel in Rome.').harm).toBeNull();
  });
});

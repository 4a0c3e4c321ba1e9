import { describe, expect, it } from 'vitest';
import { analyzeNarrative } from '../../../../rules/emergency/lib/narrative';
import { NOW } from '../../helpers';

const read = (text: string) => analyzeNarrative(text, NOW);

describe('harm by word family, in any inflection', () => {
  it.each([
    ['He punched her twice and has now assaulted her again.', /punched/],
    ['The boy has bruises and the father threatened to hurt him.', /bruises/],
    ['The husband menaced her with death in front of the kids.', /menaced her with/],
    ['Suspect brandished a cleaver at the door.', /cleaver/],
    ['Grave fears for her safety: he keeps a loaded gun in the car.', /Grave fears for her safety/],
    ['She says she is tired of living and has a bottle of pills.', /tired of living/],
    ['He texted that he already picked your coffin.', /your coffin/],
    ['Missing 81-year-old with dementia, last seen in light clothing.', /dementia/],
    ['The girl was forced into a van outside school.', /forced into a van/],
  ])('reads "%s" as harm', (text, evidence) => {
    expect(read(text).harm?.text).toMatch(evidence);
  });

  it.each([
    'The injured party transferred EUR 86,400 to the fraudsters.',
    'This relates to an ongoing assault investigation; legal process will follow.',
    'The funeral home reports its booking account was taken over.',
    'Our web server is vulnerable to a known exploit.',
    'The seller says the phone battery is dead and the listing is a scam.',
  ])('does not read "%s" as harm', (text) => {
    expect(read(text).harm).toBeNull();
  });

  it('does not read a family word that is negated in its clause', () => {
    expect(read('There are no threats of violence and nobody was injured.').harm).toBeNull();
  });
});

describe('a quoted message addressed to the person', () => {
  it('reads the suspect\u2019s words to the victim as the threat when no harm word is found', () => {
    expect(read('At 0140 he texted her: "tonight you learn what happens to girls like you".').harm?.text).toMatch(/texted her/);
  });

  it('does not read quotes about pictures, money or reputation as a threat', () => {
    expect(read('He wrote to her: "everyone will see your photos unless you pay".').harm).toBeNull();
    expect(read('He said: "your church will hear you are a thief".').harm).toBeNull();
  });
});

describe('all-clears and new events', () => {
  it('reads present detention and "no risk for her" as the danger over', () => {
    expect(read('She was hit by her husband on 3 October. The husband is detained since that day. Now is not risk for her.').harm).toBeNull();
    expect(read('Councillor received abusive comments, incl. "enjoy your last term". No comments mention violence.').harm).toBeNull();
  });

  it('reads a later time of today as a new event after an all-clear', () => {
    const text = 'She was discharged from hospital on 30 October after an overdose. At 1955hrs tonight she posted that she will overdose again.';
    expect(read(text).harm).not.toBeNull();
  });

  it('still reads an arrest in the past as no all-clear', () => {
    expect(read('He was arrested in October for breaking her door. Today he wrote: "this time I come with the hammer".').harm).not.toBeNull();
  });
});

describe('imminence from any present state or near time, once harm is stated', () => {
  it.each([
    ['He stabbed his brother and is on the run.', 'on the run'],
    ['The armed suspect is unaccounted for.', 'unaccounted for'],
    ['She took an overdose just before the call.', 'just'],
  ])('reads "%s" as imminent', (text, evidence) => {
    expect(read(text).imminence?.text).toBe(evidence);
  });

  it('reads a threat sent in the last three days as current', () => {
    const text = 'He sent her a photo of a gun with the caption "see you" at 2340hrs on 21/11/2026.';
    expect(read(text).imminence?.text).toMatch(/21\/11\/2026/);
  });

  it('does not read a harm done in the last days, an old threat, or a present state without harm as imminent', () => {
    expect(read('He shot a man, 20/11/2026.').imminence).toBeNull();
    expect(read('In March 2024 he threatened to kill his employer.').imminence).toBeNull();
    expect(read('The seller is still online and currently selling fake watches.').imminence).toBeNull();
  });

  it('does not read a threat tied to a release or to "some days" as imminent', () => {
    expect(read('Today, from prison, he wrote: "when I\u2019m out you\u2019re dead".').imminence).toBeNull();
    expect(read('He wrote that after some days when she is alone, acid will decide her face.').imminence).toBeNull();
  });
});

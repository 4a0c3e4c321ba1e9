import { describe, expect, it } from 'vitest';
import { analyzeNarrative } from '../../../../rules/emergency/lib/narrative';
import { NOW } from '../../helpers';

/** Round 6 of issue 13, person: each form is tested with wording no narrative set contains, both ways. */
const read = (text: string) => analyzeNarrative(text, NOW);

describe('what a person word is doing in its sentence', () => {
  it('skips a relative or a witness who reports, and keeps the person the report is about', () => {
    expect(read('A cousin phoned us about a post saying someone will get hurt.').personAtRisk).toBeNull();
    expect(read('Reported by a neighbour: loud music, someone may be hurt.').personAtRisk).toBeNull();
    expect(read('A neighbour rang 999: her daughter, 9, is alone with a drunk man.').personAtRisk?.text).toBe('daughter');
    expect(read('He threatened to stab the neighbour tonight.').personAtRisk?.text).toBe('neighbour');
  });

  it('skips the offender identified by an age, and the account holder to be identified', () => {
    expect(read('The hoaxer was traced as a 14-year-old pupil.').personAtRisk).toBeNull();
    expect(read('We ask you to identify the account holder.').personAtRisk).toBeNull();
    expect(read('The account holder, believed 15, posted a noose.').personAtRisk).not.toBeNull();
  });

  it('skips a person noun used as a modifier', () => {
    expect(read('He will phone in a hostage situation at a random address.').personAtRisk).toBeNull();
    expect(read('He holds two hostages in the bank.').personAtRisk?.text).toBe('hostages');
  });

  it('reads estimated ages, US descriptors, titles and roles before names, and names with accents', () => {
    expect(read('The caller says the boy is approximately 12 and alone.').personAtRisk?.text).toMatch(/boy/);
    expect(read('A gamer, about 16, said he took pills.').personAtRisk?.text).toBe('about 16');
    expect(read('SUBJ B/F 34 LAST SEEN ON FOOT.').personAtRisk?.text).toBe('B/F 34');
    expect(read('Threats were sent to Prof. Imre Kovács.').personAtRisk?.text).toMatch(/Prof\. I/);
    expect(read('The post names shopkeeper Anil Mehta as the target.').personAtRisk?.text).toMatch(/shopkeeper Anil Mehta/);
    expect(read('Threats against Žofie Dvořáková, 33, continue.').personAtRisk?.text).toMatch(/Dvořáková, 33/);
    expect(read('We are about 10 minutes away with 5 units.').personAtRisk).toBeNull();
    expect(read('Units on County Road 12 near Exit 9.').personAtRisk).toBeNull();
  });
});

describe('the person at risk as the object of the harm, and relations the lists lacked', () => {
  it.each([
    ['He threatened to stab the night receptionist tonight.', /receptionist/],
    ['He threatened to shoot the officers at the station.', /officers/],
    ['She said she would poison her stepson.', /stepson/],
    ['He will burn the house with his grandparents inside.', /grandparents/],
    ['He wrote he will kill Ayesha tonight.', /kill Ayesha/],
    ['He threatened to drown the twins.', /twins/],
  ])('reads: %s', (text, evidence) => {
    expect(read(text).personAtRisk?.text).toMatch(evidence);
  });

  it.each([
    'He threatened to bomb the station tonight.',
    'He threatened to kill everyone in the building.',
    'He said he will kill Monday\u2019s meeting.',
    'He threatened to shoot up Westfield School.',
  ])('does not read: %s', (text) => {
    expect(read(text).personAtRisk).toBeNull();
  });
});

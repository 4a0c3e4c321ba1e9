import { describe, expect, it } from 'vitest';
import { analyzeNarrative } from '../../../../rules/emergency/lib/narrative';
import { NOW } from '../../helpers';

const read = (text: string) => analyzeNarrative(text, NOW);

describe('police shorthand', () => {
  it('reads threat-to-life warnings, gunshot wounds and high-risk gradings as harm', () => {
    expect(read('TTL issued to the complainant by Met Police.').harm).toEqual({ text: 'TTL' });
    expect(read('An Osman warning was served on him.').harm).toEqual({ text: 'Osman warning' });
    expect(read('Caller reports GSW to the leg, suspect fled.').harm).toEqual({ text: 'GSW' });
    expect(read('MISPER graded high risk by the duty inspector.').harm?.text).toMatch(/graded high risk/i);
    expect(read('High-risk MISPER, 15, left the care home.').harm?.text).toMatch(/High-risk MISPER/);
  });

  it('reads dispatch priorities as now, but not without a stated danger', () => {
    expect(read('Units attending Code 3: man threatening to stab his father.').imminence).toEqual({ text: 'Code 3' });
    expect(read('Priority 1 call: armed male in the house.').imminence).toEqual({ text: 'Priority 1' });
    expect(read('Priority 1 complaint about a parking dispute.').imminence).toBeNull();
  });

  it('does not read a low grading or an unrelated TTL as harm', () => {
    expect(read('MISPER graded low risk; believed at a friend\u2019s house.').harm).toBeNull();
    expect(read('The TTLs of the packets were logged.').harm).toBeNull();
  });
});

describe('threats in the suspect\u2019s own words', () => {
  it.each([
    ['"you won\'t see Christmas"', "won't see Christmas"],
    ['"say goodbye to your family, bitch"', 'say goodbye to your'],
    ['"this is your last warning"', 'this is your last warning'],
    ['"your days are numbered"', 'days are numbered'],
    ['"two in the face before he reaches my window"', 'two in the face'],
    ['"I\'m putting the whole family down"', 'putting the whole family down'],
    ['"everyone would be better off without me"', 'better off without me'],
  ])('reads %s as a threat', (quote, evidence) => {
    expect(read(`He wrote to her on Instagram: ${quote}.`).harm).toEqual({ text: evidence });
  });

  it('does not read everyday phrases as threats', () => {
    expect(read('We will see you at Christmas; say hello to your family.').harm).toBeNull();
    expect(read('This is your last reminder to pay the invoice.').harm).toBeNull();
  });
});

describe('intent written by non-native and informal writers', () => {
  it.each([
    'He say he go to kill her.',
    'hes gonna kill me when the kids r asleep',
    "He'll really stab her.",
    'She is go to jump from the bridge.',
  ])('reads "%s" as imminent harm', (text) => {
    expect(read(text).imminence).not.toBeNull();
  });

  it('accepts "threat of kill" and "threaten kill" without the "to"', () => {
    expect(read('He made threat of kill against the wife.').harm?.text).toMatch(/threat of kill/);
    expect(read('He threaten kill the wife.').harm?.text).toMatch(/threaten kill/);
  });

  it('does not read a harm verb far from the lead as intent', () => {
    expect(read('He will be at home; the dog was killed last year in an accident.').imminence).toBeNull();
  });
});

describe('24-hour times without a colon', () => {
  it.each([
    ['He threatened her at 0130.', 'at 0130'],
    ['Sister called in 2235 tonite.', '2235 tonite'],
    ['Message received @2215, he will kill her.', '@2215'],
    ['Post 0130Z: I will shoot them.', '0130Z'],
    ['2304 caller reports a man on the bridge', '2304'],
  ])('finds the time in "%s"', (text, time) => {
    expect(read(text).timeframe).toEqual({ text: time });
  });

  it('does not read a year, a phone number or a reference as a time', () => {
    expect(read('The church has been empty since 2024.').timeframe).toBeNull();
    expect(read('Call him on 555 0148 227.').timeframe).toBeNull();
    expect(read('Ref 2026-1122, threat to kill.').timeframe).toBeNull();
  });
});

describe('time and scope of an all-clear', () => {
  it('lets a later threat overtake an earlier "no threat to life"', () => {
    const text = 'Initial assessment: no threat to life. However, at 2130 he posted that he will kill her tonight.';
    expect(read(text).harm).toEqual({ text: 'kill' });
  });

  it('keeps the threat against a person that a hedge says is safe for now', () => {
    const text = 'She is safe at her mother\u2019s tonight, but he wrote that he will find her and stab her.';
    expect(read(text).harm).toEqual({ text: 'stab' });
  });

  it('still reads past harm as over when nothing new follows the all-clear', () => {
    expect(read('He threatened to kill her in 2024. He has since been arrested and remains in custody.').harm).toBeNull();
    expect(read('Bomb threat at the library. The call was classified as a hoax. The bomb squad found nothing.').harm).toBeNull();
  });
});

describe('deadlines and names as police write them', () => {
  it.each([
    'He will stab her. Locate him before he reaches her.',
    'Bomb threat: identify the poster before 1700hrs.',
    '"say goodbye to your family, you got till midnight"',
    'He threatened to kill her today itself.',
    'He is driving over now with a knife.',
  ])('reads a deadline for the harm in "%s"', (text) => {
    expect(read(text).imminence).not.toBeNull();
  });

  it('does not read a past year after "before" as a deadline', () => {
    expect(read('He stabbed a man before 2024 and served his sentence.').imminence).toBeNull();
  });

  it('reads a name with the surname in capitals as the person', () => {
    expect(read('Ethan MORRIS, 17, posted a photo.').personAtRisk?.text).toMatch(/Ethan MORRIS/);
    expect(read("Leilani FA'AMAUSILI (26) called.").personAtRisk?.text).toMatch(/FA'AMAUSILI/);
    expect(read('Someone from the NSW POLICE called.').personAtRisk).toBeNull();
    expect(read('Dispatch log of Winnipeg PS.').personAtRisk).toBeNull();
  });

  it('reads street slang and promised injuries as threats', () => {
    expect(read('"tonight we catch a body"').harm?.text).toMatch(/catch a body/);
    expect(read('"you\'ll be eating through a straw"').harm?.text).toMatch(/eating through a straw/);
    expect(read('"make sure he can\'t walk again"').harm?.text).toMatch(/can't walk again/);
  });
});

describe('negation scoped to the clause and the list it names', () => {
  it('does not let a negated condition reach the threat after a new subject', () => {
    expect(read('If you do not answer me I will stab you.').harm).toEqual({ text: 'stab' });
    expect(read('He did not say he will kill her.').harm).toBeNull();
  });

  it('carries a negation over the commas of its list, and only there', () => {
    expect(read('There is no indication of danger, self-harm or foul play.').harm).toBeNull();
    const text = 'She has no food for 3 days, employer say tonight he will "finish her".';
    expect(read(text).imminence).toEqual({ text: 'tonight' });
  });

  it('does not read a safety the request aims at as an all-clear', () => {
    expect(read('She wishes she were dead. Locate her to make sure she is safe.').harm).toEqual({ text: 'dead' });
    expect(read('She wishes she were dead. She was found safe at 0900.').harm).toBeNull();
  });
});

describe('harm implied by the facts and said in any person', () => {
  it.each([
    ['took 40 of my nans tablets about 10 min ago', 'took 40'],
    ['this driver wont let me out', 'wont let me out'],
    ['tape on the inside of his car windows and two bags of charcoal', 'charcoal'],
    ['her mechanic found the brake lines cut', 'brake lines cut'],
    ['"tonight I go to your house, you will not see the sunrise"', 'will not see the sunrise'],
    ['"I\'ll put you in the dirt before the footy\'s finished"', 'put you in the dirt'],
    ['"soon you\'ll be gone and the house will be ours"', "you'll be gone"],
    ['he has a revolver registered', 'revolver'],
  ])('reads "%s" as harm', (text, evidence) => {
    expect(read(text).harm).toEqual({ text: evidence });
  });

  it('does not read sport, game or business talk, or a death of natural causes, as harm', () => {
    expect(read('"we\'re gonna absolutely murder you lot on Saturday"').harm).toBeNull();
    expect(read('Her Facebook shop page is kidnap by hacker.').harm).toBeNull();
    expect(read('"your dump won\'t see Christmas"').harm).toBeNull();
    expect(read('He died of natural causes at home.').harm).toBeNull();
    expect(read('"that mutt barks again and im poisoning it"').harm).toBeNull();
  });

  it('reads a quoted joke or a closed request as no danger', () => {
    expect(read('He said "I\'ll literally kill you". The school concluded it was an exaggerated joke.').harm).toBeNull();
    expect(read('A man was shot on 15/11. The suspect remains in custody.').harm).toBeNull();
  });
});

describe('imminence from states, deadlines and the day of the harm', () => {
  it.each([
    ['She is missing since Friday and he has a gun.', 'is missing'],
    ['He has a gun. Her phone goes straight to voicemail.', 'goes straight to voicemail'],
    ['He has a knife and is standing outside her door.', 'is standing'],
    ['Threat to shoot. Locate him before 1600.', 'before 1600'],
    ['He posted at 0140 hrs today that he will shoot them.', 'posted at 0140 hrs today'],
    ['Armed male, aerial search must find him before he dies of exposure.', 'before he dies'],
  ])('reads "%s" as imminent', (text, evidence) => {
    expect(read(text).imminence?.text).toBe(evidence);
  });

  it('reads a day of the harm within the next days as imminent, not one that is past or years away', () => {
    expect(read('He wrote that the judge gets shot at sentencing, 27/11/2026.').imminence?.text).toMatch(/27\/11\/2026/);
    expect(read('He shot a man, 20/11/2026.').imminence).toBeNull();
    expect(read('"When I get out I will kill you." His release is several years away.').imminence).toBeNull();
  });
});

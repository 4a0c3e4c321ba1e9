import { describe, expect, it } from 'vitest';
import { analyzeNarrative } from '../../../../rules/emergency/lib/narrative';
import { NOW } from '../../helpers';

/** Round 7 of issue 13: harm implied by the facts, and threats in slang and idiom, both ways. */
const read = (text: string) => analyzeNarrative(text, NOW);

describe('harm implied by the facts', () => {
  it.each([
    'The 2-year-old was left in the car in the supermarket car park, 38 degrees, windows closed.',
    'A hiker texted that he is lost above the treeline, snow coming, no tent, battery at 5%.',
    'He is a dialysis patient and has missed two sessions since Friday.',
    'A swimmer was swept out past the breakwater and friends lost sight of him.',
    'A car with two kids inside drove into the floodwater on Route 9.',
    'He fell through the ice on the reservoir, his friend says.',
    'The call dropped after a scream, then nothing.',
    'She screamed "get off me" before the line went quiet.',
    'Neighbours heard a struggle and a child crying, then silence.',
    'He has stopped eating, gave away his PlayStation and said goodbye to his mates.',
    'He sent her a photo of her daughter\'s school gate with "see you soon".',
  ])('reads %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });

  it.each([
    'The children were left in the car park with their teacher while the bus was fixed.',
    'The kids left in the van this morning for the school trip.',
    'He got lost in the woods of paperwork at the council office.',
    'The tenant screamed "stop calling me" at the debt collector.',
    'The neighbours heard a scuffle between two dogs.',
    'He gave away his old sofa and said goodbye to the neighbours before moving to Leeds.',
    'She posted a photo of her daughter\'s school with "see you soon, first day tomorrow!".',
    'The oxygen supplier missed the delivery slot; the tank is full until Friday.',
  ])('does not read %s', (text) => {
    expect(read(text).harm).toBeNull();
  });
});

describe('threats in slang and in the idiom of other Englishes', () => {
  it.each([
    '"your boy gonna be on a t-shirt by friday"',
    '"I\'ll send you to see Jesus"',
    '"we finna air out the whole block"',
    '"I will moer you until you are blue."',
    '"I\'ll chib ye the next time I see ye."',
    '"I will finish your family one by one."',
    '"You will not see your daughter grow up."',
    '"Nobody will be able to help you where you\'re going."',
    '"Tonight your house becomes a barbecue."',
    '"Start planning your funeral."',
    '"You\'ll be visiting her grave by spring."',
  ])('reads %s', (text) => {
    expect(read(`He wrote to her: ${text}`).harm).not.toBeNull();
  });

  it.each([
    'She designed a t-shirt for the charity run; everyone will be on a t-shirt.',
    'We need to air out the house after the paint job.',
    'He will finish his family history book by May.',
    'Her grandmother likes visiting the graves of her parents.',
    'They will waste their money on that car.',
    'Don\'t waste your time on him.',
    'The new kitchen will become a barbecue area in summer.',
  ])('does not read %s', (text) => {
    expect(read(text).harm).toBeNull();
  });
});

describe('a death said as a journey or a bill, and abuse told by its signs', () => {
  it.each([
    'He promise to do her finish this week.',
    'A gang has put a price on the witness\'s head.',
    'He wants to make her body suffer, he wrote.',
    'The father wants to take the boy to the other world with him.',
    'He write that he prepare the gas for the whole family.',
    'He said he will send her home in an ambulance.',
    '"you\'re going to the ER tonight, then the morgue"',
    'He locked the kids in and is threatening to light the flat.',
    'He wants to go to heaven tonight with his daughter.',
    'The girl says her stepfather comes to her room at night and touches her.',
    'An adult man is asking the 11-year-old to meet at the park without telling her parents.',
    'The man promised the girl a job abroad and took her passport.',
    'She is held in a flat and forced to work off the debt.',
  ])('reads %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });

  it.each([
    'Her father touched her shoulder and said goodbye at the airport.',
    'The hotel kept her passport at reception overnight, as is the rule.',
    'He must work to pay the debt on his car, his lawyer says.',
    'The pastor said the old man will go to heaven with his wife one day.',
    'They will make him finish the report by Monday.',
    'The band will take the fans to the other world of sound.',
    'He prepared the gas barbecue for the family party.',
    'The teacher told the 12-year-old not to tell her parents about the surprise party.',
  ])('does not read %s', (text) => {
    expect(read(text).harm).toBeNull();
  });
});

describe('facts told in a second language\'s word order', () => {
  it.each([
    'She inform that her son is in the room since two days without eat and with a rope.',
    'The minor girl is in the house of an adult man she know by internet since three days.',
    'The informant says that the group will make an attack in the market on Friday.',
    'He told he will come and take the children by force and nobody will see them more.',
  ])('reads %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });

  it.each([
    'He is in the garage with the rope for the swing.',
    'The girl is in the house of her grandmother since Monday.',
    'The school will make a display in the market on Friday.',
    'Nobody will see them more often than the nurse does.',
  ])('does not read %s', (text) => {
    expect(read(text).harm).toBeNull();
  });
});

describe('clinical and police shorthand (round 7)', () => {
  it('reads suicidal ideation with a plan and a child in the company of a registered sex offender', () => {
    expect(read('Pt is SI with plan and means, eloped from ED at 0400.').harm).not.toBeNull();
    expect(read('Juv is a runaway, possibly in company of an RSO.').harm).not.toBeNull();
  });

  it('does not read the same letters elsewhere', () => {
    expect(read('Please send the RSO form to the range.').harm).toBeNull();
    expect(read('She says si to everything her friends ask.').harm).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeNarrative } from '../../../../rules/emergency/lib/narrative';
import { NOW } from '../../helpers';

const read = (text: string) => analyzeNarrative(text, NOW);

describe('harm in euphemism, by family', () => {
  it.each([
    ['my cousin says hes gonna do himself in', /do himself in/],
    ['He said he would top himself tonight.', /top himself/],
    ['"if it goes out im not gonna be around to see it"', /not gonna be around to see/],
    ['She wrote that she does not want to wake up anymore.', /want to wake up/],
    ['"already got the belt sorted"', /got the belt sorted/],
    ['The rope is ready in the shed.', /rope is ready/],
    ["HE WROTE 'TELL GRANNY I LOVED HER'.", /TELL GRANNY I LOVED HER/],
    ['"200 000 euro until Tuesday or you receive him in pieces"', /him in pieces/],
    ['He said he will chop her up.', /chop her up/],
    ['"we have the coffin measured for you, snitch"', /coffin measured/],
    ['"the day I walk out youre done, they\'ll need dental records"', /need dental records/],
    ['"i\'ll leave the lunch ladies out of it, rest of u r fair game"', /rest of u r fair game/],
    ['The boy has tape on the mouth in the photo.', /tape on the mouth/],
    ['The minor was pulled in a grey van by two men.', /pulled in a grey van/],
    ["Next 'live show' with small girl is announced for tonight.", /live show' with small/],
    ['bringing dads AR to northrop tmrw', /dads AR/],
  ])('reads "%s" as harm', (text, evidence) => {
    expect(read(text).harm?.text).toMatch(evidence);
  });

  it.each([
    ['He did the whole project himself in a week.'],
    ['She is not around to sign the form until Monday.'],
    ['The belt was sorted by size in the stock room.'],
    ['The puzzle arrived in pieces.'],
    ['The tailor measured him for a suit.'],
    ['Dental records were requested by the insurer.'],
    ['Whether the comment is fair game for the press is a civil matter.'],
    ['The parcel arrived with tape on the lid.'],
    ['She got in a taxi home after the concert.'],
    ['The shop streams a live show with music every Friday.'],
    ['The AR filter on her phone shows cat ears.'],
  ])('does not read "%s" as harm', (text) => {
    expect(read(text).harm).toBeNull();
  });
});

describe('death in idiom, street slang, luring facts and life-sustaining treatment (round 5, by lexicography)', () => {
  it.each([
    ["'one of these years you'll be needing a priest not a lawyer'", /needing a priest/],
    ["'if u ever testify ull be pushin daisies'", /pushin daisies/],
    ["'we do funeral for your whole family together'", /funeral for/],
    ["'you'll end up like Declan, I promise'", /end up like Declan/],
    ["'or we take you out in sheets'", /take you out in sheets/],
    ["'Shayla ur gonna end up like ur cousin'", /end up like ur/],
    ["'Saturday you will go sleep in Bigara cemetery, you will not see Monday'", /sleep in Bigara cemetery|not see Monday/],
    ["'tonight you in Osaka Bay will sink'", /in Osaka Bay will sink/],
    ["'man's got the ching in the whip, ur getting dipped'", /ching/],
    ['He said the boy is getting wetted after school.', /getting wetted/],
    ['He asked her to come alone, to bring no phone and to delete the messages.', /come alone/],
    ['The friend say to her he is 14 but the chats show he is adult man.', /he is 14 but the chats show he is adult|adult man/],
    ['Man already have photo of her without clothes.', /photo of her without clothes/],
    ['MISPER on haemodialysis has missed his Thursday and Saturday sessions.', /missed his Thursday and Saturday sessions/],
    ["'left the boat keys and the will on the kitchen table, tell the dogs I'm sorry'", /left the boat keys and the will on|tell the dogs I'm sorry/],
    ['Two paramilitary-style shootings happened in the area this year.', /shootings/],
    ['This group before already break the legs of one debtor.', /break the legs/],
    ['He threatened her life on Facebook.', /threatened her life/],
    ['He says he will end her.', /end her/],
    ['He said he knows where the kids sleep.', /knows where the kids sleep/],
    ['The message said she had 24 hours to live.', /24 hours to live/],
    ['He threatened to throw her off the balcony.', /throw her off the balcony/],
    ["She said she swallowed all her nan's tablets.", /swallowed all her nan's tablets/],
    ['The baby has not been fed and is not moving.', /not been fed/],
    ['He said he would wipe out her whole family.', /wipe out her whole family/],
  ])('reads "%s" as harm', (text, evidence) => {
    expect(read(text).harm?.text).toMatch(evidence);
  });

  it.each([
    ['The priest visited the parish on Sunday.'],
    ['The daisies in the park were planted in spring.'],
    ['She planned the funeral for her late grandfather.'],
    ['She will end up like her mother, a teacher.'],
    ['We will not see Monday\'s figures until Tuesday.'],
    ['The ship will sink the price of shipping.'],
    ['He told her to come to the office at nine.'],
    ['The meeting will end her term as chair.'],
    ['The shop has 3 days to live before the lease ends.'],
    ['The hotel booking was cancelled by the customer.'],
  ])('does not read "%s" as harm', (text) => {
    expect(read(text).harm).toBeNull();
  });

  it.each([
    ["'I'm deid inside, this game's killed me'"],
    ["She says 'this is life or death for me, my whole income is gone' after a SIM swap."],
    ["'I will destroy you on Google, your business is dead'"],
    ["'that mutt barks one more time and I'll put it down myself, shotgun's by the door'. No threats were made toward Ms. Nunez or her family."],
  ])('does not read "%s" as harm', (text) => {
    expect(read(text).harm).toBeNull();
  });

  it('reads a threat after a condition with a negator', () => {
    expect(read("'today 5 pm not pay then I throw acid wife child of you'").harm?.text).toMatch(/acid/);
  });
});

describe('harm as second-language writers put it (round 5, by lexicography)', () => {
  it.each([
    ['He threaten the boy to put in the river.', /threaten the boy to put in the river/],
    ['He is promise to cut the neck of victim.', /cut the neck/],
    ['They will liquidate the journalist.', /liquidate the journalist/],
    ['Gang members announced they will execute the informant.', /execute the informant/],
    ['He is sequestering his daughter in the house.', /sequestering his daughter/],
    ['She write that she want to finish with her life today.', /finish with her life/],
    ['The boy is disappeared since yesterday with unknown adult.', /boy is disappeared since yesterday with unknown adult/],
    ['The girl say she will throw herself from the building.', /throw herself from/],
  ])('reads "%s" as harm', (text, evidence) => {
    expect(read(text).harm?.text).toMatch(evidence);
  });

  it.each([
    ['We will execute the search warrant at the house.'],
    ['The court sequestered the jury for the trial.'],
    ['He threatened the landlord with a lawsuit.'],
    ['The new law will take the lives of small businesses into account.'],
    ['They threw themselves into the work.'],
    ['The girl was with an older woman, her aunt, at the mall.'],
  ])('does not read "%s" as harm', (text) => {
    expect(read(text).harm).toBeNull();
  });
});

describe('a quoted euphemism with a person, and minor bruises', () => {
  it.each([
    ['In March 2025 he posted that he would "end" his neighbour Graham Pollard.', /end" his neighbour/],
    ['Minor bruising, he stabbed her in the arm.', /stabbed/],
    ['The child has unexplained bruising on his back.', /bruising/],
  ])('reads "%s" as harm', (text, evidence) => {
    expect(read(text).harm?.text).toMatch(evidence);
  });

  it.each([
    ['Pupil Toby, 14, has a bruised cheek and was checked by the school nurse.'],
    ['The complainant has minor bruising after a push in the queue.'],
    ["The scammer says he will 'finish' him by telling his wife."],
  ])('does not read "%s" as harm', (text) => {
    expect(read(text).harm).toBeNull();
  });
});

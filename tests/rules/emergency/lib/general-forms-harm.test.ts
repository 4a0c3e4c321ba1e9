import { describe, expect, it } from 'vitest';
import { analyzeNarrative } from '../../../../rules/emergency/lib/narrative';
import { NOW } from '../../helpers';

/** Round 6 of issue 13, harm: each form is tested with wording no narrative set contains, both ways. */
const read = (text: string) => analyzeNarrative(text, NOW);

describe('harm in general forms', () => {
  it.each([
    'She texted her cousin that she will not be in this world anymore by Friday.',
    'He wrote "i cant remain on this earth no longer".',
    'The boy said he is leaving this world tonight.',
  ])('reads leaving this world said of oneself as self-harm: %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });

  it('does not read an ordinary "this world" as self-harm', () => {
    expect(read('She says there is no better bakery in this world and wants a refund.').harm).toBeNull();
    expect(read('He moved abroad to see more of this world.').harm).toBeNull();
  });

  it('reads a person "disappeared" by others as harm, not a file that disappeared', () => {
    expect(read('Three activists from the same group got disappeared after such messages.').harm?.text).toMatch(/got disappeared/);
    expect(read('The invoices disappeared from the shared drive last week.').harm).toBeNull();
  });

  it('reads a person at a drop, not someone on the edge of the bed', () => {
    expect(read('A girl is perched on the bridge parapet filming herself.').harm?.text).toMatch(/parapet/);
    expect(read('He is standing outside the balcony railing on the 9th floor.').harm?.text).toMatch(/railing/);
    expect(read('She was sitting on the edge of the bed when she called us about the parcel.').harm).toBeNull();
  });

  it('reads a person locked in by someone, not someone who locked up the shop', () => {
    expect(read('Her son says she was locked inside a shipping container by two men.').harm?.text).toMatch(/locked inside a shipping container by/);
    expect(read('The manager locked up the shop and left by the back door.').harm).toBeNull();
  });

  it('reads a face to be burnt or scalded, not a kettle in the kitchen', () => {
    expect(read('He has boiled the kettle and says it is going in her face.').harm).not.toBeNull();
    expect(read('"I will scald your face, wait and see."').harm?.text).toMatch(/scald your face/);
    expect(read('She put the kettle on and made tea for the neighbours.').harm).toBeNull();
  });

  it.each([
    ['"u gonna be resting in the churchyard with ur brother"', /resting in the churchyard/],
    ['"you will meet the other side before Sunday"', /meet the other side/],
    ['"you will be zipped into a black bag"', /zipped into a black bag/],
    ['"we stuff him in a bin bag"', /stuff him in a bin bag/],
  ])('reads a grave or a body bag promised to the person: %s', (quote, evidence) => {
    expect(read(`The caller received: ${quote}.`).harm?.text).toMatch(evidence);
  });

  it('does not read a grave visit, the other side of a road or the rubbish as a threat', () => {
    expect(read('Her father is buried in the cemetery where she works as a gardener.').harm).toBeNull();
    expect(read('You will see the other side of the street from the camera.').harm).toBeNull();
    expect(read('Put the rubbish in a black bag and leave it by the gate.').harm).toBeNull();
  });

  it('reads blackmail with intimate images as sextortion, either order', () => {
    expect(read('A 14-year-old is being blackmailed over nude pictures sent last week.').harm).not.toBeNull();
    expect(read('Intimate clips of the boy are used to extort him.').harm).not.toBeNull();
    expect(read('He is blackmailing his business partner over unpaid invoices.').harm).toBeNull();
  });

  it('reads a risk grading after a dash or a colon', () => {
    expect(read('MISPER: HIGH RISK. Aged 15, left school at noon.').harm?.text).toMatch(/MISPER: HIGH RISK/);
    expect(read('Missing person - critical risk, elderly man.').harm?.text).toMatch(/critical risk/);
    expect(read('MISPER: LOW RISK, believed with friends.').harm).toBeNull();
  });

  it('reads game talk in a ranked match or a lobby as play', () => {
    expect(read('He messaged my son: "ill kill you in comp tomorrow, uninstall".').harm).toBeNull();
    expect(read('He messaged my son: "ill kill you tomorrow after school".').harm).not.toBeNull();
  });
});

describe('harm in general forms, second batch', () => {
  it('reads a building burnt with any person inside, not a barbecue with friends inside', () => {
    expect(read('The same crew torched a bakery last month with the baker still inside.').harm).not.toBeNull();
    expect(read('We had a fire pit going in the garden with the guests inside watching.').harm).toBeNull();
  });

  it('reads "nobody finding" a person in contracted or g-dropped form', () => {
    expect(read('He told her "nobody\'ll ever be findin ya out there".').harm?.text).toMatch(/findin ya/);
    expect(read('Nobody is finding the time to answer our tickets.').harm).toBeNull();
  });

  it('reads a person promised to the water or the ice, not a swim', () => {
    expect(read('"u gonna end up under the ice by morning"').harm?.text).toMatch(/under the ice/);
    expect(read('She says "I will be in the Vltava river before he finds me".').harm).not.toBeNull();
    expect(read('We will go in the lake for a swim on Sunday, said the coach.').harm).toBeNull();
  });

  it('reads the last holiday promised to the family', () => {
    expect(read('He texted: "enjoy Eid, its the last one any of you will see".').harm).not.toBeNull();
    expect(read('This is the last one you get for free, said the shop.').harm).toBeNull();
  });

  it('reads a person locked in a vehicle or a room by someone', () => {
    expect(read('She messaged that they lock her inside a storage container at night.').harm?.text).toMatch(/lock her inside a storage container/);
    expect(read('He locked the bikes in the shed.').harm).toBeNull();
  });

  it('reads a firearm named by calibre and police shorthand for an armed subject', () => {
    expect(read('His 12-gauge is missing from the cabinet.').harm?.text).toMatch(/12-gauge/);
    expect(read('The father took his .270 and drove off with the boy.').harm?.text).toMatch(/\.270/);
    expect(read('SUBJ KNOWN TO CARRY, LAST SEEN WESTBOUND.').harm?.text).toMatch(/KNOWN TO CARRY/);
    expect(read('The shelf is 10mm thick and the order 2.22 kg.').harm).toBeNull();
  });

  it('reads a reputation or a career "killed" as figurative', () => {
    expect(read('The vendor wrote "we will kill your good name online".').harm).toBeNull();
    expect(read('The vendor wrote "we will kill you and your wife".').harm).not.toBeNull();
  });

  it('reads esports, cup finals and carnival bands as play, a real threat elsewhere as harm', () => {
    expect(read('Before the cup final a rival fan wrote: "we murder you lot on Saturday".').harm).toBeNull();
    expect(read('Before the rap battle he wrote: "ima kill you on that stage".').harm).toBeNull();
    expect(read('After the game he wrote: "ima kill you in the car park on Saturday".').harm).not.toBeNull();
  });

  it('reads someone watching the house or hidden now as imminent', () => {
    expect(read('Men who threatened to kill him are watching his flat from a car.').imminence?.text).toMatch(/are watching/);
    expect(read('The girl threatened with a knife is hidden at her aunt\'s.').imminence?.text).toMatch(/is hidden/);
  });
});

describe('harm in general forms, third batch (a probe of threat wording and of everyday look-alikes)', () => {
  it.each([
    'She has left goodbye letters for her kids on the table.',
    'The boy has saved up 40 of his gran\u2019s painkillers in a sock.',
    'He texted his sister: "I end everything tonight".',
    'She wrote "nobody will even notice when I\u2019m gone".',
    'The post says "gonna spray up the synagogue at the service".',
    'He wants to kill as many students as he can.',
    'He put a photo of his ex\u2019s house online with a bullseye drawn on the picture.',
    'He held the boy under the water until he went limp.',
    'She says he choked her until she blacked out.',
    'A man told the 12-year-old to meet him alone and keep it their little secret.',
    'On the live video he is saying goodbye to his daughters from the car.',
    'He ran a tube from the exhaust into the back window.',
  ])('reads: %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });

  it.each([
    'The supplier promised to meet him alone to settle the invoice.',
    'Please do not tell anyone about this request until the warrant is served.',
    'The youth club will light up the church hall for Christmas.',
    'He collected the pills from the pharmacy for his grandmother.',
    'She said "I will end this tenancy if the rent is late".',
    'The fraudster took out as many loans as he can in her name.',
    'He held the puppy under the water to wash it.',
    'Our single will shoot up the charts this week.',
    'No one will notice the change in the logo, said the designer.',
    'The mechanic replaced the exhaust on the van.',
  ])('does not read: %s', (text) => {
    expect(read(text).harm).toBeNull();
  });
});

describe('harm told by the act, and all-clears after a check (a probe of incident wording)', () => {
  it.each([
    'Neighbours heard two gunshots from the garage.',
    'The man is firing at officers from the upstairs window.',
    'They tied the boy to a radiator in the cellar.',
    'Her friend says a stranger spiked her drink at the club.',
    'He rammed his wife\u2019s car off the road on the A40.',
    'He set his pit bull on the girl outside the shop.',
    'He is dangling the toddler out of the window of the 4th floor.',
    'The uncle wants to sell his niece to a man in another town.',
    'The family received a ransom call from a withheld number.',
    'The 3-year-old swallowed a button battery an hour ago.',
    'Her dad is sitting in the car with the engine running in a locked garage.',
    'Her flatmate cannot wake her up and there are empty packets.',
    'The post says nobody in that mosque will go home.',
    'A man tried to drag a pupil into his white van after school.',
  ])('reads: %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });

  it.each([
    'He sold his car to a man from another town.',
    'The shop sold the girl a phone with a broken screen.',
    'We received a call about a ransomware note on the office server.',
    'The boy wants to go home early from the party.',
  ])('does not read: %s', (text) => {
    expect(read(text).harm).toBeNull();
  });

  it.each([
    'He posted "I will shoot you" to a friend; both confirmed it was banter. No further action.',
    'The man who wrote he would stab his boss was assessed as posing no risk.',
    'A post says the teacher "should be shot"; the school considers it a silly joke.',
    'The kidnapping reported on 10/11 was a misunderstanding; the girl was with her aunt all along.',
    'The allegation of violence was retracted; the complainant admitted she made it up.',
    'His account is "dead" says the bank letter, and he must act now.',
    'The bomb in the video was a cake made to look like a bomb.',
  ])('reads an all-clear after a check: %s', (text) => {
    expect(read(text).harm).toBeNull();
  });

  it('keeps a new threat after the all-clear, and does not read NFA as no further action', () => {
    expect(read('The first post was banter. However, at 2100 he sent "I will stab you tonight".').harm).not.toBeNull();
    expect(read('He threatened to stab his ex. Suspect NFA at home address, phone off.').harm).not.toBeNull();
  });
});

describe('harm as writers of a second language put it (a probe of calques)', () => {
  it.each([
    'The man threaten the family that he put fire to the house in the night.',
    'The ex is saying that she no more will see the sun.',
    'He has said to the victim that he will remove her from this world.',
    'The stepfather is touching the girl of 11 years in the night.',
    'Her uncle says he will take her to the mountains and nobody will hear her.',
  ])('reads: %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });

  it.each(['Nobody will hear her sing at the concert because the mic is broken.', 'He put fire in the fireplace.', 'We need to remove him from the group chat.'])(
    'does not read: %s',
    (text) => {
      expect(read(text).harm).toBeNull();
    },
  );
});

describe('"I will kill you" quoted in more languages, matched on letters of any script', () => {
  it.each(['zabiję cię', 'ik vermoord je', 'seni öldüreceğim', 'я тебя убью', 'jag ska döda dig', 'aku bunuh kau', 'nitakuua', 'tu vas mourir'])(
    'reads "%s"',
    (quote) => {
      expect(read(`He wrote to her: "${quote}".`).harm).not.toBeNull();
    },
  );

  it('does not read everyday words of those languages', () => {
    expect(read('He wrote to her: "dziękuję, do zobaczenia jutro".').harm).toBeNull();
    expect(read('He wrote to her: "ik maak je ontbijt".').harm).toBeNull();
    expect(read('He wrote to her: "я тебя люблю".').harm).toBeNull();
  });
});

describe('a clause that starts with "and" and a compound tense, a reason to live, a child talked into leaving', () => {
  it('does not let a negator reach past "and has prepared"', () => {
    expect(read('He says there is no point and has bought charcoal for his room.').harm?.text).toMatch(/charcoal/);
    expect(read('He has no knife and has not got a gun.').harm).toBeNull();
  });

  it('reads no reason left to live and a child talked into leaving home', () => {
    expect(read('She wrote she has no reasons left to live.').harm).not.toBeNull();
    expect(read('An adult persuaded the girl to run away tonight to meet him.').harm).not.toBeNull();
    expect(read('The coach persuaded the team to run a lap.').harm).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeNarrative } from '../../../../rules/emergency/lib/narrative';
import { NOW } from '../../helpers';

/** Round 7 of issue 13: each mechanism tested with wording no narrative set contains, both ways. */
const read = (text: string) => analyzeNarrative(text, NOW);

describe('harm told by the fate promised or the means laid', () => {
  it.each([
    'He told her she would end up food for the crabs off the pier.',
    'The message says "you\'ll be feeding the sharks by Sunday".',
    'He threatened to feed him to the pigs on his uncle\'s farm.',
    'She received a voice note: "the lake gonna take you and your brother".',
  ])('reads the body given to animals or to the water: %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });

  it('does not read feeding animals or a trip on the water', () => {
    expect(read('He asked his neighbour to feed the dogs while he is away.').harm).toBeNull();
    expect(read('She will be feeding the birds at the park on Sunday.').harm).toBeNull();
    expect(read('The ferry across the lake will take you to the island in an hour.').harm).toBeNull();
  });

  it('reads a car that will explode with its driver and a device found under it', () => {
    expect(read('The text reads: "your van will go up when you turn the key".').harm?.text).toMatch(/van will go up/);
    expect(read('Staff found a package taped under her car in the depot car park.').harm?.text).toMatch(/under her car/);
    expect(read('"Your car will fly with you inside", the message ends.').harm).not.toBeNull();
  });

  it('does not read a car that will go or a thing found under a car with no device', () => {
    expect(read('Your car will be ready for collection on Tuesday.').harm).toBeNull();
    expect(read('His car will fly through its inspection now that the brakes are fixed.').harm).toBeNull();
    expect(read('A cat was found under the car by the mechanic.').harm).toBeNull();
  });

  it('reads people shut in with a running engine, in either order of the words', () => {
    expect(read('The caller says her father is in the garage with the engine running and will not answer.').harm).not.toBeNull();
    expect(read('Dad sat in a locked garage w/ the truck on.').harm).not.toBeNull();
    expect(read('He keeps his bikes in the garage with the tools.').harm).toBeNull();
  });

  it('reads a person held or moved to be sold, not a thing sold', () => {
    expect(read('Two teenagers from the camp are being moved and sold across the border this week.').harm).not.toBeNull();
    expect(read('The women were kept in a flat, to be sold to a buyer in the port.').harm).not.toBeNull();
    expect(read('The family car is to be sold at auction next week.').harm).toBeNull();
    expect(read('They said the tickets were sold out.').harm).toBeNull();
  });

  it('reads "nobody finds you" in the present tense like "nobody will find you"', () => {
    expect(read('He wrote "you go in that bog and nobody finds you".').harm).not.toBeNull();
    expect(read('Nobody finds the office easily, so he sends a map.').harm).toBeNull();
  });
});

describe('harm told by a coffin readied, a sleep for good, a wish not to exist, a vessel in distress, strangers', () => {
  it.each([
    'The SMS said "get the caskets ready for your whole family".',
    'He wrote that the grave is dug for you behind the mill.',
    'He texted her "I got the shovel for you, not for the garden".',
    'They told the father they will send him back to you in pieces if he talks.',
    'The kidnapper says the baby will sleep for good if the money is late.',
    'The message ends: "You stay with him. Not in this life."',
    'In this snow and without a coat she could not survive the night.',
    'The boy told his teacher he wishes he was never born.',
    'She posted "i just wanna disappear forever".',
    'In the chat he says "I will step off the bridge at the old mill".',
    'Kayak instructor reports a pupil phoned: the boat is sinking and she is alone.',
    'Two fishermen on a dinghy, water pouring in, no radio.',
    'The student was dragged into a car by three masked men outside the library.',
    'On a livestream he holds a 40 cm machete over the counter.',
    'He wrote "the first guy who opens that door gets it".',
  ])('reads %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });

  it.each([
    'He keeps the coffins for the funeral home ready in the warehouse.',
    'She got the rope for the tent at the camping store.',
    'We will return the parcel to you in a box next week.',
    'He sleeps for eight hours a night since his new job.',
    'Nothing in this world is as good as her cooking, she says.',
    'The survey asks whether small shops will not survive the winter sales.',
    'He wants to disappear from social media for a while, he says.',
    'The boat is in the harbour for repairs until spring.',
    'Two men took the parcel and were seen by three witnesses.',
    'He flies a radio-controlled chopper at the park.',
    'Whoever gets it wrong buys the coffee.',
  ])('does not read %s', (text) => {
    expect(read(text).harm).toBeNull();
  });

  it('reads blackmail with images across an account name with dots', () => {
    expect(read("He is extorted by the account 'anna.k.2011.x' which has nude photos of him.").harm).not.toBeNull();
  });
});

describe('harm words that state no danger to a person', () => {
  it('skips a harm word in the name of the unit that writes, and keeps the danger the text states', () => {
    expect(read('Homicide and Serious Crime Command, DC Ahmed. The complainant lost £4,000 to a romance scam on 20/11.').harm).toBeNull();
    expect(read('Anti-Kidnapping Division. A tenant has not paid rent for three months.').harm).toBeNull();
    expect(read('Homicide Unit. He says he will stab her tonight.').harm?.text).toMatch(/stab/);
    expect(read('The suspect threatened a homicide at the depot.').harm).not.toBeNull();
  });

  it('reads things held to ransom and the trafficking of goods or animals as no harm to a person', () => {
    expect(read('An ex-employee is keeping the company files hostage until he is paid.').harm).toBeNull();
    expect(read('Criminals took her domains hostage and ask for 3 BTC.').harm).toBeNull();
    expect(read('The seller is part of a pangolin trafficking ring on the coast.').harm).toBeNull();
    expect(read('The page is used for trafficking of ivory and cannabis.').harm).toBeNull();
    expect(read('He is holding his wife hostage in the flat.').harm).not.toBeNull();
    expect(read('The page recruits girls for sex trafficking.').harm).not.toBeNull();
  });

  it('takes an advertisement, the words of a song and no threat to the person as an all-clear', () => {
    expect(read('The flyer says "we will bomb the town with deals". This is just a promotion for the sale.').harm).toBeNull();
    expect(read('A post said "I shoot you down". These are the lyrics of a pop song.').harm).toBeNull();
    expect(read('He demands money to unlock her laptop. There is no threat to her person.').harm).toBeNull();
  });

  it('reads a person found safe, a kidnapping that never was, a threat to an empty outbuilding and an exam "bombed"', () => {
    expect(read('A caller said he holds her son. Officers found the boy unharmed at football practice.').harm).toBeNull();
    expect(read('The caller claimed to have kidnapped her son, who was never taken.').harm).toBeNull();
    expect(read('This is a fake kidnapping scam run from a prison.').harm).toBeNull();
    expect(read('He wrote he will torch your shed and the hay.').harm).toBeNull();
    expect(read('He wrote he will torch your shed with you in it.').harm).not.toBeNull();
    expect(read('She says she is going to bomb her chemistry midterm.').harm).toBeNull();
  });

  it('keeps the danger when the advert is the victim\'s, not the threat', () => {
    expect(read('She answered an advert for a nanny job and is now locked in a flat and beaten.').harm).not.toBeNull();
  });
});

describe('imminence of a threat tied to a season or to someone away for one', () => {
  it.each([
    'He wrote that he will drown her when the thaw comes.',
    'He said he will kill her. He is away at a mining camp for the whole winter.',
    'He threatened to shoot him; nothing suggests he is coming back before the new year.',
  ])('is not imminent: %s', (text) => {
    expect(read(text).harm).not.toBeNull();
    expect(read(text).imminence).toBeNull();
  });

  it('is still imminent when the threat is tonight', () => {
    expect(read('He said he will kill her tonight at her flat.').imminence).not.toBeNull();
    expect(read('He is at her door with a knife right now, after the winter break.').imminence).not.toBeNull();
  });
});

describe('purposes and persons, round 7', () => {
  it('reads contact regained and the room told as a purpose', () => {
    expect(read('He has a gun. We request the IP data so the team can restore contact with him.').nexus).not.toBeNull();
    expect(read('He has a gun. We request the location data to work out which flat he is in.').nexus).not.toBeNull();
  });

  it('reads the place shown, a warning to the person named and their home guarded as a purpose', () => {
    expect(read('He holds the girl hostage. The IP will show us which hotel she is in so we can act.').nexus).not.toBeNull();
    expect(read('He threatened to kill the mayor. Identifying the account lets officers warn the mayor and guard her home.').nexus).not.toBeNull();
    expect(read('He threatened to kill her. We ask the data to warn the provider of abuse.').nexus).toBeNull();
  });

  it('does not read a truck stop or the negotiators a suspect writes to as a purpose', () => {
    expect(read('He threatened to shoot her. Records requested. He was at the bus stop near her work.').nexus).toBeNull();
    expect(read('He threatened to shoot her. He writes to police negotiators on the account named in the records.').nexus).toBeNull();
    expect(read('He threatened to shoot her. We need his location data to stop him.').nexus).not.toBeNull();
  });

  it('reads a name behind an academic or courtesy title as a person, across its dot', () => {
    expect(read('Threats against the deputy mayor Ing. Tomáš Novák since Monday.').personAtRisk?.text).toMatch(/Ing\. Tomáš/);
    expect(read('The owner, Sra. Beltrán, received the message.').personAtRisk?.text).toMatch(/Sra\. Beltrán/);
  });

  it('does not read the author said to be a boy as the person at risk', () => {
    expect(read('The poster is a boy from the next village who copied a video.').personAtRisk).toBeNull();
    expect(read('The target is a boy from the next village.').personAtRisk).not.toBeNull();
  });
});

describe('purposes said in more ways (round 7)', () => {
  it.each([
    'He threatened to kill her. Objective: neutralise the threat before tonight.',
    'He threatened to kill her. Requested so we can get eyes on him.',
    'He threatened to kill her. The phone number will let us ring him and de-escalate.',
    'He threatened to kill her. We request the data urgently in order to save the life of the victim.',
    'He threatened to kill her. The location is required to deploy the tactical unit to the correct address.',
    'He threatened to kill her. Without the IP we cannot find him before he finds her.',
    'He threatened to kill her. The data lets us put a guard on her door.',
  ])('reads %s', (text) => {
    expect(read(text).nexus).not.toBeNull();
  });

  it.each([
    'He threatened to kill her. Without the records we cannot complete the file for court.',
    'He threatened to kill her. We cannot find him, the records say.',
    'He threatened to kill her. Objective: the file.',
  ])('does not read %s', (text) => {
    expect(read(text).nexus).toBeNull();
  });
});

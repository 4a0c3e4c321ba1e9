import { describe, expect, it } from 'vitest';
import { analyzeNarrative } from '../../../rules/emergency/lib/narrative';
import { NOW } from '../helpers';

/**
 * Round 8 of issue 13: each mechanism probed with sentences of our own that no narrative set holds, both ways.
 */
const read = (text: string) => analyzeNarrative(text, NOW);

describe('a child offered for a paid show or to clients', () => {
  it.each([
    'The channel offers a paid stream with a little boy aged 7 every Saturday night.',
    'The advert says 14yo girl available now for regular customers, incall only.',
    "Post reads 'nueva, 13 años, disponible hoy, clientes verificados'.",
    "He sells a 'webcam show' with his niece, aged about 9, to members of the group.",
  ])('reads harm in %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });

  it.each([
    'The 16-year-old is available for interview after school; her parents are clients of the firm.',
    'The private session with the tutor lasted two hours and the boy aged 12 did well.',
    "The band's live show with a girl choir aged 8 to 12 sold out.",
  ])('reads no harm in %s', (text) => {
    expect(read(text).harm).toBeNull();
  });
});

describe('the means of a suicide already in place at home', () => {
  it.each([
    'She sent a picture of a belt tied to the banister and said sorry.',
    'A noose is hanging from a beam in the barn, his sister says.',
    'His stories show a rope already hanging in the garage and he will not open the door.',
  ])('reads harm in %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });

  it.each([
    'The climbing rope hanging in the gym was replaced last week.',
    'The washing line cord was tied to the fence in the garden.',
    'The rope hanging from the tree swing broke and the child grazed a knee.',
  ])('reads no harm in %s', (text) => {
    expect(read(text).harm).toBeNull();
  });
});

describe('a jump announced in the first person with its time', () => {
  it.each([
    'Her last story: "i will jump tonight, sorry mum".',
    "He texted 'today I jump, dont look for me'.",
    'The caption under the rooftop photo: Tonight I jump. Thank you.',
  ])('reads harm in %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });

  it.each([
    'Tonight I jump to the next level in the game.',
    'Tomorrow I jump into the new job at the bank.',
    'At the trampoline park I jump higher now than last year.',
  ])('reads no harm in %s', (text) => {
    expect(read(text).harm).toBeNull();
  });
});

describe('harm words said of a thing: charts, a release, a page that will "die"', () => {
  it.each([
    'He wrote "I will kill you tonight and your album will never be finished".',
    'She will die if the account is not paid, he wrote about his daughter.',
    'The page admin said he will kill her before the launch on Friday.',
  ])('reads harm in %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });

  it.each([
    'The new single will kill the rankings this weekend, the manager says.',
    "If you don't pay, your channel will die by Monday.",
    "The hacker wrote 'pay 500 or your page will die' on 29-11-2026.",
  ])('reads no harm in %s', (text) => {
    expect(read(text).harm).toBeNull();
  });
});

describe('game talk: "in every match", "noob"', () => {
  it.each([
    "He wrote 'I will kill you tonight' to his ex-wife; he had lost every match of the season.",
    'He said he will stab the referee after the game tonight.',
    "He sent 'I know where you live, I will kill you' to the other player at 2300.",
  ])('reads harm in %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });

  it.each([
    'He wrote "I will kill you in the next game, trash noob" in the lobby chat.',
    "Opponent wrote 'ur dead in every map tonight noob' after the match.",
    "'I will shoot you in every round lol' he wrote in the squad chat.",
  ])('reads no harm in %s', (text) => {
    expect(read(text).harm).toBeNull();
  });
});

describe('a vessel turned over, verb first, and the cold in the first person', () => {
  it.each([
    "He messaged 'we capsized the dinghy off the point, water so cold'.",
    'Her text at 0210: "so cold, can\'t feel my legs anymore".',
    'The paddler wrote that he flipped the sea kayak past the headland and is holding on to it.',
  ])('reads harm in %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });

  it.each([
    'He flipped the kayak over on the beach to drain it.',
    'They rolled the canoe onto the trailer after the race.',
    "I can't feel my hands on the guitar strings when I play.",
  ])('reads no harm in %s', (text) => {
    expect(read(text).harm).toBeNull();
  });
});

describe('the stretcher or coffin the person is told to bring or will need', () => {
  it.each([
    'we coming round tonight, bring ur own stretcher',
    "He wrote 'you'll need an ambulance when I'm done with you'.",
    "'Better book her a coffin' the message said.",
  ])('reads harm in %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });

  it.each([
    'Please bring your own towel and water bottle to the session.',
    'You will need an ambulance crew badge to enter the yard.',
    'She will need a wheelchair for the flight, her carer said.',
  ])('reads no harm in %s', (text) => {
    expect(read(text).harm).toBeNull();
  });
});

describe('a wish not to be, in the first or third person', () => {
  it.each([
    "A 12-year-old wrote 'i wish i could just not exist any more, nobody would notice'.",
    'Her diary says she wishes she was never born and nobody cares.',
    'He told his tutor he wished he was dead after the exam.',
  ])('reads harm in %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });

  it.each([
    'She wishes she could disappear from the group chat for a while.',
    'I wish I could just not go to school tomorrow, the boy wrote.',
    'He wished he was never late again, his boss said.',
  ])('reads no harm in %s', (text) => {
    expect(read(text).harm).toBeNull();
  });
});

describe('the threatener caught before he acts', () => {
  const threat = 'He wrote that he will stab her tonight. ';
  it.each([
    'For catch him before evening we need IP and GSM data of his account.',
    'We need the subscriber data to catch the sender before he reaches her.',
    'Request IP logs so officers can catch the suspect before tonight.',
  ])('reads a nexus in %s', (text) => {
    expect(read(threat + text).nexus).not.toBeNull();
  });

  it.each([
    'The IP logs will help the court catch up on the evidence.',
    'Please send all data; the catch of the day was logged at 0900.',
    'We request subscriber data to catch up with the paperwork.',
  ])('reads no nexus in %s', (text) => {
    expect(read(threat + text).nexus).toBeNull();
  });
});

describe('rescuers put on the person', () => {
  const danger = 'The kayaker capsized the kayak and cannot get back in, water at 8 degrees. ';
  it.each([
    'Request device data to put the helo and small boat on him.',
    'We need the last GPS fix to vector the lifeboat to her.',
    'Requesting account data so we can direct the searchers to them.',
  ])('reads a nexus in %s', (text) => {
    expect(read(danger + text).nexus).not.toBeNull();
  });

  it.each([
    'Please send the logs so we can put the boats on the trailer.',
    'Data requested; the rescue boat crew went to the harbour to refuel.',
    'Send all data. The helicopter was put on standby for the air show.',
  ])('reads no nexus in %s', (text) => {
    expect(read(danger + text).nexus).toBeNull();
  });
});

describe('the threatener away on service until a month of a year', () => {
  it.each([
    "He wrote 'when I return from military service I will kill you'. He is doing military service until October 2027.",
    'He wrote he will stab her when he gets back; he is deployed until March 2027 with his unit.',
    'He says he will shoot her once home. His national service ends in June 2027.',
  ])('reads no imminence in %s', (text) => {
    const found = read(text);
    expect(found.harm).not.toBeNull();
    expect(found.imminence).toBeNull();
  });

  it.each([
    'He wrote he will stab her tonight. His military service ended in 2025 and he lives next door.',
    'He is holding her at knifepoint now; he was a soldier in national service in 2019.',
    'He was deployed in 2024; today he posted that he will shoot her at 6 pm at her work.',
  ])('still reads imminence in %s', (text) => {
    expect(read(text).imminence).not.toBeNull();
  });
});

describe('a thing nobody is in, as the subject of its burning', () => {
  it.each([
    "He wrote 'the caravan will go up like a bonfire with you in it tonight'.",
    "He wrote 'your house will go up like a bonfire tonight, all of you inside'.",
    "He wrote 'the car will go up in flames while she sleeps in it'.",
  ])('reads harm in %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });

  it.each([
    "A neighbour wrote 'that new sheep shed will go up like a bonfire tonight'.",
    "'Your barn will burn like a bonfire this weekend' the note said.",
    "He posted 'those haystacks will go up like a bonfire' under a photo of the farm.",
  ])('reads no harm in %s', (text) => {
    expect(read(text).harm).toBeNull();
  });
});

describe('the reporter named by a noun of reporting ("complaint by", "a tip from")', () => {
  it.each([
    'Complaint by mother: her son threatened to stab her tonight.',
    'A tip from a neighbour: the man next door beat his wife this morning.',
    'The mother of the boy says he will jump tonight.',
  ])('reads a person at risk in %s', (text) => {
    expect(read(text).personAtRisk).not.toBeNull();
  });

  it.each([
    'Complaint by mother of a player: an opponent wrote rude words in the game chat.',
    'A tip from a neighbour says music is too loud at the flat.',
    'Report filed by the father: the game account was hacked.',
  ])('reads no person at risk in %s', (text) => {
    expect(read(text).personAtRisk).toBeNull();
  });
});

describe('a service or an organisation named before its noun is no surname in capitals', () => {
  it.each([
    ['He threatened to shoot Anna KOWALSKA at the Lublin flat tonight.', 'Anna KOWALSKA'],
    ['Messages sent to Jean DUPONT say he will be stabbed.', 'Jean DUPONT'],
    ['The caller says he will hurt Tomas NOVAK tonight.', 'Tomas NOVAK'],
  ])('reads the name in %s', (text, name) => {
    expect(read(text).personAtRisk?.text).toContain(name);
  });

  it.each([
    'Pirate IPTV channels re-transmit the matches on Telegram.',
    'The reporter went to the Metro TV office to complain about the broadcast.',
    'The Kiwi NET accounts were hacked on Monday.',
  ])('reads no person at risk in %s', (text) => {
    expect(read(text).personAtRisk).toBeNull();
  });
});

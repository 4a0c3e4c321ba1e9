import { describe, expect, it } from 'vitest';
import { analyzeNarrative } from '../../../rules/emergency/lib/narrative';
import { NOW } from '../helpers';

/**
 * Round 12 of issue 13: the clause reading (rules/emergency/lib/clauses.ts). Each kind of understanding missing from
 * holdout-15 and the other tuned sets, probed with sentences of our own, in wordings no narrative set uses, both ways.
 * Every probe in a "reads …" list failed before its mechanism; the lists beside them passed before and pass after.
 */
const read = (text: string) => analyzeNarrative(text, NOW);

describe("a quoted speaker's words are the speaker's, even where a sentence break cuts the quotation", () => {
  it.each([
    "Snapchat user 'blackout_77' sent her at 21:10: 'i know where u live. im coming to find you. nobody can save you.' Requesting subscriber info and IP logs for the account.",
    'The TikTok comment under her video read "You will die tonight. I will locate your house and burn it with you inside." We ask for all account data and IP addresses.',
    "Telegram message 22:40 to the witness: 'we stab u tonight. we know how to find u. police cant protect u.' Need subscriber data and all logs.",
  ])('reads no purpose in %s', (text) => {
    expect(read(text).nexus).toBeNull();
  });

  it.each([
    "He wrote 'i will kill her. nobody stops me.' We need the IP logs to locate him before he reaches her.",
    'Message at 19:02: "you are dead. tonight." Subscriber data is needed to find the sender so officers can intervene.',
    "The caller quoted him: 'i got the gun. see you soon.' Please provide the account's IP so we can locate him.",
  ])('still reads the purpose in %s', (text) => {
    expect(read(text).nexus).not.toBeNull();
  });
});

describe('a span of dates belongs to the act of its clause: the threats sent in it, not the records asked for', () => {
  it.each([
    'Between 03/11/2026 and 09/11/2026 he sent her over forty texts saying he would kill her.',
    'From 01/11/2026 until 08/11/2026 she received daily voice notes in which he threatened to stab her.',
    'He called her thirty times between 14/11/2026 and 16/11/2026, each time threatening to burn the flat.',
  ])('reads a timeframe in %s', (text) => {
    expect(read(text).timeframe).not.toBeNull();
  });

  it.each([
    'He threatens to kill her. We request all messages sent between 01/10/2026 and 20/11/2026.',
    'He threatens to kill her. Records requested: IP logs from 01/09/2026 to 21/11/2026.',
    'He threatens to kill her. Please preserve content posted between 10/10/2026 and 10/11/2026.',
  ])('still reads no timeframe in %s', (text) => {
    expect(read(text).timeframe).toBeNull();
  });
});

describe('a time the text says nobody knows gives a plan no time', () => {
  it.each([
    'Her friend says Dana (15) is going to overdose on her sister\'s pills on the day of the exam, but nobody knows which day the exam is.',
    'He told his cousin he is going to shoot his ex when she comes back from her trip. The family does not know when she is coming back.',
    'The boy wrote that he will jump off the bridge after the party; we have no idea when the party is.',
  ])('reads no imminence in %s', (text) => {
    expect(read(text).imminence).toBeNull();
  });

  it.each([
    "He is going to shoot her tonight at 9; we don't know when she gets home.",
    'He is going to hang himself this evening. We do not know when his mother gets home.',
    'He says he will kill his wife and he is outside her house now; nobody knows when he bought the gun.',
  ])('still reads imminence in %s', (text) => {
    expect(read(text).imminence).not.toBeNull();
  });
});

describe('self-harm told by a plan clause and a means clause, or by the act of taking the means', () => {
  it.each([
    "Text from Aiden (17) to his sister: 'gonna do it after everyone is asleep. i have the pills.'",
    'Mesaj from my son: "I make it tonight. The tablets I collected are in my bag."',
    "Her classmate says she wrote 'doing it this weekend, i hid my mums sleeping tablets under the bed'.",
    'He told us on the call he had swallowed "a full box" of pills.',
    "She says she has taken 'a whole bottle' of tablets with wine.",
    'At 01:00 he said in the voice chat he took his pills plus vodka.',
  ])('reads harm in %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });

  it.each([
    "He texted his mum: 'im doing it tonight, i have the paint and the brushes, the fence will look great'.",
    'Gonna do it tomorrow, wish me luck on the driving test.',
    'She said she takes her pills with water every morning.',
    "He told the nurse he had taken 'a whole course' of antibiotics last year.",
  ])('still reads no harm in %s', (text) => {
    expect(read(text).harm).toBeNull();
  });
});

describe('a person word that qualifies a report, or the account holder the inquiry led to, is the reporter or the poster, not the person at risk', () => {
  it.each([
    'A neighbour tip-off sent units to the flat; nobody was there and the account is a bot.',
    'Acting on a teacher referral, officers checked the post. It was song lyrics.',
    'A parent complaint about the video came in on Monday.',
    'The threat was traced to the account owner; he admitted it was a prank and has no weapons.',
    'A tip from his school led police to the account holder, who said the post was a joke.',
    'Investigators tracked down the account user within the hour; it was a bot.',
  ])('reads no person at risk in %s', (text) => {
    expect(read(text).personAtRisk).toBeNull();
  });

  it.each([
    'A parent was threatened with a knife at the school gate.',
    'He posted that he will shoot a teacher at Lincoln High.',
    'The neighbour, 71, is trapped inside the burning flat.',
    'The account holder, 15, says he will kill himself tonight.',
    'Police traced the call to a phone box; the account holder is a girl of 12 held in a flat.',
  ])('still reads the person at risk in %s', (text) => {
    expect(read(text).personAtRisk).not.toBeNull();
  });
});

describe('a purpose named as a noun with its qualifier: "for the immediate location of the minor"', () => {
  it.each([
    'He has a knife and says he will kill her tonight. Her IP history is required for the immediate localisation of the woman.',
    'The girl, 12, is held by a man who says he will rape her tonight. Cell data needed for the quick identification of the kidnapper.',
    'The boy says he will hang himself tonight. The cell data is requested for the rapid tracing of the account holder.',
    'She is being held at gunpoint. The IP logs are required for the swift localisation of the captive.',
  ])('reads a purpose in %s', (text) => {
    expect(read(text).nexus).not.toBeNull();
  });

  it.each([
    'He shot the clerk last week. The IP logs are requested for the criminal prosecution of the suspect.',
    'He threatened to kill her. The IP logs are requested for the timely completion of the file.',
    'He threatened to kill her. Subscriber data is requested for the full record of the case.',
  ])('still reads no purpose in %s', (text) => {
    expect(read(text).nexus).toBeNull();
  });
});

describe('a request to find out who a person is names the data a purpose beside it is for', () => {
  it.each([
    'He wrote he will jump from the bridge tonight. Tell us who he is so officers can reach him in time.',
    'She wrote she took all her pills an hour ago. Help us find out who she is so an ambulance can be sent to her.',
    'He says he will stab his ex tonight. We beg you to find out who this user is so that police in his town can stop him.',
  ])('reads a purpose in %s', (text) => {
    expect(read(text).nexus).not.toBeNull();
  });

  it.each([
    'He threatened to kill her tonight. Please find out who she is.',
    'He will shoot the teacher tonight. Officers will check on the school.',
    'He will stab her tonight. We found out who he is from his cousin, so officers can arrest him later.',
  ])('still reads no purpose in %s', (text) => {
    expect(read(text).nexus).toBeNull();
  });
});

describe("the threatener's approach with a weapon, or a blade kept for a face, told in a chat's words", () => {
  it.each([
    "[21:58] k0rn: me n bro comin thru later wit the chop, tell ur dad",
    "DM from the ex: 'rolling up on ur job monday w/ the stick, see who laughs'",
    "Snap at 23:10: 'on my way rn with the toolie, dont open the door'",
    "Message to her: 'keeping something hot for ur face, see u at the bus stop'",
    "Comment under her stream: 'saving something sharp for that smug face of yours'",
  ])('reads harm in %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });

  it.each([
    'The DJ is pulling up tonight with the speakers for the party.',
    'Dad is coming on Sunday with a strap for the roof rack.',
    'She is bringing something sharp for the cheese board.',
    'I got a new cream for your face, it smells great.',
  ])('still reads no harm in %s', (text) => {
    expect(read(text).harm).toBeNull();
  });
});

describe('a name with the age first among the notes in its brackets', () => {
  it.each([
    'Wiktoria Nowak (19, handle jojo_w) got a death threat at 21:00.',
    "Missing since 08:00: Tomás Herrera (9, 'tomito_h'), last seen at the park.",
    'Threat to Aiyana Redcloud (16, Grade 11) posted on Discord.',
  ])('reads the person at risk in %s', (text) => {
    expect(read(text).personAtRisk).not.toBeNull();
  });

  it.each([
    'Section Seven (12,5 km) of the trail is closed.',
    'Figure Two (3,14) shows the traffic data.',
    'Invoice Total (23,50 EUR) was never paid.',
  ])('still reads no person in %s', (text) => {
    expect(read(text).personAtRisk).toBeNull();
  });
});

describe("a family's honour said to be killed is a reputation, not a person", () => {
  it.each([
    'Because of the fake profile our family honour is being murdered in the whole colony.',
    'With these photos her dignity is killed in front of the village.',
    'Our izzat will be dead in the mohalla after this video.',
  ])('reads no harm in %s', (text) => {
    expect(read(text).harm).toBeNull();
  });

  it.each([
    'Her brother says the family honour must be restored and he will kill her tonight.',
    'The uncles said they will kill her to save their honour.',
    'Her honour is dead to them, her father says, and he has bought a gun to shoot her.',
  ])('still reads harm in %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });
});

describe('one name with an age and a home place, as people describe themselves online', () => {
  it.each([
    "The streamer said on air that he is 'Maya, 14, from Dundee'.",
    'Profile bio reads Kofi, 17, from Accra.',
    'He calls himself Ruairí, 16, of Galway on the server.',
  ])('reads the person at risk in %s', (text) => {
    expect(read(text).personAtRisk).not.toBeNull();
  });

  it.each([
    'Shift starts Monday, 14, from the depot.',
    'The bus leaves Sunday, 14, from Leeds to Hull.',
    'Delivery on March, 22, from the warehouse.',
  ])('still reads no person in %s', (text) => {
    expect(read(text).personAtRisk).toBeNull();
  });
});

describe('a date labelled "dated" is the time of the act its clause tells, the paper\'s date only in a clause naming a document', () => {
  it.each([
    'The accused on dated 14.11.2026 uploaded her photos and wrote he will throw acid on her.',
    'Unknown caller dated 15.11.2026 threatened the complainant on phone that he will kill her son.',
    'Vide message dated 16.11.2026 the accused threatened to burn the shop with the family inside.',
  ])('reads a timeframe in %s', (text) => {
    expect(read(text).timeframe).not.toBeNull();
  });

  it.each([
    'He threatened to kill her. Our letter dated 20/11/2026 was sent to the provider.',
    'He threatened to kill her. Request dated 19/11/2026: please provide subscriber data.',
    'He threatened to kill her. The court order dated 01/11/2026 was made by the magistrate.',
  ])('still reads no timeframe in %s', (text) => {
    expect(read(text).timeframe).toBeNull();
  });
});

describe("an act under way in a dispatch note's register", () => {
  it.each([
    '0117HRS CALLER HIDING IN CLOSET, EX BANGING ON DOOR W/ HAMMER',
    '2352 VIC LOCKED IN CAR, SUSP SMASHING WINDOWS W/ MACHETE',
    '0305 RP STATES NEIGHBOUR CHASING WIFE WITH KNIFE IN YARD',
  ])('reads imminence in %s', (text) => {
    expect(read(text).imminence).not.toBeNull();
  });

  it.each([
    '0930HRS PRIOR HX: BF KICKING DOOR W/ KNIFE IN 2024.',
    'He was kicking the door with a knife last year, she says.',
    '1400HRS FILE REVIEW: SUBJ THREATENING STAFF W/ KNIFE IN MARCH 2025.',
  ])('still reads no imminence in %s', (text) => {
    expect(read(text).imminence).toBeNull();
  });
});

describe('round 12 readings kept from over-reading', () => {
  it.each([
    'He threatened to kill her last month. Subscriber info for the account identified above is requested.',
  ])('reads no purpose in %s', (text) => {
    expect(read(text).nexus).toBeNull();
  });

  it.each([
    'RP REPORTS THREATENING TEXTS FROM EX, OWNS A GUN. RP MOVED AWAY LAST YEAR.',
    'NOTE: SHOOTING OUTSIDE CLUB LAST SAT, VIC HAS GUNSHOT WOUND, STABLE.',
  ])('reads no imminence in %s', (text) => {
    expect(read(text).imminence).toBeNull();
  });
});

describe('a trade name is a business, not a person', () => {
  it.each([
    "Seller 'Prime Deals NYC' listed the stolen phones on 12/11/2026.",
    'The page Fresh Motors LTD posted the car on Monday.',
    'Listing by Bargain Kicks NYC offered the fake sneakers.',
  ])('reads no person at risk in %s', (text) => {
    expect(read(text).personAtRisk).toBeNull();
  });

  it.each(['Ethan MORRIS, 17, is missing.', 'Her ex Dean SALES threatened her.', 'Shop owner Aylin Demir (44) was threatened.'])(
    'still reads the person in %s',
    (text) => {
      expect(read(text).personAtRisk).not.toBeNull();
    },
  );
});

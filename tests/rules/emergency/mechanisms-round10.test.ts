import { describe, expect, it } from 'vitest';
import { analyzeNarrative } from '../../../rules/emergency/lib/narrative';
import { NOW } from '../helpers';

/**
 * Round 10 of issue 13: each kind of understanding missing from holdout-12 (and the older tuned sets) probed with
 * sentences of our own, in voices and wordings no narrative set uses, both ways. Every probe in a "reads …" list that
 * the change is for failed before its mechanism; the lists beside them passed before and pass after.
 */
const read = (text: string) => analyzeNarrative(text, NOW);

describe('a harm word said of a thing is figurative: its subject, object or the noun it qualifies is no person', () => {
  it.each([
    'Extortion mail to the hotel: "your booking data is held hostage until you pay 2 BTC".',
    'The blogger says he will publish an explosive video about the mayor\'s contracts unless paid.',
    'Anonymous letter to the baker: "your little bakery will be dead before Easter".',
    'Graffiti on the council office says the whole town will drown in its own debt.',
    'Flyer of the new hypermarket: discounts that will kill the corner shops of the quarter.',
    'Message to the club treasurer: ur accounts gonna be dead by monday, we took all the logins.',
    'The seller writes that these prices will murder every rival outlet in town.',
    'Ransomware on the clinic server; the ransom demand says all client records are encrypted and will be published.',
    'DM to the singer: "pull the song or I release the story about you and your name will be dead"',
  ])('reads no harm in %s', (text) => {
    expect(read(text).harm).toBeNull();
  });

  it.each([
    'The children are held hostage in the school office by an armed man.',
    'He threatened to kill the shop owner tonight when she closes.',
    'He wrote to her: "you will drown in the lake like your brother".',
    'Post: "explosive vest is ready, the mall will burn on Friday".',
    'He said the money is not important, she will be dead by Monday.',
    'He told the cashier he would shoot the store manager and the staff.',
  ])('still reads harm in %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });
});

describe('a death told by the mourners to come or by the body found, bound to the person threatened', () => {
  it.each([
    'DM from the landlord\'s son: "by Sunday your sisters will sing dirges over you".',
    'He wrote to the shopkeeper that he will make her children weep over her.',
    'He told her in the chat that one morning the fishermen would find her in the lagoon.',
    'Sa message: we make people find your body in the canal if you talk to police.',
    'He wrote that not even her own brothers would find her after Sunday.',
    'The cousin posted that her family will be singing hymns over her at the cemetery.',
  ])('reads harm in %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });

  it.each([
    'Her choir will sing for you at the wedding on Saturday.',
    'We will pray for you and your family, the pastor wrote.',
    'The counsellor said they will find you a place in the shelter tonight.',
    'The officers will find you in the office on Monday for the statement.',
    'Nobody will find the files, the clerk said, they are archived.',
    'Your mum will cry for joy when you come home from the army.',
  ])('reads no harm in %s', (text) => {
    expect(read(text).harm).toBeNull();
  });
});

describe('a child offered to men or made to work for sex', () => {
  it.each([
    'Informant says the two sisters, 13 and 14, are made to work for sex in a bar near the port.',
    'A man in the chat is offering a night with the girl, 11 years old, to truck drivers for 300 reais.',
    'The stepfather rents the boy out to tourists at the beach, according to the school.',
    'Post in the group advertises "time" with his niece, a child of about ten, for money.',
  ])('reads harm in %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });

  it.each([
    'The café is offering a night with live music for the students on Friday.',
    'He is selling the car to tourists at the beach, the neighbour said.',
    'The girl, 12, works for a bakery on weekends with her mother.',
    'The coach is offering a session with the boy to prepare for the final.',
  ])('reads no harm in %s', (text) => {
    expect(read(text).harm).toBeNull();
  });
});

describe('an overdose shown by the empty packaging of medicine beside the person', () => {
  it.each([
    'The girl posted a photo of four empty tablet sheets on her desk.',
    'Mother found her son drowsy in his room with two empty pill bottles on the floor.',
    'Caller found her brother asleep and would not wake, empty tablet strips next to him.',
  ])('reads harm in %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });

  it.each([
    'The pharmacy collects empty blister packs for recycling every Monday.',
    'The shop sells empty pill bottles and labels on Instagram without a licence.',
    'The parcel held empty medicine boxes, no drugs, customs said.',
  ])('reads no harm in %s', (text) => {
    expect(read(text).harm).toBeNull();
  });
});

describe('protection named as a noun is a purpose even beside a court date', () => {
  const threat = 'He wrote to the witness: "I will shoot you before you testify". ';
  it.each([
    `${threat}We request the IP of the account to double the custody of the witness before the hearing.`,
    `${threat}Subscriber data is needed to organise an escort for her and her son before the trial.`,
    `${threat}We ask the login records so we can step up the guard of both women until the hearing.`,
  ])('reads a nexus in %s', (text) => {
    expect(read(text).nexus).not.toBeNull();
  });

  it.each([
    `${threat}We request the IP of the account for the hearing.`,
    `${threat}Subscriber data is needed to strengthen the case before the trial.`,
    `${threat}We ask the login records to reinforce the evidence file for the hearing.`,
  ])('reads no nexus in %s', (text) => {
    expect(read(text).nexus).toBeNull();
  });
});

describe('a threatener held in a closed ward or a prison until a date months away is no imminent danger', () => {
  it.each([
    'He texted his mother "I will burn you in the house". He is held in the secure unit of the psychiatric hospital by court order until the review in March 2027.',
    'The ex-husband said he will stab her. Since Monday he is detained in the closed ward of the clinic, no leave until September 2027.',
    'The sender wrote "I will shoot you". He has been committed to a forensic hospital until 2028 by the court.',
  ])('reads no imminence in %s', (text) => {
    const result = read(text);
    expect(result.harm).not.toBeNull();
    expect(result.imminence).toBeNull();
  });

  it.each([
    'He texted his mother "I will burn you in the house tonight". He was released from the psychiatric hospital this morning.',
    'The ex-husband said he will stab her today. He left the closed ward of the clinic yesterday against advice.',
    'The sender wrote "I will shoot you now". He is at the hospital car park where she works.',
  ])('still reads imminence in %s', (text) => {
    expect(read(text).imminence).not.toBeNull();
  });
});

describe('the people at risk named by the gathering they are in: a count of those who attend, or a body that meets', () => {
  it.each([
    'Post: "Saturday the parade gets a surprise from my truck." About 4,000 marchers are expected on Harbour Road.',
    'He wrote that the wedding will end in smoke; the hall has some 250 bookings for the night.',
    'Caller says the ferry will burn at 6; the sailing has 180 reservations.',
    'The town council meets tonight at 7 in the old library; the post says "nobody in that room leaves".',
    'Message to the club: "the jury will regret the verdict". The disciplinary panel sits on Friday at 10.',
  ])('reads a person at risk in %s', (text) => {
    expect(read(text).personAtRisk).not.toBeNull();
  });

  it.each([
    'The channel has about 2,100 subscribers and posts memes.',
    'The board of the company approved the budget in 2024.',
    'Some 300 comments were left under the post by Sunday.',
    'The account has 50 followers and no posts since May.',
  ])('reads no person at risk in %s', (text) => {
    expect(read(text).personAtRisk).toBeNull();
  });
});

describe('the account that says it will harm itself is the person at risk, named by its handle', () => {
  it.each([
    'Snap user xo_daz wrote 5 min ago that he gonna hang himself in the shed tonight.',
    '@mira.k posted at 2300 she will cut herself again and this time deeper.',
    'Profile nightowl_77 posted at 0140 he is gonna drown himself at the pier before sunrise.',
  ])('reads a person at risk in %s', (text) => {
    expect(read(text).personAtRisk).not.toBeNull();
  });

  it.each([
    'The account posted a meme about a cat that hurt itself.',
    'The article says the player shot himself in the foot with that transfer.',
    'He prides himself on his cooking, the page says.',
    'A user threatened to kill himself in a comment, no name, no picture.',
  ])('reads no person at risk in %s', (text) => {
    expect(read(text).personAtRisk).toBeNull();
  });
});

describe('a person named by a courtesy title of another language', () => {
  it.each([
    'Threat on Instagram against Dott.ssa Bianchi, who runs the clinic: "tonight you burn".',
    'The message to Sig.ra Esposito says she will not see Christmas.',
    'Frau Yilmaz received a message: "I will stab you at the bakery tomorrow".',
    'Pani Kowalczyk got a text from the ex: "you die on Sunday".',
  ])('reads a person at risk in %s', (text) => {
    expect(read(text).personAtRisk).not.toBeNull();
  });

  it.each([
    'Posted on the Frau und Beruf forum: "the whole system will burn".',
    'The Sig.ra brand page was hacked on Sunday.',
    'The shop Herrenmode Berlin had its page hacked on Sunday.',
  ])('reads no person at risk in %s', (text) => {
    expect(read(text).personAtRisk).toBeNull();
  });
});

describe('a plan that is no harm and reaches no one (the person at risk planning their life) says nothing of when', () => {
  it.each([
    'In March 2025 her ex wrote "sell that house and you are dead". She plans to sell the house in the spring.',
    'The brother threatened in 2024 to shoot him over the inheritance. The victim intends to rebuild the barn on the farm next summer.',
    'A 2023 message from the cousin said "I will break your legs". Complainant is planning to open his shop again in 2027.',
  ])('reads no imminence in %s', (text) => {
    const result = read(text);
    expect(result.harm).not.toBeNull();
    expect(result.imminence).toBeNull();
  });

  it.each([
    'In March 2025 he wrote "you are dead" and he plans to go to her work.',
    'The suspect, who threatened in 2024 to stab her, intends to find her at the station.',
    'In 2023 he said he hates them; he is planning to kill the family, the message says.',
  ])('still reads imminence in %s', (text) => {
    expect(read(text).imminence).not.toBeNull();
  });
});

describe('a wish to stop existing told by the words of a machine or a screen', () => {
  it.each([
    'Pupil wrote in her diary app: "I wish I could press stop on me and never press start again".',
    'Year 9 student posted "want to delete myself from this world" under a photo of the bridge.',
    'Text from the boy to his sister: "i would like to log out of life, sorry".',
  ])('reads harm in %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });

  it.each([
    'Pupil wrote: "I wish I could switch off my phone for the whole weekend".',
    'He said he wants to press pause on the game and eat.',
    'She asked to delete herself from the group chat of the class.',
  ])('reads no harm in %s', (text) => {
    expect(read(text).harm).toBeNull();
  });
});

describe('a person word that is the one who posts the threat, owns the weapon or sits beside the sender is not the person at risk', () => {
  it.each([
    'A pupil wrote on the class chat "gonna blow up the gym at 10".',
    'One of the nurses posted on TikTok that the ward will burn on Friday.',
    'He wrote he will bring his dad\'s shotgun to the party on Saturday.',
    'Officers interviewed the sender with his parents at the station; it was a dare.',
  ])('reads no person at risk in %s', (text) => {
    expect(read(text).personAtRisk).toBeNull();
  });

  it.each([
    'A pupil wrote on the class chat that she will kill herself tonight.',
    'He threatened to shoot his dad with his uncle\'s rifle.',
    'One of the nurses posted that her ex is outside the ward with a knife.',
    'The sender says he will kill her parents at the station.',
  ])('still reads a person at risk in %s', (text) => {
    expect(read(text).personAtRisk).not.toBeNull();
  });
});

describe("a date the text labels as the request's, the letter's or a form's own is not the threat's", () => {
  it.each([
    'He threatened to stab her. Please keep all data for 60 days from the date of our notice (19/11/2026).',
    'Nature of emergency: threat to kill. Date: 21/11/2026. Request: subscriber info of @kk.',
    'Threat to shoot the family, details in file. Date of this application: 20.11.2026.',
  ])('reads no timeframe in %s', (text) => {
    expect(read(text).timeframe).toBeNull();
  });

  it.each([
    'Date of threat: 21/11/2026. He wrote he will shoot her.',
    'Threat date: 21/11/2026, he wrote he will shoot her.',
    'He posted the threat on 21/11/2026, the date of his release from prison.',
  ])('still reads a timeframe in %s', (text) => {
    expect(read(text).timeframe).not.toBeNull();
  });
});

describe('a month name that is a person\'s name (after a relation or "named") is no date', () => {
  it.each([
    'He threatened to burn the house; his baby girl, April, lives there with her mother.',
    'The victim\'s youngest sister, May, received the voice note with the threat.',
    'He says he will take the child, a girl named June, to the other side.',
  ])('reads no timeframe in %s', (text) => {
    expect(read(text).timeframe).toBeNull();
  });

  it.each([
    'His daughter was taken in June and he now threatens to kill her.',
    'Her sister called in May about the threat to shoot her.',
    'He threatened the girl on 3 June at the bus stop.',
  ])('still reads a timeframe in %s', (text) => {
    expect(read(text).timeframe).not.toBeNull();
  });
});

describe('a person word inside an account name or a group name, or the subject that carries the weapon, names no one at risk', () => {
  it.each([
    'Live stream by TikTok user \'harbour.bad.boy\': "everybody gets it at 2".',
    'A man posted in the "Riverside Parents" Facebook group that the fair will burn tonight.',
    'Anonymous tip: a teenager is bringing a knife to the match on Sunday to stab people.',
    'A boy is carrying his father\'s rifle to the fair to shoot people.',
    'Snap account chaos.kid.77 wrote "bomb at the mall at noon".',
  ])('reads no person at risk in %s', (text) => {
    expect(read(text).personAtRisk).toBeNull();
  });

  it.each([
    'User \'harbour.bad.boy\' wrote he will stab the boy next door tonight.',
    'A man posted in the "Riverside Parents" group that he will kill his wife.',
    'A teenager is bringing a knife to school to stab his girlfriend.',
    'A girl is bringing her brother\'s knife to school to stab a classmate.',
    'The kid was threatened with a knife on the bus.',
  ])('still reads a person at risk in %s', (text) => {
    expect(read(text).personAtRisk).not.toBeNull();
  });
});

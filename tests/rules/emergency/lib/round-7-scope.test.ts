import { describe, expect, it } from 'vitest';
import { analyzeNarrative } from '../../../../rules/emergency/lib/narrative';
import { NOW } from '../../helpers';

/** Round 7 of issue 13: clause scope, conditions, times and persons, tested with wording no narrative set contains. */
const read = (text: string) => analyzeNarrative(text, NOW);

describe('the clause a negator reaches', () => {
  it('ends at a subject whose verb is the harm phrase', () => {
    expect(read('Without insulin she will not last the weekend.').harm).not.toBeNull();
    expect(read('Without help he could not survive out there.').harm).not.toBeNull();
    expect(read('There is no indication he will not survive.').harm).toBeNull();
  });

  it('ends at a noun subject with a modal, and at an opening single quotation mark', () => {
    expect(read("He said if no payment 'your son will sleep forever'.").harm).not.toBeNull();
    expect(read('If no one pays, the boy will sleep forever, the caller said.').harm).not.toBeNull();
    expect(read('She does not think the baby will sleep forever in that cot.').harm).toBeNull();
  });
});

describe('intent under a condition', () => {
  it('is not imminent by the intent alone', () => {
    expect(read('He messaged: "If you ever leave me I will kill you."').imminence).toBeNull();
    expect(read('Unless she pays he says he will burn her.').imminence).toBeNull();
  });

  it('is imminent with a time or without a condition', () => {
    expect(read('He messaged: "If you leave tonight I will kill you."').imminence).not.toBeNull();
    expect(read('He messaged: "I will kill you."').imminence).not.toBeNull();
  });
});

describe('intent said as a habit', () => {
  it('is not imminent by the intent alone', () => {
    expect(read('He has said many times over the years that he will stab his father.').imminence).toBeNull();
    expect(read('Whenever he drinks he says he will hang himself.').imminence).toBeNull();
  });

  it('is imminent when the habit is not the sentence the intent is in', () => {
    expect(read('He has hit her for years. Tonight he texted that he will stab her.').imminence).not.toBeNull();
  });
});

describe('times written in words or with am and pm', () => {
  it('reads number words from thirteen up before a unit, as written', () => {
    expect(read('She posted a photo of pills thirty minutes ago.').timeframe?.text).toBe('thirty minutes ago');
    expect(read('He sent the threat to kill her forty-five minutes ago.').imminence?.text).toBe('forty-five minutes ago');
    expect(read('He has thirty minutes of video on his phone.').timeframe).toBeNull();
  });

  it('takes an am or pm time of a threat made as current, like a 24-hour one', () => {
    expect(read('He told her he will be at her work at 5 pm with his gun.').imminence).not.toBeNull();
    expect(read('He has a gun licence and shoots at the range at 5 pm on Sundays.').imminence).toBeNull();
  });

  it('reads none of them seeing the morning as a threat', () => {
    expect(read('He has the children in his car and says none of them will see morning.').harm).not.toBeNull();
    expect(read('None of us will see the morning show, the ticket desk says.').harm).toBeNull();
  });
});

describe('dates that are about something else than the threat', () => {
  it.each([
    'He threatened to kill her. Please preserve the data for 90 days from 22/11/2026.',
    'He threatened to kill her. This request was prepared on 22 November 2026.',
    'He threatened to kill her. The case was opened 21/11/2026 under reference CR-2211.',
    'He threatened to kill her; they met in June 2019.',
    'He threatened to kill her. Officer on duty since 0800 today.',
  ])('is no timeframe: %s', (text) => {
    expect(read(text).timeframe).toBeNull();
  });

  it('keeps the time of the threat beside them', () => {
    expect(read('He threatened to kill her at 2215. The case was opened 21/11/2026.').timeframe?.text).toMatch(/2215/);
  });
});

describe('a person unreachable now, or held since', () => {
  it('is current', () => {
    expect(read('The girl posted a photo of a noose. She is not home and is not answering her phone.').imminence).not.toBeNull();
    expect(read('He threatened to kill himself on a live video and cannot be reached.').imminence).not.toBeNull();
    expect(read('The boy is held since three days by the men who demand a ransom.').imminence).not.toBeNull();
  });

  it('is not current from a condition put to someone', () => {
    expect(read('He wrote "If you do not answer I will stab you".').imminence).toBeNull();
  });
});

describe('times as police write them', () => {
  it('reads a clock time after a log separator', () => {
    expect(read('NOTES // 2215 CALLER SAYS MALE HAS KNIFE').timeframe?.text).toMatch(/2215/);
    expect(read('Case ref 2026 file opened for the account').timeframe).toBeNull();
  });

  it('makes a threat sent at a clock time of the day current, not one with a day of its own', () => {
    expect(read('She received a photo of a rifle 1715 hrs with the words "tonight you pay".').imminence).not.toBeNull();
    expect(read('He sent a photo of a rifle at 1715 hrs on 03/10/2026.').imminence).toBeNull();
  });

  it('reads "this week" as no concrete time', () => {
    expect(read('He went missing earlier this week.').timeframe).toBeNull();
    expect(read('He went missing on Monday this week.').timeframe).not.toBeNull();
  });
});

describe('persons described, the offender named, a target not known (round 7)', () => {
  it('reads a person described by age or state, not "a man" alone', () => {
    expect(read('He threatened to kill the lady of the shop next to the mosque.').personAtRisk).not.toBeNull();
    expect(read('The old man from flat 12 is on the roof.').personAtRisk?.text).toMatch(/old man/);
    expect(read('A man is on the roof.').personAtRisk).toBeNull();
  });

  it('does not read the name given as the offender\'s or a target not known as the person at risk', () => {
    expect(read('The suspect, John Doe, 34, posted threats; the target is unknown.').personAtRisk).toBeNull();
    expect(read('The suspect, John Doe, 34, threatened to kill Maria Lopez, 41.').personAtRisk?.text).toMatch(/Maria/);
  });
});

describe('persons, round 7', () => {
  it('reads a role of the land or the sea before a name, and two first names joined by "and"', () => {
    expect(read('Hiker Maja Lindqvist texted that she fell.').personAtRisk?.text).toMatch(/Maja/);
    expect(read('Fisherman Tomasz and Ewa Nowak were threatened.').personAtRisk?.text).toMatch(/Tomasz and Ewa/);
  });

  it('does not read a police unit after a place as a surname in capitals', () => {
    expect(read('Written by PC 4411, Limassol CID, about a hacked shop page.').personAtRisk).toBeNull();
    expect(read('The caller, Dana KOWALSKI, is in danger.').personAtRisk).not.toBeNull();
  });
});

describe('all-clears and figures of speech, round 7', () => {
  it.each([
    'The user posted "I\'m dead 😂😂" under a meme about exams.',
    'He said he would "kill for a coffee" in the group chat.',
    'Her car was stolen at gunpoint last year; the offender was sentenced in March.',
    'The suspect who threatened to shoot his neighbour was shot dead by police yesterday.',
  ])('reads no current danger in %s', (text) => {
    expect(read(text).harm).toBeNull();
  });

  it('keeps a danger stated after the all-clear', () => {
    expect(read('The man who threatened her was arrested at 2100, but since then his brother has said he will stab her.').harm).not.toBeNull();
    expect(read('I\'m dead serious: he has a gun and is outside.').harm).not.toBeNull();
  });
});

describe('imminence from the means in hand and the act begun, and an edge the older lists lacked', () => {
  it.each([
    'He is holed up in the farmhouse with the shotgun and his two kids.',
    'He has already poured the petrol and has the lighter in his hand.',
    'She is standing at the edge of the quarry right now.',
  ])('is imminent: %s', (text) => {
    expect(read(text).harm).not.toBeNull();
    expect(read(text).imminence).not.toBeNull();
  });

  it('does not read a quarry pool or the trains on the line as a danger', () => {
    expect(read('She sat on the edge of the quarry pool to eat lunch in summer.').harm).toBeNull();
    expect(read('The trains run on the line past the station every hour.').harm).toBeNull();
  });
});

describe('a new act of the threatener after a hedge about someone else', () => {
  it('counts the harm told after it', () => {
    expect(read('The children are safe with their grandmother; he has taken the eldest from school and says he will drown him.').harm).not.toBeNull();
    expect(read('She is safe at the refuge. He now says he will burn the refuge down with her in it.').harm).not.toBeNull();
  });

  it('does not count history told after an all-clear', () => {
    expect(read('She was found safe at 0300. She said he had threatened to kill her last week.').harm).toBeNull();
  });
});

describe('harm that is past, a claim about a death, or what a video shows', () => {
  it.each([
    'The man threatened to sue the hospital for the death of his father last year.',
    'The victim was assaulted on 1 March; the injuries healed and the attacker is serving 4 years.',
    'The bomb scare at the mall on Saturday turned out to be an unattended suitcase of clothes.',
    'The shooting in the video happened in Brazil in 2019 and was reposted today.',
  ])('is no danger now: %s', (text) => {
    expect(read(text).harm).toBeNull();
  });

  it('keeps a threat from a threatener serving a sentence, and a threat beside a video', () => {
    expect(read('He is serving 4 years and wrote from prison: "when I come out, you die".').harm).not.toBeNull();
    expect(read('He posted a clip of a shooting in the video game and said he will shoot up the school.').harm).not.toBeNull();
  });
});

describe('imminence cues kept to their clause and to the danger', () => {
  it('does not read a lasting feeling as a present danger', () => {
    expect(read('He threatened to kill her in 2024. She is still afraid and now wants his details for her lawyer.').imminence).toBeNull();
    expect(read('He threatened to kill her in 2024. She is still frightened of him.').imminence).toBeNull();
  });

  it('still reads a present danger and a threat of today', () => {
    expect(read('He threatened to stab her. She reported it today and he is outside now.').imminence).not.toBeNull();
    expect(read('He threatened today to kill her.').imminence).not.toBeNull();
    expect(read('He has a knife and is still in the flat with her.').imminence).not.toBeNull();
  });
});

describe('words that were a game, a role-play, a challenge, a dare or a film project', () => {
  it.each([
    'A threat to kill was received at 2200; the sender was identified as an 11-year-old in Canada playing a game.',
    'The "kill list" turned out to be part of an online role-play between friends.',
    'The messages about shooting were part of a TikTok challenge, the school confirmed.',
    'The kidnapping video was a film project by media students.',
    'The post "I will blow up the office" was written by a colleague as a dare.',
  ])('is no danger: %s', (text) => {
    expect(read(text).harm).toBeNull();
  });

  it.each([
    'This is a game to him; he will kill her.',
    'The girl says it was a game at first, but now he threatens to post her photos and she wants to die.',
    'The boys dared each other; now one of them is on the roof ledge and says he will jump.',
  ])('keeps the danger: %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeNarrative } from '../../../../rules/emergency/lib/narrative';
import { NOW } from '../../helpers';

const read = (text: string) => analyzeNarrative(text, NOW);

describe('a nominal negator governs its own noun phrase', () => {
  it('reads the clause after "no profile info" as a new one', () => {
    expect(read('Someone with no profile info is saying he has taken a full box of paracetamol.').harm?.text).toMatch(/taken a full box/);
  });

  it('keeps a harm word negated where "no" governs it', () => {
    expect(read('There is no indication he has a weapon or any intent to hurt anyone.').harm).toBeNull();
    expect(read('No confirmation he has taken any pills.').harm).toBeNull();
  });
});

describe('non-emergencies: figurative harm and all-clears in police shorthand', () => {
  it.each([
    ["They said they will 'execute' his Fortnite clan and 'blow up' his stream with raids."],
    ["An SMS offers 'a price cut to die for' on electricity bills."],
    ["The scammer says he will 'finish him' by telling his wife and church."],
    ["An author keeps posting that he will 'kill off the detective' and 'blow up the whole town' in his next book."],
    ['Swatting call to the family home at 2215 hrs: caller claimed hostages. No injuries, hoax confirmed, family safe.'],
    ['Bomb threat phoned to the station at 0715. Sweep complete 0840, nothing found, caller identified and arrested 0955.'],
    ['His phone was on the dash when the car was stolen.'],
  ])('does not read "%s" as harm', (text) => {
    expect(read(text).harm).toBeNull();
  });

  it.each([
    ['He threatened to shoot her; we need his location to keep the family safe.', /shoot/],
    ['Hoax suspected at first, but he has since posted a photo of a pipe bomb.', /bomb/],
    ['DASH risk assessment: HIGH.', /DASH/],
  ])('still reads "%s" as harm', (text, evidence) => {
    expect(read(text).harm?.text).toMatch(evidence);
  });
});

describe('imminence: held now, harm repeated, a body failing', () => {
  it.each([
    ['The girl, 15, is kept in a karaoke bar and forced into prostitution.', /is kept in/],
    ['The senora is lock in the house by her husband who beat her.', /is lock in/],
    ['He beats her every night with a cable.', /every night/],
    ['He says he took pills and is slurring.', /is slurring/],
    ['He has just taken a full box of paracetamol.', /just taken/],
  ])('reads "%s" as imminent', (text, evidence) => {
    expect(read(text).imminence?.text).toMatch(evidence);
  });

  it.each([
    ['A 13-year-old wrote that she thinks about dying this morning. No plan or means mentioned.'],
    ['He wrote this morning that he wants to die. He has not mentioned any method or plan.'],
    ["E-mail received today: 'you'll be carried out of that school in a body bag before the end of term'."],
    ["He wrote today: 'the next time you will not get up', about the beating."],
  ])('does not read "%s" as imminent', (text) => {
    const analysis = read(text);
    expect(analysis.harm).not.toBeNull();
    expect(analysis.imminence).toBeNull();
  });
});

describe('nexus: evidence and discipline are not prevention', () => {
  const harm = 'At 2210 today he wrote to her that he will kill her. ';
  it.each([
    ['Request subscriber data of the account to identify and seize the phone.'],
    ['Request the Instagram account data to identify who supplied the phone, for a disciplinary hearing.'],
    ['Request all subscriber info to identify the page owner for the docket.'],
  ])('reads no nexus in "%s"', (purpose) => {
    expect(read(harm + purpose).nexus).toBeNull();
  });

  it('still reads a purpose to locate and protect her', () => {
    expect(read(`${harm}Request subscriber data to identify him and seize the weapon before he reaches her.`).nexus).not.toBeNull();
  });
});

describe('person and time', () => {
  it.each([
    ['A shotgun photo was captioned "st finians 1st years wont be doin their xmas tests".', /1st years/],
    ['He threatened the Year 9s at the gate.', /Year 9s/],
    ['He sent a message to his ex Carys Evans.', /ex Carys Evans/],
    ['He threatened their driver Sipho Dlamini.', /driver Sipho Dlamini/],
  ])('reads "%s" as naming the person', (text, evidence) => {
    expect(read(text).personAtRisk?.text).toMatch(evidence);
  });

  it.each([['The first year of the contract ended.'], ['The ex Premier League player scored.']])('does not read "%s" as a year group', (text) => {
    expect(read(text).personAtRisk?.text ?? '').not.toMatch(/first year|Premier/);
  });

  it('does not read a name that is a month, followed by an age, as a date', () => {
    expect(read('Girl Nong May, 15 years, from Chiang Rai, is kept in a bar.').timeframe).toBeNull();
    expect(read('He was seen on May 15 at the bar.').timeframe).not.toBeNull();
  });
});

describe('imminence and person, round 5 forms', () => {
  it.each([
    ['Inmate serving a sentence that ends in 2031 posted: "ur gonna end up like ur cousin".'],
    ["'if u ever testify ull be pushin daisies', sent at 0215 today. No trial date is set."],
  ])('does not read "%s" as imminent', (text) => {
    const analysis = read(text);
    expect(analysis.harm).not.toBeNull();
    expect(analysis.imminence).toBeNull();
  });

  it('reads "about to be a crime scene" as imminent', () => {
    expect(read("A photo of a rifle: '7th grade hallway about to be a crime scene'.").imminence?.text).toMatch(/about to be a crime scene/);
  });

  it.each([
    ["'bringing a few of my own rounds for my squad leader'", /squad leader/],
    ['He threatened her landlord.', /landlord/],
    ["'lakeview middle 7th grade hallway'", /7th grade/],
  ])('reads "%s" as naming the person', (text, evidence) => {
    expect(read(text).personAtRisk?.text).toMatch(evidence);
  });

  it('reads "pick him up" as a purpose for the data', () => {
    const text = 'At 0152 he sent her a photo of her car with a claw hammer. Need last known location and login IPs so patrols can pick him up before she walks out.';
    expect(read(text).nexus).not.toBeNull();
  });
});

describe('all-clears in telegraphic police shorthand', () => {
  it.each([
    ['Man threatened to shoot his wife at 2100. Located at 2230, firearm seized, arrested. Wife safe.'],
    ["Girl reported abducted this morning; she was located safe and well at a friend's house at 1400."],
    ['Bomb threat at the mall at 0900. Area cleared, no device found, threat stood down.'],
    ['Hostage situation ended at 0400, all hostages released unharmed, offender in custody.'],
    ['Stabbing threat: the suspect handed himself in at the station.'],
    ['Missing child with dementia grandmother: both returned home safely at 1800.'],
    ['Swatting incident last night; units attended, no weapons, residents fine.'],
  ])('reads no current harm in "%s"', (text) => {
    expect(read(text).harm).toBeNull();
  });

  it.each([
    ['At 18:42 he posted he will swat the streamer tonight; a false report of a hostage situation would bring armed officers who could shoot him.', /swat/],
    ['Infant with rib fractures; at 2310 he wrote "next time it\'ll be his skull". Infant discharged home this morning.', /fractures/],
    ['Her sister was located safe, but he still says he will kill the girl tonight.', /kill/],
  ])('still reads harm in "%s"', (text, evidence) => {
    expect(read(text).harm?.text).toMatch(evidence);
  });
});

describe('imminence and nexus from probes of near-harm and purpose wording', () => {
  it.each([
    ['He is banging on her door and threatening to stab her.', /is banging/],
    ["The man holds a knife to his wife's throat in the kitchen.", /holds a knife to/],
    ['The kidnappers gave the family until end of day to pay or the child dies.', /until end of day/],
  ])('reads "%s" as imminent', (text, evidence) => {
    expect(read(text).imminence?.text).toMatch(evidence);
  });

  const harm = 'At 2210 today he wrote to Anna Berg, 31, that he will kill her tonight. ';
  it.each([
    ['The subscriber details will let us knock on his door tonight and take the gun off him.'],
    ['Subscriber info needed to confirm she is alive and get her to hospital.'],
    ['We need his address so the crisis team can attend.'],
    ['Provide the IP so we can put officers at her door before he arrives.'],
    ['Knowing the account owner lets us warn the intended victim.'],
  ])('reads a purpose in "%s"', (purpose) => {
    expect(read(harm + purpose).nexus).not.toBeNull();
  });

  it('reads no purpose in a request for the file', () => {
    expect(read(`${harm}Provide the account data for our file.`).nexus).toBeNull();
  });
});

describe('the not-imminent vetoes keep to their scope', () => {
  it.each([
    ['He was released one day ago and at 0900 today he texted her he will stab her tonight.'],
    ['He gave her one day to pay or he will shoot her son tomorrow.'],
    ['She eventually told her mother at 2100 that he will kill her tonight.'],
    ['When he gets out of work at 5 today he will kill her, he wrote at 1300.'],
    ["There is no immediate risk to the public; he is outside his ex-partner's house with a knife right now."],
  ])('reads "%s" as imminent', (text) => {
    expect(read(text).imminence).not.toBeNull();
  });

  it.each([
    ['He said he will kill her one day.'],
    ['He will eventually kill her, he wrote last year.'],
    ['He said he will kill her when he gets out.'],
    ['No immediate risk identified; he threatened last year to stab her.'],
  ])('does not read "%s" as imminent', (text) => {
    const analysis = read(text);
    expect(analysis.harm).not.toBeNull();
    expect(analysis.imminence).toBeNull();
  });
});

describe('negation scope: clauses of time, reason and a new subject', () => {
  it.each([
    ['The account has no profile picture and posted that it will bomb the school.', /bomb/],
    ['Without any warning he sent her a photo of a knife at 2200.', /knife/],
    ['No one has seen her since he threatened to stab her.', /stab/],
    ['Not long after midnight he wrote he will shoot her.', /shoot/],
    ['She never answered after he said he would kill her.', /kill/],
    ['The boy does not want to go home because his stepfather beats him every night.', /beats/],
    ['He did not eat for days and now says he will hang himself.', /hang himself/],
  ])('reads "%s" as harm', (text, evidence) => {
    expect(read(text).harm?.text).toMatch(evidence);
  });

  it.each([
    ['He did not threaten to kill her.'],
    ['She denies he has a gun.'],
    ['No indication he has a weapon.'],
    ['There is no evidence she took pills.'],
    ['He has not said he will hurt her.'],
    ["He doesn't want to hurt anyone."],
    ['Nobody was hurt and no weapons were involved.'],
  ])('keeps "%s" negated', (text) => {
    expect(read(text).harm).toBeNull();
  });
});

describe('nexus: purposes of legal process or aimed at things are not prevention', () => {
  const harm = 'At 2210 today he wrote to Anna Berg, 31, that he will kill her tonight. ';
  it.each([
    ['We request the data to identify the suspect for the court case.'],
    ['The information will help us find out who is responsible so he can be prosecuted.'],
    ['Please provide all records to locate evidence for the trial.'],
    ['Data needed to trace the stolen funds.'],
    ['To find the phone and return it to the owner.'],
  ])('reads no purpose in "%s"', (purpose) => {
    expect(read(harm + purpose).nexus).toBeNull();
  });

  it.each([
    ['Please provide Facebook location data for his account so we can find the car immediately.'],
    ['Request phone number linked to account in order to trace the device and rescue the victim.'],
    ['The requested data will allow us to find out where he is holding her.'],
  ])('still reads a purpose in "%s"', (purpose) => {
    expect(read(harm + purpose).nexus).not.toBeNull();
  });
});

describe('non-emergencies filed as emergencies: lawful weapons, news, songs, animals, idiom', () => {
  it.each([
    ["URGENT: a man posted a video of himself firing a rifle at a licensed range, captioned 'Sunday fun'."],
    ['TIME-CRITICAL: fraudulent charity page using images of the Gaza bombing to collect donations.'],
    ["Our client's dog was poisoned on 19/11; the neighbour posted 'one less mutt'."],
    ["A drill artist's new video shows him holding a replica gun; the lyrics mention killing opps."],
    ["A crypto investor says it 'will be the death of him' if the site does not pay out."],
    ['A bomb disposal training video was reported by a viewer.'],
  ])('does not read "%s" as harm', (text) => {
    expect(read(text).harm).toBeNull();
  });

  it.each([
    ['He posted a photo of himself at the gun range and wrote he will shoot his ex-wife tonight.', /shoot/],
    ['Her dog was poisoned on Friday and last night he wrote that she is next.', /she is next/],
    ['He said he will shoot her like he shot the dog.', /shoot/],
  ])('still reads "%s" as harm', (text, evidence) => {
    expect(read(text).harm?.text).toMatch(evidence);
  });
});

describe('times and states from a probe of dispatch and log wording', () => {
  it('reads a military date-time group as the time and, when recent, as a current threat', () => {
    const analysis = read('DTG 221430ZNOV26: subject threatened to shoot his platoon sergeant.');
    expect(analysis.timeframe?.text).toBe('221430ZNOV26');
    expect(analysis.imminence?.text).toBe('221430ZNOV26');
    expect(read('DTG 021430ZMAR25: subject threatened to shoot his platoon sergeant.').imminence).toBeNull();
  });

  it.each([
    ['He has been threatening to kill her since 0600.', /has been threatening/],
    ['A man is in the house with a knife and the family inside.', /is in the house with a knife/],
  ])('reads "%s" as imminent', (text, evidence) => {
    expect(read(text).imminence?.text).toMatch(evidence);
  });

  it('does not read an old threat as current because he has been texting her since', () => {
    expect(read('In 2020 he threatened to kill her; he has been texting her about the divorce.').imminence).toBeNull();
  });

  it.each([
    ['The 13-year-old has been missing since Friday with a 30-year-old man she met online.', /30-year-old man|man she met online/],
    ['The victim is hiding in the bathroom while he tries to break the door.', /hiding in the bathroom/],
    ['He is trying to kick her door in.', /kick her/],
  ])('reads "%s" as harm', (text, evidence) => {
    expect(read(text).harm?.text).toMatch(evidence);
  });

  it('does not read a break-in at an empty shop as harm', () => {
    expect(read('The burglar tried to force the window of the empty shop.').harm).toBeNull();
  });
});

describe('nexus leads as second-language writers put them', () => {
  const harm = 'At 2210 today he wrote to Anna Berg, 31, that he will kill her tonight. ';
  it.each([
    ['We need the IP with objective of localize the girl.'],
    ['Please give us the location of the account because we must find her before 1800.'],
    ['The data is for can find him quick.'],
  ])('reads a purpose in "%s"', (purpose) => {
    expect(read(harm + purpose).nexus).not.toBeNull();
  });

  it('reads no purpose where the data must be kept for the file', () => {
    expect(read(`${harm}We must keep the account data for our file.`).nexus).toBeNull();
  });
});

describe('the person named after a threat verb, in police capitals, or by a relation and one name', () => {
  it.each([
    ['He threatened to kill Sarah Jenkins tonight.', /kill Sarah Jenkins/],
    ['V: MARIA LOPEZ, 41.', /MARIA LOPEZ, 41|V: MARIA L/],
    ['He threatened to kill his ex, Tom.', /ex, Tom/],
  ])('reads "%s" as naming the person', (text, evidence) => {
    expect(read(text).personAtRisk?.text).toMatch(evidence);
  });

  it.each([['The attack on Main Street closed the shop.'], ['URGENT REQUEST, 24 hours.']])('does not read "%s" as naming a person', (text) => {
    expect(read(text).personAtRisk).toBeNull();
  });
});

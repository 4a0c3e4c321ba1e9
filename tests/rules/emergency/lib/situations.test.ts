import { describe, expect, it } from 'vitest';
import { analyzeNarrative } from '../../../../rules/emergency/lib/narrative';
import { NOW } from '../../helpers';

const read = (text: string) => analyzeNarrative(text, NOW);

describe('harm told by the situation', () => {
  it.each([
    ['Siege in progress since 0340 at unit 4.', /Siege/],
    ['Crisis negotiators are at the scene.', /negotiators/],
    ['The offender is holding his partner and her son in the flat.', /holding his partner/],
    ['He said she will end up in the cemetery.', /cemetery/],
    ['Since years he says she will once end in the hospital or the cemetery.', /end in the hospital/],
    ["'ya'll be goin up the aisle feet first by Sunday, rat'", /feet first/],
    ['"tell yer maw tae start pickin a hymn for ye"', /pickin a hymn for ye/],
    ["He texted mum he'd 'take us both out'.", /take us both out/],
    ['They are waiting to put him in the river.', /put him in the river/],
    ['Older boys are outside to jump him when he leaves.', /jump him/],
    ['We need to prevent an attack on Ms McInnes.', /attack on Ms/],
    ['"don\'t tell ur mum, u can stay at mine"', /tell ur mum/],
    ['The user claims to be 15.', /claims to be 15/],
    ["Her mum heard an adult man's voice on voice chat.", /adult man's voice/],
    ['He told her to sneak out at 11 tonight.', /sneak out at/],
    ['She was seen getting into a silver hatch driven by an adult male.', /getting into a silver hatch driven by an adult/],
    ['He wrote to his sisters: Look after each other.', /Look after each other/],
    ["He left the dog with a neighbour saying 'she's yours now'.", /left the dog with a neighbour|yours now/],
    ['MP (HIGH RISK): Jayde WILLIS, 13.', /MP \(HIGH RISK/],
  ])('reads "%s" as harm', (text, evidence) => {
    expect(read(text).harm?.text).toMatch(evidence);
  });

  it.each([
    ['He is holding his phone and laughing.'],
    ['The case ended up in court.'],
    ['She dived feet-first into the new job.'],
    ['The choir is choosing hymns for Sunday.'],
    ['He will take us both out for dinner on Friday.'],
    ['They put the boat in the river.'],
    ['They jumped the queue at the bank.'],
    ['There was a DDoS attack on the server.'],
    ['He claims to be a police officer.'],
    ['He sneaked out of the meeting early.'],
    ['Look after the paperwork while I am away.'],
    ['MP (low risk), seen at the station.'],
  ])('does not read "%s" as harm', (text) => {
    expect(read(text).harm).toBeNull();
  });
});

describe('killing, maiming and neglect in slang and idiom', () => {
  it.each([
    ['He said she will leave in a pine box.', /pine box/],
    ['He said you will be wearing a wooden overcoat.', /wooden overcoat/],
    ['He wrote: "I will body you".', /body you/],
    ['He said he will poke him up.', /poke him up/],
    ['He said he will pop a cap in you.', /pop a cap in you/],
    ['He said he will spray the house.', /spray the house/],
    ['He said he will bump you off.', /bump you off/],
    ['He said you are living on borrowed time.', /borrowed time/],
    ['He said he will kick his head in.', /kick his head in/],
    ['He said he will set you on fire.', /set you on fire/],
    ['He said she will not live to see Friday.', /not live to see/],
    ['He said her body will never be found.', /body will never be found/],
    ['He said your kids will grow up without a mother.', /grow up without a mother/],
    ['He said there is a price on your head.', /price on your head/],
    ['He said you will get stretched.', /get stretched/],
    ['He said he will shake the baby.', /shake the baby/],
    ['The baby has not been fed for days.', /not been fed for days/],
    ['The toddler was left in a hot car.', /hot car/],
    ['She is standing on the tracks.', /on the tracks/],
    ['The boy is being exploited in county lines.', /county lines/],
  ])('reads "%s" as harm', (text, evidence) => {
    expect(read(text).harm?.text).toMatch(evidence);
  });

  it.each([
    ['He wasted her time with calls.'],
    ['She splashed him with water at the pool.'],
    ['He was selling a hot car on Marketplace.'],
    ['He uses a burner phone.'],
    ['The bank put a hold on his account.'],
  ])('does not read "%s" as harm', (text) => {
    expect(read(text).harm).toBeNull();
  });
});

describe('figurative and resolved harm words by category', () => {
  it.each([
    ['"we\'re gonna murder the dancefloor tonight, absolute carnage, bring your ravers"'],
    ['"bring body bags saturday, we\'re gonna bury u 8-0"'],
    ['He wrote: "im gonna headshot u every round tmrw, ur dead kid".'],
    ['"you\'re dead to me and you\'re dead in this industry"'],
    ['It will kill him if the savings are not recovered.'],
    ["'its gonna be a massacre on that floor'"],
    ['The draft describes a character named Marisol poisoning her husband.'],
    ['A player\'s gaming account was "kidnapped" by a hacker.'],
    ['Investigation into the shooting of a man in 2019. Requesting data for the prosecution.'],
    ['A rival shop is BOMBING our Google page with fake reviews.'],
    ['The funds are moved before the money is laundered and gone for good.'],
    ['A bomb threat was e-mailed to the mall; the threat was found to be a hoax.'],
  ])('does not read "%s" as harm', (text) => {
    expect(read(text).harm).toBeNull();
  });

  it.each([
    ['He wrote that he will kill him if he sees him again.', /kill/],
    ['After the match on Saturday he will stab the referee.', /stab/],
    ['The account was hacked and the owner was kidnapped at gunpoint.', /kidnapped/],
    ['He told her on WhatsApp that he had taken "way too much".', /way too much/],
  ])('still reads "%s" as harm', (text, evidence) => {
    expect(read(text).harm?.text).toMatch(evidence);
  });
});

describe('imminence in more forms, once harm is stated', () => {
  it.each([
    ['He threatened to kill her by nightfall.', /by nightfall/],
    ['He threatened to shoot them. It happens in 2 hours.', /in 2 hours/],
    ['He threatened to stab her. She has 3 hours to pay.', /has 3 hours to/],
    ['He posted a gun and "T-minus" as caption, addressed to her.', /T-minus/],
    ['He threatened to burn the house later tonight.', /later tonight/],
    ['The armed suspect is en route to her address.', /en route/],
    ['He threatened to stab her and is following her.', /is following her/],
    ['He threatened to kill the child. The father has the child.', /father has the child/],
    ['He wrote "im pulling up with the switch" after threatening to shoot them.', /pulling up/],
    ['A man threatened to jump. Witnesses saw him standing on the ledge.', /standing on the ledge/],
    ['A TikTok live showed her cutting her forearm.', /TikTok live/],
    ['Somebody at the party is blue and not breathing.', /is blue/],
    ['He threatened to stab her. In March 2024 he was warned. This coming weekend.', /coming weekend/],
    ['He threatened to stab her. In March 2024 he was warned. By 6pm.', /By 6pm/],
    ['He threatened to stab her. In March 2024 he was warned. In under an hour.', /under an hour/],
    ['He threatened to stab her. In March 2024 he was warned. As soon as she leaves work.', /as soon as she leaves/i],
    ['He threatened to stab her. In March 2024 he was warned. Her shift ends at 10pm.', /shift ends at/],
    ['He threatened to stab her. In March 2024 he was warned. She is due to leave at 1800.', /due to leave at/],
    ['He threatened to stab her. In March 2024 he was warned. He set off towards her house.', /set off towards/],
    ['He threatened to stab her. In March 2024 he was warned. He knows where she is staying.', /knows where she is/],
    ['He threatened to stab her. In March 2024 he was warned. The stream is running.', /stream is running/],
  ])('reads "%s" as imminent', (text, evidence) => {
    expect(read(text).imminence?.text).toMatch(evidence);
  });

  it('does not read a past schedule or an hour of another day as imminent', () => {
    expect(read('He threatened to stab her in March 2024. The shop closed by 6 in 2023.').imminence).toBeNull();
  });

  it('does not read these forms without a stated harm', () => {
    expect(read('The seller is en route to the warehouse and is pulling up in 2 hours.').imminence).toBeNull();
  });

  it('does not read a deadline in days of legal boilerplate as a countdown', () => {
    expect(read('In 2019 he was convicted of assault. The provider has 30 days to respond.').imminence).toBeNull();
  });

  it("reads 'just' as a near time, not as 'simply'", () => {
    expect(read('She took an overdose just before the call.').imminence?.text).toBe('just');
    expect(read('On 1 March 2026 she wrote that she wishes she could just not wake up.').imminence).toBeNull();
  });

  it('reads a recent threat as current unless nothing has happened since or there was no plan', () => {
    const threat = 'He sent her a photo of a gun with the caption "see you" at 2340hrs on 21/11/2026.';
    expect(read(threat).imminence).not.toBeNull();
    expect(read(`${threat} No further contact, no sightings near her address.`).imminence).toBeNull();
    expect(read(`${threat} No plan, no means, no attempt.`).imminence).toBeNull();
  });

  it("reads 'will once' as 'one day', not as imminent", () => {
    const analysis = read('Her former husband says she will once end in the cemetery.');
    expect(analysis.harm).not.toBeNull();
    expect(analysis.imminence).toBeNull();
  });

  it('lets a raised grading overtake an earlier "no immediate risk"', () => {
    const earlier = 'Initial assessment recorded no immediate risk. Later he threatened to stab her. He is on his way to her house.';
    expect(read(earlier).imminence).toBeNull();
    expect(read(`${earlier} Grading raised to HIGH.`).imminence?.text).toMatch(/on his way/);
  });
});

describe('nexus in more words', () => {
  const harm = 'He threatened to stab her tonight. ';
  it.each([
    ['We need urgent the location of his telephone from Messenger for find him before he come back.'],
    ['Why needed: so local police can do welfare checks before Friday.\nRequested: subscriber info, e-mail, phone.'],
    ['We request the phone number linked to his account to open communication with him.'],
    ['Need the location of the post so we can get units and EMS to him tonight.'],
    ['Request the email and IP addresses so an ambulance and officers can be sent to her address.'],
    ['Request the IP address and GPS of the live so police can go to the correct building.'],
    ['We request the account data to geolocate the device.'],
    ['Request subscriber details to establish his identity and serve an Osman warning.'],
    ['Need the IP to make sure she is safe.'],
    ['Data needed to bring her home safely.'],
    ['The IP address will lead us to him.'],
    ['We need the account information so we can check he is not at her address.'],
  ])('reads "%s" as the data\u2019s purpose', (text) => {
    expect(read(harm + text).nexus).not.toBeNull();
  });

  it("does not read the suspect's quoted words as the officer's purpose", () => {
    const text =
      'At 1835 today he messaged her that he will "take Poppy somewhere nobody will find her and then do myself". Please provide all content for the family court hearing.';
    expect(read(text).nexus).toBeNull();
  });

  it('does not read a purpose without the data named nearby', () => {
    expect(read(`${harm}Officers will try to find him.`).nexus).toBeNull();
  });
});

describe('times as officers write them', () => {
  it('reads a 24-hour time after the verb of the event', () => {
    expect(read('Arohanui left home 0230 with a 41yo male.').timeframe?.text).toMatch(/left home 0230/);
  });

  it('does not read a year after a verb as a clock time, nor a data range to the present', () => {
    expect(read('He left in 2019 for Canada.').timeframe?.text ?? '').not.toMatch(/left/);
    expect(read('Records sought: IP login history from 2026-09-01 to present.').timeframe).toBeNull();
  });
});

describe('who is at risk, as officers name them', () => {
  it.each([
    ['In March he threatened his former employer, Mr. Benjamin Tan, with a knife.', /Mr\. B/],
    ['A fake profile is impersonating Dr. Alan Reeve, a local dentist.', /Dr\. A/],
    ['Singer Han Ji-woo receives threats.', /Singer Han/],
    ['Councillor Priya Natarajan was threatened.', /Councillor Priya/],
    ['A journalist, Siobhán KEANE, received a message.', /Siobhán KEANE/],
    ['"took 40 tablets. im 15 so its not like anyone cares"', /im 15/],
  ])('reads "%s" as naming the person', (text, evidence) => {
    expect(read(text).personAtRisk?.text).toMatch(evidence);
  });

  it.each([
    ['Preservation under 18 U.S.C. § 2703(f) is requested.'],
    ['The page is 15 minutes old.'],
    ['Officer Down was the film he quoted.'],
    ['A user threatened to kill himself.'],
  ])('does not read "%s" as naming a person', (text) => {
    expect(read(text).personAtRisk).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeNarrative } from '../../../rules/emergency/lib/narrative';
import { NOW } from '../helpers';

/**
 * Round 9 of issue 13: each mechanism probed with sentences of our own, in voices and wordings no narrative set uses,
 * both ways. Every positive probe here failed before its mechanism.
 */
const read = (text: string) => analyzeNarrative(text, NOW);

describe('death or injury told by what follows it, bound to the person threatened', () => {
  it.each([
    'Text from unknown number: "we picked out an urn for you, blue like your eyes".',
    'He wrote to her: your picture will be on a memorial by the lake before Christmas.',
    "They've written your eulogy already and booked the crematorium for you, the DM says.",
    'DM from the cousin: your whole village gonna be mourning over u by Eid.',
    'Snapchat from the ex: "u leaving that gym in a stretcher".',
  ])('reads harm in %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });

  it.each([
    'The funeral for her grandmother is on Friday at St Mary\'s.',
    'We held a memorial for him last year; the family asked for privacy.',
    'His name is on the war memorial in the square.',
    'The funeral home has a message for you about the invoice.',
    'Your mother will be crying for joy when you graduate.',
    'We are leaving here in an hour for the airport.',
    'He made her a memorial video for her late husband.',
    'Come home, your mum is crying for you every night.',
  ])('reads no harm in %s', (text) => {
    expect(read(text).harm).toBeNull();
  });
});

describe('a contracted subject and verb, with either apostrophe or none, start a clause after a negation', () => {
  it.each([
    'if the money is not there by friday im coming to cut her face.',
    'she doesnt answer my calls so imma shoot him.',
    'he says if she does not drop the charges hes going to kill her.',
    'no reply from him tonight and shes gonna overdose, her friend wrote.',
    'If the cops are not gone by noon they’re getting shot.',
    "If the cops are not gone by noon he's going to stab her.",
  ])('reads harm in %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });

  it.each([
    'There is no evidence hes armed.',
    'She does not think shes in danger of being killed.',
    'The caller did not say hes going to shoot anyone.',
    'No indication shes suicidal.',
  ])('reads no harm in %s', (text) => {
    expect(read(text).harm).toBeNull();
  });
});

describe("the threatener's custody does not end a threat he timed by his release", () => {
  it.each([
    'In a letter to her he wrote that he will stab her once he is released. He is in custody at HMP Leeds.',
    'The day I get out you are dead, he told her from the remand wing. He was remanded on Tuesday.',
    'Message to the victim: after my release I shoot your brother. The sender is now in jail.',
    'Voice mail: "when I come out I burn you alive". The caller is serving six years and is in prison.',
  ])('reads harm, not imminence, in %s', (text) => {
    const analysis = read(text);
    expect(analysis.harm).not.toBeNull();
    expect(analysis.imminence).toBeNull();
  });

  it.each([
    'The man who stabbed her was arrested and is in custody; she is recovering.',
    'He stabbed his neighbour last week; he has since been arrested. He will be released from hospital on Monday.',
    'He beat her in March and is now in prison; when she comes out of the refuge she will move to Leeds.',
  ])('reads no harm in %s', (text) => {
    expect(read(text).harm).toBeNull();
  });

  it('still reads a threat timed by leaving work as imminent', () => {
    expect(read('He says he will stab her today when she comes out from her office at 5pm.').imminence).not.toBeNull();
  });
});

describe('a person paid for or bought: the buyer’s side of a sale', () => {
  it.each([
    'She told her sister the old man paid 200,000 naira for her. She cannot leave.',
    'They said the boss gave money for us, now we must work to pay back the debt.',
    'The boy wrote: uncle has bought me from my mother and I am in a fishing boat.',
  ])('reads harm in %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });

  it.each([
    'Her father paid money for her school trip.',
    'The club paid 5000 euros for him to join from another team.',
    "We paid cash for him and his friends' dinner.",
    'He bought her from the shelter as a puppy.',
  ])('reads no harm in %s', (text) => {
    expect(read(text).harm).toBeNull();
  });
});

describe('the farewell that absolves: a message left for the family that it was not their fault', () => {
  it.each([
    'Her text at 4am: tell dad none of this is his fault.',
    "Tell my brother that it is nobody's fault, he DMed at 3:10.",
    "The note on the bed said: tell Kemal's mum not to blame herself.",
    'last snap: tell mum she did nothing wrong x',
  ])('reads harm in %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });

  it.each([
    'Tell the insurer it was not her fault, the other driver ran the light.',
    'Tell your mother it is not her fault that the shop closed.',
    'Tell my lawyer it was not my fault.',
    'Tell mum I did nothing wrong at school today.',
  ])('reads no harm in %s', (text) => {
    expect(read(text).harm).toBeNull();
  });
});

describe('one responder got to the person, as many were', () => {
  it.each([
    "He says he will shoot his wife tonight. We need the subscriber's phone location to get a deputy to the house.",
    'She has taken 40 tablets. Request the IP address so we can get a paramedic to her.',
    'The boy says he will hang himself at 9pm. Please provide cell-site data so that we can get a trooper out to him.',
  ])('reads a purpose in %s', (text) => {
    expect(read(text).nexus).not.toBeNull();
  });

  it.each([
    "He says he will shoot his wife tonight. We need the subscriber's phone records to get a conviction at trial.",
    'She has taken 40 tablets. Request the IP address so we can get a statement to the court.',
    'He says he will stab her. Request the account data to get a detective assigned to the file.',
  ])('reads no purpose in %s', (text) => {
    expect(read(text).nexus).toBeNull();
  });
});

describe("someone else's medicine, or all of it, saved up", () => {
  it.each([
    'She wrote that she is stashing all her nan\'s oxycodone in a sock.',
    "The caller said his brother had been hoarding their mother's sleeping tablets since October.",
    'The boy has been saving up all of his tramadol, his sister says.',
  ])('reads harm in %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });

  it.each([
    "I'm saving my painkillers for the bad days.",
    "She collected her mum's morphine from the pharmacy.",
    "He keeps his dad's tablets in the kitchen drawer.",
    "The nurse saved the patient's chart before the morphine round.",
  ])('reads no harm in %s', (text) => {
    expect(read(text).harm).toBeNull();
  });
});

describe('the officer says of the violence itself that none was spoken of', () => {
  it.each([
    'His text says he will "execute the takeover and shoot down every bid". No violence was mentioned; the dispute is about shares.',
    'The landlord wrote that he would go nuclear and hit her where it hurts, in the deposit. No violence has been threatened.',
    'The ex-partner said he will make her pay and take her down in court. No threats of harm were made.',
  ])('reads no harm in %s', (text) => {
    expect(read(text).harm).toBeNull();
  });

  it.each([
    'No violence was mentioned in the first messages, but at 21:00 he wrote that he will stab her tonight.',
    'He wrote that he will stab her tonight; the earlier messages contained no violence.',
    'No violence was used in the robbery; today he posted that he will shoot the cashier.',
  ])('still reads harm in %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });
});

describe('"life or death" names the stakes, as "URGENT" does, and states no danger', () => {
  it.each([
    'The caller says it is a matter of life and death: her passport was stolen this morning.',
    'This is life-or-death for the business, the owner wrote after the server went down.',
    'LIFE OR DEATH REQUEST — the gallery wants the seller of the forged painting identified.',
  ])('reads no harm in %s', (text) => {
    expect(read(text).harm).toBeNull();
  });

  it.each([
    'A life-or-death situation: he has a gun to her head in the flat.',
    'It is life or death, she has swallowed the whole packet of tablets.',
    'This is a matter of life and death: the boy says he will jump from the bridge tonight.',
  ])('still reads harm in %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });
});

describe('"the death of" a thing is its end, not a person’s', () => {
  it.each([
    'It will be the death of our marriage, he wrote about the debts.',
    'The shop owner says the new bypass is the death of the high street.',
    'The organisers wrote that the new noise law is the death of their festival.',
  ])('reads no harm in %s', (text) => {
    expect(read(text).harm).toBeNull();
  });

  it.each([
    'He said the death of my son will be on your hands if you do not pay.',
    'He wrote that the death of the driver is only a matter of time.',
    'She fears the death of her little boy, who has not eaten for four days.',
  ])('still reads harm in %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });
});

describe("others better off for the speaker's absence, the absence said in any verb", () => {
  it.each([
    "His diary entry: my family is better off if I'm gone.",
    "The girl told a teacher that her parents would be better off if she wasn't around anymore.",
    'He posted that the world would be better off when he no longer exists.',
    "She'd be better off if I didn't exist, he wrote.",
  ])('reads harm in %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });

  it.each([
    'We would be better off if I took the bus to school.',
    'She says the team is better off if she is around to coach them.',
    'They are better off if he gets the job in Leeds.',
  ])('reads no harm in %s', (text) => {
    expect(read(text).harm).toBeNull();
  });
});

describe('shelter, money or gifts for being "nice" to the giver and his friends', () => {
  it.each([
    'The 14-year-old told her friend a man gave her a bed for the night as long as she was nice to his mates.',
    'He promised the boy new trainers if he was good to him and his friends.',
    'Older guy says she can stay at his place if she does him favours.',
  ])('reads harm in %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });

  it.each([
    'The landlord offered a room if she was nice to the neighbours.',
    'Grandma promised him a bike if he is good at school.',
    'The coach offered her a place on the team if she was nice to her teammates.',
    'The shop will give a discount if you are nice to the staff.',
  ])('reads no harm in %s', (text) => {
    expect(read(text).harm).toBeNull();
  });
});

describe('retribution whose agent is an authority or an organisation, not a fist', () => {
  it.each([
    'The tenant wrote that the agent will get what\'s coming from the ombudsman.',
    "The owner posted that the rival bakery's days are numbered once the council inspects it.",
    'The landlord says the tenant will get what\'s coming to him when the court hears the case.',
  ])('reads no harm in %s', (text) => {
    expect(read(text).harm).toBeNull();
  });

  it.each([
    "Her ex wrote that she will get what's coming when his brothers find her.",
    'He told the witness his days are numbered once the trial is over and he is out.',
    "Text: you'll get what's coming to you tonight, I know where you live.",
  ])('still reads harm in %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });
});

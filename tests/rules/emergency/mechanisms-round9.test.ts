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

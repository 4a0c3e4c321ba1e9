import { describe, expect, it } from 'vitest';
import { analyzeNarrative } from '../../../rules/emergency/lib/narrative';
import { NOW } from '../helpers';

/**
 * Round 11 of issue 13: each kind of understanding missing from holdout-14 (narratives as typed under pressure: pasted
 * chat logs, dispatch notes, machine translations, gaming threats) probed with sentences of our own, in wordings no
 * narrative set uses, both ways. Every probe in a "reads …" list failed before its mechanism; the lists beside them
 * passed before and pass after.
 */
const read = (text: string) => analyzeNarrative(text, NOW);

describe('an all-clear denied, or only claimed by the threatener, ends no danger', () => {
  it.each([
    '[21:04] reaper_x: bringing my dad\'s pistol to the rink saturday. this is no prank.',
    'The pupil wrote that he will stab his teacher at break. He later messaged the class that it was only banter.',
    'Post on the forum: "pipe bomb goes off at the depot at noon" and below it "not a joke btw".',
    'She threatened to burn the shelter down with the staff inside; she now insists it was just a joke.',
  ])('reads harm in %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });

  it.each([
    'He posted a picture of a shotgun and said he would use it at the fair. Officers confirmed it was a prank.',
    'The message about a bomb in the library was assessed by the school as a joke.',
    'A student wrote that he would shoot the coach. The threat was a hoax.',
  ])('still reads no harm in %s', (text) => {
    expect(read(text).harm).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeNarrative } from '../../../../rules/emergency/lib/narrative';
import { NOW } from '../../helpers';

/** Round 6 of issue 13, nexus: each form is tested with wording no narrative set contains, both ways. */
const read = (text: string) => analyzeNarrative(text, NOW);

describe('the purpose of the data, by its structure', () => {
  const threat = 'He threatened to stab her tonight. ';
  it('reads any responder sent, a texting "2", and the exact place to find', () => {
    expect(read(`${threat}We need the IP so we can send deputies out.`).nexus).not.toBeNull();
    expect(read(`${threat}need ip n loc 2 locate her`).nexus).not.toBeNull();
    expect(read(`${threat}Request location data to know the precise cabin she is in.`).nexus).not.toBeNull();
    expect(read(`${threat}Request the IP from 2 accounts.`).nexus).toBeNull();
  });

  it('does not read a form question, a failed purpose or a thing to be found as the purpose', () => {
    expect(read(`${threat}Data requested: subscriber, IP\nHow will the data help avert the danger: urgent`).nexus).toBeNull();
    expect(read(`${threat}Officers have been unable to locate the sender; we request his IP address.`).nexus).toBeNull();
    expect(read(`${threat}We request the IP so the handset may be traced and returned.`).nexus).toBeNull();
    expect(read(`${threat}We request the IP so she can be traced and protected.`).nexus).not.toBeNull();
  });

  it('keeps "before" as prevention only before the harm, not before a step of the file', () => {
    expect(read('He threatened to stab her. We ask for the account data to complete the prosecution file before closing it.').nexus).toBeNull();
  });

  it('does not read a detail the threat lacks as an all-clear', () => {
    expect(read('He posted that the teachers will bleed. No weapon was shown in the video.').harm).not.toBeNull();
    expect(read('He threatened to shoot the teachers. Search complete, no weapon found at his home.').harm).toBeNull();
  });
});

describe('the purpose of the data, more of its forms (a probe of purpose wording)', () => {
  const threat = 'He threatened to stab her tonight. ';
  it.each([
    'The location is needed so that a patrol can be outside her flat.',
    'Requested data will be used to move the children to a shelter.',
    'We need the phone location in order that police reach her in time.',
    'The aim of this request is to find the suspect and protect the victim.',
    'Purpose: arrest before harm.',
    'Her location is essential for a rapid police response.',
    'Disclosure will let us put a safety plan in place for her tonight.',
    'We need his GPS so the armed unit can contain the threat.',
    'Phone location to direct the helicopter.',
  ])('reads: %s', (text) => {
    expect(read(threat + text).nexus).not.toBeNull();
  });

  it.each(['We request the data to prosecute him for the threats.', 'Purpose: the investigation file.', 'Request for records: emergency.', 'Please provide the account information for the safeguarding file.'])(
    'does not read: %s',
    (text) => {
      expect(read(threat + text).nexus).toBeNull();
    },
  );
});

import { describe, expect, it } from 'vitest';
import { waitingPart } from '../../../register/email/pending-part';

describe('waitingPart', () => {
  it('"Status: IN REVIEW" with no preservation said waits', () => {
    expect(waitingPart('Request PIN-1\nType: Preservation\nStatus: IN REVIEW\nSubmitted: Nov 8, 2026\n')).toBe(true);
  });
  it('"Estado: pendiente" waits', () => {
    expect(waitingPart('Solicitud 77120\nEstado: pendiente\n')).toBe(true);
  });
  it('"Status: COMPLETED" with "Preserved on:" does not wait', () => {
    expect(waitingPart('Request PIN-2\nStatus: COMPLETED\nPreserved on: Nov 6, 2026\n')).toBe(false);
  });
  it('a pending status beside "Preserved on:" in the same part does not wait (the status line is stale)', () => {
    expect(waitingPart('Request PIN-3\nStatus: Pending\nPreserved on: Nov 6, 2026\n')).toBe(false);
  });
  it('"pending" in a sentence, no status line, is no status', () => {
    expect(waitingPart('Request PIN-4 is pending legal review of the next step.\n')).toBe(false);
  });
  it('a part that runs on into the next request\'s "Status: Pending" but says "Status: Preserved" and "Date preserved:" does not wait', () => {
    expect(waitingPart('Request #8841215\nStatus: Preserved\nDate preserved: 9 April 2026\n\nRequest #8841230\nStatus: Pending\n')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';
import { dateChoices } from '../../../register/email/date-choices';

const NOW = new Date('2026-12-01T12:00:00Z');

describe('date choices', () => {
  it('gives the plausible days the text states, in its order, with their words', () => {
    const text = 'Your request of November 18, 2026 was processed; the records are held from 2026-11-20 until 2027-02-18.';
    expect(dateChoices(text, '2026-11-23')).toEqual([
      { day: '2026-11-18', quote: 'November 18, 2026' },
      { day: '2026-11-20', quote: '2026-11-20' },
    ]);
  });

  it('leaves out days after the e-mail and more than a year before it', () => {
    expect(dateChoices('Sent 2025-10-01, received 2026-01-05, expires 2027-01-05.', '2026-11-23').map((c) => c.day)).toEqual(['2026-01-05']);
  });

  it('gives both readings of a numeric date that reads two ways, and a yearless date in the year before the e-mail', () => {
    expect(dateChoices('Preserved 03/04/2026.', '2026-11-23').map((c) => c.day)).toEqual(['2026-03-04', '2026-04-03']);
    expect(dateChoices('Preserved on Nov 20.', '2026-11-23').map((c) => c.day)).toEqual(['2026-11-20']);
  });

  it('gives each day once and at most six', () => {
    const text = Array.from({ length: 12 }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')} and 2026-11-01`).join('; ');
    expect(dateChoices(text, '2026-11-23').map((c) => c.day)).toEqual(['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06']);
  });

  it('stays bounded on a huge text', () => {
    const text = 'on 2026-11-20 '.repeat(100_000);
    expect(dateChoices(text, '2026-11-23')).toEqual([{ day: '2026-11-20', quote: '2026-11-20' }]);
  });

  it('is offered where a confirmation states no date of its own, and not where each states one', () => {
    const header = 'From: Snap Inc. <lawenforcement@snapchat.com>\nDate: Mon, 23 Nov 2026 10:00:00 +0000\n\n';
    const own = parseProviderEmail(`${header}Reference number: SNAP-PR-20261123-0101. The account was preserved. Your request dated 2026-11-19 was received.`, NOW);
    expect(own.confirmations[0]!.preservedOn).toMatchObject({ source: 'email-date', day: '2026-11-23' });
    expect(own.dateChoices.map((c) => c.day)).toContain('2026-11-19');
    const stated = parseProviderEmail(`${header}Reference number: SNAP-PR-20261123-0101. The account was preserved on 2026-11-21.`, NOW);
    expect(stated.confirmations[0]!.preservedOn).toMatchObject({ source: 'stated', day: '2026-11-21' });
    expect(stated.dateChoices).toEqual([]);
  });

  it('is offered where no record is proposed, beside the form dated by the e-mail', () => {
    const r = parseProviderEmail('From: Snap Inc. <lawenforcement@snapchat.com>\nDate: Thu, 19 Nov 2026 18:40:00 -0800\n\nWe have received your preservation request of 2026-11-18.', NOW);
    expect(r.confirmations).toEqual([]);
    expect(r.dateChoices.map((c) => c.day)).toEqual(['2026-11-19', '2026-11-18']);
  });
});

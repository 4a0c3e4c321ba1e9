import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { register } from '../../../entrypoints/background/register-service';
import { DAILY_ALARM, refreshReminders } from '../../../entrypoints/background/reminders';
import { englishT } from '../../../i18n/catalogues';
import { productionSchema, reminderTitle } from '../../../register/production';
import { nextProductionReminder, productionRemindersDue } from '../../../register/production-reminders';
import { record } from '../../register/fixtures';

const order = (over: Record<string, unknown> = {}) =>
  productionSchema.parse({ order: 'eu-epoc', issuedAt: '2026-11-20T13:00:00.000Z', emergency: true, issuedBy: 'non-judicial', timeZone: 'Europe/Berlin', dueAt: null, validatedOn: null, answeredOn: null, ...over });

describe('production order reminders (pure)', () => {
  const r = record({ reference: 'EPOC-1', production: order() });

  it('nothing before the first reminder; then the latest passed one per clock, each once', () => {
    expect(productionRemindersDue([r], new Date('2026-11-20T18:59:00Z'), new Set()).send).toEqual([]);
    const first = productionRemindersDue([r], new Date('2026-11-20T19:30:00Z'), new Set());
    expect(first.send.map((s) => reminderTitle(englishT, s))).toEqual(['Production order answer due 2026-11-20 22:00 (Europe/Berlin)']);
    // Closed over the "soon" moment: only "due now" is sent; then nothing again.
    const late = productionRemindersDue([r], new Date('2026-11-21T14:00:00Z'), new Set());
    expect(late.send.map((s) => s.clock)).toEqual(['answer', 'validation']);
    expect(reminderTitle(englishT, late.send[0]!)).toMatch(/due now/);
    expect(productionRemindersDue([r], new Date('2026-11-21T14:00:00Z'), new Set(late.passed)).send).toEqual([]);
  });

  it('none for an answered and validated order, or a record without an order', () => {
    const done = record({ production: order({ answeredOn: '2026-11-20', validatedOn: '2026-11-21' }) });
    expect(productionRemindersDue([done, record()], new Date('2027-01-01T00:00:00Z'), new Set()).send).toEqual([]);
    expect(nextProductionReminder([done, record()], new Date('2026-11-20T13:00:00Z'))).toBeNull();
  });

  it('the next reminder to wake for', () => {
    expect(nextProductionReminder([r], new Date('2026-11-20T13:00:00Z'))!.toISOString()).toBe('2026-11-20T19:00:00.000Z');
    expect(nextProductionReminder([r], new Date('2026-11-20T21:00:00Z'))!.toISOString()).toBe('2026-11-21T13:00:00.000Z');
  });
});

describe('production order reminders (background)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('notifies a deadline once, naming the order, and wakes for the next reminder within the hour', async () => {
    const opened = await register();
    await opened.saveCapture(
      { providerId: 'meta', reference: 'EPOC-7', caseNumber: 'C-1', accountIdentifiers: [], requestType: 'legal-process', requestedAt: '2026-11-20T13:00:00.000Z', source: 'manual', production: order() },
      { periodDays: 90, extensionDays: 90 },
    );
    const notify = vi.spyOn(fakeBrowser.notifications, 'create');
    const alarm = vi.spyOn(fakeBrowser.alarms, 'create');
    await refreshReminders(new Date('2026-11-20T18:30:00Z'));
    expect(alarm).toHaveBeenCalledWith(DAILY_ALARM, { when: Date.parse('2026-11-20T19:00:00Z'), periodInMinutes: 60 });
    await refreshReminders(new Date('2026-11-20T19:05:00Z'));
    await refreshReminders(new Date('2026-11-20T19:10:00Z'));
    const calls = notify.mock.calls.map((c) => c as unknown[]).filter((c) => String(c[0]).includes(':answer:'));
    expect(calls).toHaveLength(1);
    expect(calls[0]![1]).toMatchObject({ title: 'Production order answer due 2026-11-20 22:00 (Europe/Berlin)', message: 'Meta order EPOC-7, case C-1.' });
  });
});

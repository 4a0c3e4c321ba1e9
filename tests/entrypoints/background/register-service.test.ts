import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { recallForm, register, rememberForm, saveReference } from '../../../entrypoints/background/register-service';
import { refreshReminders } from '../../../entrypoints/background/reminders';

const form = { type: 'remember-form' as const, providerId: 'meta', requestType: 'preservation' as const, caseNumber: 'RPD-1', accountIdentifiers: ['@jane'] };
const save = (reference: string, providerId = 'meta') => ({ type: 'save-reference' as const, providerId, reference, url: 'https://www.facebook.com/records/x', pageText: `Case number: ${reference}` });

describe('background register service', () => {
  beforeEach(() => fakeBrowser.reset());

  it('carries the form typed in the same tab into the saved record', async () => {
    await rememberForm(7, form);
    expect((await recallForm(7))?.caseNumber).toBe('RPD-1');
    expect(await recallForm(8)).toBeNull();
    const answer = await saveReference(7, save('31870452'), new Date('2026-11-20T10:00:00Z'));
    expect(answer).toEqual({ ok: true, created: true });
    const record = (await (await register()).findByReference('meta', '31870452'))!;
    expect(record.caseNumber).toBe('RPD-1');
    expect(record.accountIdentifiers).toEqual(['@jane']);
    expect(record.preservedOn).toBe('2026-11-20');
    expect(record.hasProof).toBe(true);
  });

  it('does not carry another provider’s form, and a second save of the same reference is not a duplicate', async () => {
    await rememberForm(9, form);
    expect(await saveReference(9, save('X-77', 'x'))).toEqual({ ok: true, created: true });
    expect((await (await register()).findByReference('x', 'X-77'))!.caseNumber).toBe('');
    expect(await saveReference(9, save('X-77', 'x'))).toEqual({ ok: true, created: false });
  });

  it('counts records expiring within 14 days on the badge and sends each reminder once', async () => {
    const r = await register();
    await r.saveCapture({ providerId: 'x', reference: 'SOON-1', caseNumber: '', accountIdentifiers: [], requestType: 'preservation', requestedAt: '2026-08-30T10:00:00.000Z', source: 'manual' }, { periodDays: 90, extensionDays: 90 });
    const badge = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    const notify = vi.spyOn(fakeBrowser.notifications, 'create');
    const now = new Date('2026-11-21T12:00:00Z'); // expiry 2026-11-28: 7 days left
    await refreshReminders(now);
    await refreshReminders(now);
    expect(badge).toHaveBeenLastCalledWith({ text: expect.stringMatching(/^[1-9]\d*$/) });
    const soonNotices = notify.mock.calls.filter((c) => String(c[0]).includes(':7'));
    expect(soonNotices).toHaveLength(1);
  });
});

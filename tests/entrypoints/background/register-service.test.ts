import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { forgetStaleForms, onTabNavigated, recallForm, register, rememberForm, saveReference } from '../../../entrypoints/background/register-service';
import { refreshReminders } from '../../../entrypoints/background/reminders';

const form = { providerId: 'meta', requestType: 'preservation' as const, caseNumber: 'RPD-1', accountIdentifiers: ['@jane'] };
const save = (reference: string, providerId = 'meta') => ({ providerId, reference, url: 'https://www.facebook.com/records/x', pageText: `Case number: ${reference}` });

describe('background register service', () => {
  beforeEach(() => fakeBrowser.reset());

  it('carries the form typed in the same tab into the saved record', async () => {
    await rememberForm(7, form);
    expect((await recallForm(7, 'meta'))?.caseNumber).toBe('RPD-1');
    expect(await recallForm(8, 'meta')).toBeNull();
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

  it('forgets the typed form when the reference is saved, yet further references on the same page still carry it', async () => {
    const at = new Date('2026-11-20T10:00:00Z');
    await rememberForm(7, form, at);
    await saveReference(7, save('3187-A'), at);
    expect(await recallForm(7, 'meta', at)).toBeNull();
    await saveReference(7, save('3187-B'), at);
    expect((await (await register()).findByReference('meta', '3187-B'))!.caseNumber).toBe('RPD-1');
    await onTabNavigated(7, 'https://www.facebook.com/records/done#later');
    await saveReference(7, { ...save('3187-C'), url: 'https://www.facebook.com/records/done#later' }, at);
    expect((await (await register()).findByReference('meta', '3187-C'))!.caseNumber).toBe('');
  });

  it('forgets the typed form when the tab leaves that provider', async () => {
    await rememberForm(7, form);
    await onTabNavigated(7, 'https://www.facebook.com/records/confirmation');
    expect(await recallForm(7, 'meta')).not.toBeNull();
    await onTabNavigated(7, 'https://news.example.org/');
    expect(await recallForm(7, 'meta')).toBeNull();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('forgets the typed form after 30 minutes, also without being asked for it', async () => {
    await rememberForm(7, form, new Date('2026-11-20T10:00:00Z'));
    expect(await recallForm(7, 'meta', new Date('2026-11-20T10:29:00Z'))).not.toBeNull();
    expect(await recallForm(7, 'meta', new Date('2026-11-20T10:31:00Z'))).toBeNull();
    await rememberForm(8, form, new Date('2026-11-20T10:00:00Z'));
    await forgetStaleForms(new Date('2026-11-20T10:31:00Z'));
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    await saveReference(8, save('LATE-1'), new Date('2026-11-20T10:31:00Z'));
    expect((await (await register()).findByReference('meta', 'LATE-1'))!.caseNumber).toBe('');
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

  it('a reminder names an added portal’s new provider by the name the investigator gave it', async () => {
    await fakeBrowser.storage.local.set({
      addedPortals: [{ providerId: 'custom-example-provider', providerName: 'Example Provider', host: 'lers.example-provider.test', entered: {}, addedOn: '2026-08-01' }],
    });
    const r = await register();
    await r.saveCapture({ providerId: 'custom-example-provider', reference: 'EXP-SOON', caseNumber: '', accountIdentifiers: [], requestType: 'preservation', requestedAt: '2026-08-30T10:00:00.000Z', source: 'manual' }, { periodDays: 90, extensionDays: 90 });
    const notify = vi.spyOn(fakeBrowser.notifications, 'create');
    await refreshReminders(new Date('2026-11-21T12:00:00Z'));
    const messages = notify.mock.calls.map((c) => ((c as unknown[])[1] as { message: string }).message).filter((m) => m.includes('EXP-SOON'));
    expect(messages).toEqual([expect.stringMatching(/^Example Provider reference EXP-SOON/)]);
  });
});

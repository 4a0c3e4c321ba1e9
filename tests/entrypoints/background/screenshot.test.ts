import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { attachScreenshot, register, saveReference } from '../../../entrypoints/background/register-service';

const page = 'https://www.facebook.com/records/confirmation?id=1';
const picture = 'data:image/jpeg;base64,AAAA';
let reference = '';

/** The tab as `tabs.get` reports it, one answer per call (before and after the picture is taken). */
function tabShows(...urls: string[]) {
  const answers = urls.map((url) => ({ id: 7, windowId: 1, active: true, url }) as Awaited<ReturnType<typeof fakeBrowser.tabs.get>>);
  return vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async () => answers.shift() ?? answers.at(-1) ?? (undefined as never));
}

async function savedFrom(url: string) {
  reference = `SHOT-${Math.random().toString(36).slice(2, 8)}`;
  await saveReference(7, { providerId: 'meta', reference, url, pageText: `Request ${reference}` });
  return (await (await register()).findByReference('meta', reference))!;
}

describe('a screenshot attaches only to the record saved from that tab and page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    vi.spyOn(fakeBrowser.tabs, 'captureVisibleTab').mockResolvedValue(picture);
  });

  it('attaches while the tab shows the page the record was saved from (another fragment is the same page), with an audit entry', async () => {
    const record = await savedFrom(page);
    tabShows(`${page}#details`, page);
    expect(await attachScreenshot(7, 1)).toEqual({ ok: true });
    expect((await (await register()).proof(record.id))!.screenshot).toBe(picture);
    expect((await (await register()).audit(record.id)).map((e) => e.event)).toEqual(['created', 'screenshot']);
  });

  it('refuses, with the reason, when the tab has gone to another page', async () => {
    const record = await savedFrom(page);
    tabShows('https://www.facebook.com/records/new-request');
    const answer = await attachScreenshot(7, 1);
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatch(new RegExp(`no longer shows the page reference ${reference} was saved from`));
    expect(fakeBrowser.tabs.captureVisibleTab).not.toHaveBeenCalled();
    expect((await (await register()).proof(record.id))!.screenshot).toBeNull();
  });

  it('refuses when the tab left the page while the picture was taken', async () => {
    const record = await savedFrom(page);
    tabShows(page, 'https://www.facebook.com/records/other');
    expect((await attachScreenshot(7, 1)).ok).toBe(false);
    expect((await (await register()).proof(record.id))!.screenshot).toBeNull();
    expect((await (await register()).audit(record.id)).map((e) => e.event)).toEqual(['created']);
  });

  it('refuses when the tab is not the one in front in that window (the picture would show another tab)', async () => {
    await savedFrom(page);
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 7, windowId: 1, active: false, url: page } as never);
    expect((await attachScreenshot(7, 1)).ok).toBe(false);
    expect(fakeBrowser.tabs.captureVisibleTab).not.toHaveBeenCalled();
  });

  it('refuses in a tab from which nothing was saved', async () => {
    tabShows(page);
    expect(await attachScreenshot(8, 1)).toEqual({ ok: false, error: 'No reference was saved from this page.' });
  });
});

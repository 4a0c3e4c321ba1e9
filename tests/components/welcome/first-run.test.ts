import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { isFirstRun, watchFirstRun } from '../../../entrypoints/background/first-run';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('first run: the welcome page opens on install only', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('knows an install from an update', () => {
    expect(isFirstRun({ reason: 'install' })).toBe(true);
    expect(isFirstRun({ reason: 'update' })).toBe(false);
    expect(isFirstRun({ reason: 'chrome_update' })).toBe(false);
    expect(isFirstRun({ reason: 'browser_update' })).toBe(false);
  });

  it('opens welcome.html in a tab when the extension is installed', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    watchFirstRun();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await settle();
    expect(create).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/welcome\.html$/) });
  });

  it('opens nothing on an update or a browser update', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    watchFirstRun();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9', temporary: false });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'browser_update', temporary: false });
    await settle();
    expect(create).not.toHaveBeenCalled();
  });

  it('opens it once per profile, even when the browser reports the install again', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    watchFirstRun();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await settle();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await settle();
    expect(create).toHaveBeenCalledTimes(1);
  });
});

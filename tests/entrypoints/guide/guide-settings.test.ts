import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadGuideSettings, onGuideSettingsChanged, setGuideCollapsed } from '../../../entrypoints/guide/guide-settings';

describe('the guide’s settings: asked of the background, never read from storage', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('loads the guide’s settings by message, without touching storage.local', async () => {
    const read = vi.spyOn(fakeBrowser.storage.local, 'get');
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ disabledProviders: ['google'], guideCollapsed: true, dir: 'ltr' });
    expect(await loadGuideSettings()).toEqual({ disabledProviders: ['google'], guideCollapsed: true, dir: 'ltr' });
    expect(sendMessage).toHaveBeenCalledWith({ type: 'get-guide-settings' });
    expect(read).not.toHaveBeenCalled();
  });

  it('changes only the collapsed state, by message', async () => {
    const write = vi.spyOn(fakeBrowser.storage.local, 'set');
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ disabledProviders: [], guideCollapsed: true, dir: 'ltr' });
    expect((await setGuideCollapsed(true)).guideCollapsed).toBe(true);
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(sendMessage).toHaveBeenCalledWith({ type: 'set-guide-collapsed', collapsed: true });
    expect(write).not.toHaveBeenCalled();
  });

  it('takes a change of the stored settings only as a signal to ask again', async () => {
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ disabledProviders: ['meta'], guideCollapsed: false, dir: 'ltr' });
    const seen: unknown[] = [];
    const stop = onGuideSettingsChanged((settings) => seen.push(settings));
    await fakeBrowser.storage.local.set({ settings: { disabledProviders: ['google'] } });
    await vi.waitFor(() => expect(seen).toEqual([{ disabledProviders: ['meta'], guideCollapsed: false, dir: 'ltr' }]));
    expect(sendMessage).toHaveBeenCalledWith({ type: 'get-guide-settings' });
    stop();
  });
});

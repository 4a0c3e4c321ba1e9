import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, investigatorOf, loadSettings, parseSettings, updateSettings } from '../../storage/settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults when nothing or garbage is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('nonsense')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ disabledProviders: 'google' })).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid values and fills in missing keys', () => {
    expect(parseSettings({ guideCollapsed: true })).toEqual({ disabledProviders: [], guideCollapsed: true, disabledRules: [], reminderDays: [14, 7, 0], lockIdleMinutes: 15, country: null, authority: null, language: 'browser' });
  });

  it('writes only validated settings, and a rejected write leaves the stored ones as they were', async () => {
    await updateSettings({ disabledProviders: ['google'] });
    await expect(updateSettings({ disabledProviders: ['<script>'] })).rejects.toThrow();
    expect(await loadSettings()).toEqual({ disabledProviders: ['google'], guideCollapsed: false, disabledRules: [], reminderDays: [14, 7, 0], lockIdleMinutes: 15, country: null, authority: null, language: 'browser' });
  });
});

describe('the investigator’s country and authority type (legal routes)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are not set until the investigator sets them, also for settings stored before they existed', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ country: null, authority: null });
    const older = { disabledProviders: ['google'], guideCollapsed: true, disabledRules: [], reminderDays: [7], lockIdleMinutes: 30 };
    expect(parseSettings(older)).toEqual({ ...older, country: null, authority: null, language: 'browser' });
  });

  it('keep an ISO 3166-1 alpha-2 code and an authority type', async () => {
    expect(await updateSettings({ country: 'DE', authority: 'prosecutor' })).toMatchObject({ country: 'DE', authority: 'prosecutor' });
    expect(await loadSettings()).toMatchObject({ country: 'DE', authority: 'prosecutor' });
    expect(await updateSettings({ country: null })).toMatchObject({ country: null, authority: 'prosecutor' });
  });

  it.each(['de', 'UK', 'EU', 'XK', 'DEU', '', 'D E'])('refuse the country %j and leave the stored one as it was', async (country) => {
    await updateSettings({ country: 'FR' });
    await expect(updateSettings({ country })).rejects.toThrow();
    expect((await loadSettings()).country).toBe('FR');
  });

  it('give the investigator the routes are for: none without a country, the police while no authority type is set', () => {
    expect(investigatorOf({ country: null, authority: 'judge' })).toBeNull();
    expect(investigatorOf({ country: 'DK', authority: null })).toEqual({ country: 'DK', authority: 'police' });
    expect(investigatorOf({ country: 'AU', authority: 'judge' })).toEqual({ country: 'AU', authority: 'judge' });
  });

  it('refuse an authority type that is not police, prosecutor or judge', async () => {
    await expect(updateSettings({ authority: 'sheriff' as 'police' })).rejects.toThrow();
    expect((await loadSettings()).authority).toBeNull();
  });
});

describe('settings seen from a content script (no tabs API): asked of the background, never read from storage', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });
  const asContentScript = async (run: () => Promise<void>) => {
    const tabs = Object.getOwnPropertyDescriptor(fakeBrowser, 'tabs')!;
    Object.defineProperty(fakeBrowser, 'tabs', { value: undefined, configurable: true });
    try {
      await run();
    } finally {
      Object.defineProperty(fakeBrowser, 'tabs', tabs);
    }
  };

  it('loads the guide’s settings by message, without touching storage.local', async () => {
    const read = vi.spyOn(fakeBrowser.storage.local, 'get');
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ disabledProviders: ['google'], guideCollapsed: true });
    await asContentScript(async () => {
      expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, disabledProviders: ['google'], guideCollapsed: true });
    });
    expect(sendMessage).toHaveBeenCalledWith({ type: 'get-guide-settings' });
    expect(read).not.toHaveBeenCalled();
  });

  it('may change only the collapsed state', async () => {
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ disabledProviders: [], guideCollapsed: true });
    await asContentScript(async () => {
      expect((await updateSettings({ guideCollapsed: true })).guideCollapsed).toBe(true);
      await expect(updateSettings({ disabledRules: [] })).rejects.toThrow();
    });
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(sendMessage).toHaveBeenCalledWith({ type: 'set-guide-collapsed', collapsed: true });
  });
});

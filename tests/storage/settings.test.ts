import { beforeEach, describe, expect, it } from 'vitest';
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

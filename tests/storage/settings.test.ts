import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, loadSettings, parseSettings, updateSettings } from '../../storage/settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults when nothing or garbage is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('nonsense')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ disabledProviders: 'google' })).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid values and fills in missing keys', () => {
    expect(parseSettings({ guideCollapsed: true })).toEqual({ disabledProviders: [], guideCollapsed: true, disabledRules: [], reminderDays: [14, 7, 0] });
  });

  it('writes only validated settings, and a rejected write leaves the stored ones as they were', async () => {
    await updateSettings({ disabledProviders: ['google'] });
    await expect(updateSettings({ disabledProviders: ['<script>'] })).rejects.toThrow();
    expect(await loadSettings()).toEqual({ disabledProviders: ['google'], guideCollapsed: false, disabledRules: [], reminderDays: [14, 7, 0] });
  });
});

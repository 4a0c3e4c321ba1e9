import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { secureStorage } from '../../../entrypoints/background/storage-hygiene';

describe('storage hygiene at start-up', () => {
  beforeEach(() => fakeBrowser.reset());

  it('removes a selected case left in storage.local by an older version, and keeps the settings', async () => {
    await fakeBrowser.storage.local.set({ 'dashboard.selectedCase': 'CASE-42', settings: { guideCollapsed: true } });
    await secureStorage();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ settings: { guideCollapsed: true } });
  });
});

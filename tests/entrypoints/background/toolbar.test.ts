import { describe, expect, it, vi } from 'vitest';
import { toolbar, type ToolbarBadge } from '../../../entrypoints/background/toolbar';

const badge = (): ToolbarBadge => ({ setBadgeText: vi.fn(async () => undefined), setBadgeBackgroundColor: vi.fn(async () => undefined) });

describe('toolbar: the badge API in either manifest version', () => {
  it('uses action where it exists (Manifest V3)', () => {
    const action = badge();
    expect(toolbar({ action, browserAction: badge() })).toBe(action);
  });

  it('falls back to browserAction where action is undefined (the Firefox build, Manifest V2)', async () => {
    const browserAction = badge();
    await toolbar({ action: undefined, browserAction }).setBadgeText({ text: '3' });
    expect(browserAction.setBadgeText).toHaveBeenCalledWith({ text: '3' });
  });

  it('says what is missing when there is neither', () => {
    expect(() => toolbar({})).toThrow(/neither action nor browserAction/);
  });
});

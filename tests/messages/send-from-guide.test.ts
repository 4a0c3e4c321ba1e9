import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { MessageRefused } from '../../messages/refused';
import { sendFromGuide } from '../../messages/send-from-guide';

describe('sendFromGuide', () => {
  afterEach(() => vi.restoreAllMocks());

  it('sends the message with its type and gives the router’s (already validated) answer', async () => {
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ disabledProviders: [], guideCollapsed: true });
    await expect(sendFromGuide('set-guide-collapsed', { collapsed: true })).resolves.toEqual({ disabledProviders: [], guideCollapsed: true });
    expect(sendMessage).toHaveBeenCalledWith({ collapsed: true, type: 'set-guide-collapsed' });
  });

  it('turns the router’s refusal into an error, never an answer', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ refused: 'malformed teach' });
    await expect(sendFromGuide('taught-for-page', {})).rejects.toThrow(new MessageRefused('taught-for-page: malformed teach'));
  });

  it('turns a background listener’s failure (the polyfill’s rejection marker) into an error', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ __mozWebExtensionPolyfillReject__: true, message: 'boom' });
    await expect(sendFromGuide('recall-form', {})).rejects.toBeInstanceOf(MessageRefused);
  });

  it('passes null and arrays through as answers', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(null);
    await expect(sendFromGuide('recall-form', {})).resolves.toBeNull();
  });
});

import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { checkFormRequestSchema } from '../../messages/protocol';
import { loadSettings } from '../../storage/settings';
import { checkForm } from './check-form';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only QuickFreeze's own scripts talk to the background; anything malformed is dropped at the boundary.
    if (sender.id !== browser.runtime.id) return undefined;
    const request = checkFormRequestSchema.safeParse(message);
    if (!request.success) return undefined;
    return loadSettings().then((settings) => checkForm(request.data, settings.disabledRules));
  });
});

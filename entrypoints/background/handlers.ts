import { loadSettings } from '../../storage/settings';
import { checkForm } from './check-form';
import { attachScreenshot, recallForm, rememberForm, saveReference, screenshotCandidate } from './register-service';
import { refreshReminders } from './reminders';
import type { Handlers } from './router';

/** One handler per protocol message; the router has already checked the sender's kind and the request. */
export const handlers: Handlers = {
  'check-form': async (request) => checkForm(request, (await loadSettings()).disabledRules),
  'remember-form': async (form, sender) => {
    await rememberForm(sender.tabId, form);
    return { ok: true };
  },
  'recall-form': (_request, sender) => recallForm(sender.tabId),
  'save-reference': async (request, sender) => {
    const answer = await saveReference(sender.tabId, request);
    if (answer.ok) await refreshReminders();
    return answer;
  },
  'register-changed': async () => {
    await refreshReminders();
    return { ok: true };
  },
  'screenshot-candidate': (request) => screenshotCandidate(request.tabId),
  'attach-screenshot': (request) => attachScreenshot(request.tabId, request.windowId),
};

import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import {
  attachScreenshotSchema,
  checkFormRequestSchema,
  screenshotCandidateSchema,
  recallFormSchema,
  registerChangedSchema,
  rememberFormSchema,
  saveReferenceSchema,
} from '../../messages/protocol';
import { loadSettings } from '../../storage/settings';
import { checkForm } from './check-form';
import { createContextMenus, onContextMenuClick } from './context-menus';
import { injectIntoOpenPortalTabs, onTabUpdated } from './inject-guide';
import { attachScreenshot, recallForm, rememberForm, saveReference, screenshotCandidate } from './register-service';
import { DAILY_ALARM, refreshReminders, scheduleReminders } from './reminders';

export default defineBackground(() => {
  browser.tabs.onUpdated.addListener(onTabUpdated);
  // Pages that loaded before this worker started listening still get their guide.
  void injectIntoOpenPortalTabs();
  setTimeout(() => void injectIntoOpenPortalTabs(), 1500); // and those that were still loading a moment ago
  browser.runtime.onInstalled.addListener(() => {
    createContextMenus();
    scheduleReminders();
  });
  browser.runtime.onStartup.addListener(() => {
    scheduleReminders();
    void refreshReminders();
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === DAILY_ALARM) void refreshReminders();
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void onContextMenuClick(info, tab));

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only QuickFreeze's own scripts talk to the background; anything malformed is dropped at the boundary.
    if (sender.id !== browser.runtime.id) return undefined;
    const tabId = sender.tab?.id;
    const check = checkFormRequestSchema.safeParse(message);
    if (check.success) return loadSettings().then((settings) => checkForm(check.data, settings.disabledRules));
    const remember = rememberFormSchema.safeParse(message);
    if (remember.success && tabId !== undefined) return rememberForm(tabId, remember.data).then(() => ({ ok: true }));
    if (recallFormSchema.safeParse(message).success && tabId !== undefined) return recallForm(tabId);
    const save = saveReferenceSchema.safeParse(message);
    if (save.success && tabId !== undefined) {
      return saveReference(tabId, save.data).then(async (answer) => {
        if (answer.ok) await refreshReminders();
        return answer;
      });
    }
    if (registerChangedSchema.safeParse(message).success) return refreshReminders().then(() => ({ ok: true }));
    const candidate = screenshotCandidateSchema.safeParse(message);
    if (candidate.success) return screenshotCandidate(candidate.data.tabId);
    const shot = attachScreenshotSchema.safeParse(message);
    if (shot.success) return attachScreenshot(shot.data.tabId, shot.data.windowId);
    return undefined;
  });
});

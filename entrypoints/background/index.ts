import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { createContextMenus, onContextMenuClick } from './context-menus';
import { injectIntoOpenPortalTabs, onTabUpdated } from './inject-guide';
import { classifySenderWithAdded, watchAddedPortals } from './added-portals';
import { route } from './router';
import { handlers } from './handlers';
import { FORGET_FORMS_ALARM, forgetStaleForms, forgetTab, onTabNavigated } from './register-service';
import { secureStorage } from './storage-hygiene';
import { DAILY_ALARM, refreshReminders, scheduleReminders } from './reminders';
import { AUTO_LOCK_ALARM, autoLock, scheduleAutoLock } from './auto-lock';
import { watchFirstRun } from './first-run';
import { watchGuideSpace } from './guide-space';

export default defineBackground(() => {
  void secureStorage();
  browser.tabs.onUpdated.addListener(onTabUpdated);
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url) void onTabNavigated(tabId, change.url);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // Pages that loaded before this worker started listening still get their guide.
  void injectIntoOpenPortalTabs();
  setTimeout(() => void injectIntoOpenPortalTabs(), 1500); // and those that were still loading a moment ago
  scheduleAutoLock();
  watchGuideSpace(); // the guide's width, reserved before a portal page's first layout
  watchAddedPortals(); // portals the investigator added: their guide scripts and tab updates
  watchFirstRun(); // a fresh install opens the first-run page
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
    if (alarm.name === FORGET_FORMS_ALARM) void forgetStaleForms();
    if (alarm.name === AUTO_LOCK_ALARM) void autoLock();
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void onContextMenuClick(info, tab));

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Other extensions and web pages are not senders at all; our own parts are refused what is not theirs.
    if (sender.id !== browser.runtime.id) return undefined;
    return classifySenderWithAdded(sender, browser.runtime.id, browser.runtime.getURL('/')).then((context) => route(message, context, handlers));
  });
});

import type { GuideSettings } from '../../messages/protocol';
import { GUIDE_CSS } from '../../components/guide-styles';
import { browserBidiDir, browserUiLanguage, localeFor } from '../../i18n/background';
import { translatorFor } from '../../i18n/catalogues';
import { guideDirection, guideLanguage } from '../../i18n/guide-catalogue';
import { localDay } from '../../register/expiry';
import { referencesOfThisRequest } from '../../register/references';
import { rules } from '../../rules/registry';
import { loadSettings, updateSettings, type Settings } from '../../storage/settings';
import { addedPortalsHere, checkFactsFor, enteredFacts } from './added-portals';
import { checkForm } from './check-form';
import { guideFacts } from './guide-facts';
import { insertDetails, insertTarget } from './insert-details';
import { attachScreenshot, recallForm, rememberForm, saveReference, screenshotCandidate } from './register-service';
import { refreshReminders } from './reminders';
import { guideRoutes, openOptions } from './routes';
import { injectTeach, taughtForSender, teachForSender } from './taught';
import type { Handlers } from './router';

const guideSettings = (settings: Settings): GuideSettings => ({
  disabledProviders: settings.disabledProviders,
  guideCollapsed: settings.guideCollapsed,
  dir: guideDirection(settings.language, browserUiLanguage(), browserBidiDir()),
});

/**
 * One handler per protocol message; the router has already checked the sender's kind and the request. A guide's
 * tab, provider and address come from `sender` (what the browser reports), never from the message.
 */
export const handlers: Handlers = {
  'check-form': async (request, sender) => {
    const settings = await loadSettings();
    const t = translatorFor(localeFor(settings.language));
    return checkForm({ snapshot: { ...request.snapshot, providerId: sender.providerId } }, settings.disabledRules, new Date(), await checkFactsFor(sender), t);
  },
  'remember-form': async (form, sender) => {
    await rememberForm(sender.tabId, { ...form, providerId: sender.providerId });
    return { ok: true };
  },
  'recall-form': (_request, sender) => recallForm(sender.tabId, sender.providerId),
  'find-references': async (request) => referencesOfThisRequest(request.pageText, request.exclude),
  'save-reference': async (request, sender) => {
    const answer = await saveReference(sender.tabId, { ...request, providerId: sender.providerId, url: sender.url });
    if (answer.ok) await refreshReminders();
    return answer;
  },
  'get-guide-settings': async () => guideSettings(await loadSettings()),
  'guide-language': async () => ({ ...guideLanguage((await loadSettings()).language, browserUiLanguage(), browserBidiDir()), styles: GUIDE_CSS }),
  'page-facts': async (request, sender) => [...guideFacts(sender.providerId, request.page), ...(await enteredFacts(sender.url))],
  'set-guide-collapsed': async (request) => guideSettings(await updateSettings({ guideCollapsed: request.collapsed })),
  'register-changed': async () => {
    await refreshReminders();
    return { ok: true };
  },
  'screenshot-candidate': (request) => screenshotCandidate(request.tabId),
  'attach-screenshot': (request) => attachScreenshot(request.tabId, request.windowId),
  'insert-target': () => insertTarget(),
  'insert-details': (request) => insertDetails(request.text),
  'added-portals-here': (_request, sender) => addedPortalsHere(sender.url),
  'taught-for-page': (_request, sender) => taughtForSender(sender),
  teach: (request, sender) => teachForSender(request.change, sender),
  'load-teach': (_request, sender) => injectTeach(sender),
  'rule-list': () => rules.map((r) => ({ id: r.id, title: r.docs.title, severity: r.severity, why: r.docs.why, fix: r.docs.fix })),
  'guide-routes': async (_request, sender) => guideRoutes(sender.providerId, await loadSettings(), localDay()),
  'open-options': () => openOptions(),
};

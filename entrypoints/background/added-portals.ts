import { browser, type Browser } from 'wxt/browser';
import type { GuideFact } from '../../messages/protocol';
import type { PortalEntry } from '../../providers/portals';
import { providerById, providerForUrl } from '../../providers/registry';
import type { ProviderFacts } from '../../providers/schema';
import { addedPortalForUrl, GENERIC_KODEX, guideMatchPatterns, originPattern, portalEntryOf, type AddedPortal } from '../../storage/added-portals';
import { enteredProviderFacts } from '../../storage/added-portals-facts';
import { loadAddedPortals, onAddedPortalsChanged } from '../../storage/added-portals-store';
import { currentT } from '../../i18n/background';
import type { MessageKey } from '../../i18n/catalogue';
import type { T } from '../../i18n/catalogues';
import { injectGuide } from './inject-guide';
import { classifySender, type SenderContext } from './router';

/**
 * The background's side of the portals the investigator added (issue 10): the guide's content script registered
 * for each portal whose host permission was granted, identity of a guide on such a portal from the sender's URL,
 * and the facts the investigator entered. The options page asks for the permission and writes the list.
 */

const SCRIPT_PREFIX = 'quickfreeze-added-';
const scriptId = (portal: AddedPortal): string => `${SCRIPT_PREFIX}${portal.host}${(portal.pathPrefix ?? '').replace(/\//g, '|')}`;

async function granted(portal: AddedPortal): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(portal)] });
  } catch {
    return false;
  }
}

/** Make the registered guide scripts exactly those of the added portals with a granted permission. */
async function syncNow(portals: readonly AddedPortal[]): Promise<void> {
  const scripting = browser.scripting;
  if (!scripting?.registerContentScripts) return; // Firefox MV2: `onTabUpdated` below injects the guide
  const ours = (await scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(SCRIPT_PREFIX));
  const wanted: AddedPortal[] = [];
  for (const portal of portals) if (await granted(portal)) wanted.push(portal);
  const wantedIds = new Set(wanted.map(scriptId));
  const stale = ours.filter((s) => !wantedIds.has(s.id)).map((s) => s.id);
  if (stale.length) await scripting.unregisterContentScripts({ ids: stale });
  const registered = new Set(ours.map((s) => s.id));
  const missing = wanted.filter((p) => !registered.has(scriptId(p)));
  if (!missing.length) return;
  await scripting.registerContentScripts(
    // The same file the background injects into known portals; it starts once per page however often it arrives.
    missing.map((p) => ({ id: scriptId(p), matches: guideMatchPatterns(p), js: ['guide.js'], runAt: 'document_idle' as const, persistAcrossSessions: true })),
  );
}

let syncing: Promise<void> = Promise.resolve();
/** One sync at a time: two quick changes never register the same script twice. */
export function syncGuideScripts(portals?: readonly AddedPortal[]): Promise<void> {
  syncing = syncing.then(async () => syncNow(portals ?? (await loadAddedPortals()))).catch(() => undefined);
  return syncing;
}

/** A tab finished loading an added portal's page, or moved onto one without a reload (single-page portals). */
export async function onTabUpdated(tabId: number, change: Browser.tabs.OnUpdatedInfo, tab: Browser.tabs.Tab): Promise<void> {
  const url = change.url ?? (change.status === 'complete' ? tab.url : undefined);
  if (!url || !(change.status === 'complete' || (change.url && tab.status === 'complete'))) return;
  const known = providerForUrl(url);
  if (known && known.id !== GENERIC_KODEX) return; // inject-guide.ts handles the registry's portals
  if (addedPortalForUrl(await loadAddedPortals(), url)) await injectGuide(tabId);
}

/** The provider id of a URL: a named provider's portal, else an added portal, else the generic Kodex entry. */
export async function providerIdForUrl(url: string): Promise<string | undefined> {
  const known = providerForUrl(url);
  if (known && known.id !== GENERIC_KODEX) return known.id;
  return addedPortalForUrl(await loadAddedPortals(), url)?.providerId ?? known?.id;
}

/**
 * `classifySender`, and a guide in the top frame of a tab on an added portal: its provider is the added portal's,
 * looked up from the URL the browser reports, never from the message.
 */
export async function classifySenderWithAdded(sender: Browser.runtime.MessageSender, ownId: string, extensionBase: string): Promise<SenderContext | null> {
  const context = classifySender(sender, ownId, extensionBase);
  if (context?.kind === 'extension' || (context && context.providerId !== GENERIC_KODEX)) return context;
  const tabId = sender.tab?.id;
  if (sender.id !== ownId || !sender.url || tabId === undefined || sender.frameId !== 0) return context;
  const added = addedPortalForUrl(await loadAddedPortals(), sender.url);
  return added ? { kind: 'guide', tabId, frameId: 0, url: sender.url, providerId: added.providerId } : context;
}

/** The added portals on the sender's host, as the guide knows portals (the page is on that host already). */
export async function addedPortalsHere(senderUrl: string): Promise<PortalEntry[]> {
  const host = new URL(senderUrl).hostname.toLowerCase();
  return (await loadAddedPortals()).filter((p) => p.host === host).map(portalEntryOf);
}

const NOTIFICATION_TEXT: Record<NonNullable<AddedPortal['entered']['notification']>, MessageKey> = {
  notifies: 'register.entered.notifies',
  'notifies-unless-order': 'register.entered.notifiesUnlessOrder',
  'does-not-notify': 'register.entered.doesNotNotify',
};

const entered = (t: T, key: string, title: string, summary: string): GuideFact => ({
  key,
  title: t('register.entered.title', { title }),
  isDefault: false,
  // No source: what the investigator typed is a lead to keep checking, never shown as official.
  fact: { summary: t('register.entered.summary', { summary }), confidence: 'secondary', sources: [] },
});

/** The facts the investigator entered for the added portal of this URL, each marked "entered by you", in their language. */
export async function enteredFacts(senderUrl: string): Promise<GuideFact[]> {
  const portal = addedPortalForUrl(await loadAddedPortals(), senderUrl);
  if (!portal) return [];
  const t = await currentT();
  const facts: GuideFact[] = [];
  const { preservationDays, notification } = portal.entered;
  if (preservationDays) {
    facts.push(entered(t, 'entered-preservation', t('register.entered.preservation'), t('register.entered.preservationDays', { count: preservationDays })));
  }
  if (notification) facts.push(entered(t, 'entered-notification', t('register.entered.notification'), t(NOTIFICATION_TEXT[notification])));
  return facts;
}

/**
 * The policy facts the checks read for a guide: a known provider's from the registry (also on its added second
 * portal), a new provider's as the investigator entered them for the added portal at the sender's URL.
 */
export async function checkFactsFor(sender: { providerId: string; url: string }): Promise<ProviderFacts | undefined> {
  const known = providerById(sender.providerId);
  if (known) return known.facts;
  const portal = addedPortalForUrl(await loadAddedPortals(), sender.url);
  return portal?.providerId === sender.providerId ? enteredProviderFacts(portal.entered) : undefined;
}

/** Keep the registered scripts in step with the list and with permissions removed in the browser's own settings. */
export function watchAddedPortals(): void {
  onAddedPortalsChanged((portals) => void syncGuideScripts(portals));
  browser.permissions.onRemoved.addListener(() => void syncGuideScripts());
  browser.permissions.onAdded.addListener(() => void syncGuideScripts());
  browser.tabs.onUpdated.addListener((tabId, change, tab) => void onTabUpdated(tabId, change, tab));
  void syncGuideScripts();
}

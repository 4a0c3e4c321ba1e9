import { browser } from 'wxt/browser';
import type { CarriedForm, SaveReferenceResponse } from '../../messages/protocol';
import { providerById } from '../../providers/registry';
import { Register, RegisterError, type ProviderTerms } from '../../storage/register';
import { providerIdForUrl } from './added-portals';
import { currentT } from '../../i18n/background';
import { errorText, problem, problemText } from '../../i18n/problems';

let opened: Promise<Register> | null = null;
/** One register per background lifetime; reopened if the service worker was stopped. */
export function register(): Promise<Register> {
  opened ??= Register.open().catch((error: unknown) => {
    opened = null;
    throw error;
  });
  return opened;
}

export function termsOf(providerId: string): ProviderTerms {
  const preservation = providerById(providerId)?.facts.preservation?.value;
  return { periodDays: preservation?.days ?? null, extensionDays: preservation?.extensionDays ?? null };
}

const formKey = (tabId: number) => `form:${tabId}`;
const savedKey = (tabId: number) => `saved:${tabId}`;
/** How long a typed form is carried: long enough to submit it, short enough not to follow the tab all day. */
export const FORM_LIFETIME_MS = 30 * 60 * 1000;
export const FORGET_FORMS_ALARM = 'quickfreeze-forget-forms';

type StoredForm = CarriedForm & { at: string };
/** The last reference saved in a tab, with the form it carried, for further references on the same page. */
interface SavedInTab {
  providerId: string;
  reference: string;
  url: string;
  form: StoredForm | null;
}

const fresh = (form: StoredForm | null | undefined, now: Date): form is StoredForm =>
  !!form && now.getTime() - Date.parse(form.at) < FORM_LIFETIME_MS;

/**
 * What the investigator typed into the request form of a tab, kept in session storage (the extension's, in
 * memory, gone when the browser closes; content scripts cannot read it) until the confirmation page of the same
 * tab saves the reference, the tab leaves the provider, or 30 minutes pass.
 */
export async function rememberForm(tabId: number, form: CarriedForm, now = new Date()): Promise<void> {
  await browser.storage.session.set({ [formKey(tabId)]: { ...form, at: now.toISOString() } satisfies StoredForm });
  await browser.alarms?.create(FORGET_FORMS_ALARM, { delayInMinutes: FORM_LIFETIME_MS / 60_000 + 1 });
}

async function storedForm(tabId: number): Promise<StoredForm | null> {
  return ((await browser.storage.session.get(formKey(tabId)))[formKey(tabId)] as StoredForm | undefined) ?? null;
}

async function savedInTab(tabId: number): Promise<SavedInTab | null> {
  return ((await browser.storage.session.get(savedKey(tabId)))[savedKey(tabId)] as SavedInTab | undefined) ?? null;
}

/** The tab's form, if it was typed for this provider and is still fresh; a stale one is forgotten on the way. */
export async function recallForm(tabId: number, providerId: string, now = new Date()): Promise<CarriedForm | null> {
  const form = await storedForm(tabId);
  if (form && !fresh(form, now)) await browser.storage.session.remove(formKey(tabId));
  if (!fresh(form, now) || form.providerId !== providerId) return null;
  return { providerId: form.providerId, requestType: form.requestType, caseNumber: form.caseNumber, accountIdentifiers: form.accountIdentifiers };
}

/** The tab now shows `url`: forget its form when that is no longer the provider it was typed for. */
export async function onTabNavigated(tabId: number, url: string): Promise<void> {
  const providerId = await providerIdForUrl(url);
  const form = await storedForm(tabId);
  if (form && form.providerId !== providerId) await browser.storage.session.remove(formKey(tabId));
  const saved = await savedInTab(tabId);
  if (saved?.form && saved.url !== url) await browser.storage.session.set({ [savedKey(tabId)]: { ...saved, form: null } });
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove([formKey(tabId), savedKey(tabId)]);
}

/** Forget every carried form older than 30 minutes (run by an alarm, so nothing waits for the next recall). */
export async function forgetStaleForms(now = new Date()): Promise<void> {
  const everything = await browser.storage.session.get(null);
  const stale = Object.entries(everything)
    .filter(([key, value]) => key.startsWith('form:') && !fresh(value as StoredForm, now))
    .map(([key]) => key);
  if (stale.length) await browser.storage.session.remove(stale);
  for (const [key, value] of Object.entries(everything)) {
    const saved = value as SavedInTab;
    if (key.startsWith('saved:') && saved.form && !fresh(saved.form, now)) await browser.storage.session.set({ [key]: { ...saved, form: null } });
  }
}

/**
 * Save a reference from a confirmation page. `request` carries the sender's provider and URL (never the
 * message's). The tab's form is consumed by the save; further references on the same page still get it.
 */
export async function saveReference(
  tabId: number,
  request: { providerId: string; reference: string; url: string; pageText: string },
  now = new Date(),
): Promise<SaveReferenceResponse> {
  const typed = await storedForm(tabId);
  const previous = await savedInTab(tabId);
  const samePage = previous && previous.url === request.url && previous.providerId === request.providerId ? previous.form : null;
  const candidate = typed ?? samePage;
  const form = fresh(candidate, now) && candidate.providerId === request.providerId ? candidate : null;
  let answer: SaveReferenceResponse;
  const capture = {
    providerId: request.providerId,
    reference: request.reference,
    caseNumber: form?.caseNumber ?? '',
    accountIdentifiers: form?.accountIdentifiers ?? [],
    requestType: form?.requestType ?? 'preservation',
    requestedAt: now.toISOString(),
    source: 'confirmation-page',
    proof: { url: request.url, capturedAt: now.toISOString(), text: request.pageText },
  };
  try {
    const opened = await register();
    // Locked: never refused nor lost; kept sealed for the passphrase's owner and saved when the register is unlocked.
    if ((await opened.vault.state()) === 'locked') {
      await opened.vault.keepWhileLocked({ capture, terms: termsOf(request.providerId), at: now.toISOString() });
      answer = { ok: true, created: true };
    } else {
      const { created } = await opened.saveCapture(capture, termsOf(request.providerId), now);
      answer = { ok: true, created };
    }
  } catch (error) {
    if (!(error instanceof RegisterError && error.code === 'duplicate')) return { ok: false, error: errorText(await currentT(), error) };
    answer = { ok: true, created: false };
  }
  const saved: SavedInTab = { providerId: request.providerId, reference: request.reference, url: request.url, form };
  await browser.storage.session.set({ [savedKey(tabId)]: saved });
  await browser.storage.session.remove(formKey(tabId));
  return answer;
}

/** The record last saved from the page in this tab, if any: the popup offers to attach a screenshot to it. */
export async function screenshotCandidate(tabId: number): Promise<{ reference: string } | null> {
  const saved = await savedInTab(tabId);
  if (!saved || (await (await register()).vault.state()) === 'locked') return null;
  const record = await (await register()).findByReference(saved.providerId, saved.reference);
  return record?.hasProof ? { reference: record.reference } : null;
}

/** A page's address without its fragment: the same page whatever part of it is in view. */
function pageOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return null;
  }
}

/**
 * Screenshot of the visible tab, attached to that record's proof: only the record last saved from this tab, and
 * only while the tab (the one in front in its window) still shows the page it was saved from, before and after
 * the picture is taken. Only from the popup: opening it grants activeTab for this tab, so no broad host
 * permission is needed.
 */
export async function attachScreenshot(tabId: number, windowId: number): Promise<{ ok: boolean; error?: string }> {
  const t = await currentT();
  const saved = await savedInTab(tabId);
  const opened = await register();
  const record = saved && (await opened.findByReference(saved.providerId, saved.reference));
  if (!record) return { ok: false, error: problemText(t, problem('register.problem.nothingSavedHere')) };
  try {
    const proof = await opened.proof(record.id);
    if (!proof) return { ok: false, error: problemText(t, problem('register.problem.noProof')) };
    const onSavedPage = async () => {
      const tab = await browser.tabs.get(tabId);
      return !!tab && tab.active && tab.windowId === windowId && pageOf(tab.url) !== null && pageOf(tab.url) === pageOf(proof.url);
    };
    const elsewhere = { ok: false, error: problemText(t, problem('register.problem.tabMoved', { reference: record.reference })) };
    if (!(await onSavedPage())) return elsewhere;
    const dataUrl = await browser.tabs.captureVisibleTab(windowId, { format: 'jpeg', quality: 80 });
    // The tab may have moved on while the picture was taken.
    if (!(await onSavedPage())) return elsewhere;
    await opened.attachScreenshot(record.id, dataUrl);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: errorText(t, error) };
  }
}

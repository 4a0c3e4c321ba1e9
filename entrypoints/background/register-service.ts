import { browser } from 'wxt/browser';
import type { CarriedForm, RequestOf, SaveReferenceResponse } from '../../messages/protocol';
import { providerById } from '../../providers/registry';
import { Register, RegisterError, type ProviderTerms } from '../../storage/register';

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

/**
 * What the investigator typed into the request form of a tab, kept in session storage (the extension's, in
 * memory, gone when the browser closes) until the confirmation page of the same tab saves the reference.
 */
export async function rememberForm(tabId: number, form: CarriedForm): Promise<void> {
  await browser.storage.session.set({ [formKey(tabId)]: { ...form, at: new Date().toISOString() } });
}

export async function recallForm(tabId: number): Promise<(CarriedForm & { at: string }) | null> {
  const stored = await browser.storage.session.get(formKey(tabId));
  return (stored[formKey(tabId)] as (CarriedForm & { at: string }) | undefined) ?? null;
}

export async function saveReference(tabId: number, request: RequestOf<'save-reference'>, now = new Date()): Promise<SaveReferenceResponse> {
  const form = await recallForm(tabId);
  const sameProvider = form?.providerId === request.providerId ? form : null;
  try {
    const { created } = await (await register()).saveCapture(
      {
        providerId: request.providerId,
        reference: request.reference,
        caseNumber: sameProvider?.caseNumber ?? '',
        accountIdentifiers: sameProvider?.accountIdentifiers ?? [],
        requestType: sameProvider?.requestType ?? 'preservation',
        requestedAt: now.toISOString(),
        source: 'confirmation-page',
        proof: { url: request.url, capturedAt: now.toISOString(), text: request.pageText },
      },
      termsOf(request.providerId),
      now,
    );
    await browser.storage.session.set({ [savedKey(tabId)]: { providerId: request.providerId, reference: request.reference } });
    return { ok: true, created };
  } catch (error) {
    if (error instanceof RegisterError && error.code === 'duplicate') return { ok: true, created: false };
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The record last saved from the page in this tab, if any: the popup offers to attach a screenshot to it. */
export async function screenshotCandidate(tabId: number): Promise<{ reference: string } | null> {
  const saved = (await browser.storage.session.get(savedKey(tabId)))[savedKey(tabId)] as { providerId: string; reference: string } | undefined;
  if (!saved) return null;
  const record = await (await register()).findByReference(saved.providerId, saved.reference);
  return record?.hasProof ? { reference: record.reference } : null;
}

/**
 * Screenshot of the visible tab, attached to that record's proof. Only from the popup: opening it grants
 * activeTab for this tab, so no broad host permission is needed.
 */
export async function attachScreenshot(tabId: number, windowId: number): Promise<{ ok: boolean; error?: string }> {
  const saved = (await browser.storage.session.get(savedKey(tabId)))[savedKey(tabId)] as { providerId: string; reference: string } | undefined;
  const record = saved && (await (await register()).findByReference(saved.providerId, saved.reference));
  if (!record) return { ok: false, error: 'No reference was saved from this page.' };
  try {
    const dataUrl = await browser.tabs.captureVisibleTab(windowId, { format: 'jpeg', quality: 80 });
    await (await register()).attachScreenshot(record.id, dataUrl);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

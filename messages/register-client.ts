import { browser } from 'wxt/browser';
import { saveReferenceResponseSchema, type RememberForm, type SaveReferenceResponse } from './protocol';

/** Content-script side of the register: it never opens IndexedDB, it asks the background. */
export function rememberForm(form: Omit<RememberForm, 'type'>): Promise<unknown> {
  return browser.runtime.sendMessage({ type: 'remember-form', ...form });
}

export async function recallForm(): Promise<{ caseNumber: string; accountIdentifiers: string[]; providerId: string } | null> {
  const answer = (await browser.runtime.sendMessage({ type: 'recall-form' })) as Record<string, unknown> | null;
  if (!answer || typeof answer.caseNumber !== 'string' || !Array.isArray(answer.accountIdentifiers) || typeof answer.providerId !== 'string') return null;
  return { caseNumber: answer.caseNumber, accountIdentifiers: answer.accountIdentifiers.map(String), providerId: answer.providerId };
}

export async function saveReference(request: { providerId: string; reference: string; url: string; pageText: string }): Promise<SaveReferenceResponse> {
  return saveReferenceResponseSchema.parse(await browser.runtime.sendMessage({ type: 'save-reference', ...request }));
}

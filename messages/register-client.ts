import type { CarriedForm, SaveReferenceResponse } from './protocol';
import { sendFromGuide as send } from './send-from-guide';

/**
 * Content-script side of the register: it never opens IndexedDB, it asks the background. The provider, tab and
 * address are taken by the background from the sender, so the ones the guide passes here are not sent.
 */
export function rememberForm(form: CarriedForm): Promise<unknown> {
  const { requestType, caseNumber, accountIdentifiers } = form;
  return send('remember-form', { requestType, caseNumber, accountIdentifiers });
}

export function recallForm(): Promise<CarriedForm | null> {
  return send('recall-form', {});
}

/** The references in a confirmation page's text, read by the background (the guide does not carry the reader). */
export function findReferences(pageText: string, exclude: string[]): Promise<string[]> {
  return send('find-references', { pageText: pageText.slice(0, 200_000), exclude: exclude.slice(0, 201) });
}

export function saveReference(request: { providerId: string; reference: string; url: string; pageText: string }): Promise<SaveReferenceResponse> {
  return send('save-reference', { reference: request.reference, pageText: request.pageText });
}

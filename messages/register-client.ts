import type { CarriedForm, SaveReferenceResponse } from './protocol';
import { send } from './send';

/** Content-script side of the register: it never opens IndexedDB, it asks the background. */
export function rememberForm(form: CarriedForm): Promise<unknown> {
  return send('remember-form', form);
}

export function recallForm(): Promise<CarriedForm | null> {
  return send('recall-form', {});
}

export function saveReference(request: { providerId: string; reference: string; url: string; pageText: string }): Promise<SaveReferenceResponse> {
  return send('save-reference', request);
}

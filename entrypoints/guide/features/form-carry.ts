import { rememberForm } from '../../../messages/register-client';
import { REQUEST_PAGES, type RequestPage } from '../../../providers/page-kinds';
import { snapshotFields } from '../../../recognition/snapshot';
import type { FieldSnapshot } from '../../../rules/types';
import { defineFeature } from './define';


/** The case number and accounts typed in a request form, as the background keeps them for this tab. */
export function formToCarry(providerId: string, requestType: RequestPage, fields: FieldSnapshot[]) {
  const caseNumber = fields.find((f) => f.role === 'case-number' && f.value.trim())?.value.trim() ?? '';
  const accountIdentifiers = fields
    .filter((f) => f.role === 'account-identifier')
    .flatMap((f) => f.value.split(/[\n,;]+/))
    .map((v) => v.trim())
    .filter(Boolean)
    .slice(0, 200);
  return { providerId, requestType, caseNumber: caseNumber.slice(0, 120), accountIdentifiers: accountIdentifiers.map((a) => a.slice(0, 500)) };
}

/** Controls whose click may send the form: submit buttons, and the plain buttons single-page portals use instead. */
const SUBMIT_CONTROLS = 'button, input[type=submit], input[type=image], input[type=button], [role=button]';

/**
 * Remember what is typed in a request form, so the confirmation page of this tab can carry it. Besides each
 * (debounced) recognition, the form is read and sent at once when it may be leaving: on submit, Enter, a click on
 * a button, `pagehide`, and before the page is recognized anew. A form submitted right after the last keystroke
 * is then carried too (contract section 5).
 */
export default defineFeature({
  id: 'form-carry',
  include: REQUEST_PAGES,
  init(session, signal) {
    let lastRemembered = '';

    const remember = (fields: FieldSnapshot[]) => {
      const recognition = session.recognition;
      const page = recognition?.page;
      if (!recognition || !REQUEST_PAGES.includes(page as RequestPage)) return;
      const form = formToCarry(recognition.provider.id, page as RequestPage, fields);
      const serialized = JSON.stringify(form);
      if (serialized === lastRemembered || (!form.caseNumber && form.accountIdentifiers.length === 0)) return;
      lastRemembered = serialized;
      rememberForm(form).catch(() => (lastRemembered = ''));
    };

    /** Read the values now, from the elements of the current recognition (detached ones keep their values). */
    const flush = () => {
      const fields = session.recognition?.fields;
      if (fields) remember(snapshotFields(fields).fields);
    };
    const listen = { capture: true, signal };
    const doc = session.doc;
    doc.addEventListener('submit', flush, listen);
    doc.addEventListener('keydown', (event) => (event as KeyboardEvent).key === 'Enter' && flush(), listen);
    doc.addEventListener('click', (event) => (event.target as Element | null)?.closest?.(SUBMIT_CONTROLS) && flush(), listen);
    doc.defaultView?.addEventListener('pagehide', flush, listen);
    session.on('leaving', flush, signal);
    session.on('recognized', () => remember(session.snapshot.fields), signal);
    remember(session.snapshot.fields);
  },
});

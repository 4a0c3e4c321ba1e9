import { rememberForm } from '../../../messages/register-client';
import { REQUEST_PAGES, type RequestPage } from '../../../providers/page-kinds';
import { pageRoots, type PageRoot } from '../../../recognition/page-roots';
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

/** Whether a trusted event may send the form: a submit, Enter, or a click on a button (also inside a component). */
function mayLeave(event: Event): boolean {
  if (event.type === 'submit' || event.type === 'pagehide') return true;
  if (event.type === 'keydown') return (event as KeyboardEvent).key === 'Enter';
  // The control clicked, also inside an open shadow root, where `target` is only the component by now.
  const target = (event.composedPath()[0] ?? event.target) as Element | null;
  return !!target?.closest?.(SUBMIT_CONTROLS);
}

/**
 * Remember what is typed in a request form, so the confirmation page of this tab can carry it. Besides each
 * (debounced) recognition, the form is read and sent at once when it may be leaving: on submit, Enter, a click on
 * a button, `pagehide`, and before the page is recognized anew. A form submitted right after the last keystroke
 * is then carried too (contract section 5). The form may sit in a same-origin frame or a component's shadow root,
 * where a submit (and anything in a frame) never reaches the top document: every root recognition reads is
 * listened to. Only the investigator's own (trusted) events count.
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
    // A composed event passes several listened roots: it is read once.
    const seen = new WeakSet<Event>();
    const onEvent = (event: Event) => {
      if (!event.isTrusted || seen.has(event) || !mayLeave(event)) return;
      seen.add(event);
      flush();
    };
    const listening = new WeakSet<PageRoot | Window>();
    const listenIn = (target: PageRoot | Window, types: readonly string[]) => {
      if (listening.has(target)) return;
      listening.add(target);
      for (const type of types) target.addEventListener(type, onEvent, { capture: true, signal });
    };
    /** The roots recognition reads (frames and shadow roots come and go with the page). */
    const syncRoots = () => {
      for (const root of pageRoots(session.doc)) {
        listenIn(root, ['submit', 'keydown', 'click']);
        const view = root.nodeType === Node.DOCUMENT_NODE ? (root as Document).defaultView : null;
        if (view) listenIn(view, ['pagehide']);
      }
    };
    syncRoots();
    session.on('leaving', flush, signal);
    session.on('recognized', (reasons) => {
      if (!(reasons.size === 1 && reasons.has('typing'))) syncRoots();
      remember(session.snapshot.fields);
    }, signal);
    remember(session.snapshot.fields);
  },
});

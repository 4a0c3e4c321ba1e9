import type { CaptureNote, OfferedReference } from '../../../components/CaptureList';
import { findReferences, recallForm, saveReference } from '../../../messages/register-client';
import { pageText as visiblePageText } from '../../../recognition/page-roots';
import { defineFeature } from './define';

type Carried = { caseNumber: string; accountIdentifiers: string[] };

/**
 * Contract section 5: on a confirmation page, each reference found in the page is offered for saving, with the
 * case number and accounts typed into this tab's request form (recalled from the background).
 */
export default defineFeature({
  id: 'capture',
  include: ['confirmation'],
  init(session, signal) {
    let offered: OfferedReference[] = [];
    let carried: Carried | null = null;
    let recalling = false;

    /** The visible text of the confirmation page, frames and components included: the proof, and where the references are read from. */
    const pageText = () => visiblePageText(session.doc);

    const show = () => session.contribute('capture', { capture: { references: offered, carried, onSave: save } });

    const save = (reference: string) => {
      const providerId = session.recognition?.provider.id;
      if (!providerId) return;
      const mark = (state: OfferedReference['state'], note?: CaptureNote) => {
        if (signal.aborted) return;
        offered = offered.map((r) => (r.reference === reference ? { ...r, state, note } : r));
        show();
      };
      mark('saving');
      saveReference({ providerId, reference, url: session.doc.location.href, pageText: pageText() }).then(
        (answer) => (answer.ok ? mark('saved', answer.created ? undefined : { kind: 'already' }) : mark('error', { kind: 'error', error: answer.error ?? null })),
        (error: unknown) => mark('error', { kind: 'error', error: String(error) }),
      );
    };

    let asked = 0;
    let lastText: string | null = null;
    let lastOwn = '';
    const offer = () => {
      // The case number and accounts the investigator typed are theirs, even when the portal echoes them back.
      const own = carried ? [carried.caseNumber, ...carried.accountIdentifiers] : [];
      const text = pageText();
      const ownKey = own.join('\n');
      // The page is recognized again on each change of it; the same text and numbers are not sent to be read again.
      if (text !== lastText || ownKey !== lastOwn) {
        lastText = text;
        lastOwn = ownKey;
        const ask = ++asked;
        const found = findReferences(text, own).then(
          (references) => {
            if (signal.aborted || ask !== asked) return; // a later reading of the page answers instead
            const known = new Map(offered.map((r) => [r.reference, r]));
            offered = references.map((reference) => known.get(reference) ?? { reference, state: 'idle' as const });
            show();
          },
          () => {
            lastText = null; // unanswered: the next reading of the page asks again
            show();
          },
        );
        session.awaitBeforeFirstDraw(found);
      }
      if (carried || recalling) return;
      recalling = true;
      const answered = recallForm().then(
        (form) => {
          recalling = false;
          if (signal.aborted) return;
          carried = form && form.providerId === session.recognition?.provider.id ? form : { caseNumber: '', accountIdentifiers: [] };
          show();
          offer();
        },
        () => (recalling = false),
      );
      session.awaitBeforeFirstDraw(answered);
    };

    session.on('recognized', offer, signal);
    offer();
  },
});

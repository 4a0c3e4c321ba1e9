import { useGuideText } from './guide/guide-text';

/** Why a reference shows a note: it was in the register already, or the save failed (with the reason, if given). */
export type CaptureNote = { kind: 'already' } | { kind: 'error'; error: string | null };

export interface OfferedReference {
  reference: string;
  state: 'idle' | 'saving' | 'saved' | 'error';
  note?: CaptureNote;
}

export interface CaptureListProps {
  references: OfferedReference[];
  /** The case and accounts typed in this tab's request form, which the saved record will carry. */
  carried: { caseNumber: string; accountIdentifiers: string[] } | null;
  onSave: (reference: string) => void;
}

/** Contract section 5: each reference found on a confirmation page, with a button that saves it. */
export function CaptureList({ references, carried, onSave }: CaptureListProps) {
  const { t } = useGuideText();
  const noteText = (note: CaptureNote) =>
    note.kind === 'already' ? t('guide.capture.already') : note.error ? t('guide.capture.notSavedBecause', { error: note.error }) : t('guide.capture.notSaved');
  const carriedText = () => {
    if (!carried || (!carried.caseNumber && !carried.accountIdentifiers.length)) return t('guide.capture.notCarried');
    const caseNumber = carried.caseNumber || t('guide.capture.noCase');
    return carried.accountIdentifiers.length
      ? t('guide.capture.carriedBoth', { caseNumber, accounts: carried.accountIdentifiers.join(', ') })
      : t('guide.capture.carriedCase', { caseNumber });
  };
  return (
    <section class="capture" aria-label={t('guide.capture.label')}>
      <h3>{t('guide.capture.title')}</h3>
      {references.length === 0 ? (
        <p>{t('guide.capture.none')}</p>
      ) : (
        <ul class="references">
          {references.map((r) => {
            // aria-disabled, not disabled: a disabled button would drop the keyboard focus that just pressed it.
            const done = r.state === 'saving' || r.state === 'saved';
            return (
              <li key={r.reference} class="reference" data-reference={r.reference} data-saved={r.state === 'saved' ? 'true' : undefined}>
                <code>{r.reference}</code>{' '}
                <button type="button" data-action="save-reference" aria-disabled={done ? 'true' : undefined} onClick={() => !done && onSave(r.reference)}>
                  {r.state === 'saved' ? t('guide.capture.saved') : r.state === 'saving' ? t('guide.capture.saving') : t('guide.capture.save')}
                </button>
                {r.note && (
                  <p class={r.state === 'error' ? 'capture-error' : 'capture-note'} role={r.state === 'error' ? 'alert' : undefined}>
                    {noteText(r.note)}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p class="capture-carried">{carriedText()}</p>
    </section>
  );
}

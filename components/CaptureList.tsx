export interface OfferedReference {
  reference: string;
  state: 'idle' | 'saving' | 'saved' | 'error';
  /** "Already in the register" or the reason a save failed. */
  note?: string;
}

export interface CaptureListProps {
  references: OfferedReference[];
  /** The case and accounts typed in this tab's request form, which the saved record will carry. */
  carried: { caseNumber: string; accountIdentifiers: string[] } | null;
  onSave: (reference: string) => void;
}

/** Contract section 5: each reference found on a confirmation page, with a button that saves it. */
export function CaptureList({ references, carried, onSave }: CaptureListProps) {
  return (
    <section class="capture" aria-label="Preservation references on this page">
      <h3>References on this page</h3>
      {references.length === 0 ? (
        <p>No reference number found on this page. If the provider sends it by e-mail, select it there and use “Save selection as preservation reference”.</p>
      ) : (
        <ul class="references">
          {references.map((r) => {
            // aria-disabled, not disabled: a disabled button would drop the keyboard focus that just pressed it.
            const done = r.state === 'saving' || r.state === 'saved';
            return (
              <li key={r.reference} class="reference" data-reference={r.reference} data-saved={r.state === 'saved' ? 'true' : undefined}>
                <code>{r.reference}</code>{' '}
                <button type="button" data-action="save-reference" aria-disabled={done ? 'true' : undefined} onClick={() => !done && onSave(r.reference)}>
                  {r.state === 'saved' ? 'Saved ✓' : r.state === 'saving' ? 'Saving…' : 'Save to register'}
                </button>
                {r.note && (
                  <p class={r.state === 'error' ? 'capture-error' : 'capture-note'} role={r.state === 'error' ? 'alert' : undefined}>
                    {r.note}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p class="capture-carried">
        {carried && (carried.caseNumber || carried.accountIdentifiers.length)
          ? `Saved with case ${carried.caseNumber || '(none)'}${carried.accountIdentifiers.length ? ` and ${carried.accountIdentifiers.join(', ')}` : ''}, from the form you filled in this tab.`
          : 'No request form was filled in this tab; add the case number and accounts in the register afterwards.'}
      </p>
    </section>
  );
}

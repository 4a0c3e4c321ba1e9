export interface MarPanelProps {
  /** The MAR text of the records shown (marText). */
  text: string;
  /** How many records it covers, and of which case (null: all cases / the filters in use). */
  count: number;
  caseLabel: string | null;
  onCopyText: (text: string) => void;
  /** Copy the HTML table with the plain text beside it; the table is made only when asked (it can be large). */
  onCopyTable: () => void;
}

/** The text to paste into a Mutual Assistance Request, for the records shown. */
export function MarPanel({ text, count, caseLabel, onCopyText, onCopyTable }: MarPanelProps) {
  return (
    <div class="mar">
      <p class="muted">
        {count === 0
          ? 'No records are shown, so there is no MAR text. Change the filters above.'
          : `For the ${count} record${count === 1 ? '' : 's'} shown${caseLabel ? ` (${caseLabel})` : ''}, oldest preservation first.`}
      </p>
      <pre data-mar-text="" class="mar-text" tabIndex={0} role="region" aria-label="MAR text for the records shown">
        {text}
      </pre>
      <div class="actions">
        <button type="button" disabled={!text} onClick={() => onCopyText(text)}>
          Copy as plain text
        </button>
        <button type="button" disabled={!text} onClick={onCopyTable}>
          Copy as table (rich text)
        </button>
      </div>
    </div>
  );
}

import { useState } from 'preact/hooks';
import type { T } from '../../i18n/catalogues';
import { useT } from '../../i18n/use-i18n';
import type { Gap } from '../../register/completeness';

export interface CopyWithCheckProps {
  /** What is copied, in the button's words ("MAR text", "certificate text"). */
  what: string;
  /** The button's words. */
  label: string;
  /** Stable name for tests and styling (`data-completeness`). */
  name: string;
  text: string;
  /** What the text lacks; computed when the button is clicked. */
  gaps: () => Gap[];
  onCopy: (text: string) => void;
}

/** What a text lacks, one line per item, naming the first few records it is missing from. */
function gapLines(t: T, gaps: readonly Gap[], shownReferences = 5): string[] {
  return gaps.map(({ item, references }) => {
    const params = { item: t(`dashboard.missing.${item}`), references: references.slice(0, shownReferences).join(', ') };
    const more = references.length - shownReferences;
    return more > 0 ? t('dashboard.missing.lineMore', { ...params, count: more }) : t('dashboard.missing.line', params);
  });
}

/**
 * A copy button that first names what the text lacks (case number, account identifiers, dates, reference...). With
 * nothing missing it copies at once; otherwise the list is shown and "Copy anyway" copies.
 */
export function CopyWithCheck({ what, label, name, text, gaps, onCopy }: CopyWithCheckProps) {
  const t = useT();
  const [shown, setShown] = useState<Gap[] | null>(null);
  const ask = () => {
    const found = gaps();
    if (found.length === 0) {
      setShown(null);
      onCopy(text);
    } else setShown(found);
  };
  const lines = shown ? gapLines(t, shown) : [];
  return (
    <>
      <button type="button" data-action={`copy-${name}`} disabled={!text} onClick={ask}>
        {label}
      </button>
      {shown && (
        <div class="completeness warning" data-completeness={name} role="alert">
          <p>{t('dashboard.missing.from', { what })}</p>
          <ul>
            {shown.map((gap, i) => (
              <li key={gap.item} data-missing={gap.item}>
                {lines[i]}
              </li>
            ))}
          </ul>
          <button
            type="button"
            data-action={`copy-${name}-anyway`}
            onClick={() => {
              setShown(null);
              onCopy(text);
            }}
          >
            {t('dashboard.missing.copyAnyway')}
          </button>{' '}
          <button type="button" onClick={() => setShown(null)}>
            {t('dashboard.cancel')}
          </button>
        </div>
      )}
    </>
  );
}

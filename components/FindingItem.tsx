import type { FindingMessage, RuleDocsMessage } from '../messages/protocol';

export const SEVERITY = {
  error: { icon: '✖', word: 'Error' },
  warning: { icon: '▲', word: 'Warning' },
  info: { icon: 'ℹ', word: 'Note' },
} as const;

/** One finding (contract section 3: `data-rule`, `data-severity`); severity shown by icon and word, not colour alone. */
export function FindingItem({ finding, doc }: { finding: FindingMessage; doc: RuleDocsMessage | undefined }) {
  const sev = SEVERITY[finding.severity];
  const item = finding.checklist?.item;
  // An unwritten checklist item is a box to tick, not an alarm.
  const icon = item && finding.severity === 'info' ? '☐' : sev.icon;
  return (
    <li class={`finding ${finding.severity}`} data-rule={finding.ruleId} data-severity={finding.severity}>
      <p class="finding-message">
        <span class="sev" aria-hidden="true">
          {icon}
        </span>{' '}
        <strong>
          {sev.word}
          {item ? ` · ${item}` : ''}:
        </strong>{' '}
        {finding.message}
      </p>
      {finding.details?.map((line, j) => (
        <p key={j} class="finding-detail">
          {line}
        </p>
      ))}
      {doc && (
        <details class="why">
          <summary>Why this matters · {finding.ruleId}</summary>
          <p>{doc.why}</p>
          <p>
            <strong>What to do:</strong> {doc.fix}
          </p>
          {doc.sources.length > 0 && (
            <p class="meta">
              Source:{' '}
              {doc.sources.map((s, k) => (
                <span key={s.url}>
                  {k > 0 && ' · '}
                  <a href={s.url} target="_blank" rel="noopener noreferrer">
                    {s.title}
                  </a>
                </span>
              ))}
            </p>
          )}
        </details>
      )}
    </li>
  );
}

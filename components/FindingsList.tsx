import type { FindingMessage, RuleDocsMessage } from '../messages/protocol';

export interface FindingGroup {
  /** The field the findings are about, or null for the request as a whole. */
  fieldKey: string | null;
  label: string;
  findings: FindingMessage[];
}

const SEVERITY = {
  error: { icon: '✖', word: 'Error' },
  warning: { icon: '▲', word: 'Warning' },
  info: { icon: 'ℹ', word: 'Note' },
} as const;

export interface FindingsListProps {
  groups: FindingGroup[];
  docs: Record<string, RuleDocsMessage>;
  onJump: (fieldKey: string) => void;
}

/** Findings grouped by field; severity shown by icon and word, not colour alone. */
export function FindingsList({ groups, docs, onJump }: FindingsListProps) {
  if (groups.length === 0) return <p class="all-clear">No problems found in this request so far.</p>;
  return (
    <ul class="finding-groups">
      {groups.map((group) => (
        <li key={group.fieldKey ?? 'form'} class="finding-group" data-field-key={group.fieldKey ?? ''}>
          <div class="group-head">
            <span class="group-label">{group.label || (group.fieldKey ? 'Unlabelled field' : 'Whole request')}</span>
            {group.fieldKey && (
              <button type="button" class="jump" onClick={() => onJump(group.fieldKey!)}>
                Go to field
              </button>
            )}
          </div>
          <ul>
            {group.findings.map((finding, i) => {
              const doc = docs[finding.ruleId];
              const sev = SEVERITY[finding.severity];
              return (
                <li key={`${finding.ruleId}-${i}`} class={`finding ${finding.severity}`} data-rule={finding.ruleId} data-severity={finding.severity}>
                  <p class="finding-message">
                    <span class="sev" aria-hidden="true">
                      {sev.icon}
                    </span>{' '}
                    <strong>{sev.word}:</strong> {finding.message}
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
            })}
          </ul>
        </li>
      ))}
    </ul>
  );
}

export function summarize(groups: FindingGroup[]): string {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const g of groups) for (const f of g.findings) counts[f.severity]++;
  const parts = [
    counts.error && `${counts.error} error${counts.error > 1 ? 's' : ''}`,
    counts.warning && `${counts.warning} warning${counts.warning > 1 ? 's' : ''}`,
    counts.info && `${counts.info} note${counts.info > 1 ? 's' : ''}`,
  ].filter(Boolean);
  return parts.length ? `QuickFreeze: ${parts.join(', ')}.` : 'QuickFreeze: no problems found.';
}

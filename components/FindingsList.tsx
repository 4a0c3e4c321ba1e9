import type { FindingMessage, RuleDocsMessage } from '../messages/protocol';
import { Checklist } from './Checklist';
import { FindingItem } from './FindingItem';

export interface FindingGroup {
  /** The field the findings are about, or null for the request as a whole. */
  fieldKey: string | null;
  label: string;
  findings: FindingMessage[];
}

export interface FindingsListProps {
  groups: FindingGroup[];
  docs: Record<string, RuleDocsMessage>;
  onJump: (fieldKey: string) => void;
}

/** Findings grouped by field; a field's checklist findings (the emergency elements) as one list after the others. */
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
          <FieldFindings findings={group.findings} docs={docs} />
        </li>
      ))}
    </ul>
  );
}

function FieldFindings({ findings, docs }: { findings: FindingMessage[]; docs: Record<string, RuleDocsMessage> }) {
  const single = findings.filter((f) => !f.checklist);
  const checklist = findings.filter((f) => f.checklist);
  return (
    <>
      {single.length > 0 && (
        <ul>
          {single.map((finding, i) => (
            <FindingItem key={`${finding.ruleId}-${i}`} finding={finding} doc={docs[finding.ruleId]} />
          ))}
        </ul>
      )}
      {checklist.length > 0 && <Checklist findings={checklist} docs={docs} />}
    </>
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

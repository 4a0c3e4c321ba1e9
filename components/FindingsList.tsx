import type { FindingMessage, RuleDocsMessage } from '../messages/protocol';
import { Checklist } from './Checklist';
import { FindingItem } from './FindingItem';
import { useGuideText, type GuideText } from './guide/guide-text';

export interface FindingGroup {
  /** The field the findings are about, or null for the request as a whole. */
  fieldKey: string | null;
  /** The field's label on the page; empty for an unlabelled field or the whole request. */
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
  const { t } = useGuideText();
  if (groups.length === 0) return <p class="all-clear">{t('guide.allClear')}</p>;
  return (
    <ul class="finding-groups">
      {groups.map((group) => (
        <li key={group.fieldKey ?? 'form'} class="finding-group" data-field-key={group.fieldKey ?? ''}>
          <div class="group-head">
            <span class="group-label">{group.label || (group.fieldKey ? t('guide.unlabelledField') : t('guide.wholeRequest'))}</span>
            {group.fieldKey && (
              <button type="button" class="jump" onClick={() => onJump(group.fieldKey!)}>
                {t('guide.goToField')}
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

const listFormats = new Map<string, Intl.ListFormat>();
/** One ListFormat per language: each new one costs milliseconds, and the summary is written on every draw. */
function listFormat(locale: string): Intl.ListFormat {
  let format = listFormats.get(locale);
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(locale, { type: 'unit' })));
  return format;
}

/** What the live region says: the counts by severity, as a list in the guide's language. */
export function summarize(groups: FindingGroup[], { t, locale }: GuideText): string {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const g of groups) for (const f of g.findings) counts[f.severity]++;
  const parts = [
    counts.error && t('guide.summary.errors', { count: counts.error }),
    counts.warning && t('guide.summary.warnings', { count: counts.warning }),
    counts.info && t('guide.summary.notes', { count: counts.info }),
  ].filter((part): part is string => !!part);
  if (parts.length === 0) return t('guide.summary.none');
  // One part is its own list: no Intl.ListFormat, whose first use in a page costs it some 25 ms (ICU's data).
  return t('guide.summary', { list: parts.length === 1 ? parts[0]! : listFormat(locale).format(parts) });
}

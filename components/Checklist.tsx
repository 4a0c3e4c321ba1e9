import type { FindingMessage, RuleDocsMessage } from '../messages/protocol';
import { FindingItem } from './FindingItem';
import { useGuideText } from './guide/guide-text';

/**
 * The emergency elements as one list: those still missing (the findings, info while the description is only begun,
 * warnings once it is a real attempt), then those understood, each with the investigator's own words that satisfied it.
 */
export function Checklist({ findings, docs }: { findings: FindingMessage[]; docs: Record<string, RuleDocsMessage> }) {
  const { t } = useGuideText();
  const understood = findings.find((f) => f.checklist)?.checklist?.understood ?? [];
  const begun = findings.some((f) => f.severity !== 'info');
  return (
    <div class="checklist" data-checklist={begun ? 'warnings' : 'to-write'}>
      <p class="checklist-head">{begun ? t('guide.checklist.missing') : t('guide.checklist.toWrite')}</p>
      <ul>
        {findings.map((finding) => (
          <FindingItem key={finding.ruleId} finding={finding} doc={docs[finding.ruleId]} />
        ))}
      </ul>
      {understood.length > 0 && (
        <>
          <p class="checklist-head">{t('guide.checklist.understood')}</p>
          <ul class="understood">
            {understood.map((u) => (
              <li key={u.ruleId} data-understood={u.ruleId}>
                <span class="sev" aria-hidden="true">
                  ✓
                </span>{' '}
                <strong>{u.item}:</strong> {t('guide.quoted', { text: u.text })}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

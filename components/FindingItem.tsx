import type { MessageKey } from '../i18n/catalogue';
import type { FindingMessage, RuleDocsMessage } from '../messages/protocol';
import { showsEnglishLabel, useGuideText } from './guide/guide-text';

export const SEVERITY = {
  error: { icon: '✖', word: 'guide.severity.error' },
  warning: { icon: '▲', word: 'guide.severity.warning' },
  info: { icon: 'ℹ', word: 'guide.severity.info' },
} as const satisfies Record<string, { icon: string; word: MessageKey }>;

/**
 * One finding (contract section 3: `data-rule`, `data-severity`); severity shown by icon and word, not colour alone.
 * The message comes translated from the background; the rule's docs stay English (docs/rules.md) and say so.
 */
export function FindingItem({ finding, doc }: { finding: FindingMessage; doc: RuleDocsMessage | undefined }) {
  const { t, locale } = useGuideText();
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
          {t(sev.word)}
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
          <summary>
            {t('guide.why', { rule: finding.ruleId })}
            {showsEnglishLabel(locale) && <span class="tag in-english"> {t('facts.inEnglish')}</span>}
          </summary>
          <p lang="en">{doc.why}</p>
          <p>
            <strong>{t('guide.whatToDo')}</strong> <span lang="en">{doc.fix}</span>
          </p>
          {doc.sources.length > 0 && (
            <p class="meta">
              {t('guide.source')}{' '}
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

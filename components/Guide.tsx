import { useEffect, useRef } from 'preact/hooks';
import type { FactCardView } from './FactCard';
import type { PageKind } from '../providers/page-kinds';
import type { FieldRole } from '../recognition/field-roles';
import type { RuleDocsMessage } from '../messages/protocol';
import { formatNumber } from '../i18n/translate';
import { CaptureList, type CaptureListProps } from './CaptureList';
import { FactCard } from './FactCard';
import { FindingsList, summarize, type FindingGroup } from './FindingsList';
import { GuideTextContext, pageTitleKey, roleNameKey, showsEnglishLabel, type GuideText } from './guide/guide-text';
import { RoutesPanel, type RoutesPanelProps } from './guide/RoutesPanel';
import { TeachSlot, type TeachSlotProps } from './guide/TeachSlot';

/** The product's name, the same in every language. */
const BRAND = 'QuickFreeze';

export interface GuideField {
  label: string;
  role: FieldRole;
}

export interface GuideProps {
  /** The guide's language (the background's answer to `guide-language`). */
  text: GuideText;
  providerName: string;
  page: PageKind;
  facts: FactCardView[];
  fields: GuideField[];
  collapsed: boolean;
  onToggle: () => void;
  /** Null while the page is not a request form (sign-in, confirmation): no checks to show. */
  findings: FindingGroup[] | null;
  docs: Record<string, RuleDocsMessage>;
  onJump: (fieldKey: string) => void;
  suggestion: { text: string } | null;
  onInsertSuggestion: () => void;
  /** On a confirmation page: the references offered for saving. */
  capture: CaptureListProps | null;
  /** "Fix recognition": what the investigator teaches about this page (the panel itself comes from teach.js). */
  teach: TeachSlotProps | null;
  /** The legal routes for the investigator's country (contract section 10); null until the background answers. */
  routes: RoutesPanelProps | null;
}

/** The in-page guide: provider facts for this kind of page, with sources. Presentational only. */
export function Guide(props: GuideProps) {
  return (
    <GuideTextContext.Provider value={props.text}>
      <GuidePanel {...props} />
    </GuideTextContext.Provider>
  );
}

function GuidePanel(props: GuideProps) {
  const { text, providerName, page, facts, fields, collapsed, onToggle, findings, docs, onJump, suggestion, onInsertSuggestion, capture, teach, routes } = props;
  const { t } = text;
  // Collapsing swaps the pressed button for another: the focus follows, so the keyboard is not left on nothing.
  const toggleButton = useRef<HTMLButtonElement>(null);
  const toggledHere = useRef(false);
  useEffect(() => {
    if (!toggledHere.current) return;
    toggledHere.current = false;
    toggleButton.current?.focus();
  }, [collapsed]);
  const toggle = () => {
    toggledHere.current = true;
    onToggle();
  };
  // The live region stays in the tree in both states, so screen readers hear changes without focus moving.
  const live = (
    <p class="sr-only" aria-live="polite" role="status">
      {findings ? summarize(findings, text) : ''}
    </p>
  );
  if (collapsed) {
    const count = findings?.reduce((n, g) => n + g.findings.filter((f) => f.severity !== 'info').length, 0) ?? 0;
    return (
      <>
        {live}
        <button type="button" ref={toggleButton} class="tab" aria-expanded="false" aria-controls="qf-panel" onClick={toggle} title={t('guide.openTitle')}>
          {BRAND}
          {count > 0 ? ` (${formatNumber(count, text.locale)})` : ''}
        </button>
      </>
    );
  }
  return (
    <section id="qf-panel" class="panel" aria-label={t('guide.panelLabel', { provider: providerName })}>
      <header>
        <div>
          <p class="brand">{BRAND}</p>
          <h2>
            {providerName} <span class="page">· {t(pageTitleKey(page))}</span>
          </h2>
        </div>
        <button type="button" ref={toggleButton} class="collapse" aria-expanded="true" aria-controls="qf-panel" onClick={toggle} title={t('guide.collapseTitle')}>
          <span aria-hidden="true">⟩</span>
          <span class="sr-only">{t('guide.collapse')}</span>
        </button>
      </header>
      {live}
      {capture && <CaptureList {...capture} />}
      {findings && (
        <section class="checks" aria-label={t('guide.checksLabel')}>
          <h3>{t('guide.checks')}</h3>
          <FindingsList groups={findings} docs={docs} onJump={onJump} />
          {suggestion && (
            <div class="suggestion">
              <p>{t('guide.suggestion.intro')}</p>
              {showsEnglishLabel(text.locale) && <p class="meta in-english">{t('guide.suggestion.english')}</p>}
              <pre lang="en">{suggestion.text}</pre>
              <button type="button" class="insert" data-action="insert-suggested-structure" onClick={onInsertSuggestion}>
                {t('guide.suggestion.insert')}
              </button>
            </div>
          )}
          {page === 'emergency' && <p class="reminder">{t('guide.emergencyReminder')}</p>}
        </section>
      )}
      {routes && <RoutesPanel {...routes} />}
      <h3>{t('guide.providerFacts')}</h3>
      <ul class="facts">
        {facts.map((view) => (
          <FactCard key={view.key} view={view} providerName={providerName} />
        ))}
      </ul>
      {fields.length > 0 && (
        <details class="fields">
          <summary>{t('guide.fieldsRecognized', { count: fields.length })}</summary>
          <ul>
            {fields.map((field, i) => (
              <li key={i} data-field-role={field.role}>
                <span class="role">{t(roleNameKey(field.role))}</span> {field.label}
              </li>
            ))}
          </ul>
        </details>
      )}
      {teach && <TeachSlot {...teach} />}
      <p class="footnote">{t('guide.footnote')}</p>
    </section>
  );
}

import { useEffect, useRef } from 'preact/hooks';
import type { FactCardView } from './FactCard';
import { PAGE_TITLES, type PageKind } from '../providers/page-kinds';
import type { FieldRole } from '../recognition/field-roles';
import type { RuleDocsMessage } from '../messages/protocol';
import { CaptureList, type CaptureListProps } from './CaptureList';
import { FactCard } from './FactCard';
import { FindingsList, summarize, type FindingGroup } from './FindingsList';
import { RoutesPanel, type RoutesPanelProps } from './guide/RoutesPanel';
import { TeachSlot, type TeachSlotProps } from './guide/TeachSlot';


export interface GuideField {
  label: string;
  role: FieldRole;
}

export interface GuideProps {
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
  const { providerName, page, facts, fields, collapsed, onToggle, findings, docs, onJump, suggestion, onInsertSuggestion, capture, teach, routes } = props;
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
      {findings ? summarize(findings) : ''}
    </p>
  );
  if (collapsed) {
    const count = findings?.reduce((n, g) => n + g.findings.filter((f) => f.severity !== 'info').length, 0) ?? 0;
    return (
      <>
        {live}
        <button type="button" ref={toggleButton} class="tab" aria-expanded="false" aria-controls="qf-panel" onClick={toggle} title="Open QuickFreeze guide">
          QuickFreeze{count > 0 ? ` (${count})` : ''}
        </button>
      </>
    );
  }
  return (
    <section id="qf-panel" class="panel" aria-label={`QuickFreeze guide for ${providerName}`}>
      <header>
        <div>
          <p class="brand">QuickFreeze</p>
          <h2>
            {providerName} <span class="page">· {PAGE_TITLES[page]}</span>
          </h2>
        </div>
        <button type="button" ref={toggleButton} class="collapse" aria-expanded="true" aria-controls="qf-panel" onClick={toggle} title="Collapse the guide">
          <span aria-hidden="true">⟩</span>
          <span class="sr-only">Collapse</span>
        </button>
      </header>
      {live}
      {capture && <CaptureList {...capture} />}
      {findings && (
        <section class="checks" aria-label="Checks on this request">
          <h3>Checks</h3>
          <FindingsList groups={findings} docs={docs} onJump={onJump} />
          {suggestion && (
            <div class="suggestion">
              <p>A structure for the emergency description, with placeholders for what it does not yet state:</p>
              <pre>{suggestion.text}</pre>
              <button type="button" class="insert" data-action="insert-suggested-structure" onClick={onInsertSuggestion}>
                Insert suggested structure into the description
              </button>
            </div>
          )}
          {page === 'emergency' && (
            <p class="reminder">An emergency disclosure must be followed by proper legal process for anything beyond the emergency.</p>
          )}
        </section>
      )}
      {routes && <RoutesPanel {...routes} />}
      <h3>Provider facts</h3>
      <ul class="facts">
        {facts.map((view) => (
          <FactCard key={view.key} view={view} providerName={providerName} />
        ))}
      </ul>
      {fields.length > 0 && (
        <details class="fields">
          <summary>Fields recognized ({fields.length})</summary>
          <ul>
            {fields.map((field, i) => (
              <li key={i} data-field-role={field.role}>
                <span class="role">{field.role}</span> {field.label}
              </li>
            ))}
          </ul>
        </details>
      )}
      {teach && <TeachSlot {...teach} />}
      <p class="footnote">Guidance only. QuickFreeze never fills in or sends the portal's form.</p>
    </section>
  );
}

import type { FactView } from '../providers/page-facts';
import type { PageKind } from '../providers/schema';
import type { FieldRole } from '../recognition/field-roles';
import { FactCard } from './FactCard';

export const PAGE_TITLES: Record<PageKind, string> = {
  login: 'Sign-in page',
  preservation: 'Preservation request',
  emergency: 'Emergency disclosure request',
  'legal-process': 'Legal process',
  confirmation: 'Confirmation',
  other: 'Portal page',
};

export interface GuideField {
  label: string;
  role: FieldRole;
}

export interface GuideProps {
  providerName: string;
  page: PageKind;
  facts: FactView[];
  fields: GuideField[];
  collapsed: boolean;
  onToggle: () => void;
}

/** The in-page guide: provider facts for this kind of page, with sources. Presentational only. */
export function Guide({ providerName, page, facts, fields, collapsed, onToggle }: GuideProps) {
  if (collapsed) {
    return (
      <button type="button" class="tab" aria-expanded="false" aria-controls="qf-panel" onClick={onToggle} title="Open QuickFreeze guide">
        QuickFreeze
      </button>
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
        <button type="button" class="collapse" aria-expanded="true" aria-controls="qf-panel" onClick={onToggle} title="Collapse the guide">
          <span aria-hidden="true">⟩</span>
          <span class="sr-only">Collapse</span>
        </button>
      </header>
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
      <p class="footnote">Guidance only. QuickFreeze never fills in or sends the portal's form.</p>
    </section>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { PAGE_KINDS, PAGE_TITLES, type PageKind } from '../../providers/page-kinds';
import { FIELD_ROLES, type FieldRole } from '../../recognition/field-roles';
import { ROLE_NAMES } from './role-names';

export interface TeachField {
  key: string;
  label: string;
  role: FieldRole | null;
  taught: boolean;
}

export interface TaughtItem {
  id: string;
  text: string;
}

export interface TeachPanelProps {
  open: boolean;
  onToggle: () => void;
  page: PageKind;
  taughtPageKind: PageKind | null;
  onTeachPageKind: (kind: PageKind | null) => void;
  fields: TeachField[];
  selectedKey: string | null;
  onSelect: (key: string) => void;
  picking: boolean;
  onPick: () => void;
  onCancelPick: () => void;
  onTeachField: (key: string, role: FieldRole, not: boolean) => void;
  items: TaughtItem[];
  onUndo: (id: string) => void;
  onReset: () => void;
  onCopyShapeReport: () => void;
  /** The report, shown for copying by hand when the clipboard refused it. */
  shapeReportText: string | null;
  status: string | null;
}

/** "is:case-number" / "not:case-number": one choice in the role list. */
const ROLE_CHOICES = [...FIELD_ROLES.map((r) => `is:${r}`), ...FIELD_ROLES.map((r) => `not:${r}`)];
const choiceText = (choice: string) => {
  const [mode, role] = choice.split(':') as ['is' | 'not', FieldRole];
  return `${mode === 'is' ? 'is the' : 'is not the'} ${ROLE_NAMES[role]}`;
};
const fieldText = (f: TeachField) => `${f.label || '(no label)'} — ${f.role ? ROLE_NAMES[f.role] : 'no role'}${f.taught ? ' (taught by you)' : ''}`;

/** "Fix recognition": set the page kind and the roles of fields, see and undo what was taught. Presentational. */
export function TeachPanel(props: TeachPanelProps) {
  const [kindChoice, setKindChoice] = useState<string>(props.taughtPageKind ?? props.page);
  // The list shows what the page is now, also after the page (or what is taught about it) changed.
  useEffect(() => setKindChoice(props.taughtPageKind ?? props.page), [props.taughtPageKind, props.page]);
  const [roleChoice, setRoleChoice] = useState<string>(ROLE_CHOICES[0]!);
  const selected = props.fields.find((f) => f.key === props.selectedKey) ?? null;
  if (!props.open) {
    return (
      <section class="teach" aria-label="Fix recognition">
        <button type="button" data-action="teach-open" aria-expanded="false" onClick={props.onToggle}>
          Fix recognition…
        </button>
      </section>
    );
  }
  const teachField = () => {
    if (!selected) return;
    const [mode, role] = roleChoice.split(':') as ['is' | 'not', FieldRole];
    props.onTeachField(selected.key, role, mode === 'not');
  };
  return (
    <section class="teach" aria-label="Fix recognition">
      <div class="row">
        <h3>Fix recognition</h3>
        <button type="button" data-action="teach-open" aria-expanded="true" onClick={props.onToggle}>
          Close
        </button>
      </div>
      <label for="qf-teach-kind">This page is</label>
      <select id="qf-teach-kind" data-teach="page-kind" value={kindChoice} onChange={(e) => setKindChoice((e.currentTarget as HTMLSelectElement).value)}>
        {PAGE_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {PAGE_TITLES[kind]}
          </option>
        ))}
      </select>
      <div class="row">
        <button type="button" data-action="teach-page-kind" onClick={() => props.onTeachPageKind(kindChoice as PageKind)}>
          Set page kind
        </button>
      </div>

      <label for="qf-teach-field">Field</label>
      <select id="qf-teach-field" data-teach="field" value={props.selectedKey ?? ''} onChange={(e) => props.onSelect((e.currentTarget as HTMLSelectElement).value)}>
        <option value="" disabled>
          Choose a field…
        </option>
        {props.fields.map((f) => (
          <option key={f.key} value={f.key}>
            {fieldText(f)}
          </option>
        ))}
      </select>
      <div class="row">
        {props.picking ? (
          <button type="button" data-action="cancel-pick" aria-pressed="true" onClick={props.onCancelPick}>
            Stop picking (Esc)
          </button>
        ) : (
          <button type="button" data-action="pick-field" onClick={props.onPick}>
            Pick a field in the page
          </button>
        )}
      </div>
      {props.picking && <p class="teach-status">Click a field of the page; Escape cancels.</p>}
      <label for="qf-teach-role">This field</label>
      <select id="qf-teach-role" data-teach="role" value={roleChoice} onChange={(e) => setRoleChoice((e.currentTarget as HTMLSelectElement).value)}>
        {ROLE_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {choiceText(choice)}
          </option>
        ))}
      </select>
      <div class="row">
        <button type="button" data-action="teach-field" disabled={!selected} onClick={teachField}>
          Teach
        </button>
      </div>

      {props.items.length > 0 && (
        <>
          <h4>Taught by you on this page</h4>
          <ul class="taught-items">
            {props.items.map((item) => (
              <li key={item.id} data-taught-item={item.id}>
                <span>
                  {item.text} <span class="taught-by-you">taught by you</span>
                </span>
                <button type="button" data-action="undo-taught" aria-label={`Undo: ${item.text}`} onClick={() => props.onUndo(item.id)}>
                  Undo
                </button>
              </li>
            ))}
          </ul>
          <div class="row">
            <button type="button" data-action="reset-taught" onClick={props.onReset}>
              Reset this page
            </button>
          </div>
        </>
      )}
      <div class="row">
        <button type="button" data-action="copy-shape-report" onClick={props.onCopyShapeReport}>
          Copy a shape report of this page
        </button>
      </div>
      {props.shapeReportText !== null && (
        <textarea class="shape-report" readOnly aria-label="Shape report of this page" data-shape-report value={props.shapeReportText} />
      )}
      {props.status && (
        <p class="teach-status" role="status">
          {props.status}
        </p>
      )}
    </section>
  );
}

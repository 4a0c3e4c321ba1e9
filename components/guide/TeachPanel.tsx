import { useEffect, useState } from 'preact/hooks';
import { PAGE_KINDS, type PageKind } from '../../providers/page-kinds';
import { FIELD_ROLES, type FieldRole } from '../../recognition/field-roles';
import { pageTitleKey, roleNameKey, type GuideText } from './guide-text';

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
  /** The guide's language: teach.js draws with its own Preact, outside the guide's context. */
  text: GuideText;
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
const choiceText = (choice: string, { t }: GuideText) => {
  const [mode, role] = choice.split(':') as ['is' | 'not', FieldRole];
  return t(mode === 'is' ? 'guide.teach.isThe' : 'guide.teach.isNotThe', { role: t(roleNameKey(role)) });
};
const fieldText = (f: TeachField, { t }: GuideText) => {
  const params = { label: f.label || t('guide.teach.noLabel'), role: f.role ? t(roleNameKey(f.role)) : t('guide.teach.noRole') };
  return t(f.taught ? 'guide.teach.fieldTaught' : 'guide.teach.fieldWithRole', params);
};

/** "Fix recognition": set the page kind and the roles of fields, see and undo what was taught. Presentational. */
export function TeachPanel(props: TeachPanelProps) {
  const { t } = props.text;
  const [kindChoice, setKindChoice] = useState<string>(props.taughtPageKind ?? props.page);
  // The list shows what the page is now, also after the page (or what is taught about it) changed.
  useEffect(() => setKindChoice(props.taughtPageKind ?? props.page), [props.taughtPageKind, props.page]);
  const [roleChoice, setRoleChoice] = useState<string>(ROLE_CHOICES[0]!);
  const selected = props.fields.find((f) => f.key === props.selectedKey) ?? null;
  if (!props.open) {
    return (
      <section class="teach" aria-label={t('guide.teach.label')}>
        <button type="button" data-action="teach-open" aria-expanded="false" onClick={props.onToggle}>
          {t('guide.teach.open')}
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
    <section class="teach" aria-label={t('guide.teach.label')}>
      <div class="row">
        <h3>{t('guide.teach.label')}</h3>
        <button type="button" data-action="teach-open" aria-expanded="true" onClick={props.onToggle}>
          {t('guide.teach.close')}
        </button>
      </div>
      <label for="qf-teach-kind">{t('guide.teach.pageIs')}</label>
      <select id="qf-teach-kind" data-teach="page-kind" value={kindChoice} onChange={(e) => setKindChoice((e.currentTarget as HTMLSelectElement).value)}>
        {PAGE_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(pageTitleKey(kind))}
          </option>
        ))}
      </select>
      <div class="row">
        <button type="button" data-action="teach-page-kind" onClick={() => props.onTeachPageKind(kindChoice as PageKind)}>
          {t('guide.teach.setPageKind')}
        </button>
      </div>

      <label for="qf-teach-field">{t('guide.teach.field')}</label>
      <select id="qf-teach-field" data-teach="field" value={props.selectedKey ?? ''} onChange={(e) => props.onSelect((e.currentTarget as HTMLSelectElement).value)}>
        <option value="" disabled>
          {t('guide.teach.chooseField')}
        </option>
        {props.fields.map((f) => (
          <option key={f.key} value={f.key}>
            {fieldText(f, props.text)}
          </option>
        ))}
      </select>
      <div class="row">
        {props.picking ? (
          <button type="button" data-action="cancel-pick" aria-pressed="true" onClick={props.onCancelPick}>
            {t('guide.teach.stopPicking')}
          </button>
        ) : (
          <button type="button" data-action="pick-field" onClick={props.onPick}>
            {t('guide.teach.pick')}
          </button>
        )}
      </div>
      {props.picking && <p class="teach-status">{t('guide.teach.picking')}</p>}
      <label for="qf-teach-role">{t('guide.teach.thisField')}</label>
      <select id="qf-teach-role" data-teach="role" value={roleChoice} onChange={(e) => setRoleChoice((e.currentTarget as HTMLSelectElement).value)}>
        {ROLE_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {choiceText(choice, props.text)}
          </option>
        ))}
      </select>
      <div class="row">
        <button type="button" data-action="teach-field" disabled={!selected} onClick={teachField}>
          {t('guide.teach.teach')}
        </button>
      </div>

      {props.items.length > 0 && (
        <>
          <h4>{t('guide.teach.taughtHere')}</h4>
          <ul class="taught-items">
            {props.items.map((item) => (
              <li key={item.id} data-taught-item={item.id}>
                <span>
                  {item.text} <span class="taught-by-you">{t('guide.teach.taughtByYou')}</span>
                </span>
                <button type="button" data-action="undo-taught" aria-label={t('guide.teach.undoItem', { item: item.text })} onClick={() => props.onUndo(item.id)}>
                  {t('guide.teach.undo')}
                </button>
              </li>
            ))}
          </ul>
          <div class="row">
            <button type="button" data-action="reset-taught" onClick={props.onReset}>
              {t('guide.teach.reset')}
            </button>
          </div>
        </>
      )}
      <div class="row">
        <button type="button" data-action="copy-shape-report" onClick={props.onCopyShapeReport}>
          {t('guide.teach.copyReport')}
        </button>
      </div>
      {props.shapeReportText !== null && (
        <textarea class="shape-report" readOnly aria-label={t('guide.teach.reportLabel')} data-shape-report value={props.shapeReportText} />
      )}
      {props.status && (
        <p class="teach-status" role="status">
          {props.status}
        </p>
      )}
    </section>
  );
}

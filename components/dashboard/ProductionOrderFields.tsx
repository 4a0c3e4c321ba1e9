import { useState } from 'preact/hooks';
import { useT } from '../../i18n/use-i18n';
import {
  answerDueAt,
  formatInZone,
  instantOfWallTime,
  PRODUCTION_ORDERS,
  productionSchema,
  validationDueAt,
  wallTimeIn,
  type ProductionOrder,
  type ProductionOrderType,
} from '../../register/production';

/** A production order as its form fields hold it: times as wall-clock text in the order's time zone. */
export interface ProductionDraft {
  order: ProductionOrderType;
  issuedAt: string;
  emergency: boolean;
  nonJudicial: boolean;
  dueAt: string;
}

export const newProductionDraft = (nowWall: string): ProductionDraft => ({ order: 'eu-epoc', issuedAt: nowWall, emergency: false, nonJudicial: false, dueAt: '' });

export function draftOf(order: ProductionOrder): ProductionDraft {
  return {
    order: order.order,
    issuedAt: wallTimeIn(new Date(order.issuedAt), order.timeZone),
    emergency: order.emergency,
    nonJudicial: order.issuedBy === 'non-judicial',
    dueAt: order.dueAt ? wallTimeIn(new Date(order.dueAt), order.timeZone) : '',
  };
}

/**
 * The draft, and the order it makes in `timeZone` (null while a time is missing or invalid). `kept`: what the form
 * does not edit (the answer and validation days an edited order already has).
 */
export function useProductionDraft(initial: ProductionDraft, timeZone: string, kept: Pick<ProductionOrder, 'answeredOn' | 'validatedOn'> = { answeredOn: null, validatedOn: null }) {
  const [draft, setDraft] = useState(initial);
  const issued = instantOfWallTime(draft.issuedAt, timeZone);
  const due = draft.dueAt ? instantOfWallTime(draft.dueAt, timeZone) : null;
  const parsed = issued
    ? productionSchema.safeParse({
        order: draft.order,
        issuedAt: issued.toISOString(),
        emergency: draft.emergency,
        issuedBy: draft.nonJudicial ? 'non-judicial' : 'judicial',
        timeZone,
        dueAt: draft.order === 'other' && due ? due.toISOString() : null,
        ...kept,
      })
    : null;
  const production = parsed?.success ? parsed.data : null;
  /** Why the draft makes no order yet, as a message key; null when it makes one. */
  const problem = !production || !issued ? ('dashboard.production.issuedMissing' as const) : draft.dueAt && !due ? ('dashboard.production.dueInvalid' as const) : null;
  return { draft, set: (patch: Partial<ProductionDraft>) => setDraft((now) => ({ ...now, ...patch })), issued, production, problem };
}

export interface ProductionOrderFieldsProps {
  draft: ProductionDraft;
  set: (patch: Partial<ProductionDraft>) => void;
  production: ProductionOrder | null;
  timeZone: string;
  /** Prefix of the fields' ids: two forms on one page keep distinct ids. */
  idPrefix: string;
}

/** The order's kind, issue time, emergency and issuer, its own deadline for another request, and the deadlines it makes. */
export function ProductionOrderFields({ draft, set, production, timeZone, idPrefix }: ProductionOrderFieldsProps) {
  const t = useT();
  const id = (field: string) => `${idPrefix}-${field}`;
  const validation = production && validationDueAt(production);
  return (
    <>
      <div class="field">
        <label for={id('order')}>{t('dashboard.production.order')}</label>
        <select id={id('order')} name="order" value={draft.order} onChange={(e) => set({ order: e.currentTarget.value as ProductionOrderType })}>
          {PRODUCTION_ORDERS.map((o) => (
            <option key={o} value={o}>
              {t(`dashboard.order.${o}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={id('issued')}>{t('dashboard.production.issued', { timeZone })}</label>
        <input id={id('issued')} name="issuedAt" type="datetime-local" value={draft.issuedAt} required onInput={(e) => set({ issuedAt: e.currentTarget.value })} />
      </div>
      <div class="field">
        <label>
          <input type="checkbox" name="emergency" checked={draft.emergency} onChange={(e) => set({ emergency: e.currentTarget.checked })} /> {t('dashboard.production.emergency')}
        </label>
        <label>
          <input type="checkbox" name="nonJudicial" checked={draft.nonJudicial} onChange={(e) => set({ nonJudicial: e.currentTarget.checked })} />{' '}
          {t('dashboard.production.nonJudicial')}
        </label>
      </div>
      {draft.order === 'other' && (
        <div class="field">
          <label for={id('due')}>{t('dashboard.production.due', { timeZone })}</label>
          <input id={id('due')} name="dueAt" type="datetime-local" value={draft.dueAt} onInput={(e) => set({ dueAt: e.currentTarget.value })} />
        </div>
      )}
      {production && (
        <p class="muted" data-preview="deadline">
          {validation
            ? t('dashboard.production.previewValidation', { due: formatInZone(answerDueAt(production), timeZone), validation: formatInZone(validation, timeZone) })
            : t('dashboard.production.preview', { due: formatInZone(answerDueAt(production), timeZone) })}
        </p>
      )}
    </>
  );
}

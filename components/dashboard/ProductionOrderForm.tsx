import { useState } from 'preact/hooks';
import { dayIn } from '../../legal/dates';
import { splitLines, type RecordDraft } from '../../register/drafts';
import { useT } from '../../i18n/use-i18n';
import { answerDueAt, formatInZone, instantOfWallTime, PRODUCTION_ORDERS, productionSchema, validationDueAt, type ProductionOrderType } from '../../register/production';
import type { SaveResult } from '../../register/service';
import { describeResults } from './NewRecordForm';
import { FormFooter } from './FormFooter';
import { ProviderOptions } from './ProviderOptions';
import { useAsyncAction } from './useAsyncAction';

export interface ProductionOrderFormProps {
  providers: ReadonlyArray<{ id: string; name: string }>;
  defaultCaseNumber: string;
  /** The investigator's time zone (the browser's): a datetime field is read, and deadlines shown, in it. */
  timeZone: string;
  /** The current moment as `YYYY-MM-DDTHH:MM` in that zone, the issue time's default. */
  nowWall: string;
  onSave: (drafts: RecordDraft[]) => Promise<SaveResult[]>;
}

/** A production order (an EPOC or another production request): its provider, reference, issue time and deadlines. */
export function ProductionOrderForm({ providers, defaultCaseNumber, timeZone, nowWall, onSave }: ProductionOrderFormProps) {
  const t = useT();
  const [providerId, setProviderId] = useState('');
  const [reference, setReference] = useState('');
  const [caseNumber, setCaseNumber] = useState(defaultCaseNumber);
  const [accounts, setAccounts] = useState('');
  const [order, setOrder] = useState<ProductionOrderType>('eu-epoc');
  const [issuedAt, setIssuedAt] = useState(nowWall);
  const [emergency, setEmergency] = useState(false);
  const [nonJudicial, setNonJudicial] = useState(false);
  const [dueAt, setDueAt] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { run, busy, error, setError } = useAsyncAction(async (drafts: RecordDraft[]) => {
    setDone(describeResults(t, await onSave(drafts)));
    setReference('');
    setAccounts('');
  });

  const issued = instantOfWallTime(issuedAt, timeZone);
  const due = dueAt ? instantOfWallTime(dueAt, timeZone) : null;
  const parsed = issued
    ? productionSchema.safeParse({
        order,
        issuedAt: issued.toISOString(),
        emergency,
        issuedBy: nonJudicial ? 'non-judicial' : 'judicial',
        timeZone,
        dueAt: order === 'other' && due ? due.toISOString() : null,
        validatedOn: null,
        answeredOn: null,
      })
    : null;
  const production = parsed?.success ? parsed.data : null;
  const validation = production && validationDueAt(production);

  const submit = (event: Event) => {
    event.preventDefault();
    setDone(null);
    if (!providerId) return setError(t('dashboard.form.chooseProvider'));
    if (!reference.trim()) return setError(t('dashboard.production.referenceMissing'));
    if (!production || !issued) return setError(t('dashboard.production.issuedMissing'));
    if (dueAt && !due) return setError(t('dashboard.production.dueInvalid'));
    void run([
      { providerId, reference: reference.trim(), caseNumber: caseNumber.trim(), accountIdentifiers: splitLines(accounts), preservedOn: dayIn(issued, timeZone), production },
    ]);
  };
  const id = (field: string) => `production-${field}`;

  return (
    <form class="record-form new-record" onSubmit={submit} aria-label={t('dashboard.production.label')} data-form="production-order">
      <div class="field">
        <label for={id('provider')}>{t('dashboard.record.provider')}</label>
        <select id={id('provider')} name="provider" value={providerId} required onChange={(e) => setProviderId(e.currentTarget.value)}>
          <option value="">{t('dashboard.form.chooseProviderOption')}</option>
          <ProviderOptions providers={providers} />
        </select>
      </div>
      <div class="field">
        <label for={id('order')}>{t('dashboard.production.order')}</label>
        <select id={id('order')} name="order" value={order} onChange={(e) => setOrder(e.currentTarget.value as ProductionOrderType)}>
          {PRODUCTION_ORDERS.map((o) => (
            <option key={o} value={o}>
              {t(`dashboard.order.${o}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={id('reference')}>{t('dashboard.production.reference')}</label>
        <input id={id('reference')} name="reference" value={reference} required maxLength={120} onInput={(e) => setReference(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for={id('case')}>{t('dashboard.record.caseNumber')}</label>
        <input id={id('case')} name="caseNumber" value={caseNumber} maxLength={120} onInput={(e) => setCaseNumber(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for={id('accounts')}>{t('dashboard.form.accountsPerLine')}</label>
        <textarea id={id('accounts')} name="accountIdentifiers" rows={2} value={accounts} onInput={(e) => setAccounts(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for={id('issued')}>{t('dashboard.production.issued', { timeZone })}</label>
        <input id={id('issued')} name="issuedAt" type="datetime-local" value={issuedAt} required onInput={(e) => setIssuedAt(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label>
          <input type="checkbox" name="emergency" checked={emergency} onChange={(e) => setEmergency(e.currentTarget.checked)} /> {t('dashboard.production.emergency')}
        </label>
        <label>
          <input type="checkbox" name="nonJudicial" checked={nonJudicial} onChange={(e) => setNonJudicial(e.currentTarget.checked)} />{' '}
          {t('dashboard.production.nonJudicial')}
        </label>
      </div>
      {order === 'other' && (
        <div class="field">
          <label for={id('due')}>{t('dashboard.production.due', { timeZone })}</label>
          <input id={id('due')} name="dueAt" type="datetime-local" value={dueAt} onInput={(e) => setDueAt(e.currentTarget.value)} />
        </div>
      )}
      {production && (
        <p class="muted" data-preview="deadline">
          {validation
            ? t('dashboard.production.previewValidation', { due: formatInZone(answerDueAt(production), timeZone), validation: formatInZone(validation, timeZone) })
            : t('dashboard.production.preview', { due: formatInZone(answerDueAt(production), timeZone) })}
        </p>
      )}
      <FormFooter error={error} done={done} busy={busy}>
        {t('dashboard.production.save')}
      </FormFooter>
    </form>
  );
}

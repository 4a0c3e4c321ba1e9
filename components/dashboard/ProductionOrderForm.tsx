import { useState } from 'preact/hooks';
import { dayIn } from '../../legal/dates';
import { splitLines, type RecordDraft } from '../../register/drafts';
import { answerDueAt, formatInZone, instantOfWallTime, ORDER_TEXT, PRODUCTION_ORDERS, productionSchema, validationDueAt, type ProductionOrderType } from '../../register/production';
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
    setDone(describeResults(await onSave(drafts)));
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
    if (!providerId) return setError('Choose the provider.');
    if (!reference.trim()) return setError('Give the order’s reference.');
    if (!production || !issued) return setError('Give the day and time the order was issued.');
    if (dueAt && !due) return setError('Give the deadline as a day and a time.');
    void run([
      { providerId, reference: reference.trim(), caseNumber: caseNumber.trim(), accountIdentifiers: splitLines(accounts), preservedOn: dayIn(issued, timeZone), production },
    ]);
  };
  const id = (field: string) => `production-${field}`;

  return (
    <form class="record-form new-record" onSubmit={submit} aria-label="New production order" data-form="production-order">
      <div class="field">
        <label for={id('provider')}>Provider</label>
        <select id={id('provider')} name="provider" value={providerId} required onChange={(e) => setProviderId(e.currentTarget.value)}>
          <option value="">Choose a provider…</option>
          <ProviderOptions providers={providers} />
        </select>
      </div>
      <div class="field">
        <label for={id('order')}>Order</label>
        <select id={id('order')} name="order" value={order} onChange={(e) => setOrder(e.currentTarget.value as ProductionOrderType)}>
          {PRODUCTION_ORDERS.map((o) => (
            <option key={o} value={o}>
              {ORDER_TEXT[o]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={id('reference')}>Reference of the order</label>
        <input id={id('reference')} name="reference" value={reference} required maxLength={120} onInput={(e) => setReference(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for={id('case')}>Case number</label>
        <input id={id('case')} name="caseNumber" value={caseNumber} maxLength={120} onInput={(e) => setCaseNumber(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for={id('accounts')}>Account identifiers, one per line</label>
        <textarea id={id('accounts')} name="accountIdentifiers" rows={2} value={accounts} onInput={(e) => setAccounts(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for={id('issued')}>Issued and sent at ({timeZone})</label>
        <input id={id('issued')} name="issuedAt" type="datetime-local" value={issuedAt} required onInput={(e) => setIssuedAt(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label>
          <input type="checkbox" name="emergency" checked={emergency} onChange={(e) => setEmergency(e.currentTarget.checked)} /> Emergency (answer within 8 hours)
        </label>
        <label>
          <input type="checkbox" name="nonJudicial" checked={nonJudicial} onChange={(e) => setNonJudicial(e.currentTarget.checked)} /> Issued by a non-judicial authority
          (needs validation by a judge or prosecutor)
        </label>
      </div>
      {order === 'other' && (
        <div class="field">
          <label for={id('due')}>Deadline the order states ({timeZone}; empty: 10 days, or 8 hours in an emergency)</label>
          <input id={id('due')} name="dueAt" type="datetime-local" value={dueAt} onInput={(e) => setDueAt(e.currentTarget.value)} />
        </div>
      )}
      {production && (
        <p class="muted" data-preview="deadline">
          Answer due {formatInZone(answerDueAt(production), timeZone)}
          {validation ? `; validation due ${formatInZone(validation, timeZone)}` : ''}.
        </p>
      )}
      <FormFooter error={error} done={done} busy={busy}>
        Save production order
      </FormFooter>
    </form>
  );
}

import { useState } from 'preact/hooks';
import { dayIn } from '../../legal/dates';
import { splitLines, type RecordDraft } from '../../register/drafts';
import { useT } from '../../i18n/use-i18n';
import type { SaveResult } from '../../register/service';
import { describeResults } from './NewRecordForm';
import { FormFooter } from './FormFooter';
import { newProductionDraft, ProductionOrderFields, useProductionDraft } from './ProductionOrderFields';
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
  const { draft, set, issued, production, problem } = useProductionDraft(newProductionDraft(nowWall), timeZone);
  const [done, setDone] = useState<string | null>(null);
  const { run, busy, error, setError } = useAsyncAction(async (drafts: RecordDraft[]) => {
    setDone(describeResults(t, await onSave(drafts)));
    setReference('');
    setAccounts('');
  });

  const submit = (event: Event) => {
    event.preventDefault();
    setDone(null);
    if (!providerId) return setError(t('dashboard.form.chooseProvider'));
    if (!reference.trim()) return setError(t('dashboard.production.referenceMissing'));
    if (problem || !production || !issued) return setError(t(problem ?? 'dashboard.production.issuedMissing'));
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
      <ProductionOrderFields draft={draft} set={set} production={production} timeZone={timeZone} idPrefix="production" />
      <FormFooter error={error} done={done} busy={busy}>
        {t('dashboard.production.save')}
      </FormFooter>
    </form>
  );
}

import { useState } from 'preact/hooks';
import type { T } from '../../i18n/catalogues';
import { useT } from '../../i18n/use-i18n';
import { BASES, DEFAULT_BASIS, isBasis, type Basis } from '../../register/basis';
import { isIsoDate, splitLines, type RecordDraft } from '../../register/drafts';
import type { SaveResult } from '../../register/service';
import { FieldChoices } from './FieldChoices';
import { FormFooter } from './FormFooter';
import { ProviderOptions } from './ProviderOptions';
import { useAsyncAction } from './useAsyncAction';

export interface NewRecordValues {
  providerId: string | null;
  references: string[];
  caseNumber: string;
  accountIdentifiers: string[];
  preservedOn: string | null;
  basis?: Basis;
}

/** Where a prefilled value came from (a quote of the e-mail) and what the investigator should know about it. */
export interface FieldNote {
  quote?: string;
  note?: string;
  /** Shown as an alert: a date refused, an ambiguous reading. */
  warning?: string;
}
export type FieldNotes = Partial<Record<'provider' | 'reference' | 'accountIdentifiers' | 'preservedOn' | 'basis', FieldNote>>;

export interface NewRecordFormProps {
  /** Prefixes the form's control ids and names the form's origin (`data-origin`). */
  name: string;
  /** The form's accessible name. */
  label: string;
  providers: ReadonlyArray<{ id: string; name: string }>;
  initial: NewRecordValues;
  onSave: (drafts: RecordDraft[]) => Promise<SaveResult[]>;
  /** Clear references and identifiers after a save (manual entry), or keep them (e-mail proposal). */
  resetAfterSave?: boolean;
  notes?: FieldNotes;
  /** Numbers the e-mail holds but the reader did not recognise as the reference: one click puts one in the field. */
  referenceChoices?: readonly string[];
  /** Days the e-mail states, with their words, where the form's date is not one it states: one click sets the date. */
  dateChoices?: ReadonlyArray<{ day: string; quote: string }>;
  /** Identifiers the e-mail names that the form does not hold: one click adds one. */
  accountChoices?: readonly string[];
}

export function describeResults(t: T, results: SaveResult[]): string {
  const created = results.filter((r) => r.created).map((r) => r.reference);
  const present = results.filter((r) => !r.created).map((r) => r.reference);
  const parts: string[] = [];
  if (created.length) parts.push(t('dashboard.form.saved', { references: created.join(', ') }));
  if (present.length) parts.push(t('dashboard.form.present', { references: present.join(', ') }));
  return parts.join(' ');
}

function Note({ note, field }: { note: FieldNote | undefined; field: string }) {
  const t = useT();
  if (!note) return null;
  return (
    <div class="field-source" data-source-of={field}>
      {note.quote && (
        <q class="evidence" title={t('dashboard.form.quoteTitle')}>
          {note.quote}
        </q>
      )}
      {note.note && <span class="source-note"> {note.note}</span>}
      {note.warning && (
        <span role="alert" class="warning">
          {' '}
          {note.warning}
        </span>
      )}
    </div>
  );
}

/** Provider, reference(s) (one record per reference), case number, account identifiers, preservation date, basis. */
export function NewRecordForm({ name, label, providers, initial, onSave, resetAfterSave = false, notes = {}, referenceChoices = [], dateChoices = [], accountChoices = [] }: NewRecordFormProps) {
  const t = useT();
  const [providerId, setProviderId] = useState(initial.providerId ?? '');
  const [references, setReferences] = useState(initial.references.join('\n'));
  const [caseNumber, setCaseNumber] = useState(initial.caseNumber);
  const [accounts, setAccounts] = useState(initial.accountIdentifiers.join('\n'));
  const [preservedOn, setPreservedOn] = useState(initial.preservedOn ?? '');
  const [basis, setBasis] = useState<Basis>(initial.basis ?? DEFAULT_BASIS);
  const [done, setDone] = useState<string | null>(null);
  const { run, busy, error, setError } = useAsyncAction(async (drafts: RecordDraft[]) => {
    setDone(describeResults(t, await onSave(drafts)));
    if (resetAfterSave) {
      setReferences('');
      setAccounts('');
    }
  });
  const id = (field: string) => `${name}-${field}`;

  const submit = (event: Event) => {
    event.preventDefault();
    setDone(null);
    const refs = splitLines(references);
    if (!providerId) return setError(t('dashboard.form.chooseProvider'));
    if (refs.length === 0) return setError(t('dashboard.form.referenceMissing'));
    if (preservedOn && !isIsoDate(preservedOn)) return setError(t('dashboard.form.preservedOnInvalid'));
    const accountIdentifiers = splitLines(accounts);
    const drafts: RecordDraft[] = refs.map((reference) => ({
      providerId,
      reference,
      caseNumber: caseNumber.trim(),
      accountIdentifiers,
      preservedOn: preservedOn || null,
      basis,
    }));
    void run(drafts);
  };

  return (
    <form class="record-form new-record" onSubmit={submit} aria-label={label} data-form="new-record" data-origin={name}>
      <div class="field">
        <label for={id('provider')}>{t('dashboard.record.provider')}</label>
        <select id={id('provider')} name="provider" value={providerId} required onChange={(e) => setProviderId(e.currentTarget.value)}>
          <option value="">{t('dashboard.form.chooseProviderOption')}</option>
          <ProviderOptions providers={providers} />
        </select>
        <Note note={notes.provider} field="provider" />
      </div>
      <div class="field">
        <label for={id('references')}>{t('dashboard.form.references')}</label>
        <textarea id={id('references')} name="reference" rows={2} value={references} required onInput={(e) => setReferences(e.currentTarget.value)} />
        <Note note={notes.reference} field="reference" />
        <FieldChoices
          id={id('reference-choices')}
          intro={t('dashboard.paste.referenceChoices')}
          action="use-reference"
          choices={referenceChoices.map((value) => ({ value, label: t('dashboard.paste.useReference', { reference: value }) }))}
          onPick={setReferences}
        />
      </div>
      <div class="field">
        <label for={id('case')}>{t('dashboard.record.caseNumber')}</label>
        <input id={id('case')} name="caseNumber" value={caseNumber} maxLength={120} onInput={(e) => setCaseNumber(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for={id('accounts')}>{t('dashboard.form.accountsPerLine')}</label>
        <textarea id={id('accounts')} name="accountIdentifiers" rows={3} value={accounts} onInput={(e) => setAccounts(e.currentTarget.value)} />
        <Note note={notes.accountIdentifiers} field="accountIdentifiers" />
        <FieldChoices
          id={id('account-choices')}
          intro={t('dashboard.paste.accountChoices')}
          action="add-account"
          choices={accountChoices.map((value) => ({ value, label: t('dashboard.paste.addAccount', { account: value }), disabled: splitLines(accounts).some((line) => line.toLowerCase() === value.toLowerCase()) }))}
          onPick={(value) => setAccounts((current) => [...splitLines(current), value].join('\n'))}
        />
      </div>
      <div class="field">
        <label for={id('preserved')}>{t('dashboard.form.preservedOn')}</label>
        <input
          id={id('preserved')}
          name="preservedOn"
          type="date"
          value={preservedOn}
          aria-describedby={preservedOn ? undefined : id('undated')}
          onInput={(e) => setPreservedOn(e.currentTarget.value)}
        />
        {/* Saved empty, the record takes the day of saving: later than the preservation, so its reminders come late. */}
        {!preservedOn && (
          <p id={id('undated')} class="field-hint" data-hint="undated">
            {t('dashboard.form.undated')}
          </p>
        )}
        <Note note={notes.preservedOn} field="preservedOn" />
        <FieldChoices
          id={id('date-choices')}
          intro={t('dashboard.paste.dateChoices')}
          action="use-date"
          choices={dateChoices.map((choice) => ({ value: choice.day, content: choice.quote === choice.day ? choice.day : <>{choice.day} <q class="evidence">{choice.quote}</q></> }))}
          onPick={setPreservedOn}
        />
      </div>
      <div class="field">
        <label for={id('basis')}>{t('dashboard.form.basis')}</label>
        <select id={id('basis')} name="basis" value={basis} onChange={(e) => isBasis(e.currentTarget.value) && setBasis(e.currentTarget.value)}>
          {BASES.map((b) => (
            <option key={b} value={b}>
              {t(`dashboard.basis.${b}`)}
            </option>
          ))}
        </select>
        <Note note={notes.basis} field="basis" />
      </div>
      <FormFooter error={error} done={done} busy={busy}>
        {t('dashboard.form.saveToRegister')}
      </FormFooter>
    </form>
  );
}

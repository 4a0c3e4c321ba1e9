import { useState } from 'preact/hooks';
import { isIsoDate } from '../../register/drafts';
import { extensionWarning, keptForProduction } from '../../register/expiry';
import { aroundSlot } from '../../i18n/translate';
import { useT } from '../../i18n/use-i18n';
import { answerDueAt, formatInZone, validationDueAt } from '../../register/production';
import type { PreservationRecord } from '../../register/schema';
import { useRegister } from './context';
import { errorText } from './error-text';
import { messageParts } from './message-parts';

/** A record's clocks as the list shows them: expiry, "kept", or a production order's deadlines. */
export function ExpiryFacts({ record, expiry }: { record: PreservationRecord; expiry: string }) {
  const t = useT();
  const order = record.production;
  if (order) {
    const due = answerDueAt(order);
    const validation = validationDueAt(order);
    const [issuedBefore, issuedAfter] = aroundSlot(t, 'dashboard.clock.issued', 'time');
    return (
      <>
        <dt>{t('dashboard.clock.order')}</dt>
        <dd>
          {t(`dashboard.order.${order.order}`)}
          {order.emergency ? ` ${t('dashboard.clock.emergency')}` : ''}
          {issuedBefore}
          <time dateTime={order.issuedAt}>{formatInZone(new Date(order.issuedAt), order.timeZone)}</time>
          {issuedAfter}
        </dd>
        <dt>{t('dashboard.clock.answerDue')}</dt>
        <dd data-deadline={due.toISOString()}>
          <time dateTime={due.toISOString()}>{formatInZone(due, order.timeZone)}</time>
          {order.answeredOn && ` ${t('dashboard.clock.answeredOn', { day: order.answeredOn })}`}
        </dd>
        {validation && (
          <>
            <dt>{t('dashboard.clock.validationDue')}</dt>
            <dd data-validation-deadline={validation.toISOString()}>
              <time dateTime={validation.toISOString()}>{formatInZone(validation, order.timeZone)}</time>
              {order.validatedOn && ` ${t('dashboard.clock.validatedOn', { day: order.validatedOn })}`}
            </dd>
          </>
        )}
      </>
    );
  }
  return (
    <>
      <dt>{t('dashboard.clock.expires')}</dt>
      {keptForProduction(record) ? (
        <dd data-kept="">
          {messageParts(t, 'dashboard.clock.kept', ['confirmedOn', 'expiry'] as const).map((part, i) => {
            if (typeof part === 'string') return part;
            const day = part.slot === 'expiry' ? expiry : record.productionConfirmedOn!;
            return (
              <time key={i} dateTime={day}>
                {day}
              </time>
            );
          })}
        </dd>
      ) : (
        <dd>
          <time dateTime={expiry}>{expiry}</time>
        </dd>
      )}
    </>
  );
}

/** A warning the record's basis gives (a second 2703(f) or EPOC-PR extension): kept, but flagged. */
export function ClockWarnings({ record }: { record: PreservationRecord }) {
  const t = useT();
  if (extensionWarning(record) !== 'second-extension') return null;
  return (
    <p class="warning" data-warning="second-extension">
      {t(record.basis === 'us-2703f' ? 'dashboard.clock.secondExtension2703f' : 'dashboard.clock.secondExtensionEpocPr')}
    </p>
  );
}

/** The actions a record's clocks offer: confirm a production order (EPOC-PR), mark an order answered or validated. */
export function ClockActions({ record, today, onError }: { record: PreservationRecord; today: string; onError: (message: string) => void }) {
  const register = useRegister();
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const [day, setDay] = useState(today);
  const save = (next: PreservationRecord) => register.update(next).catch((e: unknown) => onError(errorText(t, e)));
  const order = record.production;
  if (order) {
    return (
      <>
        {order.answeredOn ? (
          <button type="button" data-action="unanswer" onClick={() => void save({ ...record, production: { ...order, answeredOn: null } })}>
            {t('dashboard.clock.unanswer')}
          </button>
        ) : (
          <button type="button" data-action="mark-answered" onClick={() => void save({ ...record, production: { ...order, answeredOn: today } })}>
            {t('dashboard.clock.markAnswered')}
          </button>
        )}
        {validationDueAt(order) && !order.validatedOn && (
          <button type="button" data-action="mark-validated" onClick={() => void save({ ...record, production: { ...order, validatedOn: today } })}>
            {t('dashboard.clock.markValidated')}
          </button>
        )}
      </>
    );
  }
  if (record.basis !== 'eu-epoc-pr' || record.supersededOn) return null;
  if (record.productionConfirmedOn) {
    return (
      <button type="button" data-action="unconfirm-production" onClick={() => void save({ ...record, productionConfirmedOn: null })}>
        {t('dashboard.clock.unconfirm')}
      </button>
    );
  }
  if (!confirming) {
    return (
      <button type="button" data-action="confirm-production" onClick={() => setConfirming(true)}>
        {t('dashboard.clock.confirm')}
      </button>
    );
  }
  const submit = (event: Event) => {
    event.preventDefault();
    if (!isIsoDate(day)) return onError(t('dashboard.clock.confirmDayMissing'));
    void save({ ...record, productionConfirmedOn: day }).then(() => setConfirming(false));
  };
  return (
    <form class="record-form inline" data-form="confirm-production" onSubmit={submit} aria-label={t('dashboard.clock.confirmLabel', { reference: record.reference })}>
      <label>
        {t('dashboard.clock.confirmedOn')} <input type="date" name="productionConfirmedOn" value={day} required onInput={(e) => setDay(e.currentTarget.value)} />
      </label>
      <button type="submit">{t('dashboard.save')}</button>
      <button type="button" onClick={() => setConfirming(false)}>
        {t('dashboard.cancel')}
      </button>
    </form>
  );
}

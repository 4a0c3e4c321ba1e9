import { useState } from 'preact/hooks';
import { isIsoDate } from '../../register/drafts';
import { extensionWarning, keptForProduction } from '../../register/expiry';
import { answerDueAt, formatInZone, ORDER_TEXT, validationDueAt } from '../../register/production';
import type { PreservationRecord } from '../../register/schema';
import { useRegister } from './context';

/** A record's clocks as the list shows them: expiry, "kept", or a production order's deadlines. */
export function ExpiryFacts({ record, expiry }: { record: PreservationRecord; expiry: string }) {
  const order = record.production;
  if (order) {
    const due = answerDueAt(order);
    const validation = validationDueAt(order);
    return (
      <>
        <dt>Production order</dt>
        <dd>
          {ORDER_TEXT[order.order]}
          {order.emergency ? ' (emergency)' : ''}, issued <time dateTime={order.issuedAt}>{formatInZone(new Date(order.issuedAt), order.timeZone)}</time>
        </dd>
        <dt>Answer due</dt>
        <dd data-deadline={due.toISOString()}>
          <time dateTime={due.toISOString()}>{formatInZone(due, order.timeZone)}</time>
          {order.answeredOn && ` — answered on ${order.answeredOn}`}
        </dd>
        {validation && (
          <>
            <dt>Validation due (48 hours after issue)</dt>
            <dd data-validation-deadline={validation.toISOString()}>
              <time dateTime={validation.toISOString()}>{formatInZone(validation, order.timeZone)}</time>
              {order.validatedOn && ` — validated on ${order.validatedOn}`}
            </dd>
          </>
        )}
      </>
    );
  }
  return (
    <>
      <dt>Expires</dt>
      {keptForProduction(record) ? (
        <dd data-kept="">
          kept until the production order is answered (production order confirmed on <time dateTime={record.productionConfirmedOn!}>{record.productionConfirmedOn}</time>; the
          preservation period alone would end <time dateTime={expiry}>{expiry}</time>)
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
  if (extensionWarning(record) !== 'second-extension') return null;
  return (
    <p class="warning" data-warning="second-extension">
      A second extension is recorded: the law allows one ({record.basis === 'us-2703f' ? '18 U.S.C. 2703(f): 90 days plus one 90-day extension' : 'EPOC-PR: 60 days plus one 30-day extension'}).
      The provider may still honour it; it adds no days here.
    </p>
  );
}

/** The actions a record's clocks offer: confirm a production order (EPOC-PR), mark an order answered or validated. */
export function ClockActions({ record, today, onError }: { record: PreservationRecord; today: string; onError: (message: string) => void }) {
  const register = useRegister();
  const [confirming, setConfirming] = useState(false);
  const [day, setDay] = useState(today);
  const save = (next: PreservationRecord) => register.update(next).catch((e: unknown) => onError(e instanceof Error ? e.message : String(e)));
  const order = record.production;
  if (order) {
    return (
      <>
        {order.answeredOn ? (
          <button type="button" data-action="unanswer" onClick={() => void save({ ...record, production: { ...order, answeredOn: null } })}>
            Undo "answered"
          </button>
        ) : (
          <button type="button" data-action="mark-answered" onClick={() => void save({ ...record, production: { ...order, answeredOn: today } })}>
            Mark answered
          </button>
        )}
        {validationDueAt(order) && !order.validatedOn && (
          <button type="button" data-action="mark-validated" onClick={() => void save({ ...record, production: { ...order, validatedOn: today } })}>
            Mark validated
          </button>
        )}
      </>
    );
  }
  if (record.basis !== 'eu-epoc-pr' || record.supersededOn) return null;
  if (record.productionConfirmedOn) {
    return (
      <button type="button" data-action="unconfirm-production" onClick={() => void save({ ...record, productionConfirmedOn: null })}>
        Undo "production order confirmed"
      </button>
    );
  }
  if (!confirming) {
    return (
      <button type="button" data-action="confirm-production" onClick={() => setConfirming(true)}>
        Production order confirmed…
      </button>
    );
  }
  const submit = (event: Event) => {
    event.preventDefault();
    if (!isIsoDate(day)) return onError('Give the day the production order was confirmed.');
    void save({ ...record, productionConfirmedOn: day }).then(() => setConfirming(false));
  };
  return (
    <form class="record-form inline" data-form="confirm-production" onSubmit={submit} aria-label={`Production order confirmed for ${record.reference}`}>
      <label>
        Production order confirmed on <input type="date" name="productionConfirmedOn" value={day} required onInput={(e) => setDay(e.currentTarget.value)} />
      </label>
      <button type="submit">Save</button>
      <button type="button" onClick={() => setConfirming(false)}>
        Cancel
      </button>
    </form>
  );
}

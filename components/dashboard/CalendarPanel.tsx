import { useState } from 'preact/hooks';
import { useRegister } from './context';
import { useAsyncAction } from './useAsyncAction';

export interface CalendarPanelProps {
  /** The case chosen in the filters (null: all records; '' the records without a case number). */
  caseNumber: string | null;
  caseLabel: string | null;
}

/** Export the register's clocks as an .ics file for the investigator's own calendar: the chosen case, or all. */
export function CalendarPanel({ caseNumber, caseLabel }: CalendarPanelProps) {
  const register = useRegister();
  const [withIdentifiers, setWithIdentifiers] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const { run, busy, error } = useAsyncAction(async () => {
    const events = await register.exportCalendar(caseNumber, withIdentifiers);
    setDone(`Calendar file saved with ${events} event${events === 1 ? '' : 's'}.`);
  });
  return (
    <div class="calendar-export">
      <p class="muted">
        Expiry days (all-day events) and production order deadlines (timed events), with reminders, for{' '}
        {caseLabel ?? 'every record in the register'}. Import the file into the calendar you already use.
      </p>
      <label>
        <input type="checkbox" name="calendarIdentifiers" checked={withIdentifiers} onChange={(e) => setWithIdentifiers(e.currentTarget.checked)} /> Include
        account identifiers in the event descriptions (your calendar may sync them to a server)
      </label>
      <div class="actions">
        <button type="button" data-action="export-calendar" disabled={busy} onClick={() => void run()}>
          Export calendar (.ics)
        </button>
      </div>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <p role="status">{done}</p>
    </div>
  );
}

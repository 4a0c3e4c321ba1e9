import { useState } from 'preact/hooks';
import { useT } from '../../i18n/use-i18n';
import { useRegister } from './context';
import { useAsyncAction } from './useAsyncAction';
import { ErrorAlert } from '../ErrorAlert';

export interface CalendarPanelProps {
  /** The case chosen in the filters (null: all records; '' the records without a case number). */
  caseNumber: string | null;
  caseLabel: string | null;
}

/** Export the register's clocks as an .ics file for the investigator's own calendar: the chosen case, or all. */
export function CalendarPanel({ caseNumber, caseLabel }: CalendarPanelProps) {
  const register = useRegister();
  const t = useT();
  const [withIdentifiers, setWithIdentifiers] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const { run, busy, error } = useAsyncAction(async () => {
    const events = await register.exportCalendar(caseNumber, withIdentifiers);
    setDone(t('dashboard.calendar.saved', { count: events }));
  });
  return (
    <div class="calendar-export">
      <p class="muted">
        {caseLabel ? t('dashboard.calendar.introCase', { caseLabel }) : t('dashboard.calendar.introAll')}
      </p>
      <label>
        <input type="checkbox" name="calendarIdentifiers" checked={withIdentifiers} onChange={(e) => setWithIdentifiers(e.currentTarget.checked)} />{' '}
        {t('dashboard.calendar.identifiers')}
      </label>
      <div class="actions">
        <button type="button" data-action="export-calendar" disabled={busy} onClick={() => void run()}>
          {t('dashboard.calendar.export')}
        </button>
      </div>
      <ErrorAlert message={error} />
      <p role="status">{done}</p>
    </div>
  );
}

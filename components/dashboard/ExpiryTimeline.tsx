import { useEffect, useState } from 'preact/hooks';
import { STATUS_TEXT, type FilterCriteria } from '../../register/filter';
import { monthTicks, positionIn, TIMELINE_LIMIT, timelineSpan, type TimelineBar, type TimelineSpan } from '../../register/timeline';
import { useRegister } from './context';
import { STATUS_LOOK } from './status-look';

const WIDTH = 960;
const LABEL_WIDTH = 230;
const END_WIDTH = 200;
const AXIS_HEIGHT = 46;
const ROW_HEIGHT = 30;
const BAR_HEIGHT = 14;
const CHART_WIDTH = WIDTH - LABEL_WIDTH - END_WIDTH;

const xOf = (span: TimelineSpan, day: string) => LABEL_WIDTH + positionIn(span, day) * CHART_WIDTH;
const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const daysText = (days: number) => (days === 0 ? 'today' : `${days} day${days === 1 ? '' : 's'}`);

/** The bars as SVG: hidden from screen readers, which get the same data as the table beside it. */
function TimelineChart({ bars, today, providerName }: { bars: TimelineBar[]; today: string; providerName: (id: string) => string }) {
  const span = timelineSpan(bars, today);
  const height = AXIS_HEIGHT + bars.length * ROW_HEIGHT + 8;
  const todayX = xOf(span, today);
  return (
    <svg class="timeline-chart" viewBox={`0 0 ${WIDTH} ${height}`} aria-hidden="true" focusable="false" data-timeline-chart="">
      {monthTicks(span).map((day) => (
        <g key={day} class="tick">
          <line x1={xOf(span, day)} x2={xOf(span, day)} y1={AXIS_HEIGHT - 8} y2={height} />
          <text x={xOf(span, day) + 3} y={AXIS_HEIGHT - 14}>
            {day.slice(0, 7)}
          </text>
        </g>
      ))}
      {bars.map((bar, i) => {
        const y = AXIS_HEIGHT + i * ROW_HEIGHT;
        const mid = y + ROW_HEIGHT / 2;
        const look = STATUS_LOOK[bar.status];
        const x1 = xOf(span, bar.start);
        const x2 = xOf(span, bar.end);
        return (
          <g key={bar.id} class={`timeline-row tone-${look.tone}`} data-timeline-bar={bar.reference}>
            <text class="row-label" x={0} y={mid + 5}>
              {shorten(`${providerName(bar.providerId)} ${bar.reference}`, 34)}
            </text>
            <rect class="bar" x={x1} y={mid - BAR_HEIGHT / 2} width={Math.max(2, x2 - x1)} height={BAR_HEIGHT} rx={3} />
            {bar.firstEnd && <line class="first-end" x1={xOf(span, bar.firstEnd)} x2={xOf(span, bar.firstEnd)} y1={mid - BAR_HEIGHT / 2 - 3} y2={mid + BAR_HEIGHT / 2 + 3} />}
            {bar.extensions.map((day, k) => (
              <text key={k} class="extension-mark" x={xOf(span, day)} y={mid + 5} text-anchor="middle">
                ◆
              </text>
            ))}
            <text class="row-end" x={WIDTH - END_WIDTH + 10} y={mid + 5}>
              {look.icon} {daysText(bar.daysLeft)} · {bar.end}
            </text>
          </g>
        );
      })}
      <line class="today" x1={todayX} x2={todayX} y1={AXIS_HEIGHT - 30} y2={height} />
      <text class="today-label" x={todayX + 4} y={12}>
        today {today}
      </text>
    </svg>
  );
}

/** The same data as a table: for screen readers always, and for everyone who asks for it. */
function TimelineTable({ bars, providerName, visible }: { bars: TimelineBar[]; providerName: (id: string) => string; visible: boolean }) {
  return (
    <div id="timeline-table" class={visible ? 'timeline-table' : 'timeline-table visually-hidden'}>
      <table class="data" data-timeline-table="">
        <caption class="visually-hidden">Next deadlines, soonest first</caption>
        <thead>
          <tr>
            <th scope="col">Provider and reference</th>
            <th scope="col">Case</th>
            <th scope="col">Preserved on</th>
            <th scope="col">Extensions requested</th>
            <th scope="col">Expires</th>
            <th scope="col">Left</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => {
            const look = STATUS_LOOK[bar.status];
            return (
              <tr key={bar.id} data-deadline={bar.reference}>
                <th scope="row">
                  {providerName(bar.providerId)} <span class="ref">{bar.reference}</span>
                </th>
                <td>{bar.caseNumber || 'none'}</td>
                <td>
                  <time dateTime={bar.start}>{bar.start}</time>
                </td>
                <td>{bar.extensions.length ? bar.extensions.join(', ') : 'none'}</td>
                <td>
                  <time dateTime={bar.end}>{bar.end}</time>
                </td>
                <td>{daysText(bar.daysLeft)}</td>
                <td>
                  <span class={`badge tone-${look.tone}`}>
                    <span aria-hidden="true">{look.icon}</span> {STATUS_TEXT[bar.status]}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The expiry timeline: the next deadlines of the records that match the filters, each a bar from preservation to
 * expiry (extensions marked), today marked. Bounded to TIMELINE_LIMIT bars, read along the expiry index.
 */
export function ExpiryTimeline({ criteria, revision }: { criteria: FilterCriteria; revision: number }) {
  const register = useRegister();
  const today = register.today();
  const [bars, setBars] = useState<TimelineBar[] | null>(null);
  const [tableShown, setTableShown] = useState(false);
  useEffect(() => {
    let live = true;
    register.nextDeadlines(criteria, TIMELINE_LIMIT).then(
      (next) => live && setBars(next),
      () => live && setBars([]),
    );
    return () => {
      live = false;
    };
  }, [criteria, revision]);
  if (!bars) return <p class="muted">Reading the next deadlines…</p>;
  if (bars.length === 0) return <p class="muted" data-timeline-empty="">No preservation among these records has a deadline ahead.</p>;
  return (
    <div class="timeline card" data-timeline="">
      <div class="timeline-head">
        <p class="muted">
          The next {bars.length === 1 ? 'deadline' : `${bars.length} deadlines`} from today, soonest first: each bar runs from the preservation date to
          the expiry; <span aria-hidden="true">◆</span> marks an extension request, a short line the expiry before it.
        </p>
        <button type="button" data-action="toggle-timeline-table" aria-expanded={tableShown} aria-controls="timeline-table" onClick={() => setTableShown(!tableShown)}>
          {tableShown ? 'Hide the table' : 'Show as a table'}
        </button>
      </div>
      <div class="timeline-scroll">
        <TimelineChart bars={bars} today={today} providerName={register.providerName} />
      </div>
      <TimelineTable bars={bars} providerName={register.providerName} visible={tableShown} />
    </div>
  );
}

import { useEffect, useState } from 'preact/hooks';
import type { T } from '../../i18n/catalogues';
import type { Locale } from '../../i18n/types';
import { usePageLanguage } from '../../i18n/use-i18n';
import type { FilterCriteria } from '../../register/filter';
import { monthTicks, positionIn, TIMELINE_LIMIT, timelineSpan, type TimelineBar, type TimelineSpan } from '../../register/timeline';
import { useRegister } from './context';
import { dayText } from './day-text';
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
const daysText = (t: T, days: number) => (days === 0 ? t('dashboard.timeline.today') : t('dashboard.timeline.days', { count: days }));

/** The bars as SVG: hidden from screen readers, which get the same data as the table beside it. */
function TimelineChart({ bars, today, providerName, t, locale }: { bars: TimelineBar[]; today: string; providerName: (id: string) => string; t: T; locale: Locale }) {
  const span = timelineSpan(bars, today);
  const height = AXIS_HEIGHT + bars.length * ROW_HEIGHT + 8;
  const todayX = xOf(span, today);
  return (
    <svg class="timeline-chart" viewBox={`0 0 ${WIDTH} ${height}`} aria-hidden="true" focusable="false" data-timeline-chart="">
      {monthTicks(span).map((day) => (
        <g key={day} class="tick">
          <line x1={xOf(span, day)} x2={xOf(span, day)} y1={AXIS_HEIGHT - 8} y2={height} />
          <text x={xOf(span, day) + 3} y={AXIS_HEIGHT - 14}>
            {dayText(day, locale, { month: 'short', year: 'numeric' })}
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
              {look.icon} {daysText(t, bar.daysLeft)} · {bar.end}
            </text>
          </g>
        );
      })}
      <line class="today" x1={todayX} x2={todayX} y1={AXIS_HEIGHT - 30} y2={height} />
      <text class="today-label" x={todayX + 4} y={12}>
        {t('dashboard.timeline.todayLabel', { today })}
      </text>
    </svg>
  );
}

/** The same data as a table: for screen readers always, and for everyone who asks for it. */
function TimelineTable({ bars, providerName, visible, t }: { bars: TimelineBar[]; providerName: (id: string) => string; visible: boolean; t: T }) {
  return (
    <div id="timeline-table" class={visible ? 'timeline-table' : 'timeline-table visually-hidden'}>
      <table class="data" data-timeline-table="">
        <caption class="visually-hidden">{t('dashboard.timeline.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.timeline.col.providerReference')}</th>
            <th scope="col">{t('dashboard.timeline.col.case')}</th>
            <th scope="col">{t('dashboard.timeline.col.preservedOn')}</th>
            <th scope="col">{t('dashboard.timeline.col.extensions')}</th>
            <th scope="col">{t('dashboard.timeline.col.expires')}</th>
            <th scope="col">{t('dashboard.timeline.col.left')}</th>
            <th scope="col">{t('dashboard.timeline.col.status')}</th>
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
                <td>{bar.caseNumber || t('dashboard.none')}</td>
                <td>
                  <time dateTime={bar.start}>{bar.start}</time>
                </td>
                <td>{bar.extensions.length ? bar.extensions.join(', ') : t('dashboard.none')}</td>
                <td>
                  <time dateTime={bar.end}>{bar.end}</time>
                </td>
                <td>{daysText(t, bar.daysLeft)}</td>
                <td>
                  <span class={`badge tone-${look.tone}`}>
                    <span aria-hidden="true">{look.icon}</span> {t(`dashboard.status.${bar.status}`)}
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
export function ExpiryTimeline({ criteria, revision, start }: { criteria: FilterCriteria; revision: number; start: boolean }) {
  const register = useRegister();
  const { t, locale } = usePageLanguage();
  const today = register.today();
  const [bars, setBars] = useState<TimelineBar[] | null>(null);
  const [tableShown, setTableShown] = useState(false);
  useEffect(() => {
    if (!start) return; // after the record list's first page, like the counts (CountsHeader)
    let live = true;
    register.nextDeadlines(criteria, TIMELINE_LIMIT).then(
      (next) => live && setBars(next),
      () => live && setBars([]),
    );
    return () => {
      live = false;
    };
  }, [criteria, revision, start]);
  if (!bars) return <p class="muted">{t('dashboard.timeline.reading')}</p>;
  if (bars.length === 0) return <p class="muted" data-timeline-empty="">
        {t('dashboard.timeline.empty')}
      </p>;
  return (
    <div class="timeline card" data-timeline="">
      <div class="timeline-head">
        <p class="muted">
          {t('dashboard.timeline.explainBars', { count: bars.length })} <span aria-hidden="true">◆</span> {t('dashboard.timeline.explainMarks')}
        </p>
        <button type="button" data-action="toggle-timeline-table" aria-expanded={tableShown} aria-controls="timeline-table" onClick={() => setTableShown(!tableShown)}>
          {tableShown ? t('dashboard.timeline.hideTable') : t('dashboard.timeline.showTable')}
        </button>
      </div>
      <div class="timeline-scroll">
        <TimelineChart bars={bars} today={today} providerName={register.providerName} t={t} locale={locale} />
      </div>
      <TimelineTable bars={bars} providerName={register.providerName} visible={tableShown} t={t} />
    </div>
  );
}

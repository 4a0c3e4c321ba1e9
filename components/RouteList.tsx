import type { MessageKey } from '../i18n/catalogue';
import type { RouteView } from '../messages/protocol';
import { showsEnglishLabel, useGuideText, type GuideText } from './guide/guide-text';
import { SourceList } from './SourceList';

type Verdict = RouteView['issuers'][number]['verdict'];
type Deadline = RouteView['deadlines'][number];
type T = GuideText['t'];

const verdictKey = (verdict: Verdict): MessageKey => `guide.route.verdict.${verdict}`;
const categoryKey = (category: RouteView['issuers'][number]['category']): MessageKey => `guide.route.category.${category}`;
const CONFIDENCE_KEYS = { official: 'guide.route.official', secondary: 'guide.route.secondary' } as const satisfies Record<string, MessageKey>;

/** One deadline: what it is for (the legal data's words, English), how long, and how often it may be extended. */
export function deadlineText({ what, days, hours, extension }: Deadline, t: T): string {
  const span = days !== null ? t('guide.route.days', { count: days }) : hours !== null ? t('guide.route.hours', { count: hours }) : t('guide.route.notFixed');
  if (!extension) return t('guide.route.deadline', { what, span });
  if (extension.max === 1) return t('guide.route.deadlineOnce', { what, span, count: extension.days });
  return t('guide.route.deadlineTimes', { what, span, max: extension.max, count: extension.days });
}

export function basisText(basis: RouteView['basis']): string {
  return basis.map(({ title, article }) => (article ? `${title}, ${article}` : title)).join('; ');
}

function statusText({ state, since, checked }: RouteView['status'], t: T): string {
  if (state === 'applies') return since ? t('guide.route.appliesSince', { since, checked }) : t('guide.route.applies', { checked });
  return since ? t('guide.route.inForceSince', { since, checked }) : t('guide.route.inForce', { checked });
}

/** What a route says beyond its title and basis: deadlines, addressee, status, then issuers, caveats and sources. */
function RouteBody({ route, text }: { route: RouteView; text: GuideText }) {
  const { t } = text;
  return (
    <>
      <p class="meta">
        <strong>{t('guide.route.deadlines')}</strong> {route.deadlines.length ? route.deadlines.map((d) => deadlineText(d, t)).join('; ') : t('guide.route.noDeadlines')}
      </p>
      {route.addressee && (
        <p class="meta">
          <strong>{t('guide.route.sendTo')}</strong> {route.addressee}
        </p>
      )}
      <p class="meta" data-route-status={route.status.state}>
        {statusText(route.status, t)}
      </p>
      <details class="why">
        <summary>{t('guide.route.details')}</summary>
        <ul class="issuers">
          {route.issuers.map((issuer) => (
            <li key={issuer.category} data-verdict={issuer.verdict}>
              {t(categoryKey(issuer.category))}: {issuer.who} ({t(verdictKey(issuer.verdict))})
            </li>
          ))}
        </ul>
        {route.caveats.map((caveat) => (
          <p key={caveat} class="caveat" lang="en">
            {caveat}
          </p>
        ))}
        <p class="meta">
          <span class={`confidence ${route.confidence}`}>{t(CONFIDENCE_KEYS[route.confidence])}</span>
        </p>
        <SourceList sources={route.sources} text={text} />
      </details>
    </>
  );
}

/** "in English" beside the legal data's own words when the page speaks another language. */
function InEnglish({ text }: { text: GuideText }) {
  return showsEnglishLabel(text.locale) ? <span class="tag in-english">{text.t('facts.inEnglish')}</span> : null;
}

function RouteItem({ route, text }: { route: RouteView; text: GuideText }) {
  return (
    <li class={`fact route fact-${route.confidence}`} data-route={route.id} data-confidence={route.confidence}>
      <h4>
        {route.title} <code class="tag">{route.id}</code> <InEnglish text={text} />
      </h4>
      <p lang="en">{route.summary}</p>
      <p class="meta">
        <strong>{text.t('guide.route.legalBasis')}</strong> {basisText(route.basis)}
      </p>
      <RouteBody route={route} text={text} />
    </li>
  );
}

/** One line per route (id and legal basis); the rest when the investigator opens it. */
function CompactRouteItem({ route, text }: { route: RouteView; text: GuideText }) {
  return (
    <li class="route" data-route={route.id} data-confidence={route.confidence}>
      <details>
        <summary>
          <code>{route.id}</code> — {basisText(route.basis)}
        </summary>
        <p>
          <strong>{route.title}.</strong> <span lang="en">{route.summary}</span> <InEnglish text={text} />
        </p>
        <RouteBody route={route} text={text} />
      </details>
    </li>
  );
}

/**
 * The legal routes (contract section 10), each with basis, deadlines and status date; details on demand. `text`:
 * the language; the guide's by default, the extension pages pass theirs (usePageLanguage()).
 */
export function RouteList({ routes, compact = false, text }: { routes: readonly RouteView[]; compact?: boolean; text?: GuideText }) {
  const guideText = useGuideText();
  const Item = compact ? CompactRouteItem : RouteItem;
  return (
    <ul class={compact ? 'route-list plain' : 'route-list'}>
      {routes.map((route) => (
        <Item key={route.id} route={route} text={text ?? guideText} />
      ))}
    </ul>
  );
}

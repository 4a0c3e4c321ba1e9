import type { RouteView } from '../messages/protocol';
import { SourceList } from './SourceList';

type Verdict = RouteView['issuers'][number]['verdict'];
type Deadline = RouteView['deadlines'][number];

const VERDICT_TEXT: Record<Verdict, string> = {
  'may-issue': 'you may issue it',
  'needs-validation': 'you may issue it, to be validated',
  'needs-other-authority': 'ask the authority named',
  'not-known': 'as your national law provides',
};

const CATEGORY_TEXT = { subscriber: 'Subscriber data', traffic: 'Traffic data', content: 'Content' } as const;

const CONFIDENCE_TEXT = {
  official: 'Official sources',
  secondary: 'Rests on a secondary source: verify before relying on it',
} as const;

export function deadlineText({ what, days, hours, extension }: Deadline): string {
  const span = days !== null ? `${days} day${days === 1 ? '' : 's'}` : hours !== null ? `${hours} hour${hours === 1 ? '' : 's'}` : 'not fixed';
  const times = extension && (extension.max === 1 ? 'once' : `up to ${extension.max} times`);
  return `${what}: ${span}${extension ? `, extendable ${times} by ${extension.days} days` : ''}`;
}

export function basisText(basis: RouteView['basis']): string {
  return basis.map(({ title, article }) => (article ? `${title}, ${article}` : title)).join('; ');
}

function statusText({ state, since, checked }: RouteView['status']): string {
  const what = state === 'applies' ? 'Applies' : 'In force';
  return `${what}${since ? ` since ${since}` : ''}; status checked ${checked}`;
}

/** What a route says beyond its title and basis: deadlines, addressee, status, then issuers, caveats and sources. */
function RouteBody({ route }: { route: RouteView }) {
  return (
    <>
      <p class="meta">
        <strong>Deadlines:</strong> {route.deadlines.length ? route.deadlines.map(deadlineText).join('; ') : 'none fixed by this route'}
      </p>
      {route.addressee && (
        <p class="meta">
          <strong>Send to:</strong> {route.addressee}
        </p>
      )}
      <p class="meta" data-route-status={route.status.state}>
        {statusText(route.status)}
      </p>
      <details class="why">
        <summary>Who issues it, caveats and sources</summary>
        <ul class="issuers">
          {route.issuers.map((issuer) => (
            <li key={issuer.category} data-verdict={issuer.verdict}>
              {CATEGORY_TEXT[issuer.category]}: {issuer.who} ({VERDICT_TEXT[issuer.verdict]})
            </li>
          ))}
        </ul>
        {route.caveats.map((caveat) => (
          <p key={caveat} class="caveat">
            {caveat}
          </p>
        ))}
        <p class="meta">
          <span class={`confidence ${route.confidence}`}>{CONFIDENCE_TEXT[route.confidence]}</span>
        </p>
        <SourceList sources={route.sources} />
      </details>
    </>
  );
}

function RouteItem({ route }: { route: RouteView }) {
  return (
    <li class={`fact route fact-${route.confidence}`} data-route={route.id} data-confidence={route.confidence}>
      <h4>
        {route.title} <code class="tag">{route.id}</code>
      </h4>
      <p>{route.summary}</p>
      <p class="meta">
        <strong>Legal basis:</strong> {basisText(route.basis)}
      </p>
      <RouteBody route={route} />
    </li>
  );
}

/** One line per route (id and legal basis); the rest when the investigator opens it. */
function CompactRouteItem({ route }: { route: RouteView }) {
  return (
    <li class="route" data-route={route.id} data-confidence={route.confidence}>
      <details>
        <summary>
          <code>{route.id}</code> — {basisText(route.basis)}
        </summary>
        <p>
          <strong>{route.title}.</strong> {route.summary}
        </p>
        <RouteBody route={route} />
      </details>
    </li>
  );
}

/** The legal routes (contract section 10), each with basis, deadlines and status date; details on demand. */
export function RouteList({ routes, compact = false }: { routes: readonly RouteView[]; compact?: boolean }) {
  const Item = compact ? CompactRouteItem : RouteItem;
  return (
    <ul class={compact ? 'route-list plain' : 'route-list'}>
      {routes.map((route) => (
        <Item key={route.id} route={route} />
      ))}
    </ul>
  );
}

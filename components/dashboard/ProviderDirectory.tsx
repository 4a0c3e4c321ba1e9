import { useState } from 'preact/hooks';
import { US_PRESERVATION_DEFAULT } from '../../providers/baselines';
import { legalLines, needsCheckAgain, portalPlaces, searchProviders, type LegalLine } from '../../providers/directory-view';
import { FACT_TITLES, type FactView } from '../../providers/page-facts';
import type { EuAddressee, FactKey, Provider } from '../../providers/schema';
import type { T } from '../../i18n/catalogues';
import type { MessageKey } from '../../i18n/catalogue';
import { usePageLanguage, useT } from '../../i18n/use-i18n';
import { FactCard } from '../FactCard';

type AnyFact = NonNullable<FactView['fact']>;
type Channel = NonNullable<Provider['channels']>[number];

const CHANNEL_KIND_TEXT: Record<Channel['value']['kind'], MessageKey> = {
  portal: 'dashboard.directory.portal',
  email: 'dashboard.directory.channel.email',
  'web-form': 'dashboard.directory.channel.webForm',
  postal: 'dashboard.directory.channel.postal',
};
const CONFIDENCE_TEXT = { official: 'dashboard.directory.official', secondary: 'dashboard.directory.secondary' } as const satisfies Record<string, MessageKey>;

/** Every fact of a provider, in FACT_TITLES order; the statutory default stands in for an unknown preservation period. */
export function allFacts(provider: Provider): FactView[] {
  return (Object.keys(FACT_TITLES) as FactKey[]).map((key) => {
    const own = (provider.facts[key] ?? null) as AnyFact | null;
    if (!own && key === 'preservation') return { key, title: FACT_TITLES[key], fact: US_PRESERVATION_DEFAULT, isDefault: true };
    return { key, title: FACT_TITLES[key], fact: own, isDefault: false };
  });
}

function Sources({ sources, today }: { sources: Channel['sources']; today: Date }) {
  const t = useT();
  return (
    <span class="sources-inline">
      {sources.map((s) => (
        <a key={s.url} href={s.url} target="_blank" rel="noopener noreferrer">
          {s.title}
        </a>
      ))}{' '}
      <span class="checked">{t('dashboard.directory.checked', { day: sources.map((s) => s.checked).sort().at(-1) ?? '' })}</span>
      {needsCheckAgain(sources, today) && <span class="tag check-again">{t('dashboard.directory.checkAgain')}</span>}
    </span>
  );
}

function HowToSend({ provider, today }: { provider: Provider; today: Date }) {
  const t = useT();
  const places = portalPlaces(provider);
  const { portal } = provider;
  return (
    <ul class="channels plain" data-channels>
      <li data-channel="portal" data-confidence={portal.confidence}>
        <strong>{provider.portalName ? t('dashboard.directory.portalNamed', { name: provider.portalName }) : t('dashboard.directory.portal')}</strong>{' '}
        {places.length === 0
          ? t('dashboard.directory.noneKnown')
          : places.map((p) => (
              <span key={p.address} class="portal-place" data-confirmed={String(p.confirmed)}>
                {p.address}
                {!p.confirmed && <span class="tag unconfirmed"> {t('dashboard.directory.unconfirmed')}</span>}{' '}
              </span>
            ))}{' '}
        <span class="muted">{portal.summary}</span> <span class={`confidence ${portal.confidence}`}>{t(CONFIDENCE_TEXT[portal.confidence])}</span>{' '}
        <Sources sources={portal.sources} today={today} />
      </li>
      {(provider.channels ?? []).map((c) => (
        <li key={`${c.value.kind}-${c.value.address}`} data-channel={c.value.kind} data-confidence={c.confidence}>
          <strong>{t(CHANNEL_KIND_TEXT[c.value.kind])}</strong> {c.value.address} <span class="muted">({c.value.purposes.join(', ')})</span>
          {c.value.hours && <span> — {c.value.hours}</span>} <span class="muted">{c.summary}</span>{' '}
          <span class={`confidence ${c.confidence}`}>{t(CONFIDENCE_TEXT[c.confidence])}</span> <Sources sources={c.sources} today={today} />
        </li>
      ))}
    </ul>
  );
}

const LEGAL_LABEL: Record<LegalLine['key'], MessageKey> = {
  headquarters: 'dashboard.directory.legal.headquarters',
  euAddressee: 'dashboard.directory.legal.euAddressee',
  answersDirectForeignRequests: 'dashboard.directory.legal.answersDirectForeignRequests',
};
const ROLE_TEXT: Record<EuAddressee['role'], MessageKey> = {
  'designated-establishment': 'dashboard.directory.legal.role.designated-establishment',
  'legal-representative': 'dashboard.directory.legal.role.legal-representative',
  'eu-entity': 'dashboard.directory.legal.role.eu-entity',
  'dsa-legal-representative': 'dashboard.directory.legal.role.dsa-legal-representative',
};

/** A legal line's value in the page's language; names and country codes stay as their sources give them. */
function LegalValue({ provider, line, t }: { provider: Provider; line: LegalLine; t: T }) {
  const legal = provider.legal;
  if (line.confidence === null) return <>{t('dashboard.directory.legal.notKnown')}</>;
  if (line.key === 'headquarters') return <>{legal?.headquarters?.value}</>;
  if (line.key === 'answersDirectForeignRequests') return <>{t(legal?.answersDirectForeignRequests?.value ? 'dashboard.directory.legal.yes' : 'dashboard.directory.legal.noUseMla')}</>;
  const eu = legal?.euAddressee?.value;
  if (!eu) return <>{t('dashboard.directory.legal.notKnown')}</>;
  return (
    <>
      {eu.name} ({eu.country}), {t(ROLE_TEXT[eu.role])}
    </>
  );
}

function LegalPosition({ provider, today }: { provider: Provider; today: Date }) {
  const t = useT();
  return (
    <ul class="legal plain" data-legal>
      {legalLines(provider).map((l) => (
        <li key={l.key} data-legal-fact={l.key} data-confidence={l.confidence ?? 'unknown'}>
          <strong>{t(LEGAL_LABEL[l.key])}</strong> <LegalValue provider={provider} line={l} t={t} />{' '}
          {l.confidence && <span class={`confidence ${l.confidence}`}>{t(CONFIDENCE_TEXT[l.confidence])}</span>} {l.sources.length > 0 && <Sources sources={l.sources} today={today} />}
        </li>
      ))}
    </ul>
  );
}

/** Each provider's channels and policy facts with their sources, dates checked and confidence; searchable. */
export function ProviderDirectory({ providers, today = new Date() }: { providers: readonly Provider[]; today?: Date }) {
  const t = useT();
  const language = usePageLanguage();
  const [query, setQuery] = useState('');
  const shown = searchProviders(providers, query);
  return (
    <div class="directory">
      <label>
        {t('dashboard.directory.find')}{' '}
        <input
          type="search"
          data-directory-search
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
          placeholder={t('dashboard.directory.findPlaceholder')}
        />
      </label>
      <p class="muted" data-directory-count>
        {t('dashboard.directory.count', { shown: shown.length, count: providers.length })}
      </p>
      {shown.map((provider) => (
        <section key={provider.id} class="provider" data-directory-provider={provider.id} aria-labelledby={`dir-${provider.id}`}>
          <h3 id={`dir-${provider.id}`}>
            {provider.name}
            {provider.portalName && <span class="muted"> {t('dashboard.directory.portalOf', { name: provider.portalName })}</span>}
          </h3>
          <p class="muted">{provider.products.join(', ')}</p>
          <HowToSend provider={provider} today={today} />
          <LegalPosition provider={provider} today={today} />
          <ul class="facts plain">
            {allFacts(provider).map((view) => (
              <FactCard key={view.key} text={language} view={view} providerName={provider.name} checkAgain={!!view.fact && !view.isDefault && needsCheckAgain(view.fact.sources, today)} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

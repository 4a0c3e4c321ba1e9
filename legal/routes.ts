import type { Confidence, EuAddressee, Provider, Source } from '../providers/schema';
import { BUDAPEST_KNOWN_PARTIES } from './budapest';
import { onOrAfter } from './dates';
import { E_EVIDENCE_STATES } from './eu-e-evidence';
import { instruments } from './instruments';
import { nationalIssuer, preservationOrderIssuer, productionOrderIssuer, usProcessIssuer } from './issuers';
import { DATA_CATEGORIES, type DataCategory, type Investigator, type Route } from './route-types';
import type { LegalFact } from './schema';
import { CLOUD_ACT_AGREEMENTS } from './us-cloud-act';

export type RouteProvider = Pick<Provider, 'id' | 'name' | 'legal'>;

const NON_CONTENT: DataCategory[] = ['subscriber', 'traffic'];
const ALL: DataCategory[] = [...DATA_CATEGORIES];
const eEvidence = instruments['eu-e-evidence'];
const budapest = instruments.budapest;

interface Sourced {
  confidence: Confidence;
  sources: Source[];
}

/** The provider facts the advisor reads, each null where not known. */
interface ProviderPosition {
  name: string;
  hq: string | null;
  euAddressee: EuAddressee | null;
  answersDirect: boolean | null;
  facts: { hq: Sourced | null; eu: Sourced | null; direct: Sourced | null };
}

function positionOf(provider: RouteProvider): ProviderPosition {
  const legal = provider.legal;
  return {
    name: provider.name,
    hq: legal?.headquarters?.value ?? null,
    euAddressee: legal?.euAddressee?.value ?? null,
    answersDirect: legal?.answersDirectForeignRequests?.value ?? null,
    facts: { hq: legal?.headquarters ?? null, eu: legal?.euAddressee ?? null, direct: legal?.answersDirectForeignRequests ?? null },
  };
}

function merge(facts: (Sourced | LegalFact | null)[]): Sourced {
  const known = facts.filter((f): f is Sourced => f !== null);
  const sources = new Map<string, Source>();
  for (const fact of known) for (const s of fact.sources) if (!sources.has(s.url)) sources.set(s.url, s);
  const official = known.length > 0 && known.every((f) => f.confidence === 'official');
  return { confidence: official ? 'official' : 'secondary', sources: [...sources.values()] };
}

const inList = (list: readonly string[], country: string | null): boolean => country !== null && list.includes(country);

/**
 * The legal routes from an investigator in `investigator.country` to `provider`'s data on `today` (`YYYY-MM-DD`,
 * the investigator's calendar day). Pure: the same inputs give the same routes. Routes that do not apply are left out;
 * a route that may apply but rests on a provider fact QuickFreeze does not know carries a caveat saying so.
 */
export function routesFor(investigator: Investigator, provider: RouteProvider, today: string): Route[] {
  const country = investigator.country.toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) return [];
  const p = positionOf(provider);
  const routes: (Route | null)[] = [
    domesticProcess(country, investigator, p),
    voluntaryDisclosure(country, p),
    mutualLegalAssistance(country, p),
    ...euOrders(country, investigator, p, today),
    cloudActAgreement(country, p, today),
    budapest247(country, p),
  ];
  return routes.filter((r): r is Route => r !== null);
}

/** The routes that reach one category of data. */
export function routesForCategory(routes: readonly Route[], category: DataCategory): Route[] {
  return routes.filter((r) => r.categories.includes(category));
}

/** The EU addressee that can receive an e-Evidence order (a DSA representative cannot). */
function eEvidenceAddressee(p: ProviderPosition): EuAddressee | null {
  return p.euAddressee && p.euAddressee.role !== 'dsa-legal-representative' ? p.euAddressee : null;
}

function domesticProcess(country: string, investigator: Investigator, p: ProviderPosition): Route | null {
  const euEntity = eEvidenceAddressee(p);
  const atHq = p.hq === country;
  if (!atHq && euEntity?.country !== country) return null;
  if (atHq && country === 'US') {
    const statute = instruments['us-2702-2703'];
    const preservation = instruments['us-2703f'];
    const { confidence, sources } = merge([statute.facts.compelledProcess, preservation.facts.preservationPeriod, p.facts.hq]);
    const period = preservation.facts.preservationPeriod.value;
    return {
      id: 'domestic-process',
      title: 'US legal process',
      summary: `${p.name} is a US provider: compel it with US process, and have the data preserved under 18 U.S.C. 2703(f) meanwhile.`,
      categories: ALL,
      basis: [
        { instrument: 'us-2702-2703', title: statute.shortTitle, article: statute.facts.compelledProcess.article },
        { instrument: 'us-2703f', title: preservation.shortTitle, article: preservation.facts.preservationPeriod.article },
      ],
      issuers: ALL.map((c) => usProcessIssuer(investigator.authority, c)),
      deadlines: [{ what: 'Preservation under 2703(f)', days: period.days, hours: null, extension: { days: period.extensionDays, max: period.maxExtensions } }],
      status: { state: 'in-force', since: null, checked: statute.status.asOf },
      addressee: null,
      caveats: [],
      confidence,
      sources,
    };
  }
  const via = atHq ? null : euEntity;
  const { confidence, sources } = merge([atHq ? p.facts.hq : p.facts.eu]);
  const caveats = via?.role === 'eu-entity' ? [`${via.name} is the EU company ${p.name} names for EU users; whether your law reaches it directly is for you to check.`] : [];
  return {
    id: 'domestic-process',
    title: 'Your own legal process',
    summary: `${via ? via.name : p.name} is in your country: your own criminal procedure law applies.`,
    categories: ALL,
    basis: [{ instrument: null, title: 'Your national criminal procedure law', article: null }],
    issuers: ALL.map((c) => nationalIssuer(c, 'as your national law provides')),
    deadlines: [],
    status: { state: 'in-force', since: null, checked: sources[0]?.checked ?? eEvidence.status.asOf },
    addressee: via ? via.name : null,
    caveats,
    confidence,
    sources,
  };
}

function voluntaryDisclosure(country: string, p: ProviderPosition): Route | null {
  if (p.hq !== 'US' || country === 'US' || p.answersDirect !== true) return null;
  const statute = instruments['us-2702-2703'];
  const { confidence, sources } = merge([statute.facts.foreignNonContent, p.facts.direct, p.facts.hq]);
  return {
    id: 'voluntary-disclosure',
    title: 'Direct request for non-content data',
    summary: `${p.name} answers requests from foreign authorities for subscriber and traffic data directly; US law allows it to. Content is not disclosed this way.`,
    categories: NON_CONTENT,
    basis: [{ instrument: 'us-2702-2703', title: statute.shortTitle, article: statute.facts.foreignNonContent.article }],
    issuers: NON_CONTENT.map((c) => nationalIssuer(c, 'the authority your law lets issue the local equivalent of a subpoena')),
    deadlines: [],
    status: { state: 'in-force', since: null, checked: statute.status.asOf },
    addressee: null,
    caveats: ['The provider decides whether to answer; it is not compelled.'],
    confidence,
    sources,
  };
}

function mutualLegalAssistance(country: string, p: ProviderPosition): Route | null {
  if (p.hq === country) return null;
  const mla = instruments.mla;
  const { confidence, sources } = merge([mla.status.fact, mla.facts.reaches, p.facts.hq]);
  const caveats = p.hq === null ? [`Where ${p.name} has its headquarters is not known to QuickFreeze: address the request to the state whose courts can compel it.`] : [];
  return {
    id: 'mla',
    title: 'Mutual legal assistance request',
    summary: `A request from your central authority to ${p.hq ?? 'the provider\'s country'}, under an MLA treaty or by letters rogatory; it reaches all data, content included.`,
    categories: ALL,
    basis: [{ instrument: 'mla', title: mla.shortTitle, article: null }],
    issuers: ALL.map((c) => nationalIssuer(c, 'your competent authority, sent through your central authority for MLA')),
    deadlines: [],
    status: { state: 'in-force', since: null, checked: mla.status.asOf },
    addressee: null,
    caveats,
    confidence,
    sources,
  };
}

/** European Production and Preservation Orders: from a bound state, on or after the day the Regulation applies. */
function euOrders(country: string, investigator: Investigator, p: ProviderPosition, today: string): Route[] {
  const appliesFrom = eEvidence.status.since;
  if (!inList(E_EVIDENCE_STATES, country) || !onOrAfter(today, appliesFrom)) return [];
  const addressee = eEvidenceAddressee(p);
  const hqInUnion = inList(E_EVIDENCE_STATES, p.hq);
  const target = addressee?.country ?? (hqInUnion ? p.hq : null);
  if (target === country) return [];
  const caveats: string[] = [];
  if (addressee?.role === 'eu-entity') caveats.push(`${p.name} names ${addressee.name} for EU users; that it is its designated establishment under Directive (EU) 2023/1544 is not confirmed.`);
  if (!addressee && !hqInUnion) caveats.push(`QuickFreeze does not know ${p.name}'s designated establishment or legal representative in the EU; the orders apply if it offers services in the EU.`);
  if (p.euAddressee?.role === 'dsa-legal-representative') caveats.push(`${p.euAddressee.name} is ${p.name}'s representative under the Digital Services Act, not necessarily its e-Evidence addressee.`);
  if (target !== null && !inList(E_EVIDENCE_STATES, target)) caveats.push('The known EU addressee is in a state not bound by the Regulation.');
  const addresseeName = addressee ? `${addressee.name} (${addressee.country})` : hqInUnion ? `${p.name} (${p.hq})` : null;
  const status = { state: 'applies' as const, since: appliesFrom, checked: eEvidence.status.asOf };
  const basis = (article: string | null) => [{ instrument: 'eu-e-evidence' as const, title: eEvidence.shortTitle, article }];
  const production = eEvidence.facts.productionDeadline.value;
  const validation = eEvidence.facts.emergencyValidation.value;
  const preservation = eEvidence.facts.preservationPeriod.value;
  const providerFacts = [addressee ? p.facts.eu : hqInUnion ? p.facts.hq : null];
  const order = merge([eEvidence.status.fact, eEvidence.facts.productionIssuers, eEvidence.facts.productionDeadline, eEvidence.facts.emergencyValidation, ...providerFacts]);
  const hold = merge([eEvidence.status.fact, eEvidence.facts.preservationIssuers, eEvidence.facts.preservationPeriod, ...providerFacts]);
  return [
    {
      id: 'eu-production-order',
      title: 'European Production Order (EPOC)',
      summary: 'An order sent straight to the provider\'s EU addressee; it must answer within 10 days, or 8 hours in an emergency.',
      categories: ALL,
      basis: basis('Arts. 4, 5, 10'),
      issuers: ALL.map((c) => productionOrderIssuer(investigator.authority, c)),
      deadlines: [
        { what: 'Answer', days: production.days, hours: null, extension: null },
        { what: 'Answer in an emergency', days: null, hours: production.emergencyHours, extension: null },
        { what: 'Validation of an emergency order issued without it', days: null, hours: validation.hours, extension: null },
      ],
      status,
      addressee: addresseeName,
      caveats,
      ...order,
    },
    {
      id: 'eu-preservation-order',
      title: 'European Preservation Order (EPOC-PR)',
      summary: 'An order to preserve the data for a later production request: 60 days, once extendable by 30, and kept until answered once a production request is confirmed.',
      categories: ALL,
      basis: basis('Arts. 4(3), 6, 11'),
      issuers: ALL.map((c) => preservationOrderIssuer(investigator.authority, c)),
      deadlines: [{ what: 'Preservation', days: preservation.days, hours: null, extension: { days: preservation.extensionDays, max: preservation.maxExtensions } }],
      status,
      addressee: addresseeName,
      caveats,
      ...hold,
    },
  ];
}

function cloudActAgreement(country: string, p: ProviderPosition, today: string): Route | null {
  if (p.hq !== 'US') return null;
  const since = (CLOUD_ACT_AGREEMENTS as Record<string, string>)[country];
  if (!since || !onOrAfter(today, since)) return null;
  const agreements = instruments['us-cloud-act'];
  const { confidence, sources } = merge([agreements.status.fact, p.facts.hq]);
  return {
    id: 'cloud-act-agreement',
    title: 'Order under the CLOUD Act agreement',
    summary: `Your country has an executive agreement with the United States in force since ${since}: an order under your own law, served directly on ${p.name}, content included.`,
    categories: ALL,
    basis: [{ instrument: 'us-cloud-act', title: agreements.shortTitle, article: null }],
    issuers: ALL.map((c) => nationalIssuer(c, 'the authority your country\'s law designates for orders under the agreement')),
    deadlines: [],
    status: { state: 'in-force', since, checked: agreements.status.asOf },
    addressee: null,
    caveats: ['The agreement\'s own limits (whose data it covers, which offences) are not encoded here: check them before issuing.'],
    confidence,
    sources,
  };
}

function budapest247(country: string, p: ProviderPosition): Route | null {
  if (p.hq === null || p.hq === country || !inList(BUDAPEST_KNOWN_PARTIES, country) || !inList(BUDAPEST_KNOWN_PARTIES, p.hq)) return null;
  const period = budapest.facts.preservationPeriod.value;
  const { confidence, sources } = merge([budapest.facts.network247, budapest.facts.preservationPeriod, budapest.countries.fact, p.facts.hq]);
  return {
    id: 'budapest-24-7',
    title: 'Expedited preservation through the 24/7 Network',
    summary: `Your 24/7 point of contact asks ${p.hq}'s to have the data preserved, before an MLA request follows.`,
    categories: ALL,
    basis: [
      { instrument: 'budapest', title: budapest.shortTitle, article: budapest.facts.preservationRequest.article },
      { instrument: 'budapest', title: budapest.shortTitle, article: budapest.facts.network247.article },
    ],
    issuers: ALL.map((c) => nationalIssuer(c, 'your country\'s 24/7 point of contact sends it (usually a police or prosecution cybercrime unit)')),
    deadlines: [{ what: 'Preservation, at least', days: period.minimumDays, hours: null, extension: null }],
    status: { state: 'in-force', since: budapest.status.since, checked: budapest.status.asOf },
    addressee: null,
    caveats: [],
    confidence,
    sources,
  };
}

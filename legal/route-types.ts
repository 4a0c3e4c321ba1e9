import type { Confidence, Source } from '../providers/schema';
import type { InstrumentId } from './schema';

/** Route ids of contract section 10. */
export const ROUTE_IDS = [
  'domestic-process',
  'voluntary-disclosure',
  'mla',
  'eu-production-order',
  'eu-preservation-order',
  'cloud-act-agreement',
  'budapest-24-7',
] as const;
export type RouteId = (typeof ROUTE_IDS)[number];

export const AUTHORITY_TYPES = ['police', 'prosecutor', 'judge'] as const;
export type AuthorityType = (typeof AUTHORITY_TYPES)[number];

export const DATA_CATEGORIES = ['subscriber', 'traffic', 'content'] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

/** Who asks: the investigator's country (ISO 3166-1 alpha-2, from the options) and authority type. */
export interface Investigator {
  country: string;
  authority: AuthorityType;
}

/** Where a route stands in law: the instrument (null: the investigator's own national law) and its article. */
export interface LegalBasis {
  instrument: InstrumentId | null;
  title: string;
  article: string | null;
}

/**
 * Whether the investigator's authority type can issue the route's request for a category:
 * `may-issue`; `needs-validation` (it may issue, and another authority named in `who` must validate);
 * `needs-other-authority` (ask the authority named in `who`); `not-known` (it depends on national law).
 */
export type IssuerVerdict = 'may-issue' | 'needs-validation' | 'needs-other-authority' | 'not-known';

export interface Issuer {
  category: DataCategory;
  who: string;
  verdict: IssuerVerdict;
}

/** A time limit of the route: whole days or hours, with the extension it allows, if any. */
export interface Deadline {
  what: string;
  days: number | null;
  hours: number | null;
  extension: { days: number; max: number } | null;
}

export interface RouteStatus {
  state: 'in-force' | 'applies';
  /** The day the route became available, where known. */
  since: string | null;
  /** The day its status was last checked against a source. */
  checked: string;
}

export interface Route {
  id: RouteId;
  title: string;
  summary: string;
  /** The categories of data this route reaches (preservation routes: all three). */
  categories: DataCategory[];
  basis: LegalBasis[];
  /** One entry per category in `categories`, for the investigator's authority type. */
  issuers: Issuer[];
  deadlines: Deadline[];
  status: RouteStatus;
  /** Whom to address, where known (e.g. the provider's EU entity). */
  addressee: string | null;
  /** What QuickFreeze could not check and the investigator must (an unknown addressee, an unconfirmed role). */
  caveats: string[];
  /** `official` only when every fact the route rests on is official. */
  confidence: Confidence;
  sources: Source[];
}

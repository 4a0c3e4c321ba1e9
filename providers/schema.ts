import { z } from 'zod';

import type { FactKey } from './fact-keys';
import { PAGE_KINDS } from './page-kinds';
import { USERNAME_CHARACTER_SETS } from './username-characters';

export { PAGE_KINDS, type PageKind } from './page-kinds';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date as YYYY-MM-DD');

/**
 * Where a fact comes from. `checked` is the day QuickFreeze last compared the fact with this source;
 * `published` is the date the source itself states (its "last updated" date or archived version), when known.
 */
export const sourceSchema = z.object({
  url: z.string().regex(/^https:\/\/[^\s]+$/, 'an https URL'),
  title: z.string().min(3),
  kind: z.enum(['official', 'secondary']),
  checked: isoDate,
  published: isoDate.nullable(),
});
export type Source = z.infer<typeof sourceSchema>;

/** `official`: stated by the provider (or the statute) itself; `secondary`: third-party lead, shown as such. */
export const confidenceSchema = z.enum(['official', 'secondary']);
export type Confidence = z.infer<typeof confidenceSchema>;

/** A policy fact: our own one-line wording, the structured value, and at least one source. Unknown facts are `null`. */
export function factSchema<T extends z.ZodType>(value: T) {
  return z
    .object({
      summary: z.string().min(10),
      value,
      confidence: confidenceSchema,
      sources: z.array(sourceSchema).min(1, 'every fact needs a source'),
    })
    .refine((f) => f.confidence === 'secondary' || f.sources.some((s) => s.kind === 'official'), {
      message: 'an official fact needs an official source',
    })
    .nullable();
}

/** A portal location: a host, optionally narrowed to a path prefix or to a Kodex tenant (first path segment). */
export const portalLocationSchema = z.object({
  host: z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'a lower-case host name'),
  pathPrefix: z.string().startsWith('/').optional(),
  kodexTenants: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1).optional(),
  /**
   * `false`: no source names this address as the provider's portal (it appears in no source, or rests only on
   * Kodex's address scheme). The guide still runs there; the directory and the guide's facts say "unconfirmed".
   */
  confirmed: z.boolean().optional(),
});
export type PortalLocation = z.infer<typeof portalLocationSchema>;

/** A platform's usernames: how long they may be and which characters they may hold. */
export const accountFormatSchema = z.object({
  platform: z.string().min(1),
  /** Hosts whose profile URLs carry the username as the first path segment. */
  profileHosts: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/)).min(1),
  maxLength: z.number().int().positive(),
  /** The characters a username may hold: one of the sets in `username-characters.ts`. */
  characters: z.enum(USERNAME_CHARACTER_SETS),
  source: sourceSchema,
});
export type AccountFormat = z.infer<typeof accountFormatSchema>;

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

const hostSchema = z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'a lower-case host name');

export const CHANNEL_KINDS = ['portal', 'email', 'web-form', 'postal'] as const;
export const CHANNEL_PURPOSES = ['preservation', 'emergency', 'legal-process', 'all'] as const;

/** One way to send requests: a portal, an e-mail address, a web form or a postal address, with what it takes. */
export const channelValueSchema = z.object({
  kind: z.enum(CHANNEL_KINDS),
  /** The address as the provider gives it: a URL, an e-mail address or a postal address. */
  address: z.string().min(3),
  purposes: z.array(z.enum(CHANNEL_PURPOSES)).min(1),
  /** When the channel is staffed (emergency lines), where the provider says so. */
  hours: z.string().nullable(),
});
export type ChannelValue = z.infer<typeof channelValueSchema>;

/** An ISO 3166-1 alpha-2 country code (contract section 10). */
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 country code');

/**
 * Where the provider can be reached under EU e-Evidence rules. `designated-establishment` and `legal-representative`
 * are the addressees of Directive (EU) 2023/1544; `eu-entity` is an EU company the provider itself names for EU users
 * (not shown to be its e-Evidence addressee); `dsa-legal-representative` is its representative under the Digital
 * Services Act, which is not an e-Evidence addressee either.
 */
export const EU_ADDRESSEE_ROLES = ['designated-establishment', 'legal-representative', 'eu-entity', 'dsa-legal-representative'] as const;
export const euAddresseeSchema = z.object({
  name: z.string().min(2),
  country: countryCodeSchema,
  role: z.enum(EU_ADDRESSEE_ROLES),
});
export type EuAddressee = z.infer<typeof euAddresseeSchema>;

/** The provider's legal position for the route advisor (`legal/routes.ts`); a fact left null is not known. */
export const providerLegalSchema = z.object({
  /** Country of the provider's headquarters (the company that answers outside its regional entities). */
  headquarters: factSchema(countryCodeSchema),
  euAddressee: factSchema(euAddresseeSchema),
  /** Whether it answers requests for non-content data sent directly by foreign authorities (no MLA). */
  answersDirectForeignRequests: factSchema(z.boolean()),
});
export type ProviderLegal = z.infer<typeof providerLegalSchema>;

const providerIdSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lower-case provider id');

export const providerSchema = z.object({
  id: providerIdSchema,
  name: z.string().min(1),
  products: z.array(z.string().min(1)).min(1),
  /** The portal's own name (e.g. "LEORS"), if it has one. */
  portalName: z.string().nullable(),
  /** The provider's own domains: an official source must be on one of them, an archive of it, or a statute host. */
  ownDomains: z.array(hostSchema).min(1),
  /**
   * Where the portal lives; a non-null fact with sources, since it decides where QuickFreeze runs. An empty list
   * is a provider without a portal (requests by e-mail, web form or post: see `channels`).
   */
  portal: factSchema(z.array(portalLocationSchema)).unwrap(),
  /** URLs the portal predicates must accept (tests) — invented paths on the real hosts; none without a portal. */
  exampleUrls: z.array(z.string().url()),
  /** How to send each kind of request besides the portal (e-mail, web form, post), each with its sources. */
  channels: z.array(factSchema(channelValueSchema).unwrap()).optional(),
  /** Path patterns that tell the page kind on this portal, checked before the generic ones. */
  urlPageKinds: z.array(z.object({ pattern: z.string().refine(compiles, 'a valid regular expression'), kind: z.enum(PAGE_KINDS) })).optional(),
  /** Words that name the provider in its e-mails (sender address or text), as regular-expression alternatives. */
  emailWords: z.array(z.string().min(2).refine(compiles, 'a valid regular expression')).optional(),
  /** Match `emailWords` with case; by default case is ignored. */
  emailWordsMatchCase: z.boolean().optional(),
  /** Mail domains the provider sends from, where its e-mail words do not name them (`x.com`); subdomains count. */
  emailDomains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'a lower-case domain')).optional(),
  /** Username rules of the provider's platforms, for the username check. */
  accountFormats: z.array(accountFormatSchema).optional(),
  /** Ids that encode their creation time: milliseconds since `epochMs` in the bits above 22 (Discord snowflakes). */
  snowflakeIds: z.object({ epochMs: z.number().int().nonnegative(), source: sourceSchema }).optional(),
  /** Headquarters, EU addressee, direct foreign requests; absent: none of them is known. */
  legal: providerLegalSchema.optional(),
  facts: z.object({
    legalEntity: factSchema(z.string()),
    preservation: factSchema(
      z.object({
        days: z.number().int().positive().nullable(),
        extensionDays: z.number().int().positive().nullable(),
        /** How many days before expiry an extension must be asked, where the provider says so. */
        extensionLeadDays: z.number().int().nonnegative().nullable(),
        maxExtensions: z.number().int().nonnegative().nullable(),
        extensionHowTo: z.string().nullable(),
      }),
    ),
    userNotification: factSchema(
      z.object({
        notifiesUser: z.boolean(),
        exceptions: z.array(z.string()),
        howToPrevent: z.string().nullable(),
      }),
    ),
    emergency: factSchema(
      z.object({
        criteria: z.string(),
        channel: z.string().nullable(),
        requiredContent: z.array(z.string()),
      }),
    ),
    childSafety: factSchema(
      z.object({
        asksForNcmecReportIds: z.boolean().nullable(),
        note: z.string(),
      }),
    ),
    international: factSchema(
      z.object({
        route: z.string(),
        euEntity: z.string().nullable(),
      }),
    ),
    identifiers: factSchema(z.object({ accepted: z.array(z.string()).min(1) })),
  }),
}).refine((p) => (p.portal.value.length === 0) === (p.exampleUrls.length === 0), {
  message: 'a provider with portal locations needs example URLs, one without a portal has none',
  path: ['exampleUrls'],
});

export type ProviderInput = z.input<typeof providerSchema>;
export type Provider = z.output<typeof providerSchema>;
export type ProviderFacts = Provider['facts'];
export type { FactKey } from './fact-keys';

/** Compile-time check that the fact list in `fact-keys.ts` names exactly the facts of the schema. */
export const FACT_KEYS_MATCH_SCHEMA: [FactKey, keyof ProviderFacts] extends [keyof ProviderFacts, FactKey] ? true : never = true;

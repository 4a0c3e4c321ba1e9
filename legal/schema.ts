import { z } from 'zod';

import { confidenceSchema, countryCodeSchema, sourceSchema } from '../providers/schema';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date as YYYY-MM-DD');

export const INSTRUMENT_IDS = [
  'eu-e-evidence',
  'us-2703f',
  'us-2702-2703',
  'us-cloud-act',
  'us-report-act',
  'budapest',
  'budapest-second-protocol',
  'mla',
] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

/** JSON-like structured values only: a fact's value must survive a copy into storage or a message. */
const jsonValue: z.ZodType<unknown> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(jsonValue), z.record(z.string(), jsonValue)]),
);

/**
 * One legal fact: our own wording, a structured value, where in the instrument it stands, and at least one source.
 * Like a provider fact (`providers/schema.ts`), `official` needs an official source.
 */
export const legalFactSchema = z
  .object({
    summary: z.string().min(10),
    /** Article or section, e.g. "Art. 10(2)" or "§ 2703(f)(2)"; null where the fact is about the whole instrument. */
    article: z.string().min(2).nullable(),
    value: jsonValue,
    confidence: confidenceSchema,
    sources: z.array(sourceSchema).min(1, 'every fact needs a source'),
  })
  .refine((f) => f.confidence === 'secondary' || f.sources.some((s) => s.kind === 'official'), {
    message: 'an official fact needs an official source',
  });
export type LegalFact = z.infer<typeof legalFactSchema>;

export const INSTRUMENT_STATES = ['in-force', 'applies', 'not-in-force'] as const;

/** The instrument's status on `since` (or as of `asOf` where nothing changed): in force, applying, or not yet. */
export const instrumentStatusSchema = z.object({
  state: z.enum(INSTRUMENT_STATES),
  /** The day the state began, where known. */
  since: isoDate.nullable(),
  /** The day the status was last confirmed against a source. */
  asOf: isoDate,
  fact: legalFactSchema,
});

export const instrumentSchema = z.object({
  id: z.enum(INSTRUMENT_IDS),
  title: z.string().min(5),
  shortTitle: z.string().min(2),
  status: instrumentStatusSchema,
  /** Countries bound by or party to it, where that decides a route; null where it does not matter. */
  countries: z
    .object({
      codes: z.array(countryCodeSchema).min(1),
      /** `complete`: every party is listed; otherwise the list holds only the parties a source names. */
      complete: z.boolean(),
      fact: legalFactSchema,
    })
    .nullable(),
  facts: z.record(z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'a camelCase fact key'), legalFactSchema).refine((f) => Object.keys(f).length > 0, 'at least one fact'),
});
export type InstrumentInput = z.input<typeof instrumentSchema>;
export type Instrument = z.output<typeof instrumentSchema>;

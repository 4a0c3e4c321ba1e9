/** The provider facts the guide knows, by key. Apart from the Zod schema so the page-kind table can name them. */
export const FACT_KEYS = ['legalEntity', 'preservation', 'userNotification', 'emergency', 'childSafety', 'international', 'identifiers'] as const;
export type FactKey = (typeof FACT_KEYS)[number];

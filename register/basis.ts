/**
 * The legal basis of a preservation sets how long it lasts (contract section 9). One table, read by the expiry, the
 * forms and the schema.
 */
export const BASES = ['provider-policy', 'us-2703f', 'eu-epoc-pr', 'us-report-act'] as const;
export type Basis = (typeof BASES)[number];

/** Records stored before the basis existed were kept for the provider's own period. */
export const DEFAULT_BASIS: Basis = 'provider-policy';

export interface BasisTerms {
  label: string;
  /**
   * Days kept, and days added per extension and how many extensions count; null: the provider's own period
   * (`provider-policy`: the record's periodDays and extensionDays, every extension counting).
   */
  period: { days: number; extensionDays: number; maxExtensions: number } | { years: number; extensionDays: 0; maxExtensions: 0 } | null;
}

export const BASIS_TERMS: Record<Basis, BasisTerms> = {
  'provider-policy': { label: "Provider's own policy (90 days where it states none)", period: null },
  'us-2703f': { label: '18 U.S.C. 2703(f): 90 days, extendable once by 90', period: { days: 90, extensionDays: 90, maxExtensions: 1 } },
  // Kept beyond the 60 + 30 days once a production order is confirmed: the record is then marked superseded.
  'eu-epoc-pr': { label: 'European Preservation Order (Reg. (EU) 2023/1543): 60 days, extendable once by 30', period: { days: 60, extensionDays: 30, maxExtensions: 1 } },
  'us-report-act': { label: "NCMEC CyberTipline report (REPORT Act 2024): one year", period: { years: 1, extensionDays: 0, maxExtensions: 0 } },
};

export function isBasis(value: unknown): value is Basis {
  return typeof value === 'string' && (BASES as readonly string[]).includes(value);
}

/** A record's basis, with the default for records stored before the basis existed. */
export function basisOf(record: { basis?: Basis | undefined }): Basis {
  return record.basis ?? DEFAULT_BASIS;
}

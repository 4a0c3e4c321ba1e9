import type { Confirmation } from './types';

export interface RecordForMatch {
  id: string;
  providerId: string;
  reference: string;
  accountIdentifiers: readonly string[];
}

const norm = (s: string) => s.trim().replace(/^(?:@|u\/)/i, '').toLowerCase();

/**
 * The register records an extension confirmation is about: same provider and the reference of the preservation
 * being extended (or the confirmation's own, for providers that keep it); records sharing an account come first.
 */
export function matchExtension<R extends RecordForMatch>(confirmation: Confirmation, providerId: string | null, records: readonly R[]): R[] {
  if (!confirmation.extension) return [];
  const references = new Set([confirmation.extension.ofReference, confirmation.reference]);
  const accounts = new Set(confirmation.accounts.map((a) => norm(a.value)));
  const shared = (r: R) => r.accountIdentifiers.filter((a) => accounts.has(norm(a))).length;
  return records
    .filter((r) => references.has(r.reference) && (providerId === null || r.providerId === providerId))
    .sort((a, b) => shared(b) - shared(a));
}

import type { ProposedRecord } from './email';
import type { PreservationRecord } from './schema';

/**
 * Records already in the register that an e-mail's references name: the same provider's first, else the reference
 * alone when only one provider has it. `records` need only hold the records with those references.
 */
export function matchingRecords(proposal: Pick<ProposedRecord, 'references' | 'providerId'>, records: readonly PreservationRecord[]): PreservationRecord[] {
  const out: PreservationRecord[] = [];
  for (const reference of proposal.references) {
    let sameProvider: PreservationRecord | null = null;
    const anyProvider: PreservationRecord[] = [];
    for (const r of records) {
      if (r.reference !== reference) continue;
      if (r.providerId === proposal.providerId) sameProvider = r;
      anyProvider.push(r);
    }
    const match = sameProvider ?? (anyProvider.length === 1 ? anyProvider[0]! : null);
    if (match && !out.includes(match)) out.push(match);
  }
  return out;
}

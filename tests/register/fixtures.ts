import type { PreservationRecord } from '../../register/schema';

let n = 0;
export function record(partial: Partial<PreservationRecord> = {}): PreservationRecord {
  n++;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    providerId: 'meta',
    reference: `12345${n}`,
    caseNumber: '2026-0042',
    accountIdentifiers: ['https://facebook.com/jane.doe'],
    requestType: 'preservation',
    preservedOn: '2026-11-20',
    requestedAt: '2026-11-20T14:03:00.000Z',
    periodDays: 90,
    extensionDays: 90,
    extensions: [],
    supersededOn: null,
    notes: '',
    source: 'manual',
    hasProof: false,
    createdAt: '2026-11-20T14:05:00.000Z',
    updatedAt: '2026-11-20T14:05:00.000Z',
    ...partial,
  };
}

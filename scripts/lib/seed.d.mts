import type { PreservationRecord } from '../../register/schema';

/** A version-1 backup of `count` generated records (ids in order); `fixedCase`: that many records in CASE-0001. */
export function backupWithRecords(
  count: number,
  now?: Date,
  options?: { fixedCase?: number },
): { format: string; version: number; exportedAt: string; records: PreservationRecord[]; proofs: unknown[] };

import type { IDBPDatabase } from 'idb';
import type { QuickFreezeDB } from './db';

/** Index orders a page of records can be read in. */
export type ScanOrder = 'expiry' | 'newest' | 'preserved';

/** Array keys sort above every string: [id, ABOVE] bounds everything that starts with id. */
export const ABOVE: never[] = [];

/**
 * A cursor over the records in `order`, for one provider where given, between two expiry days (expiry order only;
 * `expiresTo` undefined: no upper bound). Plain and sealed reads open their cursors here.
 */
export function openOrderedCursor(
  db: IDBPDatabase<QuickFreezeDB>,
  order: ScanOrder,
  providerId: string | null,
  expiresFrom = '',
  expiresTo?: string,
) {
  const store = db.transaction('records').store;
  // [date, ABOVE] sorts after every key of that day; [date] before every one.
  const upTo = expiresTo === undefined ? [ABOVE] : [expiresTo, ABOVE];
  if (order === 'newest') return store.index('by-created').openCursor(null, 'prev');
  if (order === 'preserved') return store.index('by-preserved').openCursor();
  if (providerId !== null) return store.index('by-provider-expiry').openCursor(IDBKeyRange.bound([providerId, expiresFrom], [providerId, ...upTo]));
  return store.index('by-expiry').openCursor(IDBKeyRange.bound([expiresFrom], upTo));
}

import type { KeptTotal } from './register-service';

const KEY = 'quickfreeze.registerTotal';

/**
 * The register's last count in the register page's own storage (the extension's origin): two numbers, no case data. A
 * value that is not two whole numbers is no count.
 */
export function keptTotalIn(storage: Pick<Storage, 'getItem' | 'setItem'>): { read(): KeptTotal | null; write(kept: KeptTotal): void } {
  return {
    read() {
      try {
        const kept = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<KeptTotal> | null;
        return kept && Number.isSafeInteger(kept.seq) && Number.isSafeInteger(kept.count) && kept.count! >= 0 ? { seq: kept.seq!, count: kept.count! } : null;
      } catch {
        return null;
      }
    },
    write({ seq, count }) {
      try {
        storage.setItem(KEY, JSON.stringify({ seq, count }));
      } catch {
        // a full storage keeps no count: the next page counts again
      }
    },
  };
}

import type { Provider } from '../providers/schema';
import { backupParts, checkProofs, csvRows, CSV_HEADER, readBackup } from '../register/backup';
import type { ChunkedWork } from '../register/chunked';
import { captureFromDraft, fileSafe, marProviderOf, proofExportText, termsOf, type RecordDraft } from '../register/drafts';
import { statusOf } from '../register/expiry';
import { filterRows, prepareRows, type FilterCriteria, type RecordRow } from '../register/filter';
import { marText, marTextInChunks } from '../register/mar-text';
import type { PreservationRecord } from '../register/schema';
import type { MarResult, RecordPage, RegisterService, SaveResult } from '../register/service';
import { sha256Hex, type Register } from './register';

/** What the service needs from the page around it: files, clipboard, the day, and news of changes. */
export interface ServiceEffects {
  today(): string;
  download(fileName: string, blob: Blob): void;
  copyText(text: string): Promise<void>;
  copyRich(html: string, text: string): Promise<void>;
  /** Tell the rest of the extension that the register changed. */
  notifyChanged(): void;
  caseSelected(caseNumber: string | null): void;
  onChange(listener: () => void): () => void;
}

/** Up to this many matching records, the MAR text of all of them is built at once; above, on request. */
export const MAR_AT_ONCE_LIMIT = 500;
const CHUNK = 2000;

const words = (query: string) => query.toLowerCase().split(/\s+/).filter(Boolean);

/** The dashboard's register service over IndexedDB: indexed, paged reads; writes validated by `Register`. */
export function createRegisterService(register: Register, providers: readonly Provider[], effects: ServiceEffects): RegisterService {
  const byId = new Map(providers.map((p) => [p.id, p]));
  const providerName = (id: string) => byId.get(id)?.name ?? id;
  const providerOf = (id: string) => marProviderOf(byId.get(id), id);
  const q = () => register.queries;
  const listeners = new Set<() => void>();

  /** Run a write; whether it landed or not, this page reads again; the rest of the extension hears of it. */
  async function write<T>(work: () => Promise<T>): Promise<T> {
    try {
      const result = await work();
      effects.notifyChanged();
      return result;
    } finally {
      for (const listener of listeners) listener();
    }
  }

  /**
   * The records a search or a case narrows to, read from an index; the filters then run over them in memory. A
   * search word picks records by the start of one of their words; a word that could name a provider (which is not
   * among the stored words) reads the whole register instead.
   */
  async function candidates(criteria: FilterCriteria): Promise<PreservationRecord[]> {
    if (criteria.caseNumber !== null) return q().ofCase(criteria.caseNumber);
    const names = providers.map((p) => p.name.toLowerCase());
    const usable = words(criteria.query).filter((w) => !names.some((name) => name.includes(w)));
    if (usable.length === 0) return q().scan({ order: 'expiry', limit: Infinity });
    const longest = usable.reduce((a, b) => (b.length > a.length ? b : a));
    return q().withTokenPrefix(longest);
  }

  const narrowed = (criteria: FilterCriteria) => criteria.caseNumber !== null || words(criteria.query).length > 0;

  async function narrowedRows(criteria: FilterCriteria): Promise<RecordRow[]> {
    return filterRows(prepareRows(await candidates(criteria), effects.today(), providerName), criteria);
  }

  const acceptStatus = (criteria: FilterCriteria, today: string) =>
    criteria.status === null ? undefined : (r: PreservationRecord) => statusOf(r, today) === criteria.status;

  /** A page read along the expiry (or creation) index, for the criteria without search or case. */
  async function indexedPage(criteria: FilterCriteria, limit: number): Promise<PreservationRecord[]> {
    const accept = acceptStatus(criteria, effects.today());
    if (criteria.sort !== 'provider') {
      return q().scan({ order: criteria.sort === 'newest' ? 'newest' : 'expiry', providerId: criteria.providerId, accept, limit });
    }
    const ids = criteria.providerId !== null ? [criteria.providerId] : await q().providerIds();
    ids.sort((a, b) => providerName(a).localeCompare(providerName(b)));
    const out: PreservationRecord[] = [];
    for (const providerId of ids) {
      if (out.length >= limit) break;
      out.push(...(await q().scan({ order: 'expiry', providerId, accept, limit: limit - out.length })));
    }
    return out;
  }

  async function indexedCount(criteria: FilterCriteria, total: number): Promise<number> {
    if (criteria.status !== null) {
      // The status depends on today: counted by reading, only when that filter is on.
      return (await q().scan({ order: 'expiry', providerId: criteria.providerId, accept: acceptStatus(criteria, effects.today()), limit: Infinity })).length;
    }
    return criteria.providerId === null ? total : q().countOfProvider(criteria.providerId);
  }

  const service: RegisterService = {
    providers,
    today: () => effects.today(),

    async page(criteria, limit) {
      const total = await q().count();
      if (narrowed(criteria)) {
        const rows = await narrowedRows(criteria);
        const caseTotals = new Map<string, number>();
        for (const row of rows) caseTotals.set(row.record.caseNumber, (caseTotals.get(row.record.caseNumber) ?? 0) + 1);
        return { rows: rows.slice(0, limit), matching: rows.length, total, caseTotals };
      }
      const [records, matching] = await Promise.all([indexedPage(criteria, limit), indexedCount(criteria, total)]);
      const everything = criteria.providerId === null && criteria.status === null;
      const caseTotals = everything ? await q().countsOfCases([...new Set(records.map((r) => r.caseNumber))]) : new Map<string, number>();
      return { rows: prepareRows(records, effects.today(), providerName), matching, total, caseTotals } satisfies RecordPage;
    },

    async cases() {
      const all = await q().caseNumbers();
      return { caseNumbers: all.filter(Boolean).sort((a, b) => a.localeCompare(b, undefined, { numeric: true })), hasNone: all.includes('') };
    },

    async marNow(criteria) {
      if (narrowed(criteria)) {
        const records = (await narrowedRows(criteria)).map((r) => r.record);
        if (criteria.caseNumber !== null || records.length <= MAR_AT_ONCE_LIMIT) return { text: marText(records, providerOf), records };
        return null;
      }
      if ((await q().count()) > MAR_AT_ONCE_LIMIT) return null;
      const records = await indexedPage(criteria, MAR_AT_ONCE_LIMIT);
      return { text: marText(records, providerOf), records };
    },

    async marAll(criteria, work) {
      const today = effects.today();
      const records: PreservationRecord[] = [];
      const plain = !narrowed(criteria) && criteria.providerId === null && criteria.status === null;
      const wanted = (r: PreservationRecord) =>
        (criteria.providerId === null || r.providerId === criteria.providerId) && (criteria.status === null || statusOf(r, today) === criteria.status);
      const source = narrowed(criteria) ? chunksOf((await narrowedRows(criteria)).map((r) => r.record)) : q().recordChunks(CHUNK);
      async function* kept() {
        for await (const chunk of source) {
          const keep = plain ? chunk : chunk.filter(wanted);
          records.push(...keep);
          yield keep;
        }
      }
      const sorted = narrowed(criteria) ? sortForMar(kept()) : kept();
      const { text } = await marTextInChunks(sorted, providerOf, work, plain ? await q().count() : null);
      return { text, records } satisfies MarResult;
    },

    async withReferences(references) {
      return (await Promise.all([...new Set(references)].map((r) => q().withReference(r)))).flat();
    },

    update: (record) => write(() => register.update(record)),
    addExtension: (recordId, extension) => write(() => register.addExtension(recordId, extension)),
    remove: (recordId) => write(() => register.remove(recordId)),
    restore: (items) => write(() => register.restore(items)),

    saveDrafts: (drafts: RecordDraft[], source) =>
      write(async () => {
        const results: SaveResult[] = [];
        for (const draft of drafts) {
          try {
            const { record, created } = await register.saveCapture(captureFromDraft(draft, source), termsOf(byId.get(draft.providerId)));
            results.push({ reference: record.reference, created });
          } catch (e) {
            const saved = results.filter((r) => r.created).map((r) => r.reference);
            const reason = e instanceof Error ? e.message : String(e);
            throw new Error(`${draft.reference}: ${reason}${saved.length ? ` (saved before this: ${saved.join(', ')})` : ''}`);
          }
        }
        return results;
      }),

    loadProof: (recordId) => register.proof(recordId),
    loadAudit: (recordId) => register.audit(recordId),
    exportProof(proof, record) {
      effects.download(
        `quickfreeze-proof-${record.providerId}-${fileSafe(record.reference)}.txt`,
        new Blob([proofExportText(proof, record, providerName(record.providerId))], { type: 'text/plain;charset=utf-8' }),
      );
    },

    async exportBackup(work: ChunkedWork) {
      const parts = await backupParts(q().recordChunks(CHUNK), q().proofChunks(200), q().auditChunks(CHUNK), work, await q().count());
      effects.download(`quickfreeze-backup-${effects.today()}.json`, new Blob(parts, { type: 'application/json' }));
    },

    async exportCsv({ onProgress, signal }: ChunkedWork) {
      const today = effects.today();
      const total = await q().count();
      const parts: BlobPart[] = [CSV_HEADER];
      let done = 0;
      for await (const chunk of q().recordChunks(CHUNK)) {
        signal?.throwIfAborted();
        if (chunk.length) parts.push(`\r\n${csvRows(chunk, providerName, today).join('\r\n')}`);
        done += chunk.length;
        onProgress?.(done, total);
      }
      effects.download(`quickfreeze-register-${today}.csv`, new Blob(parts, { type: 'text/csv;charset=utf-8' }));
    },

    async importBackup(text) {
      const { keys, ids } = await q().existingKeys();
      // Every proof's hash is computed again: one that does not match comes in marked "proof altered".
      const report = await checkProofs(readBackup(text, keys, ids), sha256Hex);
      if (report.accepted.length) await write(() => register.restore(report.accepted, 'imported'));
      return report;
    },

    copyText: (text) => effects.copyText(text),
    copyRich: (html, text) => effects.copyRich(html, text),
    caseSelected: (caseNumber) => effects.caseSelected(caseNumber),
    onChange(listener) {
      listeners.add(listener);
      // News from elsewhere (focus, another page's message) reloads only when the register did change, so a MAR
      // text built on request is not thrown away by switching windows.
      let seen = q().stamp();
      const stop = effects.onChange(() => {
        const before = seen;
        seen = q().stamp();
        void Promise.all([before, seen]).then(([a, b]) => a !== b && listener(), () => listener());
      });
      return () => {
        listeners.delete(listener);
        stop();
      };
    },
  };
  return service;
}

async function* chunksOf<T>(items: readonly T[]): AsyncGenerator<T[]> {
  for (let i = 0; i < items.length; i += CHUNK) yield items.slice(i, i + CHUNK);
}

/** A narrowed set is small enough to sort at once, in the order `marText` uses. */
async function* sortForMar(chunks: AsyncIterable<PreservationRecord[]>): AsyncGenerator<PreservationRecord[]> {
  const all: PreservationRecord[] = [];
  for await (const chunk of chunks) all.push(...chunk);
  all.sort((a, b) => a.preservedOn.localeCompare(b.preservedOn) || a.reference.localeCompare(b.reference));
  yield* chunksOf(all);
}

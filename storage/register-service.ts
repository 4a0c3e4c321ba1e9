import type { T } from '../i18n/catalogues';
import type { Provider } from '../providers/schema';
import { backupParts, checkProofs, csvRows, CSV_HEADER, readBackup } from '../register/backup';
import { readAhead, type ChunkedWork } from '../register/chunked';
import { encryptBackup } from '../register/encrypted-backup';
import { captureFromDraft, fileSafe, marProviderOf, proofExportText, termsOf, type RecordDraft } from '../register/drafts';
import { addDays, EXPIRING_SOON_DAYS, type RecordStatus } from '../register/expiry';
import { filterRows, prepareRows, rowMatches, type FilterCriteria } from '../register/filter';
import { marText, marTextInChunks } from '../register/mar-text';
import { calendarEventCount, calendarText } from '../register/calendar';
import { DEFAULT_REMINDER_DAYS } from '../register/defaults';
import type { PreservationRecord } from '../register/schema';
import { countRanges, hasRunningClock, nextDeadlines, registerCounts } from '../register/timeline';
import type { MarResult, RecordPage, RegisterService, SaveResult } from '../register/service';
import type { AddedPortal } from './added-portals';
import { providerNameLookup } from './added-portals-names';
import { parallelRuns, type SpawnReader } from './parallel-runs';
import type { ScanOptions } from './queries';
import { sha256Hex, type Register } from './register';
import { unwrapDataKey } from './vault/crypto';

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
  /** The investigator's reminder days (the options' setting); without it, the defaults. */
  reminderDays?(): Promise<readonly number[]>;
  /** The investigator's language, for files made for them (the calendar); without it, English. */
  translator?(): Promise<T>;
  /** Starts a backup reader in a thread of its own (storage/backup-worker.ts); without it a backup is read here. */
  spawnBackupReader?: SpawnReader;
  /** How many readers a backup starts side by side. */
  backupReaders?: number;
  /** Fewest audit entries per reader (default: a backup chunk); a trail that makes only one span is read here. */
  backupEntriesPerReader?: number;
  /** Fewest records for which a worker reads the records (default: two backup chunks); a smaller register is read here. */
  backupRecordsForWorker?: number;
}

/** Up to this many matching records, the MAR text of all of them is built at once; above, on request. */
export const MAR_AT_ONCE_LIMIT = 500;
/** A search word that starts the words of more records than this narrows nothing: the page is read in order. */
export const SEARCH_CAP = 1000;
/** Matches of a status or a broad search are counted up to this many (or the page size); above, "more than". */
export const COUNT_CAP = 1000;
/** Per-case counts are read for the cases of this many first records (the first screen shows fewer). */
const CASES_COUNTED = 50;
const CHUNK = 2000;
/** A backup reads along primary keys, where a larger chunk costs no more per record and yields to the page less often. */
const BACKUP_CHUNK = 5000;

const words = (query: string) => query.toLowerCase().split(/\s+/).filter(Boolean);

/**
 * The dashboard's register service over IndexedDB: indexed, paged reads; writes validated by `Register`. `added`:
 * the investigator's added portals, whose names stand for their `custom-…` provider ids.
 */
export function createRegisterService(
  register: Register,
  providers: readonly Provider[],
  effects: ServiceEffects,
  added: readonly Pick<AddedPortal, 'providerId' | 'providerName'>[] = [],
): RegisterService {
  const byId = new Map(providers.map((p) => [p.id, p]));
  const providerName = providerNameLookup(providers, added);
  const newProviderIds = [...new Set(added.map((p) => p.providerId))].filter((id) => !byId.has(id));
  const filterProviders = [...providers, ...newProviderIds.map((id) => ({ id, name: providerName(id) }))].map(({ id, name }) => ({ id, name }));
  const providerOf = (id: string) => ({ ...marProviderOf(byId.get(id), id), name: providerName(id) });
  const q = () => register.queries;
  /**
   * A backup's two large stores, read at once: the audit trail while the records are written out. A plain register's
   * records come from its backup pages (storage/backup-pages.ts), for a large register read by a worker thread, which
   * also decodes the records of any span without a page and writes its page, while the register page stays free. A
   * plain audit trail that splits into two spans or more is read by worker threads side by side; a shorter one here,
   * where starting threads costs more than it saves. A sealed register is read here, where its key is.
   */
  const backupReads = async () => {
    const auditHere = () => readAhead(q().auditChunks(BACKUP_CHUNK));
    if (!(await q().storedPlain())) return { records: q().recordChunksById(BACKUP_CHUNK), audit: auditHere() };
    const spawn = effects.spawnBackupReader;
    if (!spawn) return { records: q().backupPageRuns(), audit: auditHere() };
    // Measured: a thread costs a 100-record backup more than it saves (340-470 ms here, about 600 ms with one).
    const inWorker = (await totalOf()) >= (effects.backupRecordsForWorker ?? 2 * BACKUP_CHUNK);
    const records = inWorker ? parallelRuns([{ recordPages: true }], spawn) : q().backupPageRuns();
    const spans = await q().auditSpans(effects.backupReaders ?? 2, effects.backupEntriesPerReader ?? BACKUP_CHUNK);
    return { records, audit: spans.length < 2 ? auditHere() : parallelRuns(spans.map((span) => ({ span, size: BACKUP_CHUNK })), spawn) };
  };

  const listeners = new Set<() => void>();

  // The number of records, kept until the register changes: one count per change, not one per read that needs it.
  let totalKept: Promise<number> | null = null;
  function totalOf(): Promise<number> {
    if (!totalKept) {
      totalKept = q().count();
      totalKept.catch(() => (totalKept = null));
    }
    return totalKept;
  }

  /** Run a write; whether it landed or not, this page reads again; the rest of the extension hears of it. */
  async function write<T>(work: () => Promise<T>): Promise<T> {
    try {
      const result = await work();
      effects.notifyChanged();
      return result;
    } finally {
      totalKept = null;
      for (const listener of listeners) listener();
    }
  }

  /**
   * The records a case or a search word narrows to, read by id from an index: at most SEARCH_CAP of them. null when
   * nothing narrows: no case, and every search word either starts too many records' words or could name a provider
   * (provider names are not among the stored words).
   */
  async function candidates(criteria: FilterCriteria): Promise<PreservationRecord[] | null> {
    if (criteria.caseNumber !== null) return q().ofCase(criteria.caseNumber);
    const names = [...providers.map((p) => p.name), ...added.map((p) => p.providerName)].map((name) => name.toLowerCase());
    const usable = words(criteria.query).filter((w) => !names.some((name) => name.includes(w)));
    // The longest word first: the likeliest to be rare.
    for (const word of usable.sort((a, b) => b.length - a.length)) {
      const ids = await q().idsWithTokenPrefix(word, SEARCH_CAP);
      if (ids) return q().withIds(ids);
    }
    return null;
  }

  const matchingRows = (records: readonly PreservationRecord[], criteria: FilterCriteria) =>
    filterRows(prepareRows(records, effects.today(), providerName), criteria);

  /** Whether one record meets every criterion, for reads along an index that keep only what matches. */
  function matcher(criteria: FilterCriteria): (record: PreservationRecord) => boolean {
    const today = effects.today();
    const wanted = words(criteria.query);
    return (record) => rowMatches(prepareRows([record], today, providerName)[0]!, criteria, wanted);
  }

  /** Where in the expiry index a status can be: it depends on today, so it is a range of expiry dates. */
  function expiryRange(status: RecordStatus | null): Pick<ScanOptions, 'expiresFrom' | 'expiresTo'> {
    const today = effects.today();
    if (status === 'lapsed') return { expiresTo: addDays(today, -1) };
    if (status === 'expiring-soon') return { expiresFrom: today, expiresTo: addDays(today, EXPIRING_SOON_DAYS) };
    if (status === 'active' || status === 'extended') return { expiresFrom: addDays(today, EXPIRING_SOON_DAYS + 1) };
    return {};
  }

  /** Up to `limit` records in the chosen order, read along its index and kept when `accept` takes them. */
  async function indexedPage(criteria: FilterCriteria, limit: number, accept?: (record: PreservationRecord) => boolean): Promise<PreservationRecord[]> {
    const range = expiryRange(criteria.status);
    if (criteria.sort !== 'provider') {
      const order = criteria.sort === 'newest' ? 'newest' : 'expiry';
      return q().scan({ order, providerId: criteria.providerId, accept, limit, ...(order === 'expiry' ? range : {}) });
    }
    const ids = criteria.providerId !== null ? [criteria.providerId] : await q().providerIds();
    ids.sort((a, b) => providerName(a).localeCompare(providerName(b)));
    const out: PreservationRecord[] = [];
    for (const providerId of ids) {
      if (out.length >= limit) break;
      out.push(...(await q().scan({ order: 'expiry', providerId, accept, limit: limit - out.length, ...range })));
    }
    return out;
  }

  /** No search, status or case: what matches is counted from indexes, not read. */
  const countable = (criteria: FilterCriteria) => criteria.caseNumber === null && criteria.status === null && words(criteria.query).length === 0;

  const service: RegisterService = {
    providers,
    providerName,
    filterProviders,
    today: () => effects.today(),

    async page(criteria, limit) {
      const total = await totalOf();
      const narrowedTo = await candidates(criteria);
      if (narrowedTo) {
        const rows = matchingRows(narrowedTo, criteria);
        const caseTotals = new Map<string, number>();
        for (const row of rows) caseTotals.set(row.record.caseNumber, (caseTotals.get(row.record.caseNumber) ?? 0) + 1);
        return { rows: rows.slice(0, limit), matching: rows.length, total, caseTotals };
      }
      if (countable(criteria)) {
        const [records, matching] = await Promise.all([
          indexedPage(criteria, limit),
          criteria.providerId === null ? total : q().countOfProvider(criteria.providerId),
        ]);
        // Per-case counts for the cases the first screen shows; the others are counted by the rows on this page.
        const shownCases = [...new Set(records.slice(0, CASES_COUNTED).map((r) => r.caseNumber))];
        const caseTotals = criteria.providerId === null ? await q().countsOfCases(shownCases) : new Map<string, number>();
        return { rows: prepareRows(records, effects.today(), providerName), matching, total, caseTotals } satisfies RecordPage;
      }
      // A status (it depends on today) or a search no word of which narrows: read along the order, counting the
      // matches up to a cap rather than reading the whole register to count them.
      const cap = Math.max(limit, COUNT_CAP);
      const found = await indexedPage(criteria, cap + 1, matcher(criteria));
      const rows = prepareRows(found.slice(0, limit), effects.today(), providerName);
      return { rows, matching: Math.min(found.length, cap), matchingAtLeast: found.length > cap, total, caseTotals: new Map() } satisfies RecordPage;
    },

    async cases() {
      const all = await q().caseNumbers();
      return { caseNumbers: all.filter(Boolean).sort((a, b) => a.localeCompare(b, undefined, { numeric: true })), hasNone: all.includes('') };
    },

    async counts() {
      const today = effects.today();
      const { lapsedTo, soonFrom, soonTo } = countRanges(today);
      const [total, lapsedByExpiry, soonByExpiry, outsideClockDays] = await Promise.all([
        totalOf(),
        q().countByExpiry('', lapsedTo),
        q().countByExpiry(soonFrom, soonTo),
        q().outsideClockExpiries(),
      ]);
      return registerCounts({ total, lapsedByExpiry, soonByExpiry, outsideClockDays, today });
    },

    async nextDeadlines(criteria, limit) {
      const today = effects.today();
      const narrowedTo = await candidates(criteria);
      if (narrowedTo) return nextDeadlines(matchingRows(narrowedTo, criteria).map((r) => r.record), today, limit);
      // Along the expiry index from today: the first records with a running clock are the next deadlines.
      const matches = countable(criteria) ? null : matcher(criteria);
      const accept = (record: PreservationRecord) => hasRunningClock(record, today) && (!matches || matches(record));
      return nextDeadlines(await q().scan({ order: 'expiry', providerId: criteria.providerId, accept, limit, expiresFrom: today }), today, limit);
    },

    async marNow(criteria) {
      const narrowedTo = await candidates(criteria);
      if (narrowedTo) {
        const records = matchingRows(narrowedTo, criteria).map((r) => r.record);
        if (criteria.caseNumber !== null || records.length <= MAR_AT_ONCE_LIMIT) return { text: marText(records, providerOf), records };
        return null;
      }
      if (criteria.providerId === null && countable(criteria) && (await totalOf()) > MAR_AT_ONCE_LIMIT) return null;
      const records = await indexedPage(criteria, MAR_AT_ONCE_LIMIT + 1, matcher(criteria));
      return records.length > MAR_AT_ONCE_LIMIT ? null : { text: marText(records, providerOf), records };
    },

    async marAll(criteria, work) {
      const records: PreservationRecord[] = [];
      const narrowedTo = await candidates(criteria);
      const everything = !narrowedTo && criteria.providerId === null && countable(criteria);
      const accept = matcher(criteria);
      const source = narrowedTo ? chunksOf(matchingRows(narrowedTo, criteria).map((r) => r.record)) : q().recordChunks(CHUNK);
      async function* kept() {
        for await (const chunk of source) {
          const keep = narrowedTo || everything ? chunk : chunk.filter(accept);
          records.push(...keep);
          yield keep;
        }
      }
      const sorted = narrowedTo ? sortForMar(kept()) : kept();
      const { text } = await marTextInChunks(sorted, providerOf, work, everything ? await totalOf() : null);
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

    async exportBackup(work: ChunkedWork, encryptWith?: { passphrase: string }) {
      // Checked first: a mistyped passphrase would make a file nobody can open.
      if (encryptWith) await verifyPassphrase(register, encryptWith.passphrase);
      const { records, audit } = await backupReads();
      const parts = await backupParts(records, q().proofChunks(200), audit, work, await totalOf());
      if (!encryptWith) return effects.download(`quickfreeze-backup-${effects.today()}.json`, new Blob(parts, { type: 'application/json' }));
      const sealed = await encryptBackup(parts, encryptWith.passphrase);
      effects.download(`quickfreeze-backup-${effects.today()}.encrypted.json`, new Blob(sealed, { type: 'application/json' }));
    },

    async exportCsv({ onProgress, signal }: ChunkedWork) {
      const today = effects.today();
      const total = await totalOf();
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

    async exportCalendar(caseNumber, includeIdentifiers) {
      const records: PreservationRecord[] = [];
      if (caseNumber !== null) records.push(...(await q().ofCase(caseNumber)));
      else for await (const chunk of q().recordChunks(CHUNK)) records.push(...chunk);
      const reminderDays = (await effects.reminderDays?.().catch(() => null)) ?? DEFAULT_REMINDER_DAYS;
      const t = await effects.translator?.().catch(() => undefined);
      const options = { now: new Date(), providerName, reminderDays, includeIdentifiers, t };
      const name = caseNumber === null ? 'all' : caseNumber ? `case-${fileSafe(caseNumber)}` : 'no-case';
      effects.download(`quickfreeze-calendar-${name}-${effects.today()}.ics`, new Blob([calendarText(records, options)], { type: 'text/calendar;charset=utf-8' }));
      return calendarEventCount(records, options);
    },

    async importBackup(text) {
      const { keys, ids } = await q().existingKeys();
      // Every proof's hash is computed again: one that does not match comes in marked "proof altered".
      const report = await checkProofs(readBackup(text, keys, ids), sha256Hex);
      if (report.accepted.length) {
        await write(async () => {
          await register.restore(report.accepted, 'imported');
          // The pages the import made stale are written now, so that the next backup reads only pages. A cache: a
          // page not written is read from the records then.
          if (await q().storedPlain()) await q().fillBackupPages().catch(() => undefined);
        });
      }
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
        void Promise.all([before, seen]).then(
          ([a, b]) => {
            if (a === b) return;
            totalKept = null;
            listener();
          },
          () => {
            totalKept = null;
            listener();
          },
        );
      });
      return () => {
        listeners.delete(listener);
        stop();
      };
    },
  };
  return service;
}

/** The register's own passphrase, or `WrongPassphraseError`: it must unwrap the lock's data key. */
async function verifyPassphrase(register: Register, passphrase: string): Promise<void> {
  const keys = await register.vault.keys();
  if (!keys) throw new Error('Set a passphrase for the register first: an encrypted backup uses it.');
  await unwrapDataKey(keys, passphrase);
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

import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Dashboard, type RemovedRecord } from '../../components/dashboard/Dashboard';
import { captureFromDraft, fileSafe, proofExportText, termsOf, type FilterCriteria, type RecordDraft } from '../../components/dashboard/filter';
import type { SaveResult } from '../../components/dashboard/NewRecordForm';
import { providerById, providers } from '../../providers/registry';
import { makeBackup, readBackup, recordKey, recordsCsv } from '../../register/backup';
import { localDay } from '../../register/expiry';
import type { PreservationRecord, Proof } from '../../register/schema';
import { Register } from '../../storage/register';

const SELECTED_CASE_KEY = 'dashboard.selectedCase';
const PENDING_SELECTION_KEY = 'pendingSelection';

/** Opened once for the page. */
const registerReady = Register.open();

/** Tell the background (badge, reminders, context menu) that the register changed. */
function notifyChanged(): void {
  browser.runtime.sendMessage({ type: 'register-changed' }).catch(() => {});
}

const providerName = (id: string) => providerById(id)?.name ?? id;

function download(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}

/** A table for word processors, with the plain text beside it; plain text only where the browser cannot. */
async function copyRich(html: string, text: string): Promise<void> {
  if (typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard.write === 'function') {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) }),
      ]);
      return;
    } catch {
      // fall back to plain text below
    }
  }
  await navigator.clipboard.writeText(text);
}

/** Text the "Save selection as preservation reference" menu left for this page; taken once. */
async function takePendingSelection(): Promise<string | null> {
  const session = browser.storage.session;
  if (!session) return null;
  try {
    const stored = await session.get(PENDING_SELECTION_KEY);
    const text = stored[PENDING_SELECTION_KEY];
    if (typeof text !== 'string' || !text.trim()) return null;
    await session.remove(PENDING_SELECTION_KEY);
    return text;
  } catch {
    return null;
  }
}

async function storedCase(records: PreservationRecord[]): Promise<string | null> {
  try {
    const value = (await browser.storage.local.get(SELECTED_CASE_KEY))[SELECTED_CASE_KEY];
    if (typeof value !== 'string') return null;
    return records.some((r) => r.caseNumber === value) ? value : null;
  } catch {
    return null;
  }
}

function rememberCase(caseNumber: string | null): void {
  const done = caseNumber === null ? browser.storage.local.remove(SELECTED_CASE_KEY) : browser.storage.local.set({ [SELECTED_CASE_KEY]: caseNumber });
  done.catch(() => {});
}

function App() {
  const [records, setRecords] = useState<PreservationRecord[] | null>(null);
  const [today, setToday] = useState(localDay());
  const [error, setError] = useState<string | null>(null);
  const [initialCriteria, setInitialCriteria] = useState<Partial<FilterCriteria> | null>(null);
  const [incoming, setIncoming] = useState<{ text: string; nonce: number } | null>(null);

  const reload = async () => {
    const register = await registerReady;
    const all = await register.all();
    setRecords(all);
    setToday(localDay());
    return all;
  };
  const checkPending = async () => {
    const text = await takePendingSelection();
    if (text) setIncoming((prev) => ({ text, nonce: (prev?.nonce ?? 0) + 1 }));
  };

  useEffect(() => {
    reload().then(
      async (all) => {
        setInitialCriteria({ caseNumber: await storedCase(all) });
        await checkPending();
      },
      (e: unknown) => setError(`The register could not be opened: ${e instanceof Error ? e.message : String(e)}`),
    );
    // Another tab, the popup or a portal page may have saved while this page was in the background.
    const onFocus = () => {
      reload().catch(() => {});
      checkPending().catch(() => {});
    };
    const onMessage = (message: unknown) => {
      if ((message as { type?: unknown })?.type === 'register-changed') reload().catch(() => {});
    };
    window.addEventListener('focus', onFocus);
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      window.removeEventListener('focus', onFocus);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, []);

  /** Run a write; reload the list either way (a failed write left the data as it was); tell the background. */
  async function write<T>(work: (register: Register) => Promise<T>): Promise<T> {
    const register = await registerReady;
    try {
      const result = await work(register);
      notifyChanged();
      return result;
    } finally {
      await reload().catch(() => {});
    }
  }

  if (error) {
    return (
      <main>
        <h1>QuickFreeze register</h1>
        <p role="alert" class="error">
          {error}
        </p>
      </main>
    );
  }
  if (!records || !initialCriteria) {
    return (
      <main>
        <h1>QuickFreeze register</h1>
        <p role="status">Loading the register…</p>
      </main>
    );
  }

  const saveDrafts = (drafts: RecordDraft[], source: 'email' | 'manual') =>
    write(async (register) => {
      const results: SaveResult[] = [];
      for (const draft of drafts) {
        try {
          const { record, created } = await register.saveCapture(captureFromDraft(draft, source), termsOf(providerById(draft.providerId)));
          results.push({ reference: record.reference, created });
        } catch (e) {
          const saved = results.filter((r) => r.created).map((r) => r.reference);
          const reason = e instanceof Error ? e.message : String(e);
          throw new Error(`${draft.reference}: ${reason}${saved.length ? ` (saved before this: ${saved.join(', ')})` : ''}`);
        }
      }
      return results;
    });

  return (
    <Dashboard
      records={records}
      today={today}
      providers={providers}
      incoming={incoming}
      initialCriteria={initialCriteria}
      onUpdate={(record) => write((register) => register.update(record))}
      onAddExtension={(recordId, extension) => write((register) => register.addExtension(recordId, extension))}
      onRemove={(recordId) => write((register) => register.remove(recordId))}
      onRestore={(items: RemovedRecord[]) => write((register) => register.restore(items))}
      onCopyText={copyText}
      onCopyRich={copyRich}
      onLoadProof={async (recordId) => (await registerReady).proof(recordId)}
      onExportProof={(proof: Proof, record: PreservationRecord) =>
        download(
          `quickfreeze-proof-${record.providerId}-${fileSafe(record.reference)}.txt`,
          new Blob([proofExportText(proof, record, providerName(record.providerId))], { type: 'text/plain;charset=utf-8' }),
        )
      }
      onSaveDrafts={saveDrafts}
      onExportBackup={async () => {
        const register = await registerReady;
        const all = await register.all();
        const proofs: Proof[] = [];
        for (const record of all) {
          if (!record.hasProof) continue;
          const proof = await register.proof(record.id);
          if (proof) proofs.push(proof);
        }
        const backup = makeBackup(all, proofs);
        download(`quickfreeze-backup-${localDay()}.json`, new Blob([JSON.stringify(backup, null, 2)], { type: 'application/json' }));
      }}
      onExportCsv={async () => {
        const all = await (await registerReady).all();
        const day = localDay();
        download(`quickfreeze-register-${day}.csv`, new Blob([recordsCsv(all, providerName, day)], { type: 'text/csv;charset=utf-8' }));
      }}
      onImport={async (text) => {
        const register = await registerReady;
        const existing = await register.all();
        const report = readBackup(text, new Set(existing.map(recordKey)), new Set(existing.map((r) => r.id)));
        if (report.accepted.length) await write((r) => r.restore(report.accepted));
        return report;
      }}
      onCaseSelected={rememberCase}
    />
  );
}

render(<App />, document.getElementById('app')!);

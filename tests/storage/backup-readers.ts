import { openDB } from 'idb';
import { plainJsonRuns, type ReaderReport, type RunRequest } from '../../storage/backup-runs';
import type { QuickFreezeDB } from '../../storage/db';
import type { SpawnReader } from '../../storage/parallel-runs';

/**
 * Backup readers for tests: each "worker" runs the real reader (plainJsonRuns over the named database) in this
 * thread and answers with messages, as storage/backup-worker.ts does. `delayOf` slows a request's runs down, `failOn`
 * makes it fail after its first run.
 */
export function fakeReaders(dbName: string, options: { delayOf?: (r: RunRequest) => number; failOn?: (r: RunRequest) => boolean } = {}) {
  const started: RunRequest[] = [];
  let terminated = 0;
  const spawn: SpawnReader = () => {
    const worker = {
      onmessage: null as ((event: MessageEvent<ReaderReport>) => void) | null,
      onerror: null,
      onmessageerror: null,
      terminate: () => void terminated++,
      postMessage(request: RunRequest) {
        started.push(request);
        const say = (report: ReaderReport) => worker.onmessage?.({ data: report } as MessageEvent<ReaderReport>);
        void (async () => {
          const db = await openDB<QuickFreezeDB>(dbName);
          try {
            for await (const run of plainJsonRuns(db, request)) {
              await new Promise((resolve) => setTimeout(resolve, options.delayOf?.(request) ?? 0));
              say({ kind: 'run', ...run });
              if (options.failOn?.(request)) throw new Error('disk gone');
            }
            say({ kind: 'done' });
          } catch (error) {
            say({ kind: 'failed', message: (error as Error).message });
          } finally {
            db.close();
          }
        })();
      },
    };
    return worker as unknown as Worker;
  };
  return { spawn, started, terminatedCount: () => terminated };
}

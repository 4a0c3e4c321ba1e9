import { readAhead } from '../register/chunked';
import type { JsonRun, ReaderReport, RunRequest } from './backup-runs';

/** Starts a backup reader (storage/backup-worker.ts) in a thread of its own. */
export type SpawnReader = () => Worker;

/**
 * One reader per request, all started now and working side by side; their runs handed over in the requests' order
 * (the records, or a span of the audit trail in key order). A reader that fails fails the whole list: a backup is never
 * written with a part missing.
 */
export function parallelRuns(requests: readonly RunRequest[], spawn: SpawnReader): AsyncIterable<JsonRun> {
  const readers = requests.map((request) => readAhead(runsOfReader(spawn, request)));
  return (async function* () {
    for (const reader of readers) yield* reader;
  })();
}

async function* runsOfReader(spawn: SpawnReader, request: RunRequest): AsyncGenerator<JsonRun> {
  const worker = spawn();
  const reports: ReaderReport[] = [];
  let wake: (() => void) | null = null;
  const receive = (report: ReaderReport) => {
    reports.push(report);
    wake?.();
  };
  worker.onmessage = ({ data }: MessageEvent<ReaderReport>) => receive(data);
  worker.onerror = (event) => {
    event.preventDefault();
    receive({ kind: 'failed', message: event.message || 'the reader stopped' });
  };
  worker.onmessageerror = () => receive({ kind: 'failed', message: 'a run could not be received' });
  worker.postMessage(request);
  try {
    for (;;) {
      while (!reports.length) await new Promise<void>((resolve) => (wake = resolve));
      const report = reports.shift()!;
      if (report.kind === 'done') return;
      if (report.kind === 'failed') throw new Error(`The backup's ${'recordPages' in request ? 'records' : 'audit trail'} could not be read: ${report.message}`);
      yield { json: report.json, count: report.count };
    }
  } finally {
    worker.terminate();
  }
}

/** Long work over the whole register, done in chunks so that the page keeps painting and taking input. */
export interface ChunkedWork {
  /** Called after each chunk with how many records are done, of how many (when known). */
  onProgress?: (done: number, total: number | null) => void;
  signal?: AbortSignal;
}

/**
 * Let the page paint and take input between chunks. A message-channel task, not a timer: the browser throttles
 * timers in a tab that is not in front (to one a second), which would stretch an export of 50 chunks to a minute.
 */
export const yieldToPage = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/**
 * Start reading `chunks` now, into memory, and hand them over in order when asked: a reader that would otherwise wait
 * its turn (a backup's audit trail, read after its records) works while the others are being written out.
 */
export function readAhead<T>(chunks: AsyncIterable<T>): AsyncIterable<T> {
  const read: T[] = [];
  let failure: { error: unknown } | null = null;
  let done = false;
  const waiting: { wake: (() => void) | null } = { wake: null };
  void (async () => {
    try {
      for await (const chunk of chunks) {
        read.push(chunk);
        waiting.wake?.();
      }
    } catch (error) {
      failure = { error };
    } finally {
      done = true;
      waiting.wake?.();
    }
  })();
  return {
    async *[Symbol.asyncIterator]() {
      for (;;) {
        if (read.length) yield read.shift()!;
        else if (failure) throw (failure as { error: unknown }).error;
        else if (done) return;
        else await new Promise<void>((resolve) => (waiting.wake = resolve));
      }
    },
  };
}

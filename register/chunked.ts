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

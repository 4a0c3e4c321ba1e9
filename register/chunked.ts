/** Long work over the whole register, done in chunks so that the page keeps painting and taking input. */
export interface ChunkedWork {
  /** Called after each chunk with how many records are done, of how many (when known). */
  onProgress?: (done: number, total: number | null) => void;
  signal?: AbortSignal;
}

/** Let the page paint and take input between chunks. */
export const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

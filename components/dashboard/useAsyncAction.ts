import { useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-i18n';
import { errorText } from './error-text';

export interface AsyncAction<A extends unknown[]> {
  /** Start the action (ignored while one runs); resolves to true when it succeeded. */
  run: (...args: A) => Promise<boolean>;
  busy: boolean;
  /** The last failure, in words; cleared when the action starts again. */
  error: string | null;
  setError: (error: string | null) => void;
}

/** The busy / error / submit shell every form of the dashboard shares. */
export function useAsyncAction<A extends unknown[]>(action: (...args: A) => Promise<unknown>): AsyncAction<A> {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const running = useRef(false);
  const run = async (...args: A): Promise<boolean> => {
    if (running.current) return false;
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      await action(...args);
      return true;
    } catch (e) {
      setError(errorText(t, e));
      return false;
    } finally {
      running.current = false;
      setBusy(false);
    }
  };
  return { run, busy, error, setError };
}

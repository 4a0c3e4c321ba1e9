import type { ComponentChildren } from 'preact';
import { ErrorAlert } from '../ErrorAlert';

/** The end of a register form: its error (announced), its result (a status line) and its submit button. */
export function FormFooter({ error, done, busy, children }: { error: string | null; done: ComponentChildren; busy: boolean; children: ComponentChildren }) {
  return (
    <>
      <ErrorAlert message={error} />
      <p role="status" class="done">
        {done}
      </p>
      <button type="submit" disabled={busy}>
        {children}
      </button>
    </>
  );
}

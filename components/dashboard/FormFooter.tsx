import type { ComponentChildren } from 'preact';

/** The end of a register form: its error (announced), its result (a status line) and its submit button. */
export function FormFooter({ error, done, busy, children }: { error: string | null; done: ComponentChildren; busy: boolean; children: ComponentChildren }) {
  return (
    <>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <p role="status" class="done">
        {done}
      </p>
      <button type="submit" disabled={busy}>
        {children}
      </button>
    </>
  );
}

import type { T } from '../../i18n/catalogues';
import { errorText as problemErrorText, problem } from '../../i18n/problems';
import { WrongPassphraseError } from '../../storage/vault/crypto';

/**
 * A refusal in the page's language, by the stable code it carries (RegisterError, an import's or a backup's Problem);
 * an error without one is shown as it words itself.
 */
export function errorText(t: T, error: unknown): string {
  if (error instanceof WrongPassphraseError) return problemErrorText(t, { problem: problem('register.problem.wrongPassphrase') });
  return problemErrorText(t, error);
}

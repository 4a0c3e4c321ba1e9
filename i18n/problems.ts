import { englishT } from './catalogues';
import type { RegisterKey } from './locales/register/en';
import type { Params } from './types';

/**
 * The message keys that word a refusal or a caution: the register's, the backup import's, the background's answers,
 * and what an e-mail read for a reference leaves to the investigator.
 */
export type ProblemKey = Extract<RegisterKey, `register.problem.${string}` | `register.import.${string}` | `register.email.${string}`>;

/**
 * A refusal told by a stable code (its message key) and its parameters, so that the surface that shows it words it
 * in the investigator's language, while logs and thrown errors keep the English.
 */
export interface Problem {
  readonly key: ProblemKey;
  readonly params?: Params;
}

export const problem = (key: ProblemKey, params?: Params): Problem => (params ? { key, params } : { key });

export function problemText(t: (key: ProblemKey, params?: Params) => string, { key, params }: Problem): string {
  return t(key, params);
}

/** The English words, for a thrown error's message and for logs. */
export const englishProblemText = (p: Problem): string => problemText(englishT, p);

/** The Problem an error carries (`error.problem`), if it carries a well-formed one. */
export function problemOf(error: unknown): Problem | null {
  const carried = (error as { problem?: unknown } | null)?.problem as { key?: unknown; params?: unknown } | undefined;
  if (!carried || typeof carried.key !== 'string' || !/^register\.(problem|import|email)\./.test(carried.key)) return null;
  const params = carried.params;
  if (params !== undefined && (typeof params !== 'object' || params === null)) return null;
  return carried as Problem;
}

/** An error in words for the investigator: its Problem in `t`'s language, else its own (English) message. */
export function errorText(t: (key: ProblemKey, params?: Params) => string, error: unknown): string {
  const carried = problemOf(error);
  if (carried) return problemText(t, carried);
  return error instanceof Error ? error.message : String(error);
}

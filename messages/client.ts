import type { CheckFormRequest, CheckFormResponse } from './protocol';
import { send } from './send';

/** Ask the background to check a form snapshot. A malformed answer is an error, never rendered. */
export function requestCheck(snapshot: CheckFormRequest['snapshot']): Promise<CheckFormResponse> {
  return send('check-form', { snapshot });
}

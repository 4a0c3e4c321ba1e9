import type { CheckFormRequest, CheckFormResponse } from './protocol';
import { sendFromGuide as send } from './send-from-guide';

/** Ask the background to check a form snapshot. A malformed answer is an error, never rendered. */
export function requestCheck(snapshot: CheckFormRequest['snapshot']): Promise<CheckFormResponse> {
  return send('check-form', { snapshot });
}

import { browser } from 'wxt/browser';
import { checkFormResponseSchema, type CheckFormRequest, type CheckFormResponse } from './protocol';

/** Ask the background to check a form snapshot. A malformed answer is an error, never rendered. */
export async function requestCheck(snapshot: CheckFormRequest['snapshot']): Promise<CheckFormResponse> {
  const request: CheckFormRequest = { type: 'check-form', snapshot };
  const answer: unknown = await browser.runtime.sendMessage(request);
  return checkFormResponseSchema.parse(answer);
}

import { browser } from 'wxt/browser';
import { protocol, refusalSchema, type MessageType, type RequestOf, type ResponseOf } from './protocol';
import { MessageRefused } from './refused';

export { MessageRefused } from './refused';

/**
 * Send one protocol message to the background and validate its answer: a malformed answer is an error, never
 * rendered. Used by the popup, the dashboard, the options and the insert page; the guide uses `sendFromGuide`.
 */
export async function send<K extends MessageType>(type: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
  const answer: unknown = await browser.runtime.sendMessage({ ...request, type });
  const refusal = refusalSchema.safeParse(answer);
  if (refusal.success) throw new MessageRefused(`${type}: ${refusal.data.refused}`);
  return protocol[type].response.parse(answer) as ResponseOf<K>;
}

import type { Browser } from 'wxt/browser';
import { isMessageType, protocol, type MessageType, type Refusal, type RequestOf, type ResponseOf, type SenderKind } from '../../messages/protocol';
import { providerForUrl } from '../../providers/registry';

/** Who sent a message, as the browser reports it: never as the message says. */
export type SenderContext =
  | { kind: 'guide'; tabId: number; frameId: number; url: string; providerId: string }
  | { kind: 'extension'; url: string; tabId: number | null };

export type GuideContext = Extract<SenderContext, { kind: 'guide' }>;
export type ExtensionContext = Extract<SenderContext, { kind: 'extension' }>;
type ContextFor<S extends SenderKind> = S extends 'guide' ? GuideContext : ExtensionContext;

export type Handlers = {
  [K in MessageType]: (request: RequestOf<K>, sender: ContextFor<(typeof protocol)[K]['from']>) => Promise<ResponseOf<K>> | ResponseOf<K>;
};

/**
 * Classify a sender from what the browser says about it. An extension page: a URL inside this extension's base
 * URL. The guide: QuickFreeze's content script in the top frame of a tab showing a portal page (it is injected
 * only there, so a message from any other frame or page is not the guide's). Anything else: null.
 */
export function classifySender(sender: Browser.runtime.MessageSender, ownId: string, extensionBase: string): SenderContext | null {
  if (sender.id !== ownId || !sender.url) return null;
  if (sender.url.startsWith(extensionBase)) return { kind: 'extension', url: sender.url, tabId: sender.tab?.id ?? null };
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId !== 0) return null;
  const provider = providerForUrl(sender.url);
  return provider ? { kind: 'guide', tabId, frameId: 0, url: sender.url, providerId: provider.id } : null;
}

const refuse = (reason: string): Refusal => ({ refused: reason });

/**
 * Dispatch one message: its type must be in the protocol, its sender of the kind the protocol names, its request
 * valid; the handler's answer is validated too, so nothing malformed leaves the background either.
 */
export async function route(message: unknown, sender: SenderContext | null, handlers: Handlers): Promise<unknown> {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  if (!isMessageType(type)) return refuse('unknown message');
  const spec = protocol[type];
  if (!sender || sender.kind !== spec.from) return refuse(`${type} is not accepted from this sender`);
  const request = spec.request.safeParse(message);
  if (!request.success) return refuse(`malformed ${type}`);
  const handler = handlers[type] as (request: unknown, sender: SenderContext) => unknown;
  try {
    const response = spec.response.safeParse(await handler(request.data, sender));
    return response.success ? response.data : refuse(`${type}: malformed answer`);
  } catch (error) {
    return refuse(error instanceof Error ? error.message : String(error));
  }
}

import type { browser } from 'wxt/browser';
import type { MessageType, RequestOf, ResponseOf } from './protocol';
import { MessageRefused } from './refused';

type ExtensionApi = typeof browser;

/**
 * The browser's own extension API, as the in-page guide uses it: Chromium (MV3) and Firefox both answer
 * `runtime.sendMessage` with a promise, so the page bundle carries no webextension-polyfill.
 */
export function nativeExtensionApi(): ExtensionApi {
  const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  return (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as ExtensionApi;
}

/**
 * The router's refusal (`{ refused }`), or the polyfill's wrapping of a background listener that threw: the
 * background answers with the polyfill, which sends a rejection as this marker object.
 */
function refusalOf(answer: unknown): string | null {
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) return null;
  const { refused, __mozWebExtensionPolyfillReject__: rejected, message } = answer as Record<string, unknown>;
  if (typeof refused === 'string') return refused;
  return rejected === true ? String(message) : null;
}

/**
 * Send one protocol message from the in-page guide. Its answer is not parsed here again: the background's router
 * validates every answer against the protocol's schema before it leaves (entrypoints/background/router.ts), and
 * nothing but the extension's own contexts can answer a content script. So the page bundle carries no schema
 * library and builds no schemas at start-up; a refusal is still an error, never rendered.
 */
export async function sendFromGuide<K extends MessageType>(type: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
  const answer: unknown = await nativeExtensionApi().runtime.sendMessage({ ...request, type });
  const refused = refusalOf(answer);
  if (refused !== null) throw new MessageRefused(`${type}: ${refused}`);
  return answer as ResponseOf<K>;
}

import type { BrowserContext } from 'playwright-core';

export const EXTENSION_DIR: string;
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  unexpectedRequests: string[];
  close(): Promise<void>;
}
export function launchWithExtension(options?: {
  pages?: Map<string, string>;
  headless?: boolean;
  extensionDir?: string;
  /** Reuse this profile directory (kept after close): for browser-restart tests. */
  userDataDir?: string;
  /** false: the same browser without QuickFreeze, as a baseline. */
  withExtension?: boolean;
}): Promise<ExtensionBrowser>;
export function unpackedExtensionId(dir: string): string;
export const openBrowsers: Set<ExtensionBrowser>;

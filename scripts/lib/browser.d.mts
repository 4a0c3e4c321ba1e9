import type { BrowserContext } from 'playwright-core';

export const EXTENSION_DIR: string;
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string | null;
  unexpectedRequests: string[];
  close(): Promise<void>;
}
export function launchWithExtension(options?: {
  pages?: Map<string, string>;
  headless?: boolean;
  extensionDir?: string;
}): Promise<ExtensionBrowser>;

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, type ExtensionBrowser } from '../../../scripts/lib/browser.mjs';

/**
 * A Chromium profile in which the investigator has already said "Allow" to these origins for QuickFreeze.
 * The browser's permission prompt cannot be clicked in headless Chromium, so the grant is written where Chromium
 * keeps it (the profile's Preferences, `granted_permissions` and `active_permissions` of the extension): the
 * extension's own `permissions.request` then resolves true without a prompt, as it does after a real "Allow".
 * Launches once to let Chromium create the profile and install the extension, then writes the grant.
 */
export async function profileWithGrantedOrigins(origins: readonly string[], pages: Map<string, string>): Promise<{ profile: string; launch: () => Promise<ExtensionBrowser> }> {
  const profile = mkdtempSync(join(tmpdir(), 'quickfreeze-granted-'));
  const first = await launchWithExtension({ pages, userDataDir: profile });
  const page = await first.context.newPage();
  await page.goto(`chrome-extension://${first.extensionId}/options.html`);
  await first.close();
  const file = join(profile, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8')) as { extensions: { settings: Record<string, Record<string, { explicit_host?: string[] }>> } };
  const ours = prefs.extensions.settings[first.extensionId];
  if (!ours?.granted_permissions || !ours.active_permissions) throw new Error('Chromium did not record QuickFreeze’s permissions in the profile.');
  for (const key of ['granted_permissions', 'active_permissions'] as const) {
    ours[key]!.explicit_host = [...new Set([...(ours[key]!.explicit_host ?? []), ...origins])];
  }
  writeFileSync(file, JSON.stringify(prefs));
  return { profile, launch: () => launchWithExtension({ pages, userDataDir: profile }) };
}

/** The few extension APIs these tests call from an extension page (inside `page.evaluate`). */
export interface ExtensionApis {
  permissions: { contains(request: { origins: string[] }): Promise<boolean> };
  scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[] }>> };
  storage: { local: { set(items: object): Promise<void> } };
}

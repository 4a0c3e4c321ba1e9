import type { GuideSettings } from '../../messages/protocol';
import { nativeExtensionApi, sendFromGuide } from '../../messages/send-from-guide';

/** The settings key in storage.local (storage/settings.ts): its change is the guide's signal to ask again. */
const SETTINGS_KEY = 'settings';

/**
 * The guide's side of the settings: it never reads the extension's storage, it asks the background, which
 * answers only what the guide needs (disabled providers, collapsed state) and accepts only the collapsed state.
 * Kept apart from storage/settings.ts so the page bundle builds none of the full settings' schema.
 */
export function loadGuideSettings(): Promise<GuideSettings> {
  return sendFromGuide('get-guide-settings', {});
}

export function setGuideCollapsed(collapsed: boolean): Promise<GuideSettings> {
  return sendFromGuide('set-guide-collapsed', { collapsed });
}

/** Calls back with what the background answers after each change of the stored settings. */
export function onGuideSettingsChanged(callback: (settings: GuideSettings) => void): () => void {
  const storage = nativeExtensionApi().storage;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) void loadGuideSettings().then(callback, () => undefined);
  };
  storage.onChanged.addListener(listener);
  return () => storage.onChanged.removeListener(listener);
}

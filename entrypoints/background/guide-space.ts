import { browser } from 'wxt/browser';
import { guideSpacePatterns } from '../../providers/match-patterns';
import { providers } from '../../providers/registry';
import { loadSettings, onSettingsChanged, type Settings } from '../../storage/settings';

export const GUIDE_SPACE_SCRIPT_ID = 'quickfreeze-guide-space';

/**
 * The guide is injected after the page's load, and reserving its width then (a margin on <html>) lays the whole page
 * out again and moves everything under the investigator's pointer. A style registered for the portals where the guide
 * will show reserves that width from the first layout instead; the guide sets the same margin when it draws and turns
 * the style off where it does not show. Only a stylesheet: no script runs in the page before the guide.
 */
export function guideSpaceScript(settings: Pick<Settings, 'disabledProviders' | 'guideCollapsed'>) {
  const { matches, excludeMatches } = guideSpacePatterns(providers, settings.disabledProviders);
  return {
    id: GUIDE_SPACE_SCRIPT_ID,
    matches,
    excludeMatches,
    css: [settings.guideCollapsed ? 'guide-space-collapsed.css' : 'guide-space.css'],
    runAt: 'document_start' as const,
    allFrames: false,
    persistAcrossSessions: true,
  };
}

async function syncNow(settings: Settings): Promise<void> {
  const scripting = browser.scripting;
  if (!scripting?.registerContentScripts) return; // Firefox MV2: the guide reserves its width when it draws
  const wanted = guideSpaceScript(settings);
  const [current] = await scripting.getRegisteredContentScripts({ ids: [GUIDE_SPACE_SCRIPT_ID] });
  if (!current) return scripting.registerContentScripts([wanted]);
  const same = (a: readonly string[] = [], b: readonly string[] = []) => a.length === b.length && a.every((x, i) => x === b[i]);
  if (same(current.matches, wanted.matches) && same(current.excludeMatches, wanted.excludeMatches) && same(current.css, wanted.css)) return;
  await scripting.updateContentScripts([wanted]);
}

let syncing: Promise<void> = Promise.resolve();
function sync(settings?: Settings): Promise<void> {
  syncing = syncing.then(async () => syncNow(settings ?? (await loadSettings()))).catch(() => undefined);
  return syncing;
}

/** Keep the registered style in step with the providers turned off and the guide's collapsed state. */
export function watchGuideSpace(): void {
  onSettingsChanged((settings) => void sync(settings));
  void sync();
}

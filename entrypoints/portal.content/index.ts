import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { portalMatchPatterns } from '../../providers/match-patterns';
import { providerForUrl } from '../../providers/registry';
import { factsForPage } from '../../providers/page-facts';
import { recognizePage } from '../../recognition/recognize';
import { loadSettings, onSettingsChanged, updateSettings, type Settings } from '../../storage/settings';
import { GuideHost, GUIDE_TAG } from './guide-host';
import { watchPage } from './page-watcher';

export default defineContentScript({
  matches: portalMatchPatterns(),
  runAt: 'document_idle',
  async main(ctx) {
    await startGuide(ctx);
  },
});

async function startGuide(ctx: ContentScriptContext): Promise<void> {
  let settings: Settings = await loadSettings();
  let host: GuideHost | null = null;
  let lastRendered = '';

  const isOwnNode = (node: Node | null): boolean =>
    !!node && (node === host?.element || (node instanceof Element && node.closest(GUIDE_TAG) !== null) || node === document.documentElement);

  const refresh = () => {
    const url = new URL(location.href);
    const provider = providerForUrl(url);
    if (!provider || settings.disabledProviders.includes(provider.id)) {
      host?.destroy();
      host = null;
      lastRendered = '';
      return;
    }
    const { page, fields } = recognizePage(document, url, provider);
    const roled = fields.flatMap((f) => (f.role ? [{ role: f.role, label: f.label }] : []));
    const signature = JSON.stringify([provider.id, page, roled, settings.guideCollapsed]);
    host ??= new GuideHost(document);
    if (signature === lastRendered && host.element.isConnected) return;
    lastRendered = signature;
    host.update(provider.id, {
      providerName: provider.name,
      page,
      facts: factsForPage(provider, page),
      fields: roled,
      collapsed: settings.guideCollapsed,
      onToggle: () => void updateSettings({ guideCollapsed: !settings.guideCollapsed }),
    });
  };

  ctx.onInvalidated(onSettingsChanged((next) => {
    settings = next;
    lastRendered = '';
    refresh();
  }));
  ctx.onInvalidated(() => host?.destroy());
  watchPage(ctx, isOwnNode, refresh);
  refresh();
}

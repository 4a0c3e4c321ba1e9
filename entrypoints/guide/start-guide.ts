import { BADGE_TAG } from './badges';
import { runFeatures } from './features/define';
import { features } from './features/index';
import type { GuideContext } from './guide-context';
import { sharingPageRoots } from '../../recognition/page-roots';
import { GUIDE_TAG } from './guide-host';
import { loadGuideText, type GuideLook } from './guide-language';
import { loadGuideSettings, onGuideSettingsChanged } from './guide-settings';
import { PageSession } from './page-session';
import { watchPage } from './page-watcher';

/** QuickFreeze's own elements, whose changes are not changes of the page. */
const isOwnNode = (node: Node | null): boolean =>
  !!node &&
  (node === document.documentElement || (node instanceof Element && (node.closest(GUIDE_TAG) !== null || node.closest(BADGE_TAG) !== null)));

/** The in-page guide: a session that recognizes the page, and the features that run on it. */
export async function startGuide(ctx: GuideContext): Promise<void> {
  // A guide left by an earlier instance of the extension (reloaded or updated) stops within a second; its
  // elements go now, so the page never shows two.
  for (const stale of Array.from(document.querySelectorAll(`${GUIDE_TAG}, ${BADGE_TAG}`))) stale.remove();
  // The messages are asked for beside the settings, not after them: no round-trip in series before the first draw.
  const text = loadGuideText();
  const session = new PageSession(document, await loadGuideSettings());
  runFeatures(session, features, ctx.signal);
  const useText = (next: Promise<GuideLook>) => next.then((answer) => session.changeText(answer));
  ctx.onInvalidated(
    onGuideSettingsChanged((next) => {
      session.changeSettings(next);
      // The language may be what changed: ask again (the session redraws only if the locale differs).
      void useText(loadGuideText()).catch(() => undefined);
    }),
  );
  ctx.onInvalidated(() => session.clear());
  sharingPageRoots(document, () => {
    watchPage(ctx, isOwnNode, (reasons) => session.refresh(reasons));
    session.refresh();
  });
  // Asked once more if the first answer failed (the background was starting); without messages the panel waits.
  await useText(text).catch(() => useText(loadGuideText())).catch(() => undefined);
}

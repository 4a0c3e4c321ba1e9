import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { GuideContext } from './guide-context';
import { startGuide } from './start-guide';

/**
 * The in-page guide, injected by the background into a portal page once it has loaded (see
 * entrypoints/background/inject-guide.ts). A second injection into the same page does nothing.
 */
export default defineUnlistedScript(() => {
  const marker = globalThis as { __quickfreezeGuide?: boolean };
  if (marker.__quickfreezeGuide) return;
  marker.__quickfreezeGuide = true;
  void startGuide(new GuideContext());
});

import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startGuide } from './start-guide';

/**
 * The guide, injected by the background into a portal page once the loader reports that the page has loaded:
 * its parsing and start-up never delay the portal's own load.
 */
export default defineUnlistedScript(() => {
  void startGuide(new ContentScriptContext('quickfreeze-guide'));
});

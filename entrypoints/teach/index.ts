import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { TEACH_GLOBAL } from '../guide/teach-loader';
import { teachModule } from './teach-module';

/**
 * The guide's "Fix recognition" panel and shape report, injected by the background into a guide's frame on the
 * investigator's first click on "Fix recognition" (entrypoints/background/taught.ts), so guide.js does without
 * them. It only leaves its module where the guide looks for it (see entrypoints/guide/teach-loader.ts).
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as Record<string, unknown>;
  scope[TEACH_GLOBAL] ??= teachModule;
});

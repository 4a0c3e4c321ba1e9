import { sendFromGuide } from '../../../messages/send-from-guide';
import { defineFeature } from './define';

const openOptions = () => void sendFromGuide('open-options', {}).catch(() => undefined);

/**
 * The legal routes to the provider's data for the investigator's country (contract section 10). The background
 * computes them from the legal data for the tab's own provider, so the page bundle carries none of it; they are
 * asked again when the settings change (the country is set on the options page).
 */
export default defineFeature({
  id: 'routes',
  include: 'all',
  init(session, signal) {
    let asked = 0;
    let shownFor = ''; // the provider whose routes are shown or on their way
    const show = () => {
      const provider = session.recognition?.provider;
      if (!provider || provider.id === shownFor) return;
      shownFor = provider.id;
      const mine = ++asked;
      const answered = sendFromGuide('guide-routes', {}).then(
        (answer) => {
          if (mine !== asked || signal.aborted || session.recognition?.provider.id !== provider.id) return;
          session.contribute('routes', { routes: { providerName: provider.name, answer, onOpenOptions: openOptions } });
        },
        () => {
          if (mine === asked) shownFor = ''; // no routes rather than wrong ones; the next recognition asks again
        },
      );
      session.awaitBeforeFirstDraw(answered);
    };
    session.on('settings', () => (shownFor = ''), signal);
    session.on('recognized', show, signal);
    show();
  },
});

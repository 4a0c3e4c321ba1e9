import { sendFromGuide } from '../../../messages/send-from-guide';
import { defineFeature } from './define';

/**
 * The provider's facts for this kind of page, each with its sources. The background holds the provider data and
 * answers for the tab's own provider, so the page bundle carries no facts.
 */
export default defineFeature({
  id: 'facts',
  include: 'all',
  init(session, signal) {
    let asked = 0;
    let shownFor = ''; // the provider and page kind whose facts are shown or on their way
    const show = () => {
      const recognition = session.recognition;
      if (!recognition) return;
      // Recognition runs again on every pause in typing; the facts change only with the provider or the page kind.
      const key = `${recognition.provider.id}:${recognition.page}`;
      if (key === shownFor) return;
      shownFor = key;
      const mine = ++asked;
      const page = recognition.page;
      const answered = sendFromGuide('page-facts', { page }).then(
        (facts) => {
          // A newer recognition asked again: drop this stale answer.
          if (mine === asked && !signal.aborted && session.recognition?.page === page) session.contribute('facts', { facts });
        },
        () => {
          if (mine === asked) shownFor = ''; // no facts rather than wrong ones; the next recognition asks again
        },
      );
      session.awaitBeforeFirstDraw(answered);
    };
    session.on('recognized', show, signal);
    show();
  },
});

import { factsForPage } from '../../../providers/page-facts';
import { defineFeature } from './define';

/** The provider's facts for this kind of page, each with its sources. */
export default defineFeature({
  id: 'facts',
  include: 'all',
  init(session, signal) {
    const show = () => {
      const recognition = session.recognition;
      if (recognition) session.contribute('facts', { facts: factsForPage(recognition.provider, recognition.page) });
    };
    session.on('recognized', show, signal);
    show();
  },
});

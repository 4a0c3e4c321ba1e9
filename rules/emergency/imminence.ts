import { SOURCES } from '../../providers/sources';
import { narrativeRule } from './lib/narrative-rule';

export default narrativeRule(
  'emergency/imminence',
  'imminence',
  'rules.emergency.imminence',
  {
    title: 'Emergency: show that the harm is imminent',
    why: 'An emergency request must show why disclosure cannot wait for legal process: the harm is ongoing or about to happen. Words about the request ("urgent", "please expedite") do not show that.',
    fix: 'Say why it cannot wait: the person is still missing, the suspect said he will act tonight, the victim is being held now, the threat is ongoing.',
    sources: [SOURCES.usc2702, SOURCES.xGuidelines],
  },
);

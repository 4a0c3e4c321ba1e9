import { SOURCES } from '../../providers/sources';
import { narrativeRule } from './lib/narrative-rule';

export default narrativeRule(
  'emergency/person-at-risk',
  'personAtRisk',
  'rules.emergency.personAtRisk',
  {
    title: 'Emergency: say who is at risk',
    why: 'Providers ask who is in danger. "Someone" or "people" does not let them weigh the emergency.',
    fix: 'Identify the person at risk as far as you can: name or initials, age, relation to the suspect ("his ex-partner J.D., 34", "a 14-year-old girl", "students at the named school", "the account holder himself").',
    sources: [SOURCES.usc2702, SOURCES.xGuidelines],
  },
);

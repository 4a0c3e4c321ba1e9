import { SOURCES } from '../../providers/sources';
import { narrativeRule } from './lib/narrative-rule';

export default narrativeRule(
  'emergency/harm',
  'harm',
  'rules.emergency.harm',
  {
    title: 'Emergency: state the danger',
    why: 'Providers disclose without legal process only for an emergency involving danger of death or serious physical injury (or imminent harm to a child). A request that describes fraud, harassment or a stolen account, or that denies a threat to life, is refused or sent back.',
    fix: 'Say what will happen to whom: a threat to kill, a suicide plan, an abduction, a bomb threat, sexual abuse of a child. Quote the threatening message if there is one.',
    sources: [SOURCES.usc2702, SOURCES.metaGuidelines],
  },
);

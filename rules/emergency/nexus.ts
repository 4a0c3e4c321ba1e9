import { SOURCES } from '../../providers/sources';
import { narrativeRule } from './lib/narrative-rule';

export default narrativeRule(
  'emergency/nexus',
  'nexus',
  'rules.emergency.nexus',
  {
    title: 'Emergency: link the data to preventing the harm',
    why: 'A provider discloses in an emergency only the data that helps avert the danger. It must see why this account’s data (subscriber details, recent IP addresses, location) will let you prevent the harm.',
    fix: 'Say what the data will let you do: locate the person, identify who sent the threat so officers can intervene, trace the device.',
    sources: [SOURCES.usc2702, SOURCES.xGuidelines],
  },
);

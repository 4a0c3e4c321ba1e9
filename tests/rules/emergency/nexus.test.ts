import nexus from '../../../rules/emergency/nexus';
import { describeWordingRule } from './wording-cases';

describeWordingRule(
  nexus,
  [
    'He will kill her tonight. We need his IP address to locate him before he reaches her.',
    'Suicide threat. The subscriber information will allow us to identify her and send officers.',
  ],
  ['He will kill her tonight. Please provide all data.', 'He will kill her tonight. We need the records to charge him.'],
);

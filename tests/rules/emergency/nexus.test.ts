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

describeWordingRule(
  nexus,
  [
    'He has a rifle and will kill them. We need his subscriber details so deputies can visit him and remove the rifle.',
    'He is holding his son on the bridge and will jump. Request the phone number on his account so negotiators can call him.',
    'Hunter overdue, may die of exposure. Location history so the search team can narrow the search.',
  ],
  ['He has a rifle and will kill them. Records are requested for the prosecution of the poster.'],
);

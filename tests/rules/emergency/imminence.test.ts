import imminence from '../../../rules/emergency/imminence';
import { describeWordingRule } from './wording-cases';

describeWordingRule(
  imminence,
  [
    'He said he will kill her tonight.',
    'The girl is still missing and in danger.',
    'The hostage is being held right now.',
    'He plans to attack the school tomorrow morning.',
  ],
  [
    'He threatened to kill her last year; please respond ASAP.',
    'Urgent! Threat to kill, please expedite.',
    'There is no immediate danger, but he threatened to stab him in 2024.',
  ],
);

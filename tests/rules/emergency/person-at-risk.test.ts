import personAtRisk from '../../../rules/emergency/person-at-risk';
import { describeWordingRule } from './wording-cases';

describeWordingRule(
  personAtRisk,
  ['He will kill his ex-partner tonight.', 'A 14-year-old girl threatened suicide.', 'Students at Lincoln High School are at risk.', 'The account holder himself said he will overdose.'],
  ['Someone might get hurt.', 'People could be killed tonight.'],
);

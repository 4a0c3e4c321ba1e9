import harm from '../../../rules/emergency/harm';
import { describeWordingRule } from './wording-cases';

describeWordingRule(
  harm,
  [
    'He threatened to kill his ex-wife.',
    'The user says she will overdose on her pills tonight.',
    'A 12-year-old was abducted from the park.',
    'Ongoing sexual abuse of a minor is being streamed.',
    'He posted that he will shoot students at the school.',
    'She wrote "goodbye everyone, this is my last day".',
  ],
  [
    'The account was used for credit card fraud.',
    'There is no threat to life; we need the data for a harassment case.',
    'Harassing messages were sent to the victim.',
    'URGENT: please expedite, time-sensitive request.',
    'The killer deals in this shop are a scam.',
    '',
  ],
);

import { describeHeldOutSet } from './held-out-set';

/**
 * Set holdout66 (tests/fixtures/emails/holdout66, by an author who never read the parser, its tests or the other sets'
 * e-mails): African units; see the corpus README, Set 107.
 */
// Held-out set: written blind on 2026-12-04 while round 53's reader was being written, measured by the lead, never tuned
// on and its failures never read. Measured with the reader of 94a6f95c:
// provider / references / date / account recall / distractors 75.0 (15/20; 100 of the 15 known) / 95.0 (19/20) / 84.2 (16/19) / 88.6 (31/35) / 0;
// in the form or one click away: references 100.0%, date 89.5%, accounts 94.3%.
// The floors are a regression alarm at the first figures, not a target.
describeHeldOutSet('holdout66', 20, { provider: 0.75, references: 0.95, dates: 0.842, accounts: 0.885, distractors: 0 }, { references: 1, dates: 0.894, accounts: 0.942 });

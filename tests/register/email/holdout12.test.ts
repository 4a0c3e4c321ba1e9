import { describeHeldOutSet } from './held-out-set';

/**
 * Set holdout12 (tests/fixtures/emails/holdout12, by a nineteenth author who never read the parser, its tests or the
 * other sets' e-mails).
 */
// Held-out set: written blind on 2026-11-30 by a nineteenth author, measured by the lead before and after round 12,
// never tuned on; floors set by the lead.
describeHeldOutSet('holdout12', 36, { provider: 0, references: 0, dates: 0, accounts: 0, distractors: 99 });

import { describeHeldOutSet } from './held-out-set';

/**
 * Set holdout23 (tests/fixtures/emails/holdout23, by an author who never read the parser, its tests or the other sets'
 * e-mails): a natural mix of 26 providers, about half of the e-mails as mail clients and ticket systems leave them.
 */
// Held-out set: written blind on 2026-12-01, measured by the lead, never tuned on and its failures never read.
// provider / references / date / account recall / distractors proposed:
// with the reader as the day's session began (76538e1):
// 97.5 (39/40) / 95.0 (38/40) / 97.4 (38/39) / 87.9 (58/66) / 3;
// with the reader after rounds 25-29 (7ae9b20), scored once:
// 97.5 (39/40) / 97.5 (39/40) / 97.4 (38/39) / 89.4 (59/66) / 2.
// Measured again after rounds 30-31 (2d45f9c): account recall raised; the floor follows it.
// The floors are a regression alarm at the last figures, not a target.
describeHeldOutSet('holdout23', 40, { provider: 0.975, references: 0.975, dates: 0.974, accounts: 0.924, distractors: 2 });

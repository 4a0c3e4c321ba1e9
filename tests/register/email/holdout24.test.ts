import { describeHeldOutSet } from './held-out-set';

/**
 * Set holdout24 (tests/fixtures/emails/holdout24, by an author who never read the parser, its tests or the other sets'
 * e-mails): a natural mix of 30 providers (PayPal not in the registry), about half of the e-mails as mail clients and
 * ticket systems leave them.
 */
// Held-out set: written blind on 2026-12-01, measured by the lead, never tuned on and its failures never read.
// provider / references / date / account recall / distractors proposed:
// with the reader as the day's session began (76538e1):
// 97.5 (39/40; known providers 39/39) / 95.0 (38/40) / 95.0 (38/40) / 88.0 (66/75) / 4;
// with the reader after rounds 25-29 (7ae9b20), scored once: the same figures.
// The floors are a regression alarm at the last figures, not a target.
// Measured again after rounds 30-33 (5fea948): account recall 90.7 (68/75); the floor follows it.
describeHeldOutSet('holdout24', 40, { provider: 0.975, references: 0.95, dates: 0.95, accounts: 0.906, distractors: 4 });

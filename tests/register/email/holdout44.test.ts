import { describeHeldOutSet } from './held-out-set';

/**
 * Set holdout44 (tests/fixtures/emails/holdout44, by an author who never read the parser, its tests or the other sets'
 * e-mails): a general mix of about 30 providers; see the corpus README, Set 60.
 */
// Held-out set: written blind on 2026-12-02, measured by the lead, never tuned on and its failures never read.
// provider / references / date / account recall / distractors proposed:
// with the reader as the session began (0b31728):
// 97.5 (39/40; known providers 39/39) / 97.5 (39/40) / 92.9 (39/42) / 96.0 (72/75) / 3.
// The floors are a regression alarm at the last figures, not a target.
// In the form or one click away (tests/register/email/one-click.ts; the paste form's choices of 2026-12-02): references
// 97.5%, date 97.6%, accounts 96.0%.
describeHeldOutSet('holdout44', 40, { provider: 0.975, references: 0.975, dates: 0.928, accounts: 0.96, distractors: 3 }, { references: 0.974, dates: 0.975, accounts: 0.959 });

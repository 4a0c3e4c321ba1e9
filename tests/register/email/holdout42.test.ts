import { describeHeldOutSet } from './held-out-set';

/**
 * Set holdout42 (tests/fixtures/emails/holdout42, by an author who never read the parser, its tests or the other sets'
 * e-mails): a general mix of about 30 providers; see the corpus README, Set 58.
 */
// Held-out set: written blind on 2026-12-02, measured by the lead, never tuned on and its failures never read.
// provider / references / date / account recall / distractors proposed:
// with the reader as the session began (0b31728):
// 100 (40/40) / 95.0 (38/40) / 92.7 (38/41) / 92.8 (64/69) / 1.
// The floors are a regression alarm at the last figures, not a target.
// In the form or one click away (tests/register/email/one-click.ts; the paste form's choices of 2026-12-02): references
// 97.5%, date 97.6%, accounts 100.0%.
// After round 43 (2026-12-02: webmail stamps without a year, a weekday read as a month no longer hiding the date
// after it): date 95.1 (39/41); in the form or one click away 100.0%.
describeHeldOutSet('holdout42', 40, { provider: 1.0, references: 0.95, dates: 0.951, accounts: 0.927, distractors: 1 }, { references: 0.974, dates: 1, accounts: 1 });

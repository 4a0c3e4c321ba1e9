import { describeHeldOutSet } from './held-out-set';

/**
 * Set holdout43 (tests/fixtures/emails/holdout43, by an author who never read the parser, its tests or the other sets'
 * e-mails): a general mix of about 30 providers; see the corpus README, Set 59.
 */
// Held-out set: written blind on 2026-12-02, measured by the lead, never tuned on and its failures never read.
// provider / references / date / account recall / distractors proposed:
// with the reader as the session began (0b31728):
// 100 (40/40) / 95.0 (38/40) / 85.4 (35/41) / 95.9 (71/74) / 3.
// The floors are a regression alarm at the last figures, not a target.
// In the form or one click away (tests/register/email/one-click.ts; the paste form's choices of 2026-12-02): references
// 95.0%, date 87.8%, accounts 98.6%.
// After round 43 (2026-12-02: webmail stamps without a year, a weekday read as a month no longer hiding the date
// after it): date 87.8 (36/41); in the form or one click away 90.2%.
describeHeldOutSet('holdout43', 40, { provider: 1.0, references: 0.95, dates: 0.878, accounts: 0.959, distractors: 3 }, { references: 0.949, dates: 0.901, accounts: 0.985 });

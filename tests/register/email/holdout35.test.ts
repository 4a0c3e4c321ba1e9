import { describeHeldOutSet } from './held-out-set';

/**
 * Set holdout35 (tests/fixtures/emails/holdout35, by an author who never read the parser, its tests or the other sets'
 * e-mails): a general mix of about 30 providers, leaning towards European languages and clients.
 */
// Held-out set: written blind on 2026-12-01 (second session of the day), measured by the lead, never tuned on and its
// failures never read. provider / references / date / account recall / distractors proposed:
// with the reader as the session began (28e3c76):
// 100 (40/40) / 92.5 (37/40) / 86.0 (37/43) / 88.2 (60/68) / 0.
// after rounds 39-41 (the focused sets dev24-26, merged at 22aab2a), scored once:
// the same figures on every field.
// The floors are a regression alarm at the last figures, not a target.
// In the form or one click away (tests/register/email/one-click.ts; the paste form's choices of 2026-12-02): references
// 95.0%, date 93.0%, accounts 98.5%.
// After round 43 (2026-12-02: webmail stamps without a year, a weekday read as a month no longer hiding the date
// after it): date 88.4 (38/43); in the form or one click away 95.3%.
describeHeldOutSet('holdout35', 40, { provider: 1, references: 0.925, dates: 0.883, accounts: 0.882, distractors: 0 }, { references: 0.949, dates: 0.952, accounts: 0.984 });

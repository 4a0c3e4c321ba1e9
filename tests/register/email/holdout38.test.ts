import { describeHeldOutSet } from './held-out-set';

/**
 * Set holdout38 (tests/fixtures/emails/holdout38, by an author who never read the parser, its tests or the other sets'
 * e-mails): a general mix of about 30 providers, leaning towards the English-speaking world and its date habits.
 */
// Held-out set: written blind on 2026-12-01 (second session of the day), measured by the lead, never tuned on and its
// failures never read. provider / references / date / account recall / distractors proposed:
// with the reader as the session began (28e3c76):
// 97.5 (39/40) / 92.5 (37/40) / 87.8 (36/41) / 88.0 (66/75) / 1.
// after rounds 39-41 (the focused sets dev24-26, merged at 22aab2a), scored once:
// the same figures on every field.
// The floors are a regression alarm at the last figures, not a target.
// In the form or one click away (tests/register/email/one-click.ts; the paste form's choices of 2026-12-02): references
// 97.5%, date 92.7%, accounts 98.7%.
// After round 43 (2026-12-02: webmail stamps without a year, a weekday read as a month no longer hiding the date
// after it): date 92.7 (38/41); in the form or one click away 97.6%.
describeHeldOutSet('holdout38', 40, { provider: 0.975, references: 0.925, dates: 0.926, accounts: 0.88, distractors: 1 }, { references: 0.974, dates: 0.975, accounts: 0.986 });

import { describeHeldOutSet } from './held-out-set';

/**
 * Set holdout39 (tests/fixtures/emails/holdout39, by an author who never read the parser, its tests or the other sets'
 * e-mails): a general mix of about 30 providers, spread evenly, with shapes a reader's author might not have thought of.
 */
// Held-out set: written blind on 2026-12-01 (second session of the day), measured by the lead, never tuned on and its
// failures never read. provider / references / date / account recall / distractors proposed:
// with the reader as the session began (28e3c76):
// 97.5 (39/40; proton not in the registry) / 100 (40/40) / 92.9 (39/42) / 98.7 (78/79) / 2.
// after rounds 39-41 (the focused sets dev24-26, merged at 22aab2a), scored once:
// the same figures on every field.
// after round 42 (tuned on holdout30-34, merged at the session's end of 2026-12-02), scored once:
// the same figures but 1 distractor (one proposal of 40 changed).
// The floors are a regression alarm at the last figures, not a target.
// In the form or one click away (tests/register/email/one-click.ts; the paste form's choices of 2026-12-02): references
// 100.0%, date 95.2%, accounts 100.0%.
// After round 43 (2026-12-02: webmail stamps without a year, a weekday read as a month no longer hiding the date
// after it): date 95.2 (40/42); in the form or one click away 97.6%.
describeHeldOutSet('holdout39', 40, { provider: 0.975, references: 1, dates: 0.952, accounts: 0.987, distractors: 1 }, { references: 1, dates: 0.975, accounts: 1 });

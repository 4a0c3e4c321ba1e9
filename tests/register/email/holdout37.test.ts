import { describeHeldOutSet } from './held-out-set';

/**
 * Set holdout37 (tests/fixtures/emails/holdout37, by an author who never read the parser, its tests or the other sets'
 * e-mails): a general mix of about 30 providers, leaning towards human conversation: ticket threads, quoted requests, forwards, phone copies, long signatures.
 */
// Held-out set: written blind on 2026-12-01 (second session of the day), measured by the lead, never tuned on and its
// failures never read. provider / references / date / account recall / distractors proposed:
// with the reader as the session began (28e3c76):
// 100 (40/40) / 95.0 (38/40) / 88.1 (37/42) / 94.9 (74/78) / 0.
// after rounds 39-41 (the focused sets dev24-26, merged at 22aab2a), scored once:
// the same figures on every field.
// The floors are a regression alarm at the last figures, not a target.
// In the form or one click away (tests/register/email/one-click.ts; the paste form's choices of 2026-12-02): references
// 97.5%, date 95.2%, accounts 97.4%.
describeHeldOutSet('holdout37', 40, { provider: 1, references: 0.95, dates: 0.88, accounts: 0.948, distractors: 0 }, { references: 0.974, dates: 0.951, accounts: 0.973 });

import { describeHeldOutSet } from './held-out-set';

/**
 * Set holdout18 (tests/fixtures/emails/holdout18, by a twenty-fifth author who never read the parser, its tests or
 * the other sets' e-mails), in holdout17's style: e-mails as they look after a ticketing system and a webmail client.
 */
// Held-out set: written blind on 2026-12-01, measured by the lead, never tuned on.
// provider / references / date / account recall / distractors proposed:
// before round 18 (7d4a059): 100 (40 of 40) / 77.5 (31 of 40) / 71.1 (27 of 38) / 75.4 (43 of 57) / 7;
// after round 18 (13d7e6d), which tuned on holdout17: 100 / 80.0 (32 of 40) / 76.3 (29 of 38) / 82.5 (47 of 57) / 6.
// No date from a duration. The floors are a regression alarm at the last figures, not a target.
describeHeldOutSet('holdout18', 40, { provider: 1, references: 0.8, dates: 0.76, accounts: 0.82, distractors: 6 });

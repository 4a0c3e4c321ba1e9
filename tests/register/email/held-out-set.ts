import { describe, expect, it } from 'vitest';
import { providers } from '../../../providers/registry';
import { parseProviderEmail } from '../../../register/email';
import { emptyTally, loadLabels, ratio, readEmail, report, score, toProposal, type CorpusSet } from './corpus-score';
import { emptyReach, reachRatios, reachReport, scoreReach, type ReachFloors } from './one-click';

export interface HeldOutFloors { provider: number; references: number; dates: number; accounts: number; distractors: number }

const READ_ON = new Date('2026-12-01T12:00:00Z');

/**
 * A held-out e-mail set, measured and never tuned on: only its aggregate figures are printed, never a failure, and
 * EMAIL_VERBOSE is ignored on purpose, so that nobody can tune on them. The floors are a regression alarm at the
 * figures the lead measured, not a target.
 */
export function describeHeldOutSet(set: CorpusSet, emails: number, floors: HeldOutFloors, reachFloors?: ReachFloors): void {
  describe(`e-mail corpus: ${set} (never opened by the parser’s tuners)`, () => {
    const tally = emptyTally();
    const reach = emptyReach();
    const known = new Set(providers.map((p) => p.id));
    for (const label of loadLabels(set)) {
      const text = readEmail(label);
      const read = parseProviderEmail(text, READ_ON);
      score(tally, label, text, toProposal(read), known, READ_ON.toISOString().slice(0, 10));
      scoreReach(reach, label, read);
    }
    console.log(report(set, tally));
    console.log(reachReport(set, reach));

    it(`holds ${emails} e-mails`, () => {
      expect(tally.emails).toBe(emails);
    });

    it('never proposes a date computed from a duration', () => {
      expect(tally.datesFromDuration).toBe(0);
    });

    it('keeps each field above its regression floor', () => {
      expect(ratio(tally.provider, tally.emails)).toBeGreaterThanOrEqual(floors.provider);
      expect(ratio(tally.references, tally.emails)).toBeGreaterThanOrEqual(floors.references);
      expect(ratio(tally.dates.right, tally.dates.of)).toBeGreaterThanOrEqual(floors.dates);
      expect(ratio(tally.accounts.found, tally.accounts.of)).toBeGreaterThanOrEqual(floors.accounts);
      expect(tally.distractorsProposed.length).toBeLessThanOrEqual(floors.distractors);
    });

    if (reachFloors) {
      it('keeps each field, in the form or one click away, above its regression floor', () => {
        const reached = reachRatios(reach);
        expect(reached.references).toBeGreaterThanOrEqual(reachFloors.references);
        expect(reached.dates).toBeGreaterThanOrEqual(reachFloors.dates);
        expect(reached.accounts).toBeGreaterThanOrEqual(reachFloors.accounts);
      });
    }
  });
}

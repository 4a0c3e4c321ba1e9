import type { ProposedRecord } from '../../../register/email';
import { ratio, sameAccount, type Label } from './corpus-score';

/**
 * What the paste form holds or offers to pick with one click (components/dashboard/PasteBox.tsx): the right value
 * prefilled, or among the choices shown beside its field. Not the reader's proposals, which `score` measures: how far
 * the investigator is from the right record when the reader is wrong.
 */
export interface Reach {
  emails: number;
  references: number;
  dates: { right: number; of: number };
  accounts: { found: number; of: number };
}
export type ReachFloors = { references: number; dates: number; accounts: number };

export const emptyReach = (): Reach => ({ emails: 0, references: 0, dates: { right: 0, of: 0 }, accounts: { found: 0, of: 0 } });

export function scoreReach(reach: Reach, label: Label, read: ProposedRecord): void {
  reach.emails++;
  const want = label.confirmations.map((c) => c.reference);
  const got = read.confirmations.map((c) => c.reference);
  const none = got.length === 0;
  if ((want.length === got.length && want.every((r) => got.includes(r))) || (none && want.length > 0 && want.every((r) => read.referenceChoices.includes(r)))) reach.references++;
  const allAccounts = read.confirmations.flatMap((c) => c.accounts.map((a) => a.value));
  for (const c of label.confirmations) {
    reach.dates.of++;
    const match = read.confirmations.find((p) => p.reference === c.reference);
    // The form of a proposed record, or the one to type a record in where none is proposed (dated by the e-mail).
    const form = match ? { day: match.preservedOn?.day ?? null, choices: match.preservedOn?.source !== 'stated' } : none ? { day: read.emailDate?.day ?? null, choices: true } : null;
    if (form && (form.day === c.preservedOn || (form.choices && c.preservedOn !== null && read.dateChoices.some((d) => d.day === c.preservedOn)))) reach.dates.right++;
    const accounts = match ? match.accounts.map((a) => a.value) : allAccounts;
    for (const account of c.accounts) {
      reach.accounts.of++;
      if ([...accounts, ...read.accountChoices].some((a) => sameAccount(a, account))) reach.accounts.found++;
    }
  }
}

export const reachRatios = (r: Reach): ReachFloors => ({
  references: ratio(r.references, r.emails),
  dates: ratio(r.dates.right, r.dates.of),
  accounts: ratio(r.accounts.found, r.accounts.of),
});

export function reachReport(name: string, r: Reach): string {
  const { references, dates, accounts } = reachRatios(r);
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  return `${name}: in the form or one click away: references ${pct(references)}, date ${pct(dates)}, accounts ${pct(accounts)}`;
}

/** What may be said of a locked register: counts from the clear fields, never a reference, case or account. */
export interface LockedRegisterCounts {
  records: number;
  expiringSoon: number;
  /** References saved on a portal while locked, added on unlock. */
  pending: number;
}

const records = (n: number) => `${n.toLocaleString('en-US')} record${n === 1 ? '' : 's'}`;

/** The register is locked: say so, give the counts, and offer the register page, where it is unlocked. */
export function LockedNotice({ counts, onOpenRegister }: { counts: LockedRegisterCounts; onOpenRegister: () => void }) {
  return (
    <section class="locked-register" data-locked-register="" aria-labelledby="locked-heading">
      <h2 id="locked-heading">The register is locked</h2>
      <p data-locked-counts="">
        {records(counts.records)}, {counts.expiringSoon.toLocaleString('en-US')} expiring within 14 days
        {counts.pending > 0 ? `; ${counts.pending.toLocaleString('en-US')} saved while locked will be added on unlock` : ''}.
      </p>
      <p class="muted">References, cases and accounts are shown only once it is unlocked with its passphrase, on the register page.</p>
      <button type="button" data-action="open-register" onClick={onOpenRegister}>
        Open the register to unlock
      </button>
    </section>
  );
}

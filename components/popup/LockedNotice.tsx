import { useT } from '../../i18n/use-i18n';

/** What may be said of a locked register: counts from the clear fields, never a reference, case or account. */
export interface LockedRegisterCounts {
  records: number;
  expiringSoon: number;
  /** References saved on a portal while locked, added on unlock. */
  pending: number;
}

/** The register is locked: say so, give the counts, and offer the register page, where it is unlocked. */
export function LockedNotice({ counts, onOpenRegister }: { counts: LockedRegisterCounts; onOpenRegister: () => void }) {
  const t = useT();
  const params = {
    records: t('popup.locked.records', { count: counts.records }),
    expiring: t('popup.locked.expiring', { count: counts.expiringSoon }),
    pending: t('popup.locked.pending', { count: counts.pending }),
  };
  return (
    <section class="locked-register" data-locked-register="" aria-labelledby="locked-heading">
      <h2 id="locked-heading">{t('popup.locked.title')}</h2>
      <p data-locked-counts="">{counts.pending > 0 ? t('popup.locked.countsPending', params) : t('popup.locked.counts', params)}</p>
      <p class="muted">{t('popup.locked.hint')}</p>
      <button type="button" data-action="open-register" onClick={onOpenRegister}>
        {t('popup.locked.open')}
      </button>
    </section>
  );
}

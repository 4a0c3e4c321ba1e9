import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../../i18n/catalogue';
import { usePageLanguage } from '../../i18n/use-i18n';
import type { RegisterCounts } from '../../register/timeline';
import { useRegister } from './context';
import { STATUS_LOOK } from './status-look';

const TILES: ReadonlyArray<{ key: keyof RegisterCounts; label: MessageKey; look: (typeof STATUS_LOOK)[keyof typeof STATUS_LOOK] }> = [
  { key: 'active', label: 'dashboard.counts.active', look: STATUS_LOOK.active },
  { key: 'expiringSoon', label: 'dashboard.counts.expiringSoon', look: STATUS_LOOK['expiring-soon'] },
  { key: 'lapsed', label: 'dashboard.counts.lapsed', look: STATUS_LOOK.lapsed },
];

/**
 * The register at a glance: preservations active, expiring within 14 days and lapsed, read again on every change.
 * Read once `start` says the record list has its first page: counting a large register's index ranges would
 * otherwise queue in the database ahead of the list the investigator opened the page for.
 */
export function CountsHeader({ revision, start }: { revision: number; start: boolean }) {
  const register = useRegister();
  const { t, locale } = usePageLanguage();
  const [counts, setCounts] = useState<RegisterCounts | null>(null);
  useEffect(() => {
    if (!start) return;
    let live = true;
    register.counts().then(
      (next) => live && setCounts(next),
      () => live && setCounts(null),
    );
    return () => {
      live = false;
    };
  }, [revision, start]);
  return (
    <ul class="counts" aria-label={t('dashboard.counts.label')} data-counts={counts ? '' : undefined}>
      {TILES.map(({ key, label, look }) => (
        <li key={key} class={`count-tile card tone-${look.tone}`} data-count-of={key}>
          <span class="count-label">
            <span aria-hidden="true">{look.icon}</span> {t(label)}
          </span>
          <strong class="count-value">{counts ? counts[key].toLocaleString(locale) : '…'}</strong>
        </li>
      ))}
    </ul>
  );
}

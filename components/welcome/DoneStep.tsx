import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../../i18n/catalogue';
import { usePageLanguage } from '../../i18n/use-i18n';
import { loadSettings, type Settings } from '../../storage/settings';
import type { LockState } from '../../storage/vault/vault';
import { localCountryName } from '../options/country-names';
import type { WelcomeVault } from './LockStep';

interface Summary {
  settings: Settings;
  lock: LockState | null;
}

const lockText: Record<LockState, MessageKey> = {
  none: 'welcome.done.lockNone',
  unlocked: 'welcome.done.lockSet',
  locked: 'welcome.done.lockSet',
};

/** Step 5: what was chosen (as stored now, whichever steps were skipped) and where to change it. */
export function DoneStep({ providerIds, openVault }: { providerIds: readonly string[]; openVault: () => Promise<WelcomeVault> }) {
  const { t, locale } = usePageLanguage();
  const [summary, setSummary] = useState<Summary | null>(null);
  useEffect(() => {
    let live = true;
    const lock = openVault().then((vault) => vault.state()).catch(() => null);
    void Promise.all([loadSettings(), lock]).then(([settings, state]) => live && setSummary({ settings, lock: state }));
    return () => {
      live = false;
    };
  }, [openVault]);

  return (
    <>
      <p>{t('welcome.done.ready')}</p>
      {summary && (
        <dl class="welcome-summary" data-summary>
          <dt>{t('welcome.done.country')}</dt>
          <dd data-summary-item="country">
            {summary.settings.country ? (
              <>
                {localCountryName(summary.settings.country, locale)} ({summary.settings.country})
              </>
            ) : (
              t('welcome.done.countryNotSet')
            )}
          </dd>
          <dt>{t('welcome.done.lock')}</dt>
          <dd data-summary-item="lock">{summary.lock ? t(lockText[summary.lock]) : t('welcome.done.lockUnknown')}</dd>
          <dt>{t('welcome.done.portals')}</dt>
          <dd data-summary-item="portals">
            {t('welcome.done.portalsValue', {
              shown: providerIds.filter((id) => !summary.settings.disabledProviders.includes(id)).length,
              count: providerIds.length,
            })}
          </dd>
        </dl>
      )}
      <p>{t('welcome.done.changeLater')}</p>
      <ul class="welcome-links">
        <li>
          <a href="/dashboard.html" data-link="dashboard">
            {t('welcome.done.openRegister')}
          </a>
        </li>
        <li>
          <a href="/options.html" data-link="options">
            {t('welcome.done.openOptions')}
          </a>
        </li>
      </ul>
    </>
  );
}

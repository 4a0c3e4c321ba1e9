import { useEffect, useState } from 'preact/hooks';
import { countryName } from '../../legal/countries';
import { loadSettings, type Settings } from '../../storage/settings';
import type { LockState } from '../../storage/vault/vault';
import type { WelcomeVault } from './LockStep';

interface Summary {
  settings: Settings;
  lock: LockState | null;
}

const lockText: Record<LockState, string> = {
  none: 'not set (the register is stored without encryption)',
  unlocked: 'set',
  locked: 'set',
};

/** Step 5: what was chosen (as stored now, whichever steps were skipped) and where to change it. */
export function DoneStep({ providerIds, openVault }: { providerIds: readonly string[]; openVault: () => Promise<WelcomeVault> }) {
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
      <p>QuickFreeze is set up. Open a provider’s portal and the guide appears beside its form.</p>
      {summary && (
        <dl class="welcome-summary" data-summary>
          <dt>Country</dt>
          <dd data-summary-item="country">
            {summary.settings.country ? `${countryName(summary.settings.country)} (${summary.settings.country})` : 'not set: the guide will ask for it'}
          </dd>
          <dt>Passphrase</dt>
          <dd data-summary-item="lock">{summary.lock ? lockText[summary.lock] : 'unknown: the register could not be opened'}</dd>
          <dt>Guide shown on</dt>
          <dd data-summary-item="portals">
            {providerIds.filter((id) => !summary.settings.disabledProviders.includes(id)).length} of {providerIds.length} providers’ portals
          </dd>
        </dl>
      )}
      <p>Every choice here can be changed later in the options; the passphrase on the register page.</p>
      <ul class="welcome-links">
        <li>
          <a href="/dashboard.html" data-link="dashboard">
            Open the register
          </a>
        </li>
        <li>
          <a href="/options.html" data-link="options">
            Open the options
          </a>
        </li>
      </ul>
    </>
  );
}

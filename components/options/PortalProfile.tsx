import { useState } from 'preact/hooks';
import { useT } from '../../i18n/use-i18n';
import { portalAddress } from '../../storage/added-portals';
import { loadAddedPortals, requestPortalOrigins } from '../../storage/added-portals-store';
import { readProfile, type ReadProfile } from '../../storage/portal-profile';
import { currentProfileText, importProfile } from '../../storage/portal-profile-store';
import { downloadFile } from '../download-file';

const MAX_PROFILE_BYTES = 5_000_000;

/**
 * Options: export what was taught and added as a portal profile, and import one (docs/portal-profiles.md). An
 * import is read and shown first, each rejected entry with its reason; the click on "Import" asks for the added
 * portals' permissions (one prompt) and writes everything accepted at once.
 */
export function PortalProfile() {
  const t = useT();
  const [pending, setPending] = useState<ReadProfile | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const exportNow = () =>
    void currentProfileText().then(
      (text) => downloadFile(`quickfreeze-portal-profile-${new Date().toISOString().slice(0, 10)}.json`, new Blob([text], { type: 'application/json' })),
      (e: unknown) => setMessage({ error: true, text: t('options.profile.notExported', { error: String(e) }) }),
    );

  const choose = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    setPending(null);
    setMessage(null);
    if (!file) return;
    if (file.size > MAX_PROFILE_BYTES) return setMessage({ error: true, text: t('options.profile.tooLarge') });
    void (async () => {
      const read = readProfile(await file.text(), await loadAddedPortals());
      if (!read.ok) setMessage({ error: true, text: read.error });
      else setPending(read.value);
    })().finally(() => (input.value = ''));
  };

  const importNow = () => {
    if (!pending) return;
    // The permission request first, inside the click: one prompt for every added portal's origin.
    void requestPortalOrigins(pending.addedPortals)
      .then(async (granted) => {
        if (!granted) return setMessage({ error: true, text: t('options.profile.notGranted') });
        const done = await importProfile(pending);
        setPending(null);
        setMessage({ error: false, text: t('options.profile.imported', { pages: t('options.profile.pages', { count: done.taught }), portals: t('options.profile.portals', { count: done.addedPortals.length }) }) });
      })
      .catch((e: unknown) => setMessage({ error: true, text: t('options.profile.failed', { error: String(e) }) }));
  };

  const readyCounts = {
    pages: t('options.profile.pages', { count: pending?.taught.length ?? 0 }),
    portals: t('options.profile.portals', { count: pending?.addedPortals.length ?? 0 }),
  };
  return (
    <fieldset data-section="portal-profile">
      <legend>{t('options.profile.legend')}</legend>
      <p class="muted">{t('options.profile.help')}</p>
      <button type="button" data-action="export-profile" onClick={exportNow}>
        {t('options.profile.export')}
      </button>{' '}
      <label>
        {t('options.profile.choose')} <input type="file" accept=".json,application/json" data-action="choose-profile" onChange={choose} />
      </label>
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'muted'} data-profile-message>
          {message.text}
        </p>
      )}
      {pending && (
        <div data-profile-preview>
          <p>
            {pending.addedPortals.length
              ? t('options.profile.readyWithSites', { ...readyCounts, sites: pending.addedPortals.map(portalAddress).join(', ') })
              : t('options.profile.ready', readyCounts)}
          </p>
          {pending.rejected.length > 0 && (
            <ul>
              {pending.rejected.map((r) => (
                <li key={r.entry} data-rejected={r.entry}>
                  {t('options.profile.rejected', { entry: r.entry, reason: r.reason })}
                </li>
              ))}
            </ul>
          )}
          <button type="button" data-action="import-profile" onClick={importNow} disabled={!pending.taught.length && !pending.addedPortals.length}>
            {t('options.profile.import')}
          </button>{' '}
          <button type="button" onClick={() => setPending(null)}>
            {t('options.cancel')}
          </button>
        </div>
      )}
    </fieldset>
  );
}

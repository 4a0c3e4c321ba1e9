import { useState } from 'preact/hooks';
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
  const [pending, setPending] = useState<ReadProfile | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const exportNow = () =>
    void currentProfileText().then(
      (text) => downloadFile(`quickfreeze-portal-profile-${new Date().toISOString().slice(0, 10)}.json`, new Blob([text], { type: 'application/json' })),
      (e: unknown) => setMessage({ error: true, text: `The profile was not exported: ${String(e)}` }),
    );

  const choose = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    setPending(null);
    setMessage(null);
    if (!file) return;
    if (file.size > MAX_PROFILE_BYTES) return setMessage({ error: true, text: 'The file is too large to be a portal profile.' });
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
        if (!granted) return setMessage({ error: true, text: 'The browser did not grant access to the added portals’ sites: nothing was imported.' });
        const done = await importProfile(pending);
        setPending(null);
        setMessage({ error: false, text: `Imported ${done.taught} taught page(s) and ${done.addedPortals.length} added portal(s).` });
      })
      .catch((e: unknown) => setMessage({ error: true, text: `Nothing was imported: ${String(e)}` }));
  };

  return (
    <fieldset data-section="portal-profile">
      <legend>Portal profile: share what you taught and added</legend>
      <p class="muted">
        One JSON file with the pages you taught and the portals you added, for colleagues to import. It never holds anything typed into a form.
      </p>
      <button type="button" data-action="export-profile" onClick={exportNow}>
        Export portal profile
      </button>{' '}
      <label>
        Import a portal profile <input type="file" accept=".json,application/json" data-action="choose-profile" onChange={choose} />
      </label>
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'muted'} data-profile-message>
          {message.text}
        </p>
      )}
      {pending && (
        <div data-profile-preview>
          <p>
            Ready to import {pending.taught.length} taught page(s) and {pending.addedPortals.length} added portal(s)
            {pending.addedPortals.length ? `: ${pending.addedPortals.map(portalAddress).join(', ')} (the browser asks you to allow these sites)` : ''}.
          </p>
          {pending.rejected.length > 0 && (
            <ul>
              {pending.rejected.map((r) => (
                <li key={r.entry} data-rejected={r.entry}>
                  Not imported: {r.entry} — {r.reason}
                </li>
              ))}
            </ul>
          )}
          <button type="button" data-action="import-profile" onClick={importNow} disabled={!pending.taught.length && !pending.addedPortals.length}>
            Import
          </button>{' '}
          <button type="button" onClick={() => setPending(null)}>
            Cancel
          </button>
        </div>
      )}
    </fieldset>
  );
}

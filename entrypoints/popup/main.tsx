import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { LockedRegisterCounts } from '../../components/popup/LockedNotice';
import { Popup } from '../../components/popup/Popup';
import { LanguageProvider, useT } from '../../i18n/use-i18n';
import { send } from '../../messages/send';
import { providers } from '../../providers/registry';
import { localDay } from '../../register/expiry';
import type { PreservationRecord } from '../../register/schema';
import { providerNameLookup, type ProviderNameOf } from '../../storage/added-portals-names';
import { loadAddedPortals } from '../../storage/added-portals-store';
import { readRegisterOrCounts } from './read-register';

function App() {
  const t = useT();
  const [records, setRecords] = useState<PreservationRecord[] | null>(null);
  const [locked, setLocked] = useState<LockedRegisterCounts | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [providerName, setProviderName] = useState<ProviderNameOf>(() => providerNameLookup(providers, []));
  const [tab, setTab] = useState<{ id: number; windowId: number } | null>(null);
  const [shot, setShot] = useState<{ reference: string; state: 'idle' | 'busy' | 'done' | 'error'; note?: string } | null>(null);
  useEffect(() => {
    browser.tabs
      .query({ active: true, currentWindow: true })
      .then(async ([active]) => {
        if (active?.id === undefined || active.windowId === undefined) return;
        setTab({ id: active.id, windowId: active.windowId });
        const answer = await send('screenshot-candidate', { tabId: active.id });
        if (answer) setShot({ reference: answer.reference, state: 'idle' });
      })
      .catch(() => undefined);
  }, []);
  const attach = () => {
    if (!tab || !shot) return;
    setShot({ ...shot, state: 'busy' });
    send('attach-screenshot', { tabId: tab.id, windowId: tab.windowId })
      .then((result) => setShot({ ...shot, state: result.ok ? 'done' : 'error', note: result.ok ? undefined : (result.error ?? t('popup.notAttached')) }))
      .catch((e: unknown) => setShot({ ...shot, state: 'error', note: String(e) }));
  };
  useEffect(() => {
    loadAddedPortals()
      .then((added) => setProviderName(() => providerNameLookup(providers, added)))
      .catch(() => undefined);
    readRegisterOrCounts()
      .then((read) => (read.kind === 'open' ? setRecords(read.records) : setLocked(read.counts)))
      .catch((e: unknown) => setError(t('popup.unreadable', { error: e instanceof Error ? e.message : String(e) })));
  }, []);
  return (
    <Popup
      records={records}
      today={localDay()}
      providerName={providerName}
      error={error}
      locked={locked}
      onCopy={(reference) => navigator.clipboard.writeText(reference)}
      screenshotFor={shot}
      onAttachScreenshot={attach}
      onOpenRegister={() => {
        browser.tabs
          .create({ url: browser.runtime.getURL('/dashboard.html') })
          .then(() => window.close())
          .catch(() => {});
      }}
    />
  );
}

render(
  <LanguageProvider>
    <App />
  </LanguageProvider>,
  document.getElementById('app')!,
);

import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/popup/Popup';
import { providerById } from '../../providers/registry';
import { localDay } from '../../register/expiry';
import type { PreservationRecord } from '../../register/schema';
import { Register } from '../../storage/register';

function App() {
  const [records, setRecords] = useState<PreservationRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    Register.open()
      .then(async (register) => {
        try {
          setRecords(await register.all());
        } finally {
          register.close();
        }
      })
      .catch((e: unknown) => setError(`The register could not be read: ${e instanceof Error ? e.message : String(e)}`));
  }, []);
  return (
    <Popup
      records={records}
      today={localDay()}
      providerName={(id) => providerById(id)?.name ?? id}
      error={error}
      onCopy={(reference) => navigator.clipboard.writeText(reference)}
      onOpenRegister={() => {
        browser.tabs
          .create({ url: browser.runtime.getURL('/dashboard.html') })
          .then(() => window.close())
          .catch(() => {});
      }}
    />
  );
}

render(<App />, document.getElementById('app')!);

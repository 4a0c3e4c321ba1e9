import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { OptionsPage } from '../../components/OptionsPage';
import { providers } from '../../providers/registry';
import { DEFAULT_SETTINGS, loadSettings, onSettingsChanged, updateSettings, type Settings } from '../../storage/settings';

function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    loadSettings().then(setSettings, () => setSettings(DEFAULT_SETTINGS));
    return onSettingsChanged(setSettings);
  }, []);
  if (!settings) return <p>Loading…</p>;
  const toggle = (id: string, enabled: boolean) => {
    const disabled = new Set(settings.disabledProviders);
    if (enabled) disabled.delete(id);
    else disabled.add(id);
    updateSettings({ disabledProviders: [...disabled].sort() }).then(
      (next) => {
        setSettings(next);
        setError(null);
      },
      (e: unknown) => setError(`The setting was not saved: ${String(e)}`),
    );
  };
  return (
    <OptionsPage
      providers={providers.map((p) => ({ id: p.id, name: p.name, products: p.products }))}
      disabledProviders={settings.disabledProviders}
      onToggleProvider={toggle}
      error={error}
    />
  );
}

render(<App />, document.getElementById('app')!);

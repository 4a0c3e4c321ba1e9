import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { OptionsPage } from '../../components/OptionsPage';
import { LanguageProvider, useT } from '../../i18n/use-i18n';
import { providers } from '../../providers/registry';
import type { ResponseOf } from '../../messages/protocol';
import { send } from '../../messages/send';
import { DEFAULT_SETTINGS, loadSettings, onSettingsChanged, updateSettings, type Settings } from '../../storage/settings';

function App() {
  const t = useT();
  useEffect(() => void (document.title = t('options.title')), [t]);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The checks' list comes from the background, which runs them: this page carries none of their code.
  const [rules, setRules] = useState<ResponseOf<'rule-list'>>([]);
  useEffect(() => {
    loadSettings().then(setSettings, () => setSettings(DEFAULT_SETTINGS));
    send('rule-list', {}).then(setRules, (e: unknown) => setError(t('options.checksNotLoaded', { error: String(e) })));
    return onSettingsChanged(setSettings);
  }, []);
  if (!settings) return <p>{t('options.loading')}</p>;
  const save = (patch: Partial<Settings>) =>
    updateSettings(patch).then(
      (next) => {
        setSettings(next);
        setError(null);
      },
      (e: unknown) => setError(t('options.notSaved', { error: String(e) })),
    );
  const toggled = (list: string[], id: string, enabled: boolean) => {
    const set = new Set(list);
    if (enabled) set.delete(id);
    else set.add(id);
    return [...set].sort();
  };
  return (
    <OptionsPage
      providers={providers.map((p) => ({ id: p.id, name: p.name, products: p.products }))}
      disabledProviders={settings.disabledProviders}
      onToggleProvider={(id, enabled) => save({ disabledProviders: toggled(settings.disabledProviders, id, enabled) })}
      rules={rules}
      disabledRules={settings.disabledRules}
      onToggleRule={(id, enabled) => save({ disabledRules: toggled(settings.disabledRules, id, enabled) })}
      reminderDays={settings.reminderDays}
      onReminderDays={(reminderDays) => save({ reminderDays })}
      lockIdleMinutes={settings.lockIdleMinutes}
      onLockIdleMinutes={(lockIdleMinutes) => save({ lockIdleMinutes })}
      error={error}
    />
  );
}

render(
  <LanguageProvider>
    <App />
  </LanguageProvider>,
  document.getElementById('app')!,
);

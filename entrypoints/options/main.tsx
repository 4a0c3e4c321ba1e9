import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { OptionsPage } from '../../components/OptionsPage';
import { LanguageProvider, useT } from '../../i18n/use-i18n';
import { providers } from '../../providers/registry';
import { rules } from '../../rules/registry';
import { DEFAULT_SETTINGS, loadSettings, onSettingsChanged, updateSettings, type Settings } from '../../storage/settings';

function App() {
  const t = useT();
  useEffect(() => void (document.title = t('options.title')), [t]);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    loadSettings().then(setSettings, () => setSettings(DEFAULT_SETTINGS));
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
      rules={rules.map((r) => ({ id: r.id, title: r.docs.title, severity: r.severity, why: r.docs.why, fix: r.docs.fix }))}
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

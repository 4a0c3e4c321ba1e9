export interface OptionsPageProps {
  providers: Array<{ id: string; name: string; products: string[] }>;
  disabledProviders: string[];
  onToggleProvider: (id: string, enabled: boolean) => void;
  rules: Array<{ id: string; title: string; severity: string; why: string; fix: string }>;
  disabledRules: string[];
  onToggleRule: (id: string, enabled: boolean) => void;
  error: string | null;
}

export function OptionsPage({ providers, disabledProviders, onToggleProvider, rules, disabledRules, onToggleRule, error }: OptionsPageProps) {
  return (
    <main>
      <h1>QuickFreeze options</h1>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <fieldset>
        <legend>Show the in-page guide on these portals</legend>
        <ul class="plain">
          {providers.map((p) => {
            const enabled = !disabledProviders.includes(p.id);
            return (
              <li key={p.id}>
                <label>
                  <input
                    type="checkbox"
                    data-provider-toggle={p.id}
                    checked={enabled}
                    onChange={(e) => onToggleProvider(p.id, (e.currentTarget as HTMLInputElement).checked)}
                  />{' '}
                  {p.name} <span class="muted">({p.products.join(', ')})</span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <fieldset>
        <legend>Checks</legend>
        <ul class="plain">
          {rules.map((rule) => (
            <li key={rule.id}>
              <label>
                <input
                  type="checkbox"
                  data-rule-toggle={rule.id}
                  checked={!disabledRules.includes(rule.id)}
                  onChange={(e) => onToggleRule(rule.id, (e.currentTarget as HTMLInputElement).checked)}
                />{' '}
                <strong>{rule.title}</strong> <code>{rule.id}</code> <span class="muted">({rule.severity})</span>
              </label>
              <details>
                <summary>About this check</summary>
                <p>{rule.why}</p>
                <p>
                  <strong>What to do:</strong> {rule.fix}
                </p>
              </details>
            </li>
          ))}
        </ul>
      </fieldset>
      <p class="muted">Settings stay in this browser. QuickFreeze sends nothing anywhere.</p>
    </main>
  );
}

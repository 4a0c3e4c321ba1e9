export interface OptionsPageProps {
  providers: Array<{ id: string; name: string; products: string[] }>;
  disabledProviders: string[];
  onToggleProvider: (id: string, enabled: boolean) => void;
  error: string | null;
}

export function OptionsPage({ providers, disabledProviders, onToggleProvider, error }: OptionsPageProps) {
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
      <p class="muted">Settings stay in this browser. QuickFreeze sends nothing anywhere.</p>
    </main>
  );
}

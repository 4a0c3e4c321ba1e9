import { useEffect, useMemo, useState } from 'preact/hooks';
import { countryName } from '../../legal/countries';
import { routesFor } from '../../legal/routes';
import { providerById } from '../../providers/registry';
import { investigatorOf, loadSettings, onSettingsChanged, type Settings } from '../../storage/settings';
import { RouteList } from '../RouteList';

type Investigator = Pick<Settings, 'country' | 'authority'>;

/** The investigator from the options, kept current while the dashboard is open; null while loading. */
function useInvestigator(): Investigator | null {
  const [investigator, setInvestigator] = useState<Investigator | null>(null);
  useEffect(() => {
    loadSettings().then(setInvestigator, () => setInvestigator({ country: null, authority: null }));
    return onSettingsChanged(setInvestigator);
  }, []);
  return investigator;
}

/**
 * The legal routes to a record's provider for the investigator's country (contract section 10): one line each, id
 * and legal basis, details on demand. A provider without legal data (a portal the investigator added) shows none.
 */
export function RecordRoutes({ providerId, today }: { providerId: string; today: string }) {
  const investigator = useInvestigator();
  const country = investigator?.country ?? null;
  const authority = investigator?.authority ?? null;
  const provider = providerById(providerId);
  const routes = useMemo(() => {
    const asking = investigatorOf({ country, authority });
    return provider && asking ? routesFor(asking, provider, today) : [];
  }, [provider, country, authority, today]);
  if (!investigator || !provider) return null;
  if (!country) {
    return (
      <p class="muted record-routes" data-record-routes="country-unset">
        Legal routes: set your country in the{' '}
        <a href="options.html" target="_blank" rel="noopener">
          options
        </a>{' '}
        to see them.
      </p>
    );
  }
  return (
    <div class="record-routes" data-record-routes={country}>
      <p class="muted">
        Legal routes to {provider.name} from {countryName(country)}
        {authority ? '' : ' (shown for the police: set your authority type in the options)'}:
      </p>
      <RouteList routes={routes} compact />
    </div>
  );
}

import { useMemo } from 'preact/hooks';
import { aroundSlot } from '../../i18n/translate';
import { usePageLanguage, useT } from '../../i18n/use-i18n';
import { countryName } from '../../legal/countries';
import { routesFor } from '../../legal/routes';
import { providerById } from '../../providers/registry';
import { investigatorOf } from '../../storage/settings';
import { RouteList } from '../RouteList';
import { useSharedInvestigator } from './investigator';

/**
 * The legal routes to a record's provider for the investigator's country (contract section 10): one line each, id
 * and legal basis, details on demand. A provider without legal data (a portal the investigator added) shows none.
 */
export function RecordRoutes({ providerId, today }: { providerId: string; today: string }) {
  const investigator = useSharedInvestigator();
  const t = useT();
  const language = usePageLanguage();
  const country = investigator?.country ?? null;
  const authority = investigator?.authority ?? null;
  const provider = providerById(providerId);
  const routes = useMemo(() => {
    const asking = investigatorOf({ country, authority });
    return provider && asking ? routesFor(asking, provider, today) : [];
  }, [provider, country, authority, today]);
  if (!investigator || !provider) return null;
  if (!country) {
    const [before, after] = aroundSlot(t, 'dashboard.routes.countryUnset', 'options');
    return (
      <p class="muted record-routes" data-record-routes="country-unset">
        {before}
        <a href="options.html" target="_blank" rel="noopener">
          {t('dashboard.routes.options')}
        </a>
        {after}
      </p>
    );
  }
  return (
    <div class="record-routes" data-record-routes={country}>
      <p class="muted">
        {t(authority ? 'dashboard.routes.heading' : 'dashboard.routes.headingPolice', { provider: provider.name, country: countryName(country) })}
      </p>
      <RouteList routes={routes} compact text={language} />
    </div>
  );
}

import { countryName } from '../../legal/country-name';
import type { GuideRoutes } from '../../messages/protocol';
import { RouteList } from '../RouteList';
import { useGuideText, type GuideText } from './guide-text';

export interface RoutesPanelProps {
  providerName: string;
  answer: GuideRoutes;
  /** Opens the options; called only on the investigator's own (trusted) click. */
  onOpenOptions: () => void;
}

/** The country's name in the guide's language (Intl), the legal data's English name where Intl has none. */
function localCountryName(code: string, { locale }: GuideText): string {
  if (locale === 'en') return countryName(code);
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'region' }).of(code) ?? countryName(code);
  } catch {
    return countryName(code);
  }
}

/**
 * The legal routes to the provider's data for the investigator's country, collapsed to one line so the checks stay
 * in view. Without a country it asks for one rather than guessing.
 */
export function RoutesPanel({ providerName, answer, onOpenOptions }: RoutesPanelProps) {
  const text = useGuideText();
  const { t } = text;
  const { country, authority, routes } = answer;
  if (!country) {
    return (
      <section class="routes" data-routes="country-unset" aria-label={t('guide.routes.title')}>
        <h3>{t('guide.routes.title')}</h3>
        <p class="capture-note">{t('guide.routes.countryUnset', { provider: providerName })}</p>
        <button type="button" class="jump" data-action="open-options" onClick={(event) => event.isTrusted && onOpenOptions()}>
          {t('guide.routes.setCountry')}
        </button>
      </section>
    );
  }
  const name = localCountryName(country, text);
  return (
    <details class="routes" data-routes={country}>
      <summary>
        <strong>{t('guide.routes.title')}</strong> {t('guide.routes.from', { country: name, count: routes.length })}
      </summary>
      {!authority && <p class="capture-note">{t('guide.routes.noAuthority')}</p>}
      {routes.length ? <RouteList routes={routes} /> : <p class="capture-note">{t('guide.routes.none', { country: name, provider: providerName })}</p>}
    </details>
  );
}

import { countryName } from '../../legal/countries';
import type { GuideRoutes } from '../../messages/protocol';
import { RouteList } from '../RouteList';

export interface RoutesPanelProps {
  providerName: string;
  answer: GuideRoutes;
  /** Opens the options; called only on the investigator's own (trusted) click. */
  onOpenOptions: () => void;
}

/**
 * The legal routes to the provider's data for the investigator's country, collapsed to one line so the checks stay
 * in view. Without a country it asks for one rather than guessing.
 */
export function RoutesPanel({ providerName, answer, onOpenOptions }: RoutesPanelProps) {
  const { country, authority, routes } = answer;
  if (!country) {
    return (
      <section class="routes" data-routes="country-unset" aria-label="Legal routes">
        <h3>Legal routes</h3>
        <p class="capture-note">Which legal routes reach {providerName}'s data depends on your country: QuickFreeze does not guess it.</p>
        <button type="button" class="jump" data-action="open-options" onClick={(event) => event.isTrusted && onOpenOptions()}>
          Set your country in the options
        </button>
      </section>
    );
  }
  return (
    <details class="routes" data-routes={country}>
      <summary>
        <strong>Legal routes</strong> from {countryName(country)} ({routes.length})
      </summary>
      {!authority && <p class="capture-note">Shown for the police: set your authority type in the options to see what you may issue yourself.</p>}
      {routes.length ? <RouteList routes={routes} /> : <p class="capture-note">QuickFreeze knows no legal route from {countryName(country)} to {providerName}'s data.</p>}
    </details>
  );
}

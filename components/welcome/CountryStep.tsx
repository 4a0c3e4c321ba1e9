import { InvestigatorSettings } from '../options/InvestigatorSettings';

/** Step 2: the same country and authority settings as the options page (saved as chosen). */
export function CountryStep() {
  return (
    <>
      <p>
        The guide shows the legal routes to a provider’s data from your country: its own process, mutual legal assistance, European orders, a CLOUD
        Act agreement, the Budapest 24/7 network. Until you choose a country, the guide asks for it instead of guessing.
      </p>
      <InvestigatorSettings />
    </>
  );
}

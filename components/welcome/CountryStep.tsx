import { useT } from '../../i18n/use-i18n';
import { InvestigatorSettings } from '../options/InvestigatorSettings';

/** Step 2: the same country and authority settings as the options page (saved as chosen). */
export function CountryStep() {
  const t = useT();
  return (
    <>
      <p>{t('welcome.country.help')}</p>
      <InvestigatorSettings />
    </>
  );
}

import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { loadSettings, onSettingsChanged, type Settings } from '../../storage/settings';

export type Investigator = Pick<Settings, 'country' | 'authority'>;

/**
 * The investigator from the options, read once by the register page for all its records (a page of 200 records
 * would otherwise read the settings 200 times and listen to them 200 times). Undefined outside such a page.
 */
export const InvestigatorContext = createContext<Investigator | null | undefined>(undefined);

/** The investigator from the options, kept current; null while loading. `enabled: false` reads nothing. */
export function useInvestigator(enabled = true): Investigator | null {
  const [investigator, setInvestigator] = useState<Investigator | null>(null);
  useEffect(() => {
    if (!enabled) return;
    loadSettings().then(setInvestigator, () => setInvestigator({ country: null, authority: null }));
    return onSettingsChanged(setInvestigator);
  }, [enabled]);
  return investigator;
}

/** The page's investigator where a page provides one, else one read by this component. */
export function useSharedInvestigator(): Investigator | null {
  const shared = useContext(InvestigatorContext);
  const own = useInvestigator(shared === undefined);
  return shared === undefined ? own : shared;
}

import { FACT_KEYS } from './fact-keys';
import type { Provider } from './schema';

export interface FactCounts {
  id: string;
  official: number;
  secondary: number;
  unknown: number;
}

/** Per provider: how many of its policy facts, plus its portal fact, are official, secondary or not known. */
export function factCounts(provider: Provider): FactCounts {
  const counts: FactCounts = { id: provider.id, official: 0, secondary: 0, unknown: 0 };
  const facts = [provider.portal, ...FACT_KEYS.map((key) => provider.facts[key])];
  for (const fact of facts) {
    if (!fact) counts.unknown += 1;
    else counts[fact.confidence] += 1;
  }
  return counts;
}

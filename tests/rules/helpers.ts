import { providerById } from '../../providers/registry';
import type { PageKind, ProviderFacts } from '../../providers/schema';
import { runRules } from '../../rules/engine';
import type { FieldSnapshot, Finding, FormSnapshot, Rule } from '../../rules/types';

let counter = 0;
/** A field for a snapshot: only what the test cares about. */
export function field(partial: Partial<FieldSnapshot> & Pick<FieldSnapshot, 'role' | 'kind'>): FieldSnapshot {
  return { key: `f${counter++}`, label: '', value: '', checked: null, files: [], ...partial };
}

export function snapshot(page: PageKind, fields: FieldSnapshot[], providerId = 'x'): FormSnapshot {
  return { providerId, page, fields };
}

export const NOW = new Date('2026-11-22T12:00:00Z');

export function factsOf(providerId: string): ProviderFacts {
  const provider = providerById(providerId);
  if (!provider) throw new Error(`no provider ${providerId}`);
  return provider.facts;
}

/** Run one rule the way the engine does (page filter included). */
export function check(rule: Rule, snap: FormSnapshot, facts: ProviderFacts = factsOf(snap.providerId)): Finding[] {
  return runRules(snap, facts, { rules: [rule], now: NOW });
}

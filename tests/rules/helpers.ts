import { providerById } from '../../providers/registry';
import type { PageKind, ProviderFacts } from '../../providers/schema';
import { runRules } from '../../rules/engine';
import { ruleById } from '../../rules/registry';
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

/**
 * Every registered rule over the snapshot, as the engine runs them. An unregistered rule has no findings here, so
 * its own tests fail instead of passing while the guide never runs it.
 */
export function checkWithRegistry(snap: FormSnapshot, facts: ProviderFacts = factsOf(snap.providerId)): Finding[] {
  return runRules(snap, facts, { now: NOW });
}

/** The findings of one rule, run through the registry. Throws when the rule module is not the registered one. */
export function check(rule: Rule, snap: FormSnapshot, facts: ProviderFacts = factsOf(snap.providerId)): Finding[] {
  if (ruleById(rule.id) !== rule) throw new Error(`${rule.id} is not registered in rules/registry.ts`);
  return checkWithRegistry(snap, facts).filter((f) => f.ruleId === rule.id);
}

import { providerById } from '../../providers/registry';
import type { CheckFormRequest, CheckFormResponse } from '../../messages/protocol';
import type { ProviderFacts } from '../../providers/schema';
import type { T } from '../../i18n/catalogues';
import { runRules } from '../../rules/engine';
import { ruleById } from '../../rules/registry';
import { emergencyNarrative } from '../../rules/emergency/lib/narrative-rule';
import { analyzeNarrativeCached } from '../../rules/emergency/lib/narrative';
import { suggestedStructure } from '../../rules/emergency/lib/suggested-structure';

/**
 * Run the checks on a validated snapshot; the answer carries each finding's rule docs for the guide. `facts`: the
 * provider's policy facts, by default the registry's; an added portal of a new provider passes what the
 * investigator entered. No facts at all (a provider nobody knows): no checks.
 */
export function checkForm(
  request: Pick<CheckFormRequest, 'snapshot'>,
  disabledRules: readonly string[],
  now = new Date(),
  facts: ProviderFacts | undefined = providerById(request.snapshot.providerId)?.facts,
  t?: T,
): CheckFormResponse {
  if (!facts) return { findings: [], docs: {}, suggestion: null };
  const findings = runRules(request.snapshot, facts, { disabled: disabledRules, now, t });
  const docs: CheckFormResponse['docs'] = {};
  for (const finding of findings) {
    const rule = ruleById(finding.ruleId);
    if (rule) docs[rule.id] = rule.docs;
  }
  let suggestion: CheckFormResponse['suggestion'] = null;
  const narrative = request.snapshot.page === 'emergency' ? emergencyNarrative({ snapshot: request.snapshot, facts, now }) : null;
  if (narrative) {
    const text = suggestedStructure(analyzeNarrativeCached(narrative.text, now), narrative.text);
    if (text) suggestion = { fieldKey: narrative.fieldKey, text };
  }
  return { findings, docs, suggestion };
}

import type { ProviderFacts } from '../providers/schema';
import { rules as allRules } from './registry';
import type { T } from '../i18n/catalogues';
import { tOf, type Finding, type FormSnapshot, type Rule } from './types';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Run the enabled rules over a form snapshot. A rule that throws is reported as an info finding rather than
 * taking the others down with it.
 */
export function runRules(
  snapshot: FormSnapshot,
  facts: ProviderFacts,
  options: { disabled?: readonly string[]; now?: Date; rules?: readonly Rule[]; t?: T } = {},
): Finding[] {
  const now = options.now ?? new Date();
  const disabled = new Set(options.disabled ?? []);
  const findings: Finding[] = [];
  for (const rule of options.rules ?? allRules) {
    if (disabled.has(rule.id) || !rule.pages.includes(snapshot.page)) continue;
    try {
      findings.push(...rule.check({ snapshot, facts, now, t: options.t }));
    } catch (error) {
      findings.push({ ruleId: rule.id, severity: 'info', message: tOf(options)('rules.failed', { error: String(error).slice(0, 200) }), fieldKey: null });
    }
  }
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

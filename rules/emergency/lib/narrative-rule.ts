import type { Finding, Rule, RuleDocs, RuleContext } from '../../types';
import { fieldsWithRole } from '../../types';
import { analyzeNarrativeCached, type NarrativeAnalysis } from './narrative';

type Check = Exclude<keyof NarrativeAnalysis, 'analyzedChars' | 'truncated'>;

/** The emergency description: every field with that role, read as one narrative. */
export function emergencyNarrative(context: RuleContext): { text: string; fieldKey: string } | null {
  const fields = fieldsWithRole(context.snapshot, 'emergency-description');
  if (fields.length === 0) return null;
  return { text: fields.map((f) => f.value).join('\n'), fieldKey: fields[0]!.key };
}

/** One of the five wording checks of contract section 4: it fires while the narrative does not state `check`. */
export function narrativeRule(id: string, check: Check, message: string, docs: RuleDocs): Rule {
  return {
    id,
    severity: 'warning',
    pages: ['emergency'],
    docs,
    check(context): Finding[] {
      const narrative = emergencyNarrative(context);
      if (!narrative) return [];
      const analysis = analyzeNarrativeCached(narrative.text, context.now);
      if (analysis[check]) return [];
      const details = analysis.truncated ? [`Only the first ${analysis.analyzedChars.toLocaleString('en')} characters were read.`] : undefined;
      return [{ ruleId: id, severity: 'warning', message, fieldKey: narrative.fieldKey, details }];
    },
  };
}

import type { MessageKey } from '../../../i18n/catalogue';
import type { Finding, Rule, RuleDocs, RuleContext } from '../../types';
import { fieldsWithRole, tOf } from '../../types';
import { analyzeNarrativeCached } from './narrative';
import { isRealAttempt, itemOf, MIN_SENTENCE_WORDS, MIN_WORDS, understoodIn, type Check } from './checklist';

/** The emergency description: every field with that role, read as one narrative. */
export function emergencyNarrative(context: RuleContext): { text: string; fieldKey: string; leftWithText: boolean } | null {
  const fields = fieldsWithRole(context.snapshot, 'emergency-description');
  if (fields.length === 0) return null;
  return {
    text: fields.map((f) => f.value).join('\n'),
    fieldKey: fields[0]!.key,
    leftWithText: fields.some((f) => f.leftWithText === true && f.value.trim() !== ''),
  };
}

const SEVERITY_DOC =
  `Shown as a note (info), with the other elements as one checklist to write to, while the description is empty or only begun; ` +
  `a warning once it is a real attempt: a sentence of at least ${MIN_SENTENCE_WORDS} words closed by a full stop, question mark, exclamation mark or new line, ` +
  `${MIN_WORDS} words in all, or text in the field when the investigator leaves it. The guide lists the elements already understood with the words that satisfied them.`;

/** One of the five wording checks of contract section 4: it fires while the narrative does not state `check`. */
export function narrativeRule(id: string, check: Check, message: MessageKey, docs: RuleDocs): Rule {
  return {
    id,
    severity: 'warning',
    pages: ['emergency'],
    docs: { ...docs, severity: SEVERITY_DOC },
    check(context): Finding[] {
      const narrative = emergencyNarrative(context);
      if (!narrative) return [];
      const analysis = analyzeNarrativeCached(narrative.text, context.now);
      if (analysis[check]) return [];
      const t = tOf(context);
      const details = analysis.truncated ? [t('rules.emergency.truncated', { count: analysis.analyzedChars })] : undefined;
      const severity = isRealAttempt(narrative.text, narrative.leftWithText) ? 'warning' : 'info';
      const checklist = { item: itemOf(check, t), understood: understoodIn(analysis, t) };
      return [{ ruleId: id, severity, message: t(message), fieldKey: narrative.fieldKey, details, checklist }];
    },
  };
}

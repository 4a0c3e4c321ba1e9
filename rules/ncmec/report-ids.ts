import { REQUEST_PAGES, tOf, fieldsWithRole, type Finding, type Rule } from '../types';
import { parseReportIds } from './lib/report-ids';

// Kept for tests/fuzz/rules.test.ts, which imports the parser from the rule's path (the lead moves that import).

/** Shows the report numbers as QuickFreeze reads them, so a missing separator is seen before sending. */
const rule: Rule = {
  id: 'ncmec/report-ids',
  severity: 'info',
  pages: [...REQUEST_PAGES, 'other'],
  docs: {
    title: 'NCMEC report numbers as read',
    why: 'Two numbers run together read as one. Seeing the list as the provider will read it catches that.',
    fix: 'Check that each report number appears once in the list.',
    sources: [],
  },
  check(context): Finding[] {
    const { snapshot } = context;
    return fieldsWithRole(snapshot, 'ncmec-report-ids').flatMap((field) => {
      const { ids, invalid } = parseReportIds(field.value);
      if (ids.length === 0 || invalid.length > 0) return [];
      return [{ ruleId: rule.id, severity: 'info', message: tOf(context)('rules.ncmec.count', { count: ids.length, ids: ids.join(', ') }), fieldKey: field.key }];
    });
  },
};

export default rule;

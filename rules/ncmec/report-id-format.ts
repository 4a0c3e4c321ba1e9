import { SOURCES } from '../../providers/sources';
import { REQUEST_PAGES, fieldsWithRole, type Finding, type Rule } from '../types';
import { parseReportIds } from './lib/report-ids';

const rule: Rule = {
  id: 'ncmec/report-id-format',
  severity: 'error',
  pages: [...REQUEST_PAGES, 'other'],
  docs: {
    title: 'NCMEC report numbers are digits',
    why: 'Providers match CyberTipline reports by number. Anything else in the field (names, URLs, file names, hashes) is lost or rejected.',
    fix: 'Enter only the CyberTipline report numbers, separated by commas, spaces or new lines. Put hashes and descriptions in their own fields.',
    sources: [SOURCES.usc2258a, SOURCES.metaGuidelines],
  },
  check({ snapshot }): Finding[] {
    return fieldsWithRole(snapshot, 'ncmec-report-ids').flatMap((field) => {
      const { ids, invalid } = parseReportIds(field.value);
      if (invalid.length === 0) return [];
      return [
        {
          ruleId: rule.id,
          severity: 'error',
          message: `Not a CyberTipline report number: ${invalid.slice(0, 5).map((p) => `"${p}"`).join(', ')}${invalid.length > 5 ? ` and ${invalid.length - 5} more` : ''}.`,
          fieldKey: field.key,
          details: ids.length ? [`Report numbers read: ${ids.join(', ')}`] : undefined,
        },
      ];
    });
  },
};

export default rule;

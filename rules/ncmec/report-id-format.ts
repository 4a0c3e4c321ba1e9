import { SOURCES } from '../../providers/sources';
import { REQUEST_PAGES, tOf, fieldsWithRole, type Finding, type Rule } from '../types';
import { parseReportIds } from './lib/report-ids';

const quoted = (values: readonly string[]) => values.map((p) => `"${p}"`).join(', ');

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
  check(context): Finding[] {
    const { snapshot } = context;
    const t = tOf(context);
    return fieldsWithRole(snapshot, 'ncmec-report-ids').flatMap((field) => {
      const { ids, invalid } = parseReportIds(field.value);
      if (invalid.length === 0) return [];
      return [
        {
          ruleId: rule.id,
          severity: 'error',
          message: invalid.length > 5 ? t('rules.ncmec.invalidMore', { values: quoted(invalid.slice(0, 5)), count: invalid.length - 5 }) : t('rules.ncmec.invalid', { values: quoted(invalid) }),
          fieldKey: field.key,
          details: ids.length ? [t('rules.ncmec.read', { ids: ids.join(', ') })] : undefined,
        },
      ];
    });
  },
};

export default rule;

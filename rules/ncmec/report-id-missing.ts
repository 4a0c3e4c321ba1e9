import { SOURCES } from '../../providers/sources';
import { REQUEST_PAGES, tOf, fieldsWithRole, type Finding, type Rule } from '../types';
import { isChildSafetyMatter } from './lib/child-matter';
import { reportIdsInRequest } from './lib/report-ids';

const rule: Rule = {
  id: 'ncmec/report-id-missing',
  severity: 'warning',
  pages: REQUEST_PAGES,
  docs: {
    title: 'Child-exploitation request without an NCMEC report number',
    why: 'Providers report apparent child exploitation to NCMEC and ask requests about it to cite the CyberTipline report numbers; that is how they find the preserved report and its content (kept one year under 18 U.S.C. 2258A(h)).',
    fix: 'Add the CyberTipline report number(s) from the NCMEC referral. Never attach the material itself.',
    sources: [SOURCES.usc2258a, SOURCES.metaGuidelines],
  },
  check(context): Finding[] {
    const { snapshot } = context;
    if (!isChildSafetyMatter(snapshot) || reportIdsInRequest(snapshot).length > 0) return [];
    const anchor = fieldsWithRole(snapshot, 'ncmec-report-ids', 'child-safety-flag')[0]?.key ?? null;
    return [
      {
        ruleId: rule.id,
        severity: 'warning',
        message: tOf(context)('rules.ncmec.missing'),
        fieldKey: anchor,
      },
    ];
  },
};

export default rule;

import { REQUEST_PAGES, type Rule } from '../types';

const rule: Rule = {
  id: 'notification/policy-unknown',
  severity: 'info',
  pages: REQUEST_PAGES,
  docs: {
    title: 'Notification policy not known',
    why: 'QuickFreeze has no sourced statement of whether this provider notifies the account holder, and does not guess.',
    fix: 'Check the provider’s law-enforcement guidelines. If notice would harm the investigation, obtain a non-disclosure order (in the US, 18 U.S.C. 2705(b)) before you rely on the provider staying silent.',
    sources: [],
  },
  check({ facts }) {
    if (facts.userNotification) return [];
    return [
      {
        ruleId: rule.id,
        severity: 'info',
        message: 'Whether this provider notifies the account holder is not known. Check its guidelines; a non-disclosure order is the safe course if notice would harm the case.',
        fieldKey: null,
      },
    ];
  },
};

export default rule;

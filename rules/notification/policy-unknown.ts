import { REQUEST_PAGES, tOf, type Rule } from '../types';

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
  check(context) {
    const { facts } = context;
    if (facts.userNotification) return [];
    return [
      {
        ruleId: rule.id,
        severity: 'info',
        message: tOf(context)('rules.notification.policyUnknown'),
        fieldKey: null,
      },
    ];
  },
};

export default rule;

import { SOURCES } from '../../providers/sources';
import { REQUEST_PAGES, fieldsWithRole, type Finding, type Rule } from '../types';
import { notificationCovered } from './lib/coverage';

const ADVICE =
  'Providers notify unless the law forbids it. A preservation letter cannot impose secrecy; for a US provider, obtain a court order under 18 U.S.C. 2705(b) with a stated duration and attach it or select the provider’s non-disclosure option.';

const rule: Rule = {
  id: 'notification/provider-notifies',
  severity: 'warning',
  pages: REQUEST_PAGES,
  docs: {
    title: 'The provider will tell the account holder',
    why: 'Some providers notify the account holder of a request unless a non-disclosure order is supplied. A notified suspect may delete evidence or flee; a notified victim’s abuser may learn of the investigation.',
    fix: ADVICE,
    sources: [SOURCES.usc2705, SOURCES.metaGuidelines, SOURCES.xGuidelines],
  },
  check({ snapshot, facts }): Finding[] {
    const policy = facts.userNotification;
    if (!policy?.value.notifiesUser) return [];
    const { covered } = notificationCovered(snapshot);
    const anchor = fieldsWithRole(snapshot, 'non-disclosure')[0]?.key ?? null;
    const details = [policy.summary, ...(policy.value.howToPrevent ? [`What prevents it: ${policy.value.howToPrevent}`] : [])];
    if (covered) {
      return [
        {
          ruleId: rule.id,
          severity: 'info',
          message: 'A non-disclosure order or delayed-notice option is marked. Make sure the order itself is attached and states how long it runs.',
          fieldKey: anchor,
          details,
        },
      ];
    }
    return [
      {
        ruleId: rule.id,
        severity: 'warning',
        message: `This provider notifies the account holder, and the request shows no non-disclosure order. ${ADVICE}`,
        fieldKey: anchor,
        details,
      },
    ];
  },
};

export default rule;

import { SOURCES } from '../../providers/sources';
import { englishT } from '../../i18n/catalogues';
import { REQUEST_PAGES, tOf, fieldsWithRole, type Finding, type Rule } from '../types';
import { notificationCovered } from './lib/coverage';

const rule: Rule = {
  id: 'notification/provider-notifies',
  severity: 'warning',
  pages: REQUEST_PAGES,
  docs: {
    title: 'The provider will tell the account holder',
    why: 'Some providers notify the account holder of a request unless a non-disclosure order is supplied. A notified suspect may delete evidence or flee; a notified victim’s abuser may learn of the investigation.',
    fix: englishT('rules.notification.advice'),
    sources: [SOURCES.usc2705, SOURCES.metaGuidelines, SOURCES.xGuidelines],
  },
  check(context): Finding[] {
    const { snapshot, facts } = context;
    const t = tOf(context);
    const policy = facts.userNotification;
    if (!policy?.value.notifiesUser) return [];
    const { covered } = notificationCovered(snapshot);
    const anchor = fieldsWithRole(snapshot, 'non-disclosure')[0]?.key ?? null;
    // The provider's own words keep their language (English); the translations say so.
    const details = [policy.summary, ...(policy.value.howToPrevent ? [t('rules.notification.howToPrevent', { text: policy.value.howToPrevent })] : [])];
    if (covered) {
      return [
        {
          ruleId: rule.id,
          severity: 'info',
          message: t('rules.notification.covered'),
          fieldKey: anchor,
          details,
        },
      ];
    }
    return [
      {
        ruleId: rule.id,
        severity: 'warning',
        message: t('rules.notification.uncovered', { advice: t('rules.notification.advice') }),
        fieldKey: anchor,
        details,
      },
    ];
  },
};

export default rule;

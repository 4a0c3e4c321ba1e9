import type { ProviderFacts } from '../providers/schema';
import type { AddedPortal, NotificationPolicy } from './added-portals';

/**
 * What the investigator entered for an added portal of a provider QuickFreeze does not know, as the facts the
 * checks read. Every fact is "entered by you": secondary, without a source, never official. What was not entered
 * stays null (not known), so a rule that needs it stays silent or says "not known".
 */

const ENTERED = 'Entered by you, not an official fact:';

const NOTIFICATION: Record<NotificationPolicy, { notifiesUser: boolean; howToPrevent: string | null; text: string }> = {
  notifies: { notifiesUser: true, howToPrevent: null, text: 'the provider notifies the account holder.' },
  'notifies-unless-order': {
    notifiesUser: true,
    howToPrevent: 'A non-disclosure order attached to the request (as you entered it).',
    text: 'the provider notifies the account holder unless a non-disclosure order is attached.',
  },
  'does-not-notify': { notifiesUser: false, howToPrevent: null, text: 'the provider does not notify the account holder.' },
};

export function enteredProviderFacts(entered: AddedPortal['entered']): ProviderFacts {
  const notification = entered.notification ? NOTIFICATION[entered.notification] : null;
  return {
    legalEntity: null,
    preservation: entered.preservationDays
      ? {
          summary: `${ENTERED} a preservation is kept ${entered.preservationDays} days.`,
          value: { days: entered.preservationDays, extensionDays: null, extensionLeadDays: null, maxExtensions: null, extensionHowTo: null },
          confidence: 'secondary',
          sources: [],
        }
      : null,
    userNotification: notification
      ? {
          summary: `${ENTERED} ${notification.text}`,
          value: { notifiesUser: notification.notifiesUser, exceptions: [], howToPrevent: notification.howToPrevent },
          confidence: 'secondary',
          sources: [],
        }
      : null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  };
}

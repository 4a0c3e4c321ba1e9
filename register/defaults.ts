/** The register's defaults, in one place: storage, the dashboard, the reminders and the options read them here. */

/** 18 U.S.C. 2703(f): 90 days, and 90 more on a renewed request, where the provider states nothing else. */
export const DEFAULT_PERIOD_DAYS = 90;

/** Days before expiry on which a reminder is shown, unless the investigator chose others. */
export const DEFAULT_REMINDER_DAYS: readonly number[] = [14, 7, 0];

/** A preservation this many days or fewer from its expiry is "expiring soon". */
export const EXPIRING_SOON_DAYS = 14;

/** Minutes without use after which a passphrase-locked register locks itself. */
export const DEFAULT_LOCK_IDLE_MINUTES = 15;

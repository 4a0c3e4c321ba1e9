/**
 * What the register, the backup import and the background report, in English: refusals and rejections by their
 * stable code (`i18n/problems.ts`), production-order reminders, and the background's answers to the popup and the
 * guide. The thrown errors keep their English message for developers and logs; the surface that shows one words it here.
 */
export const registerEn = {
  'register.problem.quota': 'The browser has no room left for QuickFreeze’s data. Export a backup, then free disk space; nothing was saved.',
  'register.problem.duplicate': 'This reference is already in the register for this provider.',
  'register.problem.invalid': 'Not saved: {issues}',
  'register.problem.storage': 'Not saved: the browser’s storage refused the write ({cause}).',
  'register.problem.recordGone': 'That record is no longer in the register.',
  'register.problem.recordChanged': 'That record changed or left the register meanwhile; nothing was saved.',
  'register.problem.noProof': 'This record has no captured page to add a screenshot to.',
  'register.problem.wrongPassphrase': 'That passphrase does not open this register.',
  'register.problem.nothingSavedHere': 'No reference was saved from this page.',
  'register.problem.tabMoved': 'This tab no longer shows the page reference {reference} was saved from; go back to that page to attach its screenshot.',

  'register.import.tooLarge': 'The file is {size} MB; a QuickFreeze backup is at most 200 MB. Nothing was imported.',
  'register.import.notJson': 'The file is not valid JSON ({detail}).',
  'register.import.notBackup': 'The file is not a QuickFreeze backup (expected "format": "{format}").',
  'register.import.newer': 'The file is made by a newer QuickFreeze (backup version above {version}).',
  'register.import.badFile': 'The file is not a QuickFreeze backup ({field}: {detail}).',
  'register.import.auditUnattributed': 'Audit entry {number} is malformed and names no record ({field}: {detail}); nothing was imported.',
  'register.import.badEntry': '{field}: {detail}',
  'register.import.badHistory': 'its history has a malformed entry (audit entry {number}: {field}: {detail})',
  'register.import.encryptedNotJson': 'The file is not valid JSON. Nothing was imported.',
  'register.import.encryptedUnreadable': 'The file is not a readable encrypted QuickFreeze backup ({field}: {detail}). Nothing was imported.',
  'register.import.encryptedNewer': 'The file is an encrypted backup made by a newer QuickFreeze (version above {version}). Nothing was imported.',
  'register.import.damaged': 'The encrypted backup is damaged or was altered (a part of it fails its check). Nothing was imported.',

  'register.reminder.answerSoon': 'Production order answer due {due}',
  'register.reminder.answerDue': 'Production order answer due now ({due})',
  'register.reminder.validationSoon': 'Have the emergency order validated by {due}',
  'register.reminder.validationDue': 'Emergency order: validation due now ({due})',

  'register.entered.title': '{title} (entered by you)',
  'register.entered.summary': 'Entered by you, not an official fact: {summary}',
  'register.entered.preservation': 'Preservation period',
  'register.entered.preservationDays': { one: 'a preservation is kept {count} day.', other: 'a preservation is kept {count} days.' },
  'register.entered.notification': 'User notification',
  'register.entered.notifies': 'The provider notifies the account holder.',
  'register.entered.notifiesUnlessOrder': 'The provider notifies the account holder unless a non-disclosure order is attached.',
  'register.entered.doesNotNotify': 'The provider does not notify the account holder.',
} as const;

export type RegisterKey = keyof typeof registerEn;

import type { Message } from '../../types';
import type { RegisterKey } from './en';

/** Register, Import und Hintergrund auf Deutsch: Sicherung, Herausgabeanordnung, Kontoinhaber, Geheimhaltungsanordnung. */
export const registerDe: Readonly<Record<RegisterKey, Message>> = {
  'register.problem.quota': 'Der Browser hat keinen Platz mehr für die Daten von QuickFreeze. Exportieren Sie eine Sicherungskopie und schaffen Sie dann Speicherplatz; nichts wurde gespeichert.',
  'register.problem.duplicate': 'Diese Referenz steht für diesen Anbieter bereits im Register.',
  'register.problem.invalid': 'Nicht gespeichert: {issues}',
  'register.problem.storage': 'Nicht gespeichert: Der Speicher des Browsers hat das Schreiben abgelehnt ({cause}).',
  'register.problem.recordGone': 'Dieser Eintrag ist nicht mehr im Register.',
  'register.problem.recordChanged': 'Dieser Eintrag wurde inzwischen geändert oder aus dem Register entfernt; nichts wurde gespeichert.',
  'register.problem.noProof': 'Zu diesem Eintrag gibt es keine erfasste Seite, der ein Screenshot beigefügt werden könnte.',
  'register.problem.wrongPassphrase': 'Mit dieser Passphrase lässt sich dieses Register nicht öffnen.',
  'register.problem.nothingSavedHere': 'Von dieser Seite wurde keine Referenz gespeichert.',
  'register.problem.tabMoved':
    'Dieser Tab zeigt nicht mehr die Seite, von der die Referenz {reference} gespeichert wurde. Kehren Sie zu dieser Seite zurück, um den Screenshot beizufügen.',

  'register.import.tooLarge': 'Die Datei ist {size} MB groß; eine QuickFreeze-Sicherungskopie hat höchstens 200 MB. Nichts wurde importiert.',
  'register.import.notJson': 'Die Datei ist kein gültiges JSON ({detail}).',
  'register.import.notBackup': 'Die Datei ist keine QuickFreeze-Sicherungskopie (erwartet: "format": "{format}").',
  'register.import.newer': 'Die Datei stammt von einer neueren QuickFreeze-Version (Sicherungsversion über {version}).',
  'register.import.badFile': 'Die Datei ist keine QuickFreeze-Sicherungskopie ({field}: {detail}).',
  'register.import.auditUnattributed': 'Protokolleintrag {number} ist fehlerhaft und nennt keinen Eintrag ({field}: {detail}); nichts wurde importiert.',
  'register.import.badEntry': 'Feld {field}: {detail}',
  'register.import.badHistory': 'Der Verlauf enthält einen fehlerhaften Eintrag (Protokolleintrag {number}: {field}: {detail})',
  'register.import.encryptedNotJson': 'Die Datei ist kein gültiges JSON. Nichts wurde importiert.',
  'register.import.encryptedUnreadable': 'Die Datei ist keine lesbare verschlüsselte QuickFreeze-Sicherungskopie ({field}: {detail}). Nichts wurde importiert.',
  'register.import.encryptedNewer': 'Die Datei ist eine verschlüsselte Sicherungskopie einer neueren QuickFreeze-Version (Version über {version}). Nichts wurde importiert.',
  'register.import.damaged': 'Die verschlüsselte Sicherungskopie ist beschädigt oder wurde verändert (ein Teil besteht die Prüfung nicht). Nichts wurde importiert.',

  'register.reminder.answerSoon': 'Herausgabeanordnung: Antwort fällig am {due}',
  'register.reminder.answerDue': 'Herausgabeanordnung: Antwort jetzt fällig ({due})',
  'register.reminder.validationSoon': 'Notfall-Anordnung bis {due} validieren lassen',
  'register.reminder.validationDue': 'Notfall-Anordnung: Validierung jetzt fällig ({due})',

  'register.entered.title': '{title} (von Ihnen eingetragen)',
  'register.entered.summary': 'Von Ihnen eingetragen, keine amtliche Angabe: {summary}',
  'register.entered.preservation': 'Sicherungsfrist',
  'register.entered.preservationDays': { one: 'Eine Sicherung wird {count} Tag aufbewahrt.', other: 'Eine Sicherung wird {count} Tage aufbewahrt.' },
  'register.entered.notification': 'Benachrichtigung des Kontoinhabers',
  'register.entered.notifies': 'Der Anbieter benachrichtigt den Kontoinhaber.',
  'register.entered.notifiesUnlessOrder': 'Der Anbieter benachrichtigt den Kontoinhaber, es sei denn, eine Geheimhaltungsanordnung ist beigefügt.',
  'register.entered.doesNotNotify': 'Der Anbieter benachrichtigt den Kontoinhaber nicht.',
};

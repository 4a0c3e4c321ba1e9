import type { Catalogue } from '../catalogue';
import { pagesDe } from './pages/de';
import { dashboardDe } from './dashboard/de';
import { guideDe } from './guide/de';
import { registerDe } from './register/de';

/**
 * Deutsch. Begriffe wie in der deutschen Ermittlungspraxis: Sicherung (Datensicherung, Sicherungsanordnung),
 * Kontoinhaber, Geheimhaltungsanordnung, Rechtshilfeersuchen; US-Normen bleiben zitiert wie im Original.
 */
export const de: Catalogue = {
  ...guideDe,
  ...dashboardDe,
  ...pagesDe,
  ...registerDe,
  'language.label': 'Sprache',
  'language.browser': 'Wie der Browser ({language})',
  'language.hint': 'Angaben der Anbieter und Rechtsquellen bleiben in ihrer Sprache (meist Englisch) und sind so gekennzeichnet.',
  'language.name.en': 'English',
  'language.name.de': 'Deutsch',
  'language.name.fr': 'Français',
  'language.name.es': 'Español',
  'language.name.en-XA': 'Pseudo-Sprache (Akzente)',
  'language.name.ar-XB': 'Pseudo-Sprache (rechts nach links)',

  'facts.inEnglish': 'auf Englisch',

  'rules.failed': 'Diese Prüfung ist fehlgeschlagen und wurde übersprungen: {error}',
  'rules.emergency.harm': 'Die Beschreibung nennt keine Gefahr für Leib oder Leben (Tod oder schwere Körperverletzung) und keine Gefahr für ein Kind.',
  'rules.emergency.imminence':
    'Die Beschreibung zeigt nicht, dass der Schaden unmittelbar bevorsteht. „Dringend“ oder „ASAP“ beschreiben die Anfrage, nicht die Gefahr.',
  'rules.emergency.timeframe': 'Die Beschreibung nennt keinen konkreten Zeitpunkt: wann die Drohung entstand oder wann der Schaden droht.',
  'rules.emergency.nexus': 'Die Beschreibung sagt nicht, wie die angefragten Daten helfen, den Schaden abzuwenden.',
  'rules.emergency.personAtRisk': 'Die Beschreibung nennt nicht, wer gefährdet ist.',
  'rules.emergency.truncated': 'Nur die ersten {count} Zeichen wurden gelesen.',
  'rules.emergency.item.harm': 'Gefahr',
  'rules.emergency.item.personAtRisk': 'Gefährdete Person',
  'rules.emergency.item.timeframe': 'Zeitrahmen',
  'rules.emergency.item.imminence': 'Warum es nicht warten kann',
  'rules.emergency.item.nexus': 'Wie die Daten helfen',
  'rules.notification.covered':
    'Eine Geheimhaltungsanordnung bzw. eine Option zur aufgeschobenen Benachrichtigung ist ausgewählt. Achten Sie darauf, dass die Anordnung selbst beigefügt ist und ihre Dauer nennt.',
  'rules.notification.uncovered': 'Dieser Anbieter benachrichtigt den Kontoinhaber, und die Anfrage enthält keine Geheimhaltungsanordnung. {advice}',
  'rules.notification.advice':
    'Anbieter benachrichtigen, solange das Recht es nicht verbietet. Ein Sicherungsersuchen allein kann keine Geheimhaltung auferlegen; bei einem US-Anbieter erwirken Sie eine gerichtliche Anordnung nach 18 U.S.C. 2705(b) mit bestimmter Dauer und fügen sie bei oder wählen die Geheimhaltungsoption des Anbieters.',
  'rules.notification.howToPrevent': 'Was es verhindert (auf Englisch): {text}',
  'rules.notification.policyUnknown':
    'Ob dieser Anbieter den Kontoinhaber benachrichtigt, ist nicht bekannt. Prüfen Sie seine Richtlinien; eine Geheimhaltungsanordnung ist der sichere Weg, wenn eine Benachrichtigung den Ermittlungen schaden würde.',
  'rules.ncmec.invalid': 'Keine CyberTipline-Meldungsnummer: {values}.',
  'rules.ncmec.invalidMore': { one: 'Keine CyberTipline-Meldungsnummer: {values} und {count} weitere.', other: 'Keine CyberTipline-Meldungsnummern: {values} und {count} weitere.' },
  'rules.ncmec.read': 'Gelesene Meldungsnummern: {ids}',
  'rules.ncmec.count': { one: '{count} Meldungsnummer: {ids}', other: '{count} Meldungsnummern: {ids}' },
  'rules.ncmec.missing': 'Die Anfrage ist als Fall von Kindesmissbrauch markiert oder beschrieben, nennt aber keine NCMEC-CyberTipline-Meldungsnummer.',
  'rules.csam.media':
    'Bild oder Video für eine Kinderschutz-Anfrage ausgewählt ({files}). Senden Sie das Material nie: Geben Sie stattdessen die CyberTipline-Meldungsnummer oder Hashwerte an.',

  'rules.phone.normalize': 'Schreiben Sie {candidate} als {e164} (E.164).',
  'rules.phone.invalid': '{candidate} ist keine gültige internationale Telefonnummer.',
  'rules.phone.noCountryCode': '{candidate} hat keine Ländervorwahl. Schreiben Sie + Ländervorwahl und Nummer (E.164), z. B. +4915123456789.',
  'rules.snowflake.created': '{provider}-ID {id} wurde am {date} UTC erstellt.',
  'rules.snowflake.future': '{provider}-ID {id} ergibt das Datum {date}, in der Zukunft: Sie ist falsch geschrieben.',
  'rules.dateRange.openBoth': 'Der Zeitraum ist offen: kein Anfangs- und kein Enddatum.',
  'rules.dateRange.openStart': 'Der Zeitraum ist offen: kein Anfangsdatum.',
  'rules.dateRange.openEnd': 'Der Zeitraum ist offen: kein Enddatum.',
  'rules.dateRange.reversed': 'Der Zeitraum beginnt ({from}) nach seinem Ende ({to}).',
  'rules.dateRange.future': 'Der Zeitraum endet in der Zukunft ({to}): Anbieter speichern nur vergangene Daten.',
  'rules.ip.missing': 'Die IP-Adresse {ip} ist ohne {missing} angegeben.',
  'rules.ip.date': 'Datum',
  'rules.ip.time': 'Uhrzeit',
  'rules.ip.zone': 'Zeitzone',
  'rules.username.invalid': '„{name}“ kann kein {platform}-Benutzername sein: {problems}.',
  'rules.username.tooLong': '{length} Zeichen (höchstens {max})',
  'rules.username.notAllowed': 'erlaubt sind nur {allowed}',
  'rules.username.allowed.lettersDigitsPeriodsUnderscores': 'Buchstaben, Ziffern, Punkte und Unterstriche',
  'rules.username.allowed.lettersDigitsUnderscores': 'Buchstaben, Ziffern und Unterstriche',
  'rules.hash.notHex': '„{value}“ ist kein Hexadezimalwert.',
  'rules.hash.length': { one: '„{value}“ hat {count} Hex-Ziffer (MD5 32, SHA-1 40, SHA-256 64).', other: '„{value}“ hat {count} Hex-Ziffern (MD5 32, SHA-1 40, SHA-256 64).' },
  'insert.title': 'Sicherungsangaben einfügen',
  'insert.target': 'In das Feld, das Sie auf {page} mit der rechten Maustaste angeklickt haben.',
  'insert.noTarget': 'Kein Feld wartet. Klicken Sie das Feld mit der rechten Maustaste an und wählen Sie erneut „Sicherungsangaben einfügen“.',
  'insert.loading': 'Wird geladen …',
  'insert.empty': 'Das Register ist leer.',
  'insert.case': 'Verfahren',
  'insert.chooseCase': 'Verfahren wählen …',
  'insert.caseNumber': 'Aktenzeichen {caseNumber}',
  'insert.noCase': 'Einträge ohne Aktenzeichen',
  'insert.records': { one: '{count} Eintrag', other: '{count} Einträge' },
  'insert.preview': 'Was eingefügt wird:',
  'insert.button': 'In das Feld einfügen',
  'insert.inserted': 'Eingefügt ✓',
  'insert.done': 'Eingefügt. Sie können dieses Fenster schließen.',
  'insert.notInserted': 'Nicht eingefügt.',
  'insert.notInsertedBecause': 'Nicht eingefügt: {error}',
  'insert.unreadable': 'Das Register konnte nicht gelesen werden: {error}',
  'insert.noField': 'Kein Feld wartet: Klicken Sie das Feld mit der rechten Maustaste an und wählen Sie erneut „Sicherungsangaben einfügen“.',
  'insert.fieldGone': 'Das Feld ist auf dieser Seite nicht mehr vorhanden.',

  'menu.saveSelection': 'Auswahl als Sicherungs-Referenz speichern',
  'menu.insertDetails': 'Sicherungsangaben einfügen …',

  'notify.expiresToday': 'Sicherung läuft heute ab',
  'notify.expiresIn': { one: 'Sicherung läuft in {count} Tag ab', other: 'Sicherung läuft in {count} Tagen ab' },
  'notify.record':
    '{provider}, Referenz {reference}: gesichert bis {expiry}. Beantragen Sie eine Verlängerung oder stellen Sie das Herausgabeersuchen (ggf. Rechtshilfeersuchen).',
  'notify.recordWithCase':
    '{provider}, Referenz {reference}, Aktenzeichen {caseNumber}: gesichert bis {expiry}. Beantragen Sie eine Verlängerung oder stellen Sie das Herausgabeersuchen (ggf. Rechtshilfeersuchen).',
  'notify.countToday': { one: '{count} Sicherung läuft heute ab', other: '{count} Sicherungen laufen heute ab' },
  'notify.countIn': { one: '{count} Sicherung läuft in {days} Tagen ab', other: '{count} Sicherungen laufen in {days} Tagen ab' },
  'notify.openLocked':
    'Öffnen Sie das QuickFreeze-Register (mit Ihrer Passphrase entsperren), um zu sehen, welche betroffen sind, und beantragen Sie Verlängerungen oder stellen Sie die Herausgabeersuchen.',
  'notify.order': '{provider}, Anordnung {reference}.',
  'notify.orderWithCase': '{provider}, Anordnung {reference}, Aktenzeichen {caseNumber}.',
  'notify.orderLocked': 'Öffnen Sie das QuickFreeze-Register (mit Ihrer Passphrase entsperren), um zu sehen, welche Anordnung betroffen ist.',
};

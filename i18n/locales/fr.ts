import type { Catalogue } from '../catalogue';
import { pagesFr } from './pages/fr';
import { dashboardFr } from './dashboard/fr';
import { guideFr } from './guide/fr';
import { registerFr } from './register/fr';

/**
 * Français, avec les termes de la pratique des enquêteurs : conservation (gel des données), demande de conservation,
 * titulaire du compte, ordonnance de non-divulgation, demande d'entraide judiciaire ; les textes américains restent
 * cités tels quels.
 */
export const fr: Catalogue = {
  ...guideFr,
  ...dashboardFr,
  ...pagesFr,
  ...registerFr,
  'language.label': 'Langue',
  'language.browser': 'Comme le navigateur ({language})',
  'language.hint': 'Les informations des fournisseurs et les sources juridiques restent dans leur langue (surtout l’anglais), indiquée à côté.',
  'language.name.en': 'English',
  'language.name.de': 'Deutsch',
  'language.name.fr': 'Français',
  'language.name.es': 'Español',
  'language.name.en-XA': 'Pseudo-langue (accents)',
  'language.name.ar-XB': 'Pseudo-langue (de droite à gauche)',

  'facts.inEnglish': 'en anglais',

  'rules.failed': 'Ce contrôle a échoué et a été ignoré : {error}',
  'rules.emergency.harm': 'La description n’indique aucun danger de mort ou de blessure physique grave (ni de danger pour un enfant).',
  'rules.emergency.imminence':
    'La description ne montre pas que le danger est imminent. « Urgent » ou « ASAP » qualifient la demande, pas le danger.',
  'rules.emergency.timeframe': 'La description ne donne aucune indication de temps précise : quand la menace est apparue ou quand le danger est attendu.',
  'rules.emergency.nexus': 'La description ne dit pas en quoi les données demandées aideront à empêcher le danger.',
  'rules.emergency.personAtRisk': 'La description n’identifie pas la personne en danger.',
  'rules.emergency.truncated': 'Seuls les {count} premiers caractères ont été lus.',
  'rules.emergency.item.harm': 'Danger',
  'rules.emergency.item.personAtRisk': 'Personne en danger',
  'rules.emergency.item.timeframe': 'Délai',
  'rules.emergency.item.imminence': 'Pourquoi cela ne peut pas attendre',
  'rules.emergency.item.nexus': 'En quoi les données aideront',
  'rules.notification.covered':
    'Une ordonnance de non-divulgation ou une option de notification différée est cochée. Vérifiez que l’ordonnance elle-même est jointe et précise sa durée.',
  'rules.notification.uncovered': 'Ce fournisseur informe le titulaire du compte, et la demande ne montre aucune ordonnance de non-divulgation. {advice}',
  'rules.notification.advice':
    'Les fournisseurs informent l’utilisateur sauf si la loi l’interdit. Une demande de conservation ne peut pas imposer le secret ; pour un fournisseur américain, obtenez une ordonnance judiciaire au titre de 18 U.S.C. 2705(b) d’une durée déterminée et joignez-la, ou choisissez l’option de non-divulgation du fournisseur.',
  'rules.notification.howToPrevent': 'Ce qui l’empêche (en anglais) : {text}',
  'rules.notification.policyUnknown':
    'On ne sait pas si ce fournisseur informe le titulaire du compte. Consultez ses lignes directrices ; une ordonnance de non-divulgation est la voie sûre si une notification nuirait à l’enquête.',
  'rules.ncmec.invalid': 'Pas un numéro de signalement CyberTipline : {values}.',
  'rules.ncmec.invalidMore': { one: 'Pas un numéro de signalement CyberTipline : {values} et {count} autre.', other: 'Pas des numéros de signalement CyberTipline : {values} et {count} autres.' },
  'rules.ncmec.read': 'Numéros de signalement lus : {ids}',
  'rules.ncmec.count': { one: '{count} numéro de signalement : {ids}', other: '{count} numéros de signalement : {ids}' },
  'rules.ncmec.missing': 'La demande est marquée ou décrite comme une affaire d’exploitation d’enfants, mais aucun numéro de signalement CyberTipline du NCMEC n’est indiqué.',
  'rules.csam.media':
    'Image ou vidéo choisie pour une demande relative à la protection de l’enfance ({files}). N’envoyez jamais le contenu : indiquez plutôt le numéro de signalement CyberTipline ou les valeurs de hachage.',

  'rules.phone.normalize': 'Écrivez {candidate} sous la forme {e164} (E.164).',
  'rules.phone.invalid': '{candidate} n’est pas un numéro de téléphone international valide.',
  'rules.phone.noCountryCode': '{candidate} n’a pas d’indicatif pays. Écrivez + indicatif pays et numéro (E.164), p. ex. +33612345678.',
  'rules.snowflake.created': 'L’identifiant {provider} {id} a été créé le {date} UTC.',
  'rules.snowflake.future': 'L’identifiant {provider} {id} correspond au {date}, dans le futur : il est mal saisi.',
  'rules.dateRange.openBoth': 'La période est ouverte : ni date de début ni date de fin.',
  'rules.dateRange.openStart': 'La période est ouverte : pas de date de début.',
  'rules.dateRange.openEnd': 'La période est ouverte : pas de date de fin.',
  'rules.dateRange.reversed': 'La période commence ({from}) après sa fin ({to}).',
  'rules.dateRange.future': 'La période se termine dans le futur ({to}) : les fournisseurs ne conservent que des données passées.',
  'rules.ip.missing': 'L’adresse IP {ip} est indiquée sans préciser {missing}.',
  'rules.ip.date': 'la date',
  'rules.ip.time': 'l’heure',
  'rules.ip.zone': 'le fuseau horaire',
  'rules.username.invalid': '« {name} » ne peut pas être un nom d’utilisateur {platform} : {problems}.',
  'rules.username.tooLong': '{length} caractères (au plus {max})',
  'rules.username.notAllowed': 'seuls les {allowed} sont autorisés',
  'rules.username.allowed.lettersDigitsPeriodsUnderscores': 'lettres, chiffres, points et tirets bas',
  'rules.username.allowed.lettersDigitsUnderscores': 'lettres, chiffres et tirets bas',
  'rules.hash.notHex': '« {value} » n’est pas une valeur hexadécimale.',
  'rules.hash.length': { one: '« {value} » compte {count} chiffre hexadécimal (MD5 32, SHA-1 40, SHA-256 64).', other: '« {value} » compte {count} chiffres hexadécimaux (MD5 32, SHA-1 40, SHA-256 64).' },
  'insert.title': 'Insérer les données de conservation',
  'insert.target': 'Dans le champ sur lequel vous avez fait un clic droit sur {page}.',
  'insert.noTarget': 'Aucun champ n’est en attente. Faites un clic droit sur le champ et choisissez à nouveau « Insérer les données de conservation ».',
  'insert.loading': 'Chargement…',
  'insert.empty': 'Le registre est vide.',
  'insert.case': 'Affaire',
  'insert.chooseCase': 'Choisir une affaire…',
  'insert.caseNumber': 'Affaire {caseNumber}',
  'insert.noCase': 'Enregistrements sans numéro d’affaire',
  'insert.records': { one: '{count} enregistrement', other: '{count} enregistrements' },
  'insert.preview': 'Ce qui sera inséré :',
  'insert.button': 'Insérer dans le champ',
  'insert.inserted': 'Inséré ✓',
  'insert.done': 'Inséré. Vous pouvez fermer cette fenêtre.',
  'insert.notInserted': 'Non inséré.',
  'insert.notInsertedBecause': 'Non inséré : {error}',
  'insert.unreadable': 'Le registre n’a pas pu être lu : {error}',
  'insert.noField': 'Aucun champ n’est en attente : faites un clic droit sur le champ et choisissez à nouveau « Insérer les données de conservation ».',
  'insert.fieldGone': 'Le champ ne se trouve plus sur cette page.',

  'menu.saveSelection': 'Enregistrer la sélection comme référence de conservation',
  'menu.insertDetails': 'Insérer les données de conservation…',

  'notify.expiresToday': 'La conservation expire aujourd’hui',
  'notify.expiresIn': { one: 'La conservation expire dans {count} jour', other: 'La conservation expire dans {count} jours' },
  'notify.record':
    '{provider}, référence {reference} : conservé jusqu’au {expiry}. Demandez une prolongation ou adressez la réquisition (ou la demande d’entraide judiciaire).',
  'notify.recordWithCase':
    '{provider}, référence {reference}, affaire {caseNumber} : conservé jusqu’au {expiry}. Demandez une prolongation ou adressez la réquisition (ou la demande d’entraide judiciaire).',
  'notify.countToday': { one: '{count} conservation expire aujourd’hui', other: '{count} conservations expirent aujourd’hui' },
  'notify.countIn': { one: '{count} conservation expire dans {days} jours', other: '{count} conservations expirent dans {days} jours' },
  'notify.openLocked':
    'Ouvrez le registre QuickFreeze (déverrouillez-le avec votre phrase secrète) pour voir lesquelles, puis demandez des prolongations ou adressez les réquisitions.',
  'notify.order': '{provider}, injonction {reference}.',
  'notify.orderWithCase': '{provider}, injonction {reference}, affaire {caseNumber}.',
  'notify.orderLocked': 'Ouvrez le registre QuickFreeze (déverrouillez-le avec votre phrase secrète) pour voir de quelle injonction il s’agit.',
};

import type { Message } from '../../types';
import type { RegisterKey } from './en';

/** Registre, import et arrière-plan en français : conservation, injonction de production, titulaire du compte. */
export const registerFr: Readonly<Record<RegisterKey, Message>> = {
  'register.problem.quota': 'Le navigateur n’a plus de place pour les données de QuickFreeze. Exportez une sauvegarde, puis libérez de l’espace disque ; rien n’a été enregistré.',
  'register.problem.duplicate': 'Cette référence figure déjà dans le registre pour ce fournisseur.',
  'register.problem.invalid': 'Non enregistré : {issues}',
  'register.problem.storage': 'Non enregistré : le stockage du navigateur a refusé l’écriture ({cause}).',
  'register.problem.recordGone': 'Cette fiche ne figure plus dans le registre.',
  'register.problem.recordChanged': 'Cette fiche a été modifiée ou retirée du registre entre-temps ; rien n’a été enregistré.',
  'register.problem.noProof': 'Cette fiche n’a pas de page capturée à laquelle joindre une capture d’écran.',
  'register.problem.wrongPassphrase': 'Cette phrase secrète n’ouvre pas ce registre.',
  'register.problem.nothingSavedHere': 'Aucune référence n’a été enregistrée depuis cette page.',
  'register.problem.tabMoved':
    'Cet onglet n’affiche plus la page depuis laquelle la référence {reference} a été enregistrée ; revenez sur cette page pour joindre sa capture d’écran.',

  'register.import.tooLarge': 'Le fichier fait {size} Mo ; une sauvegarde QuickFreeze fait au plus 200 Mo. Rien n’a été importé.',
  'register.import.notJson': 'Le fichier n’est pas un JSON valide ({detail}).',
  'register.import.notBackup': 'Le fichier n’est pas une sauvegarde QuickFreeze (attendu : "format": "{format}").',
  'register.import.newer': 'Le fichier provient d’une version plus récente de QuickFreeze (version de sauvegarde supérieure à {version}).',
  'register.import.badFile': 'Le fichier n’est pas une sauvegarde QuickFreeze ({field} : {detail}).',
  'register.import.auditUnattributed': 'L’entrée d’historique {number} est mal formée et ne désigne aucune fiche ({field} : {detail}) ; rien n’a été importé.',
  'register.import.badEntry': 'champ {field} : {detail}',
  'register.import.badHistory': 'son historique contient une entrée mal formée (entrée d’historique {number} : {field} : {detail})',
  'register.import.encryptedNotJson': 'Le fichier n’est pas un JSON valide. Rien n’a été importé.',
  'register.import.encryptedUnreadable': 'Le fichier n’est pas une sauvegarde QuickFreeze chiffrée lisible ({field} : {detail}). Rien n’a été importé.',
  'register.import.encryptedNewer': 'Le fichier est une sauvegarde chiffrée d’une version plus récente de QuickFreeze (version supérieure à {version}). Rien n’a été importé.',
  'register.import.damaged': 'La sauvegarde chiffrée est endommagée ou a été modifiée (une partie échoue à la vérification). Rien n’a été importé.',

  'register.reminder.answerSoon': 'Injonction de production : réponse attendue le {due}',
  'register.reminder.answerDue': 'Injonction de production : réponse attendue maintenant ({due})',
  'register.reminder.validationSoon': 'Faire valider l’injonction d’urgence avant le {due}',
  'register.reminder.validationDue': 'Injonction d’urgence : validation attendue maintenant ({due})',

  'register.entered.title': '{title} (saisi par vous)',
  'register.entered.summary': 'Saisi par vous, pas une information officielle : {summary}',
  'register.entered.preservation': 'Durée de conservation',
  'register.entered.preservationDays': { one: 'une conservation est maintenue {count} jour.', other: 'une conservation est maintenue {count} jours.' },
  'register.entered.notification': 'Information de l’utilisateur',
  'register.entered.notifies': 'Le fournisseur informe le titulaire du compte.',
  'register.entered.notifiesUnlessOrder': 'Le fournisseur informe le titulaire du compte, sauf si une ordonnance de non-divulgation est jointe.',
  'register.entered.doesNotNotify': 'Le fournisseur n’informe pas le titulaire du compte.',
};

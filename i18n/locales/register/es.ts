import type { Message } from '../../types';
import type { RegisterKey } from './en';

/** Registro, importación y segundo plano en español: conservación, orden de entrega, titular de la cuenta. */
export const registerEs: Readonly<Record<RegisterKey, Message>> = {
  'register.problem.quota': 'El navegador no tiene más espacio para los datos de QuickFreeze. Exporte una copia de seguridad y libere espacio en disco; no se ha guardado nada.',
  'register.problem.duplicate': 'Esta referencia ya está en el registro para este proveedor.',
  'register.problem.invalid': 'No se ha guardado: {issues}',
  'register.problem.storage': 'No se ha guardado: el almacenamiento del navegador rechazó la escritura ({cause}).',
  'register.problem.recordGone': 'Esa entrada ya no está en el registro.',
  'register.problem.recordChanged': 'Esa entrada se modificó o salió del registro entretanto; no se ha guardado nada.',
  'register.problem.noProof': 'Esta entrada no tiene ninguna página capturada a la que añadir una captura de pantalla.',
  'register.problem.wrongPassphrase': 'Esa frase de contraseña no abre este registro.',
  'register.problem.nothingSavedHere': 'No se ha guardado ninguna referencia desde esta página.',
  'register.problem.tabMoved':
    'Esta pestaña ya no muestra la página desde la que se guardó la referencia {reference}; vuelva a esa página para adjuntar su captura de pantalla.',

  'register.import.tooLarge': 'El archivo ocupa {size} MB; una copia de seguridad de QuickFreeze ocupa como máximo 200 MB. No se ha importado nada.',
  'register.import.notJson': 'El archivo no es un JSON válido ({detail}).',
  'register.import.notBackup': 'El archivo no es una copia de seguridad de QuickFreeze (se esperaba "format": "{format}").',
  'register.import.newer': 'El archivo procede de una versión más reciente de QuickFreeze (versión de copia superior a {version}).',
  'register.import.badFile': 'El archivo no es una copia de seguridad de QuickFreeze ({field}: {detail}).',
  'register.import.auditUnattributed': 'La entrada de historial {number} está mal formada y no indica ninguna entrada ({field}: {detail}); no se ha importado nada.',
  'register.import.badEntry': 'campo {field}: {detail}',
  'register.import.badHistory': 'su historial contiene una entrada mal formada (entrada de historial {number}: {field}: {detail})',
  'register.import.encryptedNotJson': 'El archivo no es un JSON válido. No se ha importado nada.',
  'register.import.encryptedUnreadable': 'El archivo no es una copia de seguridad cifrada de QuickFreeze legible ({field}: {detail}). No se ha importado nada.',
  'register.import.encryptedNewer': 'El archivo es una copia cifrada de una versión más reciente de QuickFreeze (versión superior a {version}). No se ha importado nada.',
  'register.import.damaged': 'La copia de seguridad cifrada está dañada o ha sido alterada (una parte no supera la comprobación). No se ha importado nada.',

  'register.reminder.answerSoon': 'Orden de entrega: respuesta debida el {due}',
  'register.reminder.answerDue': 'Orden de entrega: respuesta debida ahora ({due})',
  'register.reminder.validationSoon': 'Obtenga la validación de la orden urgente antes del {due}',
  'register.reminder.validationDue': 'Orden urgente: validación debida ahora ({due})',

  'register.entered.title': '{title} (introducido por usted)',
  'register.entered.summary': 'Introducido por usted, no es un dato oficial: {summary}',
  'register.entered.preservation': 'Plazo de conservación',
  'register.entered.preservationDays': { one: 'una conservación se mantiene {count} día.', other: 'una conservación se mantiene {count} días.' },
  'register.entered.notification': 'Notificación al usuario',
  'register.entered.notifies': 'El proveedor notifica al titular de la cuenta.',
  'register.entered.notifiesUnlessOrder': 'El proveedor notifica al titular de la cuenta salvo que se adjunte una orden de confidencialidad.',
  'register.entered.doesNotNotify': 'El proveedor no notifica al titular de la cuenta.',
};

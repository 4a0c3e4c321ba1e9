import type { Catalogue } from '../catalogue';
import { pagesEs } from './pages/es';
import { dashboardEs } from './dashboard/es';
import { guideEs } from './guide/es';
import { registerEs } from './register/es';

/**
 * Español, con los términos de la práctica policial y judicial: conservación (solicitud de conservación de datos),
 * titular de la cuenta, orden de no divulgación, comisión rogatoria / solicitud de asistencia judicial; las normas
 * estadounidenses se citan como en el original.
 */
export const es: Catalogue = {
  ...guideEs,
  ...dashboardEs,
  ...pagesEs,
  ...registerEs,
  'language.label': 'Idioma',
  'language.browser': 'Como el navegador ({language})',
  'language.hint': 'Los datos de los proveedores y las fuentes jurídicas se mantienen en su idioma (sobre todo inglés), indicado al lado.',
  'language.name.en': 'English',
  'language.name.de': 'Deutsch',
  'language.name.fr': 'Français',
  'language.name.es': 'Español',
  'language.name.en-XA': 'Pseudoidioma (acentos)',
  'language.name.ar-XB': 'Pseudoidioma (de derecha a izquierda)',

  'facts.inEnglish': 'en inglés',

  'rules.failed': 'Esta comprobación ha fallado y se ha omitido: {error}',
  'rules.emergency.harm': 'La descripción no indica un peligro de muerte o de lesiones físicas graves (ni de daño a un menor).',
  'rules.emergency.imminence':
    'La descripción no muestra que el daño sea inminente. «Urgente» o «ASAP» describen la solicitud, no el peligro.',
  'rules.emergency.timeframe': 'La descripción no da ningún momento concreto: cuándo surgió la amenaza o cuándo se espera el daño.',
  'rules.emergency.nexus': 'La descripción no explica cómo los datos solicitados ayudarán a evitar el daño.',
  'rules.emergency.personAtRisk': 'La descripción no identifica a la persona en peligro.',
  'rules.emergency.truncated': 'Solo se han leído los primeros {count} caracteres.',
  'rules.emergency.item.harm': 'Peligro',
  'rules.emergency.item.personAtRisk': 'Persona en peligro',
  'rules.emergency.item.timeframe': 'Plazo',
  'rules.emergency.item.imminence': 'Por qué no puede esperar',
  'rules.emergency.item.nexus': 'Cómo ayudarán los datos',
  'rules.notification.covered':
    'Hay marcada una orden de no divulgación o una opción de notificación diferida. Compruebe que la orden está adjunta e indica su duración.',
  'rules.notification.uncovered': 'Este proveedor notifica al titular de la cuenta y la solicitud no muestra ninguna orden de no divulgación. {advice}',
  'rules.notification.advice':
    'Los proveedores notifican salvo que la ley lo prohíba. Una solicitud de conservación no puede imponer el secreto; para un proveedor estadounidense, obtenga una orden judicial conforme a 18 U.S.C. 2705(b) con una duración determinada y adjúntela, o elija la opción de no divulgación del proveedor.',
  'rules.notification.howToPrevent': 'Qué lo impide (en inglés): {text}',
  'rules.notification.policyUnknown':
    'No se sabe si este proveedor notifica al titular de la cuenta. Consulte sus directrices; una orden de no divulgación es la vía segura si la notificación perjudicaría la investigación.',
  'rules.ncmec.invalid': 'No es un número de denuncia de CyberTipline: {values}.',
  'rules.ncmec.invalidMore': { one: 'No es un número de denuncia de CyberTipline: {values} y {count} más.', other: 'No son números de denuncia de CyberTipline: {values} y {count} más.' },
  'rules.ncmec.read': 'Números de denuncia leídos: {ids}',
  'rules.ncmec.count': { one: '{count} número de denuncia: {ids}', other: '{count} números de denuncia: {ids}' },
  'rules.ncmec.missing': 'La solicitud está marcada o descrita como un caso de explotación infantil, pero no indica ningún número de denuncia de CyberTipline del NCMEC.',
  'rules.csam.media':
    'Imagen o vídeo elegido para una solicitud de protección de menores ({files}). No envíe nunca el material: indique en su lugar el número de denuncia de CyberTipline o los valores hash.',

  'rules.phone.normalize': 'Escriba {candidate} como {e164} (E.164).',
  'rules.phone.invalid': '{candidate} no es un número de teléfono internacional válido.',
  'rules.phone.noCountryCode': '{candidate} no tiene prefijo de país. Escríbalo como + prefijo de país y número (E.164), p. ej. +34612345678.',
  'rules.snowflake.created': 'El identificador de {provider} {id} se creó el {date} UTC.',
  'rules.snowflake.future': 'El identificador de {provider} {id} corresponde al {date}, en el futuro: está mal escrito.',
  'rules.dateRange.openBoth': 'El intervalo de fechas está abierto: sin fecha de inicio ni de fin.',
  'rules.dateRange.openStart': 'El intervalo de fechas está abierto: sin fecha de inicio.',
  'rules.dateRange.openEnd': 'El intervalo de fechas está abierto: sin fecha de fin.',
  'rules.dateRange.reversed': 'El intervalo empieza ({from}) después de terminar ({to}).',
  'rules.dateRange.future': 'El intervalo termina en el futuro ({to}): los proveedores solo conservan datos pasados.',
  'rules.ip.missing': 'La dirección IP {ip} figura sin {missing}.',
  'rules.ip.date': 'fecha',
  'rules.ip.time': 'hora',
  'rules.ip.zone': 'zona horaria',
  'rules.username.invalid': '«{name}» no puede ser un nombre de usuario de {platform}: {problems}.',
  'rules.username.tooLong': '{length} caracteres (como máximo {max})',
  'rules.username.notAllowed': 'solo se admiten {allowed}',
  'rules.username.allowed.lettersDigitsPeriodsUnderscores': 'letras, cifras, puntos y guiones bajos',
  'rules.username.allowed.lettersDigitsUnderscores': 'letras, cifras y guiones bajos',
  'rules.hash.notHex': '«{value}» no es un valor hexadecimal.',
  'rules.hash.length': { one: '«{value}» tiene {count} dígito hexadecimal (MD5 32, SHA-1 40, SHA-256 64).', other: '«{value}» tiene {count} dígitos hexadecimales (MD5 32, SHA-1 40, SHA-256 64).' },
  'insert.title': 'Insertar los datos de conservación',
  'insert.target': 'En el campo en el que hizo clic derecho en {page}.',
  'insert.noTarget': 'Ningún campo está a la espera. Haga clic derecho en el campo y elija de nuevo «Insertar los datos de conservación».',
  'insert.loading': 'Cargando…',
  'insert.empty': 'El registro está vacío.',
  'insert.case': 'Caso',
  'insert.chooseCase': 'Elija un caso…',
  'insert.caseNumber': 'Caso {caseNumber}',
  'insert.noCase': 'Registros sin número de caso',
  'insert.records': { one: '{count} registro', other: '{count} registros' },
  'insert.preview': 'Lo que se insertará:',
  'insert.button': 'Insertar en el campo',
  'insert.inserted': 'Insertado ✓',
  'insert.done': 'Insertado. Puede cerrar esta ventana.',
  'insert.notInserted': 'No insertado.',
  'insert.notInsertedBecause': 'No insertado: {error}',
  'insert.unreadable': 'No se ha podido leer el registro: {error}',
  'insert.noField': 'Ningún campo está a la espera: haga clic derecho en el campo y elija de nuevo «Insertar los datos de conservación».',
  'insert.fieldGone': 'El campo ya no está en esa página.',

  'menu.saveSelection': 'Guardar la selección como referencia de conservación',
  'menu.insertDetails': 'Insertar los datos de conservación…',

  'notify.expiresToday': 'La conservación vence hoy',
  'notify.expiresIn': { one: 'La conservación vence dentro de {count} día', other: 'La conservación vence dentro de {count} días' },
  'notify.record':
    '{provider}, referencia {reference}: conservado hasta el {expiry}. Solicite una prórroga o curse el requerimiento judicial (o la comisión rogatoria).',
  'notify.recordWithCase':
    '{provider}, referencia {reference}, caso {caseNumber}: conservado hasta el {expiry}. Solicite una prórroga o curse el requerimiento judicial (o la comisión rogatoria).',
  'notify.countToday': { one: '{count} conservación vence hoy', other: '{count} conservaciones vencen hoy' },
  'notify.countIn': { one: '{count} conservación vence dentro de {days} días', other: '{count} conservaciones vencen dentro de {days} días' },
  'notify.openLocked':
    'Abra el registro de QuickFreeze (desbloquéelo con su frase de contraseña) para ver cuáles, y solicite prórrogas o curse los requerimientos judiciales.',
  'notify.order': '{provider}, orden {reference}.',
  'notify.orderWithCase': '{provider}, orden {reference}, caso {caseNumber}.',
  'notify.orderLocked': 'Abra el registro de QuickFreeze (desbloquéelo con su frase de contraseña) para ver de qué orden se trata.',
};

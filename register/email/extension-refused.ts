/**
 * Answers to an extension request that extend nothing, and notices about a preservation that confirm nothing new: read
 * as what the message does, not as phrases. An extension refused or not taken as one ("we are unable to grant a further
 * extension", "your email has not been treated as an extension request", "TikTok refuse la prolongation", "die
 * Verlängerung wurde abgelehnt") where the message extends nothing now (the only extension it names was done before:
 * "has already been extended once"); and a reminder of a preservation's end ("This is an automated reminder …
 * Expires on: …", "Rappel : la conservation … expire le …"): the provider restates what it holds, it confirms no new
 * preservation. Each list holds one form a line and is compiled once; every form is bounded.
 */

import { alternatives } from './negators';

const S = String.raw`[ \t\n]+`;
/** "Unable to", "cannot", "will not", said of what the provider can do with the extension. */
const UNABLE = String.raw`(?:(?:unable|not${S}able|not${S}in${S}a${S}position)${S}to|cannot|can['’]t|could${S}not|couldn['’]t|will${S}not|won['’]t)`;
/**
 * This request's extension: a definite or possessive word ("the", "your"), or one of another extension ("a further", "any
 * additional", "another"); never a bare "an extension request", a policy's ("will not process an extension request
 * received after the expiry").
 */
const DET = String.raw`(?:(?:the|this|that|your|its)${S}(?:(?:further|second|third|additional|requested|new)${S})?|(?:(?:a|an|any)${S})?(?:further|second|third|additional|another)${S})`;
/**
 * A time the words bound the extension by: a limit stated, not this request refused ("cannot extend beyond 180 days"); but
 * "beyond its current expiry" refuses this one.
 */
const NOT_A_LIMIT = String.raw`(?![^.;\n]{0,40}?(?<![\p{L}])(?:beyond|past|after|longer|more${S}than|indefinitely|au-delà|plus${S}de|über|más${S}allá|oltre|além|langer${S}dan)(?![\p{L}])(?!${S}(?:its|the|their|this)${S}current${S}(?:expiry|expiration|end|period)))`;

const REFUSALS: readonly string[] = [
  // English: the verb of extending refused, with its object ("we are unable to extend it", "cannot extend this preservation").
  String.raw`${UNABLE}${S}(?:extend|renew|prolong)${S}(?:it|them|this|that|these|the|your)(?:${S}(?:preservations?|holds?|requests?))?${NOT_A_LIMIT}`,
  // English: extending again refused ("is unable to extend a preservation a second time", "cannot renew the hold a second time").
  // Not a policy's "will not extend a preservation more than once", said to every requester.
  String.raw`(?:(?:unable|not${S}able)${S}to|cannot|can['’]t|could${S}not)${S}(?:extend|renew|prolong)${S}(?:(?:a|an|the|this|your)${S})?(?:preservation|hold)${S}a${S}(?:second|third)${S}time`,
  // English: the request answered with nothing done ("no further action has been taken on this request"), which says
  // nothing was extended where the message names an extension only as done before.
  String.raw`no${S}(?:further${S})?action${S}(?:has${S}been|was|will${S}be)${S}taken${S}on${S}(?:this|your)${S}(?:request|extension${S}request)`,
  // English: nothing extended ("no further extension has been made", "no additional renewal was applied").
  String.raw`no${S}(?:further|additional|new|second)${S}(?:extension|renewal)${S}(?:has${S}been|was|will${S}be|is)${S}(?:made|granted|applied|processed|put${S}in${S}place|actioned)`,
  // English: the extension refused as a thing ("unable to grant a further extension", "cannot approve your renewal").
  String.raw`${UNABLE}${S}(?:grant|approve|accept|process|action|honou?r|apply|offer|allow)${S}${DET}(?:extension|renewal)s?(?:${S}(?:request|of${S}(?:the|this|your)${S}preservation))?${NOT_A_LIMIT}`,
  // English: the passive ("your extension request was declined", "the renewal has been refused").
  String.raw`(?:extension|renewal)(?:${S}request)?${S}(?:has${S}been|was|is|have${S}been|were)${S}(?:(?:therefore|respectfully)${S})?(?:declined|refused|rejected|denied|not${S}(?:granted|approved|accepted|processed|actioned))`,
  // English: this request not taken as an extension ("has not been treated as an extension request", "was not processed
  // as a renewal"); not a policy's future ("e-mails will not be treated as extension requests").
  String.raw`(?:has|have|was|were)${S}not${S}(?:been${S})?(?:treated|processed|accepted|handled|registered|logged|recorded|actioned)${S}as${S}(?:an?${S})?(?:valid${S})?(?:extension|renewal)`,
  String.raw`(?:declined|refused|rejected|denied)${S}(?:the|your|this)${S}(?:(?:request|application)${S}(?:for|to)${S}(?:an?${S})?)?(?:extension|renewal|extend)`,
  // French: "refuse la seconde prolongation", "ne pouvons pas accorder de nouvelle prolongation", "la prolongation a été refusée".
  String.raw`(?<!\p{L})refus\p{L}{0,4}${S}(?:la|votre|cette|une|toute)${S}(?:(?:seconde|deuxième|nouvelle|seule)${S})?(?:prolongation|demande${S}de${S}prolongation)`,
  String.raw`(?:ne${S}(?:pouvons|pouvions|pourrons|peut|pourra)${S}pas|(?:ne${S}sommes|n['’]est)${S}pas${S}en${S}mesure${S}d['’e]|impossible${S}d['’e])[ \t\n]*(?:prolonger${S}(?:la|cette|votre|les)|accorder${S}(?:de|une|la|une${S}autre)${S}(?:(?:nouvelle|seconde|deuxième)${S})?prolongation)`,
  String.raw`(?:prolongation|demande${S}de${S}prolongation)${S}(?:a${S}été|est)${S}(?:refusée|rejetée|déclinée)`,
  String.raw`n['’]a${S}pas${S}été${S}(?:traitée|considérée|enregistrée)${S}comme${S}une${S}demande${S}de${S}prolongation`,
  // German: "die Verlängerung wurde abgelehnt", "können die Sicherung nicht verlängern", "keine weitere Verlängerung gewähren".
  String.raw`(?:Verlängerung|Verlängerungsantrag|Verlängerungsanfrage)${S}(?:wurde|ist|wird)${S}(?:leider${S})?(?:abgelehnt|nicht${S}(?:gewährt|bewilligt|bearbeitet|vorgenommen))`,
  String.raw`(?:können|konnten|werden)${S}(?:wir${S})?(?:die|diese|Ihre)${S}(?:Sicherung|Aufbewahrung|Datensicherung)${S}(?:leider${S})?nicht${S}(?:erneut${S}|nochmals${S}|weiter${S})?verlängern`,
  String.raw`(?:können|konnten)${S}(?:wir${S})?(?:leider${S})?keine${S}(?:weitere|erneute|zweite)${S}Verlängerung${S}(?:gewähren|bewilligen|vornehmen)`,
  // Spanish: "no podemos conceder una nueva prórroga", "la prórroga ha sido denegada".
  String.raw`no${S}(?:podemos|es${S}posible|ha${S}sido${S}posible|fue${S}posible)${S}(?:prorrogar${S}(?:la|esta|su)|ampliar${S}(?:la|esta|su)|conceder${S}(?:una|otra|la)${S}(?:(?:nueva|segunda)${S})?(?:prórroga|extensión|ampliación))`,
  String.raw`(?:prórroga|extensión|ampliación|solicitud${S}de${S}prórroga)${S}(?:ha${S}sido|fue)${S}(?:denegada|rechazada)`,
  // Italian: "non possiamo concedere un'ulteriore proroga", "non è possibile accogliere un'ulteriore proroga", "la proroga è stata respinta".
  String.raw`non${S}(?:possiamo|è${S}possibile|siamo${S}in${S}grado${S}di)${S}(?:prorogare${S}(?:la|questa)|(?:concedere|accogliere|accordare|autorizzare)${S}(?:una|un['’]|la|alcuna)[ \t\n]*(?:(?:ulteriore|nuova|seconda)${S})?proroga)`,
  String.raw`(?:proroga|richiesta${S}di${S}proroga)${S}(?:è${S}stata|viene)${S}(?:respinta|rifiutata|negata)`,
  // Dutch: "wij kunnen de bewaring niet opnieuw verlengen", "de verlenging is geweigerd".
  String.raw`(?:kunnen|kan)${S}(?:wij${S}|we${S})?(?:de|deze|uw)${S}(?:bewaring|bewaartermijn)${S}niet${S}(?:opnieuw${S}|nogmaals${S})?verlengen`,
  String.raw`(?:verlenging|verlengingsverzoek)${S}(?:is|werd|wordt)${S}(?:geweigerd|afgewezen|niet${S}toegekend)`,
  // Swedish, Norwegian, Danish: "Tyvärr kan vi inte förlänga säkringen", "vi kan dessverre ikke forlenge sikringen".
  String.raw`(?:kan|kunde|kunne)${S}(?:vi${S})?(?:tyvärr${S}|dessverre${S}|desværre${S})?(?:inte|ikke)${S}(?:förlänga|forlenge|forlænge)`,
  // Portuguese: "não é possível conceder nova prorrogação", "a prorrogação foi recusada".
  String.raw`não${S}(?:podemos|é${S}possível|foi${S}possível)${S}(?:prorrogar${S}(?:a|esta|sua)|conceder${S}(?:uma${S}|a${S}|outra${S})?(?:(?:nova|segunda)${S})?(?:prorrogação|extensão))`,
  String.raw`(?:prorrogação|extensão|pedido${S}de${S}prorrogação)${S}(?:foi|é)${S}(?:recusada|negada|indeferida|rejeitada)`,
];
const REFUSED = new RegExp(`(?<![\\p{L}])(?:${alternatives(REFUSALS)})`, 'iu');

/** A word of extending in any language read: the refusals are looked for only where one stands (a plain, quick test). */
const EXTENSION_WORD = /extend|extension|renew|prolong|pr[óo]rrog|prorrog|proroga|verl[äa]nger|verleng|förläng|forleng|forlæng/i;

/** Whether the message refuses an extension, or says the request was not taken as one. */
export function extensionRefused(body: string): boolean {
  const head = body.slice(0, 20_000);
  return EXTENSION_WORD.test(head) && REFUSED.test(head);
}

/**
 * A word that puts an extension before this message ("has already been extended once", "was previously renewed", "a
 * déjà été prolongée", "wurde bereits verlängert", "ya fue prorrogada", "è già stata prorogata", "is al verlengd", "já
 * foi prorrogada"): the record's history, not what this message does.
 */
const PRIOR = new RegExp(String.raw`(?<![\p{L}])(?:already|previously|earlier|once${S}before|déjà|bereits|schon|ya|già|(?:is|zijn|werd|werden)${S}al|já|redan|allerede|już)(?![\p{L}])`, 'iu');

/** Whether the extension's word at `at` of `body` is marked as done before, in its own sentence (the 60 characters before it). */
export function priorExtension(body: string, at: number): boolean {
  const before = body.slice(Math.max(0, at - 60), at);
  const own = before.slice(before.search(/[^.!?\n]*$/));
  return PRIOR.test(own);
}

/**
 * A message that calls itself a reminder ("This is an automated reminder", "Ceci est un rappel", "Dies ist eine
 * Erinnerung", "Este es un recordatorio", "Questo è un promemoria", "Dit is een herinnering", "Este é um lembrete") or
 * whose subject opens with the word ("Reminder: preservation … expires …").
 */
const REMINDER_NOUN = String.raw`(?:reminder|notice${S}of${S}expiry|expiry${S}notice|rappel|erinnerung|recordatorio|aviso${S}de${S}(?:vencimiento|caducidad)|promemoria|herinnering|lembrete|aviso${S}de${S}expira[çc][ãa]o)`;
const SELF_REMINDER = new RegExp(
  [
    String.raw`(?:this|it)${S}is${S}(?:(?:a|an|just${S}a|your)${S})?(?:(?:automated|automatic|friendly|courtesy|final|scheduled|system)${S})?${REMINDER_NOUN}`,
    String.raw`(?:ceci|ce${S}message)${S}est${S}un${S}(?:(?:simple|dernier)${S})?rappel`,
    // Reminding in so many words ("Nous vous rappelons que …", "We would like to remind you that …", "Wir möchten Sie
    // daran erinnern", "Le recordamos que", "Le ricordiamo che", "Wij herinneren u eraan"), and the end counted down in
    // days or weeks ("will expire in 7 days"), which no confirmation's own period reads as.
    // The reminding verb only where its sentence speaks of the end ("… remind you of the limits of …" is boilerplate).
    String.raw`(?:nous${S}vous${S}rappelons|we${S}(?:would${S}like${S}to|wish${S}to|want${S}to)${S}remind${S}you|wir${S}möchten${S}sie${S}(?:daran${S})?erinnern|le${S}recordamos|le${S}ricordiamo|wij${S}herinneren${S}u)(?=[^.!?]{0,300}?(?:expir|lapse|échéance|échoit|jusqu['’]au|until|abl(?:äuft|auf)|bis${S}zum|vence|hasta${S}el|scad|fino${S}al|verloopt|tot${S}en${S}met))`,
    String.raw`will${S}expire${S}in${S}(?:[1-9]|[12]\d|one|two|three|four|five|six|seven|eight|nine|ten|fourteen)${S}(?:days?|weeks?)`,
    String.raw`(?:dies|diese${S}nachricht)${S}ist${S}eine${S}(?:(?:automatische|freundliche|letzte)${S})?erinnerung`,
    String.raw`(?:este|éste)${S}(?:mensaje${S})?es${S}un${S}(?:(?:aviso|recordatorio)${S})?(?:automático${S})?(?:recordatorio|aviso${S}de${S}vencimiento)`,
    String.raw`(?:questo|questa)${S}(?:messaggio${S})?è${S}un${S}(?:(?:promemoria|avviso)${S})?(?:automatico${S})?(?:promemoria|avviso${S}di${S}scadenza)`,
    String.raw`dit${S}(?:bericht${S})?is${S}een${S}(?:(?:automatische|vriendelijke)${S})?herinnering`,
    String.raw`(?:este|esta)${S}(?:mensagem${S})?é${S}(?:um|uma)${S}(?:(?:aviso|lembrete)${S})?(?:automático${S})?(?:lembrete|aviso${S}de${S}expira[çc][ãa]o)`,
  ].join('|'),
  'iu',
);
/**
 * A subject that opens with the word ("Reminder: …", "[LE] Rappel - …", "Erinnerung: …"), maybe after the provider's
 * name ("Yubo - Rappel : échéance …"), or that names the preservation as expiring ("Preservation expiring: LEP-…").
 */
const SUBJECT_REMINDER = new RegExp(
  `^[ \\t]*(?:\\[[^\\]\\n]{1,30}\\][ \\t]*)?(?:[\\p{L}][\\p{L} .&]{0,30}[ \\t]+[-–—:|][ \\t]+)?(?:(?:automated|final|friendly)[ \\t]+)?${REMINDER_NOUN}(?![\\p{L}])|(?<![\\p{L}])preservation${S}(?:expiring|expiry|expires${S}soon|about${S}to${S}expire)(?![\\p{L}])`,
  'iu',
);
/** Words of a preservation's end: it expires, lapses, ends, runs out. */
const EXPIRY = new RegExp(
  String.raw`(?<![\p{L}])(?:expir\p{L}*|lapse\p{L}*|will${S}(?:end|run${S}out)|ends${S}on|échéance|échoit|abl(?:äuft|auf\p{L}*)|läuft${S}(?:\p{L}+${S}){0,4}?ab|vence\p{L}*|vencimiento|caduc\p{L}*|scad\p{L}*|verloopt|verlopen|vervalt|vencimento)(?![\p{L}])`,
  'iu',
);

/** A word of reminding in any language read: the reminder's forms are looked for only where one stands (a plain, quick test). */
const REMINDER_WORD = /remind|expir|rappel|erinnerung|erinnern|recordatorio|recordamos|aviso|promemoria|ricordiamo|avviso|herinner|lembrete/i;

/** Whether the message is a reminder of a preservation's end: it calls itself one, and speaks of the end. */
export function expiryReminder(body: string, subject: string | null): boolean {
  const head = body.slice(0, 3_000);
  if (!REMINDER_WORD.test(head) && !(subject !== null && REMINDER_WORD.test(subject))) return false;
  const reminder = SELF_REMINDER.test(head) || (subject !== null && SUBJECT_REMINDER.test(subject));
  return reminder && EXPIRY.test(body.slice(0, 20_000).replace(/\s+/g, ' ') + ' ' + (subject ?? ''));
}

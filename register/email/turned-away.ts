/**
 * Words that turn a request away or leave it with the officer, read by `preservationPutOff` only where no clause of
 * the message asserts a preservation (so "Ticket closed: the data was preserved under …" stays a confirmation): the
 * request closed ("closed as a duplicate", "abgelehnt"), the hold gone ("expired on 2 October", "no longer held"), and
 * more wanted from the officer first ("we need the full user ID", "abbiamo bisogno dell'URL").
 */

/** The request closed, withdrawn or refused, in a clause that names the request. */
export const CLOSED =
  /(?<![\p{L}])(?:closed|withdrawn|cancell?ed|rejected|declined|dismissed|geschlossen|abgelehnt|zurückgewiesen|clôturée?|fermée?|rejetée?|refusée?|cerrad[oa]|rechazad[oa]|denegad[oa]|chius[oa]|respint[oa]|archiviat[oa]|gesloten|afgewezen|fechad[oa]|recusad[oa]|stängd|avslagen|odrzucon[yae]|zamknięt[yae])(?![\p{L}])/iu;

/** A hold that has ended: "expired", "lapsed", "no longer held", "abgelaufen", "caducado", "verlopen". */
export const GONE =
  /(?<![\p{L}])(?:expired|lapsed|no[ \t\n]+longer[ \t\n]+(?:held|available|retained|preserved|stored)|abgelaufen|erloschen|expirée?s?|caducad[oa]s?|vencid[oa]s?|scadut[aeio]|verlopen|vervallen|utgången|wygasł[aoy]?)(?![\p{L}])/iu;

/** The provider needs something from the officer before it acts: "we need", "wir benötigen", "abbiamo bisogno". */
export const NEED =
  /(?<![\p{L}])(?:we[ \t\n]+(?:still[ \t\n]+|will[ \t\n]+|would[ \t\n]+)?(?:need|require)|benötigen[ \t\n]+wir|brauchen[ \t\n]+wir|wir[ \t\n]+(?:benötigen|brauchen)|nous[ \t\n]+avons[ \t\n]+besoin|il[ \t\n]+nous[ \t\n]+faut|necesitamos|precisamos|abbiamo[ \t\n]+bisogno|hebben[ \t\n]+(?:we|wij)[ \t\n]+(?:\p{L}+[ \t\n]+){1,4}nodig|behöver[ \t\n]+vi|trenger[ \t\n]+vi|potrzebujemy)(?![\p{L}])/iu;

/** The receipt as a noun ("we confirm receipt of your e-mail", "bestätigen den Eingang Ihres Ersuchens"). */
export const RECEIPT_NOUN = /(?<![\p{L}])(?:receipt|eingang|réception|recepción|ricezione|ontvangst|recebimento|mottagande)(?![\p{L}])/iu;

/** What is received besides a request: the officer's mail, ticket or enquiry ("Your ticket #4410293 has been received"). */
export const RECEIVED_THING =
  /(?<![\p{L}])(?:tickets?|e-?mails?|messages?|inquir(?:y|ies)|enquir(?:y|ies)|correspondence|ersuchens|anfragen|antrag(?:s|es)?|schreiben|courriels?|correos?|mensajes?|verzoeken)(?![\p{L}])/iu;

/** The request handed on to someone else, who will answer ("forwarded to our Law Enforcement Response team"). */
export const HANDED_ON =
  /(?<![\p{L}])(?:forwarded|passed[ \t\n]+on|transferred|escalated|referred|routed|weitergeleitet|transmise?|transférée?|reenviad[oa]|remitid[oa]|inoltrat[aoi]|doorgestuurd|encaminhad[oa]|vidarebefordrad)[ \t\n]+(?:to|an|à|a|al|aan|para|till)[ \t\n]+(?:\p{L}+[ \t\n]+){0,5}?(?:team|department|unit|colleagues|specialists|abteilung|équipe|service|equipo|departamento|squadra|ufficio|afdeling|equipe|avdelning)(?![\p{L}])/iu;

/** Impossible, said of the preservation in the clause ("Eine Sicherung ist nicht möglich", "il nous est impossible de conserver"). */
export const IMPOSSIBLE =
  /(?<![\p{L}])(?:impossible|not[ \t\n]+possible|nicht[ \t\n]+möglich|pas[ \t\n]+possible|no[ \t\n]+(?:es|fue|ha[ \t\n]+sido)[ \t\n]+posible|non[ \t\n]+(?:è|e'|è[ \t\n]+stato)[ \t\n]+possibile|niet[ \t\n]+mogelijk|não[ \t\n]+(?:é|foi)[ \t\n]+possível|inte[ \t\n]+möjligt|ikke[ \t\n]+mulig|nie[ \t\n]+(?:jest|było)[ \t\n]+możliwe)(?![\p{L}])/iu;

/** The account not found: "unable to locate an account", "no matching records were found", "kein Konto gefunden", "introuvable". */
export const NOT_FOUND =
  /(?<![\p{L}])(?:unable[ \t\n]+to[ \t\n]+(?:locate|find|identify)|(?:could|can)(?:[ \t\n]+not|n['’]t)[ \t\n]+(?:locate|find|identify)|did[ \t\n]+not[ \t\n]+(?:locate|find|return)|no[ \t\n]+(?:matching[ \t\n]+)?(?:account|user|records?|results?)[ \t\n]+(?:was[ \t\n]+|were[ \t\n]+|could[ \t\n]+be[ \t\n]+)?(?:found|located)|kein(?:e|en)?[ \t\n]+(?:Konto|Account|Nutzer\p{L}*|Benutzer\p{L}*)[ \t\n]+(?:\p{L}+[ \t\n]+)?gefunden|nicht[ \t\n]+gefunden|aucun[ \t\n]+compte|introuvable|ning[uú]n[ao]?[ \t\n]+(?:cuenta|usuario)|no[ \t\n]+(?:se[ \t\n]+)?(?:ha[ \t\n]+)?(?:encontrad|localizad)\p{L}*|nessun[ \t\n]+(?:account|utente)|geen[ \t\n]+(?:account|gebruiker)|niet[ \t\n]+gevonden|não[ \t\n]+(?:foi[ \t\n]+)?(?:encontrad|localizad)\p{L}*|hittades[ \t\n]+inte|nie[ \t\n]+znaleziono)(?![\p{L}])/iu;

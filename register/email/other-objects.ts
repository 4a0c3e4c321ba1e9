/**
 * Nouns of things a provider numbers that are not accounts: a server, a message, an order, a trip, a device, a case.
 * A token such a noun governs ("Trip identifiers 7c2e…", "Server (guild) ID …", "the account's message 4410229") is that
 * thing's, not an account. One family a line, each in the languages the parser reads; compiled once.
 */
export const OTHER_OBJECT_NOUNS: readonly string[] = [
  'server|guild|group|place|zone|board|repository', // places on a service
  'message|post|thread|comment|clip|video|stream|vod|broadcast|meeting|meet|file|folder|listing', // content
  'order|transaction|payment|invoice|card|tracking|shipment', // commerce
  'trip|ride|reservation|booking', // travel
  'device|session|ip', // technical
  'case|ticket|request|reference|ref|report|letter|submission|confirmation|preservation|docket|process|envelope|upload|attachment|intake', // paperwork ("Legal Process ID", "DocuSign Envelope ID")
  'officer|agent|badge|agency', // the requester
  'nachricht|bestellung|fahrt|gerät|aktenzeichen|anfrage|gruppe|anzeige|artikel', // German
  'commande|trajet|course|annonce|appareil|dossier|demande|serveur|groupe', // French
  'pedido|viaje|carrera|anuncio|artículo|dispositivo|solicitud|grupo', // Spanish, Portuguese
  'ordine|viaggio|corsa|annuncio|inserzione|richiesta|gruppo', // Italian
  'bestelling|rit|advertentie|apparaat|verzoek', // Dutch
];

const NOUNS = OTHER_OBJECT_NOUNS.join('|');
/** One of the nouns as a word, maybe plural. */
export const OTHER_OBJECT = new RegExp(`(?<![\\p{L}])(?:${NOUNS})s?(?![\\p{L}])`, 'iu');
/** One of the nouns right before what it governs, maybe with a bracketed qualifier ("Server (guild)", "Trip"). */
export const OTHER_OBJECT_BEFORE = new RegExp(`(?<![\\p{L}])(?:${NOUNS})s?(?:[ \\t]*\\([^()\\n]{1,20}\\))?[ \\t]*$`, 'iu');

/**
 * People of the other side of the case — the victim, the complainant, a witness, a parent — in each language read: a
 * value in apposition to one ("Victim: Jane Roe (jane@…)", "the complainant jane@… reported") is that person's detail,
 * not a target's account.
 */
export const OTHER_PARTY_NOUNS: readonly string[] = [
  'victims?|complainants?|reporting[ \\t]+(?:person|party)|witness(?:es)?|parents?|guardians?|next[ \\t]+of[ \\t]+kin', // English
  'opfer|geschädigte[rn]?|anzeigeerstatter(?:in)?|zeug(?:e|in)', // German
  'victimes?|plaignante?s?|témoins?', // French
  'víctimas?|denunciantes?|testigos?', // Spanish
  'vittim[ae]|testimon[ei]', // Italian
  'slachtoffers?|aangever|getuigen?', // Dutch
  'vítimas?|testemunhas?', // Portuguese
  'målsägande|brottsoffer|vittne', // Swedish
  'ofiar[ay]?|pokrzywdzon\\p{L}*|świadek', // Polish
];
const ACCOUNT_WORD_BETWEEN = /(?<![\p{L}])(?:accounts?|users?|user[ \t]?names?|handles?|profiles?|konto|compte|cuenta|conta|utente|account)(?![\p{L}])/iu;
const OTHER_PARTY = new RegExp(`(?<![\\p{L}])(?:${OTHER_PARTY_NOUNS.join('|')})(?![\\p{L}])([^\\n.;!?]{0,40})$`, 'iu');

/**
 * A verb of acting on someone beside the person's noun: then the value names the one who acted ("the user who contacted
 * the victim, @x", "qui a menacé la victime, @x", "das die Geschädigte bedroht hat: x", "the victim was threatened by
 * @x"), not the person acted on.
 */
const ACTING = '(?<![\\p{L}])(?:contact|messag|threaten|target|groom|extort|harass|stalk|approach|abus|blackmail|attack|befriend|coerc|menac|bedroh|kontaktiert|erpress|belästig|amenaz|contactó|minacci|bedreig|ameaç)\\p{L}*';
const ACTED_ON_BEFORE = new RegExp(`${ACTING}[ \\t]+(?:(?:the|a|an|our|his|her|their|la|le|les|el|los|die|den|der|das|het|de|o|il|lo)[ \\t]+)?$`, 'iu');
const ACTED_ON_BETWEEN = new RegExp(ACTING, 'iu');

/** Whether the text right before a value (its line) puts it in apposition to a person of the other side. */
export function ofOtherParty(before: string): boolean {
  const recent = before.slice(-80);
  const m = OTHER_PARTY.exec(recent);
  return !!m && !ACCOUNT_WORD_BETWEEN.test(m[1]!) && !ACTED_ON_BETWEEN.test(m[1]!) && !ACTED_ON_BEFORE.test(recent.slice(0, m.index));
}

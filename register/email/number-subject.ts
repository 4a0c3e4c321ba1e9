/**
 * A bare number that is the subject of the sentence saying the work is done ("Good news: 3318204 has been extended",
 * "Vi bekrefter at 5520-9184 er gjennomført", "informamos que 90311-27 foi concluído", "6512-304 is op 16-11-2026
 * verwerkt"), or that the sentence says this preservation is ("4402918 avser denna säkring", "61830027 covers …"): the
 * provider's own number, no label needed. Only where a sentence, a colon or a "that" opens before it, so a number a
 * word names ("Order 88123", "your case 26-7712") is never read here.
 */
const OPENS = String.raw`(?:^|[.!?:][ \t]+|\n[ \t>]*|(?<![\p{L}])(?:that|que|at|att|dass|dat|che|że|qu['’]?)[ \t\n]+)`;
/** Digits alone (six to twelve) or two groups joined by a hyphen ("90311-27", "5520-9184"). */
const BARE = String.raw`#?(\d{6,12}|\d{3,6}-\d{2,6})`;
const WHEN = String.raw`(?:[ \t\n]+(?:now|today|already|successfully|jetzt|nu|nå|maintenant|ya|già|já|op[ \t]+[\d.-]{8,10}|on[ \t]+[\p{L}\d ,.-]{6,20}))?`;
const DONE = String.raw`(?:(?:has|have)[ \t\n]+been|is|was|er|är|ble|blev|har[ \t\n]+(?:blivit|blitt)|ist|wurde|est|a[ \t\n]+été|ha[ \t\n]+sido|fue|foi|è(?:[ \t\n]+stat[oa])?|został[ao]?|werd)${WHEN}[ \t\n]+(?:completed?|processed|done|fulfilled|extended|actioned|handled|in[ \t\n]+place|verwerkt|afgerond|afgehandeld|behandeld|voltooid|uitgevoerd|verlengd|genomförd|slutförd|förlängd|hanterat|hanterad|behandlat|gjennomført|fullført|forlenget|behandlet|gennemført|forlænget|abgeschlossen|bearbeitet|erledigt|verlängert|traitée?|finalisée?|prolongée?|procesad[ao]|completad[ao]|tramitad[ao]|atendid[ao]|prorrogad[ao]|finalizad[ao]|conclu[íi]d[ao]|processad[ao]|efetuad[ao]|completat[ao]|elaborat[ao]|evas[ao]|prorogat[ao]|zrealizowan[aey]|zakończon[aey]|przedłużon[aey])(?![\p{L}])`;
const THIS_HOLD = String.raw`(?:covers|refers[ \t\n]+to[ \t\n]+this[ \t\n]+(?:preservation|hold)|identifies[ \t\n]+this[ \t\n]+(?:preservation|hold)|avser[ \t\n]+denna[ \t\n]+(?:säkring|bevarande)|gäller[ \t\n]+denna[ \t\n]+(?:säkring|bevarande)|gjelder[ \t\n]+denne[ \t\n]+sikringen|vedrører[ \t\n]+denne[ \t\n]+sikring|betrifft[ \t\n]+diese[ \t\n]+Sicherung|concerne[ \t\n]+cette[ \t\n]+conservation|betreft[ \t\n]+deze[ \t\n]+bewaring)(?![\p{L}])`;
const NUMBER_AS_SUBJECT = new RegExp(`${OPENS}${BARE}[ \\t\\n]+(?:${DONE}|${THIS_HOLD})`, 'giu');
/** "Your preservation (88213044) is complete": the number in brackets after the request's own noun. */
const BRACKETED_SUBJECT = new RegExp(String.raw`(?<![\p{L}])(?:your|the|this)[ \t\n]+(?:preservation|request|hold|submission)(?:[ \t\n]+request)?[ \t]*\(${BARE}\)[ \t\n]+${DONE}`, 'giu');
/** "Please keep 980417263 handy - it identifies this preservation": a number the next clause says identifies it. */
const IT_IDENTIFIES = new RegExp(String.raw`(?<![\w/-])${BARE}(?![\w/-])[^.\n]{0,30}?[-–—,;(][ \t]*it[ \t\n]+identifies[ \t\n]+(?:this|the|your)[ \t\n]+(?:preservation|hold|request)(?![\p{L}])`, 'giu');

/** The addressee's possessive, which makes the noun's number theirs ("votre dossier 55104", "uw verzoek 3390174"). */
const ADDRESSEES = String.raw`(?:your|votre|vos|su|sus|uw|ihre?[nms]?|państwa|pana|pani|vostr[oa]|seu|sua|din|ditt|er|ert|deres|jeres)`;
const REQUEST_NOUNS = String.raw`(?:dossier|petici[óo]n|solicitud|pedido|zg[łl]oszenie|wniosek|verzoek|aanvraag|zaak|ärendet?|saken?|sagen?|sikringen?|säkringen?|sicherung|vorgang|preserva[çc][ãa]o|preservaci[óo]n|conservaci[óo]n|conserva[çc][ãa]o|conservazione|richiesta|pratica|request|case|preservation|hold|ticket)`;
/**
 * A request's or a preservation's noun and its number, the subject of the work done ("notre dossier 88213 a été traité",
 * "zgłoszenie 66120 zostało zrealizowane", "o pedido 90311 foi concluído", "a preservação 5521907, efetuada em …, foi
 * prorrogada", "ärende 2291044 är hanterat", "Sikringen 612044 ble gjennomført"); not after the addressee's possessive,
 * which names the agency's own number back, nor after a preposition ("Your request for case #0281990417 has been
 * actioned"), where the noun is not the one the work was done on.
 */
const NOUN_NUMBER_DONE = new RegExp(
  String.raw`(?<!(?<![\p{L}])(?:${ADDRESSEES}|for|of|regarding|on|to|in|under|with|für|pour|para|per|voor|dla|på|om|för)[ \t\n]{1,3})(?<![\p{L}])${REQUEST_NOUNS}[ \t\n]+(?:n[º°o.]{1,2}[ \t]*)?#?(\d{5,12}|\d{3,6}-\d{2,6})(?:,[^,.;\n]{1,60},)?[ \t\n]+${DONE}`,
  'giu',
);
/** "su petición quedó registrada como 5528190": the number the request was registered as. */
const REGISTERED_AS = /(?<![\p{L}])(?:quedó|ha[ \t\n]+quedado|fue|foi|ficou)[ \t\n]+registrad[ao][ \t\n]+como[ \t\n]+#?(\d{5,12}|\d{3,6}-\d{2,6})(?![\w/-])/giu;

/** The numbers the region makes the subject of the work done, or says identify this preservation. */
export function numbersAsSubject(region: string): string[] {
  const all = [...region.matchAll(NUMBER_AS_SUBJECT), ...region.matchAll(BRACKETED_SUBJECT), ...region.matchAll(IT_IDENTIFIES), ...region.matchAll(NOUN_NUMBER_DONE), ...region.matchAll(REGISTERED_AS)];
  return [...new Set(all.map((m) => m[1]!))];
}

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
const DONE = String.raw`(?:(?:has|have)[ \t\n]+been|is|was|er|är|har[ \t\n]+(?:blivit|blitt)|ist|wurde|est|a[ \t\n]+été|ha[ \t\n]+sido|fue|foi|è(?:[ \t\n]+stat[oa])?|został[ao]?|werd|is[ \t\n]+(?:nu[ \t\n]+)?)${WHEN}[ \t\n]+(?:completed?|processed|done|fulfilled|extended|actioned|in[ \t\n]+place|verwerkt|afgerond|voltooid|uitgevoerd|verlengd|genomförd|slutförd|förlängd|gjennomført|fullført|forlenget|gennemført|forlænget|abgeschlossen|bearbeitet|erledigt|verlängert|traitée?|finalisée?|prolongée?|procesad[ao]|completad[ao]|tramitad[ao]|prorrogad[ao]|finalizad[ao]|conclu[íi]d[ao]|processad[ao]|completat[ao]|elaborat[ao]|evas[ao]|prorogat[ao]|zrealizowan[aey]|zakończon[aey]|przedłużon[aey])(?![\p{L}])`;
const THIS_HOLD = String.raw`(?:covers|refers[ \t\n]+to[ \t\n]+this[ \t\n]+(?:preservation|hold)|identifies[ \t\n]+this[ \t\n]+(?:preservation|hold)|avser[ \t\n]+denna[ \t\n]+(?:säkring|bevarande)|gäller[ \t\n]+denna[ \t\n]+(?:säkring|bevarande)|gjelder[ \t\n]+denne[ \t\n]+sikringen|vedrører[ \t\n]+denne[ \t\n]+sikring|betrifft[ \t\n]+diese[ \t\n]+Sicherung|concerne[ \t\n]+cette[ \t\n]+conservation|betreft[ \t\n]+deze[ \t\n]+bewaring)(?![\p{L}])`;
const NUMBER_AS_SUBJECT = new RegExp(`${OPENS}${BARE}[ \\t\\n]+(?:${DONE}|${THIS_HOLD})`, 'giu');
/** "Your preservation (88213044) is complete": the number in brackets after the request's own noun. */
const BRACKETED_SUBJECT = new RegExp(String.raw`(?<![\p{L}])(?:your|the|this)[ \t\n]+(?:preservation|request|hold|submission)(?:[ \t\n]+request)?[ \t]*\(${BARE}\)[ \t\n]+${DONE}`, 'giu');
/** "Please keep 980417263 handy - it identifies this preservation": a number the next clause says identifies it. */
const IT_IDENTIFIES = new RegExp(String.raw`(?<![\w/-])${BARE}(?![\w/-])[^.\n]{0,30}?[-–—,;(][ \t]*it[ \t\n]+identifies[ \t\n]+(?:this|the|your)[ \t\n]+(?:preservation|hold|request)(?![\p{L}])`, 'giu');

/** The numbers the region makes the subject of the work done, or says identify this preservation. */
export function numbersAsSubject(region: string): string[] {
  const all = [...region.matchAll(NUMBER_AS_SUBJECT), ...region.matchAll(BRACKETED_SUBJECT), ...region.matchAll(IT_IDENTIFIES)];
  return [...new Set(all.map((m) => m[1]!))];
}

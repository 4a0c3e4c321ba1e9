/**
 * Word families that give a date its role, each in every language the parser reads (English, German, French, Dutch,
 * Spanish, Italian, Portuguese, Scandinavian, Polish). Kept apart from the rules that use them (date-roles.ts) so a
 * new language is a list to extend, not a rule to rewrite.
 */

/**
 * The preservation as a thing ("the preservation", "the hold", "la conservation", "le gel", "die Sicherung", "bevarandet",
 * Mexico's "el resguardo de la información", never a bare "resguardo", which in Spain is a receipt; Turkish "koruma",
 * "muhafaza"; Finnish "säilytys…", "säilyttäminen"); in
 * Korean and Japanese, which join words without a space, the noun inside a compound ("보전일", "保全日": the day of it).
 */
export const PRESERVATION_NOUN =
  /(?<![\p{L}])(?:pr[ée]servation|(?:legal[ \t]+)?hold|freeze|snapshot|capture|conservation|conservaci[óo]n|resguardo[ \t\n]+de[ \t\n]+(?:la[ \t\n]+)?(?:informaci[óo]n|datos|los[ \t\n]+datos)|conservazione|conserva[çc][ãa]o|preserva[çc][ãa]o|preservaci[óo]n|preservazione|(?:daten)?sicherung\p{L}*|sicherstellung|speicherung|aufbewahrung|einfrierung|gel|congelaci[óo]n|congelamento|bevriezing|frysning|bewaring|veiligstelling|vastlegging|conservering|bevarande\p{L}*|bevaring\p{L}*|säkring\p{L}*|sikring\p{L}*|preservasi|zabezpieczeni[ea]|zachowani[ea]|zajištění|zajistenie|uchování|uchovanie|conserv[aă]r(?:e|ea|ii)|p[ăa]str[aă]r(?:e|ea|ii)|o?[čc]uvanj[ae]|о?чувањ[ае]|koruma|muhafaza|säilytys\p{L}*|säilyttämi\p{L}*)(?![\p{L}])|보전|보존|保全/iu;

/**
 * Verbs of doing or confirming, said of the preservation ("Conservation effectuée le", "The preservation was executed
 * on", "La conservación se realizó el", "confirms preservation of the profile below on", "avoir procédé à la
 * conservation … le", "hemos procedido a la conservación … el", "in data … abbiamo provveduto alla conservazione",
 * "providenciamos a preservação", "ont fait l'objet d'une mesure de conservation le", "han sido objeto de conservación el"): they
 * date the preservation
 * only where its noun stands in the same sentence.
 */
/**
 * An event that happened on a day ("took place", "has taken place", "fand statt", "stattgefunden", "a eu lieu", "ont eu
 * lieu", "tuvo lugar", "ha tenido lugar", "ha avuto luogo", "si è svolt…", "vond plaats", "heeft plaatsgevonden", "teve
 * lugar", "ocorreu", "ägde rum", "odbył… się"): said of a meeting or an incident, its day is no preservation's; said of
 * the preservation's noun, PERFORMED reads it as the preservation's.
 */
const EVENT_WORDS = String.raw`(?:took|taken|takes)[ \t\n]+place|happened|occurred|fand[ \t\n]+(?:\p{L}+[ \t\n]+){0,3}?statt|stattgefunden|(?:a|ont|avait|avaient)[ \t\n]+eu[ \t\n]+lieu|tuvo[ \t\n]+lugar|(?:ha|han|había)[ \t\n]+tenido[ \t\n]+lugar|(?:ha|hanno)[ \t\n]+avuto[ \t\n]+luogo|si[ \t\n]+è[ \t\n]+svolt[aoie]|vond[ \t\n]+plaats|plaatsgevonden|teve[ \t\n]+lugar|ocorreu|ägde[ \t\n]+rum|odby[łl][aoy]?[ \t\n]+si[ęe]`;
export const EVENT_HAPPENED = new RegExp(String.raw`(?<![\p{L}])(?:${EVENT_WORDS})(?![\p{L}])`, 'giu');

export const PERFORMED = new RegExp(
  String.raw`(?<![\p{L}])(?:confirm(?:s|ed)?|performed|executed|conducted|actioned|fulfilled|done|applied|activated|initiated|enacted|finali[sz]ed|(?:went|came|entered)[ \t]+into[ \t]+(?:effect|force)|confirm[ée]e?s?|confirme|bestätigt|bevestigd|bevestigt|confermat[aeio]|conferma|confirmad[oa]s?|confirma|confirmou|bekräftar|bekräftad|bekræfter|bekrefter|potwierdza|potwierdzon[aeoy]|effectu[ée]e?s?|r[ée]alis[ée]e?s?|ex[ée]cut[ée]e?s?|appliqu[ée]e?s?|mise?s?[ \t]+en[ \t]+place|termin[ée]e?s?|finalis[ée]e?s?|achev[ée]e?s?|durchgeführt|vorgenommen|erfolgt[e]?|umgesetzt|eingerichtet|abgeschlossen|erledigt|uitgevoerd|gerealiseerd|verricht|voltooid|afgerond|effettuat[aeio]|eseguit[aeio]|realizzat[aeio]|completat[aeio]|conclus[aeio]|attivat[aeio]|efectuad[oa]s?|realizad[oa]s?|ejecutad[oa]s?|completad[oa]s?|finalizad[oa]s?|efectu[óo]|realiz[óo]|ejecut[óo]|complet[óo]|efetuad[oa]s?|efetivad[oa]s?|melakukan|executad[oa]s?|conclu[íi]d[oa]s?|efetuou|realizou|realizamos|efetuamos|efectuamos|ejecutamos|executamos|utförd(?:es)?|utfört(?:s)?|genomförd(?:es)?|genomfört(?:s)?|slutförd(?:es)?|udført|utført|gjennomført|gennemført|foretatt|foretaget|wykonan[aeoy]|przeprowadzon[aeoy]|proveden[aoéý]?|provedl[aiy]?|vykonán[aoy]?|dokonan[aeoy]|zrealizowan[aeoy]|zakończon[aeoy]|procédée?s?|procedid[oa]s?|procedut[aeio]|provvedut[aeio]|providenciad[oa]s?|providenciou|providenciamos|(?:fait|font|faisant)[ \t\n]+l['’]objet|(?:(?:ha|han)[ \t\n]+sido|fueron|fue)[ \t\n]+objeto|(?:sono|è)[ \t\n]+stat[aeio][ \t\n]+oggetto|(?:foram|foi)[ \t\n]+objeto|procedeu|procederam|procedemos|procedi[óo]|procedieron|procedimos|${EVENT_WORDS})(?![\p{L}])`,
  'giu',
);

/** A date's label naming the preservation or the start of its period ("Hold date:", "Sicherungsdatum:", "Start:"). */
export const START_LABEL = /(?<![\p{L}])(?:start\p{L}*|effective|begin\p{L}*|commencement|d[ée]but|beginn|inicio|inizio|ingang\p{L}*|period|window|term|zeitraum|p[ée]riode|periodo|per[íi]odo|tidsperiod|okres)(?![\p{L}])/iu;
/** A date's label naming the end of the period ("End date:", "Ende:", "Fin :"): the expiry. */
export const END_LABEL = /(?<![\p{L}])(?:end(?:s|ing)?|ende|fin|einde|fine|slut\p{L}*|koniec|t[ée]rmino|scadenza|ablauf|échéance)(?![\p{L}])/iu;

/** Words right before a date that make it a deadline, not a day that was ("by 18 Feb", "no later than", "avant le"). */
export const DEADLINE_BEFORE =
  /(?:\bby|\bbefore|\b(?:no|not)[ \t]+later[ \t]+than|\bprior[ \t]+to|\bdeadline(?:[ \t]+(?:of|is))?|\bdue(?:[ \t]+(?:by|on|date))?|\bavant[ \t]+le|\bd'ici[ \t]+(?:au|le)|\bau[ \t]+plus[ \t]+tard[ \t]+le|\bspätestens(?:[ \t]+(?:am|bis))?|\bvor[ \t]+dem|\buiterlijk(?:[ \t]+op)?|\bvóór|\bentro[ \t]+(?:il|e[ \t]+non[ \t]+oltre[ \t]+il)|\bantes[ \t]+del?|\binnan|\bsenast|\bsenest|\bfør|\bprzed|\bdo[ \t]+dnia)[ \t\n]{1,3}$/iu;

/**
 * Words right before a date that make it the end of a period ("bis zum", "tot en met", "jusqu'au", "till och med"): a
 * participle of preserving after such a date ("Die Daten werden bis zum 7. Februar 2027 gesichert", "worden tot en met
 * 9 februari 2027 bewaard") says how long the data is kept, not when it was preserved.
 */
export const UNTIL_BEFORE =
  /(?<![\p{L}])(?:until|till|through|bis(?:[ \t]+(?:zum|zur|einschließlich|einschl\.))?|tot(?:[ \t]+en[ \t]+met)?|t\/m|jusqu['’][ \t]*au|hasta(?:[ \t]+el)?|fino[ \t]+al|até(?:[ \t]+(?:ao|o))?|till[ \t]+och[ \t]+med|t\.o\.m\.|til[ \t]+og[ \t]+med|indtil|inntil|do(?:[ \t]+dnia)?|až[ \t]+do)(?:[ \t]+(?:den|dem|le|el|il|o))?[ \t\n]{1,3}$/iu;

/**
 * A request, an order or a letter whose own date follows: "your request of", "request dated", "(requested 18 November,
 * completed 23 November)", "the order issued on", "Anfrage vom", "demande du", "verzoek van", "richiesta del". A
 * request the sentence's verb acts on ("processed your request on") keeps the verb's date.
 * A line's wrap may part the noun from its word ("in response to your request⏎of 10/27/2026", "the order issued⏎on").
 * So does a verb of asking or writing to the provider, the day right after it ("You asked us on October 26, 2026 to
 * preserve", "you wrote to us on", "vous nous avez demandé le", "nos solicitó el", "ci ha chiesto il", "nos pediu em",
 * "u vroeg ons op", "Sie baten uns am"): the day the request was made, whatever it asked for.
 * A letter or a request by its number, then its day ("Vaš akt broj 02/4-2-04-1983/26 od 19.11.2026", "your letter
 * ref. AB/123 of 19 November"): that letter's day.
 */
export const REQUEST_BEFORE =
  /(?:(?<![\p{L}])(?:requests?|requête|demande|anfrage|solicitud|richiesta|verzoek|pedido|wniosek)(?:[ \t]+(?:de|of|for|di|da|do|por|für|zur|tot|o)[ \t]+\p{L}+)?[ \t]+(?:dated|dat[ée]e?|fechada|datata|datiert|gedateerd|datad[oa]|datowan[ya])(?:[ \t]+(?:du|del|de|vom|van|of|z|dal))?|(?<![\p{L}])(?:requests?|requête|réquisition|demande|anfrage|ersuchen|antrag|verzoek|aanvraag|richiesta|solicitud|petici[óo]n|pedido|oficio|ofício|begäran|anmodning|foresp[øo]rsel|wniosek|pism(?:o|a|em)|letter|order|warrant|submission)(?:[ \t]+|[ \t]*\n[ \t]*)(?:of|dated|from|(?:made|sent|submitted|received)(?:[ \t]+|[ \t]*\n[ \t]*)on|du|vom|van|del|dell'|de|från|av|fra|z(?:[ \t]+dnia)?)|(?<![\p{L}])(?<!\b(?:as|comme|wie|come|como|zoals)[ \t]{1,20}(?:you[ \t]{1,20})?)(?:requested|issued|signed|served|angefordert|demandée?|aangevraagd|richiest[oa]|solicitad[oa])(?:(?:[ \t]+|[ \t]*\n[ \t]*)on)?|(?<![\p{L}])(?:asked|wrote(?:[ \t]+to)?|contacted|e-?mailed|reached[ \t]+out(?:[ \t]+to)?|approached)(?:[ \t]+(?:us|me|our[ \t]+team))?[ \t]+on|(?<![\p{L}])(?:demandé|écrit|contacté|sollicité|solicit[óo]|pidi[óo]|escribi[óo]|contact[óo]|chiesto|scritto|contattato|pediu|solicitou|escreveu|contatou|contactou|vroeg(?:[ \t]+ons)?|schreef(?:[ \t]+ons)?|baten(?:[ \t]+uns)?|schrieben(?:[ \t]+uns)?)[ \t]+(?:le|el|il|em|op|am)|(?<![\p{L}])(?:requests?|letter|order|akt\p{L}*|dopis\p{L}*|zahtj?ev\p{L}*|naredb\p{L}*|nalog\p{L}*|pism\p{L}*|wniosk\p{L}*)(?:[ \t]+(?:broj|br\.|nr\.?|no\.?|number|ref\.?))?[ \t]+\S{0,3}\d\S{0,38}[ \t]+(?:od|of|dated|z[ \t]+dnia)|(?<![\p{L}])(?:solicitud|petici[óo]n|requerimiento|oficio|requête|demande|réquisition|richiesta|pedido|solicitação)(?:[^.;!?\n]|[.](?=\S|[ \t]+\d)){0,100}?[ \t,]+(?:remitid[oa]|enviad[oa]|recibid[oa]|presentad[oa]|cursad[oa]|envoyée?|reçue?|transmise?|adressée?|inviat[oa]|ricevut[oa]|trasmess[oa]|pervenut[oa]|recebid[oa])[ \t]+(?:el|le|il|em|en[ \t]+fecha|in[ \t]+data)(?:[ \t]+(?:pasado|dernier|scorso))?)[ \t\n]{1,3}$/iu;

/** A label naming a request, a letter or a receipt ("Preservation request:", "Anfrage:"): its date is not the preservation's. */
export const REQUEST_LABEL =
  /(?<![\p{L}])(?:requests?|requête|demande|anfrage|ersuchen|antrag|verzoek|aanvraag|richiesta|solicitud|petici[óo]n|pedido|begäran|anmodning|foresp[øo]rsel|wniosek|letter|received|receipt|submitted)(?![\p{L}])/iu;

/** The days of the week, each language's names (Serbian, Croatian and Bosnian in both scripts too), to their number (Sunday 0). */
const WEEKDAYS: string[][] = [
  ['sunday', 'sonntag', 'dimanche', 'domingo', 'domenica', 'zondag', 'söndag', 'søndag', 'niedziela', 'niedzielę', 'nedelja', 'nedjelja', 'недеља', 'недјеља'],
  ['monday', 'montag', 'lundi', 'lunes', 'lunedì', 'maandag', 'måndag', 'mandag', 'poniedziałek', 'ponedeljak', 'ponedjeljak', 'понедељак', 'понедјељак'],
  ['tuesday', 'dienstag', 'mardi', 'martes', 'martedì', 'dinsdag', 'tisdag', 'tirsdag', 'wtorek', 'utorak', 'уторак'],
  ['wednesday', 'mittwoch', 'mercredi', 'miércoles', 'mercoledì', 'woensdag', 'onsdag', 'środa', 'środę', 'sreda', 'srijeda', 'среда', 'сриједа'],
  ['thursday', 'donnerstag', 'jeudi', 'jueves', 'giovedì', 'donderdag', 'torsdag', 'czwartek', 'četvrtak', 'четвртак'],
  ['friday', 'freitag', 'vendredi', 'viernes', 'venerdì', 'vrijdag', 'fredag', 'piątek', 'petak', 'петак'],
  ['saturday', 'samstag', 'samedi', 'sábado', 'sabato', 'zaterdag', 'lördag', 'lørdag', 'sobota', 'sobotę', 'subota', 'субота'],
];
export const WEEKDAY_OF = new Map(WEEKDAYS.flatMap((names, dow) => names.map((n) => [n, dow] as const)));
/** English weekdays' short names ("tues", "thurs") to their number; words too ("sun", "wed"): read where a day is. */
export const SHORT_WEEKDAY_OF = new Map([['sun', 0], ['mon', 1], ['tue', 2], ['tues', 2], ['wed', 3], ['thu', 4], ['thur', 4], ['thurs', 4], ['fri', 5], ['sat', 6]]);

/**
 * A weekday's name written before a date ("effective: Monday, November 23, 2026", "le lundi 23 novembre"), with its
 * abbreviation, stop and comma: the words before the date are read as if it were not there.
 */
export const WEEKDAY_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${[...WEEKDAY_OF.keys(), ...SHORT_WEEKDAY_OF.keys(), 'ned', 'pon', 'uto', 'sre', 'čet', 'pet', 'sub', 'нед', 'пон', 'уто', 'сре', 'чет', 'пет', 'суб'].join('|')})\\.?,?[ \\t]{0,3}$`,
  'iu',
);

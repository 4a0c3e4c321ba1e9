import { ADDRESSEE_POSSESSIVE, JOINED_FILE_LABEL } from './agency-numbers';
import { ITEM_MARKER } from './list-items';

/**
 * The labels and phrasings that introduce a provider's reference in its message, in the languages providers write: the
 * grammar the candidates are gathered by (reference-candidates.ts).
 */

/**
 * "[GitHub #3318072]": a ticket number in the subject, in brackets after the provider's name or alone after its hash
 * ("[#8841273]", as Zendesk and Freshdesk write it); or after a file word the ticket system writes there ("[Case
 * 0191-07326]", "[Request 0099-118840]", "[Ticket …]"), six digits at least.
 */
export const SUBJECT_TICKET = /\[(?:[A-Za-zÄÖÅÆØäöåæø][\w .-]{1,30}#[ \t]?|#(?=\d{5,10}\])|(?:case|ticket|ref(?:erence)?|request)[ \t]*[:#]?[ \t]*(?=(?:[A-Z-]*\d){6}))([A-Z0-9][A-Z0-9-]{3,30})\]/gi;

/** The word a help desk names a request by, before its number in brackets (see HELP_DESK_REQUEST). */
export const HELP_DESK_NOUN = String.raw`(?:request|anfrage|förfrågan|forespørsel|henvendelse|demande|solicitud|richiesta|aanvraag|verzoek|zgłoszenie|pedido|solicitação|ärende|saken[ \t]+din|saken|sagen|sag)`;

/** The help desk's verb after the number: "has been", "ha sido", "wurde", "a été", "is", "zostało", "foi", "er". */
export const HELP_DESK_UPDATED = String.raw`(?:has[ \t]+been|was[ \t]+been|wurde|ist|har|er|a[ \t]+été|ha[ \t]+sido|è[ \t]+stat[ao]|is|zostało|foi)(?![\p{L}])`;

/**
 * A help desk's number of the request, in brackets after the word ("Your request (#3318072) has been updated", "[GitHub]
 * Re: Preservation request (#3318072)"): how Zendesk and its kind name a ticket, the provider's number for the request
 * where it gives no reference of its own.
 */
export const HELP_DESK_REQUEST = new RegExp(String.raw`(?<![\p{L}])${HELP_DESK_NOUN}[ \t]+\((?:#(?=\d)|(?=\d{5,12}\)[ \t]+${HELP_DESK_UPDATED}))(\d{5,12})\)`, 'giu');

/** A ticket's "Short description:" line, the requester's title, up to a number on it. */
export const SHORT_DESCRIPTION = /^[ \t]*short[ \t]+description[ \t]*:[^\n]*$/i;

/**
 * Right after a number: the message says it is not what the message is about ("was handled under case CB-… and is not
 * affected by this extension", "is not covered by this preservation", ", which is not part of this request", "Meta
 * request #5987312 is closed and is not affected by this request", "case TTLE-1179022 relates to a different account",
 * "Apple Request No. 26-0109550, submitted by your department on …, is a separate matter"):
 * another case, wherever else the message names it.
 */
export const UNAFFECTED_SOURCE = String.raw`,?[ \t\n]+(?:(?:is|was)[ \t\n]+(?:closed|withdrawn|cancell?ed)[ \t\n]+)?(?:(?:and|which)[ \t\n]+|remains[ \t\n]+open[^.;\n]{0,60}[;,][ \t\n]+it[ \t\n]+)?(?:(?:is|are|was|were|remains?)[ \t\n]+not[ \t\n]+(?:affected[ \t\n]+by|covered[ \t\n]+by|included[ \t\n]+in|part[ \t\n]+of)[ \t\n]+(?:this|the[ \t\n]+(?:present|current))[ \t\n]+(?:extension|preservation|request|renewal|notice|response|answer|letter|message|e-?mail|update)|(?:relates?|refers?|belongs?|pertains?)[ \t\n]+to[ \t\n]+(?:a[ \t\n]+)?(?:different|another|separate|other)[ \t\n]+(?:account|user|matter|request|case|investigation)|(?:[^.;\n]{0,60},[ \t\n]+)?(?:is|was)[ \t\n]+a[ \t\n]+(?:separate|different|distinct|unrelated)[ \t\n]+(?:matter|request|case|preservation))(?![\p{L}])`;

export const UNAFFECTED_AFTER = new RegExp(`^${UNAFFECTED_SOURCE}`, 'iu');

/** Right after a number: a preservation that lapsed before this one (", which expired on June 2, 2026"), no longer held. */
export const LAPSED_AFTER = /^[ \t]*\)?,?[ \t\n]+(?:which|that)[ \t\n]+(?:has[ \t\n]+|had[ \t\n]+)?(?:expired|lapsed)(?![\p{L}])/iu;

/**
 * A number whose parts are parted by slashes, letters first and then at least one group of four digits
 * ("ALG/ZAB/2026/0447", "CAB/PRS/2026/0093"), or by hyphens and then a slash ("OLX-PS-2026/0871"), where a label that
 * names a file, a case or a reference in a language read gives it the rest of its line or of its sentence ("Numer
 * sprawy po stronie Allegro: …", "Numer naszej sprawy: …. Prosimy o …", "Referencia interna: …", "Unsere
 * Vorgangsnummer: …", a South Slavic letter's "Broj: …", a Czech "Naše číslo jednací: …"); the number's own
 * abbreviation ends the label as a colon does ("Zgłoszenie nr …"); "Nr zabezpieczenia: ALG/ZAB/…" names the
 * preservation's. The agency's labels are set aside later, as
 * everywhere.
 */
export const SLASHED_LABELLED =
  /^[ \t|]*(?:[^\n:]{0,60}?[ \t])?\p{L}{0,12}(?:ref|number|numer|n[úu]mero|nummer|sprawy|case|dossier|kenmerk|zeichen|referen|broj|číslo|jednací|zgłoszeni|zabezpieczeni)\p{L}{0,12}(?:[ \t][^\n:]{0,30}?)?(?:[ \t]*:|[ \t]+(?:nr\.?|no\.|n[°º]\.?|č\.))[ \t]*([A-Z]{2,6}(?:\/[A-Z0-9]{2,8}){2,4}|[A-Z]{2,6}(?=[-A-Z0-9]{0,40}\/)(?:-[A-Z0-9]{2,8}){1,3}(?:\/[A-Z0-9]{2,8}){1,2})(?=[ \t]*(?:[.,;)](?:[ \t]|$)|$))/gimu;

/**
 * A slashed number the writer names as its own or asks to be quoted ("Nasza sygn.: ALG/OS/2026/11/0873", "Nasz numer
 * sprawy: ALG/ZD/2026/118374 – prosimy …", "prosimy o powoływanie się na znak sprawy ALG/ZAB/2026/08817", "Our reference
 * for this matter is LEA/NOD/2027/031447", "uvádějte naši značku SZN-PO-2027/0417"): a provider's, though an agency
 * numbers its files so too; the words between may not name the addressee's ("our records show your case …").
 */
export const SLASHED_OWN =
  /(?<![\p{L}])(our|nasz[aey]?|naš[eiu]|naši|notre|nos|unser\p{L}*|nuestr[oa]s?|nostr[oa]|vår\p{L}*|vores|ons|onze|powoływa\p{L}*[ \t\n]+się[ \t\n]+na|uvád\p{L}*|please[ \t\n]+quote|kindly[ \t\n]+quote)((?:[ \t\n]+\p{L}{1,15}\.?){0,5})[ \t]*[:–-]?[ \t\n]*(?<![\p{L}\d/-])([A-Z]{2,6}(?:-[A-Z0-9]{1,8}){0,3}(?:\/[A-Z0-9]{1,8}){1,4})(?![\w/-])/giu;

export const ADDRESSEES_WORD = new RegExp(String.raw`(?<![\p{L}])${ADDRESSEE_POSSESSIVE}(?![\p{L}])`, 'iu');

/** "TG-LE/2026/4471": a provider format with slashes, which the page reader's formats do not take. */
export const SLASHED_FORMAT = /(?<![\w/-])[A-Z]{2,6}(?:-[A-Z]{2,6})?(?:\/\d{2,6}){2,3}(?![\w/-])/g;

/**
 * The request named by its noun in another language, maybe with what it asks for ("solicitação de preservação",
 * "solicitud de conservación de datos", "richiesta di conservazione", "demande de conservation", "Sicherungsanfrage",
 * "verzoek tot bewaring"), right before a number of six digits or more (maybe after "n.º", "Nr.", "#"): the number the
 * provider gave the request, as the English "request 61209934" is.
 */
const REQUEST_NOUN_I18N = String.raw`(?:solicita[çc][ãa]o|pedido|solicitud|petici[óo]n|richiesta|demande|requête|(?:sicherungs|daten(?:sicherungs)?)?anfrage|ersuchen|verzoek|aanvraag|begäran|wniosek)(?:[ \t]+(?:de|di|du|da|van|zur|der|tot|om|o)[ \t]+(?:preserva[çc][ãa]o|conserva[çc][ãa]o|preservaci[óo]n|conservaci[óo]n|conservazione|preservazione|conservation|préservation|sicherung|datensicherung|bewaring|gegevensbewaring|bevarande|zabezpieczenie)(?:[ \t]+(?:de|di|dei|des|der|van|dos|das)[ \t]+(?:dados|datos|dati|données|daten|gegevens))?)?(?=[ \t]*(?:n\.?[ \t]?[°º]|nr\.?|no\.|#)?[ \t]*\d{6})`;

/**
 * A case's or a reference's label in the other languages of the European Union's providers' letters: Polish "numer
 * zgłoszenia" and "nr zabezpieczenia" (the preservation's), Slovak "číslo prípadu", Greek "αριθμός αναφοράς"/"αριθμός υπόθεσης", Hungarian "ügyazonosító"/"ügyszám"/
 * "hivatkozási szám", Croatian and Slovenian "broj predmeta"/"številka zadeve", Romanian "număr de referință"/"numărul
 * cazului", Bulgarian "референтен номер"/"номер на случая", Lithuanian "bylos numeris"/"nuorodos numeris", Latvian
 * "lietas numurs", Estonian "viitenumber"/"juhtumi number".
 */
const OTHER_LANGUAGE_LABELS = String.raw`(?:numer|nr\.?)[ \t]+zg[łl]oszenia|pratica(?=[ \t]+\d)|ref(?:erenz)?[ \t]+ist(?=[ \t]+[A-Z0-9])|(?:numer|nr\.?)[ \t]+zabezpieczenia|číslo[ \t]+prípadu|αριθμός[ \t]+(?:αναφοράς|υπόθεσης)|ügyazonosító|ügyszám|hivatkozási[ \t]+szám|broj[ \t]+(?:predmeta|slučaja)|številka[ \t]+zadeve|num[ăa]r(?:ul)?[ \t]+de[ \t]+referin[țţt][ăa]|num[ăa]rul[ \t]+cazului|референтен[ \t]+номер|номер[ \t]+на[ \t]+случая|bylos[ \t]+numeris|nuorodos[ \t]+numeris|lietas[ \t]+numurs|viitenumber|juhtumi[ \t]+number`;

/**
 * "… of the extension", "… of the preservation" or "… of the request" after the label ("Número de caso de la prórroga:",
 * "numéro de dossier de la conservation", "Référence de la demande :").
 */
const OF_THE_PRESERVATION = String.raw`(?:[ \t]+(?:de[ \t]+la|del|de[ \t]+l['’]|der|des|della|dell['’]|van[ \t]+de|van[ \t]+het|da|do)[ \t]*(?:prórroga|conservación|preservación|extension|prolongation|conservation|préservation|verlängerung|sicherung|proroga|conservazione|verlenging|bewaring|prorroga[çc][ãa]o|conserva[çc][ãa]o|preserva[çc][ãa]o|demande|requête|solicitud|petici[óo]n|richiesta|solicita[çc][ãa]o|pedido|anfrage|verzoek))?`;

/**
 * A reference the provider's own words introduce in another language ("Numéro de référence Meta :", "Referenznummer:",
 * "Número de referencia:", "Unsere Referenz:"), or its case's number ("Numero di caso Meta:", "Número de caso:",
 * "Fallnummer:", "Zaaknummer:", "Ärendenummer:"), or its abbreviation ("Rif. Airbnb …", "Réf. : …"), or the request's
 * noun (REQUEST_NOUN_I18N), a provider's name allowed between the label and the value; the addressee's ("Ihre
 * Fallnummer", "su número de caso", "vostro rif.") is set aside as everywhere.
 */
/**
 * A number the writer says it opened for the request, with no label ("We opened 7419920385 for this", "I have created
 * #55120 for your request"): the provider's own.
 */
export const OPENED_FOR =
  /(?<![\p{L}])(?:we|i)[ \t]+(?:have[ \t]+|'ve[ \t]+)?(?:opened|created|logged|filed|raised)[ \t]+(?:(?:case|ticket|file|request|reference|ref\.?)[ \t]+)?#?((?=[A-Z-]*\d{5})[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){4,30})[ \t\n]+for[ \t\n]+(?:this|it|your|the|these|them)(?![\p{L}])/giu;

/** A file word joined to the provider's name, then the value ("Microsoft-Aktenzeichen: MSL-1126-773049"). */
export const PROVIDER_JOINED_VALUE = new RegExp(String.raw`${JOINED_FILE_LABEL}([A-Z0-9](?:[A-Z0-9-]|[./](?=[A-Z0-9])){3,30})(?![\w/-])`, 'giu');

/** A file's label, then the provider's name as its keeper, then the value after a colon or on the next line, a table's cell flattened (see its use). */
export const PROVIDER_NAMED_FILE =
  /(?<![\p{L}])(?:[Nn][úu]mero[ \t]+de[ \t]+expediente|[Ee]xpediente|[Nn]umer[ \t]+sprawy|[Nn]umer[ \t]+zgłoszenia|[Ss]ygnatura|[Nn]um[ée]ro[ \t]+de[ \t]+dossier|[Dd]ossier|[Cc]ase[ \t]+(?:number|no\.?|id)|[Ff]ile[ \t]+(?:number|no\.?)|[Aa]ktenzeichen|[Ff]allnummer)(?:[ \t]+(?:nadany[ \t]+przez|po[ \t]+stronie|assigned[ \t]+by|given[ \t]+by|de|del|da|di|von|van|bei|at|chez|w|u|in|hos|på))?[ \t]+(\p{Lu}[\p{L}.]{1,20})(?:[ \t]+(?:pozostaje[ \t]+bez[ \t]+zmian|remains[ \t]+unchanged|bleibt[ \t]+unverändert|reste[ \t]+inchangée?|no[ \t]+cambia|sigue[ \t]+igual))?(?:[ \t]*:[ \t]*|[ \t]*:?[ \t]*\n[ \t]*)([A-Z0-9](?:[A-Z0-9-]|[./](?=[A-Z0-9])){3,30})(?![\w/-])/gu;

export const REFERENCE_LABEL_I18N = new RegExp(
  String.raw`(?<![\p{L}\d])(?:num[ée]ro[ \t]+de[ \t]+r[ée]f[ée]rence|notre[ \t]+r[ée]f[ée]rence|(?=r\p{L}{0,3}é)r[ée]f[ée]rence|referenz(?:nummer)?|unsere[ \t]+referenz|unser[ \t]+zeichen|nasz[ \t]+znak|naše[ \t]+značka|vorgangsnummer|(?<=(?:^|\n)[ \t]{0,20}(?:(?:\d{1,2}[.)]|[-*•])[ \t]{1,4})?)vorgang(?=[ \t]{0,20}:|[ \t]{1,4}\d{5,}(?![\d/.]))|(?<=(?:^|\n)[ \t]{0,20})dossier(?=[ \t]{0,4}(?:n[°º]|no\.|nr\.?|#|:))|n[úu]mero[ \t]+de[ \t]+refer[eê]ncia|refer[eê]ncia|referencia|numero[ \t]+di[ \t]+riferimento|riferimento(?:[ \t]+pratica)?|referentie(?:nummer)?|kenmerk|referens(?:nummer)?|referanse(?:nummer)?|numer[ \t]+referencyjny|(?:n[úu]mero[ \t]+de[ \t]+)?protocol(?:o|e)?|protocollo|n[úu]mero[ \t]+de[ \t]+caso|numero[ \t]+di[ \t]+caso|num[ée]ro[ \t]+de[ \t]+(?:dossier|cas)|n[°º][ \t]?de[ \t]+(?:dossier|cas)|ref\.?[ \t]+interna|ärende-id|sprawa[ \t]+nr\.?(?=[ \t]*:)|fallnummer|zaaknummer|dossiernummer|ärendenummer|ärendenr\.?|saksnummer|saksnr\.?|sagsnummer|sagsnr\.?|numer[ \t]+sprawy|id(?:entifiant)?[ \t]+d(?:u|e|el)[ \t]+(?:caso|dossier|cas)|identificador[ \t]+del?[ \t]+caso|numero[ \t]+(?:di[ \t]+|della[ \t]+)?pratica|n[úu]mero[ \t]+do[ \t]+caso|viite(?:numero)?|číslo[ \t]+(?:našeho[ \t]+)?případu|naše[ \t]+číslo[ \t]+případu|naše[ \t]+(?:č\.[ \t]?j\.|číslo[ \t]+jednací)|rif\.|réf\.|ticketnummer|ticket-nr\.|anfragenummer|${OTHER_LANGUAGE_LABELS}|${REQUEST_NOUN_I18N})${OF_THE_PRESERVATION}(?:[ \t]+(?:(de|da|do|di|del|du|van|von|från|fra|hos)[ \t]+)?(\p{Lu}[\p{L}.]{1,20})(?![\w-]))?[ \t]*(?:n\.[ \t]?[°º]?|n[°º]\.?|no\.?(?=[ \t:#])|nr\.?)?[ \t]*\*?[:#]?[ \t]*(?:(?<=:[ \t]{0,8})\n[ \t]*)?(?:(?<=(?:conservazione|conservaci[óo]n|preservaci[óo]n|conservation|préservation|sicherung|bewaring|conserva[çc][ãa]o|preserva[çc][ãa]o)[ \t]{1,4})(?:è|es|est|ist|é|är|er|jest|lautet|wynosi)[ \t]+)?([A-Z0-9](?:[A-Z0-9-]|[./](?=[A-Z0-9])){3,30})(?![/\\\w])`,
  'giu',
);

/**
 * A terse first-person label of the provider's own number, as a help desk's agent types it ("Ours: 803517", "Vorgang bei
 * uns: PST-0311-B", "under our no. 2026-LE-448192", "…, under our case number 77310452", "nr u nas INT/PR/2026/0388",
 * "réf. chez nous 2026/HT/0457", "ref on our side: …", "sak hos oss …", "Naše značka⏎SZN-PR-1187/26", the value on the
 * next line): in the provider's message, its number. Not "(our case X)": officers write that of their own case, and a
 * request quoted under a provider's note is read with it.
 */
export const OURS_LABELLED = new RegExp(
  String.raw`(?:(?<![\p{L}])ours|(?<![\p{L}])under[ \t\n]+our[ \t\n]+(?:(?:own|internal)[ \t\n]+)?(?:(?:case|file|ticket|matter)[ \t\n]+)?(?:no\.|number|nr\.|ref(?:erence)?\.?)(?:[ \t\n]+(?:no\.|number))?|(?<![\p{L}])(?:ref(?:erence)?\.?|number|no\.|case|ticket|id)[ \t]+(?:on|at)[ \t]+our[ \t]+(?:side|end)|(?<![\p{L}])(?:vorgang|aktenzeichen|nummer|referenz|ticket|az\.)[ \t]+bei[ \t]+uns|(?<![\p{L}])(?:nr\.?|numer|sygn\.?|sygnatura)[ \t]+u[ \t]+nas|(?<![\p{L}])(?:r[ée]f\.?|r[ée]f[ée]rence|num[ée]ro|n°|dossier)[ \t]+chez[ \t]+nous|(?<![\p{L}])(?:rif\.?|riferimento|numero|pratica|n\.)[ \t]+da[ \t]+noi|(?<![\p{L}])(?:ref\.?|referentie|nummer|zaak(?:nummer)?|kenmerk)[ \t]+bij[ \t]+ons|(?<![\p{L}])(?:sak(?:snr\.?|snummer)?|referanse|ref\.?|ärende(?:nummer)?|sag(?:snr\.?)?)[ \t]+hos[ \t]+(?:oss|os)|(?<![\p{L}])(?:ref\.?|referencia|n[úu]mero|expediente)[ \t]+(?:de[ \t]+)?(?:nuestro[ \t]+lado|nuestra[ \t]+parte)|(?<![\p{L}])naše[ \t]+(?:značka|č\.[ \t]?j\.|číslo[ \t]+jednací))(?![\p{L}])(?:[ \t]*[:=#-]?[ \t]*|[ \t]*:?[ \t]*\n[ \t]*)([A-Z0-9](?:[A-Z0-9-]|[./](?=[A-Z0-9])){3,30})(?![\w/-])`,
  'giu',
);

/**
 * The provider naming its own number in the first person, as its internal one or as the preservation's ("Our internal
 * record for this preservation is LE.2026.1117.3": dots may part a reference's pieces) ("Our case number is 41177302958",
 * "Our preservation reference is KLE-26-3391", "please … include our case number 0C-2611-77312", "Our file for this is CB-LE-2026-77310",
 * "Internal reference: TG-LE-…", "Our internal reference is TG/LE/…"): in the provider's message these are its words, where the page reader, which sees
 * the investigator's form echoed back, sets "our case" and "internal reference" aside as the agency's.
 */
export const PROVIDER_OWN_LABEL =
  /\b(?:(?:correct|corrected|right|actual|valid|proper)[ \t\n]+(?:[\p{L}]{2,12}[ \t\n]+)?(?:reference|ref\.?|number|no\.?|id|case[ \t\n]+number)(?:[ \t\n]+(?:number|no\.?))?(?:[ \t\n]+for[ \t\n]+(?:your|this|the)[ \t\n]+(?:[\p{L}]{2,14}[ \t\n]+)?(?:request|case|matter))?[ \t\n]+(?:is|reads|should[ \t\n]+read)[ \t\n]*:?|internal[ \t]+(?:reference|ref\.?|case[ \t]+number|number|file[ \t]+number|id)(?:[ \t\n]+(?:number|no\.?))?(?:[ \t\n]+for[ \t\n]+(?:(?:this|the|your)[ \t\n]+(?:request|matter|case|preservation)|this|these|them|it))?(?:[ \t\n]+is)?[ \t]*[:#]?|(?:the|our|this)[ \t\n]+(?:case|reference|preservation|matter|file)(?:[ \t\n]+(?:number|no\.?|id|#))?[ \t\n]+(?:remains|stays|is[ \t\n]+still|is[ \t\n]+unchanged[ \t]*:?)|our[ \t\n]+(?:preservation|case|request|legal)[ \t\n]+(?:reference|ref\.?)(?:[ \t\n]+(?:number|no\.?|id))?[ \t\n]+is|our[ \t\n]+(?:case|reference|ref|file|preservation|matter)[ \t\n]+(?:number|no\.?|id|#)(?:[ \t\n]+(?:for|of)[ \t\n]+(?:this|the|your)[ \t\n]+(?:matter|request|preservation|case))?[ \t\n]+is|(?:record|reference|ref\.?|number|id)[ \t\n]+(?:for|of)[ \t\n]+(?:this|the|your)[ \t\n]+(?:preservation|extension|renewal)[ \t\n]+(?:is|:)|(?:case|reference|ref\.?|file|request|ticket)(?:[ \t\n]+(?:id|number|no\.?|#))?[ \t\n]+(?:with|at)[ \t\n]+us[ \t\n]+is[ \t\n]*:?|(?:include|quote|cite|use|mention)[ \t\n]+our[ \t\n]+(?:case|reference|ref\.?|file|preservation)(?:[ \t\n]+(?:number|no\.?|id|#))?[ \t\n]*:?|our[ \t\n]+(?:case|reference|file|record|preservation|tracking[ \t\n]+(?:id|number))[ \t\n]+(?:for|on)[ \t\n]+(?:this|it|(?:this|the|your)[ \t\n]+(?:matter|request|preservation|case|account))[ \t\n]+is)[ \t\n]{0,4}#?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\w-])|[A-Z0-9](?:[A-Z0-9-]|[./](?=[A-Z0-9])){3,30})(?![\w/-])/giu;

/**
 * "nadano numer", "nadaliśmy (jej) numer/sygnaturę", "zarejestrowana pod numerem", "prowadzimy jako", "przechowujemy w
 * sprawie": Polish for "was given (the) number", "registered under number", "we run it as", "we keep it in the matter".
 */
export const GIVEN_NUMBER_PL = /(?<![\p{L}])(?:(?:nadano|nadaliśmy|nadany[ \t\n]+został)[ \t\n]+(?:jej[ \t\n]+|mu[ \t\n]+)?(?:numer|sygnatur[ęa])(?:[ \t\n]+(?:sprawy|referencyjny))?|zarejestrowan[aoey]{1,2}[ \t\n]+pod[ \t\n]+(?:numerem|nr\.?|sygnaturą)(?:[ \t\n]+(?:sprawy|referencyjnym))?|prowadzimy[ \t\n]+(?:jako|pod[ \t\n]+numerem)|prowadzon[aey][ \t\n]+(?:jest[ \t\n]+)?(?:u[ \t\n]+nas[ \t\n]+)?pod[ \t\n]+(?:numerem|nr\.?|sygnaturą)|(?:przechowujemy|zabezpieczyliśmy|zabezpieczamy)[ \t\n]+w[ \t\n]+sprawie)[ \t\n]*:?[ \t\n]*([A-Z0-9](?:[A-Z0-9-]|[./](?=[A-Z0-9])){3,30})(?![\w/-])/gu;

/**
 * The request logged under a number, in the provider's words ("We have logged this under cb-le.2611.77410 and …",
 * "we have logged that preservation under 58203719",
 * "your request was registered under reference WLP/LE/2026-4410", "We have logged this as 44190-2877"): the number is the provider's, whatever its shape,
 * lower case and dots included; never one "your" names.
 */
export const LOGGED_UNDER =
  /(?<![\p{L}])(?:logged|registered|recorded|filed|opened|tracked|records|logs|files|track)(?:[ \t\n]+(?:(?:this|that|the)[ \t\n]+(?:request|matter|case|preservation|hold)|this|it|your[ \t\n]+(?:request|letter|submission)))?(?:[ \t\n]+(?:in[ \t\n]+our[ \t\n]+(?:systems?|records|database|files)|with[ \t\n]+us|internally))?[ \t\n]+(?:under|as|with(?=[ \t\n]+(?:(?:our|the|a)[ \t\n]+)?(?:\p{L}{2,12}[ \t\n]+)?(?:reference|ref\.?|case|file|ticket)(?![\p{L}])))[ \t\n]+(?:(?:our|the|a|reference)[ \t\n]+){0,2}(?:\p{L}{2,12}[ \t\n]+(?=(?:reference|ref\.?|case|number|file|ticket)(?![\p{L}])))?(?:(?:reference|ref\.?|case|file|ticket)[ \t\n]+)?(?:(?:number|no\.?|id)[ \t\n]+)?#?([A-Za-z0-9](?:[A-Za-z0-9]|[._/-](?=[A-Za-z0-9])){3,30})(?![\w/-]|\.\w)/giu;

/**
 * The Romance passive of registering, the provider's file noun after it ("registrada en nuestro sistema con el
 * expediente …", "registrado sob o protocolo …", "registrata con il numero di pratica …"): the number the provider
 * filed the request under, though "expediente" alone labels the agency's number.
 */
const REGISTERED_WITH = String.raw`(?<![\p{L}])(?:registrad[ao]s?|registrat[aoie])(?:[ \t\n]+(?:en|em|nel|in)[ \t\n]+(?:nuestro|nosso|o[ \t\n]+nosso|nostro|il[ \t\n]+nostro)[ \t\n]+sistema)?[ \t\n]+(?:con|bajo|com|sob|sotto)[ \t\n]+(?:(?:el|o|il|la|a)[ \t\n]+)?(?:n[úu]mero(?:[ \t\n]+de[ \t\n]+(?:expediente|referencia|protocolo))?|expediente|referencia|protocolo|numero(?:[ \t\n]+di[ \t\n]+(?:pratica|protocollo))?|pratica|protocollo)[ \t\n]+#?`;

export const REGISTERED_WITH_BEFORE = new RegExp(`${REGISTERED_WITH}$`, 'iu');

/**
 * The same in German, French, Dutch and the Nordic languages, the number before its participle or after its noun ("die
 * Sicherung wurde bei uns unter 55102774 angelegt", "wird unter der Vorgangsnummer P-26-1183 geführt", "Die Sicherung
 * läuft bei uns unter 7730-4418-29", "enregistrée sous le numéro LBC-…", "geregistreerd onder nummer …", "uw verzoek geregistreerd als 7742019-JZ", "Dataene er
 * lagret under 26-FINN-0388", "ärendet finns hos oss under 40-3317-BL"), and the Romance passive (REGISTERED_WITH).
 */
export const FILED_UNDER_I18N = new RegExp(
  String.raw`(?<![\p{L}])(?:unter[ \t\n]+(?:der[ \t\n]+(?:Nummer|Vorgangsnummer|Fallnummer|Referenz|Referenznummer)[ \t\n]+)?#?([A-Za-z0-9](?:[A-Za-z0-9]|[._/-](?=[A-Za-z0-9])){3,30})[ \t\n]+(?:angelegt|geführt|registriert|erfasst|bearbeitet|gespeichert)|(?:läuft|lagret|lagrad|lagrat|sparad|sparat|gemt|registrert|registreret|registrerad|registrerat|finns|ligger)(?:[ \t\n]+(?:bei[ \t\n]+uns|hos[ \t\n]+(?:oss|os)))?[ \t\n]+(?:unter|under)[ \t\n]+(?:(?:der[ \t\n]+)?(?:Nummer|Vorgangsnummer|nummer|saksnummer|sagsnummer|ärendenummer|referanse|referens|reference)[ \t\n]+)?#?([A-Za-z0-9](?:[A-Za-z0-9]|[._/-](?=[A-Za-z0-9])){3,30})|(?:enregistr[ée]e?s?|référencée?s?|ouverte?s?)(?:[ \t\n]+chez[ \t\n]+nous)?[ \t\n]+sous[ \t\n]+(?:le[ \t\n]+(?:numéro|n°|dossier)(?:[ \t\n]+de[ \t\n]+dossier)?|la[ \t\n]+référence)[ \t\n]+#?([A-Za-z0-9](?:[A-Za-z0-9]|[._/-](?=[A-Za-z0-9])){3,30})|geregistreerd[ \t\n]+(?:onder|als)[ \t\n]+(?:(?:het[ \t\n]+)?(?:nummer|kenmerk|zaaknummer)[ \t\n]+)?#?([A-Za-z0-9](?:[A-Za-z0-9]|[._/-](?=[A-Za-z0-9])){3,30})|${REGISTERED_WITH}([A-Za-z0-9](?:[A-Za-z0-9]|[._/-](?=[A-Za-z0-9])){3,30}))(?![\w/-]|\.\w)`,
  'giu',
);

/**
 * The provider's own number in a sentence of the first person, in the other languages read ("Vårt ärendenummer är
 * TRD-MK-558102", "Unsere Vorgangsnummer lautet …", "Notre numéro de dossier est …", "Nuestro número de expediente es
 * …", "Il nostro numero di pratica è …", "Ons zaaknummer is …"), as "Our case number is …" is in English.
 */
export const OWN_NUMBER_IS =
  /(?<![\p{L}])(?:vårt|vår|vores|unsere?|notre|nuestr[oa]|nostr[oa]|onze|ons|nasz[ae]?|naše|náš)[ \t\n]+(?:\p{L}{2,12}[ \t\n]+){0,2}?\p{L}{0,12}(?:ärende|nummer|referens|vorgang|referenz|zeichen|dossier|r[ée]f[ée]rence|num[ée]ro|expediente|referencia|n[úu]mero|pratica|riferimento|numero|zaak|kenmerk|referentie|sprawy|sygnatura|numer|číslo|značka)\p{L}{0,12}(?:[ \t\n]+(?:de|di|del|du|van|för|der)[ \t\n]+\p{L}{2,15})?[ \t\n]+(?:är|er|lautet|ist|est|es|è|is|to|je)[ \t\n]*:?[ \t\n]*#?([A-Za-z0-9](?:[A-Za-z0-9]|[._/-](?=[A-Za-z0-9])){3,30})(?![\w/-]|\.\w)/giu;

/**
 * A line that is a case's heading, its number after the word ("Case 25903147" over the case's account and date), maybe
 * with what the case is ("Case CS0887120 – Preservation request").
 */
export const CASE_HEADING = /^[ \t]*(?:case|matter|preservation|request)[ \t]+#?(\d{6,12}|(?=[A-Z-]{0,12}\d)[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){5,30})(?:[ \t]+[–—-][ \t]+\p{L}[\p{L} ]{0,40})?[ \t]*:?[ \t]*$/gimu;

/**
 * A numbered list's item headed by a code and what the item is ("1. 2026-SNAP-77120 - EXTENSION", "2) LR-26-0412 –
 * New preservation"): one of several requests answered in turn, its number the item's. The code mixes digits and
 * letters, so a date or a phone number never heads one.
 */
export const ITEM_CODE_HEAD = /^[ \t]*\d{1,2}[.)][ \t]+((?=[A-Z0-9-]*\d{3})(?=[A-Z0-9-]*[A-Z]{2})[A-Z0-9]{2,10}(?:-[A-Z0-9]{2,12}){1,4})[ \t]+[-–—:][ \t]+\p{L}[^\n]{0,60}$/gmu;

/**
 * The provider's own label, in the first person, in the languages read ("Our reference:", "Unser Aktenzeichen:",
 * "Nuestra referencia:", "Nostro riferimento", "Notre référence :", "Onze referentie:", "Vår referens:", "Vårt
 * diarienummer:", "Vores sagsnummer:", "Nasza sygnatura:", "Naše značka:", Hungarian "Iktatószámunk:", "Belső
 * hivatkozási számunk:"; the letters' abbreviations "Ns. rif.", "N/Réf.", "N/Ref."), or a record's own heading that no
 * agency uses ("Spisová značka", "Record locator"), over or before a value of any shape that ends
 * its line or its table cell: spaces, slashes, dots and lower case included ("SZN 2026 / 04417 / PR", "KA-LE
 * 26/3318-b", "WLP-LE 1183", "lert-44c1f09a", a code of capitals alone: "MYND-FQRX"). The label names the number as
 * the provider's.
 */
export const OWN_LABEL_VALUE = new RegExp(
  String.raw`^[ \t|:]*(?:(?:our|unser(?:e|er)?|notre|nos|nuestr[oa]|nostr[oa]|noss[oa]|onze|ons|vår|vårt|vores|nasz[ae]?|naše|náš)[ \t]+(?:(?:internal|own|case|file|interne?|interno|interna)[ \t]+)?(?:ref(?:erence)?\.?(?:[ \t]+(?:number|no\.?))?|case[ \t]+(?:number|no\.?|id)|file(?:[ \t]+(?:number|no\.?))?|aktenzeichen|zeichen|referenz|vorgangsnummer|geschäftszeichen|r[ée]f[ée]rence|dossier|referencia|expediente|riferimento|pratica|protocollo|refer[êe]ncia|processo|kenmerk|referentie|dossiernummer|referens|ärende(?:nummer)?|diarie(?:nummer|nr\.?)|sags?nummer|saks?nummer|journalnummer|sygnatura|znak|značka|číslo[ \t]+jednací)|iktatószámunk|ügyszámunk|(?:belső[ \t]+)?hivatkozási[ \t]+számunk|spisová[ \t]+značka|record[ \t]+locator|ns\.?[ \t]*rif\.?|n\/[ \t]?r[ée]f(?:\.|erencia|erência)?)[ \t]*[:|]?[ \t]*(?:\n[ \t]*)?[ \t|:]*([A-Za-z0-9](?:[A-Za-z0-9]|[ ]?[/._-][ ]?(?=[A-Za-z0-9])|[ ](?=[A-Za-z0-9]))*)[ \t]*[|:]?[ \t]*$`,
  'gimu',
);

/**
 * The provider naming its own number in prose, in the languages of Central and Eastern Europe, the value anywhere in
 * the sentence's flow: Czech and Slovak "Číslo našeho záznamu:", "zaevidovali pod naším číslem", Polish "pod naszym
 * numerem", Croatian and Serbian "pod našim brojem", Ukrainian "Номер Вашого звернення в нашій системі:", "Наш вих.
 * №", Russian "Номер Вашего обращения в нашей системе", Bulgarian "Номер на преписката при нас:" (the number of the
 * matter with us). Capitals and digits; the caller keeps those with digits.
 */
export const OWN_NUMBER_PROSE = new RegExp(
  String.raw`(?<![\p{L}])(?:[Čč][íi]slo[ \t]+(?:našeho|naší|nášho|našej)[ \t]+(?:záznamu|spisu|případu|prípadu|žádosti|žiadosti|evidence|podání|podania)|[Pp]od[ \t]+(?:naším|našim|naszym|našom)[ \t]+(?:evidenčním[ \t]+|evidenčným[ \t]+)?(?:číslem|číslom|numerem|nr\.?|sygnaturą|brojem|označením)|[Нн]омер[ \t]+(?:[Вв]ашого[ \t]+звернення[ \t]+[ву][ \t]+нашій[ \t]+системі|[Вв]ашего[ \t]+обращения[ \t]+в[ \t]+нашей[ \t]+системе|на[ \t]+преписката[ \t]+(?:при|у)[ \t]+нас)|[Нн]аш(?:ий)?[ \t]+(?:вих\.?|вихідний|исх\.?|исходящий|изх\.?)[ \t]*(?:№|номер)?)[ \t]*[:#]?[ \t]*(?:№[ \t]*)?([\p{Lu}\d](?:[\p{Lu}\d]|[/._-](?=[\p{Lu}\d])){3,40})(?![\p{L}\p{N}])`,
  'gu',
);

/**
 * A number the words of preserving put the accounts under, bare ("Done – both UIDs held under 88213", "preserved under
 * #4471920", "is preserved under 2026-PR-08841", "preserved the account with username 'x.y' under 5820-1177", "The hold
 * itself sits on our side under 6620-3185"): the number they were preserved under. "Already … under" (another
 * request's) is read by the cues below.
 */
export const PROCESSED_UNDER = /^processed[ \t\n]/i;

const UNDER_NUMBER = String.raw`under[ \t\n]+(?:(?:request|case|reference|ref\.?|ticket|file)(?:[ \t\n]+(?:number|no\.?))?[ \t\n]+|(?:our|the)[ \t\n]+(?:file|record|case|matter|reference)(?:[ \t\n]+(?:number|no\.?))?[ \t\n]+)?#?[ \t]?(\d{5,12}|[A-Z]{1,6}-\d{4,12}|\d{2,4}-\d{5,10}|\d{4}-\d{4}|(?=[A-Z0-9-]{0,40}\d{4})(?=[A-Z0-9-]{0,40}[A-Z])[A-Z0-9]{1,8}(?:-[A-Z0-9]{1,10}){1,4})(?![\p{L}\p{N}-]|[.,]\d)`;

export const HELD_UNDER = new RegExp(
  String.raw`(?<![\p{L}])(?:held|preserved|frozen|secured|retained|extended|extension|renewed|placed[ \t\n]+on[ \t\n]+hold|processed[ \t\n]+(?:your|the|this)[ \t\n]+(?:preservation[ \t\n]+)?request|(?:preservation|hold)[ \t\n]+(?:is|was|remains)[ \t\n]+(?:now[ \t\n]+)?active|sits(?:[ \t\n]+on[ \t\n]+our[ \t\n]+side)?)(?:[ \t\n]+on[ \t\n]+[\w/.,-]{1,12}(?:[ \t\n][\w/.,-]{1,12}){0,2}?|[ \t\n]+(?:the|this|these|both)[ \t\n]+(?:[^.;\n]|\.(?=\S)){1,80}?)?[ \t\n]+(?:all[ \t\n]+)?` + UNDER_NUMBER,
  'giu',
);

/** The same sentence going on to a second account and its number, the verb not repeated ("…, and u/y under 2026-LE-07715"). */
export const AND_UNDER = new RegExp(String.raw`^[,;]?[ \t\n]+and[ \t\n]+[^.;\n]{1,100}?[ \t\n]` + UNDER_NUMBER, 'iu');

/**
 * A number the provider gives as the new one ("Your new case number is LR-…", "New reference: …", "under a new ticket
 * number, …", "New reference for this extension: …", "Ihre neue Fallnummer lautet …", "nouveau numéro de dossier : …",
 * "nuevo número de caso: …"): a number the provider assigned, which the page reader sets aside beside another
 * labelled one as a mere "case number".
 */
export const NEW_LABELLED =
  /(?<![\p{L}])(?:new|neue[nrs]?|nouvea?u|nouvelle|nuev[oa]|nuov[oa]|nieuwe?)[ \t\n]+(?:(?:case|reference|ref\.?|ticket|request|preservation|tracking|file|matter)(?:[ \t\n]+(?:number|no\.?|id|#))?|fallnummer|referenz(?:nummer)?|vorgangsnummer|aktenzeichen|num[ée]ro(?:[ \t\n]+de[ \t\n]+(?:dossier|r[ée]f[ée]rence|cas))?|r[ée]f[ée]rence|n[úu]mero(?:[ \t\n]+de[ \t\n]+(?:caso|referencia))?|referencia|riferimento|numero(?:[ \t\n]+di[ \t\n]+(?:caso|riferimento|pratica))?|zaaknummer|referentie|kenmerk)(?:[ \t\n]+(?:for|of)[ \t\n]+(?:this|the|your)[ \t\n]+(?:extension|renewal|preservation|request))?(?:[ \t\n]+(?:has[ \t\n]+been|was|wurde|a[ \t\n]+été|ha[ \t\n]+sido|è[ \t\n]+stato)[ \t\n]+(?:issued|assigned|created|generated|opened|vergeben|erstellt|zugewiesen|attribu[ée]e?|cr[ée]{2}e?|asignado|assegnato)(?:[ \t\n]+(?:for|to|für|pour|para|per)[ \t\n]+(?:this|the|your|diese|die|cette|la|esta|la|questa)[ \t\n]+(?:extension|renewal|request|matter|preservation|Verlängerung|prolongation|prórroga|proroga))?)?(?:[ \t\n]+(?:is|lautet|est|es|è|:))?[ \t]*[:#,]?[ \t\n]{0,3}#?([A-Z0-9](?:[A-Z0-9-]|[./](?=[A-Z0-9])){3,30})(?![\w/-])/giu;

/**
 * The provider's file noun with a clause of its own between the noun and the copula ("The reference I've given this
 * request is 0D-772-…", "the reference number on our side is⏎52018837", "The case number we opened for this is …"):
 * the clause's subject is the provider (I, we, our side, our end, our system), so the number is the one it assigned. A
 * bare "number" counts only where the clause names the request it is for ("The number we will use for this request
 * going forward is …"), not a phone's ("The number we will call you on is …"); a clause that names the addressee as
 * its source ("The reference we received from you is …") gives the addressee's.
 */
export const OWN_CLAUSE_NAMED =
  /(?<![\p{L}])(?:the|our)[ \t\n]+(?:(?:(?:reference|ref\.?|case|file|matter|tracking|preservation|request)(?:[ \t\n]+(?:number|no\.?|id))?)|(number))[ \t\n]+((?:(?:that|which)[ \t\n]+)?(?:I|we|I['’](?:ve|ll)|we['’](?:ve|ll|re)|(?:on|at)[ \t\n]+our[ \t\n]+(?:side|end)|in[ \t\n]+our[ \t\n]+(?:system|systems|records|files)|internally)(?:[ \t\n]+[\p{L}'’-]{1,15}){0,8}?)[ \t\n]+(?:is|will[ \t\n]+be)[ \t\n]*:?[ \t\n]{0,3}#?([A-Z0-9](?:[A-Z0-9-]|[./](?=[A-Z0-9])){3,30})(?![\w/-])/giu;

export const CLAUSE_FOR_REQUEST = /(?<![\p{L}])(?:for|on|to)[ \t\n]+(?:this|your|the)[ \t\n]+(?:request|matter|case|preservation|submission)(?![\p{L}])/iu;

export const CLAUSE_FROM_ADDRESSEE = /(?<![\p{L}])(?:you|your[ \t\n]+(?:agency|office|department|unit|force|team))(?![\p{L}])/iu;

/** The earlier preservation's number in an extension ("Previous case: #10982716", "Original reference: …"). */
export const EARLIER_LABEL =
  /\b(?:previous|prior|original|earlier)[ \t]+(?:case|reference|ref\.?|preservation(?=[ \t]+(?:number|no\.?|id))|matter|file)(?:[ \t]+(?:number|no\.?|id))?[ \t]*[:#]?[ \t]*#?(?!\d{4}-\d{2}-\d{2})([A-Z0-9][A-Z0-9-]{3,30})/gi;

/**
 * A line that is a label and its value, the label ending in a word any provider may use for its file ("Current
 * matter: 0081-…", "Extended preservation: PIN-…", "Reference   TT-…" in a row read with its bars as colons; the request
 * in the Romance languages, not the addressee's: "Número da solicitação: 04417732", "Número de solicitud:", "Numéro de demande :";
 * not "Su solicitud:"): the
 * value is a candidate whatever qualifier precedes the noun, a full stop after it allowed, and so is the same label
 * closing a line after a sentence ("We preserved the account. X case: 0811-9920-4417."). A number's abbreviation
 * ends the label as a colon does ("Case No. OKX-LE-…", "Demande n° …", "Request Nr. …", "Reference # …"), as a list
 * of one case per account heads each item; a list item's marker may stand before the label ("- Record # 88120457",
 * "2) Case No. …"). The agency's own labels are set aside later (agency-numbers.ts). "On file" and "on record" are an idiom,
 * not the noun ("Phone on file: 0491 570 158", "Mobile number on record: …"): no label here nor in the labels below.
 */
export const LINE_LABEL = new RegExp(
  String.raw`(?:^|(?<=[.!?][ \t]{1,3}))[ \t|:]*(?:${ITEM_MARKER})?(?:\p{L}[\p{L}.-]{0,20}[ \t]+){0,2}(?:matter|(?<!(?<![\p{L}])on[ \t]{1,3})file|reference|ref\.?|case|preservation|(?<!(?<![\p{L}])on[ \t]{1,3})record|request|(?<!(?<![\p{L}])(?:su|sus|sua|seu|votre|vostra|tu)[ \t]{1,20})(?:solicita[çc][ãa]o|solicitud|richiesta|demande|requisi[çc][ãa]o))(?:(?:[ \t]+(?:number|no\.?|id|#))?[ \t]*:|[ \t]+(?:no\.|nr\.|n\.?[ \t]?[°º]\.?|#))[ \t]*#?([A-Z0-9][A-Z0-9-]{3,30})[ \t|:]*\.?[ \t]*$`,
  'gimu',
);

/** The same label with a value of capitals, one space and a number of four digits or more ("Reference: GCC 26-0091735"). */
export const PREFIXED_LABELLED =
  /(?:^|(?<=[.!?][ \t]{1,3}))[ \t|:]*(?:\p{L}[\p{L}.-]{0,20}[ \t]+){0,2}(?:matter|(?<!(?<![\p{L}])on[ \t]{1,3})file|reference|ref\.?|case|preservation|(?<!(?<![\p{L}])on[ \t]{1,3})record|request)(?:[ \t]+(?:number|no\.?|id|#))?[ \t]*:[ \t]*#?([A-Z]{2,6} (?=[A-Z0-9-]{0,12}\d{4})[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){3,30})[ \t|:]*\.?[ \t]*$/gimu;

/**
 * The same label as a heading, its value on the line below, maybe under a rule ("Reference⏎---------⏎8812004413",
 * "CASE NUMBER⏎=====⏎LE-…"), as plain-text renderings of a notice's boxes write it.
 */
export const HEADING_LABEL =
  /^[ \t]*(?:\p{L}[\p{L}.-]{0,20}[ \t]+){0,2}(?:matter|(?<!(?<![\p{L}])on[ \t]{1,3})file|reference|ref\.?|case|preservation|(?<!(?<![\p{L}])on[ \t]{1,3})record)(?:[ \t]+(?:number|no\.?|id|#))?[ \t]*:?[ \t]*\n(?:[ \t]*[-=_~]{3,}[ \t]*\n)?[ \t]*#?([A-Z0-9][A-Z0-9-]{3,30})[ \t]*$/gimu;

/** The same in the other languages read, a provider's name maybe after it ("Anfrage-ID⏎7351829046612", "Referencia⏎…"). */
export const HEADING_LABEL_I18N =
  /^[ \t]*(?:anfrage-?(?:id|nummer|nr\.?)|vorgangsnummer|fallnummer|n[úu]mero[ \t]+de[ \t]+(?:caso|solicitud|referencia)|referencia|refer[êe]ncia|r[ée]f[ée]rence(?:[ \t]+de[ \t]+la[ \t]+demande)?|riferimento|numero[ \t]+di[ \t]+(?:riferimento|pratica)|kenmerk|zaaknummer|referentie|ärendenummer|saksnummer|sagsnummer|id[ \t]+da[ \t]+solicita[çc][ãa]o|id[ \t]+de[ \t]+(?:la[ \t]+)?solicitud)(?:[ \t]+\p{Lu}[\p{L}.]{1,20})?[ \t]*:?[ \t]*\n(?:[ \t]*[-=_~]{3,}[ \t]*\n)?[ \t]*#?([A-Z0-9][A-Z0-9-]{3,30})[ \t]*$/gimu;

/**
 * "case 0511-LPR-8120466", "Reference 2611/LE/40917": a file word names a number that starts with digits and goes on
 * in parts, at least one of letters (the page reader's labels take a few such shapes only).
 */
export const DIGIT_LED_NAMED =
  /\b(?:case|reference|ref\.?|matter|record|preservation)(?:[ \t]+(?:number|no\.?|nr\.?|id))?[ \t]*[:#]?[ \t]*#?(\d{2,8}(?:[-/][A-Z0-9]{2,12}){1,4})(?![\w/-])/gi;

/**
 * A file noun in prose with its number in apposition after a comma ("logged under a new reference, 4490133; please use
 * …", "we opened a separate case, 7730-41182, for it", "under our request number, 55102774."): the noun phrase names the
 * number as a label does. The noun needs its determiner, and the number ends the apposition (a stop, comma or bracket
 * after it), so a list of words ("reference, status, date") or a clause after a comma gives nothing.
 */
export const APPOSED = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:a|an|the|our|its|this|that|one)[ \t\n]+(?:(?:new|separate|unique|single|own|updated|replacement|fresh|different|internal|current)[ \t\n]+)?(?:\p{Lu}[\p{L}]{1,20}[ \t\n]+)?(?:reference|ref\.|case|request|preservation|tracking|record|file)(?:[ \t\n]+(?:number|no\.|id))?` +
    // The same in the other languages read: "une nouvelle référence, …", "eine neue Referenz, …", "una nueva referencia, …".
    String.raw`|(?:une|la|notre|cette|eine|einer|einem|die|der|unsere|unserer|diese|una|nuestra|esta|un|il|nostro|questo|uma|nossa|esta|een|de|onze|ett|en|vårt|vår)[ \t\n]+(?:(?:nouvelle|nouveau|neue[nr]?|nueva|nuevo|nuovo|nuova|nova|novo|nieuwe|nya?|nytt|distincte|separate)[ \t\n]+)?(?:r[ée]f[ée]rence|dossier|referenz|vorgangsnummer|fallnummer|referencia|expediente[ \t\n]+de[ \t\n]+preservaci[óo]n|riferimento|pratica|refer[êe]ncia|referentie|kenmerk|zaaknummer|referens|ärendenummer|referensnummer))` +
    String.raw`,[ \t\n]{1,3}#?([A-Z0-9](?:[A-Z0-9-]|\.(?=[A-Z0-9])){3,30})(?=[ \t]*(?:[,;)]|\.(?![A-Za-z0-9])|$))`,
  'gimu',
);

/**
 * A file or request noun of the Romance languages with its number's abbreviation ("Solicitud de conservación n.º
 * 1194420873316602", "pedido n.º 1204471189220561", "demande n° 44120987"): the abbreviation labels the number as
 * "No." does in English, the number whole (not the head of a court's "Processo nº 0804471-22.2026.8.20.0001", whose noun
 * is no provider's), a wrap between its words allowed. Not the addressee's ("su solicitud n.º …").
 */
export const NUMERO_NAMED =
  /(?<!(?<![\p{L}])(?:su|sus|sua|seu|votre|vos|vostr[oa]|tu|your)[ \t]{1,20})(?<![\p{L}])(?:solicitud|petici[óo]n|pedido|requerimiento|caso|demande|requête|dossier|richiesta|pratica|solicita[çc][ãa]o|referencia|refer[êe]ncia|r[ée]f[ée]rence|riferimento)(?:[ \t\n]{1,3}(?:de|di|da|do|del)[ \t\n]{1,3}\p{L}{3,20})?[ \t\n]{1,3}n\.?[ \t]?[º°](?![\p{L}])\.?[ \t]*:?[ \t\n]{0,3}#?([A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){3,30})(?![\w/-]|\.\w)/giu;

/** "preservation PRS4390217", "Preservation RBX-PRES-30418": the word names the number after it, label or prose. */
/**
 * "preservation SNAP-PR-…", and a plain number of six digits or more ("extend preservation 60113097"): no year, no count;
 * in German, French, Italian, Spanish, Portuguese, Dutch and Polish too, a number led by digits in hyphenated groups
 * among them ("die am 21.08.2026 vorgenommene Sicherung 20260821-PS-0117 …").
 */
export const PRESERVATION_NAMED =
  /(?<![\p{L}])(?:preservation|sicherung|conservation|conservazione|conservación|conservação|bewaring|zabezpieczenie)[ \t]+#?(\d{4,12}(?:-[A-Z0-9]{2,12}){1,3}(?![\w/-])|[A-Z][A-Z0-9-]{3,30}(?![\p{L}\p{N}_])|\d{6,20}(?![\p{L}\p{N}_]))(?![-/.]\d)/giu;

/**
 * A provider's identifier by its shape alone: capital letters, then hyphenated parts that hold at least five digits
 * ("WA-P-6610923", "[TT-US-P-0931557]"), in the provider's body; a single capital needs two parts or more after it
 * ("Y-26-1106-8843", not a postcode's "D-80331"). Used only where no label named any reference.
 */
export const REFERENCE_SHAPE = /(?<![\w/@.-])(?:[A-Z]{2,6}(?:-[A-Z0-9]{1,12}){1,5}|[A-Z](?:-[A-Z0-9]{1,12}){2,5})(?![\w/@-])/g;

/**
 * A bare number the provider's terse reply gives as the request's, by shape alone: after "#" in its prose ("preserved
 * both: #2841663 (user …) and #2841664 (org …)", "reference LERT #03117452"; not after what else a provider numbers,
 * "member # 4418203", "Server #2281043", nor alone on its line as a flattened page's ticket badge is), or heading a
 * line that maps it to what it holds ("8841207 -> 1087234419956682752"). Used only where no label named any reference.
 */
export const BARE_NUMBER_SHAPE =
  /(?<![\w&#/]|(?<![\p{L}])(?:members?|servers?|orders?|invoices?|users?|accounts?|customers?|items?|trips?|listings?|transactions?|ads?|posts?|videos?|channels?|groups?|devices?|phones?|payments?|shipments?|parcels?|bookings?|rides?)[ \t]{0,2}|^[ \t]{0,20})#[ \t]?(\d{6,12})(?![\w-])(?![ \t]*$)|^[ \t]*(\d{6,12})[ \t]*(?:->|→|=>|⇒)[ \t]*\S/gimu;

/**
 * A reference written in groups parted by single spaces ("BNB LE 2611 0093", "PIN 2026 4471 09", "WA-LER 2026 118
 * 4471"), as some notices print theirs: letters first (maybe two runs of them hyphenated), then groups of letters or
 * digits, at least two of them with digits. Read only where a file word's label gives it the whole rest of its line
 * ("CASE REF NO : BNB LE 2611 0093") or the preservation's noun names it in brackets ("Preservation (PIN 2026 4471
 * 09)"); a run of words or numbers elsewhere is no reference.
 */
const SPACED = String.raw`([A-Z]{2,6}(?:-[A-Z]{2,6})?(?: [A-Z0-9]{2,6}){2,5})`;

/** The label's noun may be a request's too ("Your request number: WA-LER 2026 118 4471"), as SPACED_DIGITS_LABELLED's. */
export const SPACED_LABELLED = new RegExp(
  String.raw`^[ \t|:]*(?:\p{L}[\p{L}.-]{0,20}[ \t]+){0,2}(?:matter|(?<!(?<![\p{L}])on[ \t]{1,3})file|reference|ref\.?|case|preservation|(?<!(?<![\p{L}])on[ \t]{1,3})record|request)(?:[ \t]+(?:number|no\.?|nr\.?|id|#))?[ \t]*:[ \t]*#?${SPACED}[ \t]*$`,
  'gimu',
);

export const SPACED_NAMED = new RegExp(String.raw`\bpreservation[ \t]+\(${SPACED}\)`, 'gi');

/**
 * A spaced number the provider asks to be quoted ("Merci de rappeler le numéro de dossier RJ 81 3307 dans toute
 * correspondance", "Please quote case number BNB LE 2611 0093 in any reply"): named as a label names it.
 */
export const SPACED_QUOTED = new RegExp(
  String.raw`(?<![\p{L}])(?:quote|cite|reference|use|include|mention|rappeler|indiquer|mentionner|préciser|rappelant|angeben|nennen|citar|indicar|mencionar|citare|indicare|vermelden)[ 	
]+(?:(?:the|our|this|le|la|notre|ce|unser(?:e|en)?|die|das|den|el|la|nuestro|nuestra|il|la|nostro|nostra|het|de|ons|onze)[ 	
]+)?(?:(?:case|file|reference|ref\.?|numéro|num[ée]ro[ 	
]+de[ 	
]+dossier|dossier|r[ée]f[ée]rence|aktenzeichen|vorgang|n[úu]mero(?:[ 	
]+de[ 	
]+expediente)?|expediente|referencia|numero(?:[ 	
]+di[ 	
]+pratica)?|pratica|riferimento|kenmerk|referentie|zaaknummer)[ 	
]+)?(?:(?:number|no\.?)[ 	
]+)?${SPACED}(?![\w-])`,
  'gu',
);

/**
 * The provider's own label in a language read, the first person's possessive and a file noun ("Vårt ärendenummer:",
 * "Unser Vorgangszeichen lautet:", "Ons kenmerk:", "Nasz numer sprawy:", "Vores sagsnummer:", "Our reference:"), gives
 * its value the whole rest of its line, however the value is spaced: capitals first, then groups parted by blanks, maybe
 * a slash or a hyphen between them ("BLK 2026-3318", "MMV-BA 2026 / 0477315").
 */
export const OWN_LABEL_SPACED =
  /^[ \t]*(?:our|unser(?:e|es)?|notre|nuestr[oa]|nostr[oa]|noss[oa]|onze|ons|vårt|vår|vores|vort|nasz[ae]?)[ \t]+(?:\p{L}{1,20}[ \t]+){0,2}?\p{L}{0,12}(?:ref|zeichen|nummer|number|numer|n[úu]mero|dossier|ärende|kenmerk|case|file|fall|sprawy|sag)\p{L}{0,12}(?:[ \t]+(?:is|lautet|est|es|è|é|är|er|jest|sprawy))?[ \t]*:?[ \t]+([A-Z]{2,6}(?:-[A-Z0-9]{1,8}){0,3}(?:[ \t]{1,2}(?:[/-][ \t]{1,2})?[A-Z0-9]{2,10}(?:-[A-Z0-9]{1,10}){0,2}){1,4})[ \t]*\.?[ \t]*$/gimu;

/**
 * The same where the groups are digits only ("Lyft Legal Request ID: 4471 9920 31", "Reference No.: 88 1204 5577"), as a
 * PDF letter or a notice prints its number: read only where a file word's label (a request's too) gives it the whole
 * rest of its line, eight digits at least. So does the label of what a portal calls its file, a submission, a ticket,
 * a confirmation or a tracking number ("Submission number: 7438 2291 0057", "Numéro de soumission : …",
 * "Ticketnummer: …"), which the cues below weigh as a ticket's beside the preservation's own.
 */
export const SPACED_DIGITS_LABELLED =
  /^[ \t|:]*(?:\p{L}[\p{L}.-]{0,20}[ \t]+){0,3}(?:matter|(?<!(?<![\p{L}])on[ \t]{1,3})file|reference|ref\.?|case|preservation|(?<!(?<![\p{L}])on[ \t]{1,3})record|request|submission|ticket|confirmation|tracking|soumission|ticketnummer|vorgangsnummer|referenznummer|referentienummer|zaaknummer)(?:[ \t]+(?:number|no\.?|nr\.?|id|#))?[ \t]*:[ \t]*#?(\d{2,6}(?: \d{2,6}){1,4})[ \t]*$/gimu;

/**
 * The same digit groups in prose, right after a file noun and its "number" ("Snap has assigned this matter the reference⏎
 * number 771 402 58, and we ask …", "logged under case number 4471 9920 31.", "Referenznummer 4471 9920 31", or a bare
 * "Case 4417 2093 8861." in three groups or more), as a
 * letter prints its number: eight digits at least, the groups ending the phrase (a stop, comma, bracket or the line's
 * end after them), so a count or a date after the label gives nothing.
 */
export const SPACED_DIGITS_NAMED =
  /(?<![\p{L}])(?:(?:reference|ref\.?|case|file|matter|preservation|request|submission|ticket|confirmation|tracking)[ \t\n]+(?:number|no\.?|nr\.?|id)|(?:case|reference|ref\.)(?=[ \t]\d{3,6}(?: \d{3,6}){2,4}(?:[ \t]*(?:[,;()]|\.(?!\d)|$)))|referenznummer|vorgangsnummer|ticketnummer|num[ée]ro[ \t\n]+de[ \t\n]+(?:soumission|ticket|suivi|confirmation)|num[ée]ro[ \t\n]+de[ \t\n]+(?:r[ée]f[ée]rence|dossier)|n[úu]mero[ \t\n]+de[ \t\n]+(?:referencia|caso)|numero[ \t\n]+di[ \t\n]+riferimento|referentienummer)[ \t]*[:#]?[ \t\n]{1,3}(\d{2,6}(?: \d{2,6}){1,4})(?=[ \t]*(?:[,;()]|\.(?!\d)|$))/gimu;

/**
 * The same spaced form where the provider names it as its own in prose, by a copula ("Our reference is TG LE 2611 0573 -
 * please keep the spaces", "The case number for this preservation is BNB LE 2611 0093."): the words give it the
 * provider's file noun as a label gives it. Case-sensitive, so the groups are capitals and digits only.
 */
export const SPACED_OWN = new RegExp(
  String.raw`\b(?:[Oo]ur|[Tt]he|[Tt]his|[Yy]our[ \t\n]+preservation)[ \t\n]+(?:(?:[Cc]ase|[Rr]eference|[Rr]ef\.?|[Ff]ile|[Pp]reservation|[Mm]atter|LE|[Ii]nternal)[ \t\n]+){1,2}(?:(?:[Nn]umber|[Nn]o\.?|ID|[Ii]d)[ \t\n]+)?(?:(?:for|of)[ \t\n]+(?:this|the|your)[ \t\n]+(?:preservation|request|matter)[ \t\n]+)?(?:is|reads)[ \t\n]+${SPACED}(?![\w-])`,
  'g',
);

/** The body pointing at the subject's number ("the number in the subject line", "the reference shown in the subject"). */
export const SUBJECT_POINTED = /\b(?:number|reference|ref\.?|id|identifier)[ \t\n]+(?:(?:shown|given|quoted|stated)[ \t\n]+)?(?:in|from|on)[ \t\n]+the[ \t\n]+subject\b/i;

/**
 * Words in the pointing sentence that set the subject's number apart ("The ticket number in the subject line relates to
 * this conversation only", "… is not our reference", "sólo", "nur", "uniquement"): it is no reference then.
 */
export const SET_APART = /(?<![\p{L}])(?:only|not|merely|solely|nur|nicht|seulement|uniquement|pas|solo|sólo|solamente|apenas|não|alleen|niet|endast|inte)(?![\p{L}])/iu;

export const SUBJECT_IDENTIFIER = /(?<![\w/@.-])(?:[A-Z0-9]+(?:-[A-Z0-9]+){1,4}|\d{6,20})(?![\w/@-])/g;

/** A table column of references ("Request No.", "Discord Ref", "Case number") and a value that can be one. */
export const REFERENCE_COLUMN =
  /(?<![\p{L}])(?:ref|rif|reference|request|case|ticket|confirmation|preservation|lers|leors|r[ée]f[ée]rence|referenz(?:nummer)?|referencia|refer[êe]ncia|riferimento|referentie|kenmerk|referens(?:nummer)?|referanse|fallnummer|vorgangsnummer|dossier|n[úu]mero[ \t]+de[ \t]+caso|numero[ \t]+di[ \t]+caso|zaaknummer|ärendenummer|conservation|sicherung|conservaci[óo]n|preservaci[óo]n|conservazione|bewaring|numer[ \t]+(?:zgłoszenia|sprawy)|sygnatura|saksnummer|sagsnummer|viite(?:numero)?|(?:başvuru|talep)[ \t]+(?:no|numarası)|referans(?:[ \t]+(?:no|numarası))?|pratica|protocollo|protocolo|číslo[ \t]+(?:jednací|případu)|spisová[ \t]+značka|hivatkozási[ \t]+szám|ügyszám|ügyazonosító|num[ăa]r[ \t]+de[ \t]+referin[țţt][ăa]|αριθμός[ \t]+(?:αναφοράς|υπόθεσης))(?![\p{L}])(?![ \t]+(?:type|status|date))/iu;

export const REFERENCE_CELL = /^(?=[A-Z0-9/-]*\d{4})[A-Z0-9][A-Z0-9-]{4,30}$|^[A-Z]{2,6}(?:\/[A-Z0-9]{2,8}){2,4}$/;

/** A key alone on its line (one to four words, maybe a colon), then a value alone on the next; quote marks allowed. */
export const STACKED_KEY_VALUE = /^[ \t>]*(\p{L}[\p{L} .'’-]{1,40}?)[ \t]*:?[ \t]*\n[ \t>]*([A-Za-z0-9](?:[A-Za-z0-9]|[-/._](?=[A-Za-z0-9])){3,40})[ \t]*$/gmu;

/**
 * A key that names a thing other than the provider's record ("Request type", "Case status", "Confirmation date") or
 * the other party's number ("Sygnatura organu", "Sygnatura Państwa pisma", "Sygnatura wniosku": the authority's, the
 * addressee's letter's, the request's).
 */
export const STACKED_NOT_REFERENCE =
  /(?<![\p{L}])(?:type|status|date|datum|data|fecha|agency|police|officer|court|authority|requester|requesting|your|państwa|pana|pani|organu|wnioskodawcy|behörde|polizei|autorité|autoridad|autorità|politie|polis|politi|sygnatura[ \t]+(?:wniosku|pisma|zapytania))(?![\p{L}])/iu;

/** A row whose first cell labels an account ("Target user ID⇥7312…"): the row's own label speaks for its value. */
export const ACCOUNT_ROW_LABEL = /^[ \t|]*[\p{L}][\p{L} .'()/#-]{0,30}\b(?:user|account|target|uid|profile|handle|phone|e-?mail)\b[\p{L} .'()/#-]{0,12}[ \t|:]*$/iu;

/** A token's shape: each digit a 9, each capital an A ("SNAP-PR-2026-0318" → "AAAA-AA-9999-9999"). */
export const shapeOf = (token: string) => token.replace(/\d/g, '9').replace(/[A-Z]/g, 'A');

export const LIST_NEXT = /^[ \t]*(?:,|\/|;|&|and|und|et|y|e|en|och|og|i|a)[ \t]+#?([A-Z0-9](?:[A-Z0-9-]|\/(?=[A-Z0-9])){3,30})(?![\w-])/;

/**
 * A generated code of letters and digits in hyphenated groups ("5XR7-2Q9M", "REQ-6K2P9X", "7QK2-MM4T"): numbered as
 * a reference is, where a label names it, though no four digits stand together; one group at least mixes letters and
 * digits, and the code holds two digits and two letters at least (not a word, a year or a plain count).
 */
export const MIXED_CODE = /^(?=(?:[A-Z-]*\d){2})(?=(?:[\d-]*[A-Z]){2})(?=[A-Z0-9-]*(?:\b|-)(?:[A-Z]+\d|\d+[A-Z])[A-Z0-9]*(?:-|$))[A-Z0-9]{3,8}(?:-[A-Z0-9]{3,8}){1,3}$/;

export const CODE_LABELLED = /\b(?:case|ref\.?|reference|ticket|request|cas|caso|fall|zaak)(?:[ \t]+(?:no\.?|number|id|#))?[ \t]*[:#]?[ \t]*([A-Z0-9]{3,8}(?:-[A-Z0-9]{3,8}){1,3})(?![\w-])/g;

/**
 * A code a reference label names, its digits apart ("1-9QXK27R", a help desk's case): capitals and digits, a hyphen
 * between them allowed, six characters or more, three digits and two capitals at least.
 */
export const LABELLED_CODE = /^(?=(?:[A-Z-]*\d){3})(?=(?:[\d-]*[A-Z]){2})[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){5,30}$/;

/**
 * A UUID the provider gives its request or case, after the label at a line's start or under it ("Sagsnummer:
 * 5e0c7a14-…", "ID da solicitação Uber⏎0b7e1d2c-…", "Request ID: …", "Vår referanse: …", "Our reference for this matter
 * is:⏎⏎ …", "Protocolo: …", "Microsoft Case ID: …", a name before the noun, not the addressee's): longer than the
 * other readers' numbers, and named by the label alone (an account's id, "Customer ID", is no request's).
 */
export const UUID_LABELLED =
  /^[ \t|]*(?:(?:our|vår|vårt|vores|unsere?|notre|nuestr[oa]|nostr[oa]|noss[oa]|onze|nasz[ae]?|naše)[ \t]+)?(?:(?:(?!(?:your|ihre?|votre|vos|su|sus|uw|vostr[oa]|agency|police)(?![\p{L}]))\p{Lu}[\p{L}.]{1,20}[ \t]+)?(?:request|case|reference|ticket|preservation)(?:[ \t]+(?:id|number|no\.?|#))?(?:[ \t]+for[ \t]+(?:this|the|your)[ \t]+(?:matter|request|case|preservation))?(?:[ \t]+is)?|protocolo|protocollo|(?:id|n[úu]mero)[ \t]+(?:da|de[ \t]+la|del|de)[ \t]+(?:solicita[çc][ãa]o|solicitud|requisi[çc][ãa]o|caso|pedido)|sags?nummer|saks?nummer|ärendenummer|fallnummer|vorgangsnummer|num[ée]ro[ \t]+de[ \t]+dossier|zaaknummer|(?:n[úu]mero[ \t]+de[ \t]+|num[ée]ro[ \t]+de[ \t]+|numero[ \t]+di[ \t]+)?(?:referencia|refer[êe]ncia|r[ée]f[ée]rence|riferimento)|referenz|referentie|referens|referanse)(?:[ \t]+(?:(?:de|da|di|del|du|von|van)[ \t]+)?\p{Lu}[\p{L}.]{1,20})?[ \t]*[:#]?[ \t]*(?:\n[ \t]*){0,2}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})[ \t]*$/gimu;

/** The last crumb of a portal page's breadcrumb after its list of records ("Requests  ›  26-RD-004471"). */
export const BREADCRUMB_ID = /(?<![\p{L}])(?:requests|cases|matters|submissions)[ \t]*[›»][ \t]*([A-Z0-9][A-Z0-9-]{3,30})[ \t]*$/gimu;

/** A ticket system's record number: capitals, then seven digits or more, maybe in groups ("CS0418822", "GCC-26-1107742"). */
const RECORD = String.raw`([A-Z]{2,6}\d{7,10}|[A-Z]{2,6}-\d{2,4}-\d{5,10})`;

/** A ticket system's "Number:" field, its value a record's number. */
export const RECORD_NUMBER = new RegExp(String.raw`^[ \t]*Number[ \t]*:[ \t]*${RECORD}[ \t]*$`, 'gm');

/**
 * A ticket system's notice line about the record, or its subject ("Case CS0418822 has been resolved", "Case CS0049127
 * updated by …", "Subject: Case GCC-26-1107742 has been updated - Preservation Completed").
 */
export const RECORD_STATUS_LINE = new RegExp(String.raw`^[ \t]*(?:subject:[ \t]*)?(?:case|request|record)[ \t]+${RECORD}[ \t]+(?:(?:has[ \t]+been|was)[ \t]+)?(?:updated|resolved|closed)\b`, 'gim');

/**
 * A help desk's case footer: the case's number over its status row ("Número do caso: 00418829⏎Status: Encerrado",
 * "Case Number: 00418829⏎Status: Closed"), as a Salesforce mail ends: the help desk's record, not the preservation's.
 */
export const CASE_FOOTER = /^[ \t]*(?:case[ \t]+number|n[úu]mero[ \t]+d[oe][ \t]+caso|numero[ \t]+(?:del[ \t]+)?caso|num[ée]ro[ \t]+de[ \t]+cas|fallnummer)[ \t]*:[ \t]*(\d{6,10})[ \t]*\n[ \t]*(?:status|estado|stato|statut)[ \t]*:/gimu;

/** A number in dotted groups of three, maybe with a check digit ("4.118.203-7"), as Brazilian protocols write it. */
export const DOTTED_GROUPS = /^\d{1,3}(?:\.\d{3}){2,4}(?:-\d{1,2})?$/;

/**
 * Whether the provider's own words assert a preservation as done: positive, structural evidence that a message is a
 * confirmation, read as structure rather than as phrases. A clause asserts it where a predicate of preserving ("was
 * preserved", "froze", "placed on hold", "gesichert") — or a verb of doing said of the preservation ("Preservation
 * completed", "the hold is in place") — stands with no negator and no marker of the future, a condition or a request
 * before it in the same clause ("we will preserve", "once it has been preserved", "asked us to preserve", "nothing was
 * preserved"). A message none of whose clauses asserts it confirms nothing ("we have received your request and
 * assigned it the number …"). Each list holds one form a line and is compiled once.
 */

import { alternatives, LEADING_REASON, NEGATORS as SHARED_NEGATORS, NOT_BEFORE_A_NUMBER, wordOf } from './negators';
import { CLOSED, GONE, HANDED_ON, IMPOSSIBLE, NEED, NOT_FOUND, RECEIPT_NOUN, RECEIVED_THING } from './turned-away';

/** Predicates of preserving itself, in a form that says it happened (participles, past and present forms). */
const PRESERVING: readonly string[] = [
  'preserved|secured|frozen|froze|retained|captured|saved|locked|archived|stored|extended|snapshotted', // English
  'took[ \\t\\n]+(?:a[ \\t\\n]+)?snapshot|taken[ \\t\\n]+(?:a[ \\t\\n]+)?snapshot', // English, a snapshot
  '(?:placed|put|kept|keep|held|set)[ \\t\\n]+(?:[\\p{L}\'’-]+[ \\t\\n]+){0,4}?(?:on|under)[ \\t\\n]+(?:a[ \\t\\n]+)?(?:legal[ \\t\\n]+|preservation[ \\t\\n]+)?hold', // English, a hold
  '(?:placed|put|set|applied)[ \\t\\n]+(?:a[ \\t\\n]+)?(?:legal[ \\t\\n]+|preservation[ \\t\\n]+)?hold', // English, a hold
  '(?:is|are|now)[ \\t\\n]+(?:now[ \\t\\n]+)?(?:subject[ \\t\\n]+to|under|on)[ \\t\\n]+(?:a[ \\t\\n]+)?(?:legal[ \\t\\n]+|preservation[ \\t\\n]+)?hold', // English, under a hold
  // Held to a stated day ("The records … are now held until 14 February 2027"): a hold with its end, not a meeting held.
  '(?:is|are|now)[ \\t\\n]+(?:now[ \\t\\n]+)?held[ \\t\\n]+(?:until|through|till)(?=[ \\t\\n]+\\d)',
  // A terse reply's clause opening on the participle, its period after it ("Done - 7318842. Held for 90 days from today.").
  '(?<=^[ \\t\\n]{0,8})(?:held|kept)[ \\t\\n]+for(?=[ \\t\\n]+\\d{1,3}[ \\t\\n]+days)',
  'conservée?s?|préservée?s?|sauvegardée?s?|gelée?s?|figée?s?|prolongée?s?', // French ('figées': frozen as they stood)
  'gesichert|mitgesichert|sichergestellt|gespeichert|aufbewahrt|bewahrt|konserviert|eingefroren|verlängert', // German (bewahrt, konserviert: as a machine translates 'preserved')
  'bewaard|veiliggesteld|geconserveerd|vastgelegd|verlengd', // Dutch
  'preservad[oa]s?|conservad[oa]s?|resguardad[oa]s?|congelad[oa]s?|preserv(?:ó|aron|ou|aram|amos)|conserv(?:ó|aron|ou|aram|amos)|resguard(?:ó|aron|amos)', // Spanish, Portuguese ('conservamos': the first person's past, as 'conservó' the third's; 'congelada': frozen)
  'conservat[aeio]|preservat[aeio]|salvat[aeio]|congelat[aeio]|prorogat[aeio]', // Italian
  'bevarade?s?|bevarats|bevarat|säkrade?s?|säkrats|säkrat|sparade?s|sparats|sparat|lagrade?s|lagrats|lagrat', // Swedish ('har bevarat': the supine after 'har')
  'bevart|bevaret|bevaredes?|sikret|sikredes?', // Norwegian, Danish
  'zabezpieczon[eyao]|zachowan[eyao]|przedłużon[eyao]|zabezpieczono|zachowano|przedłużono', // Polish (the impersonal past too)
  // Polish, the active past in any person ('zabezpieczyliśmy', 'zabezpieczyła', 'zachowaliśmy'), never the future ('zabezpieczymy').
  'zabezpieczy[łl]\\p{L}*|zachowa[łl]\\p{L}*|przedłuży[łl]\\p{L}*',
  'zajištěn[aáéoy]?|zajistili|uchován[aáéoy]?|uchovali|zabezpečen[aáéoy]?', // Czech, Slovak
  'păstrat[eă]?|prezervat[eă]?', // Romanian
  'megőriztük|megőrizt\\p{L}*|zároltuk', // Hungarian
  'sačuvan[aeio]?|sačuvali|pohranjen[aeio]?|očuvan[aeio]?', // Croatian, Serbian, Bosnian (Latin)
  'išsaugot[ia]|išsaugojome|saglabāt[ia]|saglabājām|säilitatud|säilitasime|säilytetty|säilytimme', // Lithuanian, Latvian, Estonian, Finnish
  'διατηρήθηκ\\p{L}*|διατηρήσαμε|διατήρησε|διατήρησαν', // Greek (past forms only: "θα διατηρηθούν" is to come)
  'muhafaza[ \\t\\n]+alt[ıi]na[ \\t\\n]+al[ıi]n(?:m[ıi][şs](?:t[ıi]r)?|d[ıi])|muhafaza[ \\t\\n]+edil(?:mi[şs](?:tir)?|di)|muhafaza[ \\t\\n]+ettik', // Turkish (a negated verb takes "-ma-" and is no match)
  'збережено|збережені|збережений|збережена|зберегли|зберіг|зберегла|сохранены|сохранена|сохранено|сохранили|сохранил[аи]?|запазени|запазен[аои]?|запазихме|съхранени|съхранен[аои]?|съхранихме|сачуван[аеио]?|сачували', // Ukrainian, Russian, Bulgarian, Serbian (Cyrillic)
];

/** Verbs of doing that assert the preservation only where its noun stands in the same clause ("Preservation completed"). */
const DOING: readonly string[] = [
  'processed|completed|complete|actioned|carried[ \\t\\n]+out|confirms?|fulfill?ed|executed|performed|implemented|effected|applied|activated|granted|approved|confirmed|done|placed|taken|made', // English
  'in[ \\t\\n]+place|in[ \\t\\n]+effect|effective|active|succeeded|successful|recorded|went[ \\t\\n]+in(?:to[ \\t\\n]+(?:effect|place))?|(?:taken|took)[ \\t\\n]+steps', // English, a state or a step
  'effectuée?s?|réalisée?s?|exécutée?s?|appliquée?s?|confirmée?s?|terminée?s?|traitée?s?|mise?s?[ \\t\\n]+en[ \\t\\n]+place', // French
  // "Proceeded to" the preservation: "avoir procédé à la conservation", "hemos procedido a la conservación", "abbiamo
  // proceduto alla conservazione", "procedeu à preservação" (a participle or a past form, never a future or an infinitive).
  'procédée?s?|procedid[oa]s?|procedut[aeio]|procedeu|procederam|procedió|procedieron|procedemos', // French, Spanish, Italian, Portuguese
  // "Saw to" it: "abbiamo provveduto alla conservazione", "providenciamos a preservação".
  'provvedut[aeio]|providenciad[oa]s?|providenciou|providenciamos',
  'durchgeführt|vorgenommen|veranlasst|erfolgt|umgesetzt|abgeschlossen|erledigt|bestätigt|bestätigen|bearbeitet|aktiv', // German
  'uitgevoerd|voltooid|afgerond|bevestigd|verwerkt|actief', // Dutch
  'efectuad[oa]s?|efe(?:c)?tivad[oa]s?|realizad[oa]s?|completad[oa]s?|confirmad[oa]s?|procesad[oa]s?|efetuad[oa]s?|conclu[íi]d[oa]s?|processad[oa]s?|realiz(?:ó|ou)', // Spanish, Portuguese
  'effettuat[aeio]|eseguit[aeio]|completat[aeio]|confermat[aeio]|elaborat[aeio]|evas[aeio]|attiv[aeio]', // Italian ("evasa": fulfilled)
  'utförd(?:es)?|utfört(?:s)?|genomförd(?:es)?|slutförd(?:es)?|bekräftad|aktiv', // Swedish
  'udført|utført|gjennomført|gennemført|bekreftet|bekræftet|aktiv', // Norwegian, Danish
  'wykonan[eyao]|przeprowadzon[eyao]|dokonan[eyao]|zakończon[eyao]|potwierdzon[eyao]|aktywn[eyao]', // Polish
];

/** The preservation as a thing, the subject or object of a verb of doing. */
const PRESERVATION_NOUNS: readonly string[] = [
  'preservations?|holds?|freezes?|snapshots?|retention|extensions?', // English
  'conservations?|préservations?|prolongations?|gel|sauvegardes?', // French ('procédé au gel des données': the freeze)
  'sicherung\\p{L}*|sicherstellung|speicherung|aufbewahrung|einfrierung|verlängerung', // German
  'bewaring|veiligstelling|verlenging', // Dutch
  'conservaci[óo]n|preservaci[óo]n|conserva[çc][ãa]o|preserva[çc][ãa]o|prórroga|prorroga[çc][ãa]o', // Spanish, Portuguese
  'conservazione|preservazione|proroga', // Italian
  'bevarande\\p{L}*|säkring\\p{L}*|bevaring\\p{L}*|sikring\\p{L}*|förlängning\\p{L}*', // Scandinavian
  'zabezpieczeni[ea]|zachowani[ea]|przedłużeni[ea]', // Polish
];

/** What a confirming verb may confirm instead of a preservation: the receipt of the request ("confirms that we received"). */
const RECEIPT: readonly string[] = [
  'received|receipt|got|logged|registered|acknowledged', // English
  'reçue?s?|réception|erhalten|eingegangen|ontvangen|recibid[oa]s?|ricevut[aeio]|recebid[oa]s?|mottagit|mottatt|modtaget|otrzymal\\p{L}*|otrzymani[ea]|zarejestrowan\\p{L}*|přijat\\p{L}*|registriert|erfasst', // other languages
  'recebimento|recepción|ricezione|ontvangst|Eingang|mottagande', // other languages, the receipt as a noun
];
/** The request received, logged or numbered ("your request X has been received", "A case has been created for your request"). */
const RECEIVED = /(?<![\p{L}])(?:received|logged|registered|created|opened|assigned|acknowledged?|re[çc]ue?s?|erhalten|eingegangen|ontvangen|recibid[oa]s?|recibimos|recebemos|registrad[oa]s?|ricevut[aeio]|recebid[oa]s?|mottagits?|mottaget|tagit[ \t\n]+emot|mottatt|modtaget|registrer(?:at|t|et)|otrzyma\p{L}*|zarejestrowan\p{L}*|registriert|erfasst)(?![\p{L}])/iu;
const REQUEST_NOUN = /(?<![\p{L}])(?:requests?|submissions?|letter|order|notice|case|demande|anfrage|ersuchen|verzoek|aanvraag|solicitud|richiesta|pedido|solicita[çc][ãa]o|begäran|ärendet?|anmodning|forespørsel|begjæring(?:en)?|henvendelsen?|wniosek|zapytanie|zgłoszeni[ea])(?![\p{L}])/iu;
/** A status of waiting: "Pending review", "in queue", "not yet actioned", "In progress", "has begun processing", "en attente", "in Bearbeitung". */
const WAITING = /(?<![\p{L}])(?:pending|awaiting|in[ \t\n]+(?:the[ \t\n]+|our[ \t\n]+)?queue|queued|not[ \t\n]+yet|yet[ \t\n]+to|in[ \t\n]+progress|under[ \t\n]+review|(?:begun|started)[ \t\n]+(?:processing|reviewing|to[ \t\n]+process)|en[ \t\n]+attente|en[ \t\n]+cours|in[ \t\n]+bearbeitung|in[ \t\n]+behandeling|en[ \t\n]+(?:trámite|espera)|in[ \t\n]+attesa|em[ \t\n]+an[áa]lise|under[ \t\n]+behandling|en[ \t\n]+curso|em[ \t\n]+curso|in[ \t\n]+corso|in[ \t\n]+uitvoering|w[ \t\n]+(?:toku|trakcie)|(?:hemos[ \t\n]+)?iniciado[ \t\n]+la[ \t\n]+tramitaci[óo]n)(?![\p{L}])/iu;

/** Where a verb of doing puts the request: a queue or a review ("in our queue", "into the review queue", "in line for review"). */
const QUEUED_AFTER =
  /^[ \t\n]+(?:in|into|onto|on|to|in[ \t\n]+die|en|dans|in[ \t\n]+de|na|nella?)[ \t\n]+(?:(?:the|our|a|its|la|le|notre|unsere|die|nuestra|la|onze|de)[ \t\n]+)?(?:[\p{L}-]{2,20}[ \t\n]+)?(?:queue|review|line|backlog|waitlist|warteschlange|file[ \t\n]+d['’]attente|cola|coda|wachtrij)(?![\p{L}])/iu;

/** The request put in a queue or a review ("has been placed in the review queue", "was added to our backlog"). */
const QUEUED = new RegExp(`(?<![\\p{L}])(?:placed|put|added|entered|moved|sent)${QUEUED_AFTER.source.slice(1)}`, 'iu');

function receiptOrWait(clause: string): boolean {
  if (WAITING.test(clause) || QUEUED.test(clause)) return true;
  const received = RECEIVED.exec(clause) ?? RECEIPT_NOUN.exec(clause);
  return !!received && (REQUEST_NOUN.test(clause) || RECEIVED_THING.test(clause)) && affirmative(clause, received.index);
}

/** The request closed, the hold gone, more wanted from the officer, the request handed on (turned-away.ts), said affirmatively; or the preservation impossible. */
function turnedAway(clause: string): boolean {
  const closed = REQUEST_NOUN.test(clause) || RECEIVED_THING.test(clause) ? CLOSED.exec(clause) : null;
  const gone = GONE.exec(clause);
  const need = NEED.exec(clause);
  const handedOn = HANDED_ON.exec(clause);
  if ([closed, gone, need, handedOn].some((m) => !!m && affirmative(clause, m.index))) return true;
  // Impossible, whatever its place: "Eine Sicherung ist nicht möglich" negates the noun before it.
  return IMPOSSIBLE.test(clause) && (PRESERVATION_NOUN.test(clause) || PRESERVING_STEM.test(clause));
}

/** The request's handling put off ("once your request has been reviewed"): these verbs with the request as their topic. */
const HANDLED = /(?<![\p{L}])(?:reviewed|processed|actioned|handled|action|process|review|handle|examined|assessed|completed|geprüft|bearbeitet|traitée?|examinée?|verwerkt|behandeld|procesad[oa]|revisad[oa]|elaborat[aeio]|esaminat[aeio]|behandlad|rozpatrzon[aey])(?![\p{L}])/giu;
const CONFIRMING = /^(?:confirm\p{L}*|bestätig\p{L}+|bevestigd|confermat\p{L}|confirmad\p{L}*|bekräftad|bekreftet|bekræftet|potwierdzon\p{L})$/iu;
/** Any form of a verb of confirming, a future too ("potwierdzimy", "bestätigen"). */
const CONFIRMING_VERB = /^(?:confirm\p{L}*|bestätig\p{L}*|bevestig\p{L}*|conferm\p{L}*|confirma\p{L}*|potwierdz\p{L}*|potvrd\p{L}*)$/iu;
/** Right after it: the confirmation sent apart, later ("gesondert", "separately", "in a separate e-mail", "odrębną wiadomością"). */
const SEPARATELY_AFTER = /^[ \t\n]+(?:(?:wir|we|nous|wij|Ihnen|you|vous|you[ \t\n]+this)[ \t\n]+)?(?:gesondert|separat|separately|séparément|apart|afzonderlijk|odrębn\p{L}*|osobn\p{L}*|samostatn\p{L}*|zvlášť|(?:in|by)[ \t\n]+(?:a[ \t\n]+)?separate[ \t\n]+(?:e-?mail|message|letter|notice))(?![\p{L}])/iu;

/** The negators of every language read, and "yet to" (what is yet to be done has not been). */
const NEGATORS: readonly string[] = [...SHARED_NEGATORS, 'yet[ \\t]+to'];

/**
 * Italian's impersonal "si" before a verb of telling ("Si comunica che …", "Si conferma che …", "Si precisa che …"): a
 * letter's formal opening, not the French or Spanish "si" (if).
 */
const ITALIAN_IMPERSONAL = String.raw`[ \t]+(?:comunica|informa|conferma|precisa|segnala|attesta|certifica|dichiara|evidenzia|rappresenta|rende[ \t]+noto|trasmette)(?![\p{L}])`;
/** Markers of a condition, a wish, a request or a wait: what follows them has not happened. */
const CONDITIONAL: readonly string[] = [
  'would|should|may|might|can|could|must|to[ \\t]+be|once|if|whether|unless|until(?![ \\t\\n]+(?:\\d|(?:the[ \\t]+)?\\p{L}+[ \\t]+\\d))|when', // English ("held until 18 February 2027" is a period's end)
  'typically|usually|normally|generally|routinely|often', // English, a habit: what is done to every request
  'request(?:s|ed)?[ \\t]+that|requested[ \\t]+to|ask(?:s|ed)?(?:[ \\t]+\\p{L}+)?[ \\t]+to|pending|awaiting|waiting|queued?|intend|plan(?:s|ned)?[ \\t]+to|need(?:s|ed)?[ \\t]+to', // English, a request or a wait
  'serait|pourrai(?:t|ent)|généralement|habituellement|une[ \\t]+fois|dès[ \\t]+que|lorsque|quand|si(?=[ \\t])(?!' + ITALIAN_IMPERSONAL + ')|sauf(?=[ \\t]+(?:si|prolongation|extension))|à[ \\t]+moins[ \\t]+que|peut|peuvent|pourra|pourront', // French
  'würden?|könnten?|sobald|wenn|falls|nachdem|normalerweise|üblicherweise|es[ \\t]+sei[ \\t]+denn|kann|können|darf|dürfen', // German
  'zou|zodra|wanneer|indien|tenzij|kan|kunnen|mag|mogen', // Dutch ("tenzij verlengd": unless extended; "kan … worden verlengd": can be)
  // "si" and "se" as "if" (not the reflexive "se realizó"): "informá-lo-emos se a preservação foi efetuada".
  'sería|podrían?|poderiam?|una[ \\t]+vez|cuando|seria|quando|somente[ \\t]+(?:\\p{L}+[ \\t]+){0,2}após|solo[ \\t]+(?:\\p{L}+[ \\t]+){0,2}después|assim[ \\t]+que|logo[ \\t]+que|tan[ \\t]+pronto[ \\t]+como|en[ \\t]+cuanto|si(?=[ \\t])(?!' + ITALIAN_IMPERSONAL + ')|se(?=[ \\t]+(?:a|o|os|as)[ \\t])|caso(?=[ \\t]+(?:o|a|os|as)[ \\t])', // Spanish, Portuguese
  'sarebbe|potrebbero|potrebbe|una[ \\t]+volta|quando|appena|se(?=[ \\t]+(?:la|il|lo|i|gli|le)[ \\t])', // Italian
  // Not the "om" of a request's or a datum's object ("begäran om bevarande", "pålegg om sikring", "uppgifter om kontot").
  'när|når|(?<!(?:begäran|begäranden|anmodan|anmodning(?:en)?|forespørsel(?:en)?|begjæring(?:en)?|beslut(?:et)?|ansökan|pålegg(?:et)?|uppgifter(?:na)?|opplysninger|oplysninger|information(?:en)?|data)[ \\t\\n]{1,3})om(?=[ \\t])|så[ \\t]+(?:snart|fort|snabbt)|med[ \\t]*mindre|såvida[ \\t]+inte|kan|kunna', // Scandinavian
  'gdy|jeśli|jeżeli|chyba[ \\t]+że|mogł\\p{L}*by|mógłby|mogą|może', // Polish ('mogłyby zostać zabezpieczone': could be)
];

/**
 * Markers of the future. A preservation in the future is asserted only with the period it runs for ("Data will be
 * preserved for 90 days", "We will retain this data for three months"): a provider states the period of a hold it
 * has placed, not of one it may place.
 */
const FUTURE: readonly string[] = [
  'will|shall|going[ \\t]+to', // English ("'ll" below)
  'sera|seront|va|vont', // French
  'wird|werden', // German
  'zal|zullen', // Dutch
  'será|serán|serão|ficarão|ficará|vai|vão', // Spanish, Portuguese
  'sarà|saranno|verrà|verranno', // Italian
  'kommer[ \\t]+att|kommer[ \\t]+til|vil|skal|ska', // Scandinavian
  'będzie|będą|zostanie|zostaną', // Polish
];

/**
 * A German clause puts its participle last, the period before it ("werden für einen Zeitraum von 90 Tagen gesichert",
 * "werden 90 Tage lang gespeichert", "werden bis zum 23.02.2027 gespeichert"): a period that ends right before the
 * predicate, after the future's word, asserts it as one after it does.
 */
const PERIOD_BEFORE =
  /(?<![\p{L}])(?:(?:für|über)[ \t]+(?:(?:einen|eine[nr]?|den|die|weitere|zusätzliche|zeitraum|dauer|von)[ \t]+){0,3}(?:\d{1,3}|[\p{L}-]{3,12})[ \t]+(?:tage\p{L}*|monate?\p{L}*|jahre?\p{L}*|wochen)|(?:\d{1,3}|[\p{L}-]{3,12})[ \t]+(?:tage|monate|jahre|wochen)[ \t]+lang|bis[ \t]+(?:zum[ \t]+|am[ \t]+)?\d{1,2}\.[ \t]?(?:\d{1,2}\.|\p{L}{3,9}[ \t])[ \t]?\d{4})[ \t]+(?:\p{L}+[ \t]+)?$/iu;

/** A period after the predicate ("for 90 days", "for three months", "pendant 90 jours", "für 90 Tage", "przez 90 dni"). */
const PERIOD =
  /^[^.;\n]{0,30}?(?<![\p{L}])(?:for|during|für|pendant|durant|pour|durante|por|pelo|pela|per|voor|i|för|przez|na|en)[ \t]+(?:(?:a|an|the|another|further|additional|period|of|up|to|de|du|d['’]une?|von|einen|eine[nr]?|une?|un[oa]?|um|uma|een|ein|di|del|do|da|el|la|il|lo|le|okres|p[ée]riode|per[ií]odo|periode|durée|duraci[óo]n|durata|dura[çc][ãa]o|zeitraum|dauer|termijn|tid|tidsperiod|van|av)[ \t]+){0,3}(?:\d{1,3}|[\p{L}-]{3,12})[ \t]+(?:(?:business|calendar|more|further|additional)[ \t]+)?(?:days?|months?|years?|weeks?|tage\p{L}*|jours|mois|ans?|días|dias|meses|años|anos|giorni|mesi|anni|dagen|maanden|jaar|dagar|månader|år|dager|dage|måneder|dni|miesi\p{L}*|lat)(?![\p{L}])/iu;

const PRESERVING_WORD = new RegExp(wordOf(PRESERVING), 'giu');
/** "will preserve", "will continue to retain": the provider's undertaking, read with the period that follows it. */
const WILL_PRESERVE = /(?<![\p{L}])(?:will|shall)[ \t\n]+(?:(?:continue[ \t\n]+to|now)[ \t\n]+)?(?:preserve|retain)(?![\p{L}])/iu;
/** The period of the undertaking, later in the same sentence ("… the records for the account above for 90 days"). */
const UNDERTAKEN_PERIOD = /^(?:[^.;\n]|\n(?![ \t]*\n)){0,80}?(?<![\p{L}])for[ \t\n]+(?:(?:a|an|the|period|of|up|to|another|further|additional)[ \t\n]+){0,3}(?:\d{1,3}|[\p{L}-]{3,12})[ \t\n]+(?:days?|months?)(?![\p{L}])/iu;
const DOING_WORD = new RegExp(wordOf(DOING), 'giu');
const PRESERVATION_NOUN = new RegExp(wordOf(PRESERVATION_NOUNS), 'iu');
/** Any form of a verb of preserving, the infinitive too ("processed your request to preserve", "taken steps to preserve"). */
const PRESERVING_STEM = /(?<![\p{L}])(?:preserv|conserv|retain|bewar|sicher|bevar|säkr|sikr|zabezpiecz|zachow)\p{L}*/iu;
const NEGATOR = new RegExp(`(?<![\\p{L}])(?:${alternatives(NEGATORS)})(?![\\p{L}])${NOT_BEFORE_A_NUMBER}|\\p{L}n['’]t(?![\\p{L}])`, 'iu');
const CONDITIONAL_WORD = new RegExp(wordOf(CONDITIONAL), 'iu');
const RECEIPT_WORD = new RegExp(wordOf(RECEIPT), 'iu');
/** "Please confirm …", "bitte bestätigen": a verb the provider asks for is not one it did ("Please note that … was preserved" is). */
const REQUESTED_RIGHT_BEFORE = /(?<![\p{L}])(?:please|kindly|bitte|veuillez|merci[ \t]+de|gelieve|por[ \t]+favor|si[ \t]+prega[ \t]+di|vänligen|proszę)[ \t\n]+(?:\p{L}+[ \t\n]+)?$/iu;
const FUTURE_WORD = new RegExp(`${wordOf(FUTURE)}|['’]ll(?![\\p{L}])`, 'iu');
/** "the account you want preserved", "the data you would like to have preserved": what the officer asks for, not what was done. */
const WANTED_RIGHT_BEFORE = /(?<![\p{L}])(?:you|they|he|she|the[ \t\n]+(?:officer|agency|requester))[ \t\n]+(?:want|wants|wish|wishes|would[ \t\n]+like|need|needs|require|requires|seek|seeks)(?:[ \t\n]+to[ \t\n]+(?:have|be|get))?[ \t\n]+$/iu;

/**
 * A clause ends at a sentence's stop, a semicolon, a blank line, a line that starts a list item or a label, a colon
 * before a clause of its own ("No other details have changed: the account below was preserved"), and where
 * a coordinating word turns it ("…, but", "; however", "…, and we"); a negator or a future before that does not reach
 * the predicate after it. A sentence that opens with "Although …," is not turned there: its opening clause is a
 * subordinate one (LEADING_REASON), read with the main clause after its comma.
 */
const CLAUSE_STOP =
  /[.!?](?=[ \t\n"'”’)]|$)|[;]|\n[ \t]*\n|\n(?=[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t])|:[ \t]*\n|:[ \t]+(?=(?:the|we|our|it|this|your|all|les?|la|nous|wir|die|der|das|het|wij|el|los|hemos|il|abbiamo)[ \t])|(?:,|(?<=[^ \t\n,.!?;:]))[ \t\n]+(?:but|however|although|though|while|whereas|mais|aber|maar|pero|ma|mas|men|ale)(?![\p{L}])|,[ \t\n]+(?:and|und|et|en|y|e|och|og|i)[ \t\n]+(?=(?:we|it|they|the|our|wir|nous|wij|hemos|abbiamo)(?![\p{L}]))/giu;

/** Every clause of `text` with its offset, bounded (a pasted 200,000-character line is read in pieces of 400 characters). */
/**
 * A line that opens a label ("Reference: …", "Compte utilisateur : …"), with its capital: a line that opens in lower
 * case carries on the sentence above ("la conservation des données relatives au compte⏎ci-dessous a été effectuée le
 * jour même :"). Apart from CLAUSE_STOP, whose `i` flag would read any letter as a capital.
 */
const LABEL_LINE = /\n(?=[ \t]*\p{Lu}[^\n:]{0,40}:)/gu;

function* allClauses(text: string): Generator<{ start: number; clause: string }> {
  let from = 0;
  const stops = [...text.matchAll(CLAUSE_STOP), ...text.matchAll(LABEL_LINE)].sort((a, b) => a.index! - b.index!);
  for (const m of [...stops, { index: text.length, 0: '' }]) {
    if (m.index! < from) continue;
    for (let at = from; at < m.index!; at += 400) {
      const clause = text.slice(at, Math.min(m.index!, at + 400));
      if (/\p{L}/u.test(clause)) yield { start: at, clause };
    }
    from = m.index! + m[0].length;
  }
}

/**
 * The clauses that hold a word of any family read here, of the provider's unquoted text: one test per clause (a paste
 * of 28,000 label lines was tested a dozen times a line), for the last text only, as the three readings below share it.
 */
let cached: { text: string; clauses: Array<{ start: number; clause: string }> } | null = null;
function clauses(text: string): Array<{ start: number; clause: string }> {
  if (cached?.text === text) return cached.clauses;
  const any = anyFamilyWord();
  const out = [...allClauses(unquote(text))].filter(({ clause }) => any.test(clause));
  cached = { text, clauses: out };
  return out;
}

/**
 * A verb of saying opens the scope of what it says ("I can confirm the hold is now in place", "we write to confirm that
 * the records were placed on hold", "Vi kan bekræfte, at vi har sikret …"): a modal before it is the speaker's, not the
 * preservation's. A negator or a condition before it reaches what it says ("we cannot confirm that …", "once we can
 * confirm that …").
 */
const SAYING =
  /(?<![\p{L}])(?:confirm(?:s|ing)?|note|inform(?:ing)?[ \t\n]+you|advise|certify|bestätigen|confirmer|confirmons|confirme|confirmar|confirmamos|confirma|confermare|confermiamo|conferma|bevestigen|bevestigt|bekräfta|bekräftar|bekrefte|bekrefter|bekræfte|bekræfter|potwierdzić|potwierdzamy|potwierdza)(?:[ \t\n]+(?:that|que|dass|che|dat|att|at|że))?(?![\p{L}])/giu;
const SPEAKERS_MODAL = /(?<![\p{L}])(?:can|could|may|might|would|should|must|kan|kann|können|kunnen|kunna|pouvons|podemos|possiamo|możemy)(?![\p{L}])/giu;

/** The part of `before` that governs a predicate after it: after the last verb of saying, or null where that is negated. */
function ownScope(before: string): string | null {
  const saying = [...before.matchAll(SAYING)].pop();
  if (!saying) return before;
  const head = before.slice(0, saying.index).replace(SPEAKERS_MODAL, ' ');
  return NEGATOR.test(head) || CONDITIONAL_WORD.test(head) ? null : before.slice(saying.index! + saying[0].length);
}

/**
 * A future put off until the request passes a review, after the predicate ("will be preserved for 90 days once the
 * request is approved", "vil bli sikret i 90 dager når begjæringen er godkjent", "sobald die Anfrage geprüft ist"): no
 * preservation yet, its period notwithstanding.
 */
const ONCE_APPROVED =
  /(?<![\p{L}])(?:once|when|after|as[ \t\n]+soon[ \t\n]+as|upon|når|etter[ \t\n]+at|så[ \t\n]+snart|när|sobald|wenn|nachdem|dès[ \t\n]+que|lorsque|quand|une[ \t\n]+fois[ \t\n]+que|cuando|una[ \t\n]+vez[ \t\n]+que|quando|non[ \t\n]+appena|zodra|wanneer|nadat)(?![\p{L}])[^.;!?]{0,60}?(?<![\p{L}])(?:approved|reviewed|verified|validated|accepted|authori[sz]ed|godkjent|godkänd|godkendt|geprüft|genehmigt|freigegeben|approuvée?|validée?|vérifiée?|aprobad[oa]|verificad[oa]|validad[oa]|approvat[oa]|verificat[oa]|goedgekeurd|gecontroleerd|aprovad[oa])(?![\p{L}])/iu;

/**
 * A future that a "then" ties to the condition before it ("Wij zullen de gegevens bewaren zodra … De gegevens worden dan
 * gedurende 90 dagen bewaard", "will then be preserved for 90 days"): the condition's, though its period is stated.
 */
const THEN_FUTURE = /(?<![\p{L}])(?:will|would|shall|worden|werden|wird|zullen|zal|seront|sera|serán|será|saranno|sarà|serão|vil[ \t\n]+bli|kommer[ \t\n]+att[ \t\n]+bli|skal)[ \t\n]+(?:\p{L}{2,12}[ \t\n]+)?(?:then|thereafter|dan|daarna|dann|danach|alors|ensuite|entonces|después|allora|poi|então|depois|då|så|sedan|deretter|derefter)(?![\p{L}])/iu;

/**
 * Before a future, a check to come first ("Após a validação do ofício, os dados … serão preservados pelo prazo de 90
 * dias", "Nach Prüfung werden die Daten 90 Tage gesichert", "Dès sa validation, les données … seront conservées pendant 90 jours", "Po otrzymaniu pisma dane zostaną zabezpieczone na 90 dni", "after verification the data will be preserved for 90
 * days"): the period belongs to a preservation that waits on the check.
 */
const CHECK_FIRST =
  /(?<![\p{L}])(?:(?:after|upon|following)[ \t\n]+(?:the[ \t\n]+|our[ \t\n]+)?(?:verification|validation|review|approval|vetting|checks?)|(?:após|depois[ \t\n]+d[ao])[ \t\n]+(?:a[ \t\n]+|o[ \t\n]+)?(?:valida[çc][ãa]o|verifica[çc][ãa]o|an[áa]lise|aprova[çc][ãa]o|confer[êe]ncia)|(?:tras|despu[ée]s[ \t\n]+de)[ \t\n]+(?:la[ \t\n]+|su[ \t\n]+)?(?:validaci[óo]n|verificaci[óo]n|revisi[óo]n|aprobaci[óo]n|comprobaci[óo]n)|dopo[ \t\n]+(?:la[ \t\n]+|l['’])?(?:verifica|convalida|validazione|approvazione|esame)|nach[ \t\n]+(?:der[ \t\n]+|unserer[ \t\n]+)?(?:Prüfung|Validierung|Verifizierung|Freigabe)|(?:après|dès)[ \t\n]+(?:la[ \t\n]+|l['’]|son[ \t\n]+|sa[ \t\n]+|leur[ \t\n]+)?(?:vérification|validation|approbation|examen)|na[ \t\n]+(?:de[ \t\n]+)?(?:verificatie|controle|goedkeuring|validatie|beoordeling)|po[ \t\n]+(?:weryfikacji|zatwierdzeniu|sprawdzeniu|otrzymaniu)|(?:upon|on|after)[ \t\n]+(?:receipt[ \t\n]+of|receiving)|após[ \t\n]+(?:o[ \t\n]+)?recebimento|tras[ \t\n]+(?:recibir|la[ \t\n]+recepci[óo]n)|dopo[ \t\n]+(?:aver[ \t\n]+ricevuto|la[ \t\n]+ricezione|il[ \t\n]+ricevimento)|nach[ \t\n]+(?:Eingang|Erhalt)|après[ \t\n]+(?:réception|avoir[ \t\n]+reçu)|na[ \t\n]+ontvangst)(?![\p{L}])/iu;

/** Portuguese "no"/"na" after a participle is "in the" ("preservados no mesmo dia", "no prazo de"), no negator. */
const PORTUGUESE_IN_THE = /^[ \t\n]+n[oa]s?[ \t\n]+(?=(?:mesm[oa]|dia|prazo|âmbito|período|momento|sistema|seguinte|data)(?![\p{L}]))/iu;

/**
 * A predicate at `at` of `clause` is affirmative: nothing before it in its clause negates it or makes it a condition,
 * no negator right after it ("Preserved: no"), and a future only with the period it runs for.
 */
function affirmative(clause: string, at: number): boolean {
  // A leading clause of reason or concession, closed by its comma before the predicate, is not the predicate's scope.
  const before = ownScope(clause.slice(0, at).replace(/^\s+/, '').replace(LEADING_REASON, ''));
  if (before === null) return false;
  const after = clause.slice(at).replace(/^\S+/, '').replace(PORTUGUESE_IN_THE, ' ');
  if (NEGATOR.test(before) || CONDITIONAL_WORD.test(before) || REQUESTED_RIGHT_BEFORE.test(before) || WANTED_RIGHT_BEFORE.test(before) || NEGATOR.test(after.split(/[ \t\n]+/).slice(0, 3).join(' '))) return false;
  if (THEN_FUTURE.test(before)) return false;
  if (!FUTURE_WORD.test(before)) return true;
  if (CHECK_FIRST.test(before)) return false;
  return !ONCE_APPROVED.test(after) && (PERIOD.test(after) || PERIOD_BEFORE.test(before.slice(-80)));
}

/**
 * A hold placed only while the provider waits on the officer's answer ("We have placed a temporary hold on the usernames
 * while we await your response", "pending your reply", "until we receive the requested information", "en attendant votre
 * réponse", "mientras esperamos su respuesta", "bis zu Ihrer Antwort", "in attesa della sua risposta", "in afwachting van
 * uw antwoord"): a question's stopgap, not a preservation, where the clause names no preserving of its own.
 */
const HOLD_NOUN = /(?<![\p{L}])(?:hold|holds|on[ \t\n]+hold|blocage|bloqueo|retenci[óo]n|Sperre|blocco|blokkade)(?![\p{L}])/iu;
/** Its words, after the hold's clause or inside it. */
const AWAITING_WORDS = String.raw`(?:(?:while|as)[ \t\n]+(?:we[ \t\n]+)?(?:await|wait[ \t\n]+(?:for|on)|awaiting)|pending|until[ \t\n]+(?:we[ \t\n]+(?:receive|hear[ \t\n]+back)|receipt[ \t\n]+of)|en[ \t\n]+attendant|dans[ \t\n]+l['’]attente[ \t\n]+d[ue]|mientras[ \t\n]+(?:esperamos|recibimos)|a[ \t\n]+la[ \t\n]+espera[ \t\n]+de|bis[ \t\n]+(?:zu|zum[ \t\n]+Eingang)|in[ \t\n]+attesa[ \t\n]+d\p{L}*|in[ \t\n]+afwachting[ \t\n]+van|enquanto[ \t\n]+aguardamos)[ \t\n]+(?:(?:your|the|a|votre|vos|la|le|su|sus|Ihrer|Ihre|sua|della|del|uw|sua|a)[ \t\n]+)?(?:(?:requested|additional|further|missing|signed|complementaire|complémentaires?|adicional|weiteren|ulteriori|aanvullende)[ \t\n]+)?(?:response|reply|answer|confirmation|information|documentation|documents?|letterhead|réponse|informations?|respuesta|informaci[óo]n|Antwort|Rückmeldung|Angaben|risposta|informazioni|antwoord|informatie|resposta)(?![\p{L}])`;
const AWAITING_ANSWER = new RegExp(String.raw`^[ \t\n]*,?[ \t\n]*${AWAITING_WORDS}`, 'iu');
/** The same words inside the clause, after its hold ("has been placed on hold pending your reply"). */
const AWAITING_IN = new RegExp(String.raw`(?<![\p{L}])${AWAITING_WORDS}`, 'iu');
/** A word of preserving itself, not of a hold. */
const PRESERVING_ITSELF = /(?<![\p{L}])(?:preserv|conserv|préserv|gesichert|sicherung|bewaar|bewaring|secured|frozen|froze|retained|snapshot)\p{L}*/iu;

/** A word a printout hyphenated at its line's end ("has been pre-⏎served", or its line joined: "pre- served"), read whole. */
const HYPHENATED_WORD = /(\p{Ll}+)-(?:[ \t]*\n[ \t>]*|[ \t])(\p{Ll}+)/gu;

/**
 * A participle before the noun it qualifies, that noun the subject of a habit or a possibility ("Preserved data is
 * normally retained for 90 days", "preserved records may be produced …"): what happens to preserved data in general,
 * not a preservation said to be done ("Preserved records will be held for 90 days from the date of this notice" is).
 */
const QUALIFIED_NOUN_THEN_VERB =
  /^[ \t\n]+(?:data|records?|information|content|accounts?|files?|materials?|items?)[ \t\n]+(?:(?:is|are)[ \t\n]+)?(?:normally|usually|typically|generally|may|can|would)(?![\p{L}])/iu;
/** The participle's noun the object of obtaining it ("To obtain preserved information you will need to serve …"). */
const OBTAINING_BEFORE = /(?<![\p{L}])(?:obtain|access|receive|request|retrieve|disclose|produce|seek)(?:[ \t\n]+(?:the|any|such|this|all))?[ \t\n]+$/iu;
const QUALIFIED_NOUN = /^[ \t\n]+(?:data|records?|information|content|accounts?|files?|materials?|items?)(?![\p{L}])/iu;
function attributiveParticiple(clause: string, m: RegExpMatchArray): boolean {
  if (OBTAINING_BEFORE.test(clause.slice(Math.max(0, m.index! - 30), m.index!)) && QUALIFIED_NOUN.test(clause.slice(m.index! + m[0].length, m.index! + m[0].length + 20))) return true;
  return QUALIFIED_NOUN_THEN_VERB.test(clause.slice(m.index! + m[0].length, m.index! + m[0].length + 40)) && !/\S/.test(clause.slice(0, m.index!).replace(/^[ \t\n]*(?:the|any|all|such)[ \t\n]*$/iu, ''));
}

const GENERIC_REQUESTS_BEFORE = /(?<![\p{L}])(?:(?:all|such|these)[ \t\n]+)?requests[ \t\n]+(?:are|get)[ \t\n]+(?:normally[ \t\n]+|usually[ \t\n]+|generally[ \t\n]+)?$/iu;
const ONLY_BEFORE = /(?<![\p{L}])(?:only|erst|seulement|solo|sólo|soltanto|pas|somente|apenas|só)[ \t\n]+(?:(?:é|es|è|est|ist|is)[ \t\n]+)?$/iu;
const CONDITION_AFTER = /^[ \t\n]+(?:once|when|after|upon|if|wenn|sobald|lorsque|quand|cuando|quando|zodra|após|depois|nach|après|después|dopo)(?![\p{L}])/iu;

/** A web domain whose ending is a negator's word ("FINN.no har sikret"): the company's name, no "no". */
const DOMAIN_NEGATOR = /(?<=[\p{L}\d])\.(?:no|nie|ne|non)(?![\p{L}\d])/giu;

/** A request or case "placed on hold": its handling paused ("This case has been placed on hold and no member data has been preserved"). */
const CASE_PAUSED = /((?<![\p{L}])(?:case|request|ticket|matter|submission|processing|review|application)[ \t\n]+(?:has[ \t\n]+been|have[ \t\n]+been|was|were|is|are|will[ \t\n]+be)[ \t\n]+)(?:placed|put|set)[ \t\n]+on[ \t\n]+hold(?![\p{L}])/giu;
/** An aside between commas ("we confirm that, pending receipt of such an order, we have placed a hold"): the meantime, no condition. */
const PENDING_ASIDE = /(?<=,[ \t\n]{0,3})pending[ \t\n]+[^,.;:\n]{0,60}(?=,)/giu;
/** "within 90 days of the date the preservation is completed": a time named by the preservation, in general, not one done. */
const TIME_OF_BEFORE = /(?<![\p{L}])(?:date|day|time|moment)[ \t\n]+(?:(?:on[ \t\n]+)?(?:that|which|when)[ \t\n]+)?(?:the|your|this|its)[ \t\n]+(?:preservation|hold|request)[ \t\n]+(?:is|are|gets)[ \t\n]+$/iu;

const PRESERVED_DATA_RULE =
  /^[ \t\n]*(?:all[ \t\n]+|any[ \t\n]+)?preserved[ \t\n]+(?:data|records?|information|content)[ \t\n]+(?:is|are)[ \t\n]+(?:retained|kept|held|stored)[ \t\n]+for[ \t\n]+(?:\d{1,3}|[a-z-]{3,12})[ \t\n]+(?:days|months)(?![\p{L}])/iu;

/** The clause says a preservation was done. */
export function clauseAsserts(written: string): boolean {
  const clause = written
    .replace(HYPHENATED_WORD, (m, head: string, tail: string) => `${head}${tail}${' '.repeat(m.length - head.length - tail.length)}`)
    .replace(DOMAIN_NEGATOR, (m) => ' '.repeat(m.length))
    .replace(CASE_PAUSED, (m, head: string) => head + ' '.repeat(m.length - head.length))
    .replace(PENDING_ASIDE, (m) => ' '.repeat(m.length));
  // "Preserved data is retained for 90 days and may be extended once": the rule for preserved data, in the present, said
  // of none in particular (a notice that the preservation is still in progress says it too).
  if (PRESERVED_DATA_RULE.test(clause)) return false;
  for (const m of clause.matchAll(PRESERVING_WORD)) if (!attributiveParticiple(clause, m) && affirmative(clause, m.index!)) return true;
  // The provider's undertaking for a period ("WhatsApp LLC will preserve the available records for the account above for
  // 90 days pending receipt of formal legal process"): a preservation in place, as "will be preserved for 90 days" is.
  const undertaking = WILL_PRESERVE.exec(clause);
  if (undertaking && affirmative(clause, undertaking.index) && UNDERTAKEN_PERIOD.test(clause.slice(undertaking.index + undertaking[0].length))) return true;
  if (!PRESERVATION_NOUN.test(clause) && !PRESERVING_STEM.test(clause)) return false;
  for (const m of clause.matchAll(DOING_WORD)) {
    // "This message confirms that we received your preservation request": what is confirmed is the receipt.
    if (CONFIRMING.test(m[0]) && RECEIPT_WORD.test(clause.slice(m.index! + m[0].length, m.index! + m[0].length + 60))) continue;
    // "Die Durchführung der Sicherung bestätigen wir gesondert", "potwierdzimy odrębną wiadomością": a confirmation to come.
    if (CONFIRMING_VERB.test(m[0]) && SEPARATELY_AFTER.test(clause.slice(m.index! + m[0].length, m.index! + m[0].length + 40))) continue;
    // "It has been placed in our queue for review", "was entered into the review queue": the request put in line to be
    // handled, not a preservation done.
    if (QUEUED_AFTER.test(clause.slice(m.index! + m[0].length, m.index! + m[0].length + 60))) continue;
    // "requests are processed in the order received": a habit of requests in general, no act on this one.
    if (GENERIC_REQUESTS_BEFORE.test(clause.slice(Math.max(0, m.index! - 30), m.index!))) continue;
    // "preservation is only confirmed once you receive a separate confirmation email": a condition of a confirmation to come.
    if (ONLY_BEFORE.test(clause.slice(Math.max(0, m.index! - 12), m.index!)) && CONDITION_AFTER.test(clause.slice(m.index! + m[0].length, m.index! + m[0].length + 20))) continue;
    if (TIME_OF_BEFORE.test(clause.slice(Math.max(0, m.index! - 60), m.index!))) continue;
    // "the investigation you have recorded as PULSE incident …": the addressee's doing, not the provider's.
    if (ADDRESSEE_SUBJECT_BEFORE.test(clause.slice(Math.max(0, m.index! - 30), m.index!))) continue;
    if (affirmative(clause, m.index!)) return true;
  }
  return false;
}
const ADDRESSEE_SUBJECT_BEFORE = /(?<![\p{L}])(?:you|vous|Sie|usted|ustedes|lei|voi|u|jij|ni|dere|du|pan|pani|państwo)(?:[ \t\n]+(?:have|had|'ve|avez|haben|hatten|ha|han|avete|hebt|heeft|har|hadde))?[ \t\n]+$/u;

/**
 * A label that dates the preservation, its value a date or a time ("Preservation timestamp: 2026-11-21 04:12 UTC",
 * "Date of preservation: 19th November 2026", "Hold date: …"), a weekday and a month's name maybe before its first digit
 * ("Date of preservation: Tuesday, November 3, 2026", "Date of preservation: Tue. 3 Nov 2026"): the provider writes when
 * it happened.
 */
const DATED_LABEL = new RegExp(
  `^[ \\t]*(?:\\p{L}+[ \\t]+){0,2}?(?:(?:${alternatives(PRESERVATION_NOUNS)})[ \\t]+(?:date|timestamp|time|started|start|placed|recorded|taken|effective)|(?:date|time)[ \\t]+of[ \\t]+(?:${alternatives(PRESERVATION_NOUNS)})|(?:date|fecha|data|datum|dato)[ \\t]+(?:de|del|della|da|do|der|van|för|for|z)[ \\t]+(?:la[ \\t]+|l['’])?(?:${alternatives(PRESERVATION_NOUNS)})(?:[ \\t]+(?:des|de|dei|der|van|dos|das)[ \\t]+\\p{L}+)?|(?:sicherungs|bewarings|bevarings|bevarande|säkrings|sikrings)datum)[ \\t]*:[ \\t]*(?:\\p{L}{1,10}\\.?,?[ \\t]{1,3}){0,2}\\p{L}{0,9}[ \\t,]*\\d`,
  'imu',
);

/**
 * A label naming the preservation's own identifier, its value after it ("Preservation ID: PRX-55310042", "| Preservation
 * token | …", "Numéro de conservation :"): the provider has made a record of a preservation. Not a request's ("Preservation
 * request ID:"), nor one in a sentence put off ("you will receive a preservation number once …", read as a clause).
 */
const IDENTIFIED_LABEL = new RegExp(
  `^[ \\t|]*(?:\\p{L}+[ \\t]+){0,2}?(?:(?:${alternatives(PRESERVATION_NOUNS)})[ \\t]+(?:id|ref\\.?|reference|number|no\\.?|nr\\.?|#|token|code|key|record)|(?:num[ée]ro|n[úu]mero|nummer|numer)[ \\t]+(?:de[ \\t]+|di[ \\t]+|van[ \\t]+)?(?:${alternatives(PRESERVATION_NOUNS)}))[ \\t]*(?:\\([^)\\n]{1,20}\\))?[ \\t]*[:|#][ \\t]*#?[A-Z0-9]`,
  'imu',
);

/** Some clause of the provider's own text says a preservation was done, or a label dates or identifies it. */
/**
 * A ticket's rows: the request's type a preservation ("Request Type: Data Preservation", "Tipo: Conservación de datos"),
 * and its status fulfilled ("Status: Closed - Fulfilled", "Estado: Completado"): the preservation done, said by the
 * ticket system.
 */
const PRESERVATION_TYPE_ROW =
  /^[ \t|]*(?:request[ \t]+type|type[ \t]+of[ \t]+request|type|tipo(?:[ \t]+de[ \t]+solicitud)?|typ|anfrageart|art)[ \t]*:[ \t]*(?:data[ \t]+|datos?[ \t]+|daten)?(?:preservation|conservaci[óo]n(?:[ \t]+de[ \t]+datos)?|conserva[çc][ãa]o(?:[ \t]+de[ \t]+dados)?|conservazione(?:[ \t]+dei[ \t]+dati)?|sicherung|bewaring|bevarande|zabezpieczenie(?:[ \t]+danych)?)[ \t]*$/imu;
const FULFILLED_ROW =
  /^[ \t|]*(?:status|state|estado|stato|statut|estatus)[ \t]*:[ \t]*(?:(?:closed|cerrad[oa]|fechad[oa]|chius[oa]|geschlossen)[ \t]*[-–—][ \t]*)?(?:fulfilled|completed?|done|completad[oa]|conclu[íi]d[oa]|completat[oa]|erledigt|abgeschlossen|termin[ée]e?|afgerond|voltooid|slutförd|zrealizowan[aey])[ \t]*$/imu;

/**
 * The message says of itself that it confirms no preservation ("Le présent message ne vaut pas confirmation de
 * conservation", "Si prega di non considerare la presente come conferma", "This e-mail is not a confirmation of
 * preservation", "Inntil dere mottar en egen bekreftelse, er dataene ikke sikret"): whatever else it says of data kept,
 * it is a receipt.
 */
const DISCLAIMS_CONFIRMATION = new RegExp(
  [
    String.raw`(?:this|the[ \t\n]+present)[ \t\n]+(?:message|e-?mail|notice|notification|acknowledge?ment|receipt)[ \t\n]+(?:is[ \t\n]+not|does[ \t\n]+not[ \t\n]+constitute)[ \t\n]+(?:a[ \t\n]+|an[ \t\n]+)?confirmation`,
    String.raw`until[ \t\n]+you[ \t\n]+(?:have[ \t\n]+)?receive[d]?[ \t\n]+(?:a|our|the)[ \t\n]+(?:separate[ \t\n]+|formal[ \t\n]+|written[ \t\n]+)?confirmation[^.\n]{0,60}(?:not|no)[ \t\n]`,
    String.raw`(?:le[ \t\n]+présent|ce)[ \t\n]+(?:message|courriel|e-?mail)[ \t\n]+ne[ \t\n]+(?:vaut|constitue)[ \t\n]+pas[ \t\n]+(?:une[ \t\n]+)?confirmation`,
    String.raw`non[ \t\n]+considerare[ \t\n]+la[ \t\n]+presente[ \t\n]+come[ \t\n]+conferma|la[ \t\n]+presente[ \t\n]+non[ \t\n]+(?:costituisce|vale[ \t\n]+come)[ \t\n]+conferma`,
    String.raw`(?:diese|die[ \t\n]+vorliegende)[ \t\n]+(?:Nachricht|E-Mail|Mitteilung)[ \t\n]+(?:ist|stellt)[ \t\n]+keine[ \t\n]+(?:Bestätigung|Sicherungsbestätigung)`,
    String.raw`(?:este|el[ \t\n]+presente)[ \t\n]+(?:mensaje|correo)[ \t\n]+no[ \t\n]+(?:constituye|es)[ \t\n]+(?:una[ \t\n]+)?confirmación`,
    String.raw`(?:esta|a[ \t\n]+presente)[ \t\n]+(?:mensagem|comunicação)[ \t\n]+não[ \t\n]+(?:constitui|é)[ \t\n]+(?:uma[ \t\n]+)?confirmação`,
    String.raw`(?:dit[ \t\n]+bericht|deze[ \t\n]+e-?mail)[ \t\n]+is[ \t\n]+geen[ \t\n]+bevestiging`,
    String.raw`(?:inntil|tills|indtil)[ \t\n]+(?:dere|ni|I)[ \t\n]+(?:mottar|får|modtager)[ \t\n]+en[ \t\n]+(?:egen|separat)[ \t\n]+(?:bekreftelse|bekräftelse|bekræftelse)[^.\n]{0,40}(?:ikke|inte)[ \t\n]`,
    String.raw`(?:niniejsza|ta)[ \t\n]+wiadomość[ \t\n]+nie[ \t\n]+(?:stanowi|jest)[ \t\n]+potwierdzeni`,
  ].join('|'),
  'iu',
);
export function disclaimsConfirmation(text: string): boolean {
  return DISCLAIMS_CONFIRMATION.test(unquote(text).slice(0, 20_000));
}

export function preservationAsserted(text: string): boolean {
  const unquoted = unquote(text);
  const head = unquoted.slice(0, 20_000);
  if (DATED_LABEL.test(head) || IDENTIFIED_LABEL.test(head) || (PRESERVATION_TYPE_ROW.test(head) && FULFILLED_ROW.test(head))) return true;
  for (const { start, clause } of clauses(text)) if (clauseAsserts(clause) && !heldAwaiting(clause, unquoted.slice(start + clause.length, start + clause.length + 160))) return true;
  return false;
}

/** The clause holds only a hold, and the words after it put it in place while the provider waits on an answer. */
function heldAwaiting(clause: string, after: string): boolean {
  return HOLD_NOUN.test(clause) && !PRESERVING_ITSELF.test(clause) && (AWAITING_ANSWER.test(after) || AWAITING_IN.test(clause));
}

/** The provider's lines without their quote marks ("> "), blanked one for one so offsets stay the text's. */
function unquote(text: string): string {
  return text.replace(/^[ \t]*(?:>[ \t]?)+/gm, (q) => ' '.repeat(q.length));
}

/** A line that keys an account ("Account: heron_lake_7", "Username:", "Konto:"): the message names one it holds. */
const ACCOUNT_KEY_LINE = /^[ \t|>*-]*(?:accounts?|user(?:[ \t]?name)?|user[ \t]+id|handle|e-?mail(?:[ \t]+address)?|phone|konto|benutzer(?:name)?|compte|cuenta|utente|account[ \t]+id)[ \t]*:/imu;
/** Something naming one account of several: a handle, an address, a quoted name, a long number. */
const ONE_ACCOUNT = /@|["“”«»]|\d{5,}/u;

/**
 * No account found for the request as a whole ("We were unable to locate an account matching the username you
 * provided"), in a sentence of any words, that names no one account ("The second handle, @x, did not return an
 * account" is one of several) in a message that keys none ("Account: heron_lake_7").
 */
function noAccountFound(text: string): boolean {
  if (ACCOUNT_KEY_LINE.test(text)) return false;
  for (const m of text.matchAll(new RegExp(NOT_FOUND.source, 'giu'))) {
    const start = Math.max(text.lastIndexOf('.', m.index!), text.lastIndexOf('\n', m.index!)) + 1;
    const stop = text.slice(m.index!).search(/[.!?\n]/u);
    const sentence = text.slice(start, stop === -1 ? text.length : m.index! + stop);
    if (!ONE_ACCOUNT.test(sentence)) return true;
  }
  return false;
}

/**
 * Evidence the other way, where nothing asserts a preservation: a predicate of preserving or of doing it that is
 * negated or put off ("we will write again once it has been reviewed", "has not yet been processed"), or the receipt of
 * the request ("we have received your request and assigned it the number …"). A message with neither (a bare
 * "Reference: … Account: …") is read as before: a confirmation for the investigator to check.
 */
/** Turkish negates its verb inside the word ("muhafaza altına alınmamıştır", "muhafaza edilmemiştir"): nothing preserved. */
const TURKISH_NOT_PRESERVED = /(?:muhafaza|koruma)[ \t\n]+(?:alt[ıi]na[ \t\n]+al[ıi]nmam[ıi][şs]|edilmemi[şs])/iu;

export function preservationPutOff(text: string): boolean {
  if (noAccountFound(unquote(text)) || TURKISH_NOT_PRESERVED.test(unquote(text))) return true;
  for (const { clause } of clauses(text)) {
    if (receiptOrWait(clause) || turnedAway(clause)) return true;
    for (const m of clause.matchAll(PRESERVING_WORD)) if (!affirmative(clause, m.index!)) return true;
    // Any form of the verb, put off: "We will preserve the user on Monday", "once we preserve it".
    const stem = PRESERVING_STEM.exec(clause);
    // Or refused: "Apple is unable to preserve iCloud content without …".
    if (stem && (FUTURE_WORD.test(clause.slice(0, stem.index)) || CONDITIONAL_WORD.test(clause.slice(0, stem.index)) || NEGATOR.test(clause.slice(0, stem.index))) && !affirmative(clause, stem.index)) return true;
    if (PRESERVATION_NOUN.test(clause) || stem) {
      for (const m of clause.matchAll(DOING_WORD)) if (!affirmative(clause, m.index!)) return true;
    }
    if (REQUEST_NOUN.test(clause) || /(?<![\p{L}])(?:it|they)(?![\p{L}])/iu.test(clause)) {
      for (const m of clause.matchAll(HANDLED)) if (!affirmative(clause, m.index!)) return true;
    }
  }
  return false;
}

/** Predicates of extending, in a form that says it happened; the noun with a verb of doing ("Extension processed"). */
const EXTENDING: readonly string[] = [
  'extended|renewed|prolonged', // English
  'prolongée?s?|renouvelée?s?', // French
  'verlängert|erneuert', // German
  'verlengd', // Dutch
  'prorrogad[oa]s?|ampliad[oa]s?|prorrogou|prorrogó|estendid[oa]s?', // Spanish, Portuguese
  'prorogat[aeio]|estes[aeio]', // Italian
  'förlängd|förlängdes|förlängts|forlenget|forlænget', // Scandinavian
  'przedłużon[eyao]|przedłuży(?:liśmy|łyśmy|ł[aoy]?|li|łam|łem)', // Polish
  'prelungit[ăaei]?', // Romanian
];
const EXTENSION_NOUNS: readonly string[] = ['extension|renewal', 'prolongation', 'verlängerung', 'verlenging', 'prórroga|prorroga[çc][ãa]o|extensi[óo]n', 'proroga', 'förlängning|forlengelse|forlængelse', 'przedłużenie', 'prelungire[a]?'];
const EXTENDING_WORD = new RegExp(wordOf(EXTENDING), 'giu');
const EXTENSION_NOUN = new RegExp(wordOf(EXTENSION_NOUNS), 'iu');
/** Any form of a verb of extending, the infinitive too ("processed your request to extend the preservation"). */
const EXTENDING_STEM = /(?<![\p{L}])(?:extend|prolong|renew|verläng|verleng|prorog|prorrog|förläng|forleng|forlæng|przedłuż|prelung)\p{L}*/iu;
/** A preservation kept on for a further period ("will be retained for an additional 90 days"). */
const FURTHER_PERIOD = /^[^.;\n]{0,30}?(?<![\p{L}])(?:(?:for|by)[ \t\n]+(?:an[ \t\n]+additional|a[ \t\n]+further|another|additional|further)|(?:für|um)[ \t\n]+(?:weitere|zusätzliche)|per[ \t\n]+(?:ulteriori|altri)|por[ \t\n]+(?:otros|mais|outros)|voor[ \t\n]+(?:nog[ \t\n]+(?:eens[ \t\n]+)?|een[ \t\n]+extra[ \t\n]+)|pour[ \t\n]+\d{1,3}[ \t\n]+jours[ \t\n]+suppl[ée]mentaires)[ \t\n]/iu;
/** The same period before a participle that ends its clause ("bleiben für weitere 90 Tage gesichert"). */
const FURTHER_PERIOD_BEFORE = /(?<![\p{L}])(?:für|um)[ \t\n]+(?:weitere|zusätzliche)[ \t\n]+\d{1,3}[ \t\n]+(?:Tage|Monate)[ \t\n]+(?:\p{L}+[ \t\n]+)?$/iu;

/**
 * "Extended" as an adjective of length, before its noun ("inactive for an extended period", "after extended
 * inactivity", "an extended absence"), says no extension was done: an indefinite article before it, or a noun of time or
 * of absence after it, makes it such an adjective.
 */
const LONG_NOUN = /^[ \t\n]+(?:periods?|time|times|durations?|absences?|inactivity|hours|length|intervals?|spells?|stretch)(?![\p{L}])/iu;
function attributive(clause: string, m: RegExpMatchArray): boolean {
  const before = clause.slice(Math.max(0, m.index! - 6), m.index!);
  return /(?<![\p{L}])an?[ \t\n]+$/iu.test(before) || LONG_NOUN.test(clause.slice(m.index! + m[0].length, m.index! + m[0].length + 20));
}

/** Where a clause of the provider's own text says an extension was done, or null. */
export function extensionAsserted(text: string): { start: number; end: number } | null {
  const at = (from: number, m: RegExpMatchArray) => ({ start: from + m.index!, end: from + m.index! + m[0].length });
  for (const { start, clause } of clauses(text)) {
    for (const m of clause.matchAll(EXTENDING_WORD)) if (affirmative(clause, m.index!) && !attributive(clause, m)) return at(start, m);
    for (const m of clause.matchAll(PRESERVING_WORD)) {
      if ((FURTHER_PERIOD.test(clause.slice(m.index! + m[0].length)) || FURTHER_PERIOD_BEFORE.test(clause.slice(Math.max(0, m.index! - 60), m.index!))) && affirmative(clause, m.index!)) return at(start, m);
    }
    // The extension's word governed by a condition ("remains in place for 90 days unless extended") is no topic.
    const condition = clause.search(CONDITIONAL_WORD);
    const said = condition === -1 ? clause : clause.slice(0, condition);
    if (EXTENSION_NOUN.test(said) || EXTENDING_STEM.test(said)) {
      for (const m of clause.matchAll(DOING_WORD)) if (affirmative(clause, m.index!)) return at(start, m);
    }
  }
  return null;
}

let anyFamily: RegExp | null = null;
/** A word of any family above (built from them, so a form added to a family is never filtered out). */
function anyFamilyWord(): RegExp {
  anyFamily ??= new RegExp(
    [PRESERVING_WORD, DOING_WORD, PRESERVATION_NOUN, PRESERVING_STEM, EXTENDING_WORD, EXTENSION_NOUN, EXTENDING_STEM, RECEIVED, WAITING, HANDLED, RECEIPT_NOUN, CLOSED, GONE, NEED, HANDED_ON, IMPOSSIBLE].map((r) => r.source).join('|'),
    'iu',
  );
  return anyFamily;
}

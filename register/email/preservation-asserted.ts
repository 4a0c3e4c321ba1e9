/**
 * Whether the provider's own words assert a preservation as done: positive, structural evidence that a message is a
 * confirmation, read as structure rather than as phrases. A clause asserts it where a predicate of preserving ("was
 * preserved", "froze", "placed on hold", "gesichert") — or a verb of doing said of the preservation ("Preservation
 * completed", "the hold is in place") — stands with no negator and no marker of the future, a condition or a request
 * before it in the same clause ("we will preserve", "once it has been preserved", "asked us to preserve", "nothing was
 * preserved"). A message none of whose clauses asserts it confirms nothing ("we have received your request and
 * assigned it the number …"). Each list holds one form a line and is compiled once.
 */

/** Predicates of preserving itself, in a form that says it happened (participles, past and present forms). */
const PRESERVING: readonly string[] = [
  'preserved|secured|frozen|froze|retained|captured|saved|locked|archived|stored|extended|snapshotted', // English
  'took[ \\t\\n]+(?:a[ \\t\\n]+)?snapshot|taken[ \\t\\n]+(?:a[ \\t\\n]+)?snapshot', // English, a snapshot
  '(?:placed|put|kept|keep|held|set)[ \\t\\n]+(?:[\\p{L}\'’-]+[ \\t\\n]+){0,4}?(?:on|under)[ \\t\\n]+(?:a[ \\t\\n]+)?(?:legal[ \\t\\n]+|preservation[ \\t\\n]+)?hold', // English, a hold
  '(?:placed|put|set|applied)[ \\t\\n]+(?:a[ \\t\\n]+)?(?:legal[ \\t\\n]+|preservation[ \\t\\n]+)?hold', // English, a hold
  '(?:is|are|now)[ \\t\\n]+(?:now[ \\t\\n]+)?(?:subject[ \\t\\n]+to|under|on)[ \\t\\n]+(?:a[ \\t\\n]+)?(?:legal[ \\t\\n]+|preservation[ \\t\\n]+)?hold', // English, under a hold
  'conservée?s?|préservée?s?|sauvegardée?s?|gelée?s?|prolongée?s?', // French
  'gesichert|sichergestellt|gespeichert|aufbewahrt|eingefroren|verlängert', // German
  'bewaard|veiliggesteld|geconserveerd|vastgelegd|verlengd', // Dutch
  'preservad[oa]s?|conservad[oa]s?|resguardad[oa]s?|preserv(?:ó|aron|ou|aram)|conserv(?:ó|aron|ou|aram)', // Spanish, Portuguese
  'conservat[aeio]|preservat[aeio]|salvat[aeio]|congelat[aeio]|prorogat[aeio]', // Italian
  'bevarade?s?|bevarats|säkrade?s?|säkrats|sparade?s|sparats|lagrade?s|lagrats', // Swedish
  'bevart|bevaret|bevaredes?|sikret|sikredes?', // Norwegian, Danish
  'zabezpieczon[eyao]|zachowan[eyao]|przedłużon[eyao]', // Polish
];

/** Verbs of doing that assert the preservation only where its noun stands in the same clause ("Preservation completed"). */
const DOING: readonly string[] = [
  'processed|completed|complete|actioned|confirms?|fulfill?ed|executed|performed|implemented|effected|applied|activated|granted|approved|confirmed|done|placed|taken|made', // English
  'in[ \\t\\n]+place|in[ \\t\\n]+effect|effective|active|succeeded|successful|recorded|went[ \\t\\n]+in(?:to[ \\t\\n]+(?:effect|place))?|(?:taken|took)[ \\t\\n]+steps', // English, a state or a step
  'effectuée?s?|réalisée?s?|exécutée?s?|appliquée?s?|confirmée?s?|terminée?s?|traitée?s?|mise?s?[ \\t\\n]+en[ \\t\\n]+place', // French
  'durchgeführt|vorgenommen|erfolgt|umgesetzt|abgeschlossen|erledigt|bestätigt|bearbeitet|aktiv', // German
  'uitgevoerd|voltooid|afgerond|bevestigd|verwerkt|actief', // Dutch
  'efectuad[oa]s?|realizad[oa]s?|completad[oa]s?|confirmad[oa]s?|procesad[oa]s?|efetuad[oa]s?|conclu[íi]d[oa]s?|processad[oa]s?|realiz(?:ó|ou)', // Spanish, Portuguese
  'effettuat[aeio]|eseguit[aeio]|completat[aeio]|confermat[aeio]|elaborat[aeio]|attiv[aeio]', // Italian
  'utförd(?:es)?|utfört(?:s)?|genomförd(?:es)?|slutförd(?:es)?|bekräftad|aktiv', // Swedish
  'udført|utført|gjennomført|gennemført|bekreftet|bekræftet|aktiv', // Norwegian, Danish
  'wykonan[eyao]|przeprowadzon[eyao]|dokonan[eyao]|zakończon[eyao]|potwierdzon[eyao]|aktywn[eyao]', // Polish
];

/** The preservation as a thing, the subject or object of a verb of doing. */
const PRESERVATION_NOUNS: readonly string[] = [
  'preservations?|holds?|freezes?|snapshots?|retention|extensions?', // English
  'conservations?|préservations?|prolongations?', // French
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
  'reçue?s?|réception|erhalten|eingegangen|ontvangen|recibid[oa]s?|ricevut[aeio]|recebid[oa]s?|mottagit|mottatt|modtaget|otrzymal\\p{L}*', // other languages
];
const CONFIRMING = /^(?:confirm\p{L}*|bestätigt|bevestigd|confermat\p{L}|confirmad\p{L}*|bekräftad|bekreftet|bekræftet|potwierdzon\p{L})$/iu;

/** Negators before what they negate, one language a line. */
const NEGATORS: readonly string[] = [
  "not|never|no(?![ \\t]*[.:#\\d])|none|nothing|neither|nor|cannot|unable[ \\t]+to|failed[ \\t]+to|yet[ \\t]+to|\\p{L}+n['’]t", // English
  'pas|aucune?|jamais|rien', // French
  'nicht|kein\\p{L}{0,2}|niemals|nichts', // German
  'ningun[oa]?|ningún|nunca|nada', // Spanish
  'non|nessun[oa]?|niente|nulla', // Italian
  'niet|geen|nooit|niets', // Dutch
  'não|nenhum[a]?', // Portuguese
  'inte|ej|ingen|inget|inga|aldrig|ikke|intet|aldri', // Scandinavian
  'nie|żadn\\p{L}{1,3}|brak', // Polish
];

/** Markers of a condition, a wish, a request or a wait: what follows them has not happened. */
const CONDITIONAL: readonly string[] = [
  'would|should|may|might|could|must|to[ \\t]+be|once|if|whether|unless|until|when', // English
  'typically|usually|normally|generally|routinely|often', // English, a habit: what is done to every request
  'requested[ \\t]+(?:that|to)|ask(?:s|ed)?(?:[ \\t]+\\p{L}+)?[ \\t]+to|pending|awaiting|waiting|queued?|intend|plan(?:s|ned)?[ \\t]+to|need(?:s|ed)?[ \\t]+to', // English, a request or a wait
  'serait|généralement|habituellement|une[ \\t]+fois|dès[ \\t]+que|lorsque|quand|si(?=[ \\t])', // French
  'würde|sobald|wenn|falls|nachdem|normalerweise|üblicherweise', // German
  'zou|zodra|wanneer|indien', // Dutch
  'sería|una[ \\t]+vez|cuando|seria|quando|assim[ \\t]+que', // Spanish, Portuguese
  'sarebbe|una[ \\t]+volta|quando|appena', // Italian
  'när|når|om(?=[ \\t])', // Scandinavian
  'gdy|jeśli|jeżeli', // Polish
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
  'será|serán|vai|vão', // Spanish, Portuguese
  'sarà|saranno', // Italian
  'kommer[ \\t]+att|kommer[ \\t]+til|vil|skal|ska', // Scandinavian
  'będzie|będą|zostanie|zostaną', // Polish
];

/** A period after the predicate ("for 90 days", "for three months", "pendant 90 jours", "für 90 Tage", "przez 90 dni"). */
const PERIOD =
  /^[^.;\n]{0,30}?(?<![\p{L}])(?:for|during|für|pendant|durant|durante|per|voor|i|przez|en)[ \t]+(?:(?:a|an|the|another|further|additional|period|of|up|to|de|von)[ \t]+){0,3}(?:\d{1,3}|[\p{L}-]{3,12})[ \t]+(?:(?:business|calendar|more|further|additional)[ \t]+)?(?:days?|months?|years?|weeks?|tage\p{L}*|jours|mois|ans?|días|meses|años|giorni|mesi|anni|dagen|maanden|jaar|dagar|månader|år|dager|dage|måneder|dni|miesi\p{L}*|lat)(?![\p{L}])/iu;

const alternatives = (forms: readonly string[]) => forms.join('|');
const word = (forms: readonly string[]) => `(?<![\\p{L}])(?:${alternatives(forms)})(?![\\p{L}])`;
const PRESERVING_WORD = new RegExp(word(PRESERVING), 'giu');
const DOING_WORD = new RegExp(word(DOING), 'giu');
const PRESERVATION_NOUN = new RegExp(word(PRESERVATION_NOUNS), 'iu');
/** Any form of a verb of preserving, the infinitive too ("processed your request to preserve", "taken steps to preserve"). */
const PRESERVING_STEM = /(?<![\p{L}])(?:preserv|conserv|retain|bewar|sicher|bevar|säkr|sikr|zabezpiecz|zachow)\p{L}*/iu;
const NEGATOR = new RegExp(`(?<![\\p{L}])(?:${alternatives(NEGATORS)})(?![\\p{L}])|n['’]t(?![\\p{L}])`, 'iu');
const CONDITIONAL_WORD = new RegExp(word(CONDITIONAL), 'iu');
const RECEIPT_WORD = new RegExp(word(RECEIPT), 'iu');
/** "Please confirm …", "bitte bestätigen": a verb the provider asks for is not one it did ("Please note that … was preserved" is). */
const REQUESTED_RIGHT_BEFORE = /(?<![\p{L}])(?:please|kindly|bitte|veuillez|merci[ \t]+de|gelieve|por[ \t]+favor|si[ \t]+prega[ \t]+di|vänligen|proszę)[ \t\n]+(?:\p{L}+[ \t\n]+)?$/iu;
const FUTURE_WORD = new RegExp(`${word(FUTURE)}|['’]ll(?![\\p{L}])`, 'iu');

/**
 * A clause ends at a sentence's stop, a semicolon, a blank line, a line that starts a list item or a label, and where
 * a coordinating word turns it ("…, but", "; however", "…, and we"); a negator or a future before that does not reach
 * the predicate after it.
 */
const CLAUSE_STOP =
  /[.!?](?=[ \t\n"'”’)]|$)|[;]|\n[ \t]*\n|\n(?=[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t])|\n(?=[ \t]*\p{L}[^\n:]{0,40}:)|:[ \t]*\n|,?[ \t\n]+(?:but|however|although|though|while|whereas|mais|aber|maar|pero|ma|mas|men|ale)(?![\p{L}])|,[ \t\n]+(?:and|und|et|en|y|e|och|og|i)[ \t\n]+(?=(?:we|it|they|the|our|wir|nous|wij|hemos|abbiamo)(?![\p{L}]))/giu;

/** Every clause of `text`, bounded (a pasted 200,000-character line is read in clauses of at most 400 characters). */
function clauses(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of text.matchAll(CLAUSE_STOP)) {
    out.push(...bounded(text.slice(from, m.index)));
    from = m.index! + m[0].length;
  }
  out.push(...bounded(text.slice(from)));
  return out;
}

function bounded(clause: string): string[] {
  const out: string[] = [];
  for (let at = 0; at < clause.length; at += 400) out.push(clause.slice(at, at + 400));
  return out;
}

/**
 * A predicate at `at` of `clause` is affirmative: nothing before it in its clause negates it or makes it a condition,
 * no negator right after it ("Preserved: no"), and a future only with the period it runs for.
 */
function affirmative(clause: string, at: number): boolean {
  const before = clause.slice(0, at);
  const after = clause.slice(at).replace(/^\S+/, '');
  if (NEGATOR.test(before) || CONDITIONAL_WORD.test(before) || REQUESTED_RIGHT_BEFORE.test(before) || NEGATOR.test(after.split(/[ \t\n]+/).slice(0, 3).join(' '))) return false;
  return !FUTURE_WORD.test(before) || PERIOD.test(after);
}

/** The clause says a preservation was done. */
export function clauseAsserts(clause: string): boolean {
  for (const m of clause.matchAll(PRESERVING_WORD)) if (affirmative(clause, m.index!)) return true;
  if (!PRESERVATION_NOUN.test(clause) && !PRESERVING_STEM.test(clause)) return false;
  for (const m of clause.matchAll(DOING_WORD)) {
    // "This message confirms that we received your preservation request": what is confirmed is the receipt.
    if (CONFIRMING.test(m[0]) && RECEIPT_WORD.test(clause.slice(m.index! + m[0].length, m.index! + m[0].length + 60))) continue;
    if (affirmative(clause, m.index!)) return true;
  }
  return false;
}

/**
 * A label that dates the preservation, its value a date or a time ("Preservation timestamp: 2026-11-21 04:12 UTC",
 * "Date of preservation: 19th November 2026", "Hold date: …"): the provider writes when it happened.
 */
const DATED_LABEL = new RegExp(
  `^[ \\t]*(?:\\p{L}+[ \\t]+){0,2}?(?:(?:${alternatives(PRESERVATION_NOUNS)})[ \\t]+(?:date|timestamp|time|started|start|placed|recorded|taken|effective)|(?:date|time)[ \\t]+of[ \\t]+(?:${alternatives(PRESERVATION_NOUNS)}))[ \\t]*:[ \\t]*\\p{L}{0,9}[ \\t,]*\\d`,
  'imu',
);

/** Some clause of the provider's own text says a preservation was done. */
export function preservationAsserted(text: string): boolean {
  const unquoted = text.replace(/^[ \t]*(?:>[ \t]?)+/gm, '');
  return DATED_LABEL.test(unquoted.slice(0, 20_000)) || clauses(unquoted).some(clauseAsserts);
}

/**
 * What the words around a reference say it is: a ticket, request or tracking number, one the preservation's or the
 * provider's own label names, an example, the earlier preservation's (in an extension) or the new one.
 */
/**
 * Words before a reference that make it the earlier preservation's, in an extension ("Prior reference:", "made under",
 * "Replaces"), in the same clause ("replaces the earlier one; please cite X" does not make X the earlier one).
 */
const EARLIER_CUE =
  /\b(?:original(?:ly)?|prior|previous(?:ly)?|linked|related|earlier|old|under|extension[ \t]+of|extension[ \t]+(?:request[ \t]+)?(?:for|on)|(?:extend|extending)[ \t]+the[ \t]+preservation[ \t]+(?:associated[ \t]+with|made[ \t]+under|for|of|under)|extends?|extending|replaces|supersedes|ancien(?:ne)?|initial(?:e|ement)?|précédente?|ursprünglich\w*|vorherig\w*|bisherig\w*|früher\w*|oorspronkelijk\w*|eerder\w*|vorige|tidigare|tidligere|forrige|poprzedni\w*|pierwotn\w*|oryginaln\w*|anterior|precedente|antig[oa]|originale|ini[țţ]ial\p{L}*|anterioar\p{L}*)(?![\p{L}])[^.!?;\n]{0,30}(?:\n[^.!?;\n]{0,12})?$/iu;
/** The earlier cue's words but a bare "under", which says only that a number is one's: "old" after "new" is nearer the number. */
const EARLIER_WORD = new RegExp(EARLIER_CUE.source.replace('|under|', '|'), 'iu');
/** Whether the words name the number new, and no earlier word stands between that "new" and it ("new ref attached, old one was X"). */
function namedNewNearest(role: string): boolean {
  const m = NEW_CUE.exec(role);
  return !!m && !EARLIER_WORD.test(role.slice(m.index + 1));
}
/**
 * Words before a reference that make it the new one ("New Request ID for this extension:", "has been assigned:"), also
 * where the line wraps between label and value; checked before the earlier cue, so the nearer "new" wins over an
 * "under" further back ("logged under the new case number⏎LR-…"). So does the number the account is "now preserved
 * under" ("the account below is now preserved⏎under case #0193-80552"): its state since the extension, and the one the
 * extension request is logged under ("This extension request has been logged under case #1845562"), and the one it "is
 * being tracked under" (the present state, beside "previously preserved under case #…").
 */
const NEW_CUE =
  /\b(?:new|current|(?<!(?<![\p{L}])(?:previously|originally|initially|earlier|formerly|first)[ \t\n]{1,3})assigned|replaced[ \t]+by|superseded[ \t]+by|(?:now|being)[ \t\n]+(?:preserved|held|kept|tracked|filed|logged|stored|maintained|recorded|handled)[ \t\n]+under|(?:extension|renewal)(?:[ \t\n]+request)?[ \t\n]+(?:has[ \t\n]+been|was|is)[ \t\n]+(?:logged|registered|filed|recorded|opened|created)[ \t\n]+under|nouvel(?:le)?|nouveau|neue?[nrs]?|nieuwe?|nuov[oa]|nuev[oa]|nov[oa]|nou[ăa]?|ny|nytt|nya|nye|now[yae])(?![\p{L}])[^.!?;\n]{0,30}(?:\n[^.!?;\n]{0,12})?$/iu;
/**
 * The new preservation (or extension, hold, record) as its clause's subject, the number after the verb's preposition
 * ("The new preservation is recorded under⏎reference X", "la nouvelle conservation est enregistrée sous la référence X",
 * "die neue Sicherung wird unter dem Aktenzeichen X geführt", "la nueva conservación queda registrada con la referencia
 * X"): the clause says the number is the new one's, however many words its verb takes. An auxiliary is needed, so a
 * request's object ("your new request to extend the preservation made under X") says nothing of X.
 */
const NEW_SUBJECT =
  /(?<![\p{L}])(?:(?:new|nouvel(?:le)?|nouveau|neue?[nrs]?|nieuwe?|nuov[oa]|nuev[oa]|nov[oa])[ \t\n]+(?:preservation|hold|extension|record|renewal|conservation|conservaci[óo]n|conservazione|conserva[çc][ãa]o|preservaci[óo]n|preserva[çc][ãa]o|sicherung|verlängerung|prolongation|pr[óo]rroga|proroga|bewaring|verlenging)|this[ \t\n]+(?:extension|renewal)|(?:the|this)[ \t\n]+extended[ \t\n]+(?:preservation|hold|record))[ \t\n]+(?:is|was|has[ \t\n]+been|will[ \t\n]+be|est|a[ \t\n]+été|sera|wird|ist|wurde|bleibt|es|fue|ha[ \t\n]+sido|será|queda|quedó|è|è[ \t\n]+stata|sarà|rimane|é|foi|fica|ficou|wordt|werd|blijft)[ \t\n]+(?:(?:now|désormais|maintenant|jetzt|nun|ahora|ora|agora|nu)[ \t\n]+)?(?:\p{L}{3,20}[ \t\n]+)?(?:(?:now|désormais|maintenant|jetzt|nun|ahora|ora|agora|nu)[ \t\n]+)?(?:under|as|with|in|sous|avec|unter|mit|bajo|con|com|sob|sotto|onder|met)(?![\p{L}])[^.!?;\n]{0,30}(?:\n[^.!?;\n]{0,12})?$/iu;
/**
 * A reference's own label right before it, maybe after a name ("Apple Case ID, ", "case number ", "Reference: "): what
 * the words before the label say of the number, they say across it.
 */
const OWN_LABEL =
  /(?:\p{Lu}\p{L}{0,20}(?:[ \t]+|-))?(?<!\p{L})(?:[Cc]ase|CASE|[Rr]eference|REFERENCE|[Rr]ef\.?|REF\.?|[Rr]equest|[Pp]reservation|[Rr]ecord|[Tt]icket|[Rr][ée]f[ée]rence|[Nn]um[ée]ro[ \t]+de[ \t]+(?:dossier|r[ée]f[ée]rence|cas)|[Rr]eferenz(?:nummer)?|[Aa]ktenzeichen|[Vv]organgsnummer|[Rr]eferencia|[Rr]iferimento|[Rr]efer[êe]ncia|[Rr]eferentie|[Zz]aaknummer|[Rr]eferens(?:nummer)?|[Ää]rendenummer|[Rr]eferanse|[Ss]aksnummer|[Nn]úmero[ \t]+de[ \t]+(?:caso|referencia))(?:[ \t]+(?:ID|[Ii]d|[Nn]umber|[Nn]o\.?|[Nn]r\.?|#))?(?:[ \t]+\p{Lu}\p{L}{1,20})?(?:[ \t]+(?:is|was|lautet(?:e)?|ist|war|est|était|era|es|é|är|var|er|jest|by[łl]a?))?[ \t]*[,:#]?[ \t]*#?$/u;
/**
 * "Extension reference: X", "Extension Reference No.: X", "New reference for this extension: X", "The reference for
 * this extension is X": the extension's own
 * number, labelled right before it.
 */
const EXTENSION_LABEL =
  /\b(?:extension[ \t]+(?:(?:reference|ref\.?|case)(?:[ \t]+(?:id|number|no\.?|nr\.?))?|id|number|no\.?)|(?:new[ \t]+)?(?:reference|ref\.?|case[ \t]+number|number|id)[ \t]+(?:for|of)[ \t]+(?:this|the|your)[ \t]+extension(?:[ \t]+(?:is|was))?)[ \t]*[:#]?[ \t]*$/i;
/** A new number's old one in brackets after it ("nieuw kenmerk MP-JZ-27-00388 (was MP-JZ-26-01772)", "(formerly …)"). */
const EARLIER_IN_BRACKETS =
  /\([ \t]*(?:was|previously|formerly|prior|old|voorheen|eerder|vorher|früher|bisher|alt|auparavant|anciennement|précédemment|ancien(?:ne)?|antes|anteriormente|antigo|antiguo|prima|precedentemente|tidigare|tidligere|förut|før|wcześniej|dawniej|dříve|aiemmin)[ \t]*:?[ \t]*#?$/iu;
/** Words after it: "PIN-0091837 (original preservation)"; not "PRS-441… (prior PRS-410…)", which names the other as prior. */
const EARLIER_AFTER = /^[ \t]*\((?:original|prior|previous)\b(?![ \t]*(?:ref(?:erence)?|case|no\.?|number)?[ \t:#]*[A-Z0-9][A-Z0-9-]{0,30}\d)/i;
/** The preservation an extension is for ("Your extension request PIN-… for preservation X has been completed"): X is the earlier one. */
const EXTENDED_PRESERVATION =
  /(?<![\p{L}])(?:extension|renewal|prolongation)(?![\p{L}])[^.!?;\n]{0,60}[ \t]for[ \t]+(?:the[ \t]+)?(?:original[ \t]+|existing[ \t]+|initial[ \t]+)?preservation(?:[ \t]+(?:ref(?:erence)?|case|no\.?|number|id))?[ \t]*[:#]?[ \t]*$/iu;
/** A number the provider says it renamed ("X (previously Y)", "formerly Y", "renumbered from Y"): Y is no reference now. */
const RENAMED_CUE =
  /\b(?:formerly|previously|renumbered[ \t]+from|was[ \t]+(?:previously|formerly)|old[ \t]+(?:reference|number|ref\.?)|(?:replacing|replaces|superseding|supersedes)(?:[ \t]+(?:our|the|your))?(?:[ \t]+(?:earlier|previous|old|former|original|temporary))?(?:[ \t]+(?:reference|number|ref\.?|case))?)[ \t]*:?[ \t]*#?$/i;
/**
 * What a table column's header says of its numbers in an extension: "New case number" the new one, "Previous case
 * number", "Original reference" the earlier preservation's; null where it says neither.
 */
export function columnRole(header: string): 'new' | 'earlier' | null {
  const h = `${header.trim()} `;
  if (NEW_CUE.test(h) || EXTENSION_LABEL.test(h)) return 'new';
  return EARLIER_CUE.test(h) ? 'earlier' : null;
}

/** A ticket, submission or portal request number, which is not the preservation's reference where the e-mail has one. */
/**
 * "Ticket ref for this digest:", "Portal ticket" (a row's label cell), "ID de envío del portal", "Einreichungs-ID": a few
 * words may qualify the label before its colon.
 */
const TICKET_CUE =
  /\b(?:(?:support[ \t]+|portal[ \t]+|helpdesk[ \t]+|help[ \t]+desk[ \t]+)?ticket|support[ \t]+case|kodex[ \t]+request|portal[ \t]+request|submission|(?:id|n[úu]mero)[ \t]+de[ \t]+(?:env[íi]o|submiss[ãa]o|soumission)(?:[ \t]+del?[ \t]+portal)?|einreichungs-?(?:id|nummer)|inzendings-?(?:id|nummer)|(?:[\p{L}]{2,12}[ \t]+){0,2}escalation|eskalations-?(?:id|nummer)|(?:numer[ \t]+)?(?:wewnętrzny[ \t]+)?eskalacji|escalade)\b(?:[ \t]+(?:number|no\.?|id|ref(?:erence)?\.?))?(?:[ \t]+(?:for|of)[ \t]+(?:this|the|your)[ \t]+\p{L}{2,20})?[ \t]*[:#]?[ \t]*#?$/iu;

/** A table column's header that names a ticket or a submission ("Ticket ID", "Support case", "Submission no."). */
export function ticketHeader(header: string): boolean {
  return TICKET_CUE.test(`${header.trim()}:`);
}

/**
 * Dot leaders ("Kodex request ....... PIN-KX-…") part a label from its value like a colon: they are read as one, at
 * the same length, so every offset stays the text's.
 */
export function unleader(region: string): string {
  return region.replace(/(?<![ \t])[ \t]+\.{2,}[ \t]+/g, (m) => `:${' '.repeat(m.length - 1)}`);
}

/**
 * A reference label a wrap parts before its "No.", "number" or "#" ("under the single Google Ref.⏎No. 61822049", "Our
 * reference⏎number: 33018842", "Yahoo case⏎#5512093"): the break reads as a space, one character for one, so the
 * label is whole again and every offset stays the text's. Only a value of capitals or digits right after it counts, and
 * only "Ref." takes a full stop (a sentence that ends with "case." is no label).
 */
const WRAPPED_LABEL = /(?<![\p{L}])(?:ref\.?|reference|case|file|record|preservation|request|ticket)([ \t]*\n[ \t]*)(?=(?:no\.?|nr\.?|number|#)[ \t]*[:#]?[ \t]*#?([A-Za-z0-9]))/giu;
export function unwrapLabels(region: string): string {
  return region.replace(WRAPPED_LABEL, (m, gap: string, value: string) => (/[A-Z0-9]/.test(value) ? m.slice(0, m.length - gap.length) + ' '.repeat(gap.length) : m));
}

/**
 * A heading above a value, maybe with a rule under it ("PRESERVATION ID⏎=========⏎PX-…"), read as the value's label
 * on its line ("PRESERVATION ID: PX-…"), so every label's reading applies to it.
 */
export function headingAsLabel(before: string): string {
  return before.replace(/(\n[ \t]*[^\s.!?][^\n.!?]{0,40}?)[ \t]*:?[ \t]*\n(?:[ \t]*[-=_~]{3,}[ \t]*\n|(?:[ \t]*\n){1,2})?[ \t]*#?$/, '$1: ');
}

export function places(region: string, reference: string): number[] {
  const out: number[] = [];
  for (let at = region.indexOf(reference); at !== -1 && out.length < 50; at = region.indexOf(reference, at + 1)) out.push(at);
  return out;
}

/** Kodex's own request numbers (KR-2026-0098811): the platform's, not the provider's, where the provider's is given. */
const PLATFORM_REQUEST = /^KR-\d{4}-\d{5,}$/;

/** A request, ticket or tracking number's label ("Request #", "on request", ".../requests/", "tracking no."). */
export const REQUEST_CUE = /\b(?:requests?|tracking(?:id)?|conversation|submission|ticket)\b(?:[ \t]+(?:no\.?|number|id|(?:under[ \t]+)?(?:reference|ref\.?)))?(?:[ \t:#/]*\n)?[ \t:#/]*$/i;
/**
 * After it: "… is the number of this support conversation", "… is not a preservation number", "… is the tracking
 * number of your legal process submission", "LPT-0094412 (subpoena, closed), is unrelated to this preservation" (a
 * ticket, tracking or submission number named in the same clause).
 */
const TICKET_AFTER =
  /^["'”’]?(?:[ \t]*\((?:is[ \t\n]+)?not[ \t\n]+(?:a|the|our)[ \t\n]+(?:case|reference|preservation)|(?:[ \t]*\([^()\n]{1,40}\),?)?[ \t]+(?:is|was)[ \t\n]+(?:unrelated[ \t\n]+to|not[ \t\n]+(?:related|linked)[ \t\n]+to|separate[ \t\n]+from)[ \t\n]+(?:this|the|your)[ \t\n]+preservation)|^["'”’]?[ \t]+(?:is|was)[ \t\n]+(?:not[ \t\n]+(?:a|the)[ \t\n]+(?:preservation|case[ \t\n]+number|reference)|the[ \t\n]+number[ \t\n]+of[ \t\n]+(?:this|our|the)[ \t\n]+(?:support|ticket|conversation|thread)|(?:the|your|our)[ \t\n]+(?:\w+[ \t\n]+)?(?:tracking|ticket|submission|support)[ \t\n]+(?:number|no\.?|id)\b)/i;
/**
 * After it, maybe after its bracket: another team handles it ("Your ticket for the separate emergency disclosure (X) is
 * handled by a different team", "X is being dealt with separately", "wird von einem anderen Team bearbeitet", "est
 * traitée par une autre équipe", "es gestionado por otro equipo"): another matter's number, not this preservation's.
 */
const HANDLED_ELSEWHERE =
  /^["'”’]?\)?,?[ \t]+(?:(?:is|was|are|will[ \t]+be)[ \t\n]+(?:being[ \t\n]+)?(?:handled|dealt[ \t\n]+with|processed|reviewed|managed)[ \t\n]+(?:separately|by[ \t\n]+(?:a|an|another)[ \t\n]+(?:different|separate|other)[ \t\n]+(?:team|department|unit|group))|wird[ \t\n]+(?:separat|gesondert|von[ \t\n]+einem[ \t\n]+anderen[ \t\n]+(?:Team|Bereich))|(?:est|sera)[ \t\n]+trait[ée]e?s?[ \t\n]+(?:séparément|par[ \t\n]+une[ \t\n]+autre[ \t\n]+équipe)|(?:es|será)[ \t\n]+(?:gestionad|tramitad)[oa][ \t\n]+(?:por[ \t\n]+separado|por[ \t\n]+otro[ \t\n]+equipo))/iu;
/** "(for example LPT-000000)": an example, never a reference. */
const EXAMPLE_CUE = /\b(?:for[ \t]+example|for[ \t]+instance|e\.g\.)[ \t,:]*$/i;

/**
 * A label naming the preservation or the provider: "Preservation ID:", "Google reference no.:", "Amazon case", with a
 * qualifier in brackets allowed before the colon ("Apple reference (extension):", "Preservation ID (unchanged):").
 */
export function strongLabel(words: string | null): RegExp {
  // An account's label ("Facebook user ID", "Instagram ID", "Zoom account number") names no reference, nor does a
  // request's ("Preservation request - Case …", which is the agency's).
  // The provider's name as a word of its own, not the head of an identifier ("SNAP-LE-…"), and within one bracket.
  // Nor is the name inside an address ("fern@gmail.com and the phone number 07700 …"), nor across a phone's word.
  // Nor across a spaced dash or bar that parts a subject's segments ("Preservation - Coinbase - Case FC-26-00912": the
  // provider is one segment, the agency's case another).
  const between = '(?:(?!user|account|profile|channel|member|customer|group|server|order|meeting|request|phone|mobile|e-?mail|address|ticket|[ \\t][-–—|][ \\t])[^\\n\\[\\]]){0,25}?';
  const provider = words ? `|(?<![@.\\w-])(?:${words})\\b(?![-\\w]|\\.[a-z])${between}\\b(?:ref\\.?|reference|number|no\\.?|nr\\.?|case)` : '';
  // A file's label, then the provider as its keeper ("Saksnummer hos FINN:", "Case number at Zoom:", "Aktenzeichen bei
  // Microsoft:", "Numéro de dossier chez Vinted :", "Referencia de Wallapop:").
  const keeper = words ? `|\\b(?:case[ \\t]+(?:number|no\\.?|id)|ref(?:erence)?\\.?|file[ \\t]+(?:number|no\\.?)|saksnummer|sagsnummer|saksnr\\.?|sagsnr\\.?|ärendenummer|ärendenr\\.?|referanse|referens|aktenzeichen|vorgangsnummer|fallnummer|referenz|num[ée]ro[ \\t]+de[ \\t]+dossier|dossier|r[ée]f[ée]rence|expediente|n[úu]mero[ \\t]+de[ \\t]+(?:caso|expediente)|referencia|numer[ \\t]+sprawy|riferimento|numero[ \\t]+(?:di[ \\t]+)?pratica|kenmerk|zaaknummer|referentie)[ \\t]+(?:hos|på|at|with|from|bei|von|chez|de|del|di|da|van|bij|w|u)[ \\t]+(?:${words})\\b(?![-\\w]|\\.[a-z])` : '';
  // A number named the preservation's own in a sentence ("Our case number for this preservation is …", "Your Snap
  // reference number for this request is …": the provider's, given to the addressee).
  const forThis = '|\\b(?:case|reference|ref\\.?|file)(?:[ \\t]+(?:number|no\\.?|#))?[ \\t]+for[ \\t]+this[ \\t]+(?:preservation|hold|request|submission|matter)(?:[ \\t]+(?:is|will[ \\t]+be))?';
  // The same in the provider's language ("Numéro de conservation", "Sicherungsnummer", "número de preservación").
  const inLanguages = forThis + '|\\b(?:num[ée]ro|n[°º]|r[ée]f[ée]rence|referencia|n[úu]mero|numero|riferimento|refer[êe]ncia)[ \\t]+(?:de[ \\t]+(?:la[ \\t]+)?|di[ \\t]+|da[ \\t]+|do[ \\t]+|del[ \\t]+|della[ \\t]+|dell(?:\\x27|’)[ \\t]*)?(?:conservation|conservaci[óo]n|preservaci[óo]n|conservazione|preserva[çc][ãa]o|conserva[çc][ãa]o)|\\b(?:sicherungs(?:nummer|-?id|referenz)|bewaringsnummer|conservatienummer)';
  // A portal page's breadcrumb ends in the record's own id ("Reddit, Inc.  ›  Requests  ›  26-RD-004471").
  return new RegExp(`(?:\\bpreservation[ \\t]+(?:id|ref\\.?|reference|number|no\\.?|token|code|key)${inLanguages}|\\b(?:requests|cases|matters|submissions)[ \\t]*[›»][ \\t]*${provider}${keeper})[ \\t]*(?:\\([^)\\n]{1,20}\\))?[ \\t]*[:#]?[ \\t]*#?(?:(?:is|è|es|est|ist|é|är|er|jest|lautet)[ \\t]+)?`, 'i');
}

/** What the words around a reference say it is, over all the places it occurs. */
export interface Cues {
  ticket: boolean;
  request: boolean;
  /** Every place it occurs is labelled as a request's number. */
  requestOnly: boolean;
  strong: boolean;
  example: boolean;
  earlier: boolean;
  isNew: boolean;
  /** Some place's words name it the new reference, with no ticket's label before it there. */
  namedNew: boolean;
  inBody: boolean;
  /** Every place names it as the old number of a renamed reference. */
  renamed: boolean;
}

/**
 * A line that is a label and its value, however a row parts them: a colon, a tab, a column's gap of two blanks or more,
 * a table's bar ("Original request⇥PIN-PRS-…", "Previous case    LR-…", "| Prior ref | X |").
 */
const LABEL_WITH_VALUE = /(?::[ \t]*|\t[ \t]*|[ \t]{2,}|[ \t]*\|[ \t]*)#?[A-Z0-9][\w./-]{2,}[ \t|]*\n[^\n]*$/i;
function valueOnLineAbove(before: string): boolean {
  return LABEL_WITH_VALUE.test(before);
}

/** Earlier items of a list right before a value ("61840327, ", "KX-1 and KX-2, "): what stands before them labels it too. */
const LIST_BEFORE = /(?:#?[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){3,30}[ \t]*(?:,|;|\/|&|and|et|und|y|e|en|och|og|i)[ \t]+)+#?$/;

/** A portal notice's cell stacked over its value, a blank line between ("Extension of⏎⏎PX-3290155"): the label alone. */
const STACKED_LABEL = /(?:^|\n)[ \t]*([^\n]{1,30}?)[ \t]*\n[ \t]*\n[ \t]*$/;

export function cuesOf(region: string, reference: string, bodyFrom: number, strong: RegExp): Cues {
  const cues: Cues = { ticket: false, request: false, requestOnly: true, strong: false, example: false, earlier: false, isNew: false, namedNew: false, inBody: false, renamed: true };
  const strongEnd = new RegExp(`${strong.source}$`, 'i');
  // A place where the reference heads a longer number ("PRS-4391-0026" in "PRS-4391-0026-EXT1", the extension's new
  // number) is that number's: the words before it say what the longer one is, not this one.
  const all = places(region, reference);
  const whole = all.filter((at) => !/[\w-]$/.test(region.slice(Math.max(0, at - 1), at)) && !/^(?:\w|-\w)/.test(region.slice(at + reference.length, at + reference.length + 2)));
  for (const at of whole.length ? whole : all) {
    const before = headingAsLabel(region.slice(Math.max(0, at - 60), at));
    // A table row's label cell speaks for the value cell after it: "| Uber preservation no. | UBR-…".
    const line = before.slice(before.lastIndexOf('\n') + 1).replace(/[ \t]*\|[ \t]*$/, ': ');
    // The same row's label cell names a ticket or a request ("| Portal ticket | TKT-…").
    const cue = /\|[ \t]*$/.test(before) ? line : before;
    const after = region.slice(at + reference.length, at + reference.length + 80);
    if (TICKET_CUE.test(cue) || PLATFORM_REQUEST.test(reference) || TICKET_AFTER.test(after) || HANDLED_ELSEWHERE.test(after)) cues.ticket = true;
    // An item of a list after a label ("Request 61840327, 61840328") is labelled as its first item is.
    if (REQUEST_CUE.test(cue) || REQUEST_CUE.test(cue.replace(LIST_BEFORE, ''))) cues.request = true;
    else cues.requestOnly = false;
    // So is an item of a list after the provider's label ("Google Ref. 59102284 / 59102291", "Rif. Google 1, 2 e 3").
    if (strongEnd.test(line) || strongEnd.test(line.replace(LIST_BEFORE, ''))) cues.strong = true;
    if (EXAMPLE_CUE.test(before)) cues.example = true;
    // A line above that is a label with its value ("New preservation: PIN-PRS-48852") has spent its words on that value.
    const role = valueOnLineAbove(before) ? before.slice(before.lastIndexOf('\n') + 1) : before;
    // Where the words right before it say neither, the reference's own label between the words and the value is read
    // through ("under a new⏎Apple Case ID, X"); a label that holds the words itself ("Previous case: X") is read first.
    const words = role.replace(OWN_LABEL, '');
    // A number in brackets after "was" is the one before the new one, whatever new number the words name first.
    const bracketedEarlier = EARLIER_IN_BRACKETS.test(before);
    const isNewHere = !bracketedEarlier && (namedNewNearest(role) || NEW_SUBJECT.test(region.slice(Math.max(0, at - 120), at)) || EXTENSION_LABEL.test(role));
    // The words name it the new reference where no ticket's label stands before it ("now tracked under the new
    // reference X", beside a helpdesk's "Ticket #X" that numbers the thread the same way).
    if (isNewHere && !TICKET_CUE.test(cue)) cues.namedNew = true;
    if (isNewHere) cues.isNew = true;
    else if (bracketedEarlier || EARLIER_CUE.test(role) || EXTENDED_PRESERVATION.test(role) || EARLIER_AFTER.test(after) || EARLIER_CUE.test(STACKED_LABEL.exec(role)?.[1] ?? '')) cues.earlier = true;
    else if (NEW_CUE.test(words)) cues.isNew = true;
    else if (EARLIER_CUE.test(words)) cues.earlier = true;
    if (at >= bodyFrom) cues.inBody = true;
    if (!RENAMED_CUE.test(before)) cues.renamed = false;
  }
  return cues;
}

import { QUOTE_COLON_BEFORE } from './pointed-label';

/**
 * How a provider asks for its own number to be quoted in what follows, in words around the number rather than by a
 * label: the surest sign that a number is the provider's reference, whoever's possessive stands before it.
 */

/** Right before a number: the provider asks for it by name ("Please quote …", "kindly cite the reference …"). */
const QUOTE_ASKED_BEFORE = /(?<![\p{L}])(?:please|kindly)[ \t\n]+(?:quote|cite|reference|use)[ \t\n]+(?:the[ \t\n]+)?(?:(?:reference|number|ref\.?)[ \t\n]+)?#?$/iu;

/**
 * A number the provider asks to be quoted in what follows ("Please quote 7308841926603 on any future correspondence",
 * "Cite reference PX-…-1 in all further legal process", "Please refer to 883104 in future correspondence", "Please put
 * 58203719 on the face of any subsequent legal process"): its own
 * reference, whatever label it has or lacks.
 */
const QUOTE_ON_FOLLOW_UP =
  /\b(?:quote|cite|reference|include|use|mention|put|refer[ \t\n]+to)[ \t\n]+(?:(?:the|this|our|reference|ref\.?|case|id|number|no\.?|preservation)[ \t\n]+){0,3}#?([A-Z0-9](?:[A-Z0-9-]|\.(?=[A-Z0-9])){3,30})[ \t\n]+(?:on|in|with|when|for)[ \t\n]+(?:the[ \t\n]+face[ \t\n]+of[ \t\n]+)?(?:any|all|every|future|further|follow-?up|subsequent|you)\b/gi;
/**
 * The same request in the passive, the number first ("Case #0FX-2611-80144 should be quoted in any legal process",
 * "Reference LR-… must be cited on all further correspondence", "This number is to be included when …").
 */
const QUOTED_PASSIVE =
  /#?([A-Z0-9](?:[A-Z0-9-]|\.(?=[A-Z0-9])){3,30})[ \t\n]+(?:should|must|shall|is[ \t\n]+to|needs[ \t\n]+to|has[ \t\n]+to|will[ \t\n]+need[ \t\n]+to|can)[ \t\n]+be[ \t\n]+(?:quoted|cited|referenced|included|used|mentioned|given|provided)[ \t\n]+(?:on|in|with|when|for|if)\b/g;
/**
 * The same request in any language the parser reads, the number after a quoting verb and a few label words ("indique
 * la Ref. de Google 61048823", "citare il numero di caso 4471338902", "rappeler la référence …", "ange referens …"),
 * never after the addressee's possessive ("quote your case number").
 */
const QUOTE_VERB_LABELLED =
  /(?<![\p{L}])(?:quote|cite|citing|quoting|indique|indiquen|indicar|citar|cite|mencione|mencionar|mencionad[oa]|citad[oa]|citare|citi|indicare|indichi|riportare|indiquer|indiquez|rappeler|rappelez|mentionner|mentionnez|vermeld|vermelden|ange|uppge|oppgi|angiv|angeben|nennen|podać|podawać|powoływanie|powoływać|powołać|powołując|citar|refira)[ \t\n]+(?:(?!(?:your|su|sus|votre|vos|ihre?[nms]?|vostr[oa]|uw|er|ert|ditt|din|deres|wasz\p{L}*|seu|sua)(?![\p{L}]))[\p{L}.]{1,12}[ \t\n]+){0,5}?(?:n[°º.o](?![\p{L}])[ \t]?|#)?(?=[A-Za-z0-9.-]{0,30}\d)([A-Z0-9](?:[A-Z0-9-]|\.(?=[A-Z0-9])){3,30})(?![\w-])/giu;
/**
 * A number the next sentence asks to be quoted as "this number" ("Ihre Fallnummer lautet: LERT-…. Bitte geben Sie
 * diese Nummer in allen weiteren Mitteilungen an.", "Your case number is X. Please quote this number …", "Votre numéro
 * de dossier est X. Merci de rappeler ce numéro …", "Your case ID is X. Please quote it …"): the number the provider assigned, whoever's possessive labels it.
 */
const ASKED_TAIL = String.raw`[.;]?[ \t\n]+(?:please|kindly|bitte|veuillez|merci[ \t]+de|por[ \t]+favor,?|le[ \t]+rogamos|si[ \t]+prega[ \t]+di|gelieve|graag)[ \t\n](?:(?:[^.\n]{0,40}?[ \t\n])?(?:this|that|diese|dieses|ce|cette|este|esta|questo|questa|dit|deze)[ \t\n]+(?:number|nummer|aktenzeichen|num[ée]ro|n[úu]mero|numero|reference|referenz|r[ée]f[ée]rence|referencia|riferimento|kenmerk)|(?:quote|cite|use|include|mention|reference)[ \t\n]+it)(?![\p{L}])`;
/** Right after a number: the sentence asking for "this number" to be quoted (see ASKED_TO_QUOTE). */
const ASKED_AFTER = new RegExp(`^${ASKED_TAIL}`, 'iu');
const ASKED_TO_QUOTE = new RegExp(String.raw`(?<![\p{L}])(?:number|nummer|fallnummer|aktenzeichen|num[ée]ro|n[úu]mero|reference|referenz|r[ée]f[ée]rence|referencia|riferimento|kenmerk|ref\.?|request|case|ticket)(?:[ \t]+(?:is|lautet|est|es|è|é|ist))?[ \t]*[:#]?(?:[ \t]*\n)?[ \t]*#?([A-Z0-9](?:[A-Z0-9-]|\.(?=[A-Z0-9])){3,30})` + ASKED_TAIL, 'giu');

/** The number the request was logged as, for quoting ("It has been logged as 1093384726105528, which you should quote"). */
export const LOGGED_AS = /(?<![\p{L}])(?:logged|registered|recorded|filed)[ \t\n]+as[ \t\n]+(?:(?:number|no\.?|#)[ \t]?)?([A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){4,30})(?=[,;)]?[ \t\n]+(?:which|that|and)[ \t\n]+(?:you|please)[^.\n]{0,40}(?:quote|cite|reference|use))/giu;

/** Right after a number, the words that call it the one to quote (see THE_ONE_TO_QUOTE). */
const ONE_TO_QUOTE_TAIL = String.raw`\)?,?[ \t\n]+(?:(?:(?:and[ \t\n]+)?(?:that|this|which|it)[ \t\n]+)?is[ \t\n]+the[ \t\n]+(?:number|reference|one)[ \t\n]+(?:to|you[ \t\n]+(?:should|must|need[ \t\n]+to|will[ \t\n]+need[ \t\n]+to))[ \t\n]+(?:quote|cite|reference|use|mention|include|give)|(?:also[ \t\n]+)?(?:is|serves[ \t\n]+as|acts[ \t\n]+as|will[ \t\n]+serve[ \t\n]+as)[ \t\n]+(?:your|the|our)[ \t\n]+preservation[ \t\n]+(?:reference|ref\.?|number)(?:[ \t\n]+(?:number|no\.))?|(?:is|er|är|ist|est|es|è|é|jest)[ \t\n]+(?:our|vår|unsere|notre|nuestra|nostro|nossa|nasz[ae]?|onze)[ \t\n]+(?:reference|referanse|referens|referenz|référence|referencia|riferimento|referência|referentie|sygnatura)[ \t\n]+(?:for|för|til|für|pour|para|per|dla|voor)[ \t\n]+(?:the|this|sikringen|bevarandet|die|la|el|il|a|a[ \t\n]+sua)[ \t\n]*\p{L}*|que[ \t\n]+es[ \t\n]+(?:el|la)[ \t\n]+que[ \t\n]+(?:debe|deberá|deben|deberán|tiene[ \t\n]+que)[ \t\n]+(?:citar|indicar|mencionar))(?![\p{L}])`;
const ONE_TO_QUOTE_AFTER = new RegExp(`^${ONE_TO_QUOTE_TAIL}`, 'u');
/**
 * A number the next words call the one to quote ("Our file for this is CB-LE-2026-77310, and that is the number to
 * reference on any subpoena", "The ticket number of this conversation, 30417, is your preservation reference",
 * "Saksnummeret over (2204719) er vår referanse for sikringen", "Your ticket number, 5207718830, also serves as the
 * preservation reference", "el expediente WLP-LE-26-7719, que es el que debe citar en el mandamiento"), or that later
 * process should carry ("any production order should mention 6620-3185"): the provider's.
 */
const THE_ONE_TO_QUOTE = new RegExp(
  String.raw`(?<![\w/-])#?([A-Z0-9](?:[A-Z0-9-]|[./](?=[A-Z0-9])){3,30})${ONE_TO_QUOTE_TAIL}|(?<![\p{L}])(?:legal[ \t\n]+process|production[ \t\n]+order|order|warrant|subpoena|correspondence)[ \t\n]+(?:should|must|will[ \t\n]+need[ \t\n]+to)[ \t\n]+(?:mention|quote|cite|include|reference|carry|bear)[ \t\n]+(?:(?:the|our)[ \t\n]+(?:reference|number|case[ \t\n]+number)[ \t\n]+)?#?([A-Z0-9](?:[A-Z0-9-]|[./](?=[A-Z0-9])){3,30})(?![\w/-])`,
  'gu',
);

/**
 * German for "please quote our file number X" ("Bitte geben Sie bei Rückfragen stets unser Aktenzeichen 03318820 an",
 * "Bitte geben Sie bei jeder weiteren Korrespondenz die Fall-ID 11846203951 an").
 */
const GIVE_OURS_DE = /(?<![\p{L}])(?:geben|nennen)[ \t\n]+Sie[^.\n]{0,40}?[ \t\n](?:unser(?:e|en)?|die|das|den)[ \t\n]+(?:Aktenzeichen|Zeichen|Vorgangsnummer|Vorgang|Referenz(?:nummer)?|Fallnummer|Fall-ID|Vorgangs-ID|Ticketnummer)[ \t\n]+#?([A-Z0-9](?:[A-Z0-9-]|[./](?=[A-Z0-9])){3,30})[ \t\n]+an(?![\p{L}])/gu;

/** Each number the region asks, once, by a quoting verb or in the passive, to be quoted on what follows. */
export function quotedNumbers(region: string): string[] {
  const all = [...region.matchAll(QUOTE_ON_FOLLOW_UP), ...region.matchAll(QUOTE_VERB_LABELLED), ...region.matchAll(QUOTED_PASSIVE), ...region.matchAll(ASKED_TO_QUOTE)];
  return [...new Set(all.map((m) => m[1]!.replace(/-+$/, '')))];
}

/** Each number the region names the one to quote or to give ("geben Sie … unser Aktenzeichen X an"), or that later process should carry. */
export function namedToQuote(region: string): string[] {
  return [...region.matchAll(GIVE_OURS_DE), ...region.matchAll(THE_ONE_TO_QUOTE)].map((m) => m[1] ?? m[2]!);
}

/** Whether the sentence after the number at `at` asks for "this number" to be quoted. */
export function askedAfter(region: string, at: number, length: number): boolean {
  return ASKED_AFTER.test(region.slice(at + length, at + length + 160));
}

/**
 * Whether the words around the number at `at` ask for it to be quoted: the sentence after it ("… Please quote this
 * number"), a request by name before it ("Please quote 9F2K-7QX4-MP31 in all correspondence"), a sentence closed by a
 * colon on the line before ("Merci de rappeler la référence de notre dossier … :"), or the words after it that call it
 * the one to quote ("…, que es el que debe citar").
 */
export function askedToQuoteAt(region: string, at: number, length: number): boolean {
  return (
    askedAfter(region, at, length) ||
    QUOTE_ASKED_BEFORE.test(region.slice(Math.max(0, at - 40), at)) ||
    QUOTE_COLON_BEFORE.test(region.slice(Math.max(0, at - 260), at)) ||
    ONE_TO_QUOTE_AFTER.test(region.slice(at + length, at + length + 120))
  );
}

/**
 * Whose number is it: the labels and phrases that make a number the agency's (the addressee's, the requester's, legal
 * process's) rather than the provider's reference, wherever a provider's reply quotes it back.
 */
import { isProviderName, namesAnyProvider } from './provider';
import { headingAsLabel } from './reference-cues';

/**
 * Agency numbers quoted back: "Your reference:", "your ref.", "Our ref:", "Your case #:", "Az.", "Votre référence", and
 * the Nordic police's file labels ("journalnr.", "diarienummer"; see NORDIC_OURS for the provider's own) and the
 * Romanian "dosarul nr.", which no provider uses for its own; and legal process named by its number ("Grand jury
 * subpoena GJ-2026-0239, mentioned in your request"), and the Brazilian police's letter ("Ofício nº 1187/2026-DRCC"); and
 * the addressee's own filing ("the investigation you have registered as 5200/R/…").
 */
const AGENCY_LABEL =
  /(?:\byou(?:['’]ve|[ \t]+have)?[ \t]+(?:registered|logged|filed|numbered|recorded)[ \t]+(?:it[ \t]+)?(?:as|under)[ \t]*:?[ \t]*|\byour[ \t]+(?:(?:internal|own|agency|police|department)[ \t]+)?(?:ref(?:erences?|s)?(?![ \t]+(?:number|no\.?)[ \t]+is\b)|case|file|agency)\b(?![^\n]{0,25}?[ \t](?:with|at)[ \t]+us\b)[^\n[]{0,25}|\b(?:re|regarding|concerning|(?:with|in)[ \t]+reference[ \t]+to|further[ \t]+to)[ \t]+your[ \t]+(?:[\p{L}-]{2,20}[ \t]+)?(?:request|submission|inquiry|enquiry)[ \t]+(?:no\.?|nr\.?|number|#)[ \t]*[:#]?[ \t]*|\byour[ \t]+(?:letter|request|correspondence|inquiry|enquiry|notice|warrant|order|legal[ \t]+process|application)[ \t]+(?:[–—:,-][ \t]+)?(?:(?<!request[ \t]{1,5})(?:no\.?|nr\.?|number|#)|ref(?:erence)?\.?)[ \t]*[:#]?[ \t]*|\byour[ \t]+(?!(?:preservation|confirmation|extension|new)\b)(?:[\p{L}-]{2,20}[ \t]+){1,2}(?:(?<!request[ \t]{1,5})(?:no\.?|nr\.?|number|#)|case|file)(?![ \t]+is\b)[ \t]*[:#]?[ \t]*|\bAz\.[ \t]{0,3}|\bRD[ \t]?(?:#|no\.|number)[ \t]*:?[ \t]*|(?<![\p{L}])(?:journalnr\.?|journalnummer|j\.[ \t]?nr\.|diarienr\.?|diarienummer|dosar(?:ul)?(?:[ \t]+penal)?[ \t]+nr\.?)[ \t]*[:#]?[ \t]*|(?<!(?<![\p{L}])(?:naše|náš|našeho|naší)[ \t]{1,20})(?<![\p{L}])č\.[ \t]?j\.[ \t]{0,3}(?:\n[ \t]{0,3})?|(?<![\p{L}])čj\.[ \t]{0,3}|(?<!(?<![\p{L}])(?:naše|náš|našeho|naší)[ \t]{1,20})(?<![\p{L}])číslo[ \t]+jednací[ \t]*:?[ \t]{0,3}|\bvotre[ \t]+r[ée]f[ée]rence[^\n]{0,10}|\b(?:agency|ICAC|police|department|unit|[A-Z]{0,6}PD|[A-Z]{1,6}SO|sheriff'?s?(?:[ \t]+office)?|constabulary|polic[eí]a|polizei)[ \t]+(?:case|file|report|incident)(?:[ \t]+(?:number|no\.?|#))?[ \t]*[:#]?[ \t]*|\b(?:agency|ICAC|police|department|unit|requester|officer|crime|incident|occurrence)[ \t]+ref(?:erence)?\.?(?:[ \t]+(?:number|no\.?|#))?[ \t]*[:#]?[ \t]*|\b(?:CAD|CRN|URN|CRIS)(?:[ \t]+(?:ref(?:erence)?\.?|number|no\.?|#))?[ \t]*[:#]?[ \t]*|\b(?:Re|AW|WG|TR|FW|Fwd|RE):[ \t]+Case[ \t]+|\b(?:ihre?|su|sus|vostr[oa]|uw|sua|seu|er|deres|wasz[ae]?|vos)[ \t]+(?:aktenzeichen|zeichen|referenz|vorgang|gesch[äa]ftszeichen|referencia|expediente|riferimento|fascicolo|pratica|referentie|kenmerk|dossier|refer[êe]ncia|processo|referens|ärende|referanse|sak|sygnatura)\b[^\n]{0,25}|(?<!(?<![\p{L}])(?:unser(?:e|er|em)?|notre|nuestr[oa]|nostr[oa]|noss[oa]|onze|ons|vårt|vår|vores|nasz[ae]?)[ \t]{1,20}(?:(?:n[úu]mero|numero|num[ée]ro|nummer|numer)[ \t]{1,5}(?:de[ \t]{1,5}|di[ \t]{1,5})?)?)\b(?:aktenzeichen|gesch[äa]ftszeichen|expediente|diligencias|fascicolo|procedimiento|sygnatura(?:[ \t]+akt)?|sygn\.(?:[ \t]+akt)?|dossier[ \t]+n[°o]\.?)[ \t]*[:#]?[ \t]*|(?<![\p{L}])(?:politiets|polisens|poliisin|policji|politie)[ \t]+(?:saksnummer|sagsnummer|saksnr\.?|sagsnr\.?|diarienummer|diarienr\.?|journalnummer|journalnr\.?|ärendenummer|numer[ \t]+sprawy|zaaknummer|dossiernummer)[ \t]*[:#]?[ \t]*|(?<![\p{L}])(?:subpoena|warrant|court[ \t]+order|production[ \t]+order|MLAT(?:[ \t]+request)?|letters?[ \t]+rogatory|request[ \t]+letter)(?:[ \t]+(?:no\.?|nr\.?|number|#))?[ \t]*[:#]?[ \t]*|(?<![\p{L}])of[íi]cio(?:[ \t]+de[ \t]+refer[êe]ncia)?(?:[ \t]+n[º°o]\.?)?[ \t]*[:#]?[ \t]*)$/iu;

/** A number in a sentence: a digit in it, capitals, digits, slashes and hyphens. */
export const NUMBER_IN_SENTENCE = /(?<![\w/-])(?=[A-Z0-9/-]{0,30}\d)[A-Z0-9][A-Z0-9/-]{3,30}(?![\w/-])/g;

/** A line that names who asked ("Requested by: Det. Roe, Lakeview PD Case #…"): its numbers are the agency's. */
const REQUESTER_LINE = /^[ \t]*(?:requested[ \t]+by|submitted[ \t]+by|requester|requestor|requesting[ \t]+(?:officer|agency|investigator))\b/i;

/**
 * A requester's field of a notice's form ("Agency: Westmere County Sheriff's Office", "Requesting officer: …", "Behörde:",
 * "Agence :", "Agencia:", a portal page's "Requester <gap> Tereza Horáková"), the line right above a bare file label ("Case number: 26-CR-00917"): that label is the
 * requester's field too, its number the agency's.
 */
const REQUESTER_FIELD =
  /^[ \t|]*(?:(?:requesting|law[ \t]+enforcement)[ \t]+)?(?:agency|officer|investigator|department|requester|requestor|authority|police[ \t]+force|force|behörde|dienststelle|agence|service[ \t]+enquêteur|agencia|autoridad|organismo|autorità|autoridade|instantie|organ|myndighet)(?:[ \t]+name)?(?:[ \t]*:|\t|[ \t]{2,})[ \t]*\S[^\n]{0,120}$/iu;
/**
 * A bare file label closing the text before a number ("Case number: ", "File no. ", "Reference: ", a portal's "Internal
 * case number: " under the requester's fields), no party named in it.
 */
const BARE_FILE_LABEL = /^[ \t|]*(?:(?:internal|own|agency|local)[ \t]+)?(?:case|file|ref(?:erence)?\.?|matter|aktenzeichen|dossier|expediente|fascicolo|processo|zaak|ärende)(?:[ \t]+(?:number|no\.?|nr\.?|#|id|nummer|num[ée]ro|n[úu]mero))?[ \t]*[:#]?[ \t]*#?$/iu;

function requesterFieldAbove(region: string, lineStart: number): boolean {
  if (lineStart < 2) return false;
  const above = region.slice(region.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
  return REQUESTER_FIELD.test(above);
}

/**
 * A number a possessive labels ("Detective Sergeant Paul Kerrigan's reference:", "the requesting agency's case
 * number", "DC Hwang's case reference MC-…") is its possessor's: the provider says "our" of its own, so a possessor
 * that names no provider (the officer, the agency, a prosecutor) owns the number, and it is never the provider's.
 */
const POSSESSIVE_LABEL =
  /((?:[\p{L}.-]+[ \t]+){0,5}[\p{L}.-]+)['’]s[ \t]+(?:(?:own|internal|case|file|crime|incident|agency|police|investigation)[ \t]+){0,2}(?:ref(?:erence)?|case|file|matter|incident|crime|investigation)\.?(?:[ \t]+(?:number|no\.?|nr\.?|id|#|ref(?:erence)?))?[ \t]*[:#]?[ \t]*$/iu;
const PROVIDER_SIDE = /\b(?:provider|company|platform|service|team|our|we)\b/i;

function possessedByOther(line: string): boolean {
  const m = POSSESSIVE_LABEL.exec(line);
  return !!m && !namesAnyProvider(m[1]!) && !PROVIDER_SIDE.test(m[1]!);
}

/**
 * Labels that name another party's number: the requester's under any of its names ("Customer reference:", "District
 * Attorney file PM-…", "Case number (Agency):"; not "LE case", which providers call their own), legal process ("Court
 * order reference:", "Warrant no.", "Docket #", "the search warrant (SW-26-1175)", "prosecutor's decision PA-…", "the
 * order of the Public Prosecutor's Office dated 26 November 2026, ref. ST.2026.4471") and the agency's investigation
 * ("Investigation: Operation X (MPD-…)").
 */
const OTHER_PARTY_LABEL =
  /(?:\b(?:prosecutor|prosecution|court|judge|magistrate)(?:['’]s)?[ \t]+(?:decision|order|ruling|authori[sz]ation|approval|consent)(?:[ \t]+(?:ref(?:erence)?|number|no\.?|#|id))?\.?|\b(?:customer|client|requester|requestor|requesting[ \t]+party|submitter|investigator|agency|police|attorney|prosecutor)(?:['’]s)?[ \t]+(?:ref(?:erence)?|case|file)\.?(?:[ \t]+(?:number|no\.?|#|id))?|\b(?:ref(?:erence)?|case|file)(?:[ \t]+(?:number|no\.?|#|id))?[ \t]*\((?:agency|requester|requestor|yours?|police|officer)\)|\b(?:court[ \t]+order|search[ \t]+warrant|warrant|subpoena|legal[ \t]+process|docket|production[ \t]+order|court|summons|mlat)[ \t]+(?:ref(?:erence)?|number|no\.?|#|id)\.?|\b(?:search[ \t]+warrant|warrant|subpoena|court[ \t]+order|production[ \t]+order|summons)[ \t]*\(|\b(?:investigation|operation)[ \t]*:[^\n:]{0,30}\(|\b(?:order|warrant|decision|ruling|letter)[ \t]+(?:of|from|by|issued[ \t]+by)[ \t]+(?:the[ \t]+)?(?:[A-Za-z'’-]+[ \t]+){0,3}?(?:prosecutor|prosecution|court|judge|magistrate|attorney)[^\n,;.]{0,40}?(?:,[ \t]+dated[^\n,;]{0,30})?,?[ \t]+(?:ref(?:erence)?\.?|no\.?|number|#))[ \t]*[:#]?[ \t]*#?$/i;

/** Whether the label before the number at `at`, on its line, names another party's number (OTHER_PARTY_LABEL). */
export function otherPartys(region: string, at: number): boolean {
  const line = region.slice(region.lastIndexOf('\n', at - 1) + 1, at);
  return OTHER_PARTY_LABEL.test(line.slice(-120).replace(/[ \t]*\|[ \t]*$/, ': '));
}

/**
 * The addressee's possessive governing a file noun, with up to two qualifiers and across a line wrap ("Your crime
 * reference 01/99233/26 is noted", "Your force reference⏎GRP/26/CY/0391 has been recorded", "votre numéro de
 * procédure"): the number is the agency's, unless a qualifier is the provider's ("your preservation reference") or the
 * sentence gives it to the addressee ("Your reference number is …").
 */
export const ADDRESSEE_POSSESSIVE = String.raw`(?:your|votre|vos|ihre?[nms]?|uw|su|sus|vostr[oa]|seu|sua|din|ditt|er|ert|era|jeres|deres|wasz[ae]?|teidän|vaš[ei]?|váš)`;
const ADDRESSEE_NOUN =
  String.raw`(?:ref(?:erence)?\.?|number|no\.?|nr\.?|#|case|file|matter|num[ée]ro|r[ée]f[ée]rence|aktenzeichen|referenz|nummer|kenmerk|referentie|referencia|riferimento|refer[êe]ncia|referens|referanse|sygnatura)`;
/**
 * "Your request #8812094", "your records request number 8812094": the number of the addressee's request is the one the
 * provider gave it on receipt, not the agency's (which is a reference, case or file of theirs). Where the provider refers
 * back to it ("Re your request no. ABC/26/1177: preserved under our ticket …"), it is the agency's (AGENCY_LABEL).
 */
const REQUESTS_NUMBER = String.raw`(?!(?<=(?:request|submission|inquiry|enquiry)[ \t]{1,5})(?:#|number|no\.?|nr\.?)(?![\p{L}]))`;
const ADDRESSEES =
  new RegExp(String.raw`(?<![\p{L}])${ADDRESSEE_POSSESSIVE}[ \t]+(?!(?:preservation|confirmation|extension|new|conservation|sicherung|bewaring)\b)(?:[\p{L}-]{2,20}[ \t]+){0,2}${REQUESTS_NUMBER}${ADDRESSEE_NOUN}(?:[ \t]+(?:de[ \t]+\p{L}+|number|no\.?|nr\.?|#))?[ \t]*[:#]?[ \t]*$`, 'iu');

/**
 * A file noun coordinated with an earlier noun the addressee's possessive heads, in the same sentence ("Your operation
 * name "OP LANTERN" and crime reference 44/110982/26 have been noted", "Ihr Schreiben vom 3.11. und Aktenzeichen …"): the
 * possessive reaches it as it reaches the first noun. The first conjunct is a short noun phrase, maybe with its value,
 * no verb in it; the second names no first person's or preservation's number.
 */
const COORDINATED_NOUN = new RegExp(
  String.raw`[ \t]+(?:and|&|et|und|y|e|en|och|og|oraz)[ \t]+((?:[\p{L}-]{2,20}[ \t]+){0,2})${ADDRESSEE_NOUN}(?:[ \t]+(?:number|no\.?|nr\.?|#))?[ \t]*[:#]?[ \t]*$`,
  'iu',
);
const ADDRESSEE_HEAD = new RegExp(String.raw`(?<![\p{L}])${ADDRESSEE_POSSESSIVE}[ \t]+(?!(?:preservation|confirmation|extension|new|conservation|sicherung|bewaring|request|demande|anfrage|solicitud)(?![\p{L}]))`, 'giu');
const NOT_THE_ADDRESSEES = /(?<![\p{L}])(?:our|notre|nos|unser\p{L}*|nuestr\p{L}*|nostr\p{L}*|onze|noss\p{L}*|vår\p{L}*|nasz\p{L}*|preservation|conservation|sicherung|new|the|this)(?![\p{L}])/iu;
const COORDINATED_VERB = /(?<![\p{L}])(?:is|was|were|are|has|have|had|been|will|wurde|ist|est|a|fue|ha|è|werd|foi|är|blev)(?![\p{L}])/iu;
function addresseesCoordinated(region: string, at: number): boolean {
  const window = region.slice(Math.max(0, at - 120), at).split(/\n[ \t]*\n|[.!?;:](?=[ \t\n])/).pop()!.replace(/[ \t]*\n[ \t]*/g, ' ');
  const m = COORDINATED_NOUN.exec(window);
  if (!m || NOT_THE_ADDRESSEES.test(m[1]!)) return false;
  const heads = [...window.slice(0, m.index).matchAll(ADDRESSEE_HEAD)];
  const head = heads[heads.length - 1];
  if (!head) return false;
  const between = window.slice(head.index! + head[0].length, m.index);
  return between.length <= 60 && !COORDINATED_VERB.test(between);
}

/** Before a label, the addressee's possessive or its letters' abbreviation ("V/Réf.", "S/Ref.", "Vs. rif."). */
export const ADDRESSEE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${ADDRESSEE_POSSESSIVE}[ \t]+|[VS]\/[ \t]*|Vs\.?[ \t]+)$`, 'iu');

function addressees(region: string, at: number): boolean {
  // One line wrap is read through; a blank line or a colon at a line's end parts a heading from what follows.
  const window = region.slice(Math.max(0, at - 70), at).split(/\n[ \t]*\n|:[ \t]*\n/).pop()!.replace(/[ \t]*\n[ \t]*/g, ' ');
  return ADDRESSEES.test(window);
}

/**
 * A file noun the addressee's own act qualifies ("Case number you provided:", "the reference you quoted, …", "File no.
 * that your agency supplied:"): the number is the one the addressee gave, i.e. the agency's, not the provider's. A
 * request of the provider's ("Reference you should quote:") is no such act.
 */
const ADDRESSEE_GAVE =
  /\b(?:ref(?:erence)?|case|file|matter|number|no\.?|#|id|investigation|inquiry|enquiry|operation|incident)\.?(?:[ \t]+(?:number|no\.?|#|id))?[ \t]+(?:(?:that|which)[ \t]+)?(?:you|your[ \t]+(?:agency|office|team|department|unit))[ \t]+(?:have[ \t]+|had[ \t]+)?(?:provided|gave|given|supplied|quoted|cited|used|submitted|referenced|included|sent|entered|listed|mentioned|(?:identified|designated|described|referred[ \t]+to|labell?ed|titled|termed|know[ \t]+as)(?:[ \t]+(?:it|this|them))?[ \t]+as|called|named)(?:[ \t]+(?:us|to[ \t]+us))?[ \t]*[:#,]?[ \t]*(?:\n[ \t]*)?#?$/i;

/**
 * A label that puts the number on the addressee's side ("Sygnatura sprawy po Państwa stronie:", "Case number on your
 * side:", "Numéro de dossier de votre côté :", "Aktenzeichen auf Ihrer Seite:"), as the provider's own side names its
 * own ("Case reference on our side:").
 */
const ADDRESSEES_SIDE =
  /(?<![\p{L}])(?:on[ \t]+your[ \t]+(?:side|end)|po[ \t]+(?:Państwa|Pana|Pani|waszej|twojej)[ \t]+stronie|de[ \t]+votre[ \t]+côté|auf[ \t]+Ihrer[ \t]+Seite|por[ \t]+su[ \t]+parte|de[ \t]+su[ \t]+lado|da[ \t]+parte[ \t]+vostra|aan[ \t]+uw[ \t]+zijde)[ \t]*[:#]?[ \t]*$/iu;

/**
 * The addressee's request named by what it is about ("Thank you for your extension request regarding Case 26-0311-PX",
 * "your letter concerning file 4471/26", "Ihre Anfrage bezüglich Aktenzeichen …"): the case the request was about is the
 * agency's. A request of the provider's numbering ("your request has been assigned case number …") is no such phrase.
 */
const ADDRESSEES_REQUEST_ABOUT = new RegExp(
  String.raw`(?<![\p{L}])${ADDRESSEE_POSSESSIVE}[ \t]+(?:[\p{L}-]{2,20}[ \t]+){0,2}(?:request|letter|submission|inquiry|enquiry|demande|anfrage|ersuchen|verzoek|solicitud|richiesta|pedido|wniosek|pismo)[ \t]+(?:regarding|concerning|about|relating[ \t]+to|in[ \t]+relation[ \t]+to|re:?|concernant|bezüglich|betreffend|zu|betreffende|sobre|relativa[ \t]+a|dotycząc[ey])[ \t]+(?:(?:the|your|votre|Ihre?m?|uw|su)[ \t]+)?(?:[\p{L}-]{2,20}[ \t]+)?${ADDRESSEE_NOUN}(?:[ \t]+(?:number|no\.?|nr\.?|#))?[ \t]*[:#]?[ \t]*$`,
  'iu',
);

const OUR_REF_LINE = /^[ \t>]*onze[ \t]+ref[^\n]{0,10}$/i;

/**
 * A Nordic file label in the first person ("Vårt diarienummer: MYND-FQRX") is the writer's own; in a message that also
 * names the addressee's ("Ert diarienummer: 5000-K418833-26") the writer is the provider, and it names its own number.
 * Without that counterpart the writer may be the officer ("Vores journalnr. 0100-…" in a note above a pasted page).
 */
const NORDIC_OURS = /(?<![\p{L}])(?:vårt|vår|vores|vort)[ \t]+(?:diarienummer|diarienr\.?|journalnr\.?|journalnummer|sagsnummer|saksnummer)[ \t]*[:#]?[ \t]*$/iu;
const NORDIC_YOURS = /(?<![\p{L}])(?:ert|er|jeres|deres|dere|ditt|din)[ \t]+(?:diarienummer|diarienr\.?|journalnr\.?|journalnummer|sagsnummer|saksnummer)(?![\p{L}])/iu;

/**
 * The writer opening files of its own ("hemos abierto un expediente para cada una", "we have opened a separate case for
 * each account", "nous avons ouvert un dossier"): a bare file word heading a line after it ("Expediente WLP-…") labels
 * one of those files, not the agency's.
 */
const FILE_OPENED =
  /(?<![\p{L}])(?:(?:hemos|he)[ \t\n]+(?:abierto|creado|registrado)|we[ \t\n]+(?:have[ \t\n]+)?(?:opened|created|logged)|nous[ \t\n]+avons[ \t\n]+(?:ouvert|créé)|abbiamo[ \t\n]+(?:aperto|creato)|wir[ \t\n]+haben|abrimos|criamos)[ \t\n]+(?:(?:un|una|uno|el|la|a|one|two|separate|un[ \t\n]+nuevo|einen|eine|ein|zwei|deux|due|dos|um|uma)[ \t\n]+)?(?:(?:separate|distinct|new|nuevo|nouveau|neuen?|eigenen?)[ \t\n]+)?(?:expedientes?|cases?|files?|dossiers?|pratiche|pratica|vorg[äa]nge?|akten?|processos?)(?![\p{L}])/iu;
/** A file word joined to a provider's name before it ("Microsoft-Aktenzeichen:", "Jodel-Aktenzeichen:"): the provider's own. */
export const JOINED_FILE_LABEL = String.raw`(?<![\p{L}\p{N}-])(\p{Lu}[\p{L}.&]{1,24})-(?:aktenzeichen|vorgangsnummer|referenz(?:nummer)?|fallnummer|gesch[äa]ftszeichen|zeichen|referentie|kenmerk|referens|sygnatura)[ \t]*:?[ \t]*`;
const PROVIDER_JOINED_FILE = new RegExp(`${JOINED_FILE_LABEL}$`, 'iu');

const BARE_FILE_HEAD = /^[ \t>|*-]*(?:expediente|case|file|dossier|pratica|vorgang|akte|processo)(?:[ \t]+(?:n[º°o]\.?|nr\.?|no\.?|number|#))?[ \t]*[:#]?[ \t]*$/iu;

export function agencys(region: string, at: number): boolean {
  const lineStart = region.lastIndexOf('\n', at - 1) + 1;
  const line = region.slice(lineStart, at);
  if (NORDIC_OURS.test(line) && NORDIC_YOURS.test(region)) return false;
  const joined = PROVIDER_JOINED_FILE.exec(line);
  if (joined && isProviderName(joined[1]!)) return false;
  if (BARE_FILE_HEAD.test(line) && FILE_OPENED.test(region.slice(Math.max(0, lineStart - 2_000), lineStart))) return false;
  if (BARE_FILE_LABEL.test(line) && requesterFieldAbove(region, lineStart)) return true;
  // "Onze referentie:" as a line's label in the header block (no blank line above it yet) is a letterhead's, in a
  // pasted forward the agency's own; in the provider's text below its greeting ("Onze referentie: BVLE-…" after "Hierbij
  // bevestigen wij …") or in its sentence ("… in behandeling genomen (onze referentie: UBR-…)") it is the provider's.
  if (OUR_REF_LINE.test(line) && !/\n[ \t]*\n/.test(region.slice(0, lineStart))) return true;
  if (addressees(region, at) || addresseesCoordinated(region, at) || ADDRESSEE_GAVE.test(region.slice(Math.max(0, at - 90), at))) return true;
  if (ADDRESSEES_REQUEST_ABOUT.test(region.slice(Math.max(0, at - 120), at).replace(/[ \t]*\n[ \t]*/g, ' '))) return true;
  if (ADDRESSEES_SIDE.test(line.slice(-60))) return true;
  if (otherPartys(region, at)) return true;
  // Inside the brackets of what the addressee's possessive names ("Your operation name (Op CORALSEA, QPS ref QP26…)").
  if (ADDRESSEES_BRACKET.test(region.slice(Math.max(0, at - 100), at))) return true;
  // A label whose bracket names the addressee as its giver, on the number's line or as a heading above it.
  if (ADDRESSEE_BRACKET_LABEL.test(region.slice(Math.max(0, at - 100), at))) return true;
  // A wrap right before the number, the label closing the line above after other words ("Submitted by: Inv. Rourke,
  // National Cyber Squad (Your case:⏎NCS/26/44012)", a copy wrapped at its width): the label reads as on one line.
  // A line that ends its sentence ("… for your case.⏎LESS-…") is no label's.
  const before = region.slice(Math.max(0, at - 41), at);
  const wrapped = /[^.!?\s][ \t]*\n[ \t]*$/.test(before) && AGENCY_LABEL.test(before.replace(/[ \t]*\n[ \t]*$/, ' ').slice(-40));
  return AGENCY_LABEL.test(region.slice(Math.max(0, at - 40), at)) || wrapped || AGENCY_LABEL.test(headingAsLabel(region.slice(Math.max(0, at - 80), at)).slice(-40)) || REQUESTER_LINE.test(line) || possessedByOther(line.slice(-120));
}

/**
 * A file noun whose bracket names the addressee as the one who gave it ("Case Reference (provided by you)", "Case number
 * (as supplied by your agency):", "Référence (fournie par vous)", "Aktenzeichen (von Ihnen angegeben)", "Referencia
 * (proporcionada por usted)", "Riferimento (fornito da voi)", "Kenmerk (door u opgegeven)", "Referência (informada por
 * você)"): the number under or after it is the agency's, as after "Case number you provided:".
 */
const ADDRESSEE_BRACKET_LABEL =
  /(?<![\p{L}])(?:ref(?:erence)?|case|file|matter|number|no\.?|id|r[ée]f[ée]rence|dossier|aktenzeichen|referenz|zeichen|referencia|expediente|riferimento|fascicolo|kenmerk|referentie|refer[êe]ncia|processo)\.?(?:[ \t]+(?:number|no\.?|#|id|nummer))?[ \t]*\((?:[^()\n]{0,30}[ \t])?(?:by[ \t]+(?:you|your[ \t]+\p{L}{2,20}|the[ \t]+(?:requester|requestor|agency|officer|submitter))|par[ \t]+vous|par[ \t]+votre[ \t]+\p{L}{2,20}|von[ \t]+Ihnen|por[ \t]+(?:usted(?:es)?|vos|você|vocês|su[ \t]+\p{L}{2,20})|da[ \t]+(?:voi|lei)|door[ \t]+u|door[ \t]+uw[ \t]+\p{L}{2,20})(?:[ \t][^()\n]{0,20})?\)[ \t]*[:#]?[ \t]*(?:\n[ \t]*)?#?$/iu;

/** An open bracket after a noun the addressee's possessive heads ("your operation name (…", "Ihr Vorgang (…"), not the preservation's. */
const ADDRESSEES_BRACKET =
  /(?<![\p{L}])(?:your|ihre?[nm]?|votre|vos|su|sus|uw)[ \t\n]+(?!(?:preservation|confirmation|extension|new|request|ticket|account|data|verzoek|aanvraag|demande|requête|anfrage|ersuchen|solicitud|petición|richiesta)(?![\p{L}]))(?:(?!(?:is|was|are|were|has|have|had|been|est|a|été|ist|wurde|hat|werd|heeft|es|fue|ha|è|stato)(?![\p{L}]))[\p{L}-]{2,20}[ \t\n]+){0,2}[\p{L}-]{2,20}[ \t\n]*\([^()\n]{0,60}$/iu;

/**
 * "SC-REQ-11029 (your reference)", "26-44871 (your case number)": the words right after it make it the addressee's.
 * Not where the bracket gives the addressee's own number ("Case ID 3391187 (your reference HPD-CY-26-3318)"): that one
 * is theirs, the number before it another's.
 */
export const AGENCY_AFTER =
  /^[ \t]*\((?:your|agency|the[ \t]+agency['’]s|officer['’]s)[ \t]+(?:[\p{L}-]+[ \t]+)?(?:ref(?:erence)?|case|file|number|no\.?)\b(?!\.?[ \t]*(?:(?:number|no\.?|nr\.?|id)[ \t]*)?[:#]?[ \t]*[A-Z0-9][\w/.-]*\d)/iu;

/**
 * The addressee's possessive right before its reference noun, right before the number ("Your Ref SV/OP-…", "your
 * reference: …", "votre référence : …", "Ihr Zeichen: …", "uw kenmerk …", "su referencia: …", the Italian "Vs. rif. prot.
 * n. …"), or the Polish "sygn."
 * that cites the writing authority's file number ("pismo (sygn. RSD-2207/26)"): the strictest form of the
 * agency's label, with no other word between (not "your request #…" nor "your reference number is …", which a provider
 * says of its own number).
 */
export const ADDRESSEES_REF =
  /(?<![\p{L}])(?:(?:your|votre|vos|ihr(?:e|er|em)?|uw|su|sus|vostr[oa]|seu|sua)[ \t]+(?:ref(?:erence)?\.?|r[ée]f[ée]rence|réf\.?|aktenzeichen|zeichen|kenmerk|referencia|riferimento|refer[êe]ncia)|(?<!nasz[ae]?[ \t]{1,20})sygn\.|(?<![\p{L}])vs\.?[ \t]*rif\.?(?:[ \t]+prot(?:ocollo)?\.?)?(?:[ \t]+n(?:r|um)?\.?)?)[ \t]*[:#]?[ \t]*$/iu;

const FILE_NAME_AFTER = /^[\w.-]{0,80}\.(?:pdf|docx?|odt|rtf|txt|eml|msg|zip|png|jpe?g|xlsx?|csv)(?![\w])/i;
/** Whether [start, end) stands inside an attachment's file name: joined to it by an underscore, or its extension after it. */
export function inFileName(region: string, start: number, end: number): boolean {
  return region[start - 1] === '_' || region[end] === '_' || FILE_NAME_AFTER.test(region.slice(end, end + 90));
}

/** A field that names its number the agency's, at a line's start ("Agency case number:", "Case number provided:"). */
export const AGENCY_CASE_FIELD =
  /(?:^|\n)[ \t|]*(?:(?:requesting[ \t]+)?(?:agency|police|law[ \t]+enforcement|department|officer['’]?s?)[ \t]+(?:case|file|report|incident|reference|ref\.?)(?:[ \t]+(?:number|no\.?|#|id))?|(?:case|file|reference|ref\.?)(?:[ \t]+(?:number|no\.?|#|id))?[ \t]+(?:provided|supplied|given|submitted|quoted))[ \t]*[:#|][ \t]*$/iu;

/**
 * A line the addressee's label opens, the number further on it ("Your reference: Polizeiinspektion Oldenburg-Stadt,
 * Vorgangsnummer 202600418833"): the agency's, whatever words stand between in the same sentence.
 */
export const ADDRESSEES_LINE =
  /(?:^|\n)[ \t]*(?:your[ \t]+(?:reference|ref\.?|case|file)(?:[ \t]+(?:number|no\.?))?|ihre?[ \t]+(?:zeichen|aktenzeichen)|votre[ \t]+r[ée]f[ée]rence|su[ \t]+referencia|uw[ \t]+kenmerk)[ \t]*:(?:[^\n.]|\.(?![ \t]|$)){0,100}$/iu;

/**
 * The officer's own label before a number in the officer's own words ("our reference EM/CY/26/0552", "Our ref:", "unser
 * Zeichen", "notre référence"): the agency's number, wherever the provider's reply repeats it.
 */
export const OFFICERS_OWN_LABEL =
  /(?<![\p{L}])(?:our|my|unser(?:e|em|er)?|notre|nuestr[oa]|onze|vår|vårt|nasz[ae]?|naše)[ \t]+(?:(?:internal|own|case|crime|file|force|unit)[ \t]+)?(?:ref(?:erence)?\.?|case|file|aktenzeichen|zeichen|r[ée]f[ée]rence|referencia|kenmerk|referentie|referens|znak|sygnatura|značka)(?:[ \t]+(?:number|no\.?|nr\.?|#))?[ \t]*[:#]?[ \t]*$/iu;

/**
 * The agency's numbers in a thread: those an agency's label introduces in any message ("Your ref:", "Crime reference:"),
 * and those the officer's own messages label as their own ("our reference …").
 */
export function agencysNumbers(text: string, messages: ReadonlyArray<{ start: number; end: number; officers: boolean }>): Set<string> {
  const out = new Set<string>();
  for (const m of messages) {
    const region = text.slice(m.start, Math.min(m.end, m.start + 20_000));
    for (const n of region.matchAll(NUMBER_IN_SENTENCE)) {
      const before = region.slice(Math.max(0, n.index! - 60), n.index!);
      if ((m.officers && OFFICERS_OWN_LABEL.test(before)) || AGENCY_LABEL.test(before.slice(-40))) out.add(n[0]);
    }
  }
  return out;
}

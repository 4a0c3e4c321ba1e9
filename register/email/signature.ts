import { RANK_ABBREVIATIONS } from './ranks';
import { gapsAsColons, tableHeaders } from './tables';

/**
 * Signature blocks, found by their structure rather than by a word on one line: the lines after a sign-off
 * ("Kind regards," "Mit freundlichen Grüßen", "Cordialement", "Sent from my iPhone"), and a closing paragraph of short
 * lines that starts with a name and holds a way to reach someone (a phone, an address, a street). Whatever sits in
 * one (the officer's phone, the provider's postal address) is the writer's, never a target's.
 */
export interface Span {
  start: number;
  end: number;
}

/** A sign-off alone on its line, in the languages the mail clients write (a name may follow on the same line). */
const SIGN_OFF =
  /^[ \t]*(?:(?:kind|best|warm|many|with)?[ \t]*(?:regards|wishes|thanks)|best|cheers|sincerely(?:[ \t]+yours)?|yours[ \t]+(?:sincerely|faithfully|truly)|respectfully|thank[ \t]+you|thanks|(?:mit[ \t]+)?freundlichen?[ \t]+grü(?:ß|ss)en?|mfg|(?:viele|beste|liebe|herzliche)[ \t]+grü(?:ß|ss)e|cordialement|bien[ \t]+(?:à[ \t]+vous|cordialement)|(?:(?:sincères|meilleures)[ \t]+)?salutations(?:[ \t]+distinguées)?|(?:un[ \t]+)?saludo(?:s)?(?:[ \t]+cordiales)?|(?:reciba[ \t]+)?un[ \t]+(?:cordial|atento)[ \t]+saludo|atentamente|cordiali[ \t]+saluti|distinti[ \t]+saluti|saluti|(?:met[ \t]+)?(?:vriendelijke|hartelijke)[ \t]+groet(?:en)?|groeten|atenciosamente|(?:(?:com[ \t]+)?(?:os[ \t]+)?(?:melhores|meus|atenciosos|cordiais)[ \t]+)?cumprimentos|(?:med[ \t]+)?vänliga[ \t]+hälsningar|med[ \t]+vennlig[ \t]+hilsen|vennlig[ \t]+hilsen|hälsningar|pozdrawiam|z[ \t]+poważaniem|z[ \t]+wyrazami[ \t]+szacunku|s[ \t]+pozdravem|sent[ \t]+from[ \t]+my[ \t]+\S+(?:[ \t]+\S+)?|von[ \t]+meinem[ \t]+\S+[ \t]+gesendet|envoyé[ \t]+de[ \t]+mon[ \t]+\S+)[ \t]*[,.!]?/iuy;
/**
 * After the sign-off, a name may follow on its line: capitalised words, checked without the `i` flag (under which
 * \p{Lu} matches any letter, so "Thank you for contacting Meta." would read as a sign-off and a name).
 */
const NAME_AFTER_SIGN_OFF = /^(?:[ \t]+[\p{Lu}][\p{L}.'-]{0,20}){0,3}[ \t]*$/u;

function isSignOff(line: string): boolean {
  SIGN_OFF.lastIndex = 0;
  const m = SIGN_OFF.exec(line);
  return !!m && NAME_AFTER_SIGN_OFF.test(line.slice(m[0].length));
}
/** A line that names someone or something: capitalised words, no digits, no label colon ("Det. Jane Roe", "Snap Inc."). */
const NAME_LINE = /^[ \t]*(?:[\p{Lu}][\p{L}.,'&()/-]{0,30}[ \t]{1,2}){0,6}[\p{Lu}][\p{L}.,'&()/-]{0,30}(?<![,:])[ \t]*$/u;
/** A way to reach someone: a phone number, an e-mail address, a web address or a street address. */
const CONTACT =
  /(?<![\w-])\+?\(?\d[\d ().-]{6,18}\d(?![\w-])|[\w.%+-]+@[\w-]+(?:\.[\w-]+)+|\bwww\.|\b\d{1,5}[ \t]+[\p{Lu}][\p{L}]+(?:[ \t]+[\p{Lu}][\p{L}]+)*[ \t]+(?:St|Street|Ave|Avenue|Road|Rd|Blvd|Way|Drive|Dr|Lane|Parkway|Plaza)\b|\b\d{4,5}[ \t]+[\p{Lu}][\p{L}]+|\b[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?\b/u;
/** A line that says what it holds ("Account: …", "Reference: …"): the provider's content, which ends a signature. */
const CONTENT_LINE = /\b(?:account|user(?:name)?|target|reference|r[ée]f[ée]rence|ref|preserv\w*|identifier|konto|compte|cuenta|benutzer|utilisateur)\b[^\n]{0,30}[:#]/i;
/** A heading that names what the provider lists ("Identifiers", "Preserved accounts", "Accounts:"): content, not a name. */
const CONTENT_HEADING =
  /^[ \t]*(?:[\p{L}-]+[ \t]+){0,2}(?:accounts?|identifiers?|targets?|users?|usernames?|profiles?|subscribers?|comptes|konten|cuentas|contas)[ \t]*:?[ \t]*$/iu;

/**
 * The provider's content: a line that says what it holds, with a colon or, as a copied page's grid writes it, with a
 * gap of spaces for the colon ("Instagram username   quarry.lark_9"), or a heading of what it lists.
 */
function contentLine(line: string): boolean {
  return CONTENT_LINE.test(line) || CONTENT_HEADING.test(line) || (/\S[ \t]{2}/.test(line) && CONTENT_LINE.test(gapsAsColons(line)));
}

const SHORT = 80;
const MAX_SIGNATURE_LINES = 15;

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  for (let pos = from; pos < to && lines.length < 5000; ) {
    const eol = text.indexOf('\n', pos);
    const end = eol === -1 || eol > to ? to : eol;
    lines.push({ start: pos, end, text: text.slice(pos, Math.min(end, pos + 300)) });
    pos = end + 1;
  }
  return lines;
}

/** From a sign-off to the end of the block: short lines only, until a content line or a long line of prose. */
function afterSignOff(lines: Line[], at: number): Span {
  let last = at;
  let kept = 0;
  for (let i = at + 1; i < lines.length && kept < MAX_SIGNATURE_LINES; i++) {
    const line = lines[i]!.text;
    if (!line.trim()) continue;
    if (line.length > SHORT || contentLine(line)) break;
    last = i;
    kept++;
  }
  return { start: lines[at]!.start, end: lines[last]!.end };
}

/** The closing paragraph, where it starts with a name and holds a contact line: a signature with no sign-off. */
function closingParagraph(lines: Line[]): Span | null {
  let end = lines.length - 1;
  while (end >= 0 && !lines[end]!.text.trim()) end--;
  let start = end;
  while (start > 0 && lines[start - 1]!.text.trim()) start--;
  // A rule over the name ("-----⏎Marcus Hale⏎…") opens the signature, it is no part of it.
  while (start < end && RULE.test(lines[start]!.text)) start++;
  if (end < 0 || end - start < 1 || end - start >= MAX_SIGNATURE_LINES) return null;
  const paragraph = lines.slice(start, end + 1);
  if (!NAME_LINE.test(paragraph[0]!.text)) return null;
  if (paragraph.some((l) => l.text.length > SHORT || contentLine(l.text))) return null;
  if (!paragraph.some((l) => CONTACT.test(l.text))) return null;
  return { start: paragraph[0]!.start, end: paragraph[paragraph.length - 1]!.end };
}

/**
 * The officer's own block: a paragraph of short lines (after a blank line or a rule) whose first line is a name headed
 * by a rank or title, a collar number allowed ("PC 3307 Harriet Lindqvist", "Inv. Tomasz Wieczorek | Riverbend PD"), the
 * first name maybe an initial ("Officer T. Brennan | Badge 6630"), the rank in two or three words ("Det. Sgt. Ana Roe",
 * "Detective Constable Owen Farrer").
 * Everything in it is the officer's or the agency's, "Our ref:" and "Case …" lines included.
 */
const RANK_NAME_LINE =
  new RegExp(String.raw`^[ \t]*(?:(?:${RANK_ABBREVIATIONS}|Officer|Detective|Constable|Sergeant|Inspector|Investigator|Corporal|Trooper|Deputy|Lieutenant|Captain|Special[ \t]+Agent|Agent|Kriminal\p{L}*|Commissaire|Brigadier|Agente|Ispettore|Inspecteur|Inspectora?|Subinspector|Polizeihauptkommissar\p{L}*|Hauptkommissar\p{L}*)\.?[ \t]+){1,3}(?:\d{2,6}[ \t]+)?[\p{Lu}](?:[\p{L}'-]+|\.)(?:[ \t]+[\p{Lu}][\p{L}'.-]*){0,3}[ \t]*(?:$|\|)`, 'u');
const RULE = /^[ \t]*[-_=]{3,}[ \t]*$/;
const OFFICER_BLOCK_LINES = 8;

export function officerBlocks(text: string, from: number, to: number): Span[] {
  return officerBlocksIn(linesOf(text, from, to));
}

/** Lines a letter may set above its addressee ("VIA EMAIL", "Attn:", "Par courriel"): a few short lines, no content. */
const MAX_LINES_ABOVE_ADDRESSEE = 2;

function officerBlocksIn(lines: Line[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!RANK_NAME_LINE.test(lines[i]!.text)) continue;
    // The rank and name open their paragraph, or follow a short line or two that say how the letter went or to whom.
    let top = i;
    while (top > 0 && lines[top - 1]!.text.trim() && !RULE.test(lines[top - 1]!.text)) top--;
    const above = lines.slice(top, i);
    if (above.length > MAX_LINES_ABOVE_ADDRESSEE || above.some((l) => l.text.length > SHORT / 2 || contentLine(l.text) || CONTACT.test(l.text))) continue;
    let last = i;
    while (last + 1 < lines.length && lines[last + 1]!.text.trim() && !RULE.test(lines[last + 1]!.text)) last++;
    const block = lines.slice(i, last + 1);
    if (block.length <= OFFICER_BLOCK_LINES && block.every((l) => l.text.length <= SHORT + 20)) spans.push({ start: block[0]!.start, end: block[block.length - 1]!.end });
    i = last;
  }
  return spans;
}

/**
 * What opens a letter's body under its inside address: a subject line ("Re:", "RE:", "Objet :", "Betreff:", "Asunto:")
 * or a salutation ("Dear …", "Sehr geehrte …", "Madame, Monsieur", "Estimado …").
 */
const LETTER_OPENING =
  /^[ \t]*(?:(?:re|subject|subj|objet|betreff|asunto|oggetto|assunto|onderwerp|ärende|emne|aihe|dotyczy|věc)[ \t]*:|(?:dear|sehr[ \t]+geehrte[rn]?|liebe[rn]?|madame|monsieur|mesdames|estimad[oa]s?|gentile|gentili|egregio|prezad[oa]s?|caro|cara|geachte|bäste|kära|kjære|kære|szanown\p{L}*|vážen\p{L}*|hyvä)\b)/iu;
const MAX_ADDRESS_LINES = 6;
/** A letter's reference row under the inside address ("Prot. n. SBT-LE/2026/1187", "Vs. rif.:", "N/Réf."). */
const LETTER_REF_LINE = /^[ \t]*(?:prot\.?(?:[ \t]+n\.?)?|protocollo|(?:vs|ns|vostro|nostro)\.?[ \t]+rif\.?|(?:n|v)\/[ \t]?r[ée]f\.?)[ \t]*[:.]?[ \t]/iu;
const LABELLED_ROW = /^[ \t]*[\p{L}][\p{L} .'’-]{1,30}:[ \t]*\S/u;
/** A word that opens an inside address ("Spett.le", "c.a.", "Attn:", "À l'attention de", "z. Hd."). */
const ADDRESSING_HEAD = /^[ \t]*(?:spett\.?le|spettabile|c\.a\.|attn\.?:?|attention:|à[ \t]+l['’]attention[ \t]+d|z\.[ \t]?hd\.?|zu[ \t]+händen)(?![\p{L}])/iu;

/**
 * A letter's inside address: a paragraph of short lines that holds a way to reach someone and is followed by the
 * letter's subject line or salutation ("Ms. Renata Solis⏎Cyber Crimes Unit⏎rsolis@…⏎⏎RE: Preservation"). It names
 * the addressee, whose details are never a target's.
 */
function insideAddresses(lines: Line[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.text.trim() || (i > 0 && lines[i - 1]!.text.trim())) continue;
    let last = i;
    while (last + 1 < lines.length && lines[last + 1]!.text.trim()) last++;
    let next = last + 1;
    while (next < lines.length && !lines[next]!.text.trim()) next++;
    const block = lines.slice(i, last + 1);
    // Followed by the subject or salutation, or by the letter's reference rows ("Prot. n. …", "Vs. rif.: …"), or headed
    // by a word of addressing ("Spett.le", "c.a.", "Attn:", "À l'attention de").
    // Those two only for a block of no labelled rows ("Postfach: …" over "Unser Zeichen: …" is the provider's list).
    const opened = next < lines.length && next > last + 1 && LETTER_OPENING.test(lines[next]!.text);
    const unlabelled = block.every((l) => !LABELLED_ROW.test(l.text));
    const refRowNext = next < lines.length && next > last + 1 && LETTER_REF_LINE.test(lines[next]!.text);
    const isAddress =
      (opened || (unlabelled && (refRowNext || ADDRESSING_HEAD.test(block[0]!.text)))) &&
      block.length >= 2 &&
      block.length <= MAX_ADDRESS_LINES &&
      block.every((l) => l.text.trim().length <= SHORT && !contentLine(l.text) && !LETTER_OPENING.test(l.text)) &&
      block.some((l) => CONTACT.test(l.text));
    if (isAddress) spans.push({ start: block[0]!.start, end: block[block.length - 1]!.end });
    i = last;
  }
  return spans;
}

/**
 * A portal's or a letter's block of key-value rows about the requester ("Requesting officer   Sgt. Roe", "Agency   …",
 * "Phone   (216) 555-0148"): its contact rows are the officer's. Only those: a target's row in the same block stays one.
 */
const KEY_END = String.raw`(?:[ 	]*:|[ 	]{2,}|	)`;
const REQUESTER_KEY = new RegExp(
  String.raw`^[ 	]*(?:requesting[ 	]+(?:officer|agent|investigator|agency|party)|requester|requestor|requested[ 	]+by|submitted[ 	]+by|submitting[ 	]+officer|officer(?:[ 	]+(?:name|in[ 	]+charge))?|investigator|contact[ 	]+officer|case[ 	]+officer|enquêteur|enquêtrice|service[ 	]+demandeur|demandeur|ermittler(?:in)?|sachbearbeiter(?:in)?|antragsteller(?:in)?|investigador(?:a)?|solicitante|agente[ 	]+solicitante|richiedente|aanvrager|verbalisant|behandelaar|handläggare|saksbehandler|sagsbehandler|wnioskodawca)${KEY_END}`,
  'iu',
);
const REQUESTER_CONTACT_KEY = new RegExp(String.raw`^[ 	]*(?:(?:officer|requester|requestor|agency|contact|officer['’]s)[ 	]+)?(?:phone|tel(?:ephone|efon|éfono|efono|efoon|éphone)?\.?|tél\.?|e-?mail|courriel|correo(?:[ 	]+electr[óo]nico)?|e-post|fax|mobile|cell|portable|durchwahl)(?:[ 	]+(?:number|no\.?|address))?${KEY_END}`, 'i');
/**
 * A letter's reference block ("Ihr Zeichen / Unser Zeichen / Name / Telefon / Datum", "Our ref / Your ref / Direct
 * line"): two or more of these keys make it one, and its contact rows are the letter writer's.
 */
const LETTER_REF_KEY = new RegExp(
  String.raw`^[ 	]*(?:ihre?[ 	]+zeichen|unser[ 	]+zeichen|ihre[ 	]+nachricht[ 	]+vom|ihr[ 	]+schreiben[ 	]+vom|our[ 	]+ref(?:erence)?|your[ 	]+ref(?:erence)?|(?:notre|votre|n/|v/)[ 	]?réf(?:érence)?|(?:nuestra|su|n/|s/)[ 	]?ref(?:erencia)?|(?:vs|ns|vostro|nostro)\.?[ 	]+rif(?:erimento)?|(?:ons|uw)[ 	]+kenmerk)\.?${KEY_END}`,
  'iu',
);
function requesterContactRows(lines: Line[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.text.trim()) continue;
    let last = i;
    while (last + 1 < lines.length && lines[last + 1]!.text.trim()) last++;
    const block = lines.slice(i, last + 1);
    if (block.some((l) => REQUESTER_KEY.test(l.text)) || block.filter((l) => LETTER_REF_KEY.test(l.text)).length >= 2) for (const l of block) if (REQUESTER_CONTACT_KEY.test(l.text)) spans.push({ start: l.start, end: l.end });
    i = last;
  }
  return spans;
}

/** The signature blocks in `text[from, to)` (one block of a mail chain), and a letter's inside address. */
export function signatureSpans(text: string, from: number, to: number): Span[] {
  const lines = linesOf(text, from, to);
  const spans: Span[] = [...officerBlocksIn(lines), ...insideAddresses(lines), ...requesterContactRows(lines)];
  const signOff = lines.findIndex((l) => l.text.length <= 60 && isSignOff(l.text));
  if (signOff !== -1) spans.push(afterSignOff(lines, signOff));
  const closing = closingParagraph(lines);
  // A table (its header over a row, or stacked one cell a line) is the provider's content, however much its header looks like a name.
  const table = closing && tableHeaders(text, closing.start, closing.end).length > 0;
  if (closing && !table && !spans.some((s) => s.start <= closing.start && closing.end <= s.end)) spans.push(closing);
  return spans;
}

export function inside(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start <= start && end <= s.end);
}

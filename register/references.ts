/**
 * Finds the provider's reference numbers in a confirmation page, an e-mail or a selection: from the words that
 * introduce them and from known formats, never every number on the page (phones, dates, times, amounts,
 * the investigator's own case number, NCMEC numbers, statutes).
 */
export interface FoundReference {
  /** Exactly as the text shows it. */
  reference: string;
  /** Where it was found: introduced by words a provider uses for its own reference, by "case number" (which
   *  may be the investigator's own echoed back), by a known format alone, or as another request's number
   *  ("earlier ticket", "linked request": an extension names the request it extends). */
  how: 'labelled' | 'case-labelled' | 'format' | 'other-request';
}

/** The reference itself, matched where the label ends (sticky): one bounded run, no nested repetition. */
const TOKEN = /[A-Z0-9](?:[A-Z0-9]|[-_/.](?=[A-Z0-9])){3,40}/iy;
/**
 * Words that introduce a reference the provider assigned. Every whitespace run is bounded and never follows
 * another one, so a label followed by thousands of blanks costs linear time (no catastrophic backtracking). A bare
 * "request", "case" or "ticket" labels a number of five digits or more after a short prefix, or one in a
 * prefix-year-sequence shape ("case CR-2026-118842"), or a two-digit year's ("case 26-0904528"): "case" there is a weak
 * label, which gives way to another. A
 * bare "request" labels a number in three or four groups of digits too, eight digits at least ("request
 * 3391-8824-17"): a number assigned to the request, in a shape no date, phone or amount has.
 */
const LABEL =
  /\b(?:(?:request|reference|ref|case|ticket|confirmation|tracking|submission|preservation|lers?|less|leors|inquiry|enquiry|incident|matter|record)\.? {0,2}(?:numbers?|nos?\.?|num\.?|#|ids?|code|nrs?\.?)|ref\.?|references?|request id|ticket|case ?#|confirmation|(?:request|case|ticket)(?= [A-Z]{0,6}-?\d{5,}| [A-Z]{1,6}(?:-\d{2,}){2,}| \d{2}-\d{6,}(?![\w-]))|request(?= (?=(?:\d-?){8})\d{2,6}(?:-\d{2,6}){2,3}(?![\w-])))(?![a-z])/gi;
/**
 * A reference printed in spaced groups after its label ("Request number KIK 4471 0923", "SNAP PR 2611 8802"): capitals,
 * then digit groups; or capitals, then one code of digits with a dash ("MEGA reference: LE 26-1183/A"; a police
 * register's "PULSE 26/0048813", "RGNR 7731/2026" has a slash alone); or three groups of four digits alone ("Your request
 * number is 2611 0087 4419").
 */
const SPACED = /[A-Z]{2,6}(?:(?: [A-Z]{2,6}){0,2}(?: \d{2,6}){2,4}(?![ \t]?\d)| \d{2,6}-\d{2,8}(?:[-/][A-Z0-9]{1,6})?(?![A-Za-z0-9/-]))|\d{4}(?: \d{4}){2}(?![ \t]?\d)/y;
/** Between a label and its reference: blanks, ":", "#", "=", "(", "is" — at most a few characters of it. */
const SEPARATOR = /(?:[ \t]{0,3}(?:is\b)?[ \t]{0,3}[:#=(]?){0,2}[ \t\n]{0,3}#?/y;
/** Labels that may name the agency's own number, echoed back by the portal. */
const WEAK_LABEL = /^(?:case|matter|incident|record|inquiry|enquiry)\b/i;
/**
 * Formats that are references on their own: DISC-48213, SNAP-PR-20261122-0042, LE-2026-000812, ABCD-1234-EFGH; not the
 * head of a slashed number ("LKA-SO-2026/4417"), often an agency's file number: only a label makes that a reference.
 */
const FORMAT = /(?<![A-Za-z0-9/-])([A-Z]{2,6}(?:-[A-Z0-9]{2,12}){1,4})(?![A-Za-z0-9]|[-.][A-Za-z0-9]|\/[A-Z0-9])/g;

/** The investigator's own numbers, not the provider's. */
const OWN_NUMBER_BEFORE = /\b(?:(?:your|agency|internal|department(?:al)?|officer|request[eo]r|requesting|submitter|investigat(?:or|ing))(?:['’]?s)?\s+){1,2}(?:own\s+)?(?:case|file|internal|reference|ref|report|incident)\b[^.\n]{0,20}\n?[^.\n]{0,4}$|\bour\s+(?:case|file|investigation)\b[^.\n]{0,20}\n?[^.\n]{0,4}$|\b(?:ncmec|cybertip(?:line)?|cyber\s+tip)\b[^.\n]{0,30}$|\bu\.?s\.?c\.?\b[^.\n]{0,5}$/i;
/**
 * Another request's number named beside this one ("Extends earlier ticket 00519002", "original reference", "It is not
 * linked to Google Ref 52877104, which was closed", "Frühere Anfrage zu diesem Konto:", "Tidigare ärende för samma
 * konto:", "Richiesta precedente:"), a number the text says not to use ("do not use the FIU-IND reference STR-…"), or a
 * ticket of another desk ("your help-desk ticket #90213 about portal access"): the page shows it, it is not what this
 * page gives.
 */
const OTHER_NUMBER_BEFORE = /\b(?:earlier|previous|prior|original|parent|related|linked|former|superseded|old)\s+(?:request|ticket|reference|ref|case|preservation|submission)\b[^.\n]{0,20}\n?[^.\n]{0,4}$|\bnot\s+(?:linked|related|connected|tied)\s+to\b[^.\n]{0,30}$|\b(?:do\s+not|don't|never)\s+(?:use|quote|cite)\b[^.\n]{0,30}$|\b(?:help|service)[\s-]?desk\s+(?:ticket|case|request)\b[^.\n]{0,20}\n?[^.\n]{0,4}$|\b(?:frühere[rn]?|vorherige[rn]?|vorige[rn]?|tidigare|tidligere|forrige|eerdere|vorige|poprzedni[ea]?|wcześniejsz[ey])\s+(?:Anfrage|Ersuchen|Vorgang|Fall|ärende|sak|henvendelse|verzoek|aanvraag|zaak|zgłoszenie|wniosek|sprawa)(?=[\s:])[^.\n]{0,25}$|\b(?:demande|requête|dossier|solicitud|expediente|petición|richiesta|pratica|pedido|solicitação|processo)\s+(?:précédente?|antérieure?|anterior|precedente|previa|prévia)(?=[\s:])[^.\n]{0,25}$/i;
/**
 * The number an account's earlier preservation is filed under, in a sentence that says it was already preserved ("This
 * account is already subject to an active preservation under request DISC-…", "already preserved on 30 October under
 * Case #…", "Dieses Konto ist bereits unter der Anfrage SNAP-… gesichert", "déjà conservé sous la référence …"): another
 * request's number, not this one's. The number stands right after a word of filing (under, unter, sous, bajo …) and at
 * most three words of its label; the sentence holds a word of "already" and one of preserving.
 */
const FILED_UNDER_BEFORE = /(?<![\p{L}])(?:under|in|with|via|unter|im|mit|sous|dans|avec|bajo|con|en|sotto|nell[ao]|onder|in|met|sob|com|na|no|w|pod)[ \t\n]+(?:[\p{L}.º°'’]+[ \t\n]+){0,3}#?$/iu;
export const ALREADY = /(?<![\p{L}])(?:already|previously|bereits|schon|déjà|ya|già|reeds|al[ \t\n]+eerder|já|redan|allerede|już)(?![\p{L}])/iu;
const PRESERVING_STEM = /(?<![\p{L}])(?:preserv|conserv|gesichert|sicherung|bewaar|bewaard|bewaring|secured|retained|frozen|holds?(?![\p{L}])|zabezpiecz|bevar)/iu;
/** The sentence around a number at `start`..`end` of `input`, each side bounded. */
function sentenceAround(input: string, start: number, end: number): { before: string; after: string } {
  const before = input.slice(Math.max(0, start - 200), start).replace(ABBREVIATION_STOP, '$1');
  // A stop after a digit is an ordinal's or a date's ("am 2. Oktober"), not the sentence's end.
  let stop = -1;
  for (const m of before.matchAll(/(?<!\d)[.!?](?=[ \t])|\n/g)) stop = m.index!;
  const after = input.slice(end, end + 200);
  const next = after.search(/[.!?](?:[ \t\n]|$)|\n/);
  return { before: before.slice(stop + 1), after: next === -1 ? after : after.slice(0, next) };
}
export function filedElsewhere(input: string, start: number, end: number): boolean {
  const { before, after } = sentenceAround(input, start, end);
  if (!FILED_UNDER_BEFORE.test(before)) return false;
  // The number's clause (a semicolon parts clauses): "already" in it, a word of preserving after that.
  const clause = `${before.slice(before.lastIndexOf(';') + 1)} ${after.split(';')[0]}`;
  const already = ALREADY.exec(clause);
  return !!already && PRESERVING_STEM.test(clause.slice(already.index));
}

/** "Agency case no. 2026-11873": an abbreviation's full stop does not end what the label says. */
const ABBREVIATION_STOP = /\b(no|nr|num|ref)\./gi;
/** Whose number the text before it says it is: the investigator's own, another request's, or (null) this one's. */
function ownerFromBefore(before: string): 'own' | 'other-request' | null {
  const read = before.replace(ABBREVIATION_STOP, '$1');
  if (OWN_NUMBER_BEFORE.test(read) && !PROVIDER_SAYS_YOURS.test(read)) return 'own';
  return OTHER_NUMBER_BEFORE.test(before) ? 'other-request' : null;
}

/** "Your reference number is …", "Your reference is …": the provider gives the addressee its number. */
const PROVIDER_SAYS_YOURS = /\byour\s+(?:(?:reference|request|confirmation|tracking|ticket)\s+(?:number|no\.?|id|#)\b[^.\n]{0,10}|(?:reference|ref\.?|case|ticket)\s+is\s*:?\s*)$/i;

function looksLikeNotAReference(token: string): boolean {
  if (!/\d/.test(token)) return true;
  if (/^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/.test(token) || /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/.test(token)) return true; // a date
  if (/^\d{1,2}[:.]\d{2}$/.test(token)) return true; // a time
  if (/^\d{1,4}$/.test(token)) return true; // too short: page numbers, counts, street numbers
  if (/^\+\d/.test(token) || /^\d{3}[-.]\d{3,4}(?:[-.]\d{4})?$/.test(token)) return true; // phone-like
  if (/^\d{1,3}(?:[,.]\d{3})+(?:[.,]\d{2})?$/.test(token)) return true; // an amount
  if (/^\d+\.\d+$/.test(token)) return true; // a decimal
  return false;
}

/**
 * A button's caption that a page's text runs into the number it sits beside ("LE-4HX9-22QA" then a "Copy" button:
 * innerText puts no space between inline elements).
 */
const GLUED_CAPTION = /(?<=[A-Z0-9])(?:Copy|Copied|Show|Hide|Edit|Print|Share|Download|View|Open|Details)$/;

function clean(token: string): string {
  return token.replace(GLUED_CAPTION, '').replace(/[-_/.]+$/, '');
}

/**
 * `exclude`: the investigator's own numbers (the case number and account identifiers typed into the request
 * form), which a portal may echo back on its confirmation page.
 */
export function findReferences(text: string, exclude: readonly string[] = []): FoundReference[] {
  // Long runs of blanks say nothing: fold them first, so every pattern below sees at most a few in a row.
  const input = text.slice(0, 500_000).replace(/[ \t\u00a0]{2,}/g, ' ').replace(/\n[\s]*\n/g, '\n');
  // By reference, in the order first seen: a page with tens of thousands of candidates stays linear.
  const found = new Map<string, FoundReference>();
  const own = new Set(exclude.map((e) => e.trim().toLowerCase()).filter(Boolean));
  const add = (reference: string, how: FoundReference['how']) => {
    if (own.has(reference.toLowerCase())) return;
    const existing = found.get(reference);
    if (!existing) found.set(reference, { reference, how });
    else if (how === 'case-labelled') existing.how = how;
  };
  for (const m of input.matchAll(LABEL)) {
    SEPARATOR.lastIndex = m.index! + m[0].length;
    SEPARATOR.exec(input);
    SPACED.lastIndex = TOKEN.lastIndex = SEPARATOR.lastIndex;
    const spaced = SPACED.exec(input);
    // Spaced groups only with digits enough for a reference: "KK 12 34" is no more than "1234" is.
    const hit = (spaced && spaced[0].replace(/\D/g, '').length >= 6 ? spaced : null) ?? TOKEN.exec(input);
    if (!hit) continue;
    const token = clean(hit[0]);
    const label = m[0];
    const before = input.slice(Math.max(0, m.index! - 40), hit.index);
    if (looksLikeNotAReference(token)) continue;
    const owner = ownerFromBefore(before) ?? (filedElsewhere(input, m.index!, hit.index + hit[0].length) ? 'other-request' : null);
    if (owner === 'own') continue;
    add(token, owner ?? (WEAK_LABEL.test(label.trim()) ? 'case-labelled' : 'labelled'));
  }
  for (const m of input.matchAll(FORMAT)) {
    const token = m[1]!;
    if (!/\d/.test(token) || looksLikeNotAReference(token)) continue;
    const before = input.slice(Math.max(0, m.index! - 40), m.index!);
    const owner = ownerFromBefore(before) ?? (filedElsewhere(input, m.index!, m.index! + token.length) ? 'other-request' : null);
    if (owner === 'own' || /^(?:UTC|GMT|CET|EST|PST)[-+]/.test(token)) continue;
    add(token, owner ?? 'format');
  }
  // "Case number" is the provider's reference only where nothing else on the page is (Meta's confirmation says
  // "Case number: 12345678"); beside a request or ticket number it is the agency's own, echoed back.
  const all = [...found.values()];
  const labelled = all.some((f) => f.how === 'labelled');
  return (labelled ? all.filter((f) => f.how !== 'case-labelled') : all).slice(0, 20);
}

/** The references a confirmation page gives for this request: not the numbers of other requests it names. */
export function referencesOfThisRequest(text: string, exclude: readonly string[] = []): string[] {
  return findReferences(text, exclude)
    .filter((found) => found.how !== 'other-request')
    .map((found) => found.reference);
}

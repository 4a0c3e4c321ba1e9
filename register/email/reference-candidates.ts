import { findReferences } from '../references';
import type { Message } from './blocks';
import { ADDRESSEE_BEFORE, ADDRESSEES_LINE, ADDRESSEES_REF, AGENCY_AFTER, AGENCY_CASE_FIELD, agencys, inFileName, otherPartys } from './agency-numbers';
import { isProviderName, namesAnyProvider } from './provider';
import { places } from './reference-cues';
import { barsAsColons, findTables, gapsAsColons, stackedHeaders, type Cell } from './tables';
import { pointedLabelValues, quoteLabelledValues, quotedOnNextLine } from './pointed-label';
import { quotedAfterValues } from './quoted-after';
import { numbersAsSubject } from './number-subject';
import { askedAfter, askedToQuoteAt, LOGGED_AS, namedToQuote, quotedNumbers } from './quoting';
import { isDate, onReplySubject, REPLY_PREFIX } from './subject-numbers';
import {
  ACCOUNT_ROW_LABEL,
  ADDRESSEES_WORD,
  AND_UNDER,
  APPOSED,
  BARE_NUMBER_SHAPE,
  BREADCRUMB_ID,
  CASE_FOOTER,
  CASE_HEADING,
  CLAUSE_FOR_REQUEST,
  CLAUSE_FROM_ADDRESSEE,
  CODE_LABELLED,
  DIGIT_LED_NAMED,
  DOTTED_GROUPS,
  EARLIER_LABEL,
  FILED_UNDER_I18N,
  GIVEN_NUMBER_PL,
  HEADING_LABEL,
  HEADING_LABEL_I18N,
  HELD_UNDER,
  HELP_DESK_REQUEST,
  ITEM_CODE_HEAD,
  LABELLED_CODE,
  LAPSED_AFTER,
  LINE_LABEL,
  LIST_NEXT,
  LOGGED_UNDER,
  MIXED_CODE,
  NEW_LABELLED,
  NUMERO_NAMED,
  OPENED_FOR,
  OURS_LABELLED,
  OWN_CLAUSE_NAMED,
  OWN_LABEL_SPACED,
  OWN_LABEL_VALUE,
  OWN_NUMBER_IS,
  OWN_NUMBER_PROSE,
  PREFIXED_LABELLED,
  PRESERVATION_NAMED,
  PROCESSED_UNDER,
  PROVIDER_JOINED_VALUE,
  PROVIDER_NAMED_FILE,
  PROVIDER_OWN_LABEL,
  RECORD_NUMBER,
  RECORD_STATUS_LINE,
  REFERENCE_CELL,
  REFERENCE_COLUMN,
  REFERENCE_LABEL_I18N,
  REFERENCE_SHAPE,
  REGISTERED_WITH_BEFORE,
  SET_APART,
  shapeOf,
  SHORT_DESCRIPTION,
  SLASHED_FORMAT,
  SLASHED_LABELLED,
  SLASHED_OWN,
  SPACED_DIGITS_LABELLED,
  SPACED_DIGITS_NAMED,
  SPACED_LABELLED,
  SPACED_NAMED,
  SPACED_OWN,
  SPACED_QUOTED,
  STACKED_KEY_VALUE,
  STACKED_NOT_REFERENCE,
  SUBJECT_IDENTIFIER,
  SUBJECT_POINTED,
  SUBJECT_TICKET,
  UNAFFECTED_AFTER,
  UUID_LABELLED,
} from './reference-labels';

function requestersTitle(region: string, at: number): boolean {
  const before = region.slice(region.lastIndexOf('\n', at - 1) + 1, at);
  return SHORT_DESCRIPTION.test(before) && !providerRef(before);
}

function providerRef(before: string): boolean {
  const m = /(?<![\p{L}])(\p{Lu}[\p{L}.&-]{1,24})[ \t]+ref(?:erence)?\.?(?:[ \t]+(?:no\.?|number|#))?[ \t]*[:#]?[ \t]*$/u.exec(before);
  return !!m && isProviderName(m[1]!);
}

/** The first place `reference` occurs without being introduced as the agency's own, or null. */
export function occurrence(region: string, reference: string, officersLine: (at: number) => boolean = () => false): number | null {
  const all = places(region, reference);
  // A number the message labels the addressee's in one place ("Subject: … - Your Ref SV/OP-KESTREL/26") is the
  // addressee's wherever else it stands ("your preservation request under reference SV/OP-KESTREL/26"), unless the
  // provider asks for it to be quoted as its own number.
  const asked = (at: number) => askedAfter(region, at, reference.length);
  // So is one a field names the agency's ("Agency case number: SVPD 27-001884" under a subject that ends with it).
  // Not a reply's subject, which the other side wrote ("Betreff: AW: Verlängerung – Ihr Zeichen SR-…" is the officer's
  // "your" addressing the provider).
  // So is one legal process's label names ("the order of the Public Prosecutor's Office dated …, ref. ST.2026.4471").
  const labelsAddressees = (at: number) => (ADDRESSEES_REF.test(region.slice(Math.max(0, at - 40), at)) && !onReplySubject(region, at)) || AGENCY_CASE_FIELD.test(region.slice(Math.max(0, at - 40), at)) || otherPartys(region, at);
  // Not in the officer's own lines the message quotes or answers inline ("under your reference SNAP-LE-884031"): the
  // officer's "your" is the provider.
  if (all.length > 1 && all.some((at) => labelsAddressees(at) && !officersLine(at)) && !all.some(asked)) return null;
  // A ticket system's short description is the requester's title ("Short description: Preservation request – Sharjah
  // Police – SHJ-CID-2026-2290"): its number is the requester's wherever it stands, unless the line names it the
  // provider's ("Extension of preservation – Zoom Ref ZLR 88412").
  if (all.some((at) => requestersTitle(region, at)) && !all.some(asked)) return null;
  for (const at of all) {
    // Inside a file's name ("preservation_letter_MCU-26-0912.pdf", "ESP-CCU-26-2271_preservation.pdf"): no mention.
    if (inFileName(region, at, at + reference.length)) continue;
    // A number the provider asks to be quoted is its own, though "Your case number" or a bare file label stands before it.
    if (askedToQuoteAt(region, at, reference.length)) return at;
    // So is one the provider says it registered the request under ("registrada … con el expediente WLP-…").
    if (REGISTERED_WITH_BEFORE.test(region.slice(Math.max(0, at - 100), at))) return at;
    const after = region.slice(at + reference.length, at + reference.length + 80);
    if (!agencys(region, at) && !AGENCY_CASE_FIELD.test(region.slice(Math.max(0, at - 40), at)) && !ADDRESSEES_LINE.test(region.slice(Math.max(0, at - 120), at)) && !AGENCY_AFTER.test(after) && !UNAFFECTED_AFTER.test(after) && !LAPSED_AFTER.test(after)) return at;
  }
  return null;
}

/** Whether the body points at the subject's number as its reference (not to set it apart). */
function subjectPointed(body: string): boolean {
  const m = SUBJECT_POINTED.exec(body);
  if (!m) return false;
  const from = Math.max(body.lastIndexOf('.', m.index) + 1, body.lastIndexOf('\n\n', m.index) + 1, 0);
  const stop = body.slice(m.index + m[0].length).search(/[.!?](?=\s|$)|\n[ \t]*\n/);
  const sentence = body.slice(from, stop === -1 ? body.length : m.index + m[0].length + stop);
  return !SET_APART.test(sentence);
}

function accountRow(text: string, at: number): boolean {
  return ACCOUNT_ROW_LABEL.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at));
}

/** The longer hyphenated token a candidate is the head of, where the text writes one ("X-1" after "X"), or null. */
function wholeToken(region: string, candidate: string): string | null {
  for (const at of places(region, candidate)) {
    const tail = /^(?:-[A-Z0-9]{1,12}){1,3}(?![\w-])/.exec(region.slice(at + candidate.length, at + candidate.length + 40));
    if (tail && !/[\w-]/.test(region[at - 1] ?? '')) return candidate + tail[0];
  }
  return null;
}

/** The values of the same shape listed right after a candidate wherever the text writes it, up to ten. */
function listedAfter(region: string, candidate: string): string[] {
  const listed: string[] = [];
  if (!/\d{4}/.test(candidate)) return listed;
  for (const at of places(region, candidate)) {
    let end = at + candidate.length;
    for (let i = 0; i < 10; i++) {
      const m = LIST_NEXT.exec(region.slice(end, end + 60));
      if (!m || shapeOf(m[1]!) !== shapeOf(candidate) || m[1] === candidate) break;
      if (!listed.includes(m[1]!)) listed.push(m[1]!);
      end += m[0].length;
    }
  }
  return listed;
}

/** A generated id ("Our tracking ID for this is 7f3c2a91-…"): read as it is, lower case included. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A labelled token that reads as a reference: four digits together, or a generated code of letters and digits. */
function numbered(token: string): boolean {
  return /\d{4}/.test(token) || MIXED_CODE.test(token);
}

/** Where the candidates are looked for: the provider's message, its body, and the officer's quoted lines to set aside. */
export interface CandidateScope {
  text: string;
  message: Message;
  region: string;
  body: string;
  strong: RegExp;
  officersLine: (at: number) => boolean;
}

/** The numbers that may be the message's references, and what the labels and places they came from say of them. */
export interface Candidates {
  candidates: string[];
  /** Numbers the words name as another request's ("Your earlier request, case 7741199, was closed as a duplicate"). */
  otherRequests: Set<string>;
  /** The number a provider's own subject opens with in brackets ("[52814409] Preservation request - …"). */
  subjectOpening: string | undefined;
  subjectTickets: string[];
  helpDesk: string[];
  cells: Cell[];
  /** Values stacked right under a key that names a reference. */
  stackedKeyed: string[];
  /** Numbers the provider asks to be quoted, or names as the one later process should carry. */
  quoted: string[];
  /** Numbers the provider's own label introduces ("Our reference:", "Número de expediente IONOS:"). */
  ownLabelled: string[];
  subjectNamed: string[];
  /** A value listed after a labelled one: the labelled one it follows. */
  listedWith: Map<string, string>;
}

/**
 * Every number the provider's message may give as its reference, in the order found: what the page reader finds, then
 * what the provider's labels, subjects, tables, help desks and quoting requests introduce. Which of them are the
 * message's references is decided by readReferences.
 */
export function gatherCandidates({ text, message, region, body, strong, officersLine }: CandidateScope): Candidates {
  const agency = (refs: string[]) => refs.filter((r) => !occurrence(region, r, officersLine));
  const found = findReferences(region);
  let candidates = found.map((r) => r.reference);
  // Another request's number the words name as such ("Your earlier request, case 7741199, was closed as a duplicate",
  // "previous ticket 00519002", "your help-desk ticket #90213"): outside an extension, it gives way to this one's.
  const otherRequests = new Set(found.filter((r) => r.how === 'other-request').map((r) => r.reference));
  const quotedBack = agency(candidates);
  if (quotedBack.length) candidates = findReferences(region, quotedBack).map((r) => r.reference);
  // A provider's own subject (not a reply's or a forward's) that opens with a bare number in brackets ("[52814409]
  // Preservation request - …"), or a subject that is that number alone: the number its system gave the request.
  const opening = message.subject && !REPLY_PREFIX.test(message.subject.value) ? /^[ \t]*(?:\[(\d{6,12})\]|(\d{6,12})[ \t]*$)/.exec(message.subject.value) : null;
  const subjectOpening = opening?.[1] ?? opening?.[2];
  if (subjectOpening && !candidates.includes(subjectOpening)) candidates.push(subjectOpening);
  const subjectTags = [...region.matchAll(SUBJECT_TICKET)];
  for (const m of subjectTags) if (!candidates.includes(m[1]!)) candidates.push(m[1]!);
  // Of these, a help desk's tag after the provider's name or the ticket's word ("[OVHcloud #CS11842207]", "[Ticket …]"),
  // not a case's ("[Case 0412-7736985]", which may be the new reference of an extension).
  const subjectTickets = subjectTags.filter((m) => /^\[(?:[A-Za-z][\w .-]{1,30}#|#|ticket)/i.test(m[0])).map((m) => m[1]!);
  // A ticket system's notice line about its record ("Case CS0418822 has been resolved") numbers the help desk's record:
  // the reference where nothing else is, a ticket's beside the provider's own.
  const helpDesk = [...region.matchAll(HELP_DESK_REQUEST), ...region.matchAll(RECORD_STATUS_LINE), ...region.matchAll(CASE_FOOTER)].map((m) => m[1]!);
  for (const token of helpDesk) if (!candidates.includes(token)) candidates.push(token);
  const cells = findTables(text, message.bodyStart, message.end);
  for (const cell of cells) {
    if (REFERENCE_COLUMN.test(cell.header) && REFERENCE_CELL.test(cell.value) && !accountRow(text, cell.start) && !candidates.includes(cell.value)) candidates.push(cell.value);
  }
  // A number the preservation's or the provider's own label introduces ("Amazon case 15592038417") is a candidate
  // even where the page reader keeps only other labels.
  // A table row's bar between its label cell and its value cell reads as the label's colon ("| Preservation ID | 7291148 |").
  // So does a tab after a printout's label ("Request ID⇥TT-LE-…"); one character for one, so offsets stay the text's.
  const rowsRead = gapsAsColons(barsAsColons(region).replace(/^([^\t\n:|]{1,40})\t/gm, '$1:'));
  // The value has a digit, so a label that ran into a word ("Snap ref|erence number for this request is …") gives way
  // to the label after it.
  for (const m of rowsRead.matchAll(new RegExp(`${strong.source}(?=[A-Z-]{0,30}\\d)([A-Z0-9][A-Z0-9-]{3,30})`, 'gi'))) {
    const token = m[1]!.replace(/-+$/, '');
    if (numbered(token) && token === token.toUpperCase() && !candidates.includes(token)) candidates.push(token);
  }
  for (const m of region.matchAll(REFERENCE_LABEL_I18N)) {
    // A name between the label and the value is a word of its own ("Referência Uber"), never the head of an identifier
    // ("Referenz GH-LE-2611-0093" is one number, not "2611-0093" after "GH-LE-"); after a preposition it must be a
    // provider's ("Referencia de Snap:"), not another party's ("Referencia del Juzgado:").
    if (m[1] && !namesAnyProvider(m[2]!)) continue;
    const token = m[3]!.replace(/-+$/, '');
    // A number of several slashed parts ("DOS/2026/11/0473") only where it ends its line, as the slashed formats' are, or
    // closes a subject's bracket ("[Rif. SBT/LE/2026/0778] Richiesta …").
    // Or a dash's clause follows ("ALG/LE/2026/118420 – prosimy o powoływanie się na niego").
    if ((token.match(/\//g) ?? []).length > 1 && !/^[ \t]*(?:\.?[ \t]*(?:\n|$)|\]|[–—][ \t]|-[ \t])/.test(region.slice(m.index! + m[0].length, m.index! + m[0].length + 40))) continue;
    // The addressee's possessive right before the label ("Ihre Fallnummer:", "Su número de caso:") makes it theirs.
    if (ADDRESSEE_BEFORE.test(region.slice(Math.max(0, m.index! - 24), m.index!))) continue;
    // The label names a code of capitals and digits as the English "Reference:" does ("Numero di riferimento TikTok:
    // 1-9QXK27R", "Numéro de référence : 2-XK7Q91B"), though no four digits stand together in it.
    // So it names a number in dotted groups of three ("Protocolo Nubank: 4.118.203-7").
    if ((numbered(token) || LABELLED_CODE.test(token) || DOTTED_GROUPS.test(token)) && !candidates.includes(token)) candidates.push(token);
  }
  // A generated code after a bare label ("LESS case 7QK2-MM4T", "referencing case 5XR7-2Q9M"): the shape no agency's
  // number has (an agency numbers by year and sequence), read as the label's, the cues below deciding whose it is.
  // A reference's label alone on its line, its value alone on the next, as a flattened table stacks a key and its value
  // ("Numer sprawy⏎INT/PR/2026/3391", "Numero pratica⏎SUB-AG-2026-3318"): the value of any shape, four digits in it.
  const stackedKeyed: string[] = [];
  for (const m of region.matchAll(STACKED_KEY_VALUE)) {
    const [label, value] = [m[1]!.trim(), m[2]!];
    if (!REFERENCE_COLUMN.test(label) || STACKED_NOT_REFERENCE.test(label) || ADDRESSEES_WORD.test(label)) continue;
    if ((value.match(/\d/g) ?? []).length < 4 || isDate(value)) continue;
    stackedKeyed.push(value);
    if (!candidates.includes(value)) candidates.push(value);
  }
  for (const m of region.matchAll(CODE_LABELLED)) {
    const token = m[1]!;
    if (MIXED_CODE.test(token) && !candidates.includes(token)) candidates.push(token);
  }
  // A portal page's breadcrumb ending in the record's id ("Reddit, Inc.  ›  Requests  ›  26-RD-004471").
  for (const m of region.matchAll(BREADCRUMB_ID)) if (numbered(m[1]!) && !candidates.includes(m[1]!)) candidates.push(m[1]!);
  // A ticket system's record sheet ("Number:          PRS0041187" over "State: Closed Complete"): ServiceNow numbers its
  // records with a few capitals and seven digits or more, the record's number on a line of its own.
  for (const m of rowsRead.matchAll(RECORD_NUMBER)) if (!candidates.includes(m[1]!)) candidates.push(m[1]!);
  const quoted = quotedNumbers(region).filter((t) => numbered(t) && t === t.toUpperCase());
  // The values of a label the provider asks to be quoted ("Please reference the GCC number above …"): named as quoted ones are.
  quoted.push(...pointedLabelValues(body).filter((t) => !quoted.includes(t)));
  quoted.push(...quotedOnNextLine(body).filter((t) => !quoted.includes(t) && !isDate(t)));
  quoted.push(...quotedAfterValues(body).filter((t) => !quoted.includes(t) && !isDate(t)));
  quoted.push(...quoteLabelledValues(body).filter((t) => !quoted.includes(t) && !isDate(t)));
  for (const token of quoted) if (!candidates.includes(token)) candidates.push(token);
  const ownLabelled: string[] = [];
  for (const pattern of [PROVIDER_OWN_LABEL, OURS_LABELLED, EARLIER_LABEL, NEW_LABELLED, HELD_UNDER, LOGGED_AS]) {
    for (const m of region.matchAll(pattern)) {
      const token = m[1]!.replace(/-+$/, '');
      if (!UUID.test(token) && (!numbered(token) || token !== token.toUpperCase())) continue;
      if (pattern === PROVIDER_OWN_LABEL || pattern === OURS_LABELLED) ownLabelled.push(token);
      // "We have processed your request under Request #9034417": the number the request took, named so.
      if (pattern === HELD_UNDER && PROCESSED_UNDER.test(m[0]) && !quoted.includes(token)) quoted.push(token);
      if (!candidates.includes(token)) candidates.push(token);
      const next = pattern === HELD_UNDER ? AND_UNDER.exec(region.slice(m.index! + m[0].length, m.index! + m[0].length + 200))?.[1] : undefined;
      if (next && numbered(next) && !candidates.includes(next)) candidates.push(next);
    }
  }
  // A file's label that names the provider as its keeper ("Número de expediente IONOS:", "Numer sprawy nadany przez
  // Allegro:", "case number assigned by Allegro:"): the provider's own number, as its own label's.
  for (const m of region.matchAll(OPENED_FOR)) {
    if (isDate(m[1]!)) continue;
    ownLabelled.push(m[1]!);
    if (!candidates.includes(m[1]!)) candidates.push(m[1]!);
  }
  // So is one whose file word is joined to the provider's name ("Microsoft-Aktenzeichen: MSL-1126-773049").
  for (const m of [...region.matchAll(PROVIDER_JOINED_VALUE), ...region.matchAll(PROVIDER_NAMED_FILE)]) {
    const token = m[2]!.replace(/-+$/, '');
    if (!isProviderName(m[1]!) || !numbered(token) || token !== token.toUpperCase()) continue;
    ownLabelled.push(token);
    if (!candidates.includes(token)) candidates.push(token);
  }
  for (const m of [...region.matchAll(LOGGED_UNDER), ...region.matchAll(FILED_UNDER_I18N)]) {
    const token = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]!;
    if ((token.match(/\d/g) ?? []).length >= 4 && /\d{3}/.test(token) && !isDate(token) && !candidates.includes(token)) candidates.push(token);
  }
  // The Polish passive of assigning ("sprawie nadano numer ALG/ZD/2026/04412"): the number the provider gave the matter;
  // the German request to quote its own file number ("Bitte geben Sie … unser Aktenzeichen X an"); and the number the
  // words call the one to quote or later process should carry (namedToQuote).
  for (const token of [...[...region.matchAll(GIVEN_NUMBER_PL)].map((m) => m[1]!), ...namedToQuote(region)]) {
    if ((token.match(/\d/g) ?? []).length < 4 || isDate(token)) continue;
    if (!candidates.includes(token)) candidates.push(token);
    if (!quoted.includes(token)) quoted.push(token);
  }
  for (const m of region.matchAll(OWN_NUMBER_IS)) {
    const token = m[1]!;
    if ((token.match(/\d/g) ?? []).length < 4 || !/\d{3}/.test(token) || isDate(token)) continue;
    if (!candidates.includes(token)) candidates.push(token);
    if (!quoted.includes(token)) quoted.push(token);
  }
  // A bare number the sentence makes the subject of the work done ("Good news: 3318204 has been extended").
  for (const token of numbersAsSubject(region)) {
    if (isDate(token)) continue;
    if (!candidates.includes(token)) candidates.push(token);
  }
  for (const m of region.matchAll(CASE_HEADING)) if (!candidates.includes(m[1]!)) candidates.push(m[1]!);
  for (const m of region.matchAll(ITEM_CODE_HEAD)) if (!candidates.includes(m[1]!)) candidates.push(m[1]!);
  for (const m of rowsRead.matchAll(UUID_LABELLED)) if (!candidates.includes(m[1]!)) candidates.push(m[1]!);
  for (const m of rowsRead.matchAll(OWN_LABEL_VALUE)) {
    const token = m[1]!;
    // Three digits at least and a group of two; no date, no sentence (a group without a digit is capitals or a
    // separator: not "Case 09877213"), no list of numbers ("58207316 / 58207317").
    // A code of capitals alone, in hyphenated parts, is one too under such a label ("Vårt diarienummer: MYND-FQRX").
    const lettered = /^[A-Z]{2,8}(?:-[A-Z]{2,8}){1,3}$/.test(token) && token.replace(/-/g, '').length >= 6;
    // A list of whole references after the one label ("Ns. Rif.: SBT-LE-2611-0348 / SBT-LE-2611-0349"): each is one.
    const listed = token.split(/ [/|,;&] /);
    if (listed.length > 1 && listed.every((part) => /\d{3}/.test(part) && part.length >= 6 && !part.includes(' ') && !isDate(part))) {
      for (const part of listed) {
        if (!candidates.includes(part)) candidates.push(part);
        if (!quoted.includes(part)) quoted.push(part);
      }
      continue;
    }
    const groups = token.split(' ');
    if (!lettered && (token.length > 40 || groups.length > 7 || (token.match(/\d/g) ?? []).length < 3 || !/\d{2}/.test(token) || isDate(token))) continue;
    if (groups.some((g) => !/\d/.test(g) && !/^(?:[A-Z]{1,6}(?:-[A-Z]{1,6})*|[/._-])$/.test(g)) || groups.filter((g) => /^\d{5,}$/.test(g)).length > 1) continue;
    if (!candidates.includes(token)) candidates.push(token);
    if (!quoted.includes(token)) quoted.push(token);
  }
  for (const m of region.matchAll(OWN_NUMBER_PROSE)) {
    const token = m[1]!;
    if ((token.match(/\d/g) ?? []).length < 3 || isDate(token)) continue;
    if (!candidates.includes(token)) candidates.push(token);
    if (!ownLabelled.includes(token)) ownLabelled.push(token);
  }
  for (const m of region.matchAll(OWN_CLAUSE_NAMED)) {
    const token = m[3]!.replace(/-+$/, '');
    if (CLAUSE_FROM_ADDRESSEE.test(m[2]!) || (m[1] && !CLAUSE_FOR_REQUEST.test(m[2]!))) continue;
    if (numbered(token) && token === token.toUpperCase() && !isDate(token) && !candidates.includes(token)) candidates.push(token);
  }
  for (const m of region.matchAll(SLASHED_FORMAT)) if (!candidates.includes(m[0]) && /\d/.test(m[0])) candidates.push(m[0]);
  // In the body only (a subject's "our ref" may be the agency's, echoed back); the English "our" only in a clause that
  // says the number is its own ("Our reference for this matter is …"), as officers write "Our reference X" too.
  for (const m of body.matchAll(SLASHED_OWN)) {
    const token = m[3]!;
    if (/^our$/i.test(m[1]!) && !/(?<![\p{L}])is$/iu.test(m[2]!.trim())) continue;
    if (ADDRESSEES_WORD.test(m[2]!) || token !== token.toUpperCase() || !/\d{4}/.test(token) || (token.match(/\d/g) ?? []).length < 6 || isDate(token)) continue;
    if (!candidates.includes(token)) candidates.push(token);
    if (!quoted.includes(token)) quoted.push(token);
  }
  // A stacked table's header line labels its column, not the line under it ("Case number⏎alder_fen_7" is a row's first cell).
  const headers = stackedHeaders(text, message.bodyStart, message.end);
  const headerAt = (at: number) => headers.some((h) => h.start <= message.start + at && message.start + at < h.end);
  const headings = [...rowsRead.matchAll(HEADING_LABEL), ...rowsRead.matchAll(HEADING_LABEL_I18N)];
  for (const m of [...rowsRead.matchAll(LINE_LABEL), ...headings.filter((h) => !headerAt(h.index! + h[0].length - h[0].trimStart().length))]) {
    const token = m[1]!.replace(/-+$/, '');
    if (/\d{4}/.test(token) && !/^\d{4}-\d{2}-\d{2}$/.test(token) && !candidates.includes(token)) candidates.push(token);
  }
  // A reference whose capitals are parted from its number by one space ("Microsoft Reference: GCC 26-0091735", "Case ID:
  // AMZ 2611-77120"), where the label gives it the rest of its line.
  for (const m of rowsRead.matchAll(PREFIXED_LABELLED)) {
    const token = m[1]!;
    if (/^[A-Z]{2,6} /.test(token) && !isDate(token.slice(token.indexOf(' ') + 1)) && !candidates.includes(token)) candidates.push(token);
  }
  for (const m of region.matchAll(DIGIT_LED_NAMED)) {
    const token = m[1]!;
    if ((token.match(/\d/g) ?? []).length >= 6 && /[A-Z]/.test(token) && token === token.toUpperCase() && !candidates.includes(token)) candidates.push(token);
  }
  for (const m of region.matchAll(APPOSED)) {
    const token = m[1]!;
    if (/\d{4}/.test(token) && token === token.toUpperCase() && !isDate(token) && !candidates.includes(token)) candidates.push(token);
  }
  for (const m of region.matchAll(NUMERO_NAMED)) {
    const token = m[1]!.replace(/-+$/, '');
    // Six digits, or four together beside capitals: not a year alone ("Expediente n.º 2026").
    if (((token.match(/\d/g) ?? []).length >= 6 || (/\d{4}/.test(token) && /[A-Z]/.test(token))) && token === token.toUpperCase() && !isDate(token) && !candidates.includes(token)) candidates.push(token);
  }
  for (const m of region.matchAll(PRESERVATION_NAMED)) {
    const token = m[1]!.replace(/-+$/, '');
    if (/\d{4}/.test(token) && token === token.toUpperCase() && !candidates.includes(token)) candidates.push(token);
  }
  const spacedQuoted = [...region.matchAll(SPACED_QUOTED)];
  for (const m of spacedQuoted) if (!quoted.includes(m[1]!)) quoted.push(m[1]!);
  for (const m of [...rowsRead.matchAll(SPACED_LABELLED), ...region.matchAll(SPACED_NAMED), ...region.matchAll(SPACED_OWN), ...spacedQuoted]) {
    const token = m[1]!;
    if (token === token.toUpperCase() && (token.match(/\d/g) ?? []).length >= 6 && token.split(' ').filter((g) => /\d/.test(g)).length >= 2 && !candidates.includes(token)) candidates.push(token);
  }
  for (const m of region.matchAll(SLASHED_LABELLED)) {
    const token = m[1]!;
    if (/\/\d{4}/.test(token) && /^[A-Z]{2,6}[/-][A-Z]/.test(token) && !candidates.includes(token)) candidates.push(token);
  }
  for (const m of region.matchAll(OWN_LABEL_SPACED)) {
    const token = m[1]!;
    // Its groups are capitals and digits, as every spaced form's are: the label's own words after it ("lautet", "de caso
    // es", "de referencia es" in "Nuestro número de referencia es SNAP-…") are no groups of it.
    if (/ /.test(token) && token === token.toUpperCase() && (token.match(/\d/g) ?? []).length >= 6 && /\d{4}/.test(token) && !candidates.includes(token)) candidates.push(token);
  }
  for (const m of [...rowsRead.matchAll(SPACED_DIGITS_LABELLED), ...region.matchAll(SPACED_DIGITS_NAMED)]) {
    const token = m[1]!;
    if ((token.match(/\d/g) ?? []).length >= 8 && !isDate(token) && !candidates.includes(token)) candidates.push(token);
  }
  // "Please reference the number in the subject line": the subject's identifier is the provider's reference.
  const subjectNamed = subjectPointed(body) && message.subject ? [...message.subject.value.slice(0, 300).matchAll(SUBJECT_IDENTIFIER)].map((m) => m[0]).filter((t) => (t.match(/\d/g) ?? []).length >= 5) : [];
  for (const token of subjectNamed) if (!candidates.includes(token)) candidates.push(token);
  // Where no label named any reference but the agency's own numbers quoted back (set aside below), the shape decides.
  if (candidates.every((c) => occurrence(region, c, officersLine) === null)) {
    for (const m of body.matchAll(REFERENCE_SHAPE)) if ((m[0].match(/\d/g) ?? []).length >= 5 && !candidates.includes(m[0])) candidates.push(m[0]);
    for (const m of body.matchAll(BARE_NUMBER_SHAPE)) if (!candidates.includes(m[1] ?? m[2]!)) candidates.push(m[1] ?? m[2]!);
  }
  // A list after one labelled value, the others of its shape ("Google Reference Numbers: 73391048, 73391062").
  const listedWith = new Map<string, string>();
  for (const candidate of [...candidates]) {
    for (const next of listedAfter(region, candidate)) {
      if (!listedWith.has(next)) listedWith.set(next, candidate);
      if (!candidates.includes(next)) candidates.push(next);
    }
  }
  // A candidate cut short of its last hyphenated part ("RDT-LE-2026-0331" of "RDT-LE-2026-0331-K") is read whole.
  for (const candidate of [...candidates]) {
    const whole = wholeToken(region, candidate);
    if (whole && !candidates.includes(whole)) candidates.push(whole);
  }
  return { candidates, otherRequests, subjectOpening, subjectTickets, helpDesk, cells, stackedKeyed, quoted, ownLabelled, subjectNamed, listedWith };
}

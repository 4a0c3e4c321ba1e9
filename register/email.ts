import { basisNamed } from './email/basis-hint';
import { confirmedAccounts, findAccounts, type FoundAccount } from './email/accounts';
import { pointsAtListedAccounts } from './email/pointed-accounts';
import { restatedRequests } from './email/account-lists';
import { WROTE, type Message } from './email/blocks';
import { asidesOf, readThread, type Thread, type ThreadMessage } from './email/messages';
import { shapedHeaders } from './email/header-shape';
import { findEmailDate, findStampDate } from './email/email-date';
import { extensionParts } from './email/extension-parts';
import { paragraphAround } from './email/paragraphs';
import { waitingPart } from './email/pending-part';
import { findProvider, isConsumerMail, isPublicSectorDomain, isProviderSender, isProvidersOwnAddress, isProvidersOwnHandle, NO_REPLY_MAILBOX, PLATFORM_DOMAINS } from './email/provider';
import { readReferences, unaffectedSentences, type ReferenceSpan } from './email/references';
import { HELP_DESK_NOUN, HELP_DESK_UPDATED } from './email/reference-labels';
import { agencysNumbers } from './email/agency-numbers';
import { inside } from './email/signature';
import { statedDates, type StatedDate } from './email/stated-dates';
import { findTables } from './email/tables';
import { indentOf, MAX_ITEM_LINES } from './email/list-items';
import { deniesAccount } from './email/denials';
import { preservedFromTheList } from './email/request-list';
import { evidence, MAX_INPUT, readSource, type Source } from './email/text';
import { softUnwrapped } from './email/soft-wraps';
import type { Account, Confirmation, Evidence, ParsedEmail, PreservedOn } from './email/types';
import { providers } from '../providers/registry';
import { problem, type Problem } from '../i18n/problems';
import { referenceChoices } from './email/reference-choices';
import { dateChoices } from './email/date-choices';
import { accountChoices } from './email/account-choices';

export type { Account, Confirmation, EmailDate, Evidence, ExtensionFacts, ParsedEmail, PreservedOn } from './email/types';
export { matchExtension, type RecordForMatch } from './email/extension-match';

/** The parsed e-mail, plus the flat fields the dashboard read before confirmations existed. */
export interface ProposedRecord extends ParsedEmail {
  references: string[];
  /** The first confirmation's preservation date. */
  preservedOn: string | null;
  /** The first confirmation's stated new expiry, for an extension. */
  extendedUntil: string | null;
  accountIdentifiers: string[];
}

const MAX_ACCOUNTS = 20;
const known = new Set(providers.map((p) => p.id));
/** Providers' own mail domains (provider data): an address there is the provider's, never a target's. */
const PROVIDER_DOMAINS = providers.flatMap((p) => p.emailDomains ?? []);

/**
 * Addresses in header lines and in "wrote:" lines anywhere (the officer's, colleagues' and the provider's, never a
 * target's): an attribution is read as the message blocks read it (WROTE), a wrap before or after its verb allowed; a
 * field whose line ends at its colon, an address alone on the next line, holds that address ("Para:⏎delegada.souza@…").
 */
const ADDRESS_LINE = /^[ \t]*(?:from|to|cc|bcc|reply-to|sent by|von|an|kopie|blindkopie|antwort an|de|à|a|aan|van|da|para|desde|fra|från|od|til|till|do)(?:[ \t]*\((?:cc|bcc)\))?[ \t]?:(?:[ \t]*\n(?=[ \t]*[^\s@<>]{1,64}@[^\s@<>]{1,200}[ \t]*$))?[^\n]{0,500}/gimu;
const ADDRESS = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,200}\.[A-Za-z]{2,24}/g;
/**
 * A line that starts with a display name and its address in angle brackets ("Zoom Legal Support <support@…>", maybe a
 * date after it): a correspondent line of a copied header, whatever the client calls it (no label, no colon).
 */
const CORRESPONDENT_LINE = /^[ \t]*\p{L}[^\n<>@:]{0,80}<[^\s<>@]{1,64}@[^\s<>]{1,200}>/gmu;
/**
 * A letter's delivery line ("Via email: lt.okonkwo@…", "By e-mail:", "Per E-Mail:", "Par courriel :", "Por correo
 * electrónico:"): how the letter was sent, to the addressee's address, never a target's.
 */
const DELIVERY_LINE =
  /^[ \t]*(?:(?:sent[ \t]+)?(?:via|by)[ \t]+(?:e-?mail|electronic[ \t]+mail)(?:[ \t]+(?:only|to))?|per[ \t]+e-?mail|par[ \t]+(?:courriel|e-?mail|mail)|por[ \t]+(?:correo(?:[ \t]+electr[óo]nico)?|e-?mail)|via[ \t]+(?:posta[ \t]+elettronica|pec)|per[ \t]+(?:posta[ \t]+elettronica|e-?mail))[ \t]*:[^\n]{0,500}/gimu;
/**
 * A header value that names correspondents: an address in angle brackets or after "mailto:" ("Det. Roe <r.roe@…>"), or
 * addresses alone, parted by commas or semicolons.
 */
const CORRESPONDENTS = /<[^\s<>@]{1,64}@[^\s<>]{1,200}>|mailto:|^[ \t]*"?[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,200}\.[A-Za-z]{2,24}"?(?:[ \t]*[,;][ \t]*"?[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,200}\.[A-Za-z]{2,24}"?)*[ \t]*$/;
/** A letter's address field and the lines indented under it ("To:  Special Agent …⏎     Unit⏎     r.a@…"). */
const FIELD_BLOCK = /^[ \t]*(?:to|attn|attention|cc|from|an|à|para)[ \t]*:[^\n]*(?:\n[ \t]{3,}\S[^\n]*){1,6}/gim;

/**
 * A confirmation of the account the request named, without naming it: a preserving verb and a definite or possessive
 * noun of the account, or a pronoun ("we preserved the acct", "yep, preserved it", "your accounts are now preserved",
 * "both users are on hold").
 */
const ANAPHORIC_CONFIRMATION = new RegExp(
  String.raw`(?<![\p{L}])(?:preserved|secured|froze|frozen|held|(?:placed|put)[ \t]+(?:a[ \t]+)?(?:preservation[ \t]+)?hold[ \t]+on)[ \t\n]+(?:(?:the|this|that|these|those|both|all|your)[ \t\n]+(?:acct|accts|accounts?|users?|mailbox(?:es)?|profiles?|handles?|usernames?|targets?|numbers?)|it|them|both)(?![\p{L}])|(?<![\p{L}])(?:the|this|these|both|your)[ \t\n]+(?:acct|accts|accounts?|users?|mailbox(?:es)?|profiles?|usernames?|uids?)[ \t\n]+(?:you[ \t\n]+(?:listed|named|mentioned|sent|asked[ \t\n]+about)[ \t\n]+)?(?:(?:is|are|was|were|has[ \t\n]+been|have[ \t\n]+been)[ \t\n]+(?:now[ \t\n]+)?(?:preserved|secured|frozen|on[ \t\n]+hold)|(?:preserved|secured|frozen|held)[ \t\n]+under)(?![\p{L}])` +
    // A terse reply typed by hand ("done - preserved under 40917 as of today", "ok both preserved now", "hi - done,
    // preserved yesterday evening under PRV-22871"): the request's accounts, no object named.
    String.raw`|(?<![\p{L}])(?:done|ok|okay|yes|yep|sure|confirmed)[ \t]*[-–—,.:!][ \t\n]*(?:(?:both|all|it|they)[ \t\n]+)?(?:(?:are|is|have[ \t\n]+been|has[ \t\n]+been)[ \t\n]+)?(?:now[ \t\n]+)?(?:preserved|secured|held)(?![\p{L}])` +
    String.raw`|(?<![\p{L}])(?:both|all)[ \t\n]+(?:(?:are|have[ \t\n]+been)[ \t\n]+)?(?:now[ \t\n]+)?preserved(?![\p{L}])`,
  'iu',
);

/**
 * A correspondent field whose display name ends its line, the address in angle brackets alone on the next (a copy wrapped
 * at its width: "To: Ofc. Leo Brandvold⏎<l.brandvold@…>", "Von: Kriminalkommissarin Anna Berg⏎<a.berg@…>").
 */
const FIELD_WRAPPED = /^[ \t]*(?:from|to|cc|bcc|reply-to|von|an|kopie|de|à|aan|van|da|para|fra|från|til|till)[ \t]?:[^\n@<>]{1,100}\n[ \t]*<[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,200}\.[A-Za-z]{2,24}>/gimu;
/**
 * A correspondent field anywhere in a line, in a header run on into prose (a phone's forward, a copy that lost its line
 * breaks and was wrapped again: "… Date: November 17, 2026⏎at 9:14 AM PST To: sgt.rhee@… Subject: …", "To: Inspector
 * Maria⏎Lindqvist <m.lindqvist@…>", the display name wrapped): its address is a correspondent's where another field of the
 * header stands within a few lines of it.
 */
const FIELD_INSIDE = /(?<![\p{L}])(?:From|To|Cc|Bcc|Reply-To|Von|An|De|Para|Aan|Van|À|Fra|Från|Til|Till)[ \t]?:[ \t]{0,3}(?:[^\n<>@:]{0,80}\n?[^\n<>@:]{0,80}<)?([A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,200}\.[A-Za-z]{2,24})/gu;
const OTHER_FIELD = /(?<![\p{L}])(?:Subject|Date|Sent|From|To|Betreff|Datum|Objet|Asunto|Assunto|Oggetto|Onderwerp)[ \t]?:/gu;

function excludedAddresses(text: string, message: Message): Set<string> {
  const out = new Set<string>();
  for (const pattern of [ADDRESS_LINE, WROTE, CORRESPONDENT_LINE, FIELD_BLOCK, DELIVERY_LINE, FIELD_WRAPPED]) {
    for (const line of text.matchAll(pattern)) for (const a of line[0].matchAll(ADDRESS)) out.add(a[0].toLowerCase());
  }
  for (const m of text.matchAll(FIELD_INSIDE)) {
    const around = text.slice(Math.max(0, m.index! - 200), m.index! + m[0].length + 200);
    const at = Math.min(200, m.index!);
    if ([...around.matchAll(OTHER_FIELD)].some((f) => f.index! < at || f.index! >= at + m[0].length)) out.add(m[1]!.toLowerCase());
  }
  // A header block whose field names are in a language not listed, told by its shape: its correspondents too.
  // A line of it whose value is no correspondent (a subject that names the request's target, "Subject: RE: Preservation
  // Request - silt.harbor@icloud.com") names no correspondent's address.
  for (const header of shapedHeaders(text)) {
    for (const line of text.slice(header.start, header.end).split('\n')) {
      if (!CORRESPONDENTS.test(line.slice(line.search(/[:：]/) + 1, 600))) continue;
      for (const a of line.matchAll(ADDRESS)) out.add(a[0].toLowerCase());
    }
  }
  const sender = message.from?.value.match(ADDRESS)?.[0]?.split('@')[1]?.toLowerCase();
  // A mail service's own domain is its users' too ("Proton Legal <legal@proton.me>" preserved granit@proton.me).
  if (sender && !isConsumerMail(sender)) out.add(`@${sender}`);
  // The agency's own domain, where the provider wrote to one ("We will send updates to a.colleague@metro-pd…").
  for (const a of message.to?.value.matchAll(ADDRESS) ?? []) {
    const domain = a[0].split('@')[1]!.toLowerCase();
    if (!isConsumerMail(domain)) out.add(`@${domain}`);
  }
  return out;
}

/** The domain of the provider message's sender, where its From line has an address. */
function senderDomain(message: Message): { domain: string; start: number; end: number } | null {
  const m = message.from ? new RegExp(ADDRESS.source).exec(message.from.value) : null;
  if (!m || !message.from) return null;
  const domain = m[0].split('@')[1]!.toLowerCase();
  const start = message.from.at + m.index! + m[0].indexOf('@') + 1;
  return { domain, start, end: start + domain.length };
}

const squashed = (value: string) => value.toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');

function isExcluded(value: string, excluded: Set<string>, references: readonly string[], keyedAccount = false): boolean {
  const lower = value.toLowerCase();
  // A reference is no account, however a line's end punctuates it ("Our reference is⏎SNAP-PR-20261119-0533.").
  if (excluded.has(lower) || references.some((r) => squashed(r) === squashed(value))) return true;
  const domain = lower.includes('@') && !lower.startsWith('@') ? lower.split('@')[1]! : null;
  // A WhatsApp group's id ("120363041877203315@g.us") names a group, never an account, however it is keyed.
  if (domain === 'g.us') return true;
  // An id's own name written as one word ("SteamID64", "UserID") labels the number after it, never an account.
  if (/^[A-Z][a-z]{2,12}ID(?:\d{1,3})?$/.test(value)) return true;
  // An address its own key line gives as the account's is a user's of the service, at the service's domain too.
  if (keyedAccount) return false;
  // A mailbox that takes no replies is the sending system's, whatever its domain.
  if (domain && NO_REPLY_MAILBOX.test(lower)) return true;
  // A public body's mailbox ("l.alvarez@scv-sheriff.example.gov") is an officer's, wherever it stands.
  return !!domain && (excluded.has(`@${domain}`) || isPublicSectorDomain(domain) || PLATFORM_DOMAINS.test(domain) || PROVIDER_DOMAINS.some((d) => domain === d || domain.endsWith(`.${d}`)));
}

/**
 * A key line whose key gives its value as the account's address ("Account email: x@…", "Account e-mail address:",
 * "Konto-E-Mail:", "Adresse e-mail du compte :", "Correo de la cuenta:"): the address is the account, wherever it is hosted.
 */
const ACCOUNT_ADDRESS_KEY =
  /^[ \t]*(?:[-*•][ \t]+)?(?:(?:account|user|member|customer|subscriber)(?:['’]s)?[ \t]+e-?mail(?:[ \t]+address)?|konto-?e-?mail(?:-adresse)?|e-?mail(?:-adresse)?[ \t]+des[ \t]+kontos|adresse[ \t]+(?:e-?mail|électronique)[ \t]+du[ \t]+compte|correo(?:[ \t]+electr[óo]nico)?[ \t]+de[ \t]+la[ \t]+cuenta)[ \t]*:[ \t]*$/iu;
function keyedAsAccount(text: string, a: { start: number }): boolean {
  const lineStart = text.lastIndexOf('\n', a.start - 1) + 1;
  return a.start - lineStart <= 80 && ACCOUNT_ADDRESS_KEY.test(text.slice(lineStart, a.start));
}

/** Accounts in order of appearance, one per value (an e-mail found as an address and after "account:" counts once). */
function accountsIn(found: FoundAccount[], source: Source): Account[] {
  const seen = new Set<string>();
  const out: Account[] = [];
  // A value found inside a longer one at the same place ("AAC6…" in "dbid:AAC6…") is that one cut short.
  const whole = found.filter((a) => !found.some((o) => o.end - o.start > a.end - a.start && o.start <= a.start && a.end <= o.end));
  for (const a of whole.sort((x, y) => x.start - y.start)) {
    if (out.length >= MAX_ACCOUNTS) break;
    const key = a.value.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ value: a.value, evidence: evidence(source, a.start, a.end) });
  }
  return out;
}

/**
 * With several references, each takes what lies between it and the next (its accounts, its date); what comes before
 * the first goes to all. But a sentence that names exactly one reference is that reference's, wherever in it the
 * reference stands ("The channel x was preserved on November 17 (reference A). The channel y … (reference B)."):
 * some providers close a sentence with its reference rather than open a section with it. `owners(at)` names the
 * references a place in the text belongs to.
 */
function sections(text: string, references: ReferenceSpan[], bodyStart: number, bodyEnd: number): (at: number, date?: boolean) => string[] {
  const anchors = references.map((r) => ({ reference: r.reference, at: r.start >= bodyStart ? r.start : Infinity })).sort((a, b) => a.at - b.at);
  const all = references.map((r) => r.reference);
  if (references.length <= 1 || anchors.some((a) => a.at === Infinity)) return () => all;
  const sentences = anchors.map((a) => ({ reference: a.reference, ...sentenceAround(text, a.at) }));
  // A table's row holds its reference's accounts however few its cells ("'frostfjaril'    SNAP-PR-…-0872" under
  // "Username  Reference"), and however it is laid out (a table stacked one cell a line: its row's lines).
  const cells = findTables(text, bodyStart, bodyEnd);
  const rows = anchors.flatMap((a) => {
    const row = rowAround(text, a.at) ?? cells.find((c) => c.start <= a.at && a.at < c.end)?.row;
    return row ? [{ reference: a.reference, ...row }] : [];
  });
  const only = (x: { start: number; end: number }) => anchors.filter((a) => a.at >= x.start && a.at < x.end).length === 1;
  // A list item whose head line names its accounts, its reference on a line indented under it: the item is the reference's.
  const indented = anchors.flatMap((a) => {
    const item = itemAround(text, a.at);
    return item ? [{ reference: a.reference, ...item }] : [];
  });
  // A sentence that runs over several lines each ending in its own reference ("Facebook account x – Case #1⏎Instagram
  // account @y – Case #2", a list with no marker and no stop): each line is its reference's item.
  const lines = anchors.filter((a) => !sentences.some((s) => s.reference === a.reference && only(s))).map((a) => ({ reference: a.reference, ...lineAround(text, a.at) }));
  // A table row is read before the sentence: a row that holds one reference holds that reference's accounts and date.
  const alone = [...rows.filter(only), ...indented.filter(only), ...sentences.filter(only), ...lines.filter(only)];
  // The references as a list, each alone on its line, row or item with no blank line between them ("  UID 38812046 -> Case
  // reference BNB-…-0734⏎  UID 51177390 -> Case reference BNB-…-0735"): a date in a paragraph after the list, past a
  // blank line, dates all of them ("Preservation effective: 9 November 2026"), not the last item alone, where its
  // sentence names none of them. An account there stays the last item's ("The second request covers the account …").
  const oneLine = (x: { start: number; end: number }) => !text.slice(x.start, x.end).trim().includes('\n');
  const items = anchors.map((a) => [...rows, ...lines, ...sentences.filter(oneLine)].find((x) => x.reference === a.reference && only(x)));
  const last = items[items.length - 1];
  const lineList = last && items.every((x) => x !== undefined) && !/\n[ \t]*\n/.test(text.slice(items[0]!.start, last.end)) ? last.start + text.slice(last.start, last.end).trimEnd().length : null;
  // So do records parted by blank lines, each a paragraph of two to four "Label: value" lines that holds one reference
  // ("Member profile: …⏎LinkedIn reference: LI-PR-0934412⏎⏎Member profile: …⏎LinkedIn reference: LI-PR-0934413⏎⏎Date of
  // preservation: 03/11/2026"), one right after the other: a form's records. One-line items parted by blank lines are
  // paragraphs, no list (the last goes on as before).
  const records = anchors.map((a) => paragraphAround(text, a.at));
  const record = (p: { start: number; end: number }) => {
    const lines = text.slice(p.start, p.end).trim().split('\n');
    return only(p) && lines.length >= 2 && lines.length <= MAX_RECORD_LINES && lines.every((l) => RECORD_LINE.test(l));
  };
  const recordList = records.length > 1 && records.every(record) && records.every((p, i) => i === 0 || !text.slice(records[i - 1]!.end, p.start).trim()) ? records[records.length - 1]!.end : null;
  const listEnd = lineList ?? recordList;
  // Each reference in brackets right after what it names, in one run of text ("u/Glasswing_Kestrel (Reference:
  // RDT-LE-2026-00918) u/mothlight_ferry (Reference: RDT-LE-2026-00919)"): each takes the accounts from the bracket
  // before it (or its sentence's start) to its own bracket. Its dates are the sentence's, read as before.
  const closes = anchors.map((a) => (BRACKET_OPEN_BEFORE.test(text.slice(Math.max(0, a.at - 40), a.at)) ? BRACKET_CLOSE_AFTER.exec(text.slice(a.at + a.reference.length, a.at + a.reference.length + 8)) : null));
  const units = closes.every((c) => c !== null)
    ? anchors.map((a, i) => ({ reference: a.reference, start: Math.max(sentenceAround(text, a.at).start, i === 0 ? 0 : anchors[i - 1]!.at + anchors[i - 1]!.reference.length + closes[i - 1]![0].length), end: a.at + a.reference.length + closes[i]![0].length }))
    : [];
  // Past the first mentions, the reference named last before a place owns it: a summary that lists the references again
  // in another language or order ("- KK-…-00873: Kakao Account x, preserved on 23 Nov 2026") speaks of the one it names.
  const mentions = anchors.flatMap((a) => placesOf(text, a.reference, a.at, bodyEnd).map((at) => ({ reference: a.reference, at }))).sort((a, b) => a.at - b.at);
  return (at, date = false) => {
    const unit = date ? undefined : units.find((x) => at >= x.start && at < x.end);
    if (unit) return [unit.reference];
    const own = alone.find((x) => at >= x.start && at < x.end);
    if (own) return [own.reference];
    if (date && listEnd !== null && at >= listEnd && /\n[ \t]*\n/.test(text.slice(listEnd, at))) {
      // Unless its sentence names one of them again ("The hold under CB-…-0142 was placed on …").
      const around = sentenceAround(text, at);
      if (!all.some((r) => text.slice(around.start, around.end).includes(r))) return all;
    }
    const owner = [...mentions].reverse().find((a) => a.at <= at);
    return owner ? [owner.reference] : all;
  };
}

/** Where a reference stands whole (not inside a longer number) from `from` to `to`. */
function placesOf(text: string, reference: string, from: number, to: number): number[] {
  const places: number[] = [];
  for (let at = text.indexOf(reference, from); at !== -1 && at < to; at = text.indexOf(reference, at + reference.length)) {
    if (!/[\p{L}\d]/u.test(text[at - 1] ?? '') && !/[\p{L}\d]/u.test(text[at + reference.length] ?? '')) places.push(at);
  }
  return places;
}

/** The line around a place. */
function lineAround(text: string, at: number): { start: number; end: number } {
  const end = text.indexOf('\n', at);
  return { start: text.lastIndexOf('\n', at - 1) + 1, end: end === -1 ? text.length : end };
}


/**
 * A list item whose head line names the account and whose reference stands on a line indented under it ("  Driver
 * account - x@…⏎                   Reference: UBR-…", "  User ID 1048…⏎    Preservation ID: DSC-…"): from the head line,
 * the nearest line above indented less than the reference's line (with no blank line between), to the last line
 * indented deeper than the head; null where the reference's line is indented no deeper than the line above it.
 */
function itemAround(text: string, at: number): { start: number; end: number } | null {
  const own = lineAround(text, at);
  const depth = indentOf(text.slice(own.start, own.end));
  let head = own.start;
  for (let i = 0; i < MAX_ITEM_LINES && head > 0; i++) {
    const above = text.lastIndexOf('\n', head - 2) + 1;
    const line = text.slice(above, head - 1);
    if (!line.trim()) return null;
    head = above;
    if (indentOf(line) < depth) break;
    if (i === MAX_ITEM_LINES - 1) return null;
  }
  if (head === own.start) return null;
  const headIndent = indentOf(text.slice(head, text.indexOf('\n', head) === -1 ? text.length : text.indexOf('\n', head)));
  if (headIndent >= depth) return null;
  let end = own.end;
  for (let i = 0; i < MAX_ITEM_LINES && end < text.length; i++) {
    const nextEnd = text.indexOf('\n', end + 1);
    const next = text.slice(end + 1, nextEnd === -1 ? text.length : nextEnd);
    if (!next.trim() || indentOf(next) <= headIndent) break;
    end = nextEnd === -1 ? text.length : nextEnd;
  }
  return { start: head, end };
}

/** A reference in brackets after what it names: the bracket's opening and a label of a few words before it ("(Reference: ", "(ref. ", "(Google Ref. "), and its closing after it. */
const BRACKET_OPEN_BEFORE = /\([ \t]*(?:[\p{L}.#-]{1,20}[ \t]+){0,2}(?:[\p{L}.#-]{1,20})?[ \t]*[:#]?[ \t]*#?$/u;
const BRACKET_CLOSE_AFTER = /^[ \t]*\)/;
const MAX_RECORD_LINES = 4;
/** A record's line: a label of a few words, a colon, its value. */
const RECORD_LINE = /^[ \t]*\p{L}[\p{L}\d ()/'.-]{0,40}:[ \t]+\S/u;

/** Cells parted by bars, tabs or gaps of two blanks or more: a pasted table's row, or a copied page's. */
const CELL_GAP = /\S(?:[ \t]{2,}|\t)(?=\S)|\|/g;
const MAX_CONTINUATION = 4;

/**
 * The table row around a place, where its line has three cells or more ("Outlook.com   x@…   MSP-2611-30918   2026-11-10"),
 * with the lines under it whose first cell is blank (indented past the row's own indent: "              XUID 2535…"),
 * which go on with the same row; null where the line is no such row.
 */
function rowAround(text: string, at: number): { start: number; end: number } | null {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at);
  let end = lineEnd === -1 ? text.length : lineEnd;
  const line = text.slice(start, Math.min(end, start + 500));
  if ((line.match(CELL_GAP) ?? []).length < 2) return null;
  const indent = /^[ \t]*/.exec(line)![0].length;
  for (let i = 0; i < MAX_CONTINUATION && end < text.length; i++) {
    const nextEnd = text.indexOf('\n', end + 1);
    const next = text.slice(end + 1, nextEnd === -1 ? text.length : Math.min(nextEnd, end + 501));
    if (/^[ \t]*$/.test(next) || /^[ \t]*/.exec(next)![0].length < indent + 4 || next.includes('|')) break;
    end = nextEnd === -1 ? text.length : nextEnd;
  }
  return { start, end };
}

/**
 * A sentence ends at a full stop (not an abbreviation's: "Lyft ref. …", "Snap Inc.", a compound's "saksnr." or "Aktennr."), a blank line, or where the next list item starts ("2) Binance UID …", "(2) u/x - reference …", "(b) …"); a line
 * indented under an item ("   - Lyft ref. …") continues it.
 */
const SENTENCE_STOP = /(?<!\b(?:ref|no|inc|ltd|co|st|tel|approx|corp)|nr)[.!?](?=\s|$)|\n[ \t]*\n|\n(?=[ \t]?(?:[-*•]|\d{1,2}[.)]|\((?:\d{1,2}|[a-z])\))[ \t])/gi;

/**
 * The sentence (or list item) around a place: from the last stop before it to the next one after it (bounded).
 */
function sentenceAround(text: string, at: number): { start: number; end: number } {
  const before = text.slice(Math.max(0, at - 400), at);
  const stops = [...before.matchAll(SENTENCE_STOP)];
  const last = stops[stops.length - 1];
  const start = last ? at - before.length + last.index! + last[0].length : at - before.length;
  const after = text.slice(at, at + 400);
  const next = after.search(SENTENCE_STOP);
  return { start, end: next === -1 ? at + after.length : at + next + 1 };
}

function firstOf(dates: StatedDate[], role: StatedDate['role']): StatedDate | undefined {
  return dates.find((d) => d.role === role && d.day) ?? dates.find((d) => d.role === role);
}

/**
 * A provider's follow-up may leave its reference to its earlier message quoted below ("completed the preservation
 * described in our earlier message below"): where the latest names none, the two are read as one message.
 */
function withEarlierMessage(text: string, thread: Thread, providerId: string | null): { message: Message; read: ReturnType<typeof readReferences> } {
  const { confirming: latest } = thread;
  // The request restated by the provider before its answer ("Your request (as received):⏎\"Please preserve … (fraud
  // investigation RSD-1184/26)\"") gives no reference, as the lines quoted from it give none.
  const asked = [...thread.asked, ...restatedRequests(text, latest.bodyStart, latest.end)];
  const read = readReferences(text, latest, providerId, asked);
  // A message that points at the provider's earlier one ("the preservation described in our earlier email") is read
  // with it though its subject names a number (a ticket's) its body does not: the earlier one may give the reference.
  const body = text.slice(latest.bodyStart, latest.end);
  const pointer = EARLIER_POINTER.test(body.slice(0, 5_000)) && read.references.every((r) => !body.includes(r.reference));
  const earlier = read.references.length && !pointer ? null : thread.earlier;
  // A help desk's notice wraps the provider's comment ("Your request (58214307) has been updated …⏎Discord Trust & Safety
  // (Discord)⏎Mar 5, 2026, 14:22 PST⏎We have preserved …"): where the comment names no reference, the notice's own
  // lines above it, from the provider's sender (or pasted without a header), give the number of the request it answers.
  if (!read.references.length) {
    const wrapper = thread.messages.find((m) => m.end === latest.start && (m.author === 'receipt' || m.author === 'unknown') && HELP_DESK_NOTICE.test(text.slice(m.bodyStart, m.end)));
    const around = wrapper && readReferences(text, wrapper, providerId, []);
    if (around && around.references.length === 1) return { message: latest, read: { ...read, references: around.references } };
  }
  if (!earlier) return { message: latest, read };
  // The earlier message above the latest (a thread pasted oldest first): its reference is the one the latest confirms,
  // where it names one; the latest alone says what was preserved, of which accounts, on which day.
  if (earlier.end <= latest.start) {
    if (read.references.length) return { message: latest, read };
    const prior = readReferences(text, earlier, providerId, []);
    return { message: latest, read: prior.references.length === 1 ? { ...read, references: prior.references } : read };
  }
  const message = { ...latest, end: earlier.end };
  const merged = readReferences(text, message, providerId, asked);
  // What the latest message says of the preservation decides whether it confirms (the earlier one was its receipt).
  return { message, read: read.references.length ? { ...merged, acknowledgementOnly: read.acknowledgementOnly } : merged };
}

/**
 * A sentence about one account: a service's account by its name ("The Instagram account was preserved on …") or an
 * account by its value ("Das Konto moor.falke@… wurde … gesichert"); not "the account information", "the account below".
 */
const ONE_ACCOUNT_SUBJECT =
  /(?<![\p{L}])(?:[Tt]he|[Tt]his|[Dd]as|[Dd]er|[Ll]e|[Ll]a|[Ee]l|[Ii]l)[ \t\n]+(?:\p{Lu}[\p{L}-]+[ \t\n]+(?:account|profile|mailbox|Konto|Profil|Postfach|compte|cuenta|conta|profil)(?![\p{L}])|(?:account|profile|mailbox|Konto|Profil|Postfach|compte|cuenta|conta|utente)[ \t\n]+[^\s]*[@._\d][^\s]*)/u;
/** The subject of a sentence about every case's accounts: "the above accounts", "all (of the) accounts", "both accounts". */
const SHARED_SUBJECT =
  /(?<![\p{L}])(?:(?:the|all)[ \t\n]+(?:of[ \t\n]+the[ \t\n]+)?(?:above|aforementioned|listed|foregoing)[ \t\n]+(?:accounts|identifiers|users|usernames|profiles|cases|requests)|all[ \t\n]+(?:of[ \t\n]+)?(?:the[ \t\n]+|these[ \t\n]+|your[ \t\n]+)?(?:accounts|identifiers|cases|requests)|(?:both|all)[ \t\n]+(?:(?:of[ \t\n]+)?(?:the|these)[ \t\n]+)?(?:accounts|cases|requests|identifiers|preservations|holds)|these[ \t\n]+(?:accounts|cases|requests|preservations|holds))(?![\p{L}])/iu;

/** A body that names its account by the subject line: "the account identified in the subject line", "im Betreff genannte Konto". */
const SUBJECT_POINTER =
  /(?<![\p{L}])(?:(?:identified|named|listed|referenced|specified|shown|given|mentioned|stated|indicated)[ \t\n]+in[ \t\n]+(?:the|this|your)[ \t\n]+(?:e-?mail['’]s[ \t\n]+|message['’]s[ \t\n]+)?subject(?:[ \t\n]+line)?|im[ \t\n]+Betreff[ \t\n]+(?:genannte|angegebene|aufgeführte)|(?:indiqué|mentionné|cité|visé)e?s?[ \t\n]+en[ \t\n]+objet|(?:indicad|mencionad|señalad|identificad)[oa]s?[ \t\n]+en[ \t\n]+el[ \t\n]+asunto)(?![\p{L}])/iu;

/**
 * A help desk's notice around a post, in the languages help desks write: "Your request (58214307) has been updated", "Su
 * solicitud (418802) ha sido actualizada", "##- Please type your reply above this line -##", "##- Por favor, escriba su
 * respuesta encima de esta línea -##".
 */
const HELP_DESK_NOTICE = new RegExp(
  String.raw`(?<![\p{L}])(?:${HELP_DESK_NOUN}|ticket|case)[ \t]+\(#?\d{4,12}\)[ \t]+${HELP_DESK_UPDATED}` +
    String.raw`|(?:reply|respuesta|antwort|réponse|risposta|antwoord|svar|odpowiedź|resposta)[^\n]{0,30}(?:above|encima|oberhalb|au-dessus|sopra|boven|ovanför|over|powyżej|acima)[^\n]{0,20}(?:line|línea|zeile|ligne|linea|lijn|regel|raden|linjen|linii|linha)`,
  'iu',
);

/** The provider's pointer to its own earlier message: "our earlier email", "the previous message", "described below". */
const EARLIER_POINTER =
  /(?<![\p{L}])(?:our|the|my)[ \t\n]+(?:earlier|previous|prior|first|last)[ \t\n]+(?:e-?mail|message|reply|response|note|notice|acknowledge?ment)(?![\p{L}])/iu;

/**
 * An extension confirmed above the provider's own first confirmation, in one thread (the extension's reply over the
 * officer's request, which quotes or forwards the provider's first message; the first message under the reply): where
 * the extension states no first preservation date, or names no account, the first message gives them, for the
 * preservation it confirms under the reference the extension extends (the extension's earlier reference, or its own
 * where the number is kept). The provider's own words, not the officer's: only a message of the provider's senders that
 * asserts a preservation, under one reference.
 */
function fromOriginal(confirmations: Confirmation[], at: { readable: string; source: Source; thread: Thread; providerId: string | null; sentDay: string | null; today: string }): void {
  const { readable, source, thread, providerId } = at;
  const original = thread.messages.find((m) => m.start >= thread.confirming.end && m.author === 'provider');
  if (!original || !confirmations.some((c) => !c.preservedOn || !c.accounts.length)) return;
  // The same provider's: another provider's confirmation in the thread is another preservation.
  if (providerId && findProvider(readable, original)?.id !== providerId) return;
  const read = readReferences(readable, original, providerId, []);
  if (read.acknowledgementOnly || read.extension || read.references.length !== 1) return;
  const reference = read.references[0]!.reference;
  const target = confirmations.find((c) => (c.extension?.ofReference ?? c.reference) === reference);
  if (!target) return;
  if (!target.preservedOn && !target.dateWarning) {
    const dates = statedDates(readable, original, at.sentDay, read.references, at.today);
    const stated = firstOf(dates, 'preservation') ?? firstOf(dates, 'original');
    if (stated?.day) target.preservedOn = proposedDate(source, stated, null).preservedOn;
  }
  if (!target.accounts.length) {
    target.accounts = accountsIn(messageAccounts(readable, original, providerId, [reference]), source);
  }
}

/**
 * A thread may hold several confirmations of the provider's, each its own message under its own reference ("3) … we
 * have preserved the Facebook account … under request #1", "4) … the Instagram account … under request #2"; two
 * confirmations forwarded together, the newer first): the confirming message is the first of them, and each other one
 * below it, of the same provider, that confirms a preservation under one reference no confirmation has yet, is a
 * confirmation too, with its own date and accounts; one dated before the first only where the first never names its
 * reference. An extension or a receipt among them adds none (the extension is read as before).
 */
function laterConfirmations(confirmations: Confirmation[], at: { readable: string; source: Source; thread: Thread; providerId: string | null; today: string }): void {
  const { readable, source, thread, providerId } = at;
  const first = findEmailDate(thread.confirming, readable, at.today)?.day;
  if (!first || !confirmations.length) return;
  for (const m of thread.messages.slice(0, 20)) {
    if (m.start < thread.confirming.end || m.author !== 'provider') continue;
    const sent = findEmailDate(m, readable, at.today);
    if (!sent) continue;
    if (providerId && findProvider(readable, m)?.id !== providerId) continue;
    const read = readReferences(readable, m, providerId, []);
    if (read.acknowledgementOnly || read.extension || read.references.length !== 1) continue;
    const r = read.references[0]!;
    if (confirmations.some((c) => c.reference === r.reference || c.extension?.ofReference === r.reference)) continue;
    // An earlier message (a thread forwarded newest first) is a preservation of its own only where the confirming
    // message never names its reference: one it names is that preservation's earlier stage.
    if (sent.day <= first && readable.slice(thread.confirming.start, thread.confirming.end).includes(r.reference)) continue;
    const dates = statedDates(readable, m, sent.day, read.references, at.today);
    const { preservedOn, dateWarning } = proposedDate(source, firstOf(dates, 'preservation') ?? firstOf(dates, 'original'), { day: sent.day, evidence: evidence(source, sent.start, sent.end) });
    const confirmation: Confirmation = { reference: r.reference, evidence: referenceEvidence(source, readable, r), preservedOn, accounts: accountsIn(messageAccounts(readable, m, providerId, [r.reference]), source) };
    if (dateWarning) confirmation.dateWarning = dateWarning;
    confirmations.push(confirmation);
  }
}

/**
 * A follow-up under a reference the provider already confirmed lower in the thread (a correction of an account, "all
 * other details, including the preservation date, remain unchanged") states no date of its own: the preservation was
 * made when the earlier message says, not on the follow-up's day.
 */
function datedEarlier(confirmations: Confirmation[], at: { readable: string; source: Source; thread: Thread; providerId: string | null; today: string }): void {
  const { readable, source, thread, providerId } = at;
  for (const c of confirmations) {
    if (c.preservedOn?.source !== 'email-date') continue;
    const original = thread.messages.find((m) => m.start >= thread.confirming.end && m.author === 'provider');
    if (!original || (providerId && findProvider(readable, original)?.id !== providerId)) continue;
    // The same preservation: the earlier message names its reference, or none (a portal's thread under the request's number).
    const read = readReferences(readable, original, providerId, []);
    if (read.acknowledgementOnly || read.extension || read.references.some((r) => r.reference !== c.reference)) continue;
    const sent = findEmailDate(original, readable, at.today)?.day ?? null;
    const stated = firstOf(statedDates(readable, original, sent, read.references, at.today), 'preservation');
    if (stated?.day && stated.day <= c.preservedOn.day) c.preservedOn = proposedDate(source, stated, null).preservedOn!;
  }
}

/**
 * The preservation date a confirmation proposes: the date stated for it, else the e-mail's own date where it may
 * stand in (`sent`); a stated date found implausible proposes none and says why.
 */
function proposedDate(source: Source, stated: StatedDate | undefined, sent: { day: string; evidence: Evidence } | null): { preservedOn: PreservedOn | null; dateWarning?: Problem } {
  if (stated?.day) {
    const preservedOn: PreservedOn = { day: stated.day, source: 'stated', evidence: evidence(source, stated.start, stated.end) };
    if (stated.alternatives.length) preservedOn.ambiguous = { alternatives: stated.alternatives };
    return { preservedOn };
  }
  if (stated?.problem) return { preservedOn: null, dateWarning: stated.problem };
  return { preservedOn: sent && { day: sent.day, source: 'email-date', evidence: sent.evidence } };
}

/** The accounts a provider's message of the thread names: not its signature's, its correspondents' or the provider's own addresses. */
function messageAccounts(readable: string, message: Message, providerId: string | null, references: readonly string[]): FoundAccount[] {
  const { signatures } = asidesOf(readable, message, []);
  const excluded = excludedAddresses(readable, message);
  return confirmedAccounts(readable, findAccounts(readable, message.bodyStart, message.end)).filter(
    (a) => !inside(signatures, a.start, a.end) && !isExcluded(a.value, excluded, references, keyedAsAccount(readable, a)) && !(a.value.includes('@') && isProvidersOwnAddress(a.value, providerId) && !keyedAsAccount(readable, a)),
  );
}

/** The accounts a request of the officer's names: not its signature's, nor its correspondents' or the provider's addresses. */
function requestAccounts(readable: string, request: Message, excluded: Set<string>, references: readonly string[]): FoundAccount[] {
  const { signatures } = asidesOf(readable, request, []);
  const requestExcluded = excludedAddresses(readable, request);
  return confirmedAccounts(readable, findAccounts(readable, request.bodyStart, request.end)).filter(
    (a) => !inside(signatures, a.start, a.end) && !isExcluded(a.value, requestExcluded, references) && !isExcluded(a.value, excluded, references),
  );
}

/**
 * Where a reference was read, quoted: its place, or, where the reader took the number's whole form from elsewhere (the
 * subject tag's "2026-WP-004183" for the body's "WP-004183"), the first place that form is written.
 */
function referenceEvidence(source: Source, readable: string, r: { reference: string; start: number; end: number }) {
  if (squashed(readable.slice(r.start, r.end)).includes(squashed(r.reference))) return evidence(source, r.start, r.end);
  const at = readable.indexOf(r.reference);
  return at === -1 ? evidence(source, r.start, r.end) : evidence(source, at, at + r.reference.length);
}

/**
 * Read a pasted provider e-mail (or any selected text) into proposed records; the investigator checks them. Where
 * nothing is confirmed in a text a mail client wrapped at its width, the text is read once more with the wrap's breaks
 * undone, and that reading is taken where it confirms something (a label and its number, or a sentence, parted by a
 * wrap); failing that, the paste itself unwrapped, where quote marks still tell a quoted line's unquoted tail. Offsets
 * are the same in every reading, so every quote still comes from the paste.
 */
export function parseProviderEmail(text: string, now = new Date()): ProposedRecord {
  const source = readSource(text);
  const read = readProviderEmail(source, now);
  if (read.confirmations.length) return read;
  const unwrapped = softUnwrapped(source.text);
  const again = unwrapped && readProviderEmail({ ...source, text: unwrapped }, now);
  if (again && again.confirmations.length) return again;
  // A quoted line's wrap is told only in the paste, where its quote marks still stand: that text unwrapped is read anew.
  // Read as far as readSource reads: a huge paste is not split into lines beyond that.
  const pasted = softUnwrapped(text.slice(0, MAX_INPUT));
  const pastedSource = pasted && readSource(pasted);
  if (!pastedSource || pastedSource.text === unwrapped) return read;
  const third = readProviderEmail(pastedSource, now);
  return third.confirmations.length ? quotedFrom(text, third) : read;
}

/** Every quote of a reading made on a text of the same length as `text` (its wrap undone), taken from `text` again. */
function quotedFrom<T>(text: string, value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => quotedFrom(text, v)) as T;
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = quotedFrom(text, v);
  const { start, end, quote } = out;
  if (typeof start === 'number' && typeof end === 'number' && typeof quote === 'string') out.quote = text.slice(start, end);
  return out as T;
}

function readProviderEmail(source: Source, now: Date): ProposedRecord {
  const readable = source.text;
  // The pasted text as its messages: every reader below takes its input from the provider's confirming message.
  const thread = readThread(source, isProviderSender);
  const latest = thread.confirming;
  const provider = findProvider(readable, latest);
  const today = now.toISOString().slice(0, 10);
  const sent = findEmailDate(latest, readable, today) ?? (latest.date ? null : findStampDate(readable, latest, today));
  const emailDate = sent && { day: sent.day, zone: sent.zone, evidence: evidence(source, sent.start, sent.end) };
  const { message, read } = withEarlierMessage(readable, thread, provider?.id ?? null);
  const warnings: Problem[] = [];
  const confirmations: Confirmation[] = [];
  if (read.acknowledgementOnly && read.references.length) {
    warnings.push(problem('register.email.acknowledgementOnly', { references: read.references.map((r) => r.reference).join(', ') }));
  } else {
    const ofReference = read.extension?.ofReference ?? null;
    // An extension that keeps its number ("The reference number is unchanged") is recorded under it; the message's
    // other numbers are a portal's or a ticket's.
    const kept = !!ofReference && !!read.extension?.kept && read.references.some((r) => r.reference === ofReference);
    // A number an agency's label gives anywhere in the thread ("Crime reference: …"), or the officer's own message calls
    // the agency's ("our reference EM/CY/26/0552"), is not the provider's, where the provider gives one of its own beside it.
    const officersOwn = (m: ThreadMessage) => m.author === 'officer' && !m.confirms;
    const agencys = agencysNumbers(readable, thread.messages.map((m) => ({ start: m.start, end: m.end, officers: officersOwn(m) })));
    const notAgencys = read.references.filter((r) => !agencys.has(r.reference));
    const candidates = notAgencys.length ? notAgencys : read.references;
    // An answer to an extension and a new request at once, each in its own part: every reference its part's kind.
    const parts = read.extension && !kept ? extensionParts(readable, candidates, message.bodyStart, message.end) : null;
    const own = parts ? candidates : candidates.filter((r) => (kept ? r.reference === ofReference : r.reference !== ofReference || candidates.length === 1));
    // The reading day only bounds the years a weekday can name (a yearless "Sunday, November 15th" in a paste without
    // a date of its own); every date is read from the text.
    const dates = statedDates(readable, message, sent?.day ?? null, read.references, today);
    const excluded = excludedAddresses(readable, message);
    const referenceValues = read.references.map((r) => r.reference);
    // The officer's request restated by the provider before its answer, and the lines it quotes from the request (an
    // inline answer's "> Please preserve @a and @b"), unless the quote itself says they were preserved (the provider's
    // own confirmation quoted again): their names were asked, not preserved; nor is its signature's any account.
    const { signatures, restated } = asidesOf(readable, message, thread.asked);
    const named = findAccounts(readable, message.bodyStart, message.end);
    // Read with the provider's earlier message, the reply spans the officer's messages between the two (the request the
    // reply answers, "Please extend … We also ask that you preserve x@…"): the officer's words, asked, not confirmed.
    const officers = message.end > latest.end ? thread.messages.filter((m) => m.author === 'officer' && m.start >= latest.end && m.end <= message.end) : [];
    // A sentence about another case the message is not about holds that case's accounts.
    const otherCases = unaffectedSentences(readable, message.bodyStart, message.end);
    const found = confirmedAccounts(readable, named).filter(
      (a) =>
        !inside(signatures, a.start, a.end) &&
        !inside(otherCases, a.start, a.end) &&
        !inside(restated, a.start, a.end) &&
        !inside(officers, a.start, a.end) &&
        !isExcluded(a.value, excluded, referenceValues, keyedAsAccount(readable, a)) &&
        !(a.value.includes('@') && isProvidersOwnAddress(a.value, provider?.id ?? null) && !keyedAsAccount(readable, a)) &&
        !(isProvidersOwnHandle(a.value, provider?.id ?? null) && !keyedAsAccount(readable, a)),
    );
    // The provider's message may confirm the account the request named without naming it again ("we preserved the acct
    // on Oct. 27th", "the accounts you listed are now on hold"): with one reference, no account named and none refused,
    // the request's accounts are the preserved ones.
    if (!found.length && own.length === 1 && (ANAPHORIC_CONFIRMATION.test(readable.slice(message.bodyStart, message.end)) || pointsAtListedAccounts(readable.slice(message.bodyStart, message.end))) && !deniesAccount(readable.slice(message.bodyStart, message.end))) {
      // The request quoted or restated inside the provider's message ("> can you preserve 1177… ?⏎⏎yep, preserved it").
      for (const a of confirmedAccounts(readable, named)) {
        if (inside(restated, a.start, a.end) && !inside(signatures, a.start, a.end) && !isExcluded(a.value, excluded, referenceValues)) found.push(a);
      }
      for (const request of thread.requests) found.push(...requestAccounts(readable, request, excluded, referenceValues));
    }
    // Or it answers by pointing at the request's list, naming or numbering only what it excepts or picks ("All of the
    // accounts listed in your request have been preserved, except x@…", "preserved the accounts for usernames 2 and 4 in
    // your list below"): the list's items and what it says of them give the preserved accounts.
    if (!found.length && own.length === 1) {
      const aside = [...restated, ...signatures];
      const ownNamed = named.filter((a) => !inside(aside, a.start, a.end));
      const restatedItems = confirmedAccounts(readable, named).filter((a) => inside(restated, a.start, a.end) && !inside(signatures, a.start, a.end) && !isExcluded(a.value, excluded, referenceValues));
      const lists = [restatedItems];
      // The officer's messages under the provider's, and a block under a separator line that names no sender ("--- Original
      // request ---⏎Accounts to be preserved: …", a portal's "----- Request summary -----"): the request as its copy.
      for (const request of thread.messages.filter((m) => m.start >= message.end && (m.author === 'officer' || m.author === 'unknown'))) {
        lists.push(requestAccounts(readable, request, excluded, referenceValues));
      }
      const list = lists.find((l) => l.length) ?? [];
      const seen = new Set<string>();
      for (const a of preservedFromTheList(readable, { start: message.bodyStart, end: message.end }, aside, ownNamed, list) ?? []) {
        if (!seen.has(a.value.toLowerCase())) found.push(a);
        seen.add(a.value.toLowerCase());
      }
    }
    // The message points at its subject for the account ("the preservation of the account identified in the subject line
    // of this message"): the subject's accounts are the preserved ones.
    if (!found.length && own.length === 1 && message.subject && SUBJECT_POINTER.test(readable.slice(message.bodyStart, Math.min(message.end, message.bodyStart + 5_000)))) {
      const at = message.subject.at;
      found.push(...confirmedAccounts(readable, findAccounts(readable, at, at + message.subject.value.length)).filter((a) => !isExcluded(a.value, excluded, referenceValues)));
    }
    const owners = sections(readable, own, message.bodyStart, message.end);
    // A request the message answers as not done yet holds the accounts of its own part (its table row, its item).
    const pending = (read.pending ?? []).filter((p) => p.start >= message.bodyStart);
    const accountOwners = pending.length ? sections(readable, [...own, ...pending], message.bodyStart, message.end) : owners;
    // Of an answer in parts, an account in a part's paragraph is that part's reference's.
    const partOf = (at: number) => (parts ? [...parts].find(([, p]) => p.start <= at && at < p.end)?.[0] : undefined);
    const mine = <T extends { start: number }>(items: T[], reference: string) =>
      items.filter((i) => {
        const part = partOf(i.start);
        return part !== undefined ? part === reference : accountOwners(i.start).includes(reference);
      });
    // Each account's fate decides its reference's: of several references, one whose accounts the provider all refused
    // ("Case 9034419⏎Account: @x⏎Status: No account found - not preserved") confirms nothing.
    const refused = (r: ReferenceSpan) => {
      if (own.length < 2 || mine(found, r.reference).length) return false;
      const asked = mine(named, r.reference).filter((a) => owners(a.start).length === 1 && a.start > r.start);
      if (!asked.length || !own.some((o) => o !== r && mine(found, o.reference).length)) return false;
      const next = Math.min(...own.map((o) => o.start).filter((at) => at > r.start), message.end, r.start + 1_000);
      return deniesAccount(readable.slice(r.start, next));
    };
    // A date after every case's part, in a sentence about all of them ("The information associated with the above
    // accounts was preserved on 10/11/2026"), is each case's where its own part dates none. So is the message's one day
    // of preservation after every part where its sentence names no number and no single account ("Date of preservation:
    // 1 December 2026" under two cases' parts, not "The Instagram account was preserved on …"): one day for all, as the
    // provider wrote it once. Read so, a case preserved later is dated early, and its reminder comes early, never late.
    const lastPart = Math.max(...own.map((o) => o.start));
    const preservationDays = new Set(dates.filter((d) => d.role === 'preservation' && d.start >= message.bodyStart && d.start < message.end && !inside(otherCases, d.start, d.end)).map((d) => d.day));
    const shared = (d: StatedDate) => {
      if (d.start <= lastPart) return false;
      const sentence = sentenceAround(readable, d.start);
      if (SHARED_SUBJECT.test(readable.slice(sentence.start, d.start))) return true;
      const said = readable.slice(sentence.start, sentence.end);
      return preservationDays.size === 1 && !own.some((o) => said.includes(o.reference)) && !ONE_ACCOUNT_SUBJECT.test(said);
    };
    // Of a digest's several requests, one whose part says it still waits ("Status: IN REVIEW") confirms nothing yet.
    const partText = (r: ReferenceSpan) => readable.slice(r.start, Math.min(...own.map((o) => o.start).filter((at) => at > r.start), message.end, r.start + 1_000));
    const waits = own.length >= 2 ? own.filter((r) => waitingPart(partText(r))) : [];
    const waiting = (r: ReferenceSpan) => waits.length < own.length && waits.includes(r);
    for (const r of own.filter((o) => !refused(o) && !waiting(o))) {
      const extended = !!read.extension && parts?.get(r.reference)?.kind !== 'new';
      // A date in a sentence about another case (an account already preserved under another number) is that case's; in
      // an extension, the earlier case is the one extended, its date the first preservation's.
      const ownDates = dates.filter((d) => owners(d.start, true).includes(r.reference) && (extended || !inside(otherCases, d.start, d.end)));
      const dated = !extended && own.length > 1 && !ownDates.some((d) => d.role === 'preservation') ? [...ownDates, ...dates.filter((d) => d.role === 'preservation' && shared(d) && !ownDates.includes(d))] : ownDates;
      // In an extension e-mail, a sentence's preservation date is the first preservation's ("the records preserved on");
      // a bare "Completed:" line is the extension's own.
      // Beside a line the extension's words label ("Extension processed:"), a labelled preservation line ("Hold
      // placed:") is the first preservation's.
      const extensionLabelled = dated.some((d) => d.role === 'extension' && d.labelled);
      const stated = extended
        ? (firstOf(dated, 'original') ?? firstOf(dated.filter((d) => !d.labelled || extensionLabelled), 'preservation'))
        : (firstOf(dated, 'preservation') ?? firstOf(dated, 'original'));
      const { preservedOn, dateWarning } = proposedDate(source, stated, extended ? null : emailDate);
      const confirmation: Confirmation = { reference: r.reference, evidence: referenceEvidence(source, readable, r), preservedOn, accounts: accountsIn(mine(found, r.reference), source) };
      if (dateWarning) confirmation.dateWarning = dateWarning;
      if (extended && read.extension) {
        const on = firstOf(dated, 'extension') ?? firstOf(dated.filter((d) => d.labelled), 'preservation');
        const until = firstOf(dated, 'expiry');
        confirmation.extension = {
          ofReference: parts ? r.reference : (ofReference ?? r.reference),
          requestedOn: on?.day ?? emailDate?.day ?? null,
          expiresOn: until?.day ?? null,
          evidence: evidence(source, read.extension.start, read.extension.end),
        };
      }
      confirmations.push(confirmation);
    }
    if (read.extension) fromOriginal(confirmations, { readable, source, thread, providerId: provider?.id ?? null, sentDay: sent?.day ?? null, today });
    else if (message.end <= latest.end) laterConfirmations(confirmations, { readable, source, thread, providerId: provider?.id ?? null, today });
    if (!read.extension) datedEarlier(confirmations, { readable, source, thread, providerId: provider?.id ?? null, today });
    if (!own.length) warnings.push(problem('register.email.noReference'));
  }
  const providerId = provider && known.has(provider.id) ? provider.id : null;
  const unrecognised = providerId ? null : senderDomain(message);
  if (!providerId) warnings.push(unrecognised ? problem('register.email.providerFromDomain', { domain: unrecognised.domain }) : problem('register.email.providerUnknown'));
  const first = confirmations[0];
  const named = basisNamed(readable, message.start, message.end);
  return {
    providerId,
    basis: named ? { value: named.basis, evidence: evidence(source, named.start, named.end) } : { value: 'provider-policy', evidence: null },
    providerEvidence: provider && providerId ? evidence(source, provider.start, provider.end) : null,
    ...(unrecognised && { unrecognisedSender: { domain: unrecognised.domain, evidence: evidence(source, unrecognised.start, unrecognised.end) } }),
    emailDate,
    confirmations,
    referenceChoices: confirmations.length ? [] : referenceChoices(readable),
    accountChoices: accountChoices(readable, confirmations.flatMap((c) => c.accounts.map((a) => a.value)), providerId),
    dateChoices: confirmations.length && confirmations.every((c) => c.preservedOn?.source === 'stated') ? [] : dateChoices(readable, sent?.day ?? today),
    warnings,
    references: confirmations.map((c) => c.reference),
    preservedOn: first?.preservedOn?.day ?? null,
    extendedUntil: first?.extension?.expiresOn ?? null,
    accountIdentifiers: [...new Set(confirmations.flatMap((c) => c.accounts.map((a) => a.value)))].slice(0, MAX_ACCOUNTS),
  };
}

import { providerForUrl, providers } from '../../providers/registry';
import type { Message } from './blocks';
import { TRANSPORT_FIELD } from './text';

/**
 * The provider an e-mail comes from: the sender's domain, then the sender's name, the subject, the provider's
 * message, and the whole text, in that order. Within one place the provider named first wins ("Zoom LERS" is Zoom,
 * though Google's portal is also called LERS).
 */
interface Matcher {
  id: string;
  words: RegExp | null;
  domains: readonly string[];
}

const MATCHERS: Matcher[] = providers.map((p) => ({
  id: p.id,
  words: p.emailWords?.length ? new RegExp(`\\b(?:${p.emailWords.join('|')})\\b`, p.emailWordsMatchCase ? 'g' : 'gi') : null,
  domains: p.emailDomains ?? [],
}));

export interface ProviderMatch {
  id: string;
  /** Offsets of the words that named it in the readable text. */
  start: number;
  end: number;
}

function firstNamed(text: string, offset: number): ProviderMatch | null {
  let best: ProviderMatch | null = null;
  for (const { id, words } of MATCHERS) {
    if (!words) continue;
    words.lastIndex = 0;
    const m = words.exec(text);
    if (m && (!best || offset + m.index < best.start)) best = { id, start: offset + m.index, end: offset + m.index + m[0].length };
  }
  return best;
}

const PROVIDER_NAMES = new Set(providers.map((p) => p.name.toLowerCase()));

/** Whether a word is a provider's name as the registry gives it ("Jodel", "Microsoft"), or names one by its words. */
export function isProviderName(word: string): boolean {
  return PROVIDER_NAMES.has(word.trim().toLowerCase()) || namesAnyProvider(word);
}

const ADDRESS = /[A-Za-z0-9._%+-]{1,64}@([A-Za-z0-9.-]{1,200}\.[A-Za-z]{2,24})/;

/** A domain's registered name: "zoom" of "lers.zoom.us", "bumble" of "team.bumble.co.uk". */
export function registeredName(domain: string): string {
  const labels = domain.toLowerCase().split('.').slice(0, -1);
  if (labels.length > 1 && /^(?:co|com|org|net|gov|ac|edu)$/.test(labels[labels.length - 1]!)) labels.pop();
  return labels[labels.length - 1] ?? '';
}

/**
 * Whether a text names a company by its registered name as a name is written: a capital or all capitals, a word of its
 * own ("Verizon has preserved", "VERIZON"), not a lower-case word ("for example" of "….example.gov") nor a host name.
 */
export function namesAsWritten(text: string, name: string): boolean {
  if (!/^[a-z0-9-]{3,63}$/.test(name)) return false;
  const written = `${name[0]!.toUpperCase()}${name.slice(1)}|${name.toUpperCase()}`;
  return new RegExp(`(?<![\\p{L}\\p{N}@.])(?:${written})(?![\\p{L}\\p{N}]|\\.[A-Za-z])`, 'u').test(text);
}

function byDomain(from: { value: string; at: number }): ProviderMatch | null {
  const m = ADDRESS.exec(from.value);
  if (!m) return null;
  const domain = m[1]!.toLowerCase();
  const start = from.at + m.index + m[0].indexOf('@') + 1;
  for (const { id, domains } of MATCHERS) {
    if (domains.some((d) => domain === d || domain.endsWith(`.${d}`))) return { id, start, end: start + domain.length };
  }
  // The registered name first ("zoom" of "lers.zoom.us"): a subdomain's word ("lers", Google's portal) names its host.
  const registered = registeredName(domain);
  const own = firstNamed(registered, start + domain.lastIndexOf(registered, domain.length - 1));
  if (own) return own;
  // Then the labels from the registered name leftwards: "zoom" of "lers.zoom.example-le.com" before its host's "lers".
  const labels = domain.replace(/\.[a-z]+$/, '').split('.');
  for (let i = labels.length - 1, at = domain.lastIndexOf(labels[i]!); i >= 0; i--, at -= (labels[i]?.length ?? 0) + 1) {
    const named = firstNamed(labels[i]!, start + at);
    if (named) return named;
  }
  return null;
}

/** Mail and portal platforms that send for providers (Kodex): a message from them is the provider's side. */
export const PLATFORM_DOMAINS = /(?:^|\.)(?:kodexglobal\.com|kodex\.us|kodex\.com)$/i;

/**
 * A mailbox that takes no replies, by its name before the "@" ("lawenforcement-noreply@…", "no-reply-le@…",
 * "donotreply@…", "ne-pas-repondre@…", "no-responder@…", "nao-responda@…", "keine-antwort@…"): a sending system's
 * address, never an account anyone preserved.
 */
export const NO_REPLY_MAILBOX =
  /^[^@]*(?<![a-z])(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|ne[-_.]?pas[-_.]?repondre|no[-_.]?responder|nao[-_.]?responda|no[-_.]?rispondere|keine[-_.]?antwort|niet[-_.]?beantwoorden|svara[-_.]?inte)(?![a-z])[^@]*@/i;

/** Whether a From value is a provider's (its domain, its name, or a platform sending for providers). */
export function isProviderSender(from: { value: string; at: number }): boolean {
  // A sender shown by the provider's name alone ("Discord · Nov 9, 2026, 4:18 PM PST" in a portal's thread).
  if (PROVIDER_NAMES.has(from.value.trim().toLowerCase())) return true;
  const domain = ADDRESS.exec(from.value)?.[1]?.toLowerCase();
  if (domain && PLATFORM_DOMAINS.test(domain)) return true;
  const name = from.value.split('<')[0]!.slice(0, 200);
  // Or a provider's name before its department's ("Subito - Ufficio Legale <…@legalmail.it>", a certified-mail service).
  // Or a person of its team, the team in brackets after the name ("Marta (Kick Trust & Safety)", "Rowan (Discord)" in a
  // help desk's thread).
  const team = /\(([^()]{2,80})\)[ \t]*$/.exec(name);
  return (
    byDomain(from) !== null ||
    (!!domain && firstNamed(domain, 0) !== null) ||
    firstNamed(name, from.at) !== null ||
    brandedSender(name, from.at) !== null ||
    (!!team && (PROVIDER_NAMES.has(team[1]!.trim().toLowerCase()) || brandedSender(team[1]!, from.at) !== null))
  );
}

/** The words that name a provider (provider data), as a pattern source to build on, or null. */
export function providerWords(providerId: string | null): string | null {
  const words = providers.find((p) => p.id === providerId)?.emailWords;
  return words?.length ? words.join('|') : null;
}

/** Whether a text names any provider in the registry by its words ("WhatsApp's reference", "Microsoft"). */
export function namesAnyProvider(text: string): boolean {
  return firstNamed(text.slice(0, 300), 0) !== null;
}

/** Mail services anyone signs up to: an address there is a person's, whichever provider runs the service. */
const CONSUMER_MAIL = /^(?:gmail\.com|googlemail\.com|outlook\.[a-z.]{2,6}|hotmail\.[a-z.]{2,6}|live\.[a-z.]{2,6}|msn\.com|icloud\.com|me\.com|mac\.com|yahoo\.[a-z.]{2,6}|ymail\.com|aol\.com|proton\.me|protonmail\.com|protonmail\.ch|pm\.me|gmx\.[a-z.]{2,6}|web\.de|mail\.com|daum\.net|kakao\.com|naver\.com|mail\.ru|yandex\.[a-z.]{2,6}|seznam\.cz|email\.cz|centrum\.cz|post\.cz|wp\.pl|o2\.pl|interia\.pl|onet\.pl|laposte\.net|orange\.fr|free\.fr|libero\.it|virgilio\.it|inbox\.lt|posteo\.(?:de|net)|t-online\.de|freenet\.de|tutanota\.(?:com|de)|tuta\.(?:io|com)|mailfence\.com|abv\.bg|zohomail\.[a-z.]{2,6}|ukr\.net|freemail\.hu|online\.no|bk\.ru|inbox\.ru|list\.ru)$/i;

/** Whether a domain is a mail service anyone signs up to (gmail.com, outlook.com …), not one organisation's. */
export function isConsumerMail(domain: string): boolean {
  return CONSUMER_MAIL.test(domain);
}

/** Whether an address is the provider's own (lawenforcement@apple.com), not a target's (someone@icloud.com). */
export function isProvidersOwnAddress(address: string, providerId: string | null): boolean {
  const domain = address.split('@')[1]?.toLowerCase();
  if (!domain || !providerId || CONSUMER_MAIL.test(domain)) return false;
  const matcher = MATCHERS.find((m) => m.id === providerId);
  if (!matcher) return false;
  if (matcher.domains.some((d) => domain === d || domain.endsWith(`.${d}`))) return true;
  if (!matcher.words) return false;
  matcher.words.lastIndex = 0;
  return matcher.words.test(domain.replace(/\.[a-z]+$/, ''));
}

/**
 * The provider's own account on a social network or messenger, in its contact lines ("Telegram: @WhiteBIT_official",
 * "Follow us: @DiscordSupport"): a handle made of the provider's name and a word of a company's channel (official,
 * support, help, news, team, legal, safety …), or of its name alone. Not a user's: a user's handle may hold the name
 * ("whitebit_trader") but not as the company's channel.
 */
const CHANNEL_WORD = /^(?:_?(?:official|support|help|helpdesk|news|team|legal|safety|care|status|hq|global|press|app|inc|cares))+$/;
export function isProvidersOwnHandle(value: string, providerId: string | null): boolean {
  if (!providerId || value.includes('@', 1) || /[\s/.]/.test(value)) return false;
  const handle = value.replace(/^@/, '').toLowerCase();
  const names = [providerId, ...NAMES.filter((n) => n.id === providerId).map((n) => n.name.toLowerCase())].filter((n) => n.length >= 3);
  return names.some((name) => handle.startsWith(name) && (handle.length === name.length ? value.startsWith('@') : CHANNEL_WORD.test(handle.slice(name.length))));
}

/**
 * A sender's display name made of a provider's name as the registry writes it, then a department ("X Legal", "Signal
 * Legal Requests", "X Trust & Safety", "Signal Rechtsabteilung", "Kick Support"), or then the platform that sends for
 * it ("Discord via Kodex"): the provider, though its name is a word too common to be one of its words in a text.
 */
const NAMES = providers.map((p) => ({ id: p.id, name: p.name.replace(/[ \t]*\(.*\)$/, '') })).filter((n) => /^[A-Za-z][A-Za-z0-9]{0,20}$/.test(n.name));
const DEPARTMENT =
  String.raw`(?:Legal(?:[ \t]+(?:Requests?|Team|Department|Response))?|Law[ \t]+Enforcement(?:[ \t]+(?:Response|Requests?|Team|Operations))?|LE(?:[ \t]+(?:Response|Team))?|LERT?|Trust[ \t]*(?:&|and)[ \t]*Safety|Safety|Records|Compliance|Rechtsabteilung|Juridique|Jur[íi]dico|Legale|Support|Help[ \t]?[Dd]esk|via[ \t]+Kodex|Zesp[oó][lł]|Dzia[lł]|Biuro|Pr[áa]vn[íi]|Odd[ěe]len[íi]|Jogi|Juridische|Juridisk|Equipo|Ufficio|Service[ \t]+juridique|Myndighet\p{L}*|Beh[öo]rden\p{L}*|Autorit\p{L}*|Requerimientos|R[ée]quisitions|Service[ \t]+des[ \t]+[Rr][ée]quisitions)`;
const BRANDED = new RegExp(String.raw`^[ \t"'“]*(${NAMES.map((n) => n.name).join('|')})[ \t]+(?:[-–·|][ \t]+)?${DEPARTMENT}(?![\p{L}])`, 'u');
function brandedSender(name: string, at: number): ProviderMatch | null {
  const m = BRANDED.exec(name);
  const id = m && NAMES.find((n) => n.name === m[1])?.id;
  if (!m || !id) return null;
  const start = at + m[0].indexOf(m[1]!);
  return { id, start, end: start + m[1]!.length };
}

/**
 * A sender's domain whose registered name opens one provider's own names, as its parent company's does ("sony" of
 * "…@sie.sony.com" opens "Sony Interactive Entertainment"): that provider. A word only one provider's names open; a
 * trailing word ("Support" of "Steam Support") names no one.
 */
const OPENING_WORDS = new Map<string, Set<string>>();
for (const p of providers) {
  for (const words of p.emailWords ?? []) {
    const first = /^[A-Za-z][A-Za-z0-9-]*/.exec(words)?.[0].toLowerCase();
    if (first) OPENING_WORDS.set(first, (OPENING_WORDS.get(first) ?? new Set()).add(p.id));
  }
}
function parentsWords(from: { value: string; at: number }): ProviderMatch | null {
  const m = ADDRESS.exec(from.value);
  if (!m) return null;
  const domain = m[1]!.toLowerCase();
  const brand = registeredName(domain);
  const owners = CONSUMER_MAIL.test(domain) ? undefined : OPENING_WORDS.get(brand);
  if (!owners || owners.size !== 1) return null;
  const start = from.at + m.index + m[0].lastIndexOf(brand);
  return { id: [...owners][0]!, start, end: start + brand.length };
}

export function findProvider(text: string, message: Message): ProviderMatch | null {
  const { from, subject } = message;
  if (from) {
    const domain = byDomain(from);
    if (domain) return domain;
    const name = from.value.split('<')[0]!.slice(0, 200);
    const named = firstNamed(name, from.at);
    if (named) return named;
    const branded = brandedSender(name, from.at);
    if (branded) return branded;
    const parent = parentsWords(from);
    if (parent) return parent;
    // A company writing under its own brand ("Viber Law Enforcement <lawenforcement@viber.com>", "VSAT Preservations
    // <…@verizon.com>" signing "Verizon Security Assistance Team"), which the registry does not hold: a provider the text
    // merely mentions ("sent from a gmail.com address") is not the sender.
    if (ownBrand(from.value, text.slice(message.bodyStart, Math.min(message.end, message.bodyStart + 20_000)))) return null;
  }
  if (subject) {
    const named = firstNamed(subject.value.slice(0, 400), subject.at);
    if (named) return named;
  }
  // A webmail pane's sender line in the body ("Facebook Records <records@fb.com>" under the client's own menus, which
  // name the client: "Using Gmail with screen readers") names the sender before any word of the text does.
  const bodyText = text.slice(message.bodyStart, Math.min(message.end, message.bodyStart + 20_000));
  for (const m of bodyText.matchAll(SENDER_LINE)) {
    if (CONSUMER_MAIL.test(m[1]!)) continue;
    const at = message.bodyStart + m.index!;
    const sender = byDomain({ value: m[0], at }) ?? firstNamed(m[0].split('<')[0]!, at) ?? brandedSender(m[0].split('<')[0]!, at);
    if (sender) return sender;
  }
  const body = firstNamed(withoutConsumerAddresses(text.slice(message.bodyStart, message.end)), message.bodyStart);
  return body ?? portalNamed(text, message) ?? firstNamed(withoutConsumerAddresses(withoutTransport(text)), 0);
}

/** Portals, help desks and mail services that send for many companies ("Kodex <no-reply@kodex.us>"): no brand of their own here. */
const SENDING_PLATFORM = /^(?:kodex|kodexglobal|zendesk|freshdesk|salesforce|force|servicenow|service-now|hubspot|intercom|helpscout|zoho|atlassian|mailgun|sendgrid|amazonses|mandrillapp|postmarkapp|sparkpostmail)$/i;

/**
 * A sender whose address's domain names the company its display name names ("Viber Law Enforcement <…@viber.com>"), or
 * its own message does, as a word of its own ("Verizon has preserved the records" from "…@verizon.com").
 */
function ownBrand(from: string, body: string): boolean {
  const m = /^([^<]{1,200})<[^<>\s@]{1,64}@((?:[A-Za-z0-9-]{1,63}\.){0,4}([A-Za-z0-9-]{3,63})\.[A-Za-z]{2,24})>/.exec(from.trim());
  if (!m || CONSUMER_MAIL.test(m[2]!) || SENDING_PLATFORM.test(m[3]!) || m[2]!.toLowerCase().split('.').some((l) => PUBLIC_SECTOR.test(l))) return false;
  const label = m[3]!.toLowerCase();
  return new RegExp(`(?<![\\p{L}\\p{N}])${label}(?![\\p{L}\\p{N}])`, 'iu').test(m[1]!) || namesAsWritten(body, label);
}

/**
 * A public body's domain word ("met.police.uk", "polizei.bwl.de", "justice.gouv.fr"): an agency's sender, whose own
 * message names its service ("Metropolitan Police Service") without being a company that writes under its brand.
 */
const PUBLIC_SECTOR = /^(?:police|polizei|politie|policia|pol[ií]cia|polisen|politi|politiet|poliisi|policja|gendarmerie|carabinieri|guardiacivil|justice|justiz|justitie|gov|gouv|gob|sheriff|fbi)$/;

/** Whether a mail domain is a public body's ("scv-sheriff.example.gov", "polizei.bwl.de"): an agency's mailbox, never a target's. */
export function isPublicSectorDomain(domain: string): boolean {
  return domain.toLowerCase().split(/[.-]/).some((w) => PUBLIC_SECTOR.test(w));
}

/** A line that is a sender's name and address alone ("Facebook Records <records@fb.com>"): the address's domain. */
const SENDER_LINE = /^[ \t]*[^<>\n@:]{1,80}<[^<>\s@]{1,64}@([^<>\s]{1,200})>[ \t]*$/gm;

/** A header line of transport or threading: its hosts are the mail system's ("….prod.outlook.com" hosts many companies' mail). */
const TRANSPORT_LINE = new RegExp(String.raw`^[ \t]*${TRANSPORT_FIELD}[ \t]*:[^\n]*(?:\n[ \t]+[^\n]*)*`, 'gim');

/** The text with its transport header lines blanked, one blank for each character. */
function withoutTransport(text: string): string {
  return text.replace(TRANSPORT_LINE, (line) => line.replace(/[^\n]/g, ' '));
}

/** Any address: its domain is read by CONSUMER_MAIL. */
const ANY_ADDRESS = /[\p{L}\p{N}._%+-]{1,64}@([A-Za-z0-9.-]{1,200}\.[A-Za-z]{2,24})/gu;

/**
 * The text with the addresses at mail services anyone signs up to blanked, one blank for each character (offsets stay
 * the text's): "j.motos.valencia@yahoo.es" is a person's address, whatever provider runs the service, and names no
 * sender ("yahoo" in it is no Yahoo notice); so is the client's name in the title it prints over a conversation.
 */
function withoutConsumerAddresses(text: string): string {
  return text.replace(ANY_ADDRESS, (a, domain: string) => (CONSUMER_MAIL.test(domain) ? ' '.repeat(a.length) : a)).replace(PRINTED_BY_CLIENT, (c) => ' '.repeat(c.length));
}

/** The title a mail client prints over a conversation ("Gmail - [#LE-CASE-33817] Solicitud …"): the reader's client, no sender. */
const PRINTED_BY_CLIENT = /^[ \t]*(?:Gmail|Outlook|Yahoo Mail|Mail)(?=[ \t]+[-–][ \t]+\S)/gm;

/** An address on a host, with or without its scheme ("https://app.kodexglobal.com/velvetchat/requests/…"). */
const ADDRESS_ON_HOST = /(?<![\w.@/-])(?:https?:\/\/)?((?:[a-z0-9-]{1,63}\.){1,5}[a-z]{2,24})(\/[^\s<>"'()[\]]{0,200})?/gi;

/**
 * The provider whose portal serves an address in the provider's message, by the registry's portal locations: a notice
 * that names no provider in words ("Your preservation request is complete … https://app.kodexglobal.com/velvetchat/
 * requests/VC-…", a Kodex tenant no provider claims) is the portal's provider's, here the generic Kodex entry.
 */
function portalNamed(text: string, message: Message): ProviderMatch | null {
  const body = text.slice(message.bodyStart, Math.min(message.end, message.bodyStart + 100_000));
  for (const m of body.matchAll(ADDRESS_ON_HOST)) {
    const portal = providerForUrl(`https://${m[1]!.toLowerCase()}${m[2] ?? '/'}`);
    if (portal) return { id: portal.id, start: message.bodyStart + m.index!, end: message.bodyStart + m.index! + m[0].length };
  }
  return null;
}

import { isMeaningfulIdentifier } from './text';

/**
 * Masking for the shape report. A report describes a page's shape, never what it says about a case: every string
 * that leaves the page goes through `maskText` (or `maskUrl`, `maskIdentifier`). Markers in braces replace what
 * is removed: `{email}`, `{handle}`, `{url}`, `{uuid}`, `{typed}` (text the investigator typed); anything holding a
 * digit keeps only its shape (`CASE-2026-004711` -> `XXXX-9999-999999`).
 */

/** Statute and format numbers that recognition itself reads in labels ("2703(f)", "2705(b)", "E.164"): not case data. */
const KEPT_NUMBERS = new Set(['2258a', '2702', '2703', '2705', '2523', '1543', '24/7', 'e.164', 'md5', 'sha1', 'sha-1', 'sha256', 'sha-256', 'sha512']);

const EMAIL = /[\p{L}\p{N}._%+'-]+(?:@|%40)[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*/giu;
const HANDLE = /(^|[^\p{L}\p{N}_])@[\p{L}\p{N}_.-]{2,}/gu;
/** Words that stand for a handle in a label ("@handle or user ID"): not anybody's account. */
const GENERIC_HANDLES = new Set(['handle', 'username', 'user', 'name', 'example', 'mention']);
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)\S+/giu;
const UUID_SOURCE = String.raw`\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b`;
const UUID = new RegExp(UUID_SOURCE, 'giu');
const HAS_UUID = new RegExp(UUID_SOURCE, 'iu');
/** Words joined by the separators ids are made of: `CASE-2026-004711`, `A1B2C3D4`, `555-0187`, `fld_11`. */
const COMPOUND = /[\p{L}\p{N}]+(?:[-/._:#+][\p{L}\p{N}]+)*/gu;
const SHORT_NUMBER = /^(?:\d{1,2}|\d{1,2}(?:st|nd|rd|th))$/i;

function isKeptCompound(word: string): boolean {
  if (KEPT_NUMBERS.has(word.toLowerCase())) return true;
  if (SHORT_NUMBER.test(word)) return true;
  // Only letters: a word, unless it looks like a hex token or is longer than any word.
  if (!/\p{N}/u.test(word)) return !/^[a-f]{8,}$/i.test(word) && word.length <= 30;
  return false;
}

function shapeOf(word: string): string {
  return word.replace(/\p{L}/gu, 'X').replace(/\p{N}/gu, '9').slice(0, 40);
}

const KEPT_DIGIT_RUNS = new Set(Array.from(KEPT_NUMBERS).flatMap((word) => word.match(/\d+/g) ?? []));
const ANY_EMAIL = new RegExp(EMAIL.source, 'iu');

/**
 * True when a string still holds an e-mail address or a run of 3+ digits that is neither a kept statute number nor
 * a masked shape (all nines: a shape says only how many digits there were).
 */
export function holdsUnmaskedData(text: string): boolean {
  if (ANY_EMAIL.test(text)) return true;
  return (text.match(/\p{N}{3,}/gu) ?? []).some((run) => !KEPT_DIGIT_RUNS.has(run) && !/^9+$/.test(run));
}

/** A page's text with e-mail addresses, handles, web addresses, UUIDs and anything holding a digit masked; capped. */
export function maskText(text: string | null | undefined, max = 120): string {
  if (!text) return '';
  const collapsed = text.slice(0, max * 4).replace(/\s+/g, ' ').trim();
  const masked = collapsed
    .replace(WEB_ADDRESS, '{url}')
    .replace(EMAIL, '{email}')
    .replace(HANDLE, (whole, before: string) => (GENERIC_HANDLES.has(whole.slice(before.length + 1).toLowerCase()) ? whole : `${before}{handle}`))
    .replace(UUID, '{uuid}')
    .replace(COMPOUND, (word) => (isKeptCompound(word) ? word : shapeOf(word)));
  return masked.slice(0, max);
}

/** A `name` or `id`: `{generated}` when it says nothing about the field (`:r3:`, `mui-104`), else masked text. */
export function maskIdentifier(value: string | null | undefined): string | null {
  if (!value) return null;
  if (!isMeaningfulIdentifier(value) || HAS_UUID.test(value)) return '{generated}';
  // Part by part: `fld_11` -> `fld_99`; the words an identifier is made of are the page's, not the case's.
  const masked = maskText(value.replace(/[-_.:]/g, ' $& '), 60).replace(/ ([-_.:]) /g, '$1');
  // Joined again, the parts may make what none of them was alone ("AA_@0": "AA", "_", "@0" -> an address): mask the whole.
  if (holdsUnmaskedData(masked)) return maskText(masked, 60) || '{generated}';
  return masked || '{generated}';
}

/** A query value or path segment that is still one long unbroken token after masking is a session or record token. */
function maskUrlPart(part: string, scrub: (text: string) => string): string {
  const masked = maskText(scrub(decodeSafely(part)), 60);
  // Characters that would break the address become `~`: the digits of a %-escape would join a shape's nines, and `_` an e-mail address.
  return /[\p{L}]{25,}/u.test(masked) ? '{token}' : masked.replace(/[\s#?&=%/]/g, '~');
}

function maskPath(path: string, scrub: (text: string) => string): string {
  return path
    .split('/')
    .slice(0, 30)
    .map((segment) => (segment ? maskUrlPart(segment, scrub) : ''))
    .join('/');
}

function maskQuery(search: string, scrub: (text: string) => string): string {
  if (!search || search === '?') return '';
  const pairs = Array.from(new URLSearchParams(search)).slice(0, 20);
  const masked = pairs.map(([key, value]) => {
    const shown = value.startsWith('/') ? maskPath(value, scrub) : maskUrlPart(value, scrub);
    return value ? `${maskUrlPart(key, scrub)}=${shown}` : maskUrlPart(key, scrub);
  });
  return `?${masked.join('&')}`;
}

/** The URL with host and structure kept; path segments, query values and a hash route masked. */
export function maskUrl(url: URL, scrub: (text: string) => string = (t) => t): string {
  const hash = url.hash.startsWith('#/') ? `#${maskPath(url.hash.slice(1).split('?')[0] ?? '', scrub)}` : url.hash ? `#${maskUrlPart(url.hash.slice(1), scrub)}` : '';
  const hashQuery = url.hash.startsWith('#/') && url.hash.includes('?') ? maskQuery(url.hash.slice(url.hash.indexOf('?')), scrub) : '';
  return `${url.protocol}//${maskHost(url)}${maskPath(url.pathname, scrub)}${maskQuery(url.search, scrub)}${hash}${hashQuery}`.slice(0, 600);
}

/** The host as it is, but a port and a host's longer digit runs keep only their shape (`:8443` -> `:9999`). */
function maskHost(url: URL): string {
  const shape = (digits: string) => '9'.repeat(digits.length);
  return `${url.hostname.replace(/\d{3,}/g, shape)}${url.port ? `:${shape(url.port)}` : ''}`;
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

const MAX_VALUES = 400;
const MAX_VALUE_CHARS = 20_000;
/** Typed text echoed by the page is caught by any shared run of this many characters. */
const SHINGLE = 16;

function normalized(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * A function that replaces, in a page's text, whatever the investigator typed into the page's fields: a short
 * value where it appears whole, a long one wherever a run of 16 characters of it appears (a page that echoes the
 * start of a narrative into a summary or a label). Runs before `maskText`, on the page's raw text.
 */
export function typedTextScrubber(values: readonly string[]): (text: string) => string {
  const short: string[] = [];
  const shingles = new Set<string>();
  for (const raw of values.slice(0, MAX_VALUES)) {
    const value = normalized(raw.slice(0, MAX_VALUE_CHARS));
    if (value.length < 3) continue;
    if (value.length < SHINGLE) short.push(value);
    else for (let i = 0; i + SHINGLE <= value.length; i++) shingles.add(value.slice(i, i + SHINGLE));
  }
  if (!short.length && !shingles.size) return (text) => text;
  return (text) => {
    const flat = text.replace(/\s+/g, ' ');
    const lower = flat.toLowerCase();
    const covered = new Uint8Array(flat.length);
    let hit = false;
    for (const value of short) {
      for (let at = lower.indexOf(value); at >= 0; at = lower.indexOf(value, at + 1)) {
        covered.fill(1, at, at + value.length);
        hit = true;
      }
    }
    for (let i = 0; i + SHINGLE <= lower.length; i++) {
      if (shingles.has(lower.slice(i, i + SHINGLE))) {
        covered.fill(1, i, i + SHINGLE);
        hit = true;
      }
    }
    if (!hit) return text;
    // Lower-casing changed the length (a few Unicode letters): the positions do not line up, drop the whole text.
    if (lower.length !== flat.length) return '{typed}';
    let out = '';
    for (let i = 0; i < flat.length; i++) {
      if (!covered[i]) out += flat[i];
      else if (i === 0 || !covered[i - 1]) out += '{typed}';
    }
    return out;
  };
}

import type { PageKind } from '../providers/page-kinds';
import type { FieldRole } from '../recognition/field-roles';

/**
 * What the investigator taught, as plain types and pure functions without Zod: the in-page guide bundles this file
 * (page patterns, field signatures), while the schemas that validate what is stored live in storage/taught-schema.ts
 * and run only in the background and extension pages, which read and write what is taught.
 */

export const TAUGHT_VERSION = 1;
/** The `storage.local` key of what is taught (one value, written whole). */
export const TAUGHT_KEY = 'taught';
export const MAX_TAUGHT_PAGES = 500;
export const MAX_TAUGHT_FIELDS = 200;
export const CONTROL_KINDS = ['text', 'textarea', 'editable', 'select', 'checkbox', 'radio', 'date', 'file'] as const;

export interface FieldSignature {
  /** The field's label as the guide reads it, normalised (lower case, single spaces, no trailing `*` or `:`). */
  label: string;
  /** The field's name (or id) with digits and random parts dropped. */
  name: string;
  kind: (typeof CONTROL_KINDS)[number];
  /** Which of the page's fields with the same label (or, unlabelled, the same name) and kind: 0 for the first. */
  nth: number;
}

export interface FieldTeaching {
  signature: FieldSignature;
  role: FieldRole;
  /** True: "this field is not `role`" (the heuristics' guess is wrong and no other role is claimed). */
  not: boolean;
}

export interface TaughtPage {
  providerId: string;
  /** A URL path with ids and digits replaced by `*`, optionally with a hash route (`/app#/form`). */
  pagePattern: string;
  /** The page kind the investigator set, or null to leave it to recognition. */
  pageKind: PageKind | null;
  fields: FieldTeaching[];
  /** When it was last changed (ISO 8601). */
  updatedAt: string;
}

export interface TaughtStore {
  version: typeof TAUGHT_VERSION;
  pages: TaughtPage[];
}

/** One change the investigator makes to what is taught about one page. */
export type TaughtChange =
  | { kind: 'page-kind'; pageKind: PageKind | null }
  | { kind: 'field'; teaching: FieldTeaching }
  | { kind: 'forget-field'; signature: FieldSignature }
  | { kind: 'reset' };

/** A path segment that is an id rather than a word: it holds a digit, or is a long hex or random-looking token. */
function isIdSegment(segment: string): boolean {
  return /\d/.test(segment) || /^[0-9a-f-]{16,}$/i.test(segment) || segment.length > 32;
}

function generalisePath(path: string): string {
  return path
    .split('/')
    .map((segment) => (segment && isIdSegment(segment) ? '*' : segment))
    .join('/');
}

/**
 * The page pattern of a URL: its path with id-like segments as `*` (so `/requests/7731/status` and
 * `/requests/8802/status` are one page), plus a hash route when the portal routes by hash. No query: it holds
 * record ids and search terms, never what kind of page this is.
 */
export function pagePatternOf(url: URL | string): string {
  const u = typeof url === 'string' ? new URL(url) : url;
  let path = decodeSafely(u.pathname) || '/';
  path = generalisePath(path.replace(/\/{2,}/g, '/'));
  const route = /^#(\/[^?]*)/.exec(u.hash)?.[1];
  const pattern = route ? `${path}#${generalisePath(decodeSafely(route))}` : path;
  return pattern.replace(/[\s?]/g, '').slice(0, 300);
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** "Additional information *:" -> "additional information": what a label says, however it is decorated. */
export function normaliseLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s*:]+$/, '')
    .trim()
    .slice(0, 200);
}

/**
 * A control's name or id without what frameworks generate afresh on each load: `mui-75` -> `mui`,
 * `:r5:` -> `r`, `target_accounts[]` -> `target-accounts`, `a8f3k2j9x1` -> ``.
 */
export function generaliseName(name: string): string {
  return name
    .split(/[^a-zA-Z0-9]+/)
    .filter((token) => token && !/\d/.test(token) && !/^[0-9a-f]{12,}$/i.test(token))
    .join('-')
    .toLowerCase()
    .slice(0, 120);
}

/** What a field is known by across loads: its label when it has one, else its generalised name; and its kind. */
export function signatureGroup(signature: Pick<FieldSignature, 'label' | 'name' | 'kind'>): string {
  return `${signature.kind}|${signature.label ? `label:${signature.label}` : `name:${signature.name}`}`;
}

export interface SignatureSource {
  label: string;
  /** The `name` attribute, else the `id`. */
  name: string;
  kind: FieldSignature['kind'];
}

/** The signatures of a page's fields, in order: `nth` tells apart fields that share a label (or name) and kind. */
export function fieldSignatures(fields: readonly SignatureSource[]): FieldSignature[] {
  const seen = new Map<string, number>();
  return fields.map((field) => {
    const base = { label: normaliseLabel(field.label), name: generaliseName(field.name), kind: field.kind };
    const group = signatureGroup(base);
    const nth = seen.get(group) ?? 0;
    seen.set(group, nth + 1);
    return { ...base, nth: Math.min(nth, 399) };
  });
}

export function sameSignature(a: FieldSignature, b: FieldSignature): boolean {
  return signatureGroup(a) === signatureGroup(b) && a.nth === b.nth;
}

/** What is taught about one page, or null. */
export function taughtPageIn(store: TaughtStore, providerId: string, pagePattern: string): TaughtPage | null {
  return store.pages.find((p) => p.providerId === providerId && p.pagePattern === pagePattern) ?? null;
}

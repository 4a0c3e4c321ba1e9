import * as z from 'zod/mini';
import { PAGE_KINDS } from '../providers/page-kinds';
import { FIELD_ROLES } from '../recognition/field-roles';

/**
 * What the investigator taught the guide: per provider and page pattern, the page kind and the roles of fields.
 * Pure data and pure functions (zod/mini): the in-page guide bundles this file, the storage functions live in
 * storage/taught.ts. A teaching never holds a value typed into a form: only labels, generalised names and kinds.
 */

export const TAUGHT_VERSION = 1;
/** The `storage.local` key of what is taught (one value, written whole). */
export const TAUGHT_KEY = 'taught';
export const MAX_TAUGHT_PAGES = 500;
export const MAX_TAUGHT_FIELDS = 200;
const CONTROL_KINDS = ['text', 'textarea', 'editable', 'select', 'checkbox', 'radio', 'date', 'file'] as const;

const providerIdSchema = z.string().check(z.regex(/^[a-z][a-z0-9-]*$/), z.maxLength(60));
/** A URL path with ids and digits replaced by `*`, optionally with a hash route (`/app#/form`). */
const pagePatternSchema = z.string().check(z.regex(/^\/[^\s?]*$/), z.maxLength(300));

export const fieldSignatureSchema = z.object({
  /** The field's label as the guide reads it, normalised (lower case, single spaces, no trailing `*` or `:`). */
  label: z.string().check(z.maxLength(200)),
  /** The field's name (or id) with digits and random parts dropped. */
  name: z.string().check(z.maxLength(120)),
  kind: z.enum(CONTROL_KINDS),
  /** Which of the page's fields with the same label (or, unlabelled, the same name) and kind: 0 for the first. */
  nth: z.number().check(z.int(), z.minimum(0), z.maximum(399)),
});
export type FieldSignature = z.infer<typeof fieldSignatureSchema>;

export const fieldTeachingSchema = z.object({
  signature: fieldSignatureSchema,
  role: z.enum(FIELD_ROLES),
  /** True: "this field is not `role`" (the heuristics' guess is wrong and no other role is claimed). */
  not: z.boolean(),
});
export type FieldTeaching = z.infer<typeof fieldTeachingSchema>;

export const taughtPageSchema = z.object({
  providerId: providerIdSchema,
  pagePattern: pagePatternSchema,
  /** The page kind the investigator set, or null to leave it to recognition. */
  pageKind: z.nullable(z.enum(PAGE_KINDS)),
  fields: z.array(fieldTeachingSchema).check(z.maxLength(MAX_TAUGHT_FIELDS)),
  /** When it was last changed (ISO 8601). */
  updatedAt: z.string().check(z.maxLength(40)),
});
export type TaughtPage = z.infer<typeof taughtPageSchema>;

export const taughtStoreSchema = z.object({
  version: z.literal(TAUGHT_VERSION),
  pages: z.array(taughtPageSchema).check(z.maxLength(MAX_TAUGHT_PAGES)),
});
export type TaughtStore = z.infer<typeof taughtStoreSchema>;

export const EMPTY_TAUGHT: TaughtStore = { version: TAUGHT_VERSION, pages: [] };

/** One change the investigator makes to what is taught about one page. */
export const taughtChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('page-kind'), pageKind: z.nullable(z.enum(PAGE_KINDS)) }),
  z.object({ kind: z.literal('field'), teaching: fieldTeachingSchema }),
  z.object({ kind: z.literal('forget-field'), signature: fieldSignatureSchema }),
  z.object({ kind: z.literal('reset') }),
]);
export type TaughtChange = z.infer<typeof taughtChangeSchema>;

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

/** The store with one change made to one page's teachings; a page left with nothing taught is dropped. */
export function applyTaughtChange(store: TaughtStore, providerId: string, pagePattern: string, change: TaughtChange, now: Date): TaughtStore {
  const others = store.pages.filter((p) => !(p.providerId === providerId && p.pagePattern === pagePattern));
  const current = store.pages.find((p) => p.providerId === providerId && p.pagePattern === pagePattern) ?? {
    providerId,
    pagePattern,
    pageKind: null,
    fields: [],
    updatedAt: now.toISOString(),
  };
  const next = changedPage(current, change);
  if (next.pageKind === null && next.fields.length === 0) return { ...store, pages: others };
  if (others.length >= MAX_TAUGHT_PAGES) throw new Error(`At most ${MAX_TAUGHT_PAGES} pages can be taught.`);
  return taughtStoreSchema.parse({ ...store, pages: [...others, { ...next, updatedAt: now.toISOString() }] });
}

function changedPage(page: TaughtPage, change: TaughtChange): TaughtPage {
  switch (change.kind) {
    case 'page-kind':
      return { ...page, pageKind: change.pageKind };
    case 'field': {
      const fields = page.fields.filter((f) => !sameSignature(f.signature, change.teaching.signature));
      if (fields.length >= MAX_TAUGHT_FIELDS) throw new Error(`At most ${MAX_TAUGHT_FIELDS} fields can be taught on one page.`);
      return { ...page, fields: [...fields, change.teaching] };
    }
    case 'forget-field':
      return { ...page, fields: page.fields.filter((f) => !sameSignature(f.signature, change.signature)) };
    case 'reset':
      return { ...page, pageKind: null, fields: [] };
  }
}

/** What is taught about one page, or null. */
export function taughtPageIn(store: TaughtStore, providerId: string, pagePattern: string): TaughtPage | null {
  return store.pages.find((p) => p.providerId === providerId && p.pagePattern === pagePattern) ?? null;
}

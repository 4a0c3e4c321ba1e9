import * as z from 'zod/mini';
import { PAGE_KINDS } from '../providers/page-kinds';
import { FIELD_ROLES } from '../recognition/field-roles';
import {
  CONTROL_KINDS,
  MAX_TAUGHT_FIELDS,
  MAX_TAUGHT_PAGES,
  TAUGHT_VERSION,
  sameSignature,
  type FieldSignature,
  type FieldTeaching,
  type TaughtChange,
  type TaughtPage,
  type TaughtStore,
} from './taught-page';

export * from './taught-page';

/**
 * What the investigator taught the guide: per provider and page pattern, the page kind and the roles of fields.
 * The schemas that every stored or imported teaching passes (zod/mini). They run in the background and extension
 * pages only: the in-page guide imports storage/taught-page.ts, the same types and pure functions without Zod, and
 * never writes what is taught. A teaching never holds a value typed into a form: only labels, generalised names and
 * kinds.
 */

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

export const fieldTeachingSchema = z.object({
  signature: fieldSignatureSchema,
  role: z.enum(FIELD_ROLES),
  /** True: "this field is not `role`" (the heuristics' guess is wrong and no other role is claimed). */
  not: z.boolean(),
});

export const taughtPageSchema = z.object({
  providerId: providerIdSchema,
  pagePattern: pagePatternSchema,
  /** The page kind the investigator set, or null to leave it to recognition. */
  pageKind: z.nullable(z.enum(PAGE_KINDS)),
  fields: z.array(fieldTeachingSchema).check(z.maxLength(MAX_TAUGHT_FIELDS)),
  /** When it was last changed (ISO 8601). */
  updatedAt: z.string().check(z.maxLength(40)),
});

export const taughtStoreSchema = z.object({
  version: z.literal(TAUGHT_VERSION),
  pages: z.array(taughtPageSchema).check(z.maxLength(MAX_TAUGHT_PAGES)),
});

export const EMPTY_TAUGHT: TaughtStore = { version: TAUGHT_VERSION, pages: [] };

/** One change the investigator makes to what is taught about one page. */
export const taughtChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('page-kind'), pageKind: z.nullable(z.enum(PAGE_KINDS)) }),
  z.object({ kind: z.literal('field'), teaching: fieldTeachingSchema }),
  z.object({ kind: z.literal('forget-field'), signature: fieldSignatureSchema }),
  z.object({ kind: z.literal('reset') }),
]);

/** Fails to compile when a schema and its plain type in storage/taught-page.ts drift apart. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const schemasMatchTypes: [
  Same<z.infer<typeof fieldSignatureSchema>, FieldSignature>,
  Same<z.infer<typeof fieldTeachingSchema>, FieldTeaching>,
  Same<z.infer<typeof taughtPageSchema>, TaughtPage>,
  Same<z.infer<typeof taughtStoreSchema>, TaughtStore>,
  Same<z.infer<typeof taughtChangeSchema>, TaughtChange>,
] = [true, true, true, true, true];
void schemasMatchTypes;

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

import * as z from 'zod/mini';
import { PAGE_KINDS } from '../providers/page-kinds';
import { FIELD_ROLES } from './field-roles';
import type { ControlKind } from './labels';
import type { PageKindReason } from './page-kind';
import { holdsUnmaskedData } from './shape-report-mask';

/**
 * The shape report's format (docs/shape-report.md). The guide builds it, so zod/mini only. Every string is checked
 * again here for what masking must have removed: a report that still holds an e-mail address or a case number's
 * digits does not validate, whoever made it.
 */
export const SHAPE_REPORT_FORMAT = 'quickfreeze-shape-report';
export const SHAPE_REPORT_VERSION = 1;

/** The page is an adversary: a report stays small whatever the page holds. */
export const SHAPE_LIMITS = { fields: 150, headings: 30, text: 120, names: 6, options: 30, url: 600 } as const;

const CONTROL_KINDS = ['text', 'textarea', 'editable', 'select', 'checkbox', 'radio', 'date', 'file'] as const satisfies readonly ControlKind[];
export const PAGE_KIND_REASONS = [
  'confirmation-wording',
  'confirmation-url',
  'sign-in',
  'selected-request-type',
  'url',
  'heading',
  'field-labels',
  'form-of-unknown-kind',
  'url-with-fields',
  'no-request-form',
  'non-request-page',
  'confirmation-in-text',
  'taught',
] as const satisfies readonly (PageKindReason | 'taught')[];
/** Fails to compile when `explainPageKind` gains a reason this list lacks. */
const everyReasonListed: Exclude<PageKindReason, (typeof PAGE_KIND_REASONS)[number]> extends never ? true : never = true;
void everyReasonListed;

const masked = (max: number) =>
  z.string().check(
    z.maxLength(max),
    z.refine((text) => !holdsUnmaskedData(text), 'holds an e-mail address or a run of digits'),
  );
const text = masked(SHAPE_LIMITS.text);
const pageKind = z.enum(PAGE_KINDS);

export const shapeFieldSchema = z.object({
  kind: z.enum(CONTROL_KINDS),
  /** The input's `type` (`text`, `email`, `date`...), or `select`, `textarea`, `contenteditable`. */
  type: z.string().check(z.regex(/^[a-z-]{1,30}$/)),
  role: z.nullable(z.enum(FIELD_ROLES)),
  /** The role was taught by the investigator, not guessed. */
  taught: z.boolean(),
  /** What a person calls the field. */
  label: text,
  /** Every text that names the field, strongest first (aria-labelledby, aria-label, label, group, placeholder...). */
  names: z.array(text).check(z.maxLength(SHAPE_LIMITS.names)),
  /** The legend, heading or region name of the section the field sits in. */
  section: text,
  /** `{generated}` where the attribute looks generated, null where there is none. */
  name: z.nullable(text),
  id: z.nullable(text),
  /** Radios and checkboxes: the question their group asks. */
  group: z.optional(text),
  /** Selects and radio groups: the options' visible labels (never what was typed). */
  options: z.optional(z.array(text).check(z.maxLength(SHAPE_LIMITS.options))),
  /** Request-type select only: the chosen option's index (it decides the page kind, which the report states anyway). */
  selected: z.optional(z.nullable(z.number().check(z.int(), z.gte(0)))),
  /** Request-type radio only: whether it is the chosen one. */
  checked: z.optional(z.boolean()),
});

export const shapeReportSchema = z.object({
  format: z.literal(SHAPE_REPORT_FORMAT),
  version: z.literal(SHAPE_REPORT_VERSION),
  url: masked(SHAPE_LIMITS.url),
  provider: z.object({ id: z.string().check(z.regex(/^[a-z][a-z0-9-]{0,40}$/)), name: text }),
  page: z.object({
    kind: pageKind,
    /** The investigator set the page kind; `decidedBy` is then `taught`. */
    taught: z.boolean(),
    decidedBy: z.enum(PAGE_KIND_REASONS),
    /** What recognition read off the page (see recognition/page-kind.ts `PageSignals`). */
    signals: z.object({
      urlKind: z.nullable(pageKind),
      selectedKind: z.nullable(pageKind),
      headingKinds: z.array(pageKind).check(z.maxLength(SHAPE_LIMITS.headings)),
      fieldKind: z.nullable(pageKind),
      confirmationWording: z.boolean(),
      passwordField: z.boolean(),
      requestFieldCount: z.number().check(z.int(), z.gte(0)),
    }),
  }),
  headings: z.array(text).check(z.maxLength(SHAPE_LIMITS.headings)),
  fields: z.array(shapeFieldSchema).check(z.maxLength(SHAPE_LIMITS.fields)),
  /** Where the page held more than the limits, the report says so instead of growing. */
  truncated: z.object({ headings: z.boolean(), fields: z.boolean() }),
});

export type ShapeReport = z.infer<typeof shapeReportSchema>;
export type ShapeField = z.infer<typeof shapeFieldSchema>;

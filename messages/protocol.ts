import * as z from 'zod/mini';
import { PAGE_KINDS } from '../providers/page-kinds';
import { FIELD_ROLES } from '../recognition/field-roles';

/**
 * Messages between the content script and the background, validated on both sides. The content script sends a
 * plain snapshot of the form; the background runs the rules (and their heavy parsers) away from the page.
 */
export const MAX_FIELD_CHARS = 1_000_000;
const severity = z.enum(['error', 'warning', 'info']);

export const fieldSnapshotSchema = z.object({
  key: z.string().check(z.maxLength(20)),
  role: z.nullable(z.enum(FIELD_ROLES)),
  kind: z.enum(['text', 'textarea', 'editable', 'select', 'checkbox', 'radio', 'date', 'file']),
  label: z.string().check(z.maxLength(400)),
  value: z.string().check(z.maxLength(MAX_FIELD_CHARS)),
  checked: z.nullable(z.boolean()),
  files: z.array(z.object({ name: z.string().check(z.maxLength(500)), type: z.string().check(z.maxLength(200)), size: z.number() })).check(z.maxLength(100)),
});

export const checkFormRequestSchema = z.object({
  type: z.literal('check-form'),
  snapshot: z.object({
    providerId: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/)),
    page: z.enum(PAGE_KINDS),
    fields: z.array(fieldSnapshotSchema).check(z.maxLength(400)),
  }),
});
export type CheckFormRequest = z.infer<typeof checkFormRequestSchema>;

const findingSchema = z.object({
  ruleId: z.string(),
  severity,
  message: z.string(),
  fieldKey: z.nullable(z.string()),
  details: z.optional(z.array(z.string())),
});

const docsSchema = z.object({
  title: z.string(),
  why: z.string(),
  fix: z.string(),
  sources: z.array(z.object({ title: z.string(), url: z.string() })),
});

export const checkFormResponseSchema = z.object({
  findings: z.array(findingSchema),
  docs: z.record(z.string(), docsSchema),
  /** Text the investigator may insert into the emergency description, by clicking. */
  suggestion: z.nullable(z.object({ fieldKey: z.string(), text: z.string() })),
});
export type CheckFormResponse = z.infer<typeof checkFormResponseSchema>;
export type FindingMessage = z.infer<typeof findingSchema>;
export type RuleDocsMessage = z.infer<typeof docsSchema>;

/** The request form as typed in this tab, kept by the background (session storage) until the confirmation page. */
export const rememberFormSchema = z.object({
  type: z.literal('remember-form'),
  providerId: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/)),
  requestType: z.enum(['preservation', 'emergency', 'legal-process', 'other']),
  caseNumber: z.string().check(z.maxLength(120)),
  accountIdentifiers: z.array(z.string().check(z.maxLength(500))).check(z.maxLength(200)),
});
export type RememberForm = z.infer<typeof rememberFormSchema>;

export const recallFormSchema = z.object({ type: z.literal('recall-form') });

/** Save a reference offered on a confirmation page; the background adds this tab's remembered form. */
export const saveReferenceSchema = z.object({
  type: z.literal('save-reference'),
  providerId: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/)),
  reference: z.string().check(z.minLength(1), z.maxLength(120)),
  url: z.string().check(z.maxLength(4000)),
  pageText: z.string().check(z.maxLength(2_000_000)),
});
export type SaveReference = z.infer<typeof saveReferenceSchema>;

export const saveReferenceResponseSchema = z.object({
  ok: z.boolean(),
  created: z.optional(z.boolean()),
  error: z.optional(z.string()),
});
export type SaveReferenceResponse = z.infer<typeof saveReferenceResponseSchema>;

/** Sent by extension pages after they change the register, so the badge and reminders follow. */
export const registerChangedSchema = z.object({ type: z.literal('register-changed') });

/** From the popup: which record was saved from the page in this tab, and attach a screenshot of it as proof. */
export const screenshotCandidateSchema = z.object({ type: z.literal('screenshot-candidate'), tabId: z.number() });
export const attachScreenshotSchema = z.object({ type: z.literal('attach-screenshot'), tabId: z.number(), windowId: z.number() });

import * as z from 'zod/mini';
import { AUTHORITY_TYPES, DATA_CATEGORIES, ROUTE_IDS } from '../legal/route-types';
import { CHECKED_PAGES, PAGE_KINDS } from '../providers/page-kinds';
import { FIELD_ROLES } from '../recognition/field-roles';
import { taughtChangeSchema, taughtPageSchema } from '../storage/taught-schema';
import { guideLanguageSchema } from '../i18n/guide-protocol';

/**
 * The one message protocol between QuickFreeze's parts. Each message names who may send it — `guide` (the in-page
 * guide, in the top frame of a portal tab) or `extension` (popup, dashboard, options, insert page) — and the
 * schemas of its request and its response. The background's router (entrypoints/background/router.ts) validates
 * both and refuses a message from the wrong kind of sender; `send()` (messages/send.ts) validates the answer.
 * This module is imported by the page bundle: zod/mini only.
 */
export type SenderKind = 'guide' | 'extension';

export const MAX_FIELD_CHARS = 1_000_000;
const severity = z.enum(['error', 'warning', 'info']);
const providerId = z.string().check(z.regex(/^[a-z][a-z0-9-]*$/));

export const fieldSnapshotSchema = z.object({
  /** Stable within one page: lets the guide point back at the field. */
  key: z.string().check(z.maxLength(20)),
  role: z.nullable(z.enum(FIELD_ROLES)),
  kind: z.enum(['text', 'textarea', 'editable', 'select', 'checkbox', 'radio', 'date', 'file']),
  label: z.string().check(z.maxLength(400)),
  /** Text typed or selected (the selected option's text for a select). */
  value: z.string().check(z.maxLength(MAX_FIELD_CHARS)),
  /** Checkbox / radio state; null for other controls. */
  checked: z.nullable(z.boolean()),
  /** Files chosen in a file input: name, MIME type, size. */
  files: z.array(z.object({ name: z.string().check(z.maxLength(500)), type: z.string().check(z.maxLength(200)), size: z.number() })).check(z.maxLength(100)),
  /** The investigator left the field (a trusted blur) while it held text: a draft, not a first word. */
  leftWithText: z.optional(z.boolean()),
});
/** Plain data read off one form control: what every rule sees. */
export type FieldSnapshot = z.infer<typeof fieldSnapshotSchema>;

const formSnapshotSchema = z.object({
  providerId,
  page: z.enum(PAGE_KINDS),
  fields: z.array(fieldSnapshotSchema).check(z.maxLength(400)),
});

const findingSchema = z.object({
  ruleId: z.string(),
  severity,
  message: z.string(),
  fieldKey: z.nullable(z.string()),
  details: z.optional(z.array(z.string())),
  /** The finding is one item of a checklist (the emergency elements): its label, and what the text already satisfies. */
  checklist: z.optional(
    z.object({
      item: z.string(),
      understood: z.array(z.object({ ruleId: z.string(), item: z.string(), text: z.string() })).check(z.maxLength(20)),
    }),
  ),
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

const requestType = z.enum(CHECKED_PAGES);
const caseNumber = z.string().check(z.maxLength(120));
const accountIdentifiers = z.array(z.string().check(z.maxLength(500))).check(z.maxLength(200));

/** The request form as typed in this tab, kept by the background until the confirmation page. */
export const carriedFormSchema = z.object({ providerId, requestType, caseNumber, accountIdentifiers });
export type CarriedForm = z.infer<typeof carriedFormSchema>;

export const saveReferenceResponseSchema = z.object({
  ok: z.boolean(),
  created: z.optional(z.boolean()),
  error: z.optional(z.string()),
});
export type SaveReferenceResponse = z.infer<typeof saveReferenceResponseSchema>;

const okSchema = z.object({ ok: z.boolean(), error: z.optional(z.string()) });

/** What the guide needs of the settings, and nothing more (not the rules, reminders or anything case-related). */
export const guideSettingsSchema = z.object({
  disabledProviders: z.array(providerId),
  guideCollapsed: z.boolean(),
  /** The guide's text direction in the investigator's language (i18n/guide-catalogue.ts); absent: left to right. */
  dir: z.optional(z.enum(['ltr', 'rtl'])),
});
export type GuideSettings = z.infer<typeof guideSettingsSchema>;

/**
 * A provider fact as the guide shows it: the background holds the provider data (facts, sources) and sends only the
 * facts of the page in view, so the page bundle carries none of it.
 */
export const guideFactSchema = z.object({
  key: z.string(),
  title: z.string(),
  isDefault: z.boolean(),
  fact: z.nullable(
    z.object({
      summary: z.string(),
      confidence: z.enum(['official', 'secondary']),
      sources: z.array(z.object({ url: z.string(), title: z.string(), checked: z.string() })),
    }),
  ),
});
export type GuideFact = z.infer<typeof guideFactSchema>;

/** A portal the investigator added (issue 10), as the guide needs it to recognise its pages. */
export const addedPortalEntrySchema = z.object({
  id: providerId,
  name: z.string().check(z.maxLength(80)),
  locations: z.array(z.object({ host: z.string().check(z.maxLength(253)), pathPrefix: z.optional(z.string().check(z.maxLength(300))) })).check(z.maxLength(1)),
  urlPageKinds: z.array(z.object({ pattern: z.string().check(z.maxLength(300)), kind: z.enum(PAGE_KINDS) })).check(z.maxLength(50)),
});

/** One legal route as the guide shows it (contract section 10): computed in the background from the legal data. */
export const routeViewSchema = z.object({
  id: z.enum(ROUTE_IDS),
  title: z.string(),
  summary: z.string(),
  categories: z.array(z.enum(DATA_CATEGORIES)),
  basis: z.array(z.object({ title: z.string(), article: z.nullable(z.string()) })),
  issuers: z.array(
    z.object({
      category: z.enum(DATA_CATEGORIES),
      who: z.string(),
      verdict: z.enum(['may-issue', 'needs-validation', 'needs-other-authority', 'not-known']),
    }),
  ),
  deadlines: z.array(
    z.object({
      what: z.string(),
      days: z.nullable(z.number()),
      hours: z.nullable(z.number()),
      extension: z.nullable(z.object({ days: z.number(), max: z.number() })),
    }),
  ),
  status: z.object({ state: z.enum(['in-force', 'applies']), since: z.nullable(z.string()), checked: z.string() }),
  addressee: z.nullable(z.string()),
  caveats: z.array(z.string()),
  confidence: z.enum(['official', 'secondary']),
  sources: z.array(z.object({ url: z.string(), title: z.string(), checked: z.string() })),
});
export type RouteView = z.infer<typeof routeViewSchema>;

/** The routes to the tab's provider for the investigator; `country` null: not set in the options, no routes. */
export const guideRoutesSchema = z.object({
  country: z.nullable(z.string()),
  authority: z.nullable(z.enum(AUTHORITY_TYPES)),
  routes: z.array(routeViewSchema).check(z.maxLength(20)),
});
export type GuideRoutes = z.infer<typeof guideRoutesSchema>;

interface MessageSpec {
  from: SenderKind;
  request: z.ZodMiniType;
  response: z.ZodMiniType;
}

export const protocol = {
  /** Run the checks on a form snapshot; the background runs the rules (and their heavy parsers) off the page. */
  'check-form': { from: 'guide', request: z.object({ snapshot: formSnapshotSchema }), response: checkFormResponseSchema },
  /** Remember what is typed in this tab's request form, for its confirmation page. The provider is the tab's. */
  'remember-form': { from: 'guide', request: z.object({ requestType, caseNumber, accountIdentifiers }), response: okSchema },
  /** This tab's remembered form, if it was typed on the provider the tab shows now, within the last 30 minutes. */
  'recall-form': { from: 'guide', request: z.object({}), response: z.nullable(carriedFormSchema) },
  /**
   * The references a confirmation page's text gives for this request (register/references.ts, run off the page), less
   * the numbers the investigator typed (`exclude`). Only what the text holds comes back: nothing from the register.
   */
  'find-references': {
    from: 'guide',
    request: z.object({ pageText: z.string().check(z.maxLength(200_000)), exclude: z.array(z.string().check(z.maxLength(500))).check(z.maxLength(201)) }),
    response: z.array(z.string().check(z.maxLength(120))).check(z.maxLength(20)),
  },
  /** Save a reference offered on a confirmation page; provider and address are the tab's, the form this tab's. */
  'save-reference': {
    from: 'guide',
    request: z.object({ reference: z.string().check(z.minLength(1), z.maxLength(120)), pageText: z.string().check(z.maxLength(2_000_000)) }),
    response: saveReferenceResponseSchema,
  },
  /** The settings the guide needs (it does not read the extension's storage itself). */
  'get-guide-settings': { from: 'guide', request: z.object({}), response: guideSettingsSchema },
  /** The guide's locale, direction and messages in the investigator's language (i18n/guide-catalogue.ts). */
  /** The guide's language and its stylesheet: what guide.js does not carry (i18n/guide-catalogue.ts, components/guide.css). */
  'guide-language': { from: 'guide', request: z.object({}), response: z.extend(guideLanguageSchema, { styles: z.string().check(z.maxLength(200_000)) }) },
  /** The tab's provider's facts for this kind of page, each with its sources. */
  'page-facts': { from: 'guide', request: z.object({ page: z.enum(PAGE_KINDS) }), response: z.array(guideFactSchema) },
  'set-guide-collapsed': { from: 'guide', request: z.object({ collapsed: z.boolean() }), response: guideSettingsSchema },
  /** Sent by extension pages after they change the register, so the badge and reminders follow. */
  'register-changed': { from: 'extension', request: z.object({}), response: okSchema },
  /** From the popup: which record was saved from the page in this tab, to attach a screenshot to. */
  'screenshot-candidate': { from: 'extension', request: z.object({ tabId: z.number() }), response: z.nullable(z.object({ reference: z.string() })) },
  'attach-screenshot': { from: 'extension', request: z.object({ tabId: z.number(), windowId: z.number() }), response: okSchema },
  /** From the insert page: the page whose field was right-clicked for "Insert preservation details", if any. */
  'insert-target': { from: 'extension', request: z.object({}), response: z.nullable(z.object({ pageUrl: z.string() })) },
  /** From the insert page, on the investigator's click: put this text into the field that was right-clicked. */
  'insert-details': { from: 'extension', request: z.object({ text: z.string().check(z.minLength(1), z.maxLength(1_000_000)) }), response: okSchema },
  /** The portals the investigator added on the sender's host (the guide runs there once its permission is granted). */
  'added-portals-here': { from: 'guide', request: z.object({}), response: z.array(addedPortalEntrySchema).check(z.maxLength(50)) },
  /** What the investigator taught about the sender's page: provider and page pattern come from the sender's URL. */
  'taught-for-page': { from: 'guide', request: z.object({}), response: z.nullable(taughtPageSchema) },
  /** On the investigator's click on "Fix recognition": run teach.js (the panel, on demand) in the sender's frame. */
  'load-teach': { from: 'guide', request: z.object({}), response: okSchema },
  /** On the investigator's own click in the guide: change what is taught about the sender's page (and only it). */
  teach: { from: 'guide', request: z.object({ change: taughtChangeSchema }), response: z.nullable(taughtPageSchema) },
  /** The checks' ids, severities and docs, for the options' list: the options page carries none of the checks' code. */
  'rule-list': {
    from: 'extension',
    request: z.object({}),
    response: z.array(z.object({ id: z.string(), title: z.string(), severity, why: z.string(), fix: z.string() })).check(z.maxLength(200)),
  },
  /** The legal routes to the sender's tab's provider for the investigator's country and authority (options). */
  'guide-routes': { from: 'guide', request: z.object({}), response: guideRoutesSchema },
  /** On the investigator's own click in the guide: open the options (content scripts cannot). */
  'open-options': { from: 'guide', request: z.object({}), response: okSchema },
} as const satisfies Record<string, MessageSpec>;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type RequestOf<K extends MessageType> = z.infer<Protocol[K]['request']>;
export type ResponseOf<K extends MessageType> = z.infer<Protocol[K]['response']>;
export type SenderOf<K extends MessageType> = Protocol[K]['from'];

/** What the router answers instead of a response when it refuses a message. */
export const refusalSchema = z.object({ refused: z.string() });
export type Refusal = z.infer<typeof refusalSchema>;

export function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(protocol, type);
}

/** The check-form message as it travels (fuzz tests and older callers build it whole). */
export const checkFormRequestSchema = z.object({ type: z.literal('check-form'), snapshot: formSnapshotSchema });
export type CheckFormRequest = z.infer<typeof checkFormRequestSchema>;
export type FormSnapshotMessage = z.infer<typeof formSnapshotSchema>;

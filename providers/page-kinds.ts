import type { FactKey } from './fact-keys';

/**
 * One row per page kind of contract section 2. It lives apart from the Zod schema so that the content script
 * bundles it without Zod. Recognition builds its word tables from it, the guide its titles and facts.
 */
export interface PageKindEntry {
  readonly id: string;
  /** What the guide calls the page. */
  readonly title: string;
  /** A form that asks the provider for something: the request checks run on it. */
  readonly isRequestForm: boolean;
  /** The request checks run on it, and a record's request type may be it (an unrecognized portal page may hold a form). */
  readonly checked: boolean;
  /** Words in the URL (path, query, hash) that say this is the page. */
  readonly urlWords: RegExp | null;
  /**
   * Words in the page's own text that say this is the page: headings, the selected request type and field labels
   * for request forms; headings for login; headings and status messages for confirmation.
   */
  readonly headingWords: readonly RegExp[];
  /** Provider facts the guide shows on the page, most important first. */
  readonly facts: readonly FactKey[];
}

/**
 * In order of precedence when words of several kinds match: a confirmation URL under /preservation/ is still a
 * confirmation, and an "emergency preservation" heading is an emergency request.
 */
export const PAGE_KIND_TABLE = [
  {
    id: 'confirmation',
    title: 'Confirmation',
    isRequestForm: false,
    checked: false,
    urlWords: /(?:^|[/#?&=_.-])(?:confirm(?:ation|ed)?|success(?:ful)?|submitted|thank-?you|thanks|receipt|done)(?:$|[/#?&=_.-])/i,
    headingWords: [
      /\b(?:request|submission|preservation|application|form|ticket|case)\b[^.!?]{0,60}\b(?:has\s+been|was|were|is\s+now|have\s+been)\s+(?:successfully\s+)?(?:submitted|received|sent|filed|created|logged|recorded|accepted|registered)\b/i,
      /\bthank\s+you\b[^.!?]{0,40}\b(?:submi|request|submission)/i,
      /\b(?:request|submission|preservation)s?\s+(?:received|submitted|confirmed|complete|successful|sent|filed|logged|accepted|created|opened)\b/i,
      /\bsuccessfully\s+submitted\b/i,
      /\byour\s+(?:reference|request|case|ticket|confirmation|tracking)\s+(?:number|no\.?|id|#)\s*(?:is|:)/i,
      /^\s*(?:confirmation|request\s+confirmation|submission\s+confirmation|thank\s+you)\b/i,
      /\bwe(?:\s+have|['’]ve)?\s+received\s+your\b/i,
    ],
    facts: ['preservation', 'userNotification'],
  },
  {
    id: 'login',
    title: 'Sign-in page',
    isRequestForm: false,
    checked: false,
    urlWords: /(?:^|[/#?&=_.-])(?:sign-?in|log-?in|sign-?up|register|registration|auth|sso|verify-?email|otp|mfa|2fa)(?:$|[/#?&=_.-])/i,
    headingWords: [
      /\b(?:sign\s*in|log\s*in|login|sign\s*up|register|create\s+(?:an\s+)?account|verify\s+your\s+e-?mail|two-factor|one-time\s+(?:code|password))\b/i,
    ],
    facts: ['preservation', 'emergency', 'userNotification'],
  },
  {
    id: 'emergency',
    title: 'Emergency disclosure request',
    isRequestForm: true,
    checked: true,
    urlWords: /emergenc(?:y|ies)|exigent|(?:^|[/#?&=_.-])edr(?:$|[/#?&=_.-])/i,
    headingWords: [/emergenc|exigent|\bedr\b|imminent\s+(?:harm|danger|threat)|danger\s+of\s+death/i],
    facts: ['emergency', 'userNotification', 'childSafety', 'identifiers'],
  },
  {
    id: 'preservation',
    title: 'Preservation request',
    isRequestForm: true,
    checked: true,
    urlWords: /preserv(?:e|ation|ations)|quick-?freeze/i,
    headingWords: [/preserv|quick[\s-]?freeze|2703\s*\(\s*f\s*\)|retention\s+request|data\s+retention|freeze\s+request|\b(?:keep|hold|retain|secure)\s+(?:the\s+)?(?:account\s+|user\s+)?(?:records|data)\b/i],
    facts: ['preservation', 'userNotification', 'identifiers', 'international'],
  },
  {
    id: 'legal-process',
    title: 'Legal process',
    isRequestForm: true,
    checked: true,
    urlWords: /legal-?process|subpoena|warrant|court-?order|production-?order|disclosure(?:-?request)?|records-?request|mlat/i,
    headingWords: [
      /legal\s+process|subpoena|warrant|court\s+order|production\s+order|2703\s*\(\s*d\s*\)|\bmlat\b|letters?\s+rogatory|records?\s+request|disclosure\s+request|request\s+for\s+(?:records|information|data|disclosure)|data\s+request|(?:upload|submit|serve)\s+(?:your\s+)?(?:legal|process|documents)|information\s+request|non-emergency/i,
    ],
    facts: ['userNotification', 'international', 'legalEntity', 'identifiers', 'preservation'],
  },
  {
    id: 'other',
    title: 'Portal page',
    isRequestForm: false,
    checked: true,
    // Pages a portal has besides its forms: settings, help, a list of requests. Last in precedence: a URL or heading
    // that also names a request form is that form.
    urlWords: /(?:^|[/#?&=_.-])(?:settings|preferences|profile|help|faqs?|support|dashboard|inbox|notifications)(?:$|[/#?&=_.-])/i,
    headingWords: [
      /^\s*(?:(?:my|account|profile|user)\s+)?(?:settings|preferences|profile|account|dashboard|inbox|notifications?)\s*$|^\s*(?:help|faqs?|support)\b(?!\s+us\b)|frequently\s+asked|^\s*(?:my|your|all|open|past|submitted)\s+(?:requests|cases|submissions)\b/i,
    ],
    facts: ['preservation', 'userNotification', 'emergency', 'childSafety', 'international', 'identifiers', 'legalEntity'],
  },
] as const satisfies readonly PageKindEntry[];

export type PageKind = (typeof PAGE_KIND_TABLE)[number]['id'];

export const PAGE_KINDS = PAGE_KIND_TABLE.map((entry) => entry.id) as [PageKind, ...PageKind[]];

const byKind = new Map<PageKind, PageKindEntry>(PAGE_KIND_TABLE.map((entry) => [entry.id, entry]));

export function pageKindEntry(kind: PageKind): PageKindEntry {
  return byKind.get(kind)!;
}

/** The pages that are requests to a provider, in precedence order. */
export const REQUEST_PAGES = PAGE_KIND_TABLE.filter((entry): entry is RequestEntry => entry.isRequestForm).map((entry) => entry.id);

export function isRequestPage(kind: PageKind): boolean {
  return pageKindEntry(kind).isRequestForm;
}

type CheckedEntry = Extract<(typeof PAGE_KIND_TABLE)[number], { checked: true }>;
export type CheckedPage = CheckedEntry['id'];
/** The pages the request checks run on; also the request types a record may have. */
export const CHECKED_PAGES = PAGE_KIND_TABLE.filter((entry): entry is CheckedEntry => entry.checked).map((entry) => entry.id) as [CheckedPage, ...CheckedPage[]];

type RequestEntry = Extract<(typeof PAGE_KIND_TABLE)[number], { isRequestForm: true }>;
export type RequestPage = RequestEntry['id'];

export const PAGE_TITLES = Object.fromEntries(PAGE_KIND_TABLE.map((entry) => [entry.id, entry.title])) as Record<PageKind, string>;

import { PAGE_KIND_TABLE, isRequestPage, pageKindEntry, type PageKind } from '../providers/page-kinds';
import type { LocatedField } from './field-locator';
import { comboboxText, isChecked, sectionContext, textOf } from './labels';
import { pageRoots, queryRoots, type PageRoot } from './page-roots';
import { isVisible } from './visibility';

/** Plain facts read off the page; `decidePageKind` turns them into a page kind without touching the DOM. */
export interface PageSignals {
  urlKind: PageKind | null;
  /** Kind named by the selected request type (select option or checked radio). */
  selectedKind: PageKind | null;
  /** Kinds named by visible headings, strongest heading first. */
  headingKinds: PageKind[];
  /** Kind suggested by the located fields (an emergency narrative, legal-process upload...). */
  fieldKind: PageKind | null;
  confirmationWording: boolean;
  /**
   * Confirmation wording in the page's loose text (a sentence in a plain `<div>`), read only where no other signal
   * gives the page a kind: absent wherever it was not read.
   */
  confirmationInText?: boolean;
  passwordField: boolean;
  /** Visible fields a person fills in for a request (not log-in credentials). */
  requestFieldCount: number;
}

/** Words that name a request form, in the table's order of precedence. */
const KIND_WORDS = PAGE_KIND_TABLE.filter((entry) => entry.isRequestForm).map((entry) => [entry.id, entry.headingWords] as const);
const LOGIN_WORDS = pageKindEntry('login').headingWords;
const CONFIRMATION_WORDS = pageKindEntry('confirmation').headingWords;
const NON_REQUEST_WORDS = pageKindEntry('other').headingWords;

/** The request form a text names, if any. */
export function kindInText(text: string): PageKind | null {
  for (const [kind, patterns] of KIND_WORDS) if (patterns.some((re) => re.test(text))) return kind;
  return null;
}

/** What counts as a heading (the shape report lists the same ones). */
export const HEADINGS = 'h1, h2, h3, [role=heading], legend, .page-title, .title, header [class*=title]';
const PARAGRAPHS = 'p, dd, li, td, strong, [class*=message], [class*=result]';
const STATUS = '[role=alert], [role=status], [aria-live], .alert, .notice, .success, .confirmation, [class*=success], [class*=confirm]';

/** Elements looked at per kind of text: hidden ones are skipped, so more than the texts kept. */
const MAX_CANDIDATES = 5000;

function visibleTexts(roots: readonly PageRoot[], selector: string, limit: number): string[] {
  const out: string[] = [];
  for (const el of queryRoots(roots, selector, MAX_CANDIDATES)) {
    if (out.length >= limit) break;
    if (el.closest('quickfreeze-guide') || !isVisible(el)) continue;
    const text = textOf(el, 200);
    if (text) out.push(text);
  }
  return out;
}

export function selectedOption(select: HTMLSelectElement): HTMLOptionElement | null {
  const options = Array.from(select.options);
  return options.find((o) => o.selected) ?? options.find((o) => o.value === select.value) ?? null;
}

/** What a select shows as chosen: a native select's option (text and value), a component library's shown text. */
export function chosenText(el: Element): string {
  if (el.tagName !== 'SELECT') return comboboxText(el);
  const option = selectedOption(el as HTMLSelectElement);
  return option ? `${option.textContent ?? ''} ${option.value}` : '';
}

/** Text of the selected request type: a select or radio group whose role is `request-type`. */
function selectedRequestType(fields: LocatedField[]): PageKind | null {
  for (const field of fields) {
    if (field.role !== 'request-type') continue;
    if (field.kind === 'select') {
      const kind = kindInText(chosenText(field.element));
      if (kind) return kind;
    } else if (field.kind === 'radio') {
      const radio = field.element as HTMLInputElement;
      if (!isChecked(radio)) continue;
      const kind = kindInText(`${field.label} ${radio.value ?? ''}`);
      if (kind) return kind;
    }
  }
  return null;
}

function fieldKind(fields: LocatedField[]): PageKind | null {
  if (fields.some((f) => f.role === 'emergency-description')) return 'emergency';
  const labels = fields.map((f) => f.label).join(' | ');
  return kindInText(labels);
}

const MAX_LOOSE_TEXTS = 400;
const SKIPPED_PARENTS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TEXTAREA', 'OPTION']);

/** Whether a visible text node of the page, in the first few hundred, says a request was submitted. */
function confirmationInLooseText(roots: readonly PageRoot[]): boolean {
  let read = 0;
  for (const root of roots) {
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
    if (!doc) continue;
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node && read < MAX_LOOSE_TEXTS; node = walker.nextNode()) {
      const text = node.nodeValue ?? '';
      if (text.trim().length < 12) continue;
      read++;
      const parent = node.parentElement;
      if (!parent || SKIPPED_PARENTS.has(parent.tagName) || parent.closest('quickfreeze-guide')) continue;
      const sample = text.length > 300 ? text.slice(0, 300) : text;
      if (CONFIRMATION_WORDS.some((re) => re.test(sample)) && isVisible(parent)) return true;
    }
  }
  return false;
}

/** The kind a heading names: a request form, a sign-in, or a page of the portal that is no form (settings, help). */
function headingKind(text: string): PageKind | null {
  const kind = kindInText(text);
  if (kind) return kind;
  if (LOGIN_WORDS.some((re) => re.test(text))) return 'login';
  return NON_REQUEST_WORDS.some((re) => re.test(text)) ? 'other' : null;
}

/** The request kind named by the heading of the section around all the fields that have a role. */
function formSectionKind(fields: LocatedField[]): PageKind | null {
  const elements = fields.filter((f) => f.role !== null).map((f) => f.element);
  let around: Element | null = elements[0] ?? null;
  while (around && !elements.every((el) => around!.contains(el))) around = around.parentElement;
  if (!around) return null;
  // Its own opening heading (a card's title), else the heading its section has above it.
  const opening = around.querySelector('h1, h2, h3, h4, h5, h6, [role=heading]');
  const precedesFields = opening !== null && (opening.compareDocumentPosition(elements[0]!) & 4) !== 0; // 4: FOLLOWING
  for (const part of [precedesFields ? textOf(opening, 80) : '', ...sectionContext(around).split(' | ')]) {
    const kind = kindInText(part);
    if (kind) return kind;
  }
  return null;
}

/** Read the signals from the page. The DOM work is bounded: a few dozen headings, a few thousand characters. */
export function readPageSignals(doc: Document, urlKind: PageKind | null, fields: LocatedField[]): PageSignals {
  // Headings and messages inside components and same-origin frames count as the page's own.
  const roots = pageRoots(doc);
  const headings = visibleTexts(roots, HEADINGS, 30);
  const statuses = visibleTexts(roots, STATUS, 20);
  const paragraphs = visibleTexts(roots, PARAGRAPHS, 40);
  const confirmationWording = [...headings, ...statuses, ...paragraphs].some((t) => CONFIRMATION_WORDS.some((re) => re.test(t)));
  const passwordField = queryRoots(roots, 'input[type=password]', 20).some((el) => isVisible(el));
  const requestFieldCount = fields.filter((f) => f.role !== null || f.kind === 'textarea' || f.kind === 'editable' || f.kind === 'select' || f.kind === 'file').length;
  const headingKinds = headings.map((h) => headingKind(h)).filter((k): k is PageKind => k !== null);
  // The document's title, weakest of the headings, read like one ("Emergency Disclosure Request · Binance").
  const titleKind = kindInText(doc.title.slice(0, 200));
  if (titleKind) headingKinds.push(titleKind);
  // A page whose headings name several requests (guidelines with a section per kind): the section that holds the
  // request's fields names the form, before the page's first heading.
  const namedRequests = new Set(headingKinds.filter(isRequestPage));
  if (namedRequests.size > 1 && isRequestPage(headingKinds[0]!)) {
    const own = formSectionKind(fields);
    if (own && namedRequests.has(own)) headingKinds.unshift(own);
  }
  const signals: PageSignals = {
    urlKind,
    selectedKind: selectedRequestType(fields),
    headingKinds,
    fieldKind: fieldKind(fields),
    confirmationWording,
    passwordField,
    requestFieldCount,
  };
  // The page's loose text is read only where every other signal leaves the page without a kind.
  if (explainPageKind(signals).reason === 'no-request-form') signals.confirmationInText = confirmationInLooseText(roots);
  return signals;
}

/** The rule of `decidePageKind` that decided: the shape report says why a page got its kind. */
export type PageKindReason =
  | 'confirmation-wording'
  | 'confirmation-in-text'
  | 'confirmation-url'
  | 'sign-in'
  | 'selected-request-type'
  | 'url'
  | 'heading'
  | 'field-labels'
  | 'form-of-unknown-kind'
  | 'url-with-fields'
  | 'no-request-form'
  | 'non-request-page';

/** Decide the page kind and say which rule decided. Order of trust: what the page shows now, then the URL, then headings and labels. */
export function explainPageKind(s: PageSignals): { kind: PageKind; reason: PageKindReason } {
  const hasRequestForm = s.requestFieldCount >= 2;
  if (s.confirmationWording && !hasRequestForm) return { kind: 'confirmation', reason: 'confirmation-wording' };
  if (s.urlKind === 'confirmation' && !hasRequestForm) return { kind: 'confirmation', reason: 'confirmation-url' };
  if ((s.passwordField || s.urlKind === 'login' || s.headingKinds[0] === 'login') && !hasRequestForm) return { kind: 'login', reason: 'sign-in' };
  // The URL or the page's first heading names a page that is no request (settings, help, a list of requests): its
  // fields (a contact form, filters, preferences) are not a request's, whatever their options and labels say.
  const requestUrl = s.urlKind !== null && isRequestPage(s.urlKind);
  const requestHeading = s.headingKinds[0] !== undefined && isRequestPage(s.headingKinds[0]);
  if ((s.urlKind === 'other' && !requestHeading) || (s.headingKinds[0] === 'other' && !requestUrl)) {
    return { kind: 'other', reason: 'non-request-page' };
  }
  if (s.selectedKind) return { kind: s.selectedKind, reason: 'selected-request-type' };
  if (hasRequestForm) {
    if (s.urlKind && isRequestPage(s.urlKind)) return { kind: s.urlKind, reason: 'url' };
    const heading = s.headingKinds.find(isRequestPage);
    if (heading) return { kind: heading, reason: 'heading' };
    if (s.fieldKind) return { kind: s.fieldKind, reason: 'field-labels' };
    return { kind: 'other', reason: 'form-of-unknown-kind' };
  }
  if (s.urlKind && isRequestPage(s.urlKind) && s.requestFieldCount > 0) return { kind: s.urlKind, reason: 'url-with-fields' };
  if (s.confirmationInText) return { kind: 'confirmation', reason: 'confirmation-in-text' };
  return { kind: 'other', reason: 'no-request-form' };
}

export function decidePageKind(s: PageSignals): PageKind {
  return explainPageKind(s).kind;
}

import { findControls, type LocatedField } from './field-locator';
import { controlKind, groupLabel, isChecked, labelCandidates, textOf, type FormControl } from './labels';
import { HEADINGS, explainPageKind, readPageSignals, selectedOption } from './page-kind';
import { RecognitionPass } from './pass';
import type { Recognition } from './recognize';
import { maskIdentifier, maskText, maskUrl, typedTextScrubber } from './shape-report-mask';
import {
  SHAPE_LIMITS,
  SHAPE_REPORT_FORMAT,
  SHAPE_REPORT_VERSION,
  shapeReportSchema,
  type ShapeField,
  type ShapeReport,
} from './shape-report-schema';
import { pageRoots, queryRoots } from './page-roots';
import { pageKindFromUrl } from './url-page-kind';
import { isVisible } from './visibility';

export interface ShapeReportOptions {
  /** Whether the investigator taught this field's role (the teaching feature knows; recognition does not). */
  isTaught?: (field: LocatedField) => boolean;
  /** Whether the investigator set the page kind. */
  pageTaught?: boolean;
}

/** Input types whose value is the page's own (a button's caption, a token), not something the investigator typed. */
const NOT_TYPED = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'checkbox', 'radio', 'file', 'range', 'color']);

/** Everything typed into the page's controls, hidden ones included: a wizard's earlier step still holds its text. */
function typedValues(doc: Document): string[] {
  const values: string[] = [];
  for (const el of findControls(doc)) {
    const tag = el.tagName.toLowerCase();
    if (tag === 'input' && !NOT_TYPED.has((el as HTMLInputElement).type)) values.push((el as HTMLInputElement).value);
    else if (tag === 'textarea') values.push((el as HTMLTextAreaElement).value);
    else if (controlKind(el) === 'editable') values.push(el.textContent ?? '');
  }
  return values;
}

/** Heading elements looked at: hidden ones are skipped, so more than the headings kept. */
const MAX_HEADING_CANDIDATES = 2000;

function readHeadings(doc: Document, say: (text: string) => string): { headings: string[]; truncated: boolean } {
  const headings: string[] = [];
  // The same headings page-kind reads: inside components' shadow roots and same-origin frames too.
  for (const el of queryRoots(pageRoots(doc), HEADINGS, MAX_HEADING_CANDIDATES)) {
    if (el.closest('quickfreeze-guide') || !isVisible(el)) continue;
    const heading = say(textOf(el, 200));
    if (!heading || headings.includes(heading)) continue;
    if (headings.length >= SHAPE_LIMITS.headings) return { headings, truncated: true };
    headings.push(heading);
  }
  return { headings, truncated: false };
}

function typeOf(field: LocatedField): string {
  const tag = field.element.tagName.toLowerCase();
  if (tag === 'input') return ((field.element as HTMLInputElement).type || 'text').toLowerCase().replace(/[^a-z-]/g, '').slice(0, 30) || 'text';
  if (tag === 'select' || tag === 'textarea') return tag;
  if (field.kind === 'editable') return 'contenteditable';
  // A control made of a div: its ARIA role (`role-radio` for a radio card).
  return `role-${(field.element.getAttribute('role') ?? '').replace(/[^a-z]/g, '').slice(0, 20)}`;
}

function sameRadioGroup(a: FormControl, b: FormControl): boolean {
  if (a.tagName !== 'INPUT' || b.tagName !== 'INPUT') {
    const group = a.closest('[role=radiogroup]');
    return !!group && group === b.closest('[role=radiogroup]');
  }
  const [x, y] = [a as HTMLInputElement, b as HTMLInputElement];
  return !!x.name && x.name === y.name && x.form === y.form;
}

function options(field: LocatedField, fields: readonly LocatedField[], say: (text: string) => string): string[] | undefined {
  if (field.kind === 'select') {
    if (field.element.tagName !== 'SELECT') return [];
    return Array.from((field.element as HTMLSelectElement).options)
      .slice(0, SHAPE_LIMITS.options)
      .map((option) => say(option.textContent ?? ''));
  }
  if (field.kind === 'radio') {
    return fields
      .filter((other) => other.kind === 'radio' && sameRadioGroup(field.element, other.element))
      .slice(0, SHAPE_LIMITS.options)
      .map((other) => say(other.label));
  }
  return undefined;
}

/** For a request-type field only: which option is chosen (it decided the page kind, which the report states). */
function choice(field: LocatedField): Pick<ShapeField, 'selected' | 'checked'> {
  if (field.role !== 'request-type') return {};
  if (field.kind === 'radio') return { checked: isChecked(field.element) };
  if (field.element.tagName !== 'SELECT') return { selected: null };
  const select = field.element as HTMLSelectElement;
  const chosen = selectedOption(select);
  const index = chosen ? Array.from(select.options).indexOf(chosen) : -1;
  return { selected: index >= 0 && index < SHAPE_LIMITS.options ? index : null };
}

function describeField(
  field: LocatedField,
  fields: readonly LocatedField[],
  pass: RecognitionPass,
  say: (text: string) => string,
  scrub: (text: string) => string,
  isTaught: (field: LocatedField) => boolean,
): ShapeField {
  const { names, context } = labelCandidates(field.element, pass);
  const sayNames = [...new Set(names.map(say).filter(Boolean))].slice(0, SHAPE_LIMITS.names);
  const group = field.kind === 'radio' || field.kind === 'checkbox' ? say(groupLabel(field.element as HTMLInputElement, pass)) : '';
  const attribute = (name: string) => maskIdentifier(scrub(field.element.getAttribute(name) ?? ''));
  const fieldOptions = options(field, fields, say);
  return {
    kind: field.kind,
    type: typeOf(field),
    role: field.role,
    taught: isTaught(field),
    label: say(field.label),
    names: sayNames,
    section: say([...new Set(context.split(' | '))].join(' | ')),
    name: attribute('name'),
    id: attribute('id'),
    ...(group ? { group } : {}),
    ...(fieldOptions ? { options: fieldOptions } : {}),
    ...choice(field),
  };
}

/**
 * The page as QuickFreeze reads it, for the investigator to paste where they choose (nothing is sent): the masked
 * URL, headings, each field's names and role, the page kind and the signals that decided it. Never a value typed
 * into a field and never the page's other text. Throws when the result would not validate: no report rather than
 * a report that leaks.
 */
export function shapeReport(doc: Document, url: URL, recognition: Recognition, options: ShapeReportOptions = {}): ShapeReport {
  const scrub = typedTextScrubber(typedValues(doc));
  const say = (text: string) => maskText(scrub(text), SHAPE_LIMITS.text);
  const signals = readPageSignals(doc, pageKindFromUrl(url, recognition.provider), recognition.fields);
  const explained = explainPageKind(signals);
  // A kind recognition did not decide from the page's signals was set by the investigator.
  const pageTaught = options.pageTaught ?? recognition.page !== explained.kind;
  const { headings, truncated: headingsTruncated } = readHeadings(doc, say);
  const pass = new RecognitionPass();
  const isTaught = options.isTaught ?? (() => false);
  const fields = recognition.fields.slice(0, SHAPE_LIMITS.fields);
  const report: ShapeReport = {
    format: SHAPE_REPORT_FORMAT,
    version: SHAPE_REPORT_VERSION,
    url: maskUrl(url, scrub),
    provider: { id: recognition.provider.id, name: say(recognition.provider.name) },
    page: {
      kind: recognition.page,
      taught: pageTaught,
      decidedBy: pageTaught ? 'taught' : explained.reason,
      signals: { ...signals, headingKinds: signals.headingKinds.slice(0, SHAPE_LIMITS.headings) },
    },
    headings,
    fields: fields.map((field) => describeField(field, recognition.fields, pass, say, scrub, isTaught)),
    truncated: { headings: headingsTruncated, fields: recognition.fields.length > fields.length },
  };
  return shapeReportSchema.parse(report);
}

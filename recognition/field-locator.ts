import { classifyRole, DATE_WORDS, NOT_RECORD_DATES, type FieldRole } from './field-roles';
import { controlKind, labelCandidates, textOf, type ControlKind, type FormControl } from './labels';
import { inputsByName, labelsOf } from './page-index';
import { pageRoots, queryRoots, shadowRootsIn } from './page-roots';
import { RecognitionPass } from './pass';
import { isVisible } from './visibility';

export interface LocatedField {
  element: FormControl;
  kind: ControlKind;
  role: FieldRole | null;
  /** The best human name of the field (for the guide), possibly empty. */
  label: string;
}

const CONTROL_SELECTOR =
  'input, select, textarea, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], [role="textbox"], [role="radio"], [role="combobox"], [role="switch"], [role="checkbox"]';
/** Pages with more controls than this are not request forms; the cap keeps a hostile page from costing much. */
export const MAX_CONTROLS = 400;

/**
 * Controls in the page: a document with its same-origin frames, or an element, each with the open shadow roots of
 * the page's own components (not QuickFreeze's).
 */
export function findControls(root: Document | Element | ShadowRoot, limit = MAX_CONTROLS): FormControl[] {
  const roots = root.nodeType === 9 ? pageRoots(root as Document) : [root, ...shadowRootsIn(root)];
  const found: FormControl[] = [];
  for (const el of queryRoots<FormControl>(roots, CONTROL_SELECTOR, limit * 2)) {
    if (found.length >= limit) break;
    // A contenteditable inside another editable is part of the same editor.
    if (el.parentElement?.closest('[contenteditable="true"], [contenteditable=""]')) continue;
    found.push(el);
  }
  return found;
}

function optionTexts(el: FormControl, kind: ControlKind, pass: RecognitionPass): string[] | undefined {
  if (kind === 'select') {
    // A component library's select lists its options only while open.
    if (el.tagName !== 'SELECT') return undefined;
    return Array.from((el as HTMLSelectElement).options, (o) => `${o.textContent ?? ''} ${o.value}`).slice(0, 50);
  }
  if (kind === 'radio') {
    const input = el as HTMLInputElement;
    if (el.tagName !== 'INPUT') return cardOptions(el, pass);
    if (!input.name) return undefined;
    const scope = input.form ?? input.ownerDocument;
    const radios = pass.once(RADIO_GROUPS, scope, (s) => inputsByName(s, 'input[type=radio]')).get(input.name) ?? [];
    return pass.once(RADIO_OPTIONS, radios, (group) =>
      group.slice(0, 20).map((r) => {
        const label = labelsOf(r, pass)[0];
        return `${label ? textOf(label) : ''} ${r.value}`;
      }),
    );
  }
  return undefined;
}

/** The texts of the radio cards (`role=radio`) of the card's `role=radiogroup`. */
function cardOptions(card: Element, pass: RecognitionPass): string[] | undefined {
  const group = card.closest('[role=radiogroup]');
  if (!group) return undefined;
  return pass.once(RADIO_OPTIONS, group, (g) => Array.from(g.querySelectorAll('[role=radio]')).slice(0, 20).map((r) => textOf(r)));
}

const RADIO_GROUPS = 'radio-groups';
const RADIO_OPTIONS = 'radio-options';
const TEXT_FIELDS = 'text-fields';
const CREDENTIALS = 'credentials';

function formAround(element: FormControl): Element | null {
  return (element as HTMLInputElement).form ?? element.closest('form, [role=form]');
}

/** At least two text boxes around the control: a request form, not a filter bar over a list of requests. */
function isAmongTextFields(element: FormControl, pass: RecognitionPass): boolean {
  return pass.once(TEXT_FIELDS, formAround(element) ?? element.ownerDocument, (scope) => {
    let count = 0;
    for (const el of Array.from(scope.querySelectorAll(CONTROL_SELECTOR))) {
      const kind = controlKind(el);
      if ((kind === 'text' || kind === 'textarea' || kind === 'editable') && isVisible(el) && ++count >= 2) return true;
    }
    return false;
  });
}

/** A form with a password box is a sign-in form: its e-mail or user name is the investigator's own. */
function isCredentialForm(element: FormControl, pass: RecognitionPass): boolean {
  const scope = formAround(element);
  return !!scope && pass.once(CREDENTIALS, scope, (form) => Array.from(form.querySelectorAll('input[type=password]')).some((p) => isVisible(p)));
}

/** Give every visible form control of the page its semantic role (or none). */
export function locateFields(root: Document | Element | ShadowRoot = document): LocatedField[] {
  const pass = new RecognitionPass();
  const fields: LocatedField[] = [];
  for (const element of findControls(root)) {
    const kind = controlKind(element);
    if (!kind || !isVisible(element)) continue;
    const { names, display, context } = labelCandidates(element, pass);
    const options = optionTexts(element, kind, pass);
    const inRequestForm = options ? isAmongTextFields(element, pass) : false;
    let role = classifyRole({ kind, names, context, optionTexts: options, inRequestForm });
    if (role === 'account-identifier' && (SIGN_IN_CONTEXT.test(context) || isCredentialForm(element, pass))) role = null;
    fields.push({ element, kind, role, label: display });
  }
  pairBareDateBounds(fields);
  pairRangeWidgets(fields);
  return fields;
}

const DATE_ROLES = new Set<FieldRole | null>([null, 'date-start', 'date-end', 'date-range']);
/** What stands between a range picker's two boxes: a dash, an arrow, a tilde or a word saying "to". */
const RANGE_SEPARATOR = /^(?:[-–—~→>]|to|until|till|through|thru)$/i;

/**
 * A range picker (Element Plus, Ant Design, MUI, a table cell "[date] until [date]"): two boxes that are the only
 * controls of one small widget, a separator between them, about dates. However each box is captioned (the widget's
 * label on the first only, placeholders, the same caption on both), the first starts the period and the second
 * ends it.
 */
function pairRangeWidgets(fields: LocatedField[]): void {
  for (let i = 0; i + 1 < fields.length; i++) {
    const [a, b] = [fields[i]!, fields[i + 1]!];
    if (a.role === 'date-start' && b.role === 'date-end') continue;
    // The two ends of one range are alike: a date and a time are no range.
    if (!DATE_ROLES.has(a.role) || !DATE_ROLES.has(b.role) || !isDateBox(a) || (a.element as HTMLInputElement).type !== (b.element as HTMLInputElement).type) continue;
    const aboutDates = a.role || b.role || a.kind === 'date' || b.kind === 'date' || DATE_WORDS.test(`${a.label} ${b.label}`);
    if (!aboutDates || NOT_RECORD_DATES.test(`${a.label} ${b.label}`)) continue;
    let widget: Element | null = a.element.parentElement;
    for (let level = 0; widget && level < 3 && !widget.contains(b.element); level++) widget = widget.parentElement;
    if (!widget?.contains(b.element) || !RANGE_SEPARATOR.test(textOf(widget, 20))) continue;
    if (Array.from(widget.querySelectorAll(CONTROL_SELECTOR)).filter((el) => controlKind(el) !== null).length !== 2) continue;
    a.role = 'date-start';
    b.role = 'date-end';
  }
}

const isDateBox = (field: LocatedField) => field.kind === 'text' || field.kind === 'date';

const SIGN_IN_CONTEXT = /\b(?:sign\s*in|log\s*in|login|sign\s*up|register|verify\s+your)\b/i;
const BARE_START = /^(?:from|start|begin)\s*[:*]?$/i;
const BARE_END = /^(?:to|through|thru|until|end)\s*[:*]?$/i;

/** "From" followed directly by "Through": a date range even where neither label says "date". */
function pairBareDateBounds(fields: LocatedField[]): void {
  for (let i = 0; i + 1 < fields.length; i++) {
    const [a, b] = [fields[i]!, fields[i + 1]!];
    if (a.role || b.role || a.kind !== 'text' || b.kind !== 'text') continue;
    if (BARE_START.test(a.label) && BARE_END.test(b.label)) {
      a.role = 'date-start';
      b.role = 'date-end';
    }
  }
}

/** On an emergency form whose narrative box says only "Details", the largest free text box is the narrative. */
export function assignEmergencyNarrative(fields: LocatedField[]): void {
  if (fields.some((f) => f.role === 'emergency-description')) return;
  const candidates = fields.filter((f) => f.role === null && (f.kind === 'textarea' || f.kind === 'editable'));
  if (candidates.length === 1) candidates[0]!.role = 'emergency-description';
}

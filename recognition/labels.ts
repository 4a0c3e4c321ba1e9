import { closedBySummary, headingBefore, holdersOf, inputsByName, isSummaryBlock, labelsOf } from './page-index';
import { RecognitionPass } from './pass';
import { cleanText, isMeaningfulIdentifier, splitIdentifier } from './text';

/** The kinds of control QuickFreeze reasons about. */
export type ControlKind = 'text' | 'textarea' | 'editable' | 'select' | 'checkbox' | 'radio' | 'date' | 'file';

export type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | HTMLElement;

const SKIPPED_INPUT_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'password', 'search', 'range', 'color']);
const DATE_TYPES = new Set(['date', 'datetime-local', 'month', 'week']);

export function controlKind(el: Element): ControlKind | null {
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea') return 'textarea';
  if (tag === 'select') return 'select';
  if (isPickOnlyCombobox(el)) return 'select';
  // A toggle switch or a drawn checkbox (`<button role=switch|checkbox aria-checked>`) says yes or no like a
  // checkbox; one that wraps a native checkbox leaves the choosing to it.
  const role = el.getAttribute('role');
  if (tag !== 'input' && (role === 'switch' || role === 'checkbox')) return el.querySelector('input[type=checkbox]') ? null : 'checkbox';
  if (tag === 'input') {
    const type = ((el as HTMLInputElement).type || 'text').toLowerCase();
    if (SKIPPED_INPUT_TYPES.has(type)) return null;
    if (type === 'checkbox' || type === 'radio' || type === 'file') return type;
    if (DATE_TYPES.has(type)) return 'date';
    return 'text';
  }
  if (el.getAttribute('role') === 'searchbox') return null;
  // A radio "card" (`role=radio` with `aria-checked`) chooses like a native radio.
  if (el.getAttribute('role') === 'radio') return 'radio';
  if ((el as HTMLElement).isContentEditable || el.getAttribute('contenteditable') === 'true' || el.getAttribute('role') === 'textbox') {
    return 'editable';
  }
  return null;
}

/**
 * A component library's select (`role=combobox` that cannot be typed in: a `<div>`, or a read-only input as Ant
 * Design and Ext JS make). A combobox one types into is an autocomplete text box and stays text.
 */
function isPickOnlyCombobox(el: Element): boolean {
  if (el.getAttribute('role') !== 'combobox') return false;
  if (el.tagName !== 'INPUT') return !(el as HTMLElement).isContentEditable;
  const input = el as HTMLInputElement;
  return input.type !== 'hidden' && (input.readOnly || el.getAttribute('aria-readonly') === 'true');
}

/** What a component library's select shows as chosen: its own value or text, else the text beside it in its widget. */
export function comboboxText(el: Element): string {
  const own = el.tagName === 'INPUT' ? ((el as HTMLInputElement).value ?? '').trim() : textOf(el, 200);
  if (own) return own;
  // Ant Design and others leave the input empty and show the choice in a sibling: read up to two wrappers up.
  let scope = el.parentElement;
  for (let level = 0; scope && level < 2; level++, scope = scope.parentElement) {
    const text = textOf(scope, 200);
    if (text) return text;
  }
  return '';
}

const NON_LABEL_TAGS = new Set(['SELECT', 'TEXTAREA', 'OPTION', 'SCRIPT', 'STYLE', 'BUTTON', 'TEMPLATE', 'NOSCRIPT']);
/** Nodes read for one text: a label is a few nodes, a page may put a huge text-free subtree where one is expected. */
const MAX_TEXT_NODES = 5000;

/** Whether a checkbox or radio is chosen: native `checked`, or `aria-checked` on a radio card. */
export function isChecked(el: Element): boolean {
  if (el.tagName === 'INPUT') return (el as HTMLInputElement).checked;
  return el.getAttribute('aria-checked') === 'true';
}

/** Visible-ish text of an element, leaving out the text of controls inside it (a wrapping label's select). */
export function textOf(el: Element | null, max = 200): string {
  if (!el) return '';
  let out = '';
  let budget = MAX_TEXT_NODES;
  const walk = (node: Node): void => {
    if (out.length > max * 2 || --budget < 0) return;
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (NON_LABEL_TAGS.has(element.tagName) || element.tagName.toLowerCase().startsWith('quickfreeze-')) return;
    if (element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('hidden')) return;
    // An icon that names the field: an image's alt, an icon's aria-label (as a browser names a label holding them).
    const pictured = element.tagName === 'IMG' ? element.getAttribute('alt') : element.getAttribute('role') === 'img' ? element.getAttribute('aria-label') : null;
    if (pictured) {
      out += ` ${pictured} `;
      return;
    }
    // A web component's label shows what is slotted into it, not the slot's fallback.
    const slotted = element.tagName === 'SLOT' ? ((element as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? []) : [];
    if (slotted.length) for (const node of slotted.slice(0, 50)) walk(node);
    else for (let child = element.firstChild; child && out.length <= max * 2 && budget > 0; child = child.nextSibling) walk(child);
    // An abbreviation's meaning ("LE ref", titled "Law enforcement reference") names the field too.
    if (element.tagName === 'ABBR' && element.getAttribute('title')) out += ` (${element.getAttribute('title')})`;
    out += ' ';
  };
  walk(el);
  return cleanText(out, max);
}

function idRefsText(el: Element, attr: string): string {
  const ids = (el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean);
  const root = el.getRootNode() as Document | ShadowRoot;
  // As a browser names it: a referenced element's own aria-label before its text (an icon button "i" labelled
  // "Target identifier(s)").
  const named = (target: Element | null) => (target ? cleanText(target.getAttribute('aria-label')) || textOf(target) : '');
  return cleanText(ids.map((id) => named(root.getElementById?.(id) ?? null)).join(' '));
}

function isControlLike(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  return controlKind(el) !== null || el.querySelector('input:not([type=hidden]), select, textarea, [contenteditable=true]') !== null;
}

/** Siblings read per level looking for a label: empty spacers are few in a form, thousands only on a hostile page. */
const MAX_SIBLINGS = 100;

/**
 * The nearest text before the control: its previous siblings, then its ancestors' previous siblings, stopping
 * at another control so one field's label is never taken for the next one.
 */
export function precedingText(el: Element, maxLevels = 4): string {
  let node: Element | null = el;
  for (let level = 0; node && level < maxLevels; level++) {
    let read = 0;
    for (let sib = node.previousSibling; sib && read < MAX_SIBLINGS; sib = sib.previousSibling, read++) {
      if (isControlLike(sib)) return '';
      const text = sib.nodeType === 3 ? cleanText(sib.nodeValue) : sib.nodeType === 1 ? textOf(sib as Element) : '';
      if (text) return text;
    }
    node = node.parentElement;
    if (!node || node.tagName === 'FORM' || node.tagName === 'FIELDSET' || node.tagName === 'BODY') break;
  }
  return '';
}

/**
 * The text right after a checkbox or radio that has no label element (`<input type=checkbox> Do not notify`): the
 * next siblings up to the next control.
 */
export function followingText(el: Element): string {
  let read = 0;
  for (let sib = el.nextSibling; sib && read < MAX_SIBLINGS; sib = sib.nextSibling, read++) {
    if (isControlLike(sib)) return '';
    const text = sib.nodeType === 3 ? cleanText(sib.nodeValue) : sib.nodeType === 1 ? textOf(sib as Element) : '';
    if (text) return text;
  }
  return '';
}

/** The question a radio or checkbox group asks: its fieldset legend, group label, or the text before the group. */
export function groupLabel(el: HTMLInputElement, pass = new RecognitionPass()): string {
  const group = el.closest('fieldset, [role=radiogroup], [role=group]');
  if (group) {
    const legend = group.tagName === 'FIELDSET' ? group.querySelector(':scope > legend') : null;
    const text =
      textOf(legend) || idRefsText(group, 'aria-labelledby') || cleanText(group.getAttribute('aria-label'));
    if (text) return text;
  }
  if (!el.name) return '';
  const scope = el.form ?? el.ownerDocument;
  const members = pass.once(GROUPS, scope, (s) => inputsByName(s, 'input[type=radio], input[type=checkbox]')).get(el.name) ?? [];
  if (members.length < 2) return '';
  // The lowest element around the control that holds the whole group.
  const holders = holdersOf(members, pass);
  let container: Element | null = el.parentElement;
  while (container && !holders.has(container)) container = container.parentElement;
  return container ? pass.once(GROUP_TEXT, container, (c) => precedingText(c, 3)) : '';
}

/**
 * A control in a grid's cell (one row per account, say): the cell's `headers`, or the header above it in the grid's
 * head row: a `<table>`'s `<th>`s, or an ARIA grid's `columnheader`s (a `role=row` of `<div>`s). Row layouts (a
 * caption and a control side by side) have no head row.
 */
export function columnHeader(el: Element): string {
  const row = el.closest('tr, [role=row]');
  const grid = row?.parentElement?.closest('table, [role=table], [role=grid], [role=treegrid]');
  if (!row || !grid) return '';
  const cell = Array.from(row.children).find((c) => c.contains(el));
  if (!cell) return '';
  if (cell.hasAttribute('headers')) return idRefsText(cell, 'headers');
  const native = grid.tagName === 'TABLE';
  const headRow = native
    ? (grid.querySelector(':scope > thead > tr') ?? grid.querySelector(':scope > tbody > tr, :scope > tr'))
    : grid.querySelector('[role=row]');
  const headers = headRow ? Array.from(headRow.children) : [];
  const isHeader = (c: Element) => (native ? c.tagName === 'TH' : c.getAttribute('role') === 'columnheader');
  if (!headRow || headRow === row || !headers.length || !headers.every(isHeader)) return '';
  const span = (c: Element) => Math.max(1, Number(c.getAttribute('colspan')) || 1);
  let index = 0;
  for (let before = cell.previousElementSibling; before; before = before.previousElementSibling) index += span(before);
  let at = 0;
  for (const header of headers) {
    at += span(header);
    if (index < at) return textOf(header);
  }
  return '';
}

const GROUPS = 'checkable-groups';
const GROUP_TEXT = 'group-text';

/** Heading, legend or region label of the section that holds the control: tells requester from target fields. */
export function sectionContext(el: Element, pass = new RecognitionPass()): string {
  const parts: string[] = [];
  const fieldset = el.closest('fieldset');
  if (fieldset) parts.push(textOf(fieldset.querySelector(':scope > legend'), 80));
  let child: Element = el;
  let node: Element | null = el.parentElement;
  for (let level = 0; node && level < 6 && parts.length < 3; level++, child = node, node = node.parentElement) {
    if (node.matches('section, [role=group], [role=region], fieldset')) {
      const named = idRefsText(node, 'aria-labelledby') || cleanText(node.getAttribute('aria-label'));
      if (named) parts.push(named);
    }
    const heading = headingBefore(node, child, pass);
    if (heading) parts.push(textOf(heading, 80));
    let sib = node.previousElementSibling;
    let summary = false;
    for (let i = 0; sib && i < 3; i++, sib = sib.previousElementSibling) {
      if (/^H[1-6]$/.test(sib.tagName) || sib.getAttribute('role') === 'heading' || sib.tagName === 'LEGEND') {
        if (!summary || !closedBySummary(sib)) parts.push(textOf(sib, 80));
        break;
      }
      summary ||= isSummaryBlock(sib);
    }
  }
  return cleanText(parts.filter(Boolean).join(' | '));
}

export interface LabelCandidates {
  /** Texts that name the field, strongest first. */
  names: string[];
  /** What a person would call the field: the first name that is not made from its name/id attributes. */
  display: string;
  /** The section the field sits in. */
  context: string;
}

/** Every source that may name a control, in order of trust. Any one of them is enough to find a role. */
export function labelCandidates(el: FormControl, pass = new RecognitionPass()): LabelCandidates {
  const names: string[] = [];
  const push = (text: string) => {
    if (text && !names.includes(text)) names.push(text);
  };
  push(idRefsText(el, 'aria-labelledby'));
  push(cleanText(el.getAttribute('aria-label')));
  for (const label of labelsOf(el, pass)) push(textOf(label));
  const kind = controlKind(el);
  const native = el.tagName === 'INPUT';
  // A radio card or a drawn checkbox holds its own caption.
  if ((kind === 'radio' || kind === 'checkbox') && !native) push(textOf(el));
  if ((kind === 'radio' || kind === 'checkbox') && native && labelsOf(el, pass).length === 0) push(followingText(el));
  if (kind === 'radio' || kind === 'checkbox') push(groupLabel(el as HTMLInputElement, pass));
  push(cleanText(el.getAttribute('placeholder')));
  push(cleanText(el.getAttribute('title')));
  push(cleanText(el.getAttribute('data-placeholder')));
  const fromIdentifiers: string[] = [];
  for (const attr of ['name', 'id', 'data-testid', 'data-field']) {
    const value = el.getAttribute(attr);
    if (value && isMeaningfulIdentifier(value)) {
      const text = splitIdentifier(value);
      push(text);
      fromIdentifiers.push(text);
    }
  }
  push(columnHeader(el));
  const preceding = precedingText(el);
  push(preceding);
  // A hint ("e.g. the @handle or numeric user id") names the field only when nothing above does.
  push(idRefsText(el, 'aria-describedby'));
  const display = names.find((n) => !fromIdentifiers.includes(n)) ?? names[0] ?? '';
  return { names, display, context: sectionContext(el, pass) };
}

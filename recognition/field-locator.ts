import { classifyRole, type FieldRole } from './field-roles';
import { controlKind, labelCandidates, textOf, type ControlKind, type FormControl } from './labels';
import { isVisible } from './visibility';

export interface LocatedField {
  element: FormControl;
  kind: ControlKind;
  role: FieldRole | null;
  /** The best human name of the field (for the guide), possibly empty. */
  label: string;
}

const CONTROL_SELECTOR =
  'input, select, textarea, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], [role="textbox"]';
/** Pages with more controls than this are not request forms; the cap keeps a hostile page from costing much. */
export const MAX_CONTROLS = 400;
const MAX_SHADOW_HOSTS = 50;

/** Controls in the document and in open shadow roots of the page's own components (not QuickFreeze's). */
export function findControls(root: Document | Element | ShadowRoot, limit = MAX_CONTROLS): FormControl[] {
  const found: FormControl[] = [];
  const visit = (scope: Document | Element | ShadowRoot, depth: number) => {
    for (const el of Array.from(scope.querySelectorAll<FormControl>(CONTROL_SELECTOR))) {
      if (found.length >= limit) return;
      // A contenteditable inside another editable is part of the same editor.
      if (el.parentElement?.closest('[contenteditable="true"], [contenteditable=""]')) continue;
      found.push(el);
    }
    if (depth >= 2) return;
    let hosts = 0;
    for (const el of Array.from(scope.querySelectorAll('*'))) {
      const shadow = (el as HTMLElement).shadowRoot;
      if (!shadow || el.tagName.toLowerCase().startsWith('quickfreeze-')) continue;
      if (++hosts > MAX_SHADOW_HOSTS) break;
      visit(shadow, depth + 1);
    }
  };
  visit(root, 0);
  return found;
}

function optionTexts(el: FormControl, kind: ControlKind): string[] | undefined {
  if (kind === 'select') {
    return Array.from((el as HTMLSelectElement).options, (o) => `${o.textContent ?? ''} ${o.value}`).slice(0, 50);
  }
  if (kind === 'radio') {
    const input = el as HTMLInputElement;
    if (!input.name) return undefined;
    const scope = input.form ?? input.ownerDocument;
    return Array.from(scope.querySelectorAll<HTMLInputElement>('input[type=radio]'))
      .filter((r) => r.name === input.name)
      .slice(0, 20)
      .map((r) => `${r.labels?.[0] ? textOf(r.labels[0]) : ''} ${r.value}`);
  }
  return undefined;
}

/** Give every visible form control of the page its semantic role (or none). */
export function locateFields(root: Document | Element | ShadowRoot = document): LocatedField[] {
  const fields: LocatedField[] = [];
  for (const element of findControls(root)) {
    const kind = controlKind(element);
    if (!kind || !isVisible(element)) continue;
    const { names, context } = labelCandidates(element);
    const role = classifyRole({ kind, names, context, optionTexts: optionTexts(element, kind) });
    fields.push({ element, kind, role, label: names[0] ?? '' });
  }
  return fields;
}

/** On an emergency form whose narrative box says only "Details", the largest free text box is the narrative. */
export function assignEmergencyNarrative(fields: LocatedField[]): void {
  if (fields.some((f) => f.role === 'emergency-description')) return;
  const candidates = fields.filter((f) => f.role === null && (f.kind === 'textarea' || f.kind === 'editable'));
  if (candidates.length === 1) candidates[0]!.role = 'emergency-description';
}

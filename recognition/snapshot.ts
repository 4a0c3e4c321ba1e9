import type { FieldSnapshot } from '../rules/types';
import type { LocatedField } from './field-locator';
import { comboboxText, isChecked, textOf, type FormControl } from './labels';
import { selectedOption } from './page-kind';

export const MAX_VALUE_CHARS = 1_000_000;

function valueOf(field: LocatedField): string {
  const el = field.element;
  switch (field.kind) {
    case 'select': {
      if (el.tagName !== 'SELECT') return comboboxText(el).slice(0, 400);
      const option = selectedOption(el as HTMLSelectElement);
      return option ? `${(option.textContent ?? '').trim()}`.slice(0, 400) || option.value : '';
    }
    case 'editable':
      return ((el as HTMLElement).innerText ?? el.textContent ?? '').slice(0, MAX_VALUE_CHARS);
    case 'file':
      return '';
    case 'radio':
      // A radio card has no value attribute: its text says what it chooses.
      return el.tagName === 'INPUT' ? (el as HTMLInputElement).value : textOf(el, 400);
    default:
      return ((el as HTMLInputElement).value ?? '').slice(0, MAX_VALUE_CHARS);
  }
}

/** Plain data for the rules, and the way back from a field key to its element. */
export function snapshotFields(fields: LocatedField[]): { fields: FieldSnapshot[]; elements: Map<string, FormControl> } {
  const elements = new Map<string, FormControl>();
  const snapshot = fields.map((field, i): FieldSnapshot => {
    const key = `f${i}`;
    elements.set(key, field.element);
    const input = field.element as HTMLInputElement;
    return {
      key,
      role: field.role,
      kind: field.kind,
      label: field.label.slice(0, 400),
      value: valueOf(field),
      checked: field.kind === 'checkbox' || field.kind === 'radio' ? isChecked(input) : null,
      files: field.kind === 'file' ? Array.from(input.files ?? []).slice(0, 100).map((f) => ({ name: f.name.slice(0, 500), type: f.type.slice(0, 200), size: f.size })) : [],
    };
  });
  return { fields: snapshot, elements };
}

/** A focusout this soon after the investigator's own key or pointer press is the investigator leaving the field. */
const PRESS_TO_LEAVE_MS = 2000;

/**
 * The fields the investigator has left with text in them (the emergency checks turn from a checklist into warnings
 * then). Only a trusted focusout that follows the investigator's own key or pointer press counts: a page script can
 * move the focus away (its blur() makes a trusted event) but cannot press a key. Emptying a field forgets it.
 */
export class LeftFields {
  private readonly left = new WeakSet<Element>();
  private readonly watched = new WeakSet<EventTarget>();
  private lastPress = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly onLeft: () => void,
    private readonly signal: AbortSignal,
  ) {}

  /** Listen to these fields (and the documents they are in, for the presses); each is listened to once. */
  watch(elements: Iterable<Element>): void {
    for (const element of elements) {
      this.listenForPresses(element.ownerDocument);
      if (this.watched.has(element)) continue;
      this.watched.add(element);
      element.addEventListener('focusout', (event) => {
        if (event.isTrusted && performance.now() - this.lastPress <= PRESS_TO_LEAVE_MS) this.noteLeft(element);
      }, { signal: this.signal });
    }
  }

  noteLeft(element: Element): void {
    this.left.add(element);
    this.onLeft();
  }

  /** The snapshot's fields, `leftWithText` set on those left with text in them (other fields unchanged). */
  mark(fields: FieldSnapshot[], elements: ReadonlyMap<string, Element>): FieldSnapshot[] {
    return fields.map((field) => {
      const element = elements.get(field.key);
      if (!element || !this.left.has(element)) return field;
      if (field.value.trim() === '') {
        this.left.delete(element);
        return field;
      }
      return { ...field, leftWithText: true };
    });
  }

  private listenForPresses(doc: Document): void {
    if (this.watched.has(doc)) return;
    this.watched.add(doc);
    const onPress = (event: Event) => {
      if (event.isTrusted) this.lastPress = performance.now();
    };
    for (const type of ['keydown', 'pointerdown', 'mousedown']) doc.addEventListener(type, onPress, { capture: true, passive: true, signal: this.signal });
  }
}

import type { FieldSnapshot } from '../rules/types';
import type { LocatedField } from './field-locator';
import { isChecked, textOf, type FormControl } from './labels';
import { selectedOption } from './page-kind';

export const MAX_VALUE_CHARS = 1_000_000;

function valueOf(field: LocatedField): string {
  const el = field.element;
  switch (field.kind) {
    case 'select': {
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

import { guideTextIn } from './guide-text';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { TeachPanel, type TeachPanelProps } from '../../../components/guide/TeachPanel';

const props = (partial: Partial<TeachPanelProps> = {}): TeachPanelProps => ({
  text: guideTextIn('en'),
  open: true,
  onToggle: vi.fn(),
  page: 'other',
  taughtPageKind: null,
  onTeachPageKind: vi.fn(),
  fields: [
    { key: 'f0', label: 'Agency case number', role: 'case-number', taught: false },
    { key: 'f1', label: 'Additional information', role: 'emergency-description', taught: true },
  ],
  selectedKey: null,
  onSelect: vi.fn(),
  picking: false,
  onPick: vi.fn(),
  onCancelPick: vi.fn(),
  onTeachField: vi.fn(),
  items: [{ id: 'field:0', text: '“Additional information” is the emergency description' }],
  onUndo: vi.fn(),
  onReset: vi.fn(),
  onCopyShapeReport: vi.fn(),
  shapeReportText: null,
  status: null,
  ...partial,
});

function mount(p: TeachPanelProps): HTMLElement {
  const root = document.createElement('div');
  act(() => render(<TeachPanel {...p} />, root));
  return root;
}
const click = (root: HTMLElement, selector: string) => act(() => (root.querySelector(selector) as HTMLElement).click());
const choose = (root: HTMLElement, selector: string, value: string) =>
  act(() => {
    const select = root.querySelector(selector) as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });

describe('TeachPanel', () => {
  it('closed: one button that opens it', () => {
    const p = props({ open: false });
    const root = mount(p);
    expect(root.querySelectorAll('select')).toHaveLength(0);
    click(root, '[data-action=teach-open]');
    expect(p.onToggle).toHaveBeenCalled();
  });

  it('lists the fields by label with their role and what was taught by you', () => {
    const root = mount(props());
    const options = Array.from(root.querySelectorAll('select[data-teach=field] option'), (o) => o.textContent);
    expect(options).toEqual(['Choose a field…', 'Agency case number — case number', 'Additional information — emergency description (taught by you)']);
    expect(root.querySelector('[data-taught-item="field:0"]')!.textContent).toContain('taught by you');
  });

  it('teaches the chosen role, or "not" it, for the selected field only', () => {
    const p = props({ selectedKey: 'f0' });
    const root = mount(p);
    choose(root, 'select[data-teach=role]', 'not:case-number');
    click(root, '[data-action=teach-field]');
    expect(p.onTeachField).toHaveBeenCalledWith('f0', 'case-number', true);
    const none = props();
    const idle = mount(none);
    expect((idle.querySelector('[data-action=teach-field]') as HTMLButtonElement).disabled).toBe(true);
  });

  it('sets the chosen page kind; undo, reset, pick and copy call their handlers', () => {
    const p = props();
    const root = mount(p);
    choose(root, 'select[data-teach=page-kind]', 'emergency');
    click(root, '[data-action=teach-page-kind]');
    expect(p.onTeachPageKind).toHaveBeenCalledWith('emergency');
    click(root, '[data-action=undo-taught]');
    expect(p.onUndo).toHaveBeenCalledWith('field:0');
    click(root, '[data-action=reset-taught]');
    expect(p.onReset).toHaveBeenCalled();
    click(root, '[data-action=pick-field]');
    expect(p.onPick).toHaveBeenCalled();
    click(root, '[data-action=copy-shape-report]');
    expect(p.onCopyShapeReport).toHaveBeenCalled();
  });
});

import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { caseChoices, InsertDetails, type InsertDetailsProps } from '../../../components/insert/InsertDetails';
import { record } from '../../register/fixtures';

const props = (partial: Partial<InsertDetailsProps>): InsertDetailsProps => ({
  target: 'https://mail.example.org/draft',
  cases: [
    { caseNumber: 'C-1', count: 2 },
    { caseNumber: 'C-2', count: 1 },
  ],
  chosen: null,
  onChoose: vi.fn(),
  text: '',
  state: 'idle',
  note: null,
  onInsert: vi.fn(),
  ...partial,
});

function mount(p: InsertDetailsProps): HTMLElement {
  const root = document.createElement('div');
  render(<InsertDetails {...p} />, root);
  return root;
}

describe('insert page', () => {
  it('groups the register by case with counts; records without a case are their own choice', () => {
    const records = [record({ id: 'a', caseNumber: 'C-2' }), record({ id: 'b', caseNumber: '' }), record({ id: 'c', caseNumber: 'C-2' })];
    expect(caseChoices(records)).toEqual([
      { caseNumber: '', count: 1 },
      { caseNumber: 'C-2', count: 2 },
    ]);
  });

  it('offers no "everything" choice and cannot insert before a case is chosen', () => {
    const root = mount(props({}));
    const options = Array.from(root.querySelectorAll('option')).map((o) => o.textContent);
    expect(options).toEqual(['Choose a case…', 'Case C-1 (2 records)', 'Case C-2 (1 record)']);
    expect(root.querySelector('[data-insert-preview]')).toBeNull();
    expect(root.querySelector<HTMLButtonElement>('[data-action="insert-details"]')!.disabled).toBe(true);
  });

  it('shows the exact text and record count of the chosen case before inserting', () => {
    const onInsert = vi.fn();
    const root = mount(props({ chosen: 'C-1', text: 'Provider: X\nReference: R-1', onInsert }));
    expect(root.querySelector('[data-insert-preview]')!.textContent).toBe('Provider: X\nReference: R-1');
    expect(root.querySelector('[data-record-count]')!.getAttribute('data-record-count')).toBe('2');
    root.querySelector<HTMLButtonElement>('[data-action="insert-details"]')!.click();
    expect(onInsert).toHaveBeenCalledTimes(1);
  });

  it('with no right-clicked field waiting, says so and cannot insert', () => {
    const root = mount(props({ target: null, chosen: 'C-1', text: 'x' }));
    expect(root.querySelector('[role="alert"]')!.textContent).toMatch(/No field is waiting/);
    expect(root.querySelector<HTMLButtonElement>('[data-action="insert-details"]')!.disabled).toBe(true);
  });
});

describe('insert page while the register is locked', () => {
  it('says the register is locked, gives counts only, offers the register page, and inserts nothing', () => {
    const onOpenRegister = vi.fn();
    const root = mount(props({ cases: null, locked: { records: 12, expiringSoon: 3, pending: 1 }, onOpenRegister }));
    const notice = root.querySelector('[data-locked-register]')!;
    expect(notice.textContent).toContain('The register is locked');
    expect(notice.querySelector('[data-locked-counts]')!.textContent).toBe('12 records, 3 expiring within 14 days; 1 saved while locked will be added on unlock.');
    expect(root.textContent).not.toMatch(/Loading|could not be read/);
    expect(root.querySelector('select[name="case"]')).toBeNull();
    expect(root.querySelector<HTMLButtonElement>('[data-action="insert-details"]')!.disabled).toBe(true);
    root.querySelector<HTMLButtonElement>('[data-action="open-register"]')!.click();
    expect(onOpenRegister).toHaveBeenCalledOnce();
  });
});

import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../components/popup/Popup';
import { record } from '../../register/fixtures';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

describe('popup', () => {
  it('lists what expires soon and the latest records, each with a one-click copy, and opens the register', async () => {
    const onCopy = vi.fn(async () => {});
    const onOpenRegister = vi.fn();
    const soon = record({ reference: 'X-9', providerId: 'x', preservedOn: '2026-10-10', createdAt: '2026-10-10T00:00:00.000Z' });
    const fresh = record({ reference: 'M-1', providerId: 'meta', preservedOn: '2026-12-30', createdAt: '2026-12-30T00:00:00.000Z' });
    await act(() => {
      render(h(Popup, { records: [soon, fresh], today: '2027-01-01', providerName: (id) => (id === 'x' ? 'X' : 'Meta'), error: null, onCopy, onOpenRegister }), container);
    });
    const expiring = container.querySelector('[aria-labelledby="popup-expiring"]')!;
    expect([...expiring.querySelectorAll('[data-reference]')].map((e) => e.getAttribute('data-reference'))).toEqual(['X-9']);
    expect(expiring.textContent).toContain('expires 2027-01-08');
    const latest = container.querySelector('[aria-labelledby="popup-latest"]')!;
    expect([...latest.querySelectorAll('[data-reference]')].map((e) => e.getAttribute('data-reference'))).toEqual(['M-1', 'X-9']);
    await act(() => {
      expiring.querySelector<HTMLButtonElement>('[data-action="copy-reference"]')!.click();
    });
    expect(onCopy).toHaveBeenCalledWith('X-9');
    await act(() => {
      container.querySelector<HTMLButtonElement>('[data-action="open-register"]')!.click();
    });
    expect(onOpenRegister).toHaveBeenCalled();
  });
});

describe('popup while the register is locked', () => {
  it('says the register is locked with counts only, lists no record, and opens the register to unlock', async () => {
    const onOpenRegister = vi.fn();
    await act(() => {
      render(
        h(Popup, { records: null, locked: { records: 1, expiringSoon: 0, pending: 0 }, today: '2027-01-01', providerName: (id) => id, error: null, onCopy: vi.fn(), onOpenRegister }),
        container,
      );
    });
    expect(container.querySelector('[data-locked-register]')!.textContent).toContain('The register is locked');
    expect(container.querySelector('[data-locked-counts]')!.textContent).toBe('1 record, 0 expiring within 14 days.');
    expect(container.querySelector('[data-reference]')).toBeNull();
    expect(container.textContent).not.toMatch(/Loading|could not be read/);
    const open = container.querySelectorAll<HTMLButtonElement>('[data-action="open-register"]');
    expect(open).toHaveLength(1);
    await act(() => open[0]!.click());
    expect(onOpenRegister).toHaveBeenCalledOnce();
  });
});

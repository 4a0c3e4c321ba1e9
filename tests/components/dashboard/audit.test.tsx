import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { RegisterContext } from '../../../components/dashboard/context';
import { Dashboard } from '../../../components/dashboard/Dashboard';
import { MAX_BACKUP_BYTES } from '../../../register/backup';
import type { PreservationRecord } from '../../../register/schema';
import type { RegisterService } from '../../../register/service';
import type { Register } from '../../../storage/register';
import { record } from '../../register/fixtures';
import { dashboardStage, registerWith } from './harness';

const today = '2027-01-01';
const stage = dashboardStage();
const { idle } = stage;


async function show(records: PreservationRecord[], prepare?: (service: RegisterService, register: Register) => Promise<void> | void): Promise<RegisterService> {
  const { service, register } = await registerWith(records, today);
  stage.opened = register;
  await prepare?.(service, register);
  await act(() => {
    render(h(RegisterContext.Provider, { value: service }, h(Dashboard, { pageSize: 50 })), stage.container);
  });
  await idle();
  return service;
}

const $ = <T extends Element = HTMLElement>(selector: string) => stage.container.querySelector<T>(selector)!;

async function chooseFile(file: unknown) {
  const input = $<HTMLInputElement>('#import-backup');
  Object.defineProperty(input, 'files', { value: [file] });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await idle();
}

const meta = record({ reference: '987654321', providerId: 'meta', caseNumber: '2026-0042' });

describe('import: size and proof integrity', () => {
  it('refuses a file over 200 MB from its size, without reading it, and imports nothing', async () => {
    const importBackup = vi.fn();
    await show([meta], (service) => {
      service.importBackup = importBackup;
    });
    const text = vi.fn(async () => '{}');
    await chooseFile({ name: 'huge.json', size: MAX_BACKUP_BYTES + 1, type: 'application/json', text });
    expect(text).not.toHaveBeenCalled();
    expect(importBackup).not.toHaveBeenCalled();
    const report = $('[data-import-report]').textContent!;
    expect(report).toContain('0 imported, 0 already present, 1 rejected.');
    expect(report).toMatch(/The file: The file is 201 MB; a QuickFreeze backup is at most 200 MB\. Nothing was imported\./);
  });

  it('counts and names the records whose proof was altered', async () => {
    await show([meta], (service) => {
      service.importBackup = vi.fn(async () => ({ accepted: [{ record: meta, proof: null }], alreadyPresent: 0, rejected: [], altered: ['987654321'] }));
    });
    await chooseFile(new File(['{}'], 'backup.json', { type: 'application/json' }));
    const altered = $('[data-proof-altered-count]');
    expect(altered.getAttribute('data-proof-altered-count')).toBe('1');
    expect(altered.textContent).toMatch(/Proof altered in 1 record \(987654321\)/);
  });
});

describe('a record shows', () => {
  it('its history on request: each event, and each edited field old -> new', async () => {
    await show([meta], async (service) => {
      await service.update({ ...meta, caseNumber: '2026-0043' });
    });
    const item = $('[data-record][data-reference="987654321"]');
    expect(item.querySelector('[data-audit]')).toBeNull();
    await act(() => {
      item.querySelector<HTMLButtonElement>('[data-action="view-history"]')!.click();
    });
    await idle();
    const events = [...item.querySelectorAll('[data-audit-event]')].map((e) => e.getAttribute('data-audit-event'));
    expect(events).toEqual(['restored', 'edited']);
    expect(item.querySelector('[data-audit-event="edited"]')!.textContent).toContain('case number: “2026-0042” → “2026-0043”');
  });

  it('"proof altered" when its proof came from a backup that stated another hash', async () => {
    await show([meta, record({ reference: 'FINE-1', providerId: 'x' })].map((r, i) => (i === 0 ? { ...r, proofIntegrity: 'altered' as const } : r)));
    expect($('[data-record][data-reference="987654321"] [data-proof-integrity="altered"]').textContent).toMatch(/proof altered/);
    expect($('[data-record][data-reference="FINE-1"] [data-proof-integrity]')).toBeNull();
  });
});

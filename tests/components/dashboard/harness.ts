import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, vi } from 'vitest';
import { providers } from '../../../providers/registry';
import type { PreservationRecord } from '../../../register/schema';
import type { RegisterService } from '../../../register/service';
import { Register } from '../../../storage/register';
import { createRegisterService, type ServiceEffects } from '../../../storage/register-service';

export type FakeEffects = { [K in keyof ServiceEffects]: ServiceEffects[K] & ReturnType<typeof vi.fn> };

/** The dashboard's real register service over a throwaway IndexedDB (fake-indexeddb), with the page's effects faked. */
export async function registerWith(
  records: readonly PreservationRecord[],
  today: string,
  added: Parameters<typeof createRegisterService>[3] = [],
): Promise<{ service: RegisterService; effects: FakeEffects; register: Register }> {
  const register = await Register.open(`dashboard-${Math.random()}`);
  if (records.length) await register.restore(records.map((record) => ({ record, proof: null })));
  const effects = {
    today: vi.fn(() => today),
    download: vi.fn(),
    copyText: vi.fn(async () => {}),
    copyRich: vi.fn(async () => {}),
    notifyChanged: vi.fn(),
    caseSelected: vi.fn(),
    onChange: vi.fn(() => () => {}),
  } as FakeEffects;
  return { service: createRegisterService(register, providers, effects, added), effects, register };
}

/**
 * Where a test draws the dashboard: a fresh container before each test, emptied and removed after it, with the
 * register the test opened (`stage.opened`) closed.
 */
export function dashboardStage() {
  const stage = {
    container: null as unknown as HTMLElement,
    opened: null as Register | null,
    /** Until `done()`, letting the page's reads finish between checks. */
    async until(done: () => boolean) {
      for (let i = 0; i < 2000; i++) {
        if (done()) return;
        await act(async () => {
          await new Promise((r) => setTimeout(r, 0));
        });
      }
      throw new Error('The dashboard did not finish reading the register.');
    },
    /** Until the list has been settled (counted, not busy) for a few turns in a row. */
    async idle() {
      let quiet = 0;
      for (let i = 0; i < 5000; i++) {
        await act(async () => {
          await new Promise((r) => setTimeout(r, 0));
        });
        quiet = stage.container.querySelector('[data-count]') && !stage.container.querySelector('[aria-busy="true"]') ? quiet + 1 : 0;
        if (quiet >= 8) return;
      }
      throw new Error('The dashboard did not finish reading the register.');
    },
  };
  beforeEach(() => {
    stage.container = document.createElement('div');
    document.body.append(stage.container);
  });
  afterEach(() => {
    render(null, stage.container);
    stage.container.remove();
    stage.opened?.close();
    stage.opened = null;
  });
  return stage;
}

import 'fake-indexeddb/auto';
import { vi } from 'vitest';
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

import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { providers } from '../../providers/registry';
import { DEFAULT_CRITERIA } from '../../register/filter';
import { keptTotalIn } from '../../storage/kept-total';
import { RegisterQueries } from '../../storage/queries';
import { Register } from '../../storage/register';
import { createRegisterService } from '../../storage/register-service';
import { memoryKeyStore } from '../../storage/vault/key-store';
import { record } from '../register/fixtures';
import { quietEffects } from './service-effects';

/** A page's own storage, as the register page's localStorage. */
function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), items };
}

let register: Register;
beforeEach(async () => {
  register = await Register.open(`kept-${Math.random()}`, memoryKeyStore(), 1000);
  await register.restore(Array.from({ length: 7 }, () => ({ record: record(), proof: null })));
});
afterEach(() => {
  vi.restoreAllMocks();
  register.close();
});

describe('the register page’s kept count', () => {
  it('spares the next register page the count while the register is unchanged, and counts again after any write', async () => {
    const storage = memoryStorage();
    const count = vi.spyOn(RegisterQueries.prototype, 'count');
    const open = () => createRegisterService(register, providers, quietEffects([], { keptTotal: keptTotalIn(storage) }));
    expect((await open().page(DEFAULT_CRITERIA, 10)).total).toBe(7);
    expect(count).toHaveBeenCalledTimes(1);
    expect((await open().page(DEFAULT_CRITERIA, 10)).total).toBe(7);
    await open().counts();
    expect(count).toHaveBeenCalledTimes(1);
    const [first] = await register.all();
    await register.remove(first!.id);
    expect((await open().page(DEFAULT_CRITERIA, 10)).total).toBe(6);
    await register.restore([{ record: first!, proof: null }, { record: record(), proof: null }]);
    expect((await open().page(DEFAULT_CRITERIA, 10)).total).toBe(8);
    await register.update({ ...first!, notes: 'edited' });
    expect((await open().page(DEFAULT_CRITERIA, 10)).total).toBe(8);
    expect(count).toHaveBeenCalledTimes(4);
  });

  it('takes nothing that is not two whole numbers for a count', () => {
    for (const text of ['not json', '{"seq":1}', '{"seq":"1","count":2}', '{"seq":1,"count":-3}', '{"seq":1.5,"count":2}', '[1,2]', 'null']) {
      const storage = memoryStorage();
      storage.items.set('quickfreeze.registerTotal', text);
      expect(keptTotalIn(storage).read()).toBeNull();
    }
    const storage = memoryStorage();
    keptTotalIn(storage).write({ seq: 12, count: 3 });
    expect(keptTotalIn(storage).read()).toEqual({ seq: 12, count: 3 });
  });
});

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { providers } from '../../providers/registry';
import { withInlineWords } from '../../storage/derived';
import { DB_VERSION, openRegister } from '../../storage/db';
import { Register } from '../../storage/register';
import { createRegisterService } from '../../storage/register-service';
import { record } from '../register/fixtures';
import { quietEffects } from './service-effects';

describe('migration 5 -> 6: superseded and kept preservations indexed for the header counts', () => {
  it('opens a version 5 register and leaves its superseded and kept records out of the counts', async () => {
    expect(DB_VERSION).toBeGreaterThanOrEqual(6);
    const name = `v5-${Math.random()}`;
    const v5 = await openRegister(name, 5);
    expect(v5.transaction('records').store.indexNames.contains('by-superseded')).toBe(false);
    const stored = [
      record({ reference: 'RUNNING', preservedOn: '2026-12-20' }),
      record({ reference: 'SUPERSEDED', preservedOn: '2026-12-20', supersededOn: '2026-12-28' }),
      record({ reference: 'KEPT', preservedOn: '2026-12-20', basis: 'eu-epoc-pr', productionConfirmedOn: '2026-12-22' }),
    ];
    for (const r of stored) await v5.put('records', withInlineWords(r) as never);
    v5.close();

    const register = await Register.open(name);
    const service = createRegisterService(register, providers, quietEffects());
    expect(await service.counts()).toEqual({ active: 1, expiringSoon: 0, lapsed: 0 });
    expect((await register.all()).map((r) => r.reference).sort()).toEqual(['KEPT', 'RUNNING', 'SUPERSEDED']);
    register.close();
  });
});

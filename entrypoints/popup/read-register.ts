import type { LockedRegisterCounts } from '../../components/popup/LockedNotice';
import type { PreservationRecord } from '../../register/schema';
import { Register } from '../../storage/register';
import { RegisterLockedError } from '../../storage/vault/codec';
import { lockedCounts } from '../dashboard/lock';

export type RegisterRead = { kind: 'open'; records: PreservationRecord[] } | { kind: 'locked'; counts: LockedRegisterCounts };

/** Every record, or (locked, also when it locks during the read) the counts a locked register may show. */
export async function readRegisterOrCounts(): Promise<RegisterRead> {
  const register = await Register.open();
  try {
    if ((await register.vault.state()) !== 'locked') {
      try {
        return { kind: 'open', records: await register.all() };
      } catch (error) {
        if (!(error instanceof RegisterLockedError)) throw error;
      }
    }
    return { kind: 'locked', counts: await lockedCounts(register) };
  } finally {
    register.close();
  }
}

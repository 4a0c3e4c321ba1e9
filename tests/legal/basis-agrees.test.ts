import { describe, expect, it } from 'vitest';
import { instruments } from '../../legal/instruments';
import { US_PRESERVATION_DEFAULT } from '../../providers/baselines';
import { BASIS_TERMS } from '../../register/basis';

/** `register/basis.ts` stays the one table for expiry; this keeps its numbers equal to the sourced legal facts. */
describe('the register\'s bases agree with the legal data', () => {
  it('us-2703f: 90 days, once extendable by 90', () => {
    const { days, extensionDays, maxExtensions } = instruments['us-2703f'].facts.preservationPeriod.value;
    expect(BASIS_TERMS['us-2703f'].period).toEqual({ days, extensionDays, maxExtensions });
    expect(US_PRESERVATION_DEFAULT.value).toMatchObject({ days, extensionDays, maxExtensions });
  });

  it('eu-epoc-pr: 60 days, once extendable by 30', () => {
    const { days, extensionDays, maxExtensions } = instruments['eu-e-evidence'].facts.preservationPeriod.value;
    expect(BASIS_TERMS['eu-epoc-pr'].period).toEqual({ days, extensionDays, maxExtensions });
  });

  it('us-report-act: one year, no extension', () => {
    const { years } = instruments['us-report-act'].facts.cyberTiplinePreservation.value;
    expect(BASIS_TERMS['us-report-act'].period).toEqual({ years, extensionDays: 0, maxExtensions: 0 });
  });
});

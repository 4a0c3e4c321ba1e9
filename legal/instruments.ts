import budapest from './budapest';
import budapestSecondProtocol from './budapest-second-protocol';
import euEEvidence from './eu-e-evidence';
import mla from './mla';
import type { InstrumentId, InstrumentInput } from './schema';
import us27022703 from './us-2702-2703';
import us2703f from './us-2703f';
import usCloudAct from './us-cloud-act';
import usReportAct from './us-report-act';

/** Every legal instrument QuickFreeze knows, by id; `tests/legal/instrument-files.test.ts` keeps it equal to the folder. */
export const instruments = {
  'eu-e-evidence': euEEvidence,
  'us-2703f': us2703f,
  'us-2702-2703': us27022703,
  'us-cloud-act': usCloudAct,
  'us-report-act': usReportAct,
  budapest,
  'budapest-second-protocol': budapestSecondProtocol,
  mla,
} as const satisfies Record<InstrumentId, InstrumentInput>;

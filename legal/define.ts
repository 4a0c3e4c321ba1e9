import type { InstrumentInput } from './schema';

/**
 * Identity helper: an instrument file keeps its literal types (so `routes.ts` reads `facts.x.value.days` typed)
 * while TypeScript checks it against the schema's input shape. The Zod schema itself runs in the tests.
 */
export function defineInstrument<const T extends InstrumentInput>(instrument: T): T {
  return instrument;
}

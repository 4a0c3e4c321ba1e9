// Moved: the formats are provider data now, the decoder is in ./lib/snowflake. Kept for tests/fuzz/rules.test.ts
// until its imports move (the lead cleans this up).
import { providerById } from '../../providers/registry';
import { snowflakeDate as decode } from './lib/snowflake';

export const DISCORD_EPOCH_MS = providerById('discord')!.snowflakeIds!.epochMs;

export function snowflakeDate(id: string): Date | null {
  return decode(id, DISCORD_EPOCH_MS);
}

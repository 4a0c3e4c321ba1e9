import { describe, expect, it } from 'vitest';
import discordSnowflake from '../../../rules/identifiers/discord-snowflake';
import { snowflakeDate } from '../../../rules/identifiers/lib/snowflake';
import { providerById } from '../../../providers/registry';
import { check, field, snapshot } from '../helpers';

const accounts = (value: string, label = 'Account identifiers') => field({ role: 'account-identifier', kind: 'textarea', value, label });
const severities = (fs: Array<{ severity: string }>) => fs.map((f) => f.severity);

describe('identifiers/discord-snowflake', () => {
  it('shows the creation date a Discord id encodes', () => {
    expect(snowflakeDate('175928847299117063', providerById('discord')!.snowflakeIds!.epochMs)!.toISOString()).toBe('2016-04-30T11:18:25.796Z');
    const [finding] = check(discordSnowflake, snapshot('preservation', [accounts('175928847299117063')], 'discord'));
    expect(finding!.severity).toBe('info');
    expect(finding!.message).toContain('2016-04-30 11:18 UTC');
  });
  it('warns on an id that decodes to the future', () => {
    expect(severities(check(discordSnowflake, snapshot('preservation', [accounts('99999999999999999999')], 'discord')))).toEqual(['warning']);
  });
  it('only runs on Discord', () => {
    expect(check(discordSnowflake, snapshot('preservation', [accounts('175928847299117063')], 'x'))).toEqual([]);
  });
});

/**
 * Platform username formats, as data with sources (checked 2026-11-24). Secondary sources: the platforms'
 * own help pages were not in the stored material; the limits are long-standing and widely documented.
 */
export interface AccountFormat {
  platform: string;
  providerIds: string[];
  /** Hosts whose profile URLs carry the username as the first path segment. */
  profileHosts: string[];
  maxLength: number;
  /** Allowed characters, as a regex source for a whole username. */
  allowed: string;
  allowedText: string;
  source: { url: string; title: string; checked: string; confidence: 'official' | 'secondary' };
}

export const ACCOUNT_FORMATS: AccountFormat[] = [
  {
    platform: 'Instagram',
    providerIds: ['meta'],
    profileHosts: ['instagram.com', 'www.instagram.com'],
    maxLength: 30,
    allowed: '^[A-Za-z0-9._]+$',
    allowedText: 'letters, digits, periods and underscores',
    source: {
      url: 'https://qainsta.com/qa/view/how-should-a-username-look-on-instagram',
      title: 'Instagram username rules (third-party summary)',
      checked: '2026-11-24',
      confidence: 'secondary',
    },
  },
  {
    platform: 'X',
    providerIds: ['x'],
    profileHosts: ['x.com', 'www.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com'],
    maxLength: 15,
    allowed: '^[A-Za-z0-9_]+$',
    allowedText: 'letters, digits and underscores',
    source: {
      url: 'https://dotcadomains.blogspot.com/2012/01/twitters-other-character-limit.html',
      title: 'Twitter username limit (third-party summary)',
      checked: '2026-11-24',
      confidence: 'secondary',
    },
  },
];

/** Discord ids are snowflakes: milliseconds since 2015-01-01T00:00:00Z in the bits above 22. */
export const DISCORD_EPOCH_MS = 1_420_070_400_000;
export const DISCORD_SNOWFLAKE_SOURCE = {
  url: 'https://discord.com/developers/docs/reference#snowflakes',
  title: 'Discord developer documentation: snowflakes',
  checked: '2026-11-24',
  confidence: 'official' as const,
};

export function snowflakeDate(id: string): Date | null {
  if (!/^\d{17,20}$/.test(id)) return null;
  const ms = Number(BigInt(id) >> 22n) + DISCORD_EPOCH_MS;
  return new Date(ms);
}

import { describe, expect, it } from 'vitest';
import { providers } from '../../providers/registry';
import { providerNameLookup } from '../../storage/added-portals-names';

describe('provider names, with the names the investigator gave added portals', () => {
  const added = [
    { providerId: 'custom-example-provider', providerName: 'Example Provider' },
    { providerId: 'twitch', providerName: 'Not Twitch' },
  ];
  const nameOf = providerNameLookup(providers, added);

  it('a new provider’s id shows as the name given to its added portal', () => {
    expect(nameOf('custom-example-provider')).toBe('Example Provider');
  });
  it('a known provider keeps the registry’s name, whatever an added portal says', () => {
    expect(nameOf('twitch')).toBe(providers.find((p) => p.id === 'twitch')!.name);
    expect(nameOf('meta')).toBe(providers.find((p) => p.id === 'meta')!.name);
  });
  it('an id nobody names (a portal removed since) shows as itself', () => {
    expect(nameOf('custom-removed-portal')).toBe('custom-removed-portal');
  });
});

import type { ServiceEffects } from '../../storage/register-service';

/** A register service's page effects that do nothing, on a fixed day; downloads go into `downloads`; `extra` overrides. */
export function quietEffects(downloads: Blob[] = [], extra: Partial<ServiceEffects> = {}): ServiceEffects {
  return {
    today: () => '2027-01-01',
    download: (_name, blob) => void downloads.push(blob),
    copyText: async () => {},
    copyRich: async () => {},
    notifyChanged: () => {},
    caseSelected: () => {},
    onChange: () => () => {},
    ...extra,
  };
}

import { describe, expect, it } from 'vitest';
import { pageKindFromUrl } from '../../recognition/url-page-kind';

describe('page kind from the URL', () => {
  const cases: Array<[string, string | null]> = [
    ['https://app.kodexglobal.com/discord/signin', 'login'],
    ['https://lers.google.com/login?next=/requests', 'login'],
    ['https://lers.google.com/requests/new/preservation', 'preservation'],
    ['https://legalrequests.x.com/forms/preservation-extension', 'preservation'],
    ['https://less.snapchat.com/app#/emergency', 'emergency'],
    ['https://lers.zoom.us/requests/emergency-disclosure', 'emergency'],
    ['https://lers.google.com/preservation/confirmation', 'confirmation'],
    ['https://app.kodex.us/reddit/requests/submitted', 'confirmation'],
    ['https://lep.apple.com/legal-process/upload', 'legal-process'],
    ['https://lers.google.com/requests/new?type=subpoena', 'legal-process'],
    ['https://lers.google.com/requests/new', null],
    ['https://lers.zoom.us/', null],
  ];
  it.each(cases)('%s -> %s', (url, kind) => {
    expect(pageKindFromUrl(new URL(url))).toBe(kind);
  });

  it('takes the provider’s own patterns first', () => {
    const provider = { urlPageKinds: [{ pattern: '^/forms/landing_disclaimer', kind: 'other' as const }] };
    expect(pageKindFromUrl(new URL('https://legalrequests.twitter.com/forms/landing_disclaimer'), provider)).toBe('other');
  });
});

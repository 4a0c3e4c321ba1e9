import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

const NOW = new Date('2026-12-01T12:00:00Z');
const accounts = (body: string, from = 'From: Legal <legal@provider.example>') =>
  parseProviderEmail(`${from}\n\nWe have preserved the data. Reference: PRV-2026-0001\n\n${body}`, NOW).accountIdentifiers;

describe('accounts in every shape', () => {
  it.each([
    ['YouTube channel ID: UC7x9LmQ2vR4tK8pZ1wN3yAb', 'UC7x9LmQ2vR4tK8pZ1wN3yAb'],
    ['Account ID:      7c1e4f9a2b3d5e6f8a0b1c2d3e4f5a6b', '7c1e4f9a2b3d5e6f8a0b1c2d3e4f5a6b'],
    ['Zoom account number:  88123045', '88123045'],
    ['User ID      | 841920377', '841920377'],
    ['(Dropbox user\nID 3390127745)', '3390127745'],
    ['Driver   0491 570 238   (driver UUID 0d6c2f88-4b1e-4e57-9a3c-71f2b5e8d904)', '0d6c2f88-4b1e-4e57-9a3c-71f2b5e8d904'],
    ["the Xbox account with the gamertag 'Cinder Vole'", 'Cinder Vole'],
    ['the Snapchat account\nbrisbanebyte_22 and nothing else', 'brisbanebyte_22'],
    ["  - nom d'utilisateur : mael.sunset", 'mael.sunset'],
    ['Organization:  halcyon-ops', 'halcyon-ops'],
    ['Host:   https://www.airbnb.com/users/show/488201937', 'https://www.airbnb.com/users/show/488201937'],
    ['accounts u/Brass_Heron_52 and /u/tallow-creek', 'u/tallow-creek'],
    ['the rider account associated with the phone number (415) 555-0143 on Nov 9', '(415) 555-0143'],
    ['  2) +44 7700 900461', '+44 7700 900461'],
  ])('%s', (body, account) => {
    expect(accounts(body)).toContain(account);
  });

  it('names one per line under a line that announces them, and in a table column headed by an account word', () => {
    expect(accounts('Discord preserved the following account:\n\n    ashgrove#0412   (user ID 774120398815236107)')).toEqual(['ashgrove#0412', '774120398815236107']);
    expect(accounts('The Snapchat accounts below were preserved.\n\n  • coil.and.ember\n  • wren_halyard\n\nSnap can grant one extension.')).toEqual(['coil.and.ember', 'wren_halyard']);
    expect(accounts('Yahoo ID                   Status       Preserved On\nwintergreen_quay           Preserved    10/02/2026')).toEqual(['wintergreen_quay']);
  });

  it('no word of a list is an account: "Rider", "Host", "Status"', () => {
    expect(accounts('Preserved accounts\n  Rider    +61 491 570 234\n  Host     Preserved')).toEqual(['+61 491 570 234']);
  });
});

describe('what is not an account', () => {
  it('an account the provider found nothing for, or says is not an account', () => {
    expect(accounts('Account: @kelp.lantern\n\nWe found no Instagram account for @lantern_kelp.')).toEqual(['@kelp.lantern']);
    expect(accounts('The public channel t.me/amberchat_news named in your request is not an account and was not preserved.')).toEqual([]);
  });

  it('the provider\'s own address, but a person\'s address at the provider\'s mail service', () => {
    const from = 'From: Apple <noreply@apple.com>';
    expect(accounts('Contact lawenforcement@apple.com.\nApple Account: gale.morrow@icloud.com', from)).toEqual(['gale.morrow@icloud.com']);
  });
});

describe('accounts inside a table cell, and prefixed ids', () => {
  it('"Instagram: name (ID n)" in an account column; "dbid:" ids', () => {
    expect(accounts('| Case ID     | Account                                      | Preserved  |\n| 9028341190  | Instagram: moselle.ferryman (ID 58120937746) | 17/11/2026 |')).toEqual(['moselle.ferryman', '58120937746']);
    expect(accounts('Dropbox user ID:    dbid:AAC6mK29xQvW3Ln_pTf0RkS1uYb7hE4zG8c')).toEqual(['dbid:AAC6mK29xQvW3Ln_pTf0RkS1uYb7hE4zG8c']);
  });

  it('an organisation the provider says is not an account is not proposed', () => {
    expect(accounts('The organisation "shalewright-labs" that you also listed is an organisation, not\nan account, and has not been preserved.')).toEqual([]);
  });
});

describe('accounts on a very long line (the line is read around each account, not whole)', () => {
  const filler = 'lorem ipsum dolor sit amet '.repeat(3300); // two of them stay under the 200,000 characters read
  it('still finds an account between pasted lines of 90,000 characters, and still reads its refusal beside it', () => {
    expect(accounts(`${filler}\nUsername: harbor.finch\n${filler}`)).toContain('harbor.finch');
    expect(accounts(`Username: harbor.finch\nUsername: quay.linnet - no account exists for this identifier ${filler}`)).toEqual(['harbor.finch']);
  });

  it('does not take a line start from a cut: a label far into a long line is read as prose, as on the whole line', () => {
    const near = `${'x'.repeat(2500)} Username: harbor.finch`;
    expect(accounts(near)).toEqual(accounts(`${'x'.repeat(100)} Username: harbor.finch`));
  });
});

import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';
import fc from 'fast-check';
import { barsAsColons, findTables } from '../../../register/email/tables';

const NOW = new Date('2026-12-01T12:00:00Z');

describe('tables in a provider\'s message', () => {
  const aligned = [
    'Request No.     Account                                 Preserved on',
    '7319904472281   @saffron.drift                          09/10/2026',
    '7319904472295   https://www.tiktok.com/@quay_lights     14/10/2026',
    '                (User ID 6998120047736608770)',
    '',
    'Preserved data will be retained for 90 days.',
  ].join('\n');

  it('gives each cell its column\'s label, a continuation line included, and ends at a blank line', () => {
    const cells = findTables(aligned, 0, aligned.length).map((c) => [c.header, c.value]);
    expect(cells).toContainEqual(['Preserved on', '14/10/2026']);
    expect(cells).toContainEqual(['Account', '(User ID 6998120047736608770)']);
    expect(cells.some(([, v]) => v!.includes('retained'))).toBe(false);
  });

  it('reads references from a reference column and each row\'s date from a "Preserved on" column', () => {
    const r = parseProviderEmail(`Date: Thu, 15 Oct 2026 10:02:11 +0800\nFrom: TikTok LE Response <le-response@tiktok.com>\n\nTikTok Pte. Ltd. confirms the following preservations:\n\n${aligned}`, NOW);
    expect(r.confirmations.map((c) => [c.reference, c.preservedOn?.day])).toEqual([
      ['7319904472281', '2026-10-09'],
      ['7319904472295', '2026-10-14'],
    ]);
    expect(r.confirmations[1]!.accounts.map((a) => a.value)).toEqual(['https://www.tiktok.com/@quay_lights', '6998120047736608770']);
  });

  it('a table drawn with bars, with a rule line under its header', () => {
    const text = 'Discord Ref | Target                     | Date\n------------|----------------------------|-----------\nDISC-48213  | User ID 938472615203948577 | 11/16/2026';
    expect(findTables(text, 0, text.length).map((c) => c.header)).toEqual(['Discord Ref', 'Target', 'Date']);
  });
});

describe('dates in an extension written as label lines', () => {
  it('"Completed:" is the extension\'s date; "Original preservation:" the preservation\'s', () => {
    const text = 'From: Pinterest via Kodex <notifications@kodex.us>\nDate: Mon, 23 Nov 2026 16:06:40 -0800\n\nRequest:         PIN-0097152\nType:            Preservation Extension\nLinked request:  PIN-0091837 (original preservation)\nCompleted:       2026-11-23 16:05 PST\n\nThe preservation under PIN-0091837 is extended for 90 days.';
    const c = parseProviderEmail(text, NOW).confirmations;
    expect(c.map((x) => x.reference)).toEqual(['PIN-0097152']);
    expect(c[0]).toMatchObject({ preservedOn: null, extension: { ofReference: 'PIN-0091837', requestedOn: '2026-11-23' } });
  });
});

describe('a table row\'s bars read as colons', () => {
  const byRegex = (text: string) => text.replace(/[ \t]*\|[ \t]*/g, (m) => `:${' '.repeat(m.length - 1)}`);

  it('gives what the plain regex gives, length kept', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(' ', '\t', '|', 'a', '7', '\n', ':'), maxLength: 40 }), (text) => {
        expect(barsAsColons(text)).toBe(byRegex(text));
        expect(barsAsColons(text)).toHaveLength(text.length);
      }),
      { numRuns: 2000 },
    );
    expect(barsAsColons('| Preservation ID | 7291148 |')).toBe(': Preservation ID:  7291148: ');
  });

  it('stays linear on a long run of blanks', () => {
    const text = `Preservation ID${' '.repeat(200_000)}| 7291148`;
    const started = performance.now();
    expect(barsAsColons(text)).toBe(`Preservation ID:${' '.repeat(200_001)}7291148`);
    expect(barsAsColons(' '.repeat(200_000))).toHaveLength(200_000);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});

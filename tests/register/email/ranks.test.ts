import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';
import { RANK_ABBREVIATIONS } from '../../../register/email/ranks';
import { officerBlocks } from '../../../register/email/signature';

const NOW = new Date('2026-12-01T12:00:00Z');

describe('one list of rank abbreviations, for the officer’s block and for a rank before a name on a line', () => {
  it.each(RANK_ABBREVIATIONS.split('|'))('%s heads an officer’s block, with or without its full stop', (rank) => {
    for (const written of [rank, `${rank}.`]) {
      const text = `We have preserved the data.\n\n${written} Alan Reyes\nRiverbend Police\nalan.reyes@riverbend.example\n`;
      const [block] = officerBlocks(text, 0, text.length);
      expect(text.slice(block!.start, block!.end)).toContain('alan.reyes@riverbend.example');
    }
  });

  it.each(['Supt', 'Tpr', 'Dep', 'SA'])('%s before a name on a line sets the line’s addresses aside as the officer’s', (rank) => {
    const mail = `From: Legal <legal@provider.example>\n\nWe have preserved the data. Reference: PRV-2026-0001\nTarget: fern_quiet77\nYour file 26-CR-4471 (${rank} Ines Varga, ines.varga@gmail.com)\n`;
    const accounts = parseProviderEmail(mail, NOW).accountIdentifiers;
    expect(accounts).toContain('fern_quiet77');
    expect(accounts).not.toContain('ines.varga@gmail.com');
  });

  it('without a rank the same line keeps the address (what the rank decides)', () => {
    const mail = 'From: Legal <legal@provider.example>\n\nWe have preserved the data. Reference: PRV-2026-0001\nTarget: fern_quiet77\nYour file 26-CR-4471 (Ines Varga, ines.varga@gmail.com)\n';
    expect(parseProviderEmail(mail, NOW).accountIdentifiers).toContain('ines.varga@gmail.com');
  });

  it('a lower-case word or an unlisted one heads no officer’s block', () => {
    const text = 'We have preserved the data.\n\nsa Alan Reyes\nRiverbend Police\n';
    expect(officerBlocks(text, 0, text.length)).toEqual([]);
  });
});

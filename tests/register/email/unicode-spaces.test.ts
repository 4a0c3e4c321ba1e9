import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Spaces and invisible marks an HTML mail or a word processor leaves in a copied text: a no-break space between words
 * (Outlook's and webmail's `&nbsp;`), a narrow no-break space before a French colon, a zero-width space or a soft hyphen
 * inside a word. Each e-mail must read as its plain-typed twin does, with evidence still quoted from the paste.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const read = (text: string) => {
  const r = parseProviderEmail(text, NOW);
  return { providerId: r.providerId, references: r.references, preservedOn: r.preservedOn, accounts: r.accountIdentifiers };
};

const PLAIN = [
  'From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Wed, 18 Nov 2026 16:40:00 -0800\nSubject: Preservation confirmed\n\nHello, the account kelp.finch9 has been preserved on November 17, 2026.\nSnap reference: SNAP-LE-2611-0931\n',
  'Von: TikTok LERT <lert@tiktok.com>\nDatum: 18.11.2026 10:12\nBetreff: Sicherung\n\nHallo, wir haben das Konto @moorlicht_7 am 16.11.2026 gesichert.\nReferenz: LERT-2611-771204\n',
  'De : Discord Trust & Safety <lawenforcement@discord.com>\nDate : 17 novembre 2026\nObjet : Conservation\n\nBonjour, le compte 1177002233445566778 a été conservé le 16 novembre 2026.\nRéférence : DSC-2611-88140\n',
];

describe('spaces and marks of an HTML copy', () => {
  it.each(PLAIN)('reads every space written as a no-break space as its plain twin: %s', (plain) => {
    const copied = plain.replace(/ /g, '\u00a0');
    expect(read(copied)).toEqual(read(plain));
    expect(read(plain).references).toHaveLength(1);
  });

  it.each(PLAIN)('reads a narrow no-break space before a colon and a thin space as a space: %s', (plain) => {
    const copied = plain.replace(/ :/g, '\u202f:').replace(/: /g, ':\u2009');
    expect(read(copied)).toEqual(read(plain));
  });

  it.each(PLAIN)('reads away zero-width spaces, soft hyphens and a byte-order mark inside words: %s', (plain) => {
    const copied = `\ufeff${plain.replace(/(\d{4})-/g, '$1\u200b-').replace(/reference|Referenz|Référence/g, (w) => `${w.slice(0, 3)}\u00ad${w.slice(3)}`)}`;
    expect(read(copied)).toEqual(read(plain));
  });

  it('quotes its evidence from the paste, no-break spaces and marks included', () => {
    const copied = PLAIN[0]!.replace(/ /g, '\u00a0').replace('SNAP-LE-2611', 'SNAP-LE-\u200b2611');
    const parsed = parseProviderEmail(copied, NOW);
    const reference = parsed.confirmations[0]!;
    expect(reference.reference).toBe('SNAP-LE-2611-0931');
    expect(copied.slice(reference.evidence.start, reference.evidence.end)).toBe(reference.evidence.quote);
    expect(reference.evidence.quote).toContain('\u200b');
    expect(reference.preservedOn?.day).toBe('2026-11-17');
    expect(copied.slice(reference.preservedOn!.evidence.start, reference.preservedOn!.evidence.end)).toContain('November\u00a017');
  });
});

import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * How a copy of a mail changes its text without changing what it says: blanks at the lines' ends (Outlook's padded
 * plain text), every line break doubled (a webmail's paragraphs), CRLF line ends. Each e-mail must read as its plain
 * twin does.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const read = (text: string) => {
  const r = parseProviderEmail(text, NOW);
  return { providerId: r.providerId, references: r.references, preservedOn: r.preservedOn, accounts: r.accountIdentifiers };
};
const padded = (text: string, blanks = '   ') => text.split('\n').map((line) => line + blanks).join('\n');
const doubled = (text: string) => text.replace(/\n/g, '\n\n');

const SIGNED = `From: X Legal <legal-requests@x.com>
Date: Tue, 17 Nov 2026 10:02:00 -0800
Subject: Preservation request

The account @ferrous_kite has been preserved on November 16, 2026.
Reference: LE-2208841

X Corp. Legal

--
Harbor County Cyber Unit | case HCCU-2026-7719 | request sent 15 November 2026
`;

const TABLED = `KRAKEN - LAW ENFORCEMENT
Preservation confirmation

Each account was preserved under its own case number:

  Case No.        Client ID       Preserved on
  KRK-PR-40071    AA81 N4QX       18/11/2026
  KRK-PR-40072    AA81 N7ZC       19/11/2026

Data is kept for 90 days from the date shown.
`;

const ANSWERED = `From: Roblox Law Enforcement <lawenforcement@roblox.com>
Sent: Monday, November 16, 2026 4:02 PM
To: Sgt. Ana Beltrán <a.beltran@policia.example.es>
Subject: RE: Preservation - case PN-26-0412

Hello Sgt. Beltrán,

The account below has been preserved.

User ID: 4410938127
Username: mossbyte_77
Roblox reference: RBX-LE-26-11830



From: Sgt. Ana Beltrán <a.beltran@policia.example.es>
Sent: Monday, November 16, 2026 9:12 AM

Please preserve user 4410938127.
Ana Beltrán, +34 600 000 111
`;

const ANSWERED_DE = `Von: Snap Law Enforcement <lawenforcement@snapchat.com>
Gesendet: Mittwoch, 18. November 2026 17:40
An: KOK Lena Stratmann <l.stratmann@polizei.example.de>
Betreff: AW: Sicherung

Hallo Frau Stratmann,

das Konto kiesel.moor wurde gesichert.

Snap reference: SNAP-LE-2611-0931



Von: KOK Lena Stratmann <l.stratmann@polizei.example.de>
Gesendet: Dienstag, 17. November 2026 08:15

Bitte sichern Sie das Konto kiesel.moor.
KOK Lena Stratmann, Tel. +49 30 0000 1111
`;

const PRINTED = `Pinterest Legal - Preservation letter                               Page 1 of 2
-------------------------------------------------------------------------------

Pinterest reference: PIN-LE-26-0912

Dear Detective Marsh,

Pinterest has preserved the account https://www.pinterest.com/saltmarsh_quill. The preservation was completed on November 18,

-------------------------------------------------------------------------------
Printed from the Pinterest Legal portal                             Page 2 of 2

2026. We will retain this data for 90 days.
`;

describe('copies that change the text but not what it says', () => {
  it.each([SIGNED, TABLED])('reads lines padded with blanks as its plain twin: %s', (plain) => {
    expect(read(plain).references.length).toBeGreaterThan(0);
    expect(read(padded(plain))).toEqual(read(plain));
    expect(read(padded(plain, ' \t\u00a0'))).toEqual(read(plain));
  });

  it.each([ANSWERED, ANSWERED_DE])('reads a copy with every line break doubled as its plain twin: %s', (plain) => {
    expect(read(plain).preservedOn).not.toBeNull();
    expect(read(doubled(plain))).toEqual(read(plain));
  });

  it('reads a printout\'s page break in CRLF and with no-break spaces as in LF', () => {
    expect(read(PRINTED).preservedOn).toBe('2026-11-18');
    expect(read(PRINTED.replace(/\n/g, '\r\n'))).toEqual(read(PRINTED));
    expect(read(PRINTED.replace('Page 2 of 2', 'Page\u00a02\u00a0of\u00a02'))).toEqual(read(PRINTED));
  });

  it.each([ANSWERED, ANSWERED_DE])('reads a mail indented whole, or forwarded with its original indented, as its plain twin: %s', (plain) => {
    const indent = (text: string) => text.split('\n').map((l) => (l ? `    ${l}` : l)).join('\n');
    expect(read(indent(plain))).toEqual(read(plain));
    expect(read(`Please log this one.\n\nDet. Sam Reyes, +1 555 0100 444\n\n-----Original Message-----\n${indent(plain)}`)).toEqual(read(plain));
  });

  it('leaves an indented list or table at a mail\'s end as it was written', () => {
    expect(read(`${TABLED}\n  Note: rows as above\n  Kraken LE team\n`).references).toEqual(read(TABLED).references);
  });

  it('leaves a mail of one-line paragraphs, with no gap of two blank lines made by doubling, as it was written', () => {
    // One-line paragraphs and a gap of three blank lines, but a gap of two as well: no doubling makes that.
    const written = ANSWERED.replace('Hello Sgt. Beltrán,\n\n', 'Hello Sgt. Beltrán,\n\n\n');
    expect(read(written)).toEqual(read(ANSWERED));
    expect(read(doubled(SIGNED))).toEqual(read(SIGNED));
  });
});

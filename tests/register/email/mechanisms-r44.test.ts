import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 44 (dev27-29): each shown on invented mail in wordings and layouts not in the sets, with probes
 * that must read the new way (each failed before its change) and probes that must not change.
 */
const NOW = new Date('2026-12-02T12:00:00Z');
const read = (text: string) => parseProviderEmail(text, NOW);
const refs = (text: string) => read(text).confirmations.map((c) => c.reference);
const byRef = (text: string) => Object.fromEntries(read(text).confirmations.map((c) => [c.reference, { day: c.preservedOn?.day ?? null, accounts: c.accounts.map((a) => a.value) }]));

const MS = (body: string) =>
  `From: Microsoft LENS <lens-notice@microsoft.com>\nSent: Tuesday, 24 November 2026 08:12\nTo: PC Alder <p.alder@police.example.uk>\nSubject: Preservation outcome\n\n${body}\n`;

describe('references: the label the provider asks to be quoted names its number ("Please reference the GCC number above …")', () => {
  it('reads the number after that label, however unusual the label', () => {
    const text = MS('GCC Number: 2611240011822\n\nMicrosoft has preserved the records of the account outlook user wren.fallow@outlook.com.\nPreservation date: 23 November 2026.\n\nPlease reference the GCC number above on any subsequent legal process.');
    expect(refs(text)).toEqual(['2611240011822']);
  });

  it('reads each spaced ticket of a list, with the account on its line', () => {
    const text = MS('Microsoft has preserved the accounts below, each under its own ticket.\n\nTicket 2611 2300 0417 - wren.fallow@outlook.com\nTicket 2611 2300 0418 - wren.backup@hotmail.com\n\nPreserved on: 23 Nov 2026\n\nPlease quote the ticket number for the relevant account in any legal process.');
    expect(byRef(text)).toEqual({
      '2611 2300 0417': { day: '2026-11-23', accounts: ['wren.fallow@outlook.com'] },
      '2611 2300 0418': { day: '2026-11-23', accounts: ['wren.backup@hotmail.com'] },
    });
  });

  it('takes no agency number from a label every agency writes ("quote the case number")', () => {
    const text = MS('Case number: 77120933\nYour case number: KR-26-00917\n\nWe preserved wren.fallow@outlook.com on 23 November 2026. Please quote the case number on any legal process.');
    expect(refs(text)).toEqual(['77120933']);
  });
});

describe('references: where the provider prints its number', () => {
  it('in its footer under "--", a footer that names the provider', () => {
    const text = `From: Snap Law Enforcement <lawenforcement@snap.com>\nDate: Mon, 23 Nov 2026 09:02:11 -0800\nSubject: Preservation\n\nHello,\n\nOn November 23, 2026 we preserved the records of the Snapchat account below.\n\nUsername: quill.harrow_22\n\nPlease reference the number below on legal process.\n\n--\nSnap Ref: SNAP-PR-20261123-0712 | Include this reference in all correspondence.\nSnap Inc. · 3000 31st Street · Santa Monica, CA 90405\n`;
    expect(refs(text)).toEqual(['SNAP-PR-20261123-0712']);
  });

  it('keeps an officer\'s signature under "--" out of the provider\'s message, as before', () => {
    const text = `From: Snap Law Enforcement <lawenforcement@snap.com>\nDate: Mon, 23 Nov 2026 09:02:11 -0800\nSubject: Preservation\n\nSnap Reference: SNAP-PR-20261123-0712. On November 23, 2026 we preserved the account quill.harrow_22.\n\n--\nDet. Ines Varga, Cyber Unit, case CU-2026-0912\n`;
    expect(refs(text)).toEqual(['SNAP-PR-20261123-0712']);
  });

  it("in a help desk's notice: \"Your request (#N) has been updated\"", () => {
    const text = `Od: GitHub Support <support@githubsupport.com>\nOdesláno: středa 25. listopadu 2026 14:02\nPředmět: [GitHub] Re: Preservation request (#3409915)\n\n##- Please type your reply above this line -##\n\nYour request (#3409915) has been updated.\n\nHello,\n\nWe have preserved the account records for the GitHub user account ferro_lumen.\n\nGitHub Legal Support\n`;
    expect(refs(text)).toEqual(['3409915']);
  });

  it('after "Please refer to N in future correspondence"', () => {
    const text = `From: Twitch Law Enforcement <lawenforcement@twitch.tv>\nDate: Tue, 24 Nov 2026 10:31:40 -0800\nSubject: RE: Preservation\n\nThe account twitch.tv/ember_quill (user ID 61234987) has been preserved.\n\nPlease refer to 771209 in future correspondence about this account.\n`;
    expect(refs(text)).toEqual(['771209']);
  });

  it('each of a list after its label, each then heading its own part with its date and account', () => {
    const text = `Google Preservation Confirmation — Ref. 61200418 / 61200427\nInbox\n\nGoogle Legal Investigations Support <lis-noreply@google.com>\n\tNov 20, 2026, 2:05 PM (12 days ago)\n\nGoogle Reference Numbers: 61200418, 61200427\n\n61200418 - wren.fallow@gmail.com\n  Preservation completed 18 November 2026.\n\n61200427 - https://www.youtube.com/channel/UCq8mXr2LpN0bA7sKd1Zw4vT\n  Preservation completed 20 November 2026.\n`;
    expect(byRef(text)).toEqual({
      '61200418': { day: '2026-11-18', accounts: ['wren.fallow@gmail.com'] },
      '61200427': { day: '2026-11-20', accounts: ['https://www.youtube.com/channel/UCq8mXr2LpN0bA7sKd1Zw4vT'] },
    });
  });
});

describe("references: a portal page's requester fields and attachments are the agency's", () => {
  const page = (extra: string) =>
    `Zoom Law Enforcement Portal\n\nRequest ZPR-2026-00412\nType: Preservation\nStatus: Completed\nAgency: Example County Police\nRequester: Det. Nora Pell\n${extra}\n\nZoom Law Enforcement Response · Nov 20, 2026, 5:41 PM\n\nZoom has preserved the records of the account nora.target@example.net on November 20, 2026. Please reference ZPR-2026-00412 on legal process.\n\nDocuments: ECP-26-4471_preservation_letter.pdf\n`;
  it('"Internal case number:" under the requester\'s fields', () => {
    expect(refs(page('Internal case number: ECP-26-4471'))).toEqual(['ZPR-2026-00412']);
  });
  it('a number only ever in an attachment\'s file name', () => {
    expect(refs(page('Priority: Standard'))).toEqual(['ZPR-2026-00412']);
  });
});

describe("dates: a ticket thread's provider post dates the message", () => {
  it("takes the provider's post's stamp, not the officer's before it, and reads a yearless day by it", () => {
    const text = `Kodex | Discord\nRequest KX-88120 · Preservation · Completed\n\nDet. Lena Hart (Example PD)\nNov 18, 2026, 10:11 AM EST\nPlease preserve user 1051188820337442999.\n\nDiscord Trust & Safety\nNov 20, 2026, 3:42 PM PST\nHello,\n\nWe have preserved the account below.\n\n  DISC-61209 - user 1051188820337442999 - preserved Thursday, November 19th\n\nPlease reference the DISC number when serving legal process.\n`;
    const r = read(text);
    expect(r.emailDate?.day).toBe('2026-11-20');
    expect(byRef(text)['DISC-61209']?.day).toBe('2026-11-19');
  });

  it('never takes the day a username was held as the preservation date', () => {
    const text = MS('Request 7712045\nAccount: lumen.ferro_ (username as held on October 30, 2026)\nRecords preserved on November 6, 2026.');
    expect(byRef(text)['7712045']?.day).toBe('2026-11-06');
  });

  it("reads a raw header's Date under a DKIM signature that ends in '=' in a quoted-printable mail", () => {
    const text = `Return-Path: <lecompliance@yahooinc.com>\nDKIM-Signature: v=1; a=rsa-sha256; d=yahooinc.com;\n\th=from:to:subject:date; bh=Q2x9Lk3mR8tVw1ZpYb6NcH0aJ4dF7sG5eK2uI9oP1qA=\nDate: Sat, 21 Nov 2026 23:58:11 -0800\nFrom: Yahoo Law Enforcement <lecompliance@yahooinc.com>\nSubject: Yahoo Preservation - Ref YH-LE-0771234\nContent-Transfer-Encoding: quoted-printable\n\nYahoo has preserved the records of the account wren_fallow@yahoo.com in =\nresponse to your request.\n\nYahoo reference: YH-LE-0771234\n`;
    expect(read(text).emailDate?.day).toBe('2026-11-21');
    expect(byRef(text)['YH-LE-0771234']?.day).toBe('2026-11-21');
  });
});

describe('threads: several confirmations and extensions', () => {
  it('reads two confirmations forwarded together, the newer first', () => {
    const one = (day: number, ref: string, user: string) =>
      `---------- Forwarded message ---------\nFrom: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: ${day === 25 ? 'Wed' : 'Tue'}, Nov ${day}, 2026 at 18:22\nSubject: Preservation Confirmation - ${ref}\n\nSnap Inc. has preserved data for the account below as of November ${day}, 2026:\n\nUsername: ${user}\n\nSnap Reference: ${ref}\n\nSnap Inc.\n`;
    const text = `Both confirmations for the register.\n\n${one(25, 'SNAP-PR-2026-41188', 'ferro.quill')}\n${one(24, 'SNAP-PR-2026-41102', 'lumen.wren')}`;
    expect(byRef(text)).toEqual({
      'SNAP-PR-2026-41188': { day: '2026-11-25', accounts: ['ferro.quill'] },
      'SNAP-PR-2026-41102': { day: '2026-11-24', accounts: ['lumen.wren'] },
    });
  });

  it('reads "Your extension request X for preservation Y" as X extending Y', () => {
    const text = `From: Pinterest via Kodex <notifications@kodex.example>\nDate: Fri, 20 Nov 2026 10:02:00 -0800\nSubject: [Pinterest] Extension request PIN-2026-12877 completed\n\nYour extension request PIN-2026-12877 for preservation PIN-2026-09331 has been completed. The records of pinterest.com/wrenfallow are preserved for a further 90 days.\n`;
    const c = read(text).confirmations;
    expect(c.map((x) => [x.reference, x.extension?.ofReference])).toEqual([['PIN-2026-12877', 'PIN-2026-09331']]);
  });
});

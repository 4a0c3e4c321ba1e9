import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';
import { loadLabels, readEmail } from './corpus-score';
import { wrapText } from './wrap-at';

/** Round 75 of the e-mail reader: each probe fails on the reader of ed457500, except the look-alike that keeps its reading. */
const read = (text: string) => parseProviderEmail(text, new Date('2026-12-01T12:00:00Z'));
const accounts = (text: string) => read(text).confirmations.flatMap((c) => c.accounts.map((a) => a.value));

const raw = (headers: string) => `Return-Path: <lawenforcement-noreply@snap.com>
Date: Wed, 25 Nov 2026 09:00:00 -0800
From: Snap Law Enforcement <lawenforcement-noreply@snap.com>
To: officer@police.example.gov
Subject: Preservation confirmed - Case 20261125-7731-PR
${headers}
MIME-Version: 1.0

Snap Inc. has preserved the data of the following Snapchat account under case 20261125-7731-PR:

Username: river.fox_22

Snap Inc. Law Enforcement Operations
`;

describe('a header of messages folded or wrapped onto lines of its own', () => {
  it('proposes no message identifier that a wrap set on the line under "Message-ID:"', () => {
    const text = raw('Message-ID:\n<0100019a8c4e1f25-5d3c4a9b-9e07-1c2f-88e3-a410e6b07c19-000000@email.amazonses.com>');
    expect(accounts(text)).toEqual(['river.fox_22']);
  });

  it('proposes none of a folded "References:" header’s identifiers where a copy dropped the fold’s indent', () => {
    const text = raw('References: <CAH7u2Qf+9sLxPq0e3kR1wZ@mail.gmail.com>\n<DM6PR21MB3042A81F3C0277DE4B1E@DM6PR21MB3042.namprd21.prod.outlook.com>\n<opec21019.20261105101240.118734.07.1.63@legalmail.example>');
    expect(accounts(text)).toEqual(['river.fox_22']);
  });

  it('look-alike: an address on the line under a header of people is still read where the body names it', () => {
    const text = raw('Message-ID: <CAH7u2Qf+9sLxPq0e3kR1wZ@mail.gmail.com>').replace('Username: river.fox_22', 'Accounts:\nriver.fox_22@example.com');
    expect(accounts(text)).toEqual(['river.fox_22@example.com']);
  });
});

describe('a reference is no account', () => {
  it('reads dev24/34 wrapped at 72: the list’s accounts, not the reference on its own line', () => {
    const label = loadLabels('dev24').find((l) => l.file === 'dev24/34-snap-outlook-ch-fwd-usernames-2-and-4.txt')!;
    const wrapped = wrapText(readEmail(label), 72);
    expect(accounts(wrapped).sort()).toEqual(label.confirmations.flatMap((c) => c.accounts).sort());
  });
});

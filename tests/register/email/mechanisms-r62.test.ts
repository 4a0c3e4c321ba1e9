import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/** Round 62 of the e-mail reader: each probe fails on the reader of 416b4e00, except the look-alikes that keep their reading. */
const read = (text: string) => parseProviderEmail(text, new Date('2026-12-01T12:00:00Z'));
const preservedOn = (text: string) => read(text).confirmations[0]?.preservedOn;

describe('a preservation dated from the arrival of the request: the next day, the same day said alone', () => {
  const german = (said: string) =>
    `Von: Kleinanzeigen Behördenanfragen <behoerdenanfragen@kleinanzeigen.de>\nDatum: Fri, 6 Nov 2026 09:14:27 +0100\nBetreff: Unser Zeichen KA-LE-2026-7719\n\nSehr geehrter Herr Rieländer,\n\nIhr Ersuchen vom 3. November 2026 ist am Mittwoch, 4. November 2026 bei uns eingegangen. ${said}\n\nNutzer-ID: 87702215\n\nBitte geben Sie unser Zeichen KA-LE-2026-7719 an.\n`;
  it('"am 4. November 2026 bei uns eingegangen … erfolgte am darauffolgenden Tag" is the 5th', () => {
    expect(preservedOn(german('Die Sicherung der vorhandenen Bestands- und Nutzungsdaten zu dem nachstehenden Nutzerkonto erfolgte am darauffolgenden Tag:'))).toMatchObject({ day: '2026-11-05', source: 'stated' });
  });
  it('"the following business day" after a Friday arrival is the Monday', () => {
    const text = 'From: Trust & Safety <lers@example-chat.com>\nDate: Tue, 10 Nov 2026 16:02:00 +0000\nSubject: Preservation LE-88213\n\nHello,\n\nYour request was received on Friday, 6 November 2026. We preserved the account quiet.heron the following business day.\n\nReference: LE-88213\n';
    expect(preservedOn(text)).toMatchObject({ day: '2026-11-09', source: 'stated' });
  });
  it('"reçue le lundi 9 novembre 2026 … conservées le jour même" is the 9th', () => {
    const text = 'De : Leboncoin <requisitions-judiciaires@leboncoin.fr>\nDate : 11 novembre 2026 à 10:14 UTC+1\nObjet : LBC-RJ-26-118042\n\nBonjour,\n\nNous accusons réception de votre réquisition reçue le lundi 9 novembre 2026. Les données relatives au compte ci-dessous ont été conservées le jour même.\n\nchalet.vercors@gmail.com\n\nNuméro de dossier : LBC-RJ-26-118042\n';
    expect(preservedOn(text)).toMatchObject({ day: '2026-11-09', source: 'stated' });
  });
  it('a day of its own between the preserving and "the same day" keeps its reading (look-alike)', () => {
    const text = 'From: Trust & Safety <lers@example-chat.com>\nDate: Tue, 10 Nov 2026 16:02:00 +0000\nSubject: Preservation LE-88213\n\nYour request was received on Friday, 6 November 2026. We preserved the account quiet.heron on 7 November 2026 and issued the reference the same day.\n\nReference: LE-88213\n';
    expect(preservedOn(text)).toMatchObject({ day: '2026-11-07' });
  });
  it('without an arrival, "the following day" gives no day (look-alike)', () => {
    const text = 'From: Trust & Safety <lers@example-chat.com>\nDate: Tue, 10 Nov 2026 16:02:00 +0000\nSubject: Preservation LE-88213\n\nYour request dated 2 November 2026 was preserved the following day.\n\nReference: LE-88213\n';
    expect(preservedOn(text)?.day).not.toBe('2026-11-03');
  });
});

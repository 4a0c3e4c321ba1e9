import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';
import { findDates, readings } from '../../../register/email/dates';

const NOW = new Date('2026-12-01T12:00:00Z');
const FROM = 'Google Legal Investigations Support <lis-noreply@google.com>';
const BODY = [
  'Hello,',
  '',
  'The data associated with the account jane.doe.1984@gmail.com has been preserved.',
  '',
  'Reference number: 7734-2291-0045',
  '',
  'The data will be preserved for 90 days.',
  '',
  'Google Legal Investigations Support',
].join('\n');
const quoted = BODY.split('\n').map((line) => `> ${line}`).join('\n');
const emailDay = (text: string) => parseProviderEmail(text, NOW).emailDate?.day ?? null;
const proposed = (text: string) => parseProviderEmail(text, NOW).confirmations.map((c) => [c.reference, c.preservedOn?.day ?? null, c.preservedOn?.source ?? null]);

describe('a weekday that is also a month\'s short name', () => {
  // French, Spanish, Italian and Catalan write Tuesday "mar", which is March's short name in English: the match that
  // reads "mar. 24" as a month and day is no date, and the date that starts inside it is still found.
  it.each([
    ['mar. 24 nov. 2026 à 15:14', '2026-11-24'],
    ['mar 24 nov 2026 alle ore 15:14', '2026-11-24'],
    ['mar, 24 nov 2026 a las 15:14', '2026-11-24'],
    ['ven. 6 nov. 2026 à 09:02', '2026-11-06'],
  ])('%s', (written, day) => {
    const [mention] = findDates(written);
    expect(mention && readings(mention).dmy).toBe(day);
  });

  it('the dates after a rejected match are all found, in order', () => {
    expect(findDates('mar. 24 nov. 2026, puis mar. 1 déc. 2026').map((m) => readings(m).dmy)).toEqual(['2026-11-24', '2026-12-01']);
  });

  it('a Gmail header in French or Italian dates the e-mail', () => {
    const fr = `---------- Forwarded message ---------\nDe : ${FROM}\nDate: mar. 24 nov. 2026 à 15:14\nSubject: Preservation request\nTo: <det@police.example>\n\n${BODY}`;
    const it_ = `---------- Forwarded message ---------\nDa: ${FROM}\nDate: mar 24 nov 2026 alle ore 15:14\nSubject: Preservation request\nTo: <det@police.example>\n\n${BODY}`;
    const reply = `Merci.\n\nLe mar. 24 nov. 2026 à 15:14, Google Legal Investigations Support <lis-noreply@google.com> a écrit :\n\n${quoted}`;
    for (const text of [fr, it_, reply]) expect(proposed(text)).toEqual([['7734-2291-0045', '2026-11-24', 'email-date']]);
  });
});

describe('a webmail stamp without a year', () => {
  it('a day and month followed by a time is a date without a year, in any order and case', () => {
    for (const written of ['Nov 24, 3:14 PM (7 days ago)', 'Tue, Nov 24, 3:14 PM', '24 nov., 15:14 (il y a 7 jours)', 'Di., 24. Nov., 15:14']) {
      const [mention] = findDates(written);
      expect(mention?.yearless, written).toBe(true);
      expect(readings(mention!, '2026-12-01').mdy, written).toBe('2026-11-24');
    }
  });

  it('a number after the day that is no time still keeps the date out, and a year still makes it whole', () => {
    expect(findDates('Nov 24, 10 accounts were preserved')).toEqual([]);
    expect(findDates('Nov 24, 2026 at 3:14 PM').map((m) => [m.year, m.yearless ?? false])).toEqual([[2026, false]]);
    // "may" stays an everyday word, even before a time.
    expect(findDates('you may 5, 10:00 is fine')).toEqual([]);
  });

  it('a conversation view that writes no year dates the e-mail by the day of reading', () => {
    const gmail = `Preservation request\nInbox\n\n${FROM}\nNov 24, 3:14 PM (7 days ago)\nto me\n\n${BODY}`;
    const wrapped = `Preservation request\nInbox\n\nGoogle Legal Investigations Support\n<lis-noreply@google.com>\nTue, Nov 24, 3:14 PM (7 days ago)\nto me\n\n${BODY}`;
    const french = `Demande de conservation\n\n${FROM}\nmar. 24 nov., 15:14 (il y a 7 jours)\nÀ moi\n\n${BODY}`;
    for (const text of [gmail, wrapped, french]) expect(proposed(text)).toEqual([['7734-2291-0045', '2026-11-24', 'email-date']]);
  });

  it('the day is the last one on or before the day of reading: December\'s stamp read on 1 December is last year\'s', () => {
    expect(emailDay(`Preservation request\n\n${FROM}\nDec 24, 3:14 PM\nto me\n\n${BODY}`)).toBe('2025-12-24');
  });

  it('a stamp without a year and without a time dates nothing', () => {
    expect(emailDay(`Preservation request\n\n${FROM}\nNov 24\nto me\n\n${BODY}`)).toBeNull();
  });
});

/** The investigator's reply above the provider's quoted message, under the client's attribution line. */
const reply = (attribution: string) => `Danke, erledigt.\n\nKommissar Jan Schmidt\n\n${attribution}\n\n${quoted}`;

describe('an attribution line that opens with the date', () => {
  // Gmail in these languages writes the date first, with no word before it, and its own verb for "wrote".
  it.each([
    ['Polish', `wt., 24 lis 2026 o 15:14 ${FROM} napisał(a):`],
    ['Czech', `út 24. 11. 2026 v 15:14 odesílatel ${FROM} napsal:`],
    ['Finnish', 'ti 24.11.2026 klo 15.14 Google Legal Investigations Support (<lis-noreply@google.com>) kirjoitti:'],
    ['Norwegian', `tir. 24. nov. 2026 kl. 15:14 skrev ${FROM}:`],
  ])('%s: the provider\'s message is the quoted one, dated by the line', (_, attribution) => {
    const parsed = parseProviderEmail(reply(attribution), NOW);
    expect(parsed.emailDate?.day).toBe('2026-11-24');
    expect(parsed.confirmations.map((c) => [c.reference, c.preservedOn?.day, c.preservedOn?.source])).toEqual([['7734-2291-0045', '2026-11-24', 'email-date']]);
  });

  it('a line without its year and time near the start, or without a verb of writing, is no attribution', () => {
    // "wrote" in the investigator's own prose, with no date: the text stays one message, dated by nothing.
    expect(parseProviderEmail(`My colleague wrote:\n\n${quoted}`, NOW).emailDate).toBeNull();
    // A date and a time but no verb of writing: no attribution either.
    expect(parseProviderEmail(`24.11.2026, 15:14, "Google" <lis-noreply@google.com>:\n\n${quoted}`, NOW).emailDate).toBeNull();
  });

  it('a line that a wrap began inside the date is no attribution of its own: the message above it is still read', () => {
    // A phone's run-on copy wrapped again: the provider's words stand above "On … wrote:", whose date a wrap split.
    const runOn = [
      'Zoom has approved the extension of preservation ZLE-2026-004129 for the account mira.toft@teachnorth.example.edu.',
      'Extended on: 17 Nov 2026. Thanks, Zoom Trust & Safety ---- On Tue, Nov',
      '17, 2026 at 2:08 PM, Zoom LE <le-noreply@zoom.example.us> wrote:',
      'Sent from my iPhone',
    ].join('\n');
    expect(parseProviderEmail(runOn, NOW).confirmations.map((c) => c.reference)).toEqual(['ZLE-2026-004129']);
  });
});

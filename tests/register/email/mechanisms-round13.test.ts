import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 13: each shown on invented mail in other words, orders and layouts than the corpus's, with
 * probes that must read the new way and probes that must not.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const HEAD = 'Date: Wed, 25 Nov 2026 09:30:00 +0100\nFrom: Legal <legal@provider.example>\nTo: officer@agency.example\nSubject: Your request\n\n';
const parse = (body: string) => parseProviderEmail(`${HEAD}${body}`, NOW);

describe('"nothing to preserve" said of one thing the message names is no refusal of the whole request', () => {
  it.each([
    ['We preserved the account fen_harrow.77 (reference QX-PR-440912). The handle fen.harrow does not exist, so there was nothing to preserve for that one.'],
    ['Reference QX-PR-440912: the account fen_harrow.77 has been preserved. Your second identifier is closed; nothing to preserve\nfor it.'],
    ['The account fen_harrow.77 has been preserved under QX-PR-440912. The phone number you gave is not registered, nothing for us to preserve for that number.'],
  ])('confirms: %s', (body) => {
    const r = parse(body);
    expect(r.references).toEqual(['QX-PR-440912']);
    expect(r.warnings.map((w) => w.key)).not.toContain('register.email.acknowledgementOnly');
  });

  it.each([
    ['Reference QX-PR-440912. The account you named does not exist, so there is nothing to preserve.'],
    ['Reference QX-PR-440912. We found nothing to preserve for this request.'],
    ['Reference QX-PR-440912. The account was deleted in 2024; there is nothing for us to preserve for your request.'],
  ])('still refuses: %s', (body) => {
    const r = parse(body);
    expect(r.confirmations).toEqual([]);
  });
});

describe('a file noun the addressee\'s own act qualifies ("Case number you provided:") names the agency\'s number', () => {
  it.each([
    ['The account fen_harrow.77 has been preserved.\n\nReference ID: 7730041\nCase number you provided: WPD-26-4471'],
    ['The account fen_harrow.77 has been preserved.\n\nRecord: 7730041\nFile no. that your agency supplied: WPD-26-4471'],
    ['We have preserved the account fen_harrow.77 (ref. 7730041). For your records, the reference you quoted:\nWPD-26-4471'],
  ])('sets the agency number aside: %s', (body) => {
    expect(parse(body).references).toEqual(['7730041']);
  });

  it.each([
    ['We have preserved the account fen_harrow.77.\n\nReference you should quote: QX-PR-77410'],
    ['We have preserved the account fen_harrow.77.\n\nReference number provided to you: QX-PR-77410'],
    ['We have preserved the account fen_harrow.77. The reference you will need is QX-PR-77410.'],
  ])('keeps the provider number: %s', (body) => {
    expect(parse(body).references).toEqual(['QX-PR-77410']);
  });
});

describe('an officer\'s block whose name starts with an initial ("Officer T. Brennan | Badge 6630") is the officer\'s', () => {
  const accounts = (body: string) => parse(body).accountIdentifiers;
  it.each([
    ['Preservation ID: 7730041\nUser: fen_harrow.77\nWe have preserved the user above.\n\n---\nOfficer T. Brennan | Badge 6630 | Northgate PD\n(503) 555-0148 | tbrennan@northgate.example', ['(503) 555-0148', 'tbrennan@northgate.example']],
    ['Preservation ID: 7730041\nUser: fen_harrow.77\nWe have preserved the user above.\n\nDet. R. Okafor | Clearwater PD\n(727) 555-0119 | r.okafor@clearwater.example', ['(727) 555-0119', 'r.okafor@clearwater.example']],
    ['Preservation ID: 7730041\nUser: fen_harrow.77\nWe have preserved the user above.\n\n___\nSgt K. Marsh | Unit 4\n+44 7700 900123 | k.marsh@force.example', ['+44 7700 900123', 'k.marsh@force.example']],
  ])('keeps out the officer\'s details: %s', (body, officer) => {
    const found = accounts(body);
    expect(found).toContain('fen_harrow.77');
    for (const o of officer) expect(found).not.toContain(o);
  });

  it.each([
    ['Preservation ID: 7730041\n\nOfficer T. Brennan named two users; the one we preserved is below.\nUser: fen_harrow.77', 'fen_harrow.77'],
    ['Preservation ID: 7730041\nThe account below has been preserved.\n\nAccount: brennan.t.1988@gmail.com\nName on account: T. Brennan', 'brennan.t.1988@gmail.com'],
    ['Preservation ID: 7730041\nThe account below has been preserved.\n\nTarget: brennan.t.1988@gmail.com\nDisplay name: Officer T. Brennan (impersonation)', 'brennan.t.1988@gmail.com'],
  ])('keeps the target: %s', (body, target) => {
    expect(accounts(body)).toContain(target);
  });
});

describe('"not covered" (by the preservation) denies the account it is said of, like "not preserved"', () => {
  const accounts = (body: string) => parse(body).accountIdentifiers;
  it.each([
    ['Reference: QX-PR-440912\nWe preserved the account @fen_harrow. The channel t.me/fenharrowdeals is public and is not covered.', 't.me/fenharrowdeals'],
    ['Reference: QX-PR-440912\nWe preserved the account @fen_harrow. The group https://t.me/fenharrow_chat isn\'t covered by this preservation.', 'https://t.me/fenharrow_chat'],
    ['Reference: QX-PR-440912\nThe account @fen_harrow has been preserved; the secondary account fen.harrow_old is not covered.', 'fen.harrow_old'],
    ['Référence : QX-PR-440912\nNous avons conservé le compte @fen_harrow. Le compte fen.harrow_old n\'est pas couvert par cette conservation.', 'fen.harrow_old'],
  ])('sets aside: %s', (body, denied) => {
    const found = accounts(body);
    expect(found).toContain('@fen_harrow');
    expect(found).not.toContain(denied);
  });

  it.each([
    ['Reference: QX-PR-440912\nThe account @fen_harrow is covered by the preservation.'],
    ['Reference: QX-PR-440912\nWe preserved the account @fen_harrow; content older than 180 days is not covered.'],
    ['Reference: QX-PR-440912\nThe account @fen_harrow, which your request covered, has been preserved.'],
  ])('keeps: %s', (body) => {
    expect(accounts(body)).toContain('@fen_harrow');
  });
});

describe('"On <date> we preserved" read across a line wrap between "On" and the date', () => {
  const dayOf = (body: string) => parse(body).confirmations[0]?.preservedOn;
  it.each([
    ['Thank you for your patience. On\n18 November 2026 we preserved the account fen_harrow.77. Reference: QX-PR-440912.', '2026-11-18'],
    ['Update: on\nMonday, 23 November 2026, Acme Platforms, Inc. preserved the records of @fen_harrow (reference QX-PR-440912).', '2026-11-23'],
    ['Your matter is closed. On\nNov 19, 2026, we froze the account fen_harrow.77 under reference QX-PR-440912.', '2026-11-19'],
  ])('states: %s', (body, day) => {
    expect(dayOf(body)).toMatchObject({ day, source: 'stated' });
  });

  it.each([
    ['We preserved the account fen_harrow.77 (reference QX-PR-440912). On\n18 November 2026 you wrote to us about a second account.'],
    ['Reference QX-PR-440912. Your request of\n18 November 2026 was received and the account fen_harrow.77 has been preserved.'],
    ['Reference QX-PR-440912. The account fen_harrow.77 has been preserved. It was created on\n18 November 2024 and we preserved what it holds.'],
  ])('no stated date: %s', (body) => {
    expect(dayOf(body)).toMatchObject({ day: '2026-11-25', source: 'email-date' });
  });
});

describe('"put/set/applied a (preservation) hold" as a verb of doing, the hold its object', () => {
  const dayOf = (body: string) => parse(body).confirmations[0]?.preservedOn;
  it.each([
    ['We put a preservation hold on the account fen_harrow.77 yesterday. Reference: QX-PR-440912.', '2026-11-24'],
    ['We put a hold on the account fen_harrow.77 on 20 November 2026 (reference QX-PR-440912).', '2026-11-20'],
    ['Our team set a legal hold on @fen_harrow on Monday. Reference QX-PR-440912.', '2026-11-23'],
  ])('states: %s', (body, day) => {
    expect(dayOf(body)).toMatchObject({ day, source: 'stated' });
  });

  it.each([
    ['You asked us on 20 November 2026 to put a hold on the account fen_harrow.77; it has been preserved (reference QX-PR-440912).'],
    ['The account fen_harrow.77 was put up for sale on 20 November 2026. We have preserved it (reference QX-PR-440912).'],
    ['Reference QX-PR-440912. We preserved the account fen_harrow.77. A hold set on 20 November 2026 by another team is unrelated.'],
  ])('no stated date: %s', (body) => {
    expect(dayOf(body)).toMatchObject({ day: '2026-11-25', source: 'email-date' });
  });
});

describe('"dated" said of the preservation\'s noun before it dates the preservation, not a letter', () => {
  const dayOf = (body: string) => parse(body).confirmations[0]?.preservedOn;
  it.each([
    ['Reference QX-PR-440912. The preservation of the account fen_harrow.77 is dated 20 November 2026.', '2026-11-20'],
    ['We have extended the preservation QX-PR-440912 of the account fen_harrow.77 by 90 days. The original preservation remains dated 31 August 2026.', '2026-08-31'],
    ['Reference QX-PR-440912: a hold on the account fen_harrow.77, dated 19 November 2026, is in place.', '2026-11-19'],
  ])('states: %s', (body, day) => {
    expect(dayOf(body)).toMatchObject({ day, source: 'stated' });
  });

  it.each([
    ['Your preservation request dated 18 November 2026 has been processed; the account fen_harrow.77 is preserved (reference QX-PR-440912).'],
    ['Reference QX-PR-440912. The account fen_harrow.77 has been preserved, as your preservation letter dated 18 November 2026 asked.'],
    ['Reference QX-PR-440912. The account fen_harrow.77 has been preserved. Our letter dated 18 November 2026 explains the preservation.'],
  ])('no stated date: %s', (body) => {
    expect(dayOf(body)).toMatchObject({ day: '2026-11-25', source: 'email-date' });
  });
});

describe('a reference printed in space-parted groups, where a file label gives it its whole line or the preservation names it in brackets', () => {
  it.each([
    ['OUR CASE NO : QX LE 2611 0093\nACCOUNT : fen_harrow.77\nSTATUS : PRESERVED ON 20/11/2026', 'QX LE 2611 0093'],
    ['The account fen_harrow.77 has been preserved.\n\nReference number:  QXP 2026 4471 09', 'QXP 2026 4471 09'],
    ['Preservation (QXP 2026 4471 09) completed for the account fen_harrow.77. Portal request QX-PORTAL-55012 is for your records only.', 'QXP 2026 4471 09'],
  ])('reads: %s', (body, reference) => {
    expect(parse(body).references).toEqual([reference]);
  });

  it.each([
    ['The account fen_harrow.77 has been preserved.\nReference: QX-PR-440912\nPhone on the account: +1 415 555 0134', ['QX-PR-440912']],
    ['The account fen_harrow.77 has been preserved under reference QX-PR-440912.\nYour case number: CPD 2026 1187 44', ['QX-PR-440912']],
    ['The account fen_harrow.77 has been preserved under reference QX-PR-440912. The case relates to flat AB 12 and 14 at 2026 Main St.', ['QX-PR-440912']],
  ])('takes no other run of groups: %s', (body, references) => {
    expect(parse(body).references).toEqual(references);
  });
});

describe('a list item numbered in brackets ("(2) u/x - reference …", "(b) …") is a sentence of its own, its accounts its reference\'s', () => {
  const byReference = (body: string) => Object.fromEntries(parse(body).confirmations.map((c) => [c.reference, c.accounts.map((a) => a.value)]));
  it.each([
    ['We have preserved the following accounts.\n\n(1) @fen_harrow - reference QX-PR-440911 - preserved 20 November 2026\n(2) @reed_lantern - reference QX-PR-440912 - preserved 20 November 2026'],
    ['We have preserved the following accounts:\n(a) account fen_harrow.77, our reference QX-PR-440911\n(b) account reed_lantern.2, our reference QX-PR-440912'],
    ['Preserved accounts, each with its reference\n (1) https://x.com/fen_harrow -> QX-PR-440911\n (2) https://x.com/reed_lantern -> QX-PR-440912'],
  ])('parts: %s', (body) => {
    const r = byReference(body);
    expect(Object.keys(r)).toEqual(['QX-PR-440911', 'QX-PR-440912']);
    expect(r['QX-PR-440911']!.some((a) => a.includes('fen_harrow'))).toBe(true);
    expect(r['QX-PR-440911']!.some((a) => a.includes('reed_lantern'))).toBe(false);
    expect(r['QX-PR-440912']!.some((a) => a.includes('reed_lantern'))).toBe(true);
    expect(r['QX-PR-440912']!.some((a) => a.includes('fen_harrow'))).toBe(false);
  });

  it.each([
    ['Reference QX-PR-440911 covers the accounts below, all preserved:\n(1) @fen_harrow\n(2) @reed_lantern'],
    ['We preserved the accounts @fen_harrow and @reed_lantern (reference QX-PR-440911):\n(a) both public\n(b) both active'],
    ['Reference: QX-PR-440911\nPreserved accounts:\n(1) @fen_harrow\n(2) @reed_lantern\n(3) none other'],
  ])('one reference keeps every account: %s', (body) => {
    expect(byReference(body)).toEqual({ 'QX-PR-440911': ['@fen_harrow', '@reed_lantern'] });
  });
});

describe('"user <id> (<name>)": the name in brackets right after an id an account word introduces is the same account\'s', () => {
  const accounts = (body: string) => parse(body).accountIdentifiers;
  it.each([
    ['Reference QX-PR-440912. We have preserved the data for user 809912345678901234 (fen_harrow) as requested.', 'fen_harrow'],
    ['Reference QX-PR-440912. The account 4471029384 (reedlantern) has been preserved.', 'reedlantern'],
    ['Reference QX-PR-440912. We extended the preservation for member ID 55120934 (quiet.moth) by 90 days.', 'quiet.moth'],
  ])('takes the name: %s', (body, name) => {
    expect(accounts(body)).toContain(name);
  });

  it.each([
    ['Reference QX-PR-440912. We have preserved the data for user 809912345678901234 (deleted) as requested.', 'deleted'],
    ['Reference QX-PR-440912. The account 4471029384 (public) has been preserved.', 'public'],
    ['Reference QX-PR-440912. We preserved the account fen_harrow. Order 4471029384 (receipt) is not an account.', 'receipt'],
  ])('takes no state or other word: %s', (body, word) => {
    expect(accounts(body)).not.toContain(word);
  });
});

describe('a line mapping a reference to one value with an arrow ("Reference X  -> y@…") is a row that speaks for itself', () => {
  const byReference = (body: string) => Object.fromEntries(parse(body).confirmations.map((c) => [c.reference, c.accounts.map((a) => a.value)]));
  it.each([
    ['We have preserved the following accounts as at 20/11/2026:\n\n  Reference QX-PR-440911  -> fen.harrow@gmx.example\n  Reference QX-PR-440912  -> reed.lantern@web.example', { 'QX-PR-440911': ['fen.harrow@gmx.example'], 'QX-PR-440912': ['reed.lantern@web.example'] }],
    ['Preserved, one reference each:\nQX-PR-440911 => https://x.com/fen_harrow\nQX-PR-440912 => https://x.com/reed_lantern', { 'QX-PR-440911': ['https://x.com/fen_harrow'], 'QX-PR-440912': ['https://x.com/reed_lantern'] }],
    ['Preservation done.\n\nQX-PR-440911 → fen.harrow@outlook.example\nQX-PR-440912 → @reed_lantern', { 'QX-PR-440911': ['fen.harrow@outlook.example'], 'QX-PR-440912': ['@reed_lantern'] }],
  ])('reads: %s', (body, expected) => {
    expect(byReference(body)).toEqual(expected);
  });

  it.each([
    ['Reference QX-PR-440911. We preserved the account fen_harrow.77.\nOur colleague (a.ruiz@provider-help.example) -> handled it.', 'a.ruiz@provider-help.example'],
    ['Reference QX-PR-440911. We preserved the account fen_harrow.77.\nQuestions -> write to a.ruiz@provider-help.example any time.', 'a.ruiz@provider-help.example'],
    ['Reference QX-PR-440911. We preserved the account fen_harrow.77.\nEscalations -> call +1 415 555 0100', '+1 415 555 0100'],
  ])('takes no other value: %s', (body, value) => {
    expect(parse(body).accountIdentifiers).not.toContain(value);
  });
});

describe('a system\'s prefixed id written whole ("dbid:AAC9x…", no space after the colon) is an identifier wherever it stands', () => {
  it.each([
    ['Reference QX-PR-440912\nPreserved, one per line:\n  QX-PR-440912  -> dbid:AAB7q2LmZ9xT4k0wPq', 'dbid:AAB7q2LmZ9xT4k0wPq'],
    ['Reference QX-PR-440912\n| Account | Status |\n|---|---|\n| dbid:AAB7q2LmZ9xT4k0wPq | preserved |', 'dbid:AAB7q2LmZ9xT4k0wPq'],
    ['Reference QX-PR-440912\nPreserved      dbid:AAB7q2LmZ9xT4k0wPq      20 Nov 2026', 'dbid:AAB7q2LmZ9xT4k0wPq'],
  ])('takes: %s', (body, value) => {
    expect(parse(body).accountIdentifiers).toContain(value);
  });

  it.each([
    ['Reference QX-PR-440911. We preserved the account fen_harrow.77.\nMessage trace msgid:20261120T0933Z7Kq is ours.', 'msgid:20261120T0933Z7Kq'],
    ['Reference QX-PR-440911. We preserved the account fen_harrow.77.\nSee https://help.example/docs/guid:A7B8C9D0E1F2G3 for details.', 'guid:A7B8C9D0E1F2G3'],
    ['Reference QX-PR-440911. We preserved the account fen_harrow.77. Your request came in as caseid:2026ABCD1234 on our intake.', 'caseid:2026ABCD1234'],
  ])('takes no other value: %s', (body, value) => {
    expect(parse(body).accountIdentifiers).not.toContain(value);
  });
});

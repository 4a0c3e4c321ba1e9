import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../register/email';
import { readSource } from '../../register/email/text';
import { findReferences } from '../../register/references';
import { providers } from '../../providers/registry';
import { anyText, dateText, longText, phoneText, referenceToken, soup } from './arbitraries';
import { runs } from '../support/runs';
import { budget, cpuMs } from '../support/cpu-budget';

/** What a reference looks like once found: starts with a letter or digit, separators only between them. */
const REFERENCE_SHAPE = /^[A-Za-z0-9](?:[A-Za-z0-9]|[-_/.](?=[A-Za-z0-9]))*$/;
/**
 * The e-mail reader also reads a reference printed in groups parted by single spaces ("WA-LER 2026 118 4471",
 * "Submission number: 7438 2291 0057"), as some notices write theirs: one space between groups, never at an end.
 */
const EMAIL_REFERENCE_SHAPE = /^[A-Za-z0-9](?:[A-Za-z0-9]|[-_/. ](?=[A-Za-z0-9]))*$/;
const BARE_DATE = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$|^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/;
const HOW = new Set(['labelled', 'case-labelled', 'format']);

/** A label a provider uses for its reference, right before a value. */
const REFERENCE_LABEL = fc.constantFrom('Reference: ', 'Ref #', 'Request ID: ', 'Ticket #', 'Confirmation number: ', 'Your reference number is ', 'Request number ', 'Case number: ');

function checkShape(text: string, exclude: string[] = []) {
  const found = findReferences(text, exclude);
  expect(found.length).toBeLessThanOrEqual(20);
  const seen = new Set<string>();
  for (const { reference, how } of found) {
    expect(HOW.has(how)).toBe(true);
    expect(reference).toMatch(REFERENCE_SHAPE);
    expect(reference.length).toBeGreaterThanOrEqual(4);
    expect(reference.length).toBeLessThanOrEqual(120);
    // Exactly as the text shows it.
    expect(text.slice(0, 500_000).includes(reference)).toBe(true);
    expect(seen.has(reference)).toBe(false);
    seen.add(reference);
    expect(reference).not.toMatch(BARE_DATE);
    expect(reference).not.toMatch(/^\+/);
  }
  return found;
}

describe('findReferences: untrusted text', () => {
  it('never throws; every reference is a plain token found verbatim; at most 20, no duplicates, no bare dates', () => {
    fc.assert(
      fc.property(anyText(600), (text) => {
        checkShape(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('the same on reference-rich text (labels, formats, dates, phones, markup)', () => {
    fc.assert(
      fc.property(soup(80), (text) => {
        checkShape(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('caps the result at 20 even on a page full of references', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(REFERENCE_LABEL, referenceToken), { minLength: 15, maxLength: 60 }), (pairs) => {
        checkShape(pairs.map(([l, r]) => `${l}${r}.`).join('\n'));
      }),
      { numRuns: 300 },
    );
  });

  it('on long text (up to 600,000 characters) it still answers within bounds', () => {
    fc.assert(
      fc.property(longText(600_000), (text) => {
        const started = performance.now();
        checkShape(text);
        expect(performance.now() - started).toBeLessThan(budget(8000));
      }),
      { numRuns: 300 },
    );
  });

  it('never offers an excluded number (the investigator’s own case number and accounts), in any letter case', () => {
    fc.assert(
      fc.property(soup(30), fc.array(fc.tuple(REFERENCE_LABEL, referenceToken), { minLength: 1, maxLength: 5 }), fc.boolean(), (prose, pairs, lower) => {
        const text = `${prose}\n${pairs.map(([l, r]) => `${l}${r}`).join('\n')}`;
        const exclude = pairs.map(([, r]) => (lower ? r.toLowerCase() : r));
        const found = checkShape(text, exclude).map((f) => f.reference.toLowerCase());
        for (const own of exclude) expect(found).not.toContain(own.trim().toLowerCase());
      }),
      { numRuns: 2000 },
    );
  });

  it('never offers a bare date, even right after a reference label', () => {
    fc.assert(
      fc.property(soup(20), REFERENCE_LABEL, dateText, fc.constantFrom('.', '', ' ', '\n', ','), (prose, label, date, end) => {
        const found = checkShape(`${prose}\n${label}${date}${end}`).map((f) => f.reference);
        expect(found).not.toContain(date);
      }),
      { numRuns: 2000 },
    );
  });

  it('never offers a phone number written among the page text (not introduced as a reference)', () => {
    const around = fc.constantFrom('Call ', 'Phone: ', 'For emergencies call ', '24/7 line ', 'Tel. ', 'Fax ', 'or ', '');
    fc.assert(
      fc.property(soup(20), around, phoneText, fc.constantFrom('.', '', ' ', '\n'), (prose, lead, phone, end) => {
        const found = checkShape(`${prose}\n${lead}${phone}${end}`).map((f) => f.reference);
        expect(found).not.toContain(phone);
        expect(found).not.toContain(phone.replace(/^\+/, ''));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds a labelled reference token that stands alone on its line', () => {
    const token = fc.oneof(
      fc.tuple(fc.constantFrom('DISC', 'ZM', 'LNKD', 'SNAP', 'LE'), fc.integer({ min: 10000, max: 99999999 })).map(([p, n]) => `${p}-${n}`),
      fc.integer({ min: 100000, max: 999999999 }).map(String),
    );
    fc.assert(
      fc.property(fc.constantFrom('Reference: ', 'Request ID: ', 'Ticket #', 'Confirmation number: ', 'Your reference number is '), token, (label, ref) => {
        expect(findReferences(`Thank you, your request was received.\n${label}${ref}\n`).map((f) => f.reference)).toContain(ref);
      }),
      { numRuns: 2000 },
    );
  });

  // Each candidate used to be compared with every earlier one: 0.9 s at 200,000 characters of distinct
  // format-shaped tokens or labelled numbers, 9 s at 495,000, on the portal page's own thread. Linear: ~0.1 s.
  it('stays linear on a page of tens of thousands of distinct reference-shaped tokens', () => {
    const shapes = fc.constantFrom((i: number) => `AB-${String(i).padStart(6, '0')} `, (i: number) => `Ref: ${String(i * 7919).padStart(8, '1')}\n`);
    fc.assert(
      fc.property(shapes, fc.integer({ min: 400_000, max: 495_000 }), (shape, size) => {
        let text = '';
        for (let i = 0; text.length < size; i++) text += shape(i);
        const started = performance.now();
        const found = findReferences(text);
        expect(found.length).toBeLessThanOrEqual(20);
        expect(performance.now() - started).toBeLessThan(budget(2500));
      }),
      { numRuns: 4, endOnFailure: true },
    );
  }, 60_000);

  // A confirmation page's text is read on the portal page's own thread (content script), up to 200,000
  // characters: a label followed by a run of white space (blank lines, <br>s, a <pre>) must not cost more than
  // a plain scan. A linear-time matcher answers these in well under a millisecond.
  it('answers quickly when a label is followed by a long run of white space (no catastrophic backtracking)', () => {
    const label = fc.constantFrom('Ticket', 'Request ID', 'Reference number', 'Case #', 'Confirmation', 'Ref.');
    const space = fc.constantFrom(' ', '\n', '\t', '\u00A0');
    fc.assert(
      fc.property(soup(10), label, space, fc.integer({ min: 6000, max: 8000 }), fc.constantFrom('', '!', '.', ' -'), (prose, l, ws, n, end) => {
        const text = `${prose}\n${l}${ws.repeat(n)}${end}`;
        const started = performance.now();
        findReferences(text);
        // Cubic backtracking on 6,000+ blanks takes tens of seconds; a linear scan, a millisecond. The wide margin
        // keeps a loaded CI machine from failing a correct matcher.
        expect(performance.now() - started).toBeLessThan(budget(1500));
      }),
      // A slow case is slow to shrink: report the first one as found.
      { numRuns: 100, endOnFailure: true },
    );
  });
});

const knownProviders = new Set(providers.map((p) => p.id));
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** E-mail-like text: headers, preservation wording, dates in any form, the soup. */
const emailText = fc
  .tuple(
    fc.option(fc.oneof(fc.constantFrom('From: records@facebook.com', 'From: lers-noreply@google.com', 'From: "X Corp" <legal@x.com>', 'From: <img src=x onerror=alert(1)>'), anyText(60).map((t) => `From: ${t}`))),
    fc.option(fc.oneof(dateText, anyText(40), fc.integer().map(String), fc.constantFrom('Mon, 23 Nov 2026 09:12:44 +0000', '99999999', '31 Feb 2026', 'year 275760', '+275760-09-13', 'Thu, 01 Jan 1970 00:00:00 GMT', 'in 100000 years')).map((t) => `Date: ${t}`)),
    fc.option(fc.oneof(dateText, anyText(40), fc.constantFrom('on 2026-11-20', 'on 31/12/99999', 'yesterday', 'on 0000-00-00')).map((t) => `The account was preserved ${t}.`)),
    fc.option(fc.oneof(dateText, anyText(40), fc.constantFrom('until 2027-02-20', 'until 275760-09-14', 'for 90 days')).map((t) => `The preservation was extended ${t}.`)),
    soup(40),
  )
  .map((parts) => parts.filter((p): p is string => p !== null).join('\n'));

describe('parseProviderEmail', () => {
  const check = (text: string) => {
    const record = parseProviderEmail(text, new Date('2026-11-22T12:00:00Z'));
    // Values are words of the text the reader reads: the paste with its no-break spaces read as spaces, its invisible
    // marks, quote marks and CRLF read away (their evidence quotes the paste as it is, below).
    const readable = readSource(text).text;
    expect(record.providerId === null || knownProviders.has(record.providerId)).toBe(true);
    expect(record.references.length).toBeLessThanOrEqual(20);
    for (const reference of record.references) {
      expect(reference).toMatch(EMAIL_REFERENCE_SHAPE);
      expect(text.includes(reference) || readable.includes(reference)).toBe(true);
    }
    if (record.preservedOn !== null) expect(record.preservedOn).toMatch(ISO_DAY);
    if (record.extendedUntil !== null) expect(record.extendedUntil).toMatch(ISO_DAY);
    expect(record.accountIdentifiers.length).toBeLessThanOrEqual(20);
    for (const account of record.accountIdentifiers) {
      expect(text.includes(account) || readable.includes(account)).toBe(true);
      expect(account.length).toBeLessThanOrEqual(80);
      // Gamertags and phone numbers hold spaces; no account spans lines.
      expect(account).not.toMatch(/[\r\n]/);
    }
    // Every prefilled value points at the words it came from.
    const evidences = [record.providerEvidence, record.emailDate?.evidence, ...record.confirmations.flatMap((c) => [c.evidence, c.preservedOn?.evidence, ...c.accounts.map((a) => a.evidence)])];
    for (const e of evidences) if (e) expect(text.slice(e.start, e.end)).toBe(e.quote);
    for (const c of record.confirmations) {
      if (c.preservedOn) expect(c.preservedOn.day).toMatch(ISO_DAY);
      // Never after the e-mail's own date: a stated date past it is implausible and proposes nothing.
      if (c.preservedOn && record.emailDate) expect(c.preservedOn.day <= record.emailDate.day).toBe(true);
    }
  };

  it('reads a spaced reference as one value of the text (a counterexample fast-check found: "Our case AA-000 AA-0000")', () => {
    const record = parseProviderEmail('Our case AA-000 AA-0000 ', new Date('2026-11-22T12:00:00Z'));
    expect(record.references).toEqual(['AA-000 AA-0000']);
    check('Our case AA-000 AA-0000 ');
  });

  it('never throws on any text; everything it proposes comes from the text', () => {
    fc.assert(
      fc.property(anyText(800), (text) => check(text)),
      { numRuns: 2000 },
    );
  });

  // 1,000 e-mails: past the suite's 30 s beside three other test runs (a timeout, not a budget).
  it('never throws on e-mail-like text with odd dates; dates it proposes are YYYY-MM-DD', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(emailText, (text) => check(text)),
      { numRuns: 1000 },
    );
  });

  // The paste box reads up to 200,000 characters on the dashboard's thread.
  // 4 keywords x 3 blanks: 40 calls meet each pairing; `npm run fuzz` makes 300.
  it('answers quickly when one of its keywords is followed by a long run of white space', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.constantFrom('account', 'username', 'profile id', 'Accounts'), fc.constantFrom(' ', '\n', '\t'), fc.integer({ min: 60_000, max: 80_000 }), (word, ws, n) => {
        const started = performance.now();
        parseProviderEmail(`From: records@facebook.com\n${word}${ws.repeat(n)}.`);
        // Quadratic scanning of 60,000+ blanks takes seconds; linear, milliseconds. Wide margin for loaded machines.
        expect(performance.now() - started).toBeLessThan(budget(1500));
      }),
      { numRuns: runs(40, 300), endOnFailure: true },
    );
  });

  // Each text of up to 300,000 characters reads in about a second: 30 of them in `npm test`, 300 in `npm run fuzz`
  // (a timeout, not a budget: per-call time is bounded below).
  it('handles long pasted text (up to 300,000 characters)', () => {
    fc.assert(
      fc.property(longText(300_000), (text) => check(text)),
      { numRuns: runs(30, 300) },
    );
  }, 300_000);

  // Issue 9.9: a long Date: line took 2.1 s. Every step is linear and bounded: each hostile shape answers well
  // within a budget generous for a loaded machine (the quadratic versions take seconds).
  const HOSTILE_UNITS = ['Date: ', 'Mon, 23 Nov 2026 ', '11/10/2026 ', 'Nov ', 'user ID 1234567 ', 'a@b.example ', '@ab ', '\n> ', '\r\n', '=\n=3D', 'From: x\n', 'On Mon wrote:\n', '-----Original Message-----\n', 'preserved on ', 'as of ', ' ', 'username ', 'Gamertag: ', 'phone number +1 '];
  // Retried: on this 2-core machine a whole suite's run once took a call past the budget (2.8 s of the process's CPU,
  // its other threads counted); a quadratic step fails every try.
  it('answers within budget on a 200,000-character Date: line and other hostile shapes', { retry: 2, timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...HOSTILE_UNITS), fc.constantFrom('Date: ', 'From: ', 'Subject: ', ''), fc.integer({ min: 150_000, max: 200_000 }), (unit, prefix, n) => {
        const text = `From: records@facebook.com\n${prefix}${unit.repeat(Math.ceil(n / unit.length)).slice(0, n)}\n\nPreserved on November 20, 2026.`;
        // CPU time, not the clock: the full suite's other workers on a 2-core machine once took this call past the
        // budget by the clock (the slowest shape reads in 0.4-0.7 s of CPU beside three other test runs). The process's
        // CPU counts the other workers' threads too: in a fresh clone's CI "username " x 185,000 read in 1.5-1.75 s where
        // it reads in 0.4-0.5 s alone. So the better of two reads, under 2.5 s: a quadratic step at 200,000 characters
        // takes far longer, in both reads.
        const cpu = () => cpuMs(() => check(text));
        // A second read only when the first was over: a quadratic step is over in both.
        const first = cpu();
        expect(first < budget(2500) ? first : Math.min(first, cpu())).toBeLessThan(budget(2500));
      }),
      { numRuns: runs(40, 120), endOnFailure: true },
    );
  });

  // Every white-space line, not a random draw of it: a line of 150,000 spaces once sent a transcript pattern into
  // minutes of backtracking (round 18's ENTRY), and a random draw met it in about half the runs.
  it.each([' ', '\t', ' \t', '\u00a0 '])('answers within budget on a 150,000-character line of %j under each header', (unit) => {
    for (const prefix of ['Date: ', 'From: ', 'Subject: ', '', '[', 'Agent ']) {
      const text = `From: records@facebook.com\n${prefix}${unit.repeat(Math.ceil(150_000 / unit.length)).slice(0, 150_000)}x\n\nPreserved on November 20, 2026.`;
      expect(cpuMs(() => check(text)), JSON.stringify(prefix)).toBeLessThan(budget(1500));
    }
  }, 120_000);
});

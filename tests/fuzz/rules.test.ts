import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { checkFormRequestSchema } from '../../messages/protocol';
import { PAGE_KINDS } from '../../providers/page-kinds';
import { providers } from '../../providers/registry';
import { FIELD_ROLES } from '../../recognition/field-roles';
import type { ControlKind } from '../../recognition/labels';
import { analyzeNarrative, MAX_ANALYZED_CHARS, type NarrativeAnalysis } from '../../rules/emergency/lib/narrative';
import { runRules } from '../../rules/engine';
import { providerById } from '../../providers/registry';
import { snowflakeDate as decodeSnowflake } from '../../rules/identifiers/lib/snowflake';
import { checkHashes } from '../../rules/identifiers/hash-format';
import { ipAddressesIn, timestampParts } from '../../rules/identifiers/ip-timestamp';
import { phoneCandidate } from '../../rules/identifiers/phone-e164';
import { identifierTokens } from '../../rules/identifiers/lib/tokens';
import { parseReportIds } from '../../rules/ncmec/lib/report-ids';
import { rules } from '../../rules/registry';
import type { FieldSnapshot, FormSnapshot } from '../../rules/types';
import { anyText, dateText, HOSTILE_SNIPPETS, hexText, ipv4Text, ipv6Text, longText, phoneText, soup, timeText } from './arbitraries';
import { runs } from '../support/runs';

// Property-based tests of the checks' parsers (rules/) and of the rule engine over arbitrary snapshots.

const NOW = new Date('2026-11-22T12:00:00Z');


const DISCORD_EPOCH_MS = providerById('discord')!.snowflakeIds!.epochMs;
const snowflakeDate = (id: string) => decodeSnowflake(id, DISCORD_EPOCH_MS);

describe('parseReportIds (NCMEC CyberTipline numbers)', () => {
  const reportField = fc.oneof(
    anyText(400),
    fc.array(fc.oneof(fc.bigInt({ min: 0n, max: 10n ** 12n }).map(String), anyText(12)), { maxLength: 30 }).chain((parts) =>
      fc.array(fc.constantFrom(',', ';', ' ', '\n', ', ', ' ;\t'), { minLength: parts.length, maxLength: parts.length }).map((seps) => parts.map((p, i) => p + seps[i]).join('')),
    ),
  );

  it('ids are unique digit strings from the input; invalid pieces are (prefixes of) input pieces; bounded', () => {
    fc.assert(
      fc.property(reportField, (text) => {
        const { ids, invalid } = parseReportIds(text);
        const pieces = text.split(/[,;\s]+/).filter(Boolean);
        expect(ids.length + invalid.length).toBeLessThanOrEqual(500);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) {
          expect(id).toMatch(/^\d+$/);
          expect(pieces).toContain(id);
        }
        for (const piece of invalid) {
          expect(piece.length).toBeGreaterThan(0);
          expect(piece.length).toBeLessThanOrEqual(40);
          expect(piece).not.toMatch(/^\d+$/);
          expect(pieces.some((p) => p.startsWith(piece))).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent: reading the ids it read, joined, gives the same ids and nothing invalid', () => {
    fc.assert(
      fc.property(reportField, fc.constantFrom(', ', '\n', ';', ' '), (text, sep) => {
        const { ids } = parseReportIds(text);
        expect(parseReportIds(ids.join(sep))).toEqual({ ids, invalid: [] });
      }),
      { numRuns: 2000 },
    );
  });

  it('separators do not matter: the same numbers with other separators read the same', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 0n, max: 10n ** 15n }).map(String), { maxLength: 50 }), fc.constantFrom(', ', '\n', ';', ' ', ' ;\r\n'), (numbers, sep) => {
        const unique = [...new Set(numbers)];
        expect(parseReportIds(numbers.join(sep)).ids).toEqual(unique);
      }),
      { numRuns: 2000 },
    );
  });

  it('stays bounded on huge input', () => {
    fc.assert(
      fc.property(longText(300_000), (text) => {
        const { ids, invalid } = parseReportIds(text);
        expect(ids.length + invalid.length).toBeLessThanOrEqual(500);
      }),
      { numRuns: 300 },
    );
  });
});

describe('ipAddressesIn / timestampParts', () => {
  const ipLine = fc
    .array(fc.oneof(ipv4Text, ipv6Text, dateText, timeText, fc.constantFrom('UTC', 'GMT', 'Z', '+01:00', 'PST', 'at', 'on', '::', ':::', '1::2::3', '999.1.1.1', '01.02.03.04'), anyText(20)), { maxLength: 20 })
    .map((parts) => parts.join(' '));
  const ipText = fc.oneof(anyText(600), fc.array(ipLine, { maxLength: 20 }).map((lines) => lines.join('\n')));

  it('every address is valid, occurs in its line, and the line is a line of the input; at most 50', () => {
    fc.assert(
      fc.property(ipText, (text) => {
        const found = ipAddressesIn(text);
        expect(found.length).toBeLessThanOrEqual(50);
        const lines = text.slice(0, 100_000).split('\n');
        for (const { ip, line } of found) {
          expect(line.includes(ip)).toBe(true);
          expect(lines).toContain(line);
          expect(ipaddr.isValid(ip)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('finds every well-formed IPv4 address standing alone', () => {
    fc.assert(
      fc.property(fc.ipV4(), fc.constantFrom(' ', ', ', '\t'), anyText(20), (ip, sep, noise) => {
        const clean = noise.replace(/[\d.]/g, '');
        const found = ipAddressesIn(`seen ${ip}${sep}${clean}`).map((f) => f.ip);
        expect(found).toContain(ip);
      }),
      { numRuns: 2000 },
    );
  });

  it('timestampParts never throws and answers three booleans; a named zone counts as a zone', () => {
    fc.assert(
      fc.property(ipLine, fc.boolean(), (line, withZone) => {
        const text = withZone ? `${line} UTC` : line;
        const parts = timestampParts(text, NOW);
        expect(Object.keys(parts).sort()).toEqual(['date', 'time', 'zone']);
        for (const v of Object.values(parts)) expect(typeof v).toBe('boolean');
        if (withZone) expect(parts.zone).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('timestampParts on any text (up to 2,000 characters) never throws', () => {
    fc.assert(
      fc.property(anyText(2000), (line) => {
        timestampParts(line, NOW);
      }),
      { numRuns: 1000 },
    );
  });

  it('ipAddressesIn stays bounded on huge input', () => {
    fc.assert(
      fc.property(longText(300_000), (text) => {
        expect(ipAddressesIn(text).length).toBeLessThanOrEqual(50);
      }),
      { numRuns: 300 },
    );
  });
});

describe('checkHashes', () => {
  const hashField = fc.oneof(
    anyText(400),
    fc
      .array(fc.tuple(fc.constantFrom('', 'md5:', 'sha1=', 'SHA-256:', 'sha-1:', 'sha256='), hexText), { maxLength: 20 })
      .chain((items) => fc.constantFrom('\n', ', ', ';', ' ').map((sep) => items.map(([p, h]) => p + h).join(sep))),
  );

  it('one result per piece (at most 200), each value a piece of the input; problem xor algorithm; the algorithm fits the length', () => {
    fc.assert(
      fc.property(hashField, (text) => {
        const results = checkHashes(text);
        const pieces = text.split(/[\s,;]+/).filter(Boolean);
        expect(results.length).toBe(Math.min(200, pieces.length));
        results.forEach((r, i) => {
          expect(r.value).toBe(pieces[i]);
          expect((r.problem === null) !== (r.algorithm === null)).toBe(true);
          if (r.algorithm) {
            const hex = r.value.replace(/^(?:md5|sha-?1|sha-?256)[:=]/i, '');
            expect(hex).toMatch(/^[0-9a-f]+$/i);
            expect({ MD5: 32, 'SHA-1': 40, 'SHA-256': 64 }[r.algorithm]).toBe(hex.length);
          }
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent: re-reading the values it returned gives the same results', () => {
    fc.assert(
      fc.property(hashField, fc.constantFrom('\n', ', ', ' '), (text, sep) => {
        const results = checkHashes(text);
        expect(checkHashes(results.map((r) => r.value).join(sep))).toEqual(results);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts every full-length hex hash', () => {
    fc.assert(
      fc.property(fc.constantFrom(32, 40, 64).chain((n) => fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF'), minLength: n, maxLength: n })), (hash) => {
        expect(checkHashes(hash)).toEqual([{ value: hash, problem: null, algorithm: { 32: 'MD5', 40: 'SHA-1', 64: 'SHA-256' }[hash.length] }]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('phoneCandidate', () => {
  const token = fc.oneof(anyText(40), phoneText, ipv4Text, dateText, fc.tuple(fc.constantFrom('tel:', 'phone:', 'Mobile: ', 'cell:', ''), phoneText).map(([a, b]) => a + b));

  it('answers null or the number as written: 7 to 15 digits, not a bare digit run, IPv4 address or date', () => {
    fc.assert(
      fc.property(token, (t) => {
        const candidate = phoneCandidate(t);
        if (candidate === null) return;
        expect(t.includes(candidate)).toBe(true);
        const digits = candidate.replace(/\D/g, '');
        expect(digits.length).toBeGreaterThanOrEqual(7);
        expect(digits.length).toBeLessThanOrEqual(15);
        expect(candidate).not.toMatch(/^\d+$/);
        expect(candidate).not.toMatch(/^\d{1,3}(?:\.\d{1,3}){3}$/);
        expect(candidate).not.toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(candidate).toBe(candidate.trim());
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent: a candidate is its own candidate', () => {
    fc.assert(
      fc.property(token, (t) => {
        const candidate = phoneCandidate(t);
        if (candidate !== null) expect(phoneCandidate(candidate)).toBe(candidate);
      }),
      { numRuns: 2000 },
    );
  });

  it('works on the tokens of any account field', () => {
    fc.assert(
      fc.property(fc.oneof(soup(40), longText(60_000)), (text) => {
        const tokens = identifierTokens(text);
        expect(tokens.length).toBeLessThanOrEqual(200);
        for (const t of tokens) phoneCandidate(t);
      }),
      { numRuns: 300 },
    );
  });
});

describe('snowflakeDate', () => {
  it('is null for anything but 17 to 20 digits', () => {
    fc.assert(
      fc.property(anyText(30), (text) => {
        if (!/^\d{17,20}$/.test(text)) expect(snowflakeDate(text)).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it('decodes every 17-20 digit id to a valid date at or after the Discord epoch, exactly the id’s top bits', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 10n ** 16n, max: 10n ** 20n - 1n }), (id) => {
        const date = snowflakeDate(id.toString());
        expect(date).not.toBeNull();
        expect(Number.isNaN(date!.getTime())).toBe(false);
        expect(date!.getTime()).toBeGreaterThanOrEqual(DISCORD_EPOCH_MS);
        expect(BigInt(date!.getTime() - DISCORD_EPOCH_MS)).toBe(id >> 22n);
        expect(() => date!.toISOString()).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });

  it('is monotonic: a larger id never decodes to an earlier date', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 10n ** 16n, max: 10n ** 20n - 1n }), fc.bigInt({ min: 10n ** 16n, max: 10n ** 20n - 1n }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(snowflakeDate(lo.toString())!.getTime()).toBeLessThanOrEqual(snowflakeDate(hi.toString())!.getTime());
      }),
      { numRuns: 2000 },
    );
  });
});

// ---- The emergency narrative ----

const PARTS = ['harm', 'imminence', 'timeframe', 'nexus', 'personAtRisk'] as const;

/** Emergency-narrative words: harm, negation, imminence, times, purpose, people, resolution, sentence breaks. */
const narrativePiece = fc.oneof(
  fc.constantFrom(
    'He threatened to kill her',
    'she is not in danger',
    'no threat to life',
    'she was found safe',
    'the suspect will shoot',
    'tonight',
    'at 21:40 UTC on 22 Nov 2026',
    'posted 30 minutes ago',
    'We need the IP logs to locate him',
    'so officers can find the child',
    'a 14-year-old girl',
    'his ex-partner J.D., 34',
    'named Maria',
    'Mr. Smith',
    'is still missing',
    'whether or not',
    'for charging purposes',
    'Dr. No',
    'U.S.C.',
    'e.g.',
    '2140hrs',
    'on Friday',
    'between 2026-01-01 and 2026-02-01',
    'DOB 01/02/2010',
    'overdose',
    'pills are ready',
  ),
  fc.constantFrom(...HOSTILE_SNIPPETS),
  fc.constantFrom('. ', '! ', '? ', '\n', '\n\n', ', ', '; ', ' — ', ' '),
  anyText(30),
);
const narrative = fc.array(narrativePiece, { maxLength: 60 }).map((p) => p.join(' '));

function checkAnalysis(text: string, result: NarrativeAnalysis): void {
  const analyzed = text.slice(0, MAX_ANALYZED_CHARS);
  expect(result.truncated).toBe(text.length > MAX_ANALYZED_CHARS);
  expect(result.analyzedChars).toBe(analyzed.length);
  for (const part of PARTS) {
    const evidence = result[part];
    if (evidence === null) continue;
    expect(typeof evidence.text).toBe('string');
    expect(evidence.text.length).toBeGreaterThan(0);
    expect(evidence.text.length).toBeLessThanOrEqual(160);
    // The words that satisfied the check, as written.
    expect(analyzed.includes(evidence.text)).toBe(true);
  }
  // Imminence and the data's purpose only mean something for a stated danger.
  if (result.harm === null) {
    expect(result.imminence).toBeNull();
    expect(result.nexus).toBeNull();
  }
}

describe('analyzeNarrative', () => {
  it('never throws on arbitrary unicode; evidence is text of the input; no imminence or nexus without harm', () => {
    fc.assert(
      fc.property(anyText(1000), (text) => {
        checkAnalysis(text, analyzeNarrative(text, NOW));
      }),
      { numRuns: 2000 },
    );
  });

  it('the same on narrative-like text', () => {
    fc.assert(
      fc.property(narrative, (text) => {
        checkAnalysis(text, analyzeNarrative(text, NOW));
      }),
      { numRuns: 1000 },
    );
  });

  it('is deterministic for a given reference time', () => {
    fc.assert(
      fc.property(narrative, (text) => {
        expect(analyzeNarrative(text, NOW)).toEqual(analyzeNarrative(text, NOW));
      }),
      { numRuns: 300 },
    );
  });

  // Each run reads 240,000 characters twice over (about 50 ms on a quiet 2-core machine): few runs, a generous
  // timeout. The tail is narrative too, so that reading past the limit would change the answer.
  it('reads only the first 120,000 characters: what follows changes nothing', { timeout: 180_000 }, () => {
    fc.assert(
      fc.property(narrative, fc.oneof(anyText(200), narrative), (text, tail) => {
        const head = text.padEnd(MAX_ANALYZED_CHARS, ' x');
        const a = analyzeNarrative(head, NOW);
        const b = analyzeNarrative(head + tail, NOW);
        expect({ ...b, truncated: false, analyzedChars: 0 }).toEqual({ ...a, truncated: false, analyzedChars: 0 });
      }),
      // Two 120,000-character reads a case, about two seconds: 8 in `npm test`, 40 in `npm run fuzz`.
      { numRuns: runs(8, 40) },
    );
  });

  // Shapes that once took minutes: a time repeated through one "sentence" with no stops (each time looked back over
  // everything before it). The random long texts meet them only now and then; these meet them every run.
  it.each(['on Friday ', '2140hrs ', 'tonight ', 'He threatened to kill her on Friday '])('reads %j repeated over 120,000 characters in bounded time', (piece) => {
    const text = piece.repeat(Math.ceil(120_000 / piece.length));
    const started = performance.now();
    checkAnalysis(text, analyzeNarrative(text, NOW));
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('handles texts up to 250,000 characters in bounded time', () => {
    // Mostly short texts, one in eight between 120,000 and 250,000 characters.
    const sized = fc.oneof({ arbitrary: longText(5_000), weight: 7 }, { arbitrary: fc.tuple(narrative, fc.integer({ min: 120_000, max: 250_000 })).map(([t, n]) => (t || 'x').repeat(Math.ceil(n / Math.max(1, t.length))).slice(0, n)), weight: 1 });
    fc.assert(
      fc.property(sized, (text) => {
        const started = performance.now();
        const result = analyzeNarrative(text, NOW);
        // A catastrophic pattern takes minutes here; a loaded CI machine may take a few seconds for a correct one.
        expect(performance.now() - started).toBeLessThan(10_000);
        checkAnalysis(text, result);
      }),
      // About 12 long texts among 100 (40 among 300 in `npm run fuzz`): enough to meet a slow pattern.
      { numRuns: runs(100, 300) },
    );
  }, 120_000);
});

// ---- The rule engine ----

const KINDS: ControlKind[] = ['text', 'textarea', 'editable', 'select', 'checkbox', 'radio', 'date', 'file'];
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
const ruleIds = new Set(rules.map((r) => r.id));

/** Values that make the rules work: identifiers, dates, narratives, hashes, report numbers, and garbage. */
const value = fc.oneof(
  anyText(200),
  soup(30),
  fc
    .tuple(
      fc.array(
        fc.oneof(phoneText, ipv4Text, ipv6Text, dateText, timeText, hexText, fc.bigInt({ min: 10n ** 16n, max: 10n ** 20n - 1n }).map(String), fc.constantFrom(...HOSTILE_SNIPPETS), fc.constantFrom('UTC', '@someone', 'https://instagram.com/some.one', `https://x.com/${'a'.repeat(20)}`, 'tel:+15555550123', '0044 20 7946 0958')),
        { maxLength: 12 },
      ),
      fc.constantFrom('\n', ', ', ' ', '; '),
    )
    .map(([parts, sep]) => parts.join(sep)),
  fc.constantFrom('He threatened to kill her tonight at 21:40 UTC. We need the IP logs to locate him. The victim is a 14-year-old girl.', 'no threat to life', 'CyberTip 123456789', '123456789, 987654321', 'in 300000 years', '275760-09-14', '0000-00-00', '9999-99-99', 'yesterday', '1 Oct 2026 to 20 Nov 2026', 'from 20 Nov 2026 to 1 Oct 2026', 'last 100000 years'),
);

const fileArb = fc.record({
  name: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('photo.jpg', 'clip.MP4', 'scan.pdf', '<img src=x onerror=alert(1)>.png', 'a'.repeat(500))),
  type: fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('image/jpeg', 'video/mp4', 'application/pdf', '')),
  size: fc.nat(),
});

const fieldArb = (key: string) =>
  fc.record({
    role: fc.option(fc.constantFrom(...FIELD_ROLES), { nil: null, freq: 3 }),
    kind: fc.constantFrom(...KINDS),
    label: fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('Instagram username', 'X handle', 'Child exploitation?', 'Emergency description', 'Hashes', ...HOSTILE_SNIPPETS)),
    value,
    checked: fc.option(fc.boolean(), { nil: null }),
    files: fc.array(fileArb, { maxLength: 3 }),
  }).map((f): FieldSnapshot => ({ key, ...f }));

/** A snapshot the content script could send: valid against the message schema. */
const snapshotArb: fc.Arbitrary<FormSnapshot> = fc
  .record({
    providerId: fc.constantFrom(...providers.map((p) => p.id)),
    page: fc.constantFrom(...PAGE_KINDS),
    count: fc.integer({ min: 0, max: 12 }),
  })
  .chain(({ providerId, page, count }) =>
    fc.tuple(...Array.from({ length: count }, (_, i) => fieldArb(`f${i}`))).map((fields) => ({ providerId, page, fields })),
  );

/** Profile URLs as investigators paste them: whole, truncated mid-escape, with odd characters. */
const profileUrl = fc
  .tuple(
    fc.constantFrom('https://instagram.com/', 'https://www.instagram.com/', 'instagram.com/', 'https://x.com/', 'twitter.com/@', 'https://facebook.com/'),
    fc.array(fc.oneof(fc.stringMatching(/^[a-z0-9._]{1,8}$/), fc.constantFrom('%', '%E0', '%E0%A4%A', '%ZZ', '%20', '%C3%A9', '%F0%9F%98', '%25', 'é', '<svg/onload=alert(1)>')), { minLength: 1, maxLength: 4 }),
  )
  .map(([host, parts]) => host + parts.join(''));

describe('runRules on arbitrary, schema-valid snapshots', () => {
  it('the account checks never fail on a pasted profile URL (truncated percent-escapes included)', () => {
    fc.assert(
      fc.property(fc.constantFrom('meta', 'x', 'discord', 'google'), fc.array(profileUrl, { minLength: 1, maxLength: 4 }), fc.constantFrom('Target account', 'Instagram username', 'X handle'), (providerId, urls, label) => {
        const snapshot: FormSnapshot = {
          providerId,
          page: 'preservation',
          fields: [{ key: 'f0', role: 'account-identifier', kind: 'textarea', label, value: urls.join('\n'), checked: null, files: [] }],
        };
        const findings = runRules(snapshot, providers.find((p) => p.id === providerId)!.facts, { now: NOW });
        for (const finding of findings) expect(finding.message).not.toMatch(/^This check failed and was skipped/);
      }),
      { numRuns: 2000 },
    );
  });


  it('never lets a rule fail; every finding is well formed, points at a field of the form, and is sorted by severity', () => {
    fc.assert(
      fc.property(snapshotArb, fc.subarray([...ruleIds]), (snapshot, disabled) => {
        expect(checkFormRequestSchema.safeParse({ type: 'check-form', snapshot }).success).toBe(true);
        const facts = providers.find((p) => p.id === snapshot.providerId)!.facts;
        const findings = runRules(snapshot, facts, { now: NOW, disabled });
        const keys = new Set(snapshot.fields.map((f) => f.key));
        for (const finding of findings) {
          expect(ruleIds.has(finding.ruleId)).toBe(true);
          expect(disabled).not.toContain(finding.ruleId);
          expect(rules.find((r) => r.id === finding.ruleId)!.pages).toContain(snapshot.page);
          expect(['error', 'warning', 'info']).toContain(finding.severity);
          expect(typeof finding.message).toBe('string');
          expect(finding.message.length).toBeGreaterThan(0);
          // A rule that throws is turned into this note by the engine: it must never happen.
          expect(finding.message).not.toMatch(/^This check failed and was skipped/);
          if (finding.fieldKey !== null) expect(keys.has(finding.fieldKey)).toBe(true);
          for (const line of finding.details ?? []) expect(typeof line).toBe('string');
        }
        for (let i = 1; i < findings.length; i++) {
          expect(SEVERITY_ORDER[findings[i - 1]!.severity]).toBeLessThanOrEqual(SEVERITY_ORDER[findings[i]!.severity]);
        }
        // Bounded: per field the rules cap what they report (50 IPs, 200 identifier tokens, 10 hashes...).
        expect(findings.length).toBeLessThanOrEqual(rules.length + snapshot.fields.length * 300);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic for a given time, and disabling every rule silences it', () => {
    fc.assert(
      fc.property(snapshotArb, (snapshot) => {
        const facts = providers.find((p) => p.id === snapshot.providerId)!.facts;
        expect(runRules(snapshot, facts, { now: NOW })).toEqual(runRules(snapshot, facts, { now: NOW }));
        expect(runRules(snapshot, facts, { now: NOW, disabled: [...ruleIds] })).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of unrelated fields for which rules fire (same set of rule ids)', () => {
    fc.assert(
      fc.property(snapshotArb, (snapshot) => {
        const facts = providers.find((p) => p.id === snapshot.providerId)!.facts;
        const forward = runRules(snapshot, facts, { now: NOW });
        const reversed = runRules({ ...snapshot, fields: [...snapshot.fields].reverse() }, facts, { now: NOW });
        // Which field holds the narrative or the range can move with the order; the checks that apply do not
        // disappear for a rule that reads every field.
        const everyField = ['ncmec/report-id-format', 'identifiers/hash-format', 'identifiers/phone-e164', 'identifiers/ip-timestamp', 'csam/no-attachment'];
        const ids = (fs: typeof forward) => [...new Set(fs.map((f) => f.ruleId).filter((id) => everyField.includes(id)))].sort();
        expect(ids(reversed)).toEqual(ids(forward));
      }),
      { numRuns: 300 },
    );
  });
});

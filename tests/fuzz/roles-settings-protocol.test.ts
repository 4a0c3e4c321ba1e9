import fc from 'fast-check';
import { LANGUAGE_SETTINGS } from '../../i18n/types';
import { describe, expect, it } from 'vitest';
import { checkFormRequestSchema, fieldSnapshotSchema } from '../../messages/protocol';
import { PAGE_KINDS } from '../../providers/page-kinds';
import { classifyRole, FIELD_ROLES, type FieldRole } from '../../recognition/field-roles';
import type { ControlKind } from '../../recognition/labels';
import { DEFAULT_SETTINGS, parseSettings, settingsSchema } from '../../storage/settings';
import { anyText, HOSTILE_SNIPPETS } from './arbitraries';
import { runs } from '../support/runs';

const KINDS: ControlKind[] = ['text', 'textarea', 'editable', 'select', 'checkbox', 'radio', 'date', 'file'];
const TEXTUAL: ControlKind[] = ['text', 'textarea', 'editable'];
const CHOICE: ControlKind[] = ['checkbox', 'radio', 'select'];
/** The controls each role can belong to (field-roles.ts). */
const KINDS_OF_ROLE: Record<FieldRole, ControlKind[]> = {
  'hash-values': TEXTUAL,
  'ncmec-report-ids': TEXTUAL,
  'non-disclosure': [...CHOICE, 'file', 'text', 'textarea'],
  'child-safety-flag': CHOICE,
  'request-type': ['select', 'radio'],
  'emergency-description': TEXTUAL,
  'date-range': TEXTUAL,
  'date-start': ['date', 'text'],
  'date-end': ['date', 'text'],
  'case-number': ['text'],
  'account-identifier': TEXTUAL,
  'file-upload': ['file'],
};

const LABEL_WORDS = [
  'Case number',
  'Target account',
  'Username',
  'NCMEC report',
  'CyberTip #',
  'Describe the emergency',
  'Do not notify the user',
  '2705(b) order',
  'Child exploitation',
  'Request type',
  'Start date',
  'End date',
  'Date range',
  'Hash (MD5)',
  'Officer e-mail',
  'Your phone',
  'E-mail',
  'Filter by',
  'Sign in',
  'Upload',
  'From',
  'Through',
];
const labelText = fc.oneof(
  anyText(200),
  fc.array(fc.oneof(fc.constantFrom(...LABEL_WORDS), fc.constantFrom(...HOSTILE_SNIPPETS), anyText(10)), { maxLength: 8 }).map((p) => p.join(' ')),
  // Pages can carry absurd labels; the locator caps them at 300 characters but classifyRole must not care.
  fc.tuple(fc.constantFrom(...LABEL_WORDS), fc.integer({ min: 1_000, max: 20_000 }), fc.constantFrom('a', ' ', '\u200B', 'é', '1')).map(([w, n, c]) => w + c.repeat(n)),
);
const roleInput = fc.record({
  kind: fc.constantFrom(...KINDS),
  names: fc.array(labelText, { maxLength: 6 }),
  context: labelText,
  optionTexts: fc.option(fc.array(fc.oneof(fc.constantFrom('Preservation', 'Emergency disclosure', 'Subpoena', 'Court order'), anyText(30)), { maxLength: 10 }), { nil: undefined }),
  inRequestForm: fc.option(fc.boolean(), { nil: undefined }),
});

describe('classifyRole on arbitrary label strings', () => {
  it('answers null or a known role that fits the kind of control; deterministic', () => {
    fc.assert(
      fc.property(roleInput, (input) => {
        const role = classifyRole(input);
        expect(classifyRole(input)).toBe(role);
        if (role === null) return;
        expect(FIELD_ROLES).toContain(role);
        expect(KINDS_OF_ROLE[role]).toContain(input.kind);
      }),
      { numRuns: runs(600, 2000) },
    );
  });

  it('a file input always has a role', () => {
    fc.assert(
      fc.property(roleInput, (input) => {
        expect(classifyRole({ ...input, kind: 'file' })).not.toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it('a field in the requester’s own section is never taken for a target account', () => {
    fc.assert(
      fc.property(roleInput, fc.constantFrom('Your details', 'Requesting officer', 'Agency contact', 'Officer information'), (input, context) => {
        expect(classifyRole({ ...input, context })).not.toBe('account-identifier');
      }),
      { numRuns: runs(600, 2000) },
    );
  });
});

const settingsArb = fc.record({
  disabledProviders: fc.array(fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/), { maxLength: 5 }),
  guideCollapsed: fc.boolean(),
  disabledRules: fc.array(fc.stringMatching(/^[a-z0-9-]{1,10}\/[a-z0-9-]{1,10}$/), { maxLength: 5 }),
  reminderDays: fc.array(fc.integer({ min: 0, max: 365 }), { maxLength: 10 }),
  lockIdleMinutes: fc.integer({ min: 1, max: 1440 }),
  country: fc.constantFrom(null, 'DE', 'US', 'GB', 'DK', 'BR'),
  authority: fc.constantFrom(null, 'police', 'prosecutor', 'judge'),
  language: fc.constantFrom(...LANGUAGE_SETTINGS),
});

describe('parseSettings', () => {
  it('any stored value gives valid settings, and parsing them again changes nothing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything({ withNullPrototype: true, withObjectString: true, withMap: true, withSet: true, withBigInt: true, withDate: true, withTypedArray: true, withSparseArray: true }), fc.jsonValue(), settingsArb), (raw) => {
        const settings = parseSettings(raw);
        expect(settingsSchema.safeParse(settings).success).toBe(true);
        expect(parseSettings(settings)).toEqual(settings);
        expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
      }),
      { numRuns: 2000 },
    );
  });

  it('valid settings are kept as they are; one bad key drops back to the defaults for all', () => {
    fc.assert(
      fc.property(settingsArb, fc.constantFrom('disabledProviders', 'guideCollapsed', 'disabledRules', 'reminderDays', 'lockIdleMinutes', 'country', 'authority', 'language'), fc.jsonValue(), (valid, key, bad) => {
        expect(parseSettings(valid)).toEqual(valid);
        const broken = { ...valid, [key]: bad };
        const parsed = parseSettings(broken);
        if (!settingsSchema.safeParse(broken).success) expect(parsed).toEqual(DEFAULT_SETTINGS);
      }),
      { numRuns: 2000 },
    );
  });

  it('a stored value with prototype-pollution keys neither pollutes nor adds keys', () => {
    fc.assert(
      fc.property(settingsArb, fc.jsonValue(), (valid, payload) => {
        const raw = JSON.parse(`{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "x": ${JSON.stringify(payload ?? null)}}`);
        const parsed = parseSettings({ ...valid, ...raw });
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.keys(parsed).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
      }),
      { numRuns: 2000 },
    );
  });
});

const fieldArb = fc.record({
  key: fc.string({ maxLength: 20 }),
  role: fc.option(fc.constantFrom(...FIELD_ROLES), { nil: null }),
  kind: fc.constantFrom(...KINDS),
  label: fc.string({ maxLength: 400 }),
  value: anyText(300),
  checked: fc.option(fc.boolean(), { nil: null }),
  files: fc.array(fc.record({ name: fc.string({ maxLength: 50 }), type: fc.string({ maxLength: 30 }), size: fc.nat() }), { maxLength: 3 }),
});
const requestArb = fc.record({
  type: fc.constant('check-form' as const),
  snapshot: fc.record({ providerId: fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/), page: fc.constantFrom(...PAGE_KINDS), fields: fc.array(fieldArb, { maxLength: 10 }) }),
});

describe('checkFormRequestSchema', () => {
  it('safeParse never throws on anything; a success has the right shape', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything({ withNullPrototype: true, withObjectString: true, withMap: true, withSet: true, withBigInt: true, withDate: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true }), fc.jsonValue()), (raw) => {
        const result = checkFormRequestSchema.safeParse(raw);
        if (!result.success) {
          expect(result.error.issues.length).toBeGreaterThan(0);
          return;
        }
        expect(result.data.type).toBe('check-form');
        expect(result.data.snapshot.fields.length).toBeLessThanOrEqual(400);
      }),
      { numRuns: 2000 },
    );
  });

  it('every well-formed request passes, survives a JSON round trip, and comes out equal', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const result = checkFormRequestSchema.safeParse(JSON.parse(JSON.stringify(request)));
        expect(result.success).toBe(true);
        if (result.success) expect(result.data).toEqual(request);
      }),
      { numRuns: 2000 },
    );
  });

  it('a well-formed request with one field corrupted is refused, never throws', () => {
    const corruption = fc.oneof(
      fc.record({ key: fc.string({ minLength: 21, maxLength: 40 }) }),
      fc.record({ role: fc.string().filter((s) => !(FIELD_ROLES as readonly string[]).includes(s)) }),
      fc.record({ kind: fc.string().filter((s) => !(KINDS as string[]).includes(s)) }),
      fc.record({ label: fc.string({ minLength: 401, maxLength: 500 }) }),
      fc.record({ value: fc.oneof(fc.integer(), fc.constant(null), fc.array(fc.string())) }),
      fc.record({ checked: fc.oneof(fc.string(), fc.integer()) }),
      fc.record({ files: fc.oneof(fc.string(), fc.array(fc.record({ name: fc.integer() }), { minLength: 1 })) }),
    );
    fc.assert(
      fc.property(requestArb.filter((r) => r.snapshot.fields.length > 0), fc.nat(), corruption, (request, at, patch) => {
        const fields = request.snapshot.fields.map((f, i) => (i === at % request.snapshot.fields.length ? { ...f, ...patch } : f));
        const bad = { ...request, snapshot: { ...request.snapshot, fields } };
        expect(checkFormRequestSchema.safeParse(bad).success).toBe(false);
        expect(fieldSnapshotSchema.safeParse(fields[at % fields.length]).success).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

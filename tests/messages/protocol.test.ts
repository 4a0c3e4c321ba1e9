import { describe, expect, it } from 'vitest';
import { checkFormRequestSchema, checkFormResponseSchema } from '../../messages/protocol';

const valid = {
  type: 'check-form',
  snapshot: {
    providerId: 'meta',
    page: 'emergency',
    fields: [{ key: 'f0', role: 'emergency-description', kind: 'textarea', label: 'Describe', value: 'x', checked: null, files: [] }],
  },
};

describe('message boundary', () => {
  it('accepts a well-formed check request', () => {
    expect(checkFormRequestSchema.safeParse(valid).success).toBe(true);
  });
  it.each([
    ['wrong type', { ...valid, type: 'delete-all' }],
    ['unknown page kind', { ...valid, snapshot: { ...valid.snapshot, page: 'admin' } }],
    ['unknown role', { ...valid, snapshot: { ...valid.snapshot, fields: [{ ...valid.snapshot.fields[0], role: 'password' }] } }],
    ['bad provider id', { ...valid, snapshot: { ...valid.snapshot, providerId: '../etc' } }],
    ['oversized value', { ...valid, snapshot: { ...valid.snapshot, fields: [{ ...valid.snapshot.fields[0], value: 'a'.repeat(1_000_001) }] } }],
    ['not an object', 'check-form'],
  ])('rejects %s', (_name, message) => {
    expect(checkFormRequestSchema.safeParse(message).success).toBe(false);
  });
  it('rejects a response whose findings are malformed', () => {
    expect(checkFormResponseSchema.safeParse({ findings: [{ ruleId: 1 }], docs: {}, suggestion: null }).success).toBe(false);
  });
});

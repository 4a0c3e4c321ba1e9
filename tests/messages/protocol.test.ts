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

describe('the protocol map', () => {
  it('names a sender kind for every message, and the guide may send only guide messages', async () => {
    const { protocol } = await import('../../messages/protocol');
    for (const spec of Object.values(protocol)) expect(['guide', 'extension']).toContain(spec.from);
    const guideMessages = Object.entries(protocol).filter(([, spec]) => spec.from === 'guide').map(([type]) => type);
    expect(guideMessages).not.toContain('attach-screenshot');
    expect(guideMessages).not.toContain('screenshot-candidate');
    expect(guideMessages).not.toContain('register-changed');
  });
});

describe('send', () => {
  it('validates the answer, and turns a refusal into an error', async () => {
    const { fakeBrowser } = await import('wxt/testing');
    const { vi } = await import('vitest');
    const { send, MessageRefused } = await import('../../messages/send');
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    sendMessage.mockResolvedValueOnce({ ok: true });
    expect(await send('register-changed', {})).toEqual({ ok: true });
    expect(sendMessage).toHaveBeenLastCalledWith({ type: 'register-changed' });
    sendMessage.mockResolvedValueOnce({ refused: 'no' });
    await expect(send('register-changed', {})).rejects.toBeInstanceOf(MessageRefused);
    sendMessage.mockResolvedValueOnce({ findings: 'lots' });
    await expect(send('check-form', { snapshot: { providerId: 'x', page: 'other', fields: [] } })).rejects.toThrow();
  });
});

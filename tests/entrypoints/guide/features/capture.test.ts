import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeSession, settle } from '../fake-session';
import { fixture } from '../fixture-page';

const client = vi.hoisted(() => ({ recallForm: vi.fn(), saveReference: vi.fn(), rememberForm: vi.fn() }));
vi.mock('../../../../messages/register-client', () => client);
const { default: capture } = await import('../../../../entrypoints/guide/features/capture');

describe('capture feature', () => {
  const page = fixture('meta-confirmation');
  let session: FakeSession;
  let controller: AbortController;
  beforeEach(() => {
    client.recallForm.mockReset().mockResolvedValue({ providerId: 'meta', caseNumber: 'RPD-2026-0917', accountIdentifiers: ['jane.example.42'] });
    client.saveReference.mockReset().mockResolvedValue({ ok: true, created: true });
    session = new FakeSession(page.url).load(page.html);
    controller = new AbortController();
  });
  afterEach(() => controller.abort());

  const shown = () => session.slices.get('capture')!.capture!;

  it('offers each reference on the page and carries the form recalled for this tab, asked once', async () => {
    capture.init(session, controller.signal);
    expect(shown().references.map((r) => r.reference)).toEqual(page.references);
    session.recognize(['dom']);
    await settle();
    expect(client.recallForm).toHaveBeenCalledTimes(1);
    expect(shown().carried).toEqual({ providerId: 'meta', caseNumber: 'RPD-2026-0917', accountIdentifiers: ['jane.example.42'] });
    expect(shown().references.every((r) => r.state === 'idle')).toBe(true);
  });

  it('does not carry a form remembered for another provider', async () => {
    client.recallForm.mockResolvedValue({ providerId: 'google', caseNumber: 'X-1', accountIdentifiers: [] });
    capture.init(session, controller.signal);
    await settle();
    expect(shown().carried).toEqual({ caseNumber: '', accountIdentifiers: [] });
  });

  it('saves a reference with the page as proof and marks it saved', async () => {
    capture.init(session, controller.signal);
    const reference = page.references[0]!;
    shown().onSave(reference);
    expect(shown().references.find((r) => r.reference === reference)!.state).toBe('saving');
    expect(client.saveReference).toHaveBeenCalledWith(expect.objectContaining({ providerId: 'meta', reference, pageText: expect.stringContaining(reference) }));
    await settle();
    expect(shown().references.find((r) => r.reference === reference)!.state).toBe('saved');
  });

  it('shows why a save failed', async () => {
    client.saveReference.mockResolvedValue({ ok: false, error: 'Register locked badly.' });
    capture.init(session, controller.signal);
    shown().onSave(page.references[0]!);
    await settle();
    expect(shown().references[0]).toMatchObject({ state: 'error', note: { kind: 'error', error: 'Register locked badly.' } });
  });
});

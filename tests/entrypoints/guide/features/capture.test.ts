import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeSession, settle } from '../fake-session';
import { fixture } from '../fixture-page';

import { referencesOfThisRequest } from '../../../../register/references';

const client = vi.hoisted(() => ({ recallForm: vi.fn(), saveReference: vi.fn(), rememberForm: vi.fn(), findReferences: vi.fn() }));
vi.mock('../../../../messages/register-client', () => client);
const { default: capture } = await import('../../../../entrypoints/guide/features/capture');

describe('capture feature', () => {
  const page = fixture('meta-confirmation');
  let session: FakeSession;
  let controller: AbortController;
  beforeEach(() => {
    client.recallForm.mockReset().mockResolvedValue({ providerId: 'meta', caseNumber: 'RPD-2026-0917', accountIdentifiers: ['jane.example.42'] });
    client.saveReference.mockReset().mockResolvedValue({ ok: true, created: true });
    // As the background answers: the references of the text it is sent, less the investigator's own numbers.
    client.findReferences.mockReset().mockImplementation(async (text: string, exclude: string[]) => referencesOfThisRequest(text, exclude));
    session = new FakeSession(page.url).load(page.html);
    controller = new AbortController();
  });
  afterEach(() => controller.abort());

  const shown = () => session.slices.get('capture')!.capture!;

  it('offers each reference on the page and carries the form recalled for this tab, asked once', async () => {
    capture.init(session, controller.signal);
    await settle();
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
    await settle();
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
    await settle();
    shown().onSave(page.references[0]!);
    await settle();
    expect(shown().references[0]).toMatchObject({ state: 'error', note: { kind: 'error', error: 'Register locked badly.' } });
  });

  it('asks the background for the references, with the numbers the investigator typed as their own', async () => {
    capture.init(session, controller.signal);
    await settle();
    expect(client.findReferences).toHaveBeenLastCalledWith(expect.stringContaining(page.references[0]!), ['RPD-2026-0917', 'jane.example.42']);
  });

  it('sends the page again only when its text or the investigator’s numbers changed, and after an unanswered ask', async () => {
    capture.init(session, controller.signal);
    await settle();
    const asked = client.findReferences.mock.calls.length;
    session.recognize(['dom']);
    await settle();
    expect(client.findReferences).toHaveBeenCalledTimes(asked);
    const note = session.doc.createElement('p');
    note.textContent = 'A second message: Case number 55510234.';
    session.doc.body.append(note);
    session.recognize(['dom']);
    await settle();
    expect(client.findReferences).toHaveBeenCalledTimes(asked + 1);
    client.findReferences.mockRejectedValueOnce(new Error('background asleep'));
    note.textContent = 'A third message.';
    session.recognize(['dom']);
    await settle();
    session.recognize(['dom']);
    await settle();
    expect(client.findReferences).toHaveBeenCalledTimes(asked + 3);
  });

  it('keeps the answer to the latest reading of the page, not a slower earlier one', async () => {
    let answerFirst: (refs: string[]) => void = () => undefined;
    client.findReferences.mockImplementationOnce(() => new Promise<string[]>((resolve) => (answerFirst = resolve)));
    capture.init(session, controller.signal);
    await settle();
    expect(shown().references.map((r) => r.reference)).toEqual(page.references);
    answerFirst(['STALE-1']);
    await settle();
    expect(shown().references.map((r) => r.reference)).toEqual(page.references);
  });

  it('shows the capture even when the background does not answer', async () => {
    client.findReferences.mockReset().mockRejectedValue(new Error('no background'));
    capture.init(session, controller.signal);
    await settle();
    expect(shown().references).toEqual([]);
  });
});

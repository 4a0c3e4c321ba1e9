import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CheckFormResponse } from '../../../../messages/protocol';
import { FakeSession, settle } from '../fake-session';
import { fixture } from '../fixture-page';

const requestCheck = vi.hoisted(() => vi.fn());
vi.mock('../../../../messages/client', () => ({ requestCheck }));
const { default: checks } = await import('../../../../entrypoints/guide/features/checks');

function answer(session: FakeSession, role: string | null, extra: Partial<CheckFormResponse> = {}): CheckFormResponse {
  const fieldKey = role ? session.snapshot.fields.find((f) => f.role === role)!.key : null;
  return { findings: [{ ruleId: 'emergency/harm', severity: 'warning', message: 'No harm stated.', fieldKey }], docs: {}, suggestion: null, ...extra };
}

const badges = () => document.querySelectorAll('quickfreeze-badge').length;

describe('checks feature', () => {
  let session: FakeSession;
  let controller: AbortController;
  beforeEach(() => {
    requestCheck.mockReset();
    const page = fixture('google-emergency-fieldsets');
    session = new FakeSession(page.url).load(page.html);
    controller = new AbortController();
  });
  afterEach(() => controller.abort());

  it('sends the form snapshot with provider and page, then shows the findings by field with a badge', async () => {
    requestCheck.mockImplementation(async () => answer(session, 'emergency-description'));
    checks.init(session, controller.signal);
    expect(requestCheck).toHaveBeenCalledWith({ providerId: 'google', page: 'emergency', fields: session.snapshot.fields });
    expect(session.slices.get('checks')!.findings).toBeNull();
    await settle();
    const [group] = session.slices.get('checks')!.findings!;
    expect(group!.findings.map((f) => f.ruleId)).toEqual(['emergency/harm']);
    expect(group!.label).toBe(session.snapshot.fields.find((f) => f.role === 'emergency-description')!.label);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(badges()).toBe(1);
  });

  it('puts no badge beside a field whose only findings are a checklist still to write to', async () => {
    const checklist = { item: 'Danger', understood: [] };
    const finding = (severity: 'info' | 'warning') => {
      const { findings } = answer(session, 'emergency-description');
      return { findings: [{ ...findings[0]!, severity, checklist }], docs: {}, suggestion: null };
    };
    requestCheck.mockImplementationOnce(async () => finding('info'));
    requestCheck.mockImplementationOnce(async () => finding('warning'));
    checks.init(session, controller.signal);
    await settle();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(session.slices.get('checks')!.findings![0]!.findings).toHaveLength(1);
    expect(badges()).toBe(0);
    (session.element('emergency-description') as HTMLTextAreaElement).value = 'He will kill her.';
    session.recognize(['typing']);
    await settle();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(badges()).toBe(1);
  });

  it('does not send an unchanged form again, except after a settings change', async () => {
    requestCheck.mockImplementation(async () => answer(session, null));
    checks.init(session, controller.signal);
    session.recognize(['typing']);
    expect(requestCheck).toHaveBeenCalledTimes(1);
    session.emit('settings');
    session.recognize(['start']);
    expect(requestCheck).toHaveBeenCalledTimes(2);
  });

  it('drops an answer that a newer check overtook', async () => {
    let resolveFirst!: (value: CheckFormResponse) => void;
    requestCheck.mockImplementationOnce(() => new Promise((resolve) => (resolveFirst = resolve)));
    requestCheck.mockImplementationOnce(async () => answer(session, null));
    checks.init(session, controller.signal);
    (session.element('case-number') as HTMLInputElement).value = 'RPD-1';
    session.recognize(['typing']);
    await settle();
    resolveFirst(answer(session, 'emergency-description'));
    await settle();
    expect(session.slices.get('checks')!.findings![0]!.fieldKey).toBeNull();
  });

  it('inserts the suggested structure into its field when asked', async () => {
    requestCheck.mockImplementation(async () => {
      const key = session.snapshot.fields.find((f) => f.role === 'emergency-description')!.key;
      return answer(session, null, { suggestion: { fieldKey: key, text: 'Person at risk: [who]' } });
    });
    checks.init(session, controller.signal);
    await settle();
    session.slices.get('checks')!.onInsertSuggestion!();
    expect((session.element('emergency-description') as HTMLTextAreaElement).value).toContain('Person at risk: [who]');
  });

  it('removes its badges and ignores late answers once stopped', async () => {
    requestCheck.mockImplementation(async () => answer(session, 'emergency-description'));
    checks.init(session, controller.signal);
    await settle();
    expect(badges()).toBe(1);
    session.slices.clear();
    controller.abort();
    expect(badges()).toBe(0);
    session.recognize(['dom']);
    await settle();
    expect(session.slices.has('checks')).toBe(false);
  });
});

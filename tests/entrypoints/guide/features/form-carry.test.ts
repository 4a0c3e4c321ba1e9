import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeSession } from '../fake-session';
import { fixture } from '../fixture-page';

const client = vi.hoisted(() => ({ recallForm: vi.fn(), saveReference: vi.fn(), rememberForm: vi.fn() }));
vi.mock('../../../../messages/register-client', () => client);
const { default: formCarry } = await import('../../../../entrypoints/guide/features/form-carry');

const CASE = 'RPD-2026-0917';

describe('form-carry feature', () => {
  const page = fixture('meta-preservation-react');
  let session: FakeSession;
  let controller: AbortController;
  beforeEach(() => {
    client.rememberForm.mockReset().mockResolvedValue({ ok: true });
    session = new FakeSession(page.url).load(page.html);
    controller = new AbortController();
  });
  afterEach(() => controller.abort());

  const type = (role: string, value: string) => ((session.element(role) as HTMLInputElement).value = value);

  it('remembers nothing while no case number or account is typed', () => {
    formCarry.init(session, controller.signal);
    session.recognize(['typing']);
    expect(client.rememberForm).not.toHaveBeenCalled();
  });

  it('remembers the case number and accounts once per change', () => {
    formCarry.init(session, controller.signal);
    type('case-number', ` ${CASE} `);
    type('account-identifier', 'jane.example.42, john.example.7');
    session.recognize(['typing']);
    session.recognize(['typing']);
    expect(client.rememberForm).toHaveBeenCalledTimes(1);
    expect(client.rememberForm).toHaveBeenCalledWith({
      providerId: 'meta',
      requestType: 'preservation',
      caseNumber: CASE,
      accountIdentifiers: ['jane.example.42', 'john.example.7'],
    });
  });

  it('stops remembering once stopped', () => {
    formCarry.init(session, controller.signal);
    controller.abort();
    type('case-number', CASE);
    session.recognize(['typing']);
    expect(client.rememberForm).not.toHaveBeenCalled();
  });

  describe('sends the form at once, without waiting for the next recognition, when it may be leaving', () => {
    const leaving: Array<[string, (session: FakeSession) => void]> = [
      ['submit', (s) => s.element('case-number').closest('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))],
      ['Enter', (s) => s.element('case-number').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))],
      ['a click on a button', (s) => { const b = s.doc.createElement('button'); s.doc.body.append(b); b.click(); }],
      ['pagehide', (s) => s.doc.defaultView!.dispatchEvent(new Event('pagehide'))],
      ['a new recognition (route change)', (s) => s.emit('leaving', ['url'])],
    ];
    for (const [what, act] of leaving) {
      it(`on ${what}`, () => {
        formCarry.init(session, controller.signal);
        type('case-number', CASE);
        type('account-identifier', 'jane.example.42');
        act(session);
        expect(client.rememberForm).toHaveBeenCalledWith(expect.objectContaining({ caseNumber: CASE, accountIdentifiers: ['jane.example.42'] }));
      });
    }

    it('not on other keys or clicks outside buttons', () => {
      formCarry.init(session, controller.signal);
      type('case-number', CASE);
      session.element('case-number').dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
      session.doc.body.click();
      expect(client.rememberForm).not.toHaveBeenCalled();
    });
  });
});

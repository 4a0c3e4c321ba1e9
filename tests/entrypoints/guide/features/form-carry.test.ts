import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attachDeclarativeShadowRoots } from '../../../recognition/fixture-dom';
import { FakeSession } from '../fake-session';
import { fixture } from '../fixture-page';

const client = vi.hoisted(() => ({ recallForm: vi.fn(), saveReference: vi.fn(), rememberForm: vi.fn() }));
vi.mock('../../../../messages/register-client', () => client);
const { default: formCarry } = await import('../../../../entrypoints/guide/features/form-carry');

const CASE = 'RPD-2026-0917';
/** An event as the browser makes it for the investigator's own action (a page script's events are untrusted). */
const trusted = <E extends Event>(event: E): E => Object.defineProperty(event, 'isTrusted', { value: true });
const click = () => trusted(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
const enter = () => trusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
const submit = () => trusted(new Event('submit', { bubbles: true, cancelable: true }));

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
      ['submit', (s) => s.element('case-number').closest('form')!.dispatchEvent(submit())],
      ['Enter', (s) => s.element('case-number').dispatchEvent(enter())],
      ['a click on a button', (s) => { const b = s.doc.createElement('button'); s.doc.body.append(b); b.dispatchEvent(click()); }],
      ['pagehide', (s) => s.doc.defaultView!.dispatchEvent(trusted(new Event('pagehide')))],
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
      session.element('case-number').dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'a', bubbles: true })));
      session.doc.body.dispatchEvent(click());
      expect(client.rememberForm).not.toHaveBeenCalled();
    });

    it('not on a submit, Enter or click the page’s scripts make (untrusted)', () => {
      formCarry.init(session, controller.signal);
      type('case-number', CASE);
      session.element('case-number').closest('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      session.element('case-number').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      const b = session.doc.createElement('button');
      session.doc.body.append(b);
      b.click();
      expect(client.rememberForm).not.toHaveBeenCalled();
    });
  });
});

describe('form-carry where the form is not in the top document', () => {
  let controller: AbortController;
  beforeEach(() => {
    client.rememberForm.mockReset().mockResolvedValue({ ok: true });
    controller = new AbortController();
  });
  afterEach(() => controller.abort());

  function framed() {
    const session = new FakeSession(fixture('apple-framed-emergency').url).load(fixture('apple-framed-emergency').html);
    const frameDoc = session.doc.querySelector<HTMLIFrameElement>('#workspace')!.contentDocument!;
    session.recognize();
    (frameDoc.querySelector('#ctl00_Main_txtAgencyCase') as HTMLInputElement).value = 'APL-CASE-5531';
    (frameDoc.querySelector('#ctl00_Main_txtAppleId') as HTMLInputElement).value = 'target.person@example.org';
    formCarry.init(session, controller.signal);
    return { session, frameDoc };
  }
  function shadowed() {
    const session = new FakeSession(fixture('x-lightning-shadow').url).load(fixture('x-lightning-shadow').html);
    attachDeclarativeShadowRoots(session.doc);
    session.recognize();
    const intake = session.doc.querySelector('c-le-request-intake')!.shadowRoot!;
    const inner = (selector: string) => intake.querySelector(selector)!.shadowRoot!;
    (inner('lightning-input.caseRef').querySelector('input') as HTMLInputElement).value = 'XCASE-2026-031';
    (inner('lightning-input.handle').querySelector('input') as HTMLInputElement).value = 'threat_account_77';
    formCarry.init(session, controller.signal);
    return { session, intake, inner };
  }
  const carried = (caseNumber: string, account: string) => expect(client.rememberForm).toHaveBeenCalledWith(expect.objectContaining({ caseNumber, accountIdentifiers: [account] }));

  it('a same-origin frame: its form’s submit, Enter in it and a click on its submit button send the form at once', () => {
    const { frameDoc } = framed();
    expect(client.rememberForm).not.toHaveBeenCalled();
    frameDoc.querySelector('form')!.dispatchEvent(submit());
    carried('APL-CASE-5531', 'target.person@example.org');
    for (const act of [() => frameDoc.querySelector('#ctl00_Main_txtAgencyCase')!.dispatchEvent(enter()), () => frameDoc.querySelector('#ctl00_Main_btnSubmit')!.dispatchEvent(click())]) {
      client.rememberForm.mockClear();
      (frameDoc.querySelector('#ctl00_Main_txtAgencyCase') as HTMLInputElement).value += '-2';
      act();
      expect(client.rememberForm).toHaveBeenCalledTimes(1);
    }
  });

  it('a same-origin frame: the page’s own (untrusted) events send nothing', () => {
    const { frameDoc } = framed();
    frameDoc.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    (frameDoc.querySelector('#ctl00_Main_btnSubmit') as HTMLElement).click();
    expect(client.rememberForm).not.toHaveBeenCalled();
  });

  it('a shadow root: a click on a component’s button and a submit of a form inside a component send the form at once', () => {
    const { inner } = shadowed();
    expect(client.rememberForm).not.toHaveBeenCalled();
    inner('lightning-button').querySelector('button')!.dispatchEvent(click());
    carried('XCASE-2026-031', 'threat_account_77');
    client.rememberForm.mockClear();
    const input = inner('lightning-input.caseRef').querySelector('input') as HTMLInputElement;
    const form = input.ownerDocument.createElement('form');
    input.replaceWith(form);
    form.append(input);
    input.value = 'XCASE-2026-032';
    form.dispatchEvent(submit()); // a submit does not leave its shadow root
    carried('XCASE-2026-032', 'threat_account_77');
  });
});

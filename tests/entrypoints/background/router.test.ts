import { describe, expect, it, vi } from 'vitest';
import { classifySender, route, type Handlers, type SenderContext } from '../../../entrypoints/background/router';

const ID = 'quickfreeze-id';
const BASE = 'chrome-extension://quickfreeze-id/';
const portal = { id: ID, url: 'https://lers.google.com/request/new', tab: { id: 7 } as never, frameId: 0 };
const dashboard = { id: ID, url: `${BASE}dashboard.html`, tab: { id: 3 } as never, frameId: 0 };

function fakeHandlers(): Handlers {
  return {
    'check-form': vi.fn(() => ({ findings: [], docs: {}, suggestion: null })),
    'remember-form': vi.fn(() => ({ ok: true })),
    'recall-form': vi.fn(() => null),
    'save-reference': vi.fn(() => ({ ok: true, created: true })),
    'register-changed': vi.fn(() => ({ ok: true })),
    'screenshot-candidate': vi.fn(() => null),
    'attach-screenshot': vi.fn(() => ({ ok: true })),
  } as unknown as Handlers;
}

describe('classifySender: identity from the browser, never from the message', () => {
  it('an extension page is one whose URL is inside this extension', () => {
    expect(classifySender(dashboard, ID, BASE)).toEqual({ kind: 'extension', url: `${BASE}dashboard.html`, tabId: 3 });
  });
  it('the guide is the top frame of a portal tab, and its provider comes from the tab’s URL', () => {
    expect(classifySender(portal, ID, BASE)).toEqual({ kind: 'guide', tabId: 7, frameId: 0, url: portal.url, providerId: 'google' });
  });
  it.each([
    ['another extension', { ...portal, id: 'other' }],
    ['a page that is not a portal', { ...portal, url: 'https://evil.example.org/lers.google.com' }],
    ['a sub-frame of a portal', { ...portal, frameId: 4 }],
    ['no tab', { ...portal, tab: undefined }],
    ['no URL', { ...portal, url: undefined }],
  ])('%s is nobody', (_name, sender) => {
    expect(classifySender(sender, ID, BASE)).toBeNull();
  });
});

describe('route', () => {
  const guide = classifySender(portal, ID, BASE);
  const extension = classifySender(dashboard, ID, BASE);

  it('dispatches a valid message to its handler with the sender’s context, and returns the validated answer', async () => {
    const handlers = fakeHandlers();
    expect(await route({ type: 'register-changed' }, extension, handlers)).toEqual({ ok: true });
    expect(handlers['register-changed']).toHaveBeenCalledWith({}, extension);
  });

  it.each([
    ['screenshot-candidate', { tabId: 12 }],
    ['attach-screenshot', { tabId: 12, windowId: 1 }],
    ['register-changed', {}],
  ] as const)('refuses the extension-page-only %s from a content script', async (type, request) => {
    const handlers = fakeHandlers();
    expect(await route({ type, ...request }, guide, handlers)).toEqual({ refused: expect.stringContaining('not accepted') });
    expect(handlers[type]).not.toHaveBeenCalled();
  });

  it('refuses a guide message from an extension page, from nobody, and unknown or malformed messages', async () => {
    const handlers = fakeHandlers();
    expect(await route({ type: 'recall-form' }, extension, handlers)).toHaveProperty('refused');
    expect(await route({ type: 'recall-form' }, null, handlers)).toHaveProperty('refused');
    expect(await route({ type: 'delete-everything' }, guide, handlers)).toHaveProperty('refused');
    expect(await route('recall-form', guide, handlers)).toHaveProperty('refused');
    expect(await route({ type: 'check-form', snapshot: { providerId: '../x', page: 'admin', fields: [] } }, guide, handlers)).toHaveProperty('refused');
    expect(handlers['recall-form']).not.toHaveBeenCalled();
    expect(handlers['check-form']).not.toHaveBeenCalled();
  });

  it('a malformed answer from a handler does not leave the background', async () => {
    const handlers = { ...fakeHandlers(), 'recall-form': () => ({ caseNumber: 7 }) } as unknown as Handlers;
    expect(await route({ type: 'recall-form' }, guide, handlers)).toEqual({ refused: expect.stringContaining('malformed answer') });
  });

  it('a handler that throws is answered with a refusal, not an unhandled rejection', async () => {
    const handlers = { ...fakeHandlers(), 'recall-form': () => Promise.reject(new Error('boom')) } as unknown as Handlers;
    expect(await route({ type: 'recall-form' }, guide as SenderContext, handlers)).toEqual({ refused: 'boom' });
  });
});

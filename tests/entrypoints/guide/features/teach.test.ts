import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { TeachSlotProps } from '../../../../components/guide/TeachSlot';
import { teachOpener } from '../../../../entrypoints/guide/features/teach';
import type { TeachModule } from '../../../../entrypoints/guide/teach-loader';
import { FakeSession, settle } from '../fake-session';
import { fixture } from '../fixture-page';

describe('teach feature (the opener in guide.js)', () => {
  const page = fixture('zoom-taught-additional-info');
  let session: FakeSession;
  let controller: AbortController;
  let closePanel: () => void;
  const mountPanel = vi.fn(() => () => undefined);
  const start = vi.fn<TeachModule['start']>((_session, _signal, onClose) => {
    closePanel = onClose;
    return { mount: mountPanel };
  });
  const load = vi.fn(async (): Promise<TeachModule> => ({ start }));

  beforeEach(() => {
    load.mockClear();
    start.mockClear();
    mountPanel.mockClear();
    session = new FakeSession(page.url).load(page.html);
    controller = new AbortController();
    teachOpener(load).init(session, controller.signal);
  });
  afterEach(() => controller.abort());

  const slot = (): TeachSlotProps => session.slices.get('teach')!.teach!;

  it('shows only the closed button until the investigator opens it: teach.js is not loaded before', () => {
    expect(slot()).toMatchObject({ open: false, mount: null, failed: false });
    expect(load).not.toHaveBeenCalled();
  });

  it('opening loads teach.js once and starts the panel on this session; closing and opening again reuses it', async () => {
    slot().onOpen();
    expect(slot()).toMatchObject({ open: true, mount: null });
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
    expect(start).toHaveBeenCalledWith(session, expect.any(AbortSignal), expect.any(Function));
    const container = document.createElement('div');
    slot().mount!(container);
    expect(mountPanel).toHaveBeenCalledWith(container);
    closePanel();
    expect(slot().open).toBe(false);
    slot().onOpen();
    await settle();
    expect(slot()).toMatchObject({ open: true, mount: expect.any(Function) });
    expect(load).toHaveBeenCalledTimes(1);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('a panel that cannot load leaves the button with a message', async () => {
    load.mockRejectedValueOnce(new Error('no tab'));
    slot().onOpen();
    await settle();
    expect(slot().open).toBe(false);
    expect(slot().failed).toBe(true);
  });

  it('asks the background again when the options change what is taught', async () => {
    const reload = vi.spyOn(session.taught, 'reload');
    await fakeBrowser.storage.local.set({ settings: {} });
    expect(reload).not.toHaveBeenCalled();
    await fakeBrowser.storage.local.set({ taught: { version: 1, pages: [] } });
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('leaves the guide off a recognized page', () => {
    session.recognition = null;
    session.emit('recognized');
    expect(session.slices.get('teach')!.teach).toBeNull();
  });
});

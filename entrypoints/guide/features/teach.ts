import type { TeachSlotProps } from '../../../components/guide/TeachSlot';
import { nativeExtensionApi } from '../../../messages/send-from-guide';
import { TAUGHT_KEY } from '../../../storage/taught-page';
import type { GuideSession } from '../session';
import { loadTeach, type TeachModule, type TeachPanelHandle } from '../teach-loader';
import { defineFeature } from './define';

/**
 * "Fix recognition" (issue 10) as guide.js holds it: the button that opens the panel, and what is taught kept
 * current. The panel itself and the shape report come from teach.js on the first (trusted) click on that button;
 * `load` is replaceable for tests.
 */
export function teachOpener(load: () => Promise<TeachModule>) {
  return defineFeature({
    id: 'teach',
    include: 'all',
    init(session: GuideSession, signal: AbortSignal) {
      let open = false;
      let failed = false;
      let handle: TeachPanelHandle | null = null;
      const mount = (container: HTMLElement) => handle?.mount(container) ?? (() => undefined);

      const show = () => {
        const slot: TeachSlotProps | null = session.recognition ? { open, onOpen, mount: handle ? mount : null, failed } : null;
        session.contribute('teach', { teach: slot });
      };
      const close = () => {
        open = false;
        show();
      };
      const onOpen = () => {
        open = true;
        failed = false;
        show();
        if (handle) return;
        load().then(
          (module) => {
            if (signal.aborted) return;
            handle = module.start(session, signal, close);
            show();
          },
          () => {
            open = false;
            failed = true;
            show();
          },
        );
      };

      // The options page may remove what was taught: the change is only a signal, the background says what is left.
      const onStorage = (changes: Record<string, unknown>, area: string) => area === 'local' && TAUGHT_KEY in changes && session.taught.reload();
      const storage = nativeExtensionApi().storage;
      storage.onChanged.addListener(onStorage);
      signal.addEventListener('abort', () => storage.onChanged.removeListener(onStorage), { once: true });
      session.on('recognized', show, signal);
      show();
    },
  });
}

export default teachOpener(loadTeach);

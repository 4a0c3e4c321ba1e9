import { sendFromGuide } from '../../messages/send-from-guide';
import type { GuideSession } from './session';

/** What the "Fix recognition" panel shows over the page while the investigator picks a field. */
export interface TeachPanelHandle {
  /** Draw the panel into `container` (a node of the guide's shadow root) until the returned function is called. */
  mount(container: HTMLElement): () => void;
}

/** The on-demand part of the guide (entrypoints/teach): the "Fix recognition" panel and the shape report. */
export interface TeachModule {
  /** Run the panel for this session until `signal` aborts; `onClose` when the investigator closes it. */
  start(session: GuideSession, signal: AbortSignal, onClose: () => void): TeachPanelHandle;
}

/**
 * Where teach.js leaves its module: a global of the extension's isolated world, which the guide and teach.js share
 * and the page's own scripts cannot see.
 */
export const TEACH_GLOBAL = '__quickfreezeTeach';

const loaded = (): TeachModule | undefined => (globalThis as Record<string, unknown>)[TEACH_GLOBAL] as TeachModule | undefined;

/**
 * The panel is opened rarely, so its code is not in guide.js: on the investigator's first click on "Fix
 * recognition" the background injects teach.js into this frame, and answers once it has run.
 */
export async function loadTeach(): Promise<TeachModule> {
  const ready = loaded();
  if (ready) return ready;
  await sendFromGuide('load-teach', {});
  const module = loaded();
  if (!module) throw new Error('The recognition panel did not load.');
  return module;
}

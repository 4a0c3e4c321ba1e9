import { pageRoots, sharingPageRoots, type PageRoot } from '../../recognition/page-roots';
import type { GuideContext } from './guide-context';

/** `typing`: text typed into a text box, which changes values only, never which fields exist or what they mean. */
export type ChangeReason = 'start' | 'url' | 'dom' | 'form' | 'typing';

/** Attributes that can show, hide or switch parts of a form; everything else is noise. */
const WATCHED_ATTRIBUTES = ['hidden', 'style', 'class', 'aria-hidden', 'open', 'disabled', 'inert', 'type', 'selected', 'checked', 'aria-checked'];
/** Normal delay after a change, and the delay while the page mutates without pause: both keep updates under 1 s. */
const QUIET_DELAY_MS = 120;
const BUSY_DELAY_MS = 700;
/** More mutation batches than this within a second means a page that animates or streams: back off. */
const BUSY_BATCHES_PER_SECOND = 30;

/**
 * Calls `onChange` once per burst of relevant changes: URL changes (history API, hash, back/forward),
 * DOM changes outside QuickFreeze's own element, and form choices. Nothing runs while nothing changes,
 * and everything stops when the extension context is invalidated.
 */
export function watchPage(
  ctx: GuideContext,
  isOwnNode: (node: Node) => boolean,
  onChange: (reasons: Set<ChangeReason>) => void,
): void {
  const pending = new Set<ChangeReason>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let batchesThisSecond = 0;
  let busy = false;

  const flush = () => {
    timer = undefined;
    if (ctx.isInvalid) return;
    const reasons = new Set(pending);
    pending.clear();
    // Typing changes values, not which components or frames exist: it costs no walk of the page.
    sharingPageRoots(document, () => {
      if (!(reasons.size === 1 && reasons.has('typing'))) syncRoots();
      onChange(reasons);
    });
  };
  let due = 0;
  /** The investigator's own input is never made to wait for a busy page; only DOM churn backs off. */
  const schedule = (reason: ChangeReason) => {
    pending.add(reason);
    const delay = busy && reason === 'dom' ? BUSY_DELAY_MS : QUIET_DELAY_MS;
    const at = Date.now() + delay;
    if (timer !== undefined && due <= at) return;
    clearTimeout(timer);
    due = at;
    timer = setTimeout(flush, delay);
  };
  ctx.onInvalidated(() => clearTimeout(timer));

  ctx.setInterval(() => {
    busy = batchesThisSecond > BUSY_BATCHES_PER_SECOND;
    batchesThisSecond = 0;
  }, 1000);

  const observer = new MutationObserver((records) => {
    batchesThisSecond++;
    if (records.some((r) => !isOwnNode(r.target))) schedule('dom');
  });
  ctx.onInvalidated(() => observer.disconnect());

  const onFormEvent = (event: Event) => {
    // The control itself, also inside a shadow root (where the event's target is the host by the time it is here).
    const target = (event.composedPath()[0] ?? event.target) as Element | null;
    if (!target || isOwnNode(target)) return;
    schedule(event.type === 'input' && isTextBox(target) ? 'typing' : 'form');
  };
  /**
   * The form may live in components' shadow roots and same-origin frames (recognition reads them, see
   * recognition/page-roots.ts): each is observed and listened to as well. `change` does not leave a shadow root and
   * nothing leaves a frame, so each root gets its own listeners. Roots are looked for again after every burst of
   * changes and when a frame loads; the set is bounded by the same limits as recognition's.
   */
  const listening = new WeakSet<PageRoot>();
  let observed: readonly PageRoot[] = [];
  const syncRoots = () => {
    const roots = pageRoots(document);
    if (roots.length === observed.length && roots.every((r, i) => r === observed[i])) return;
    observer.disconnect();
    for (const root of roots) {
      observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
      if (listening.has(root)) continue;
      listening.add(root);
      root.addEventListener('change', onFormEvent, { capture: true, signal: ctx.signal });
      root.addEventListener('input', onFormEvent, { capture: true, signal: ctx.signal });
    }
    observed = roots;
  };
  syncRoots();
  // A frame's load event reaches its parent document's capture listeners: a frame that navigates gets a new document.
  document.addEventListener('load', (event) => {
    if ((event.target as Element | null)?.tagName !== 'IFRAME') return;
    syncRoots();
    schedule('dom');
  }, { capture: true, signal: ctx.signal });

  let lastUrl = location.href;
  const checkUrl = () => {
    if (location.href !== lastUrl) {
      lastUrl = location.href;
      schedule('url');
    }
  };
  // Each of these only makes the watcher compare the URL, so a page that fires them itself changes nothing.
  const listen = { signal: ctx.signal };
  window.addEventListener('popstate', checkUrl, listen);
  window.addEventListener('hashchange', checkUrl, listen);
  (globalThis as { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', checkUrl, listen);
  // The Navigation API does not see every router; comparing one string twice a second is the cheap fallback.
  ctx.setInterval(checkUrl, 500);

}

/** A control whose input is typing (values change, not which fields exist); checked by tag, as frames have other classes. */
function isTextBox(el: Element): boolean {
  if (el.tagName === 'TEXTAREA') return true;
  if (el.tagName === 'INPUT') return !['checkbox', 'radio', 'file'].includes((el as HTMLInputElement).type);
  return (el as HTMLElement).isContentEditable === true;
}

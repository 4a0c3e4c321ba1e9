import type { GuideContext } from './guide-context';

/** `typing`: text typed into a text box, which changes values only, never which fields exist or what they mean. */
export type ChangeReason = 'start' | 'url' | 'dom' | 'form' | 'typing';

/** Attributes that can show, hide or switch parts of a form; everything else is noise. */
const WATCHED_ATTRIBUTES = ['hidden', 'style', 'class', 'aria-hidden', 'open', 'disabled', 'inert', 'type', 'selected', 'checked'];
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
    onChange(reasons);
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
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
  ctx.onInvalidated(() => observer.disconnect());

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

  const onFormEvent = (event: Event) => {
    const target = event.target as Element | null;
    if (!target || isOwnNode(target)) return;
    const textual =
      event.type === 'input' &&
      (target instanceof HTMLTextAreaElement ||
        (target instanceof HTMLInputElement && !['checkbox', 'radio', 'file'].includes(target.type)) ||
        (target as HTMLElement).isContentEditable);
    schedule(textual ? 'typing' : 'form');
  };
  document.addEventListener('change', onFormEvent, { capture: true, signal: ctx.signal });
  document.addEventListener('input', onFormEvent, { capture: true, signal: ctx.signal });
}

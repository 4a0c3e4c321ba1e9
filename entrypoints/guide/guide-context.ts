import { nativeExtensionApi } from '../../messages/send-from-guide';

/**
 * The guide's lifetime on one page. It ends when the extension is reloaded or removed (the content script's
 * runtime goes away) and nothing else: unlike WXT's ContentScriptContext it posts nothing into the page and
 * listens to no page event, so a page script can neither learn the extension's id from it nor stop it.
 */
export class GuideContext {
  private readonly controller = new AbortController();

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isInvalid(): boolean {
    if (!this.controller.signal.aborted && nativeExtensionApi()?.runtime?.id == null) this.controller.abort();
    return this.controller.signal.aborted;
  }

  onInvalidated(callback: () => void): void {
    this.controller.signal.addEventListener('abort', callback, { once: true });
  }

  /** An interval that stops with the context; each tick first checks that the extension is still there. */
  setInterval(handler: () => void, ms: number): void {
    const id = setInterval(() => {
      if (!this.isInvalid) handler();
    }, ms);
    this.onInvalidated(() => clearInterval(id));
  }
}

import type { HighlightRect } from '../../components/guide/PickHighlight';

export interface FieldPickerHooks {
  /** The key of the page field an event's path runs through (the control itself or its label), or null. */
  fieldAt(path: readonly EventTarget[]): string | null;
  /** Where that field is on screen now. */
  rectOf(key: string): HighlightRect | null;
  onHover(rect: HighlightRect | null): void;
  onPick(key: string): void;
  onCancel(): void;
}

// By tag name, not instanceof: an element of a frame belongs to another realm.
const isOwn = (target: EventTarget) => ((target as Element).tagName ?? '').toLowerCase().startsWith('quickfreeze-');

/**
 * "Pick a field in the page": the field under the pointer is highlighted, the investigator's own click picks it
 * (and does nothing else on the page), Escape cancels. A click or key the page's scripts make is untrusted and
 * picks nothing. Listens in the capture phase on the window, and on the windows of same-origin frames that hold
 * fields, before the page's own handlers.
 */
export class FieldPicker {
  private controller: AbortController | null = null;
  private frame = 0;
  private lastPath: readonly EventTarget[] = [];

  constructor(
    /** The top window and the same-origin frames' windows that hold fields. */
    private readonly views: () => Window[],
    private readonly hooks: FieldPickerHooks,
  ) {}

  get active(): boolean {
    return this.controller !== null;
  }

  start(): void {
    if (this.controller) return;
    this.controller = new AbortController();
    const listen = { capture: true, signal: this.controller.signal };
    for (const view of new Set(this.views())) {
      view.addEventListener('mousemove', this.hover, { ...listen, passive: true });
      view.addEventListener('click', this.click, listen);
      view.addEventListener('keydown', this.key, listen);
    }
  }

  stop(): void {
    this.controller?.abort();
    this.controller = null;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.hooks.onHover(null);
  }

  private readonly hover = (event: Event) => {
    if (!event.isTrusted) return;
    this.lastPath = event.composedPath();
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const key = this.hooks.fieldAt(this.lastPath);
      this.hooks.onHover(key ? this.hooks.rectOf(key) : null);
    });
  };

  private readonly click = (event: Event) => {
    const path = event.composedPath();
    // The guide's own buttons (cancel, teach) work as usual while picking.
    if (!event.isTrusted || path.some(isOwn)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const key = this.hooks.fieldAt(path);
    if (!key) return;
    this.stop();
    this.hooks.onPick(key);
  };

  private readonly key = (event: Event) => {
    if (!event.isTrusted || (event as KeyboardEvent).key !== 'Escape') return;
    event.stopImmediatePropagation();
    this.stop();
    this.hooks.onCancel();
  };
}

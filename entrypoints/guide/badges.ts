import type { GuideText } from '../../components/guide/guide-text';
import type { FindingMessage } from '../../messages/protocol';
import { dropUntrustedEvents } from './trusted-events';

export const BADGE_TAG = 'quickfreeze-badge';
const ICON = { error: '✖', warning: '▲', info: 'ℹ' } as const;
const labelKey = (severity: keyof typeof ICON) => `guide.badge.${severity}` as const;
const BADGE_CSS = `:host{all:initial}
button{font:600 11px/1 system-ui,sans-serif;border:1px solid #fff;border-radius:9px;padding:3px 6px;cursor:pointer;color:#fff;box-shadow:0 1px 3px rgba(0,0,0,.3)}
.error{background:#b00020}.warning{background:#8a4b00}.info{background:#1f4e8c}
button:focus-visible{outline:3px solid #f0a500;outline-offset:1px}`;

interface Badge {
  host: HTMLElement;
  button: HTMLButtonElement;
  target: Element;
}

/**
 * Small markers beside the fields that have findings. They are `quickfreeze-badge` elements with open shadow
 * roots, positioned over the page (never inside the portal's own markup) and moved when the page scrolls or resizes,
 * or its own layout changes size (a banner put above the form, the guide's width reserved or released, late fonts).
 */
export class BadgeLayer {
  private badges = new Map<string, Badge>();
  private observer: IntersectionObserver | null = null;
  /** The same-origin frames' windows whose scrolling moves a badge: a frame scrolls apart from the page. */
  private frameViews = new Set<Window>();
  private readonly relaidOut: ResizeObserver;
  /** Boxes asked of the observer and not yet answered; and whether the layout changed meanwhile. */
  private measuring = false;
  private measureAgain = false;

  constructor(
    private readonly doc: Document,
    private readonly onActivate: (fieldKey: string) => void,
    /** The guide's language, read at each update. */
    private readonly text: () => GuideText,
  ) {
    const view = doc.defaultView;
    view?.addEventListener('scroll', this.measure, { passive: true, capture: true });
    view?.addEventListener('resize', this.measure, { passive: true });
    this.relaidOut = new ResizeObserver(this.measure);
    this.relaidOut.observe(doc.documentElement);
  }

  update(byField: Map<string, { element: Element; findings: FindingMessage[] }>): void {
    for (const [key, badge] of this.badges) {
      if (!byField.has(key) || badge.target !== byField.get(key)!.element) {
        badge.host.remove();
        this.badges.delete(key);
      }
    }
    for (const [key, { element, findings }] of byField) {
      const worst = findings.some((f) => f.severity === 'error') ? 'error' : findings.some((f) => f.severity === 'warning') ? 'warning' : 'info';
      const badge = this.badges.get(key) ?? this.create(key, element);
      badge.button.className = worst;
      badge.button.textContent = `${ICON[worst]} ${findings.length}`;
      badge.button.setAttribute('aria-label', this.text().t(labelKey(worst), { count: findings.length }));
      badge.button.title = findings.map((f) => f.message).join('\n');
    }
    this.measure();
  }

  private create(key: string, target: Element): Badge {
    const host = this.doc.createElement(BADGE_TAG);
    host.style.cssText = 'position:absolute;z-index:2147483645;top:0;left:0;';
    const shadow = host.attachShadow({ mode: 'open' });
    dropUntrustedEvents(shadow);
    const style = this.doc.createElement('style');
    style.textContent = BADGE_CSS;
    const button = this.doc.createElement('button');
    button.type = 'button';
    button.addEventListener('click', () => this.onActivate(key));
    shadow.append(style, button);
    this.doc.documentElement.append(host);
    const view = target.ownerDocument.defaultView;
    if (view && view !== this.doc.defaultView && !this.frameViews.has(view)) {
      view.addEventListener('scroll', this.measure, { passive: true, capture: true });
      this.frameViews.add(view);
    }
    const badge = { host, button, target };
    this.badges.set(key, badge);
    return badge;
  }

  /**
   * Boxes are measured by an IntersectionObserver, whose first answer for a newly observed element comes with the
   * browser's own layout of the next frame: placing badges forces no layout of its own (reading boxes in an
   * animation frame did, before the frame's layout, on every start).
   */
  private readonly measure = () => {
    if (this.badges.size === 0) return;
    // Observing what is observed already is a no-op, and an observer gives a target no new answer while it is observed
    // (only when its intersection changes): a layout change while boxes are on their way, measured before it, asks
    // for another measurement once they have arrived.
    if (this.measuring) this.measureAgain = true;
    this.measuring = true;
    const observer = (this.observer ??= new IntersectionObserver((entries) => this.position(entries)));
    for (const { target } of this.badges.values()) {
      observer.observe(target);
      const frame = frameOf(target);
      if (frame) observer.observe(frame);
    }
  };

  private position(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) this.observer?.unobserve(entry.target);
    const again = this.measureAgain;
    this.measuring = false;
    this.measureAgain = false;
    if (again) queueMicrotask(this.measure);
    const boxes = new Map(entries.map((entry) => [entry.target, entry.boundingClientRect]));
    const view = this.doc.defaultView;
    const scrollX = view?.scrollX ?? 0;
    const scrollY = view?.scrollY ?? 0;
    // All reads first, then all writes.
    const placed = [...this.badges.values()].flatMap((badge) => {
      const rect = boxes.get(badge.target);
      const frame = frameOf(badge.target);
      if (!rect) return [];
      if (!frame) return [{ badge, rect, outOfView: false }];
      const outer = boxes.get(frame) ?? frame.getBoundingClientRect();
      // A field the frame has scrolled out of its own view is hidden by the frame: so is its badge.
      const inner = badge.target.ownerDocument.defaultView;
      const outOfView = !!inner && (rect.bottom < 0 || rect.right < 0 || rect.top > inner.innerHeight || rect.left > inner.innerWidth);
      return [{ badge, rect: new DOMRect(rect.x + outer.x + frame.clientLeft, rect.y + outer.y + frame.clientTop, rect.width, rect.height), outOfView }];
    });
    for (const { badge, rect, outOfView } of placed) {
      const hidden = outOfView || (rect.width === 0 && rect.height === 0);
      badge.host.style.display = hidden ? 'none' : '';
      // Just above the field's top-right corner: beside the field, not over its text.
      badge.host.style.transform = `translate(${Math.round(rect.right + scrollX - 34)}px, ${Math.round(rect.top + scrollY - 16)}px)`;
    }
  }

  destroy(): void {
    this.observer?.disconnect();
    this.relaidOut.disconnect();
    const view = this.doc.defaultView;
    view?.removeEventListener('scroll', this.measure, { capture: true });
    view?.removeEventListener('resize', this.measure);
    for (const frameView of this.frameViews) frameView.removeEventListener('scroll', this.measure, { capture: true });
    this.frameViews.clear();
    for (const badge of this.badges.values()) badge.host.remove();
    this.badges.clear();
  }
}

/** The same-origin frame a field is in, whose box offsets the field's. */
function frameOf(target: Element): Element | null {
  return target.ownerDocument.defaultView?.frameElement ?? null;
}

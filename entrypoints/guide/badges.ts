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
 * roots, positioned over the page (never inside the portal's own markup) and moved once per animation frame.
 */
export class BadgeLayer {
  private badges = new Map<string, Badge>();
  private frame = 0;

  constructor(
    private readonly doc: Document,
    private readonly onActivate: (fieldKey: string) => void,
    /** The guide's language, read at each update. */
    private readonly text: () => GuideText,
  ) {
    const view = doc.defaultView;
    view?.addEventListener('scroll', this.schedule, { passive: true, capture: true });
    view?.addEventListener('resize', this.schedule, { passive: true });
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
    this.schedule();
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
    const badge = { host, button, target };
    this.badges.set(key, badge);
    return badge;
  }

  private readonly schedule = () => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.position();
    });
  };

  private position(): void {
    if (this.badges.size === 0) return;
    const view = this.doc.defaultView;
    const scrollX = view?.scrollX ?? 0;
    const scrollY = view?.scrollY ?? 0;
    // All reads first, then all writes: one layout, however many badges.
    const placed = [...this.badges.values()].map((badge) => ({ badge, rect: rectInTopDocument(badge.target) }));
    for (const { badge, rect } of placed) {
      const hidden = rect.width === 0 && rect.height === 0;
      badge.host.style.display = hidden ? 'none' : '';
      // Just above the field's top-right corner: beside the field, not over its text.
      badge.host.style.transform = `translate(${Math.round(rect.right + scrollX - 34)}px, ${Math.round(rect.top + scrollY - 16)}px)`;
    }
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    const view = this.doc.defaultView;
    view?.removeEventListener('scroll', this.schedule, { capture: true });
    view?.removeEventListener('resize', this.schedule);
    for (const badge of this.badges.values()) badge.host.remove();
    this.badges.clear();
  }
}

/** A field's box in the top document's viewport: a field in a same-origin frame is offset by the frame's box. */
function rectInTopDocument(target: Element): DOMRect {
  const rect = target.getBoundingClientRect();
  const frame = target.ownerDocument.defaultView?.frameElement;
  if (!frame) return rect;
  const outer = frame.getBoundingClientRect();
  return new DOMRect(rect.x + outer.x + frame.clientLeft, rect.y + outer.y + frame.clientTop, rect.width, rect.height);
}

import { h, render } from 'preact';
import { Guide, type GuideProps } from '../../components/Guide';
import { GUIDE_WIDTH, TAB_WIDTH } from '../../components/guide-styles';
import type { PageKind } from '../../providers/page-kinds';
import { dropUntrustedEvents } from './trusted-events';

export const GUIDE_TAG = 'quickfreeze-guide';

/** Turns off the width the background's style reserved from the page's first layout (public/guide-space.css). */
const SPACE_OFF = 'data-quickfreeze-space';

/** Where the guide does not show, the page gets back its own right margin. */
export function releaseGuideSpace(doc: Document): void {
  if (doc.documentElement.getAttribute(SPACE_OFF) !== 'off') doc.documentElement.setAttribute(SPACE_OFF, 'off');
}

/**
 * The `quickfreeze-guide` element (contract section 2): an open shadow root holding the guide. It sits on
 * <html>, not <body>, so single-page apps that replace the body do not take it away, and it reserves its
 * width at the right edge so it never lies over the portal's own controls.
 */
export class GuideHost {
  readonly element: HTMLElement;
  private readonly mount: HTMLElement;
  private readonly style: HTMLStyleElement;
  private reservedMargin: string | null = null;

  constructor(private readonly doc: Document) {
    this.element = doc.createElement(GUIDE_TAG);
    const shadow = this.element.attachShadow({ mode: 'open' });
    dropUntrustedEvents(shadow);
    this.style = doc.createElement('style');
    this.mount = doc.createElement('div');
    shadow.append(this.style, this.mount);
    // Keys typed in the guide must not reach the portal's shortcuts.
    for (const type of ['keydown', 'keyup', 'keypress']) {
      this.element.addEventListener(type, (event) => event.stopPropagation());
    }
  }

  /** On the page with the provider and page kind (contract section 2). */
  private attach(providerId: string, page: PageKind): void {
    if (!this.element.isConnected) this.doc.documentElement.append(this.element);
    if (this.element.dataset.provider !== providerId) this.element.dataset.provider = providerId;
    if (this.element.dataset.page !== page) this.element.dataset.page = page;
  }

  /**
   * `dir`: the investigator's language's direction (i18n), set on the guide's root inside the shadow root;
   * `styles`: the guide's stylesheet, which comes with its messages (guide-language.ts), set before the first draw.
   */
  update(providerId: string, props: GuideProps & { page: PageKind }, dir: 'ltr' | 'rtl', styles: string): void {
    if (this.style.textContent !== styles) this.style.textContent = styles;
    if (this.mount.dir !== dir) this.mount.dir = dir;
    this.attach(providerId, props.page);
    render(h(Guide, props), this.mount);
    this.reserveSpace(props.collapsed ? TAB_WIDTH : GUIDE_WIDTH);
  }

  private reserveSpace(width: number): void {
    const root = this.doc.documentElement;
    if (root.hasAttribute(SPACE_OFF)) root.removeAttribute(SPACE_OFF);
    if (this.reservedMargin === null) this.reservedMargin = root.style.getPropertyValue('margin-right');
    root.style.setProperty('margin-right', `${width}px`, 'important');
  }

  destroy(): void {
    render(null, this.mount);
    this.element.remove();
    if (this.reservedMargin !== null) {
      this.doc.documentElement.style.setProperty('margin-right', this.reservedMargin);
      this.reservedMargin = null;
    }
  }
}

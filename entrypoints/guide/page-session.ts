import type { GuideProps } from '../../components/Guide';
import { KEYS_ONLY, type GuideText } from '../../components/guide/guide-text';
import type { GuideSettings } from '../../messages/protocol';
import { sendFromGuide } from '../../messages/send-from-guide';
import { portalForUrl, portalForUrlWith, type PortalEntry } from '../../providers/portals';
import { recognizePage, type Recognition } from '../../recognition/recognize';
import { snapshotFields } from '../../recognition/snapshot';
import { TaughtHere } from '../../storage/taught-client';
import { GuideHost, releaseGuideSpace } from './guide-host';
import type { GuideLook } from './guide-language';
import { setGuideCollapsed } from './guide-settings';
import type { ChangeReason } from './page-watcher';
import { SessionEvents, type FieldState, type GuideSession, type GuideSlice, type SessionEvent, type SessionListener } from './session';

/** How long the first draw waits for the features' start-up answers (normally here within tens of milliseconds). */
const FIRST_DRAW_WAIT_MS = 500;

const NO_SLICE: Required<GuideSlice> = {
  facts: [],
  findings: null,
  docs: {},
  onJump: () => undefined,
  suggestion: null,
  onInsertSuggestion: () => undefined,
  capture: null,
  teach: null,
  routes: null,
};

/**
 * The guide's state on one page: the current recognition and field snapshot, the settings, and the guide element
 * that shows the merged slices of the running features.
 */
export class PageSession implements GuideSession {
  recognition: Recognition | null = null;
  snapshot: FieldState = { fields: [], elements: new Map() };
  private host: GuideHost | null = null;
  private readonly slices = new Map<string, GuideSlice>();
  private readonly events = new SessionEvents();
  private renderQueued = false;
  readonly taught = new TaughtHere(() => this.refresh(new Set(['form'])));
  /** Portals the investigator added on this host (issue 10); null until asked. */
  private addedPortals: readonly PortalEntry[] | null = null;
  /** Null until the background sent the guide's messages: the panel is drawn once they are here. */
  private guideText: GuideLook | null = null;
  /** Start-up answers still on their way; the first draw waits for them (up to FIRST_DRAW_WAIT_MS). */
  private startupAnswers = 0;
  private firstDrawn = false;
  private firstDrawWaitOver = false;

  constructor(
    readonly doc: Document,
    public settings: GuideSettings,
  ) {}

  on(event: SessionEvent, listener: SessionListener, signal: AbortSignal): void {
    this.events.on(event, listener, signal);
  }

  contribute(featureId: string, slice: GuideSlice | null): void {
    if (slice) this.slices.set(featureId, slice);
    else this.slices.delete(featureId);
    this.scheduleRender();
  }

  awaitBeforeFirstDraw(answer: Promise<unknown>): void {
    if (this.firstDrawn) return;
    this.startupAnswers++;
    const settled = () => {
      this.startupAnswers--;
      this.scheduleRender();
    };
    answer.then(settled, settled);
  }

  /** The guide may change only its collapsed state. */
  updateSettings({ guideCollapsed, ...rest }: Partial<GuideSettings>): Promise<unknown> {
    if (guideCollapsed === undefined || Object.keys(rest).length) return Promise.reject(new Error('The guide may change only its collapsed state.'));
    return setGuideCollapsed(guideCollapsed);
  }

  get text(): GuideText {
    return this.guideText ?? KEYS_ONLY;
  }

  /** The guide's messages arrived (at start, or after the language setting changed): redraw in them. */
  changeText(next: GuideLook): void {
    if (this.guideText?.locale === next.locale) return;
    this.guideText = next;
    this.events.emit('language', new Set(['start']));
    this.scheduleRender();
  }

  guideRoot(): ShadowRoot | null {
    return this.host?.element.shadowRoot ?? null;
  }

  changeSettings(next: GuideSettings): void {
    this.settings = next;
    this.events.emit('settings', new Set(['start']));
    this.refresh();
  }

  /** Recognize the page again (or drop the guide when it is no longer a portal page of an enabled provider). */
  refresh(reasons: ReadonlySet<ChangeReason> = new Set(['start'])): void {
    const url = new URL(this.doc.location.href);
    const provider = this.providerFor(url);
    if (!provider || this.settings.disabledProviders.includes(provider.id)) return this.clear(reasons);
    // Typing changes values, not the form: reuse the last recognition while its fields are still on the page.
    const typingOnly = reasons.size === 1 && reasons.has('typing');
    const previous = this.recognition;
    const reusable = typingOnly && previous?.provider.id === provider.id && previous.fields.every((f) => f.element.isConnected);
    if (!reusable && previous) this.events.emit('leaving', reasons);
    const recognition = reusable && previous ? previous : recognizePage(this.doc, url, provider, this.taught.forPage(provider.id, url));
    this.recognition = recognition;
    const snapshot = snapshotFields(recognition.fields);
    this.snapshot = { fields: snapshot.fields, elements: snapshot.elements as Map<string, HTMLElement> };
    if (!this.host) {
      this.host = new GuideHost(this.doc);
      // A background slow to answer (its worker waking) must not keep the guide blank.
      setTimeout(() => {
        this.firstDrawWaitOver = true;
        // Only a guide still waiting is drawn here: one drawn already would be drawn again for nothing.
        if (!this.firstDrawn) this.scheduleRender();
      }, FIRST_DRAW_WAIT_MS);
    }
    this.events.emit('recognized', reasons);
    this.scheduleRender();
  }

  /** The portal of this URL: a named provider's, else one the investigator added (asked of the background once). */
  private providerFor(url: URL): PortalEntry | null {
    const known = portalForUrl(url);
    if (known && known.id !== 'kodex') return known;
    if (this.addedPortals === null) {
      this.addedPortals = [];
      sendFromGuide('added-portals-here', {}).then(
        (entries) => {
          this.addedPortals = entries;
          if (entries.length) this.refresh();
        },
        () => undefined,
      );
    }
    return portalForUrlWith(url, this.addedPortals);
  }

  /** Off a portal page: features stop (they listen for a recognition of null) and the guide goes. */
  clear(reasons: ReadonlySet<ChangeReason> = new Set(['start'])): void {
    if (this.recognition) this.events.emit('leaving', reasons);
    const hadGuide = this.recognition !== null || this.host !== null;
    this.recognition = null;
    this.snapshot = { fields: [], elements: new Map() };
    if (hadGuide) this.events.emit('recognized', reasons);
    this.host?.destroy();
    this.host = null;
    releaseGuideSpace(this.doc); // with or without a guide drawn: the style may have reserved its width since the start
  }

  private scheduleRender(): void {
    if (this.renderQueued) return;
    this.renderQueued = true;
    queueMicrotask(() => {
      this.renderQueued = false;
      this.render();
    });
  }

  private render(): void {
    const recognition = this.recognition;
    if (!this.host || !recognition || !this.guideText) return;
    if (!this.firstDrawn && this.startupAnswers > 0 && !this.firstDrawWaitOver) return;
    this.firstDrawn = true;
    const props: GuideProps = {
      text: this.guideText,
      ...NO_SLICE,
      ...Object.assign({}, ...this.slices.values()),
      providerName: recognition.provider.name,
      page: recognition.page,
      fields: this.snapshot.fields.flatMap((f) => (f.role ? [{ role: f.role, label: f.label }] : [])),
      collapsed: this.settings.guideCollapsed,
      onToggle: () => void this.updateSettings({ guideCollapsed: !this.settings.guideCollapsed }),
    };
    this.host.update(recognition.provider.id, props, this.settings.dir ?? 'ltr', this.guideText.styles);
  }
}

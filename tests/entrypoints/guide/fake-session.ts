import type { GuideText } from '../../../components/guide/guide-text';
import { guideTextIn } from '../../components/guide/guide-text';
import { providerForUrl } from '../../../providers/registry';
import { recognizePage } from '../../../recognition/recognize';
import { snapshotFields } from '../../../recognition/snapshot';
import { DEFAULT_SETTINGS, type Settings } from '../../../storage/settings';
import type { ChangeReason } from '../../../entrypoints/guide/page-watcher';
import { SessionEvents, type FieldState, type GuideSession, type GuideSlice, type SessionEvent } from '../../../entrypoints/guide/session';
import type { Recognition } from '../../../recognition/recognize';
import { EMPTY_TAUGHT, applyTaughtChange, pagePatternOf, taughtPageIn, type TaughtChange, type TaughtPage } from '../../../storage/taught-schema';
import type { TaughtAccess } from '../../../storage/taught-client';

/** What is taught, kept in the test: each change is applied as the background would, for this page. */
class FakeTaught implements TaughtAccess {
  current: TaughtPage | null = null;
  readonly changes: TaughtChange[] = [];
  constructor(private readonly session: FakeSession) {}
  async teach(change: TaughtChange): Promise<void> {
    this.changes.push(change);
    const pattern = pagePatternOf(this.session.url);
    const providerId = providerForUrl(this.session.url)!.id;
    const store = applyTaughtChange(this.current ? { ...EMPTY_TAUGHT, pages: [this.current] } : EMPTY_TAUGHT, providerId, pattern, change, new Date());
    this.current = taughtPageIn(store, providerId, pattern);
    this.session.recognize(['form']);
  }
  reload(): void {}
}

/**
 * A session over the test's own document (happy-dom), driven by hand: `recognize()` reads the page as the real
 * session would and tells the features, `slices` holds what each feature contributed.
 */
export class FakeSession implements GuideSession {
  readonly doc = document;
  settings: Settings = { ...DEFAULT_SETTINGS };
  recognition: Recognition | null = null;
  snapshot: FieldState = { fields: [], elements: new Map() };
  readonly slices = new Map<string, GuideSlice>();
  readonly settingsWritten: Partial<Settings>[] = [];
  private readonly events = new SessionEvents();
  readonly taught = new FakeTaught(this);
  text: GuideText = guideTextIn('en');

  constructor(public url: string) {}

  /** Put this markup in the document's body and recognize the page. */
  load(html: string): this {
    document.body.innerHTML = html;
    return this.recognize();
  }

  recognize(reasons: ChangeReason[] = ['start']): this {
    if (this.recognition) this.emit('leaving', reasons);
    const url = new URL(this.url);
    this.recognition = recognizePage(document, url, providerForUrl(url)!, this.taught.current);
    const snapshot = snapshotFields(this.recognition.fields);
    this.snapshot = { fields: snapshot.fields, elements: snapshot.elements as Map<string, HTMLElement> };
    this.emit('recognized', reasons);
    return this;
  }

  emit(event: SessionEvent, reasons: ChangeReason[] = ['start']): void {
    this.events.emit(event, new Set(reasons));
  }

  on(event: SessionEvent, listener: (reasons: ReadonlySet<ChangeReason>) => void, signal: AbortSignal): void {
    this.events.on(event, listener, signal);
  }

  contribute(featureId: string, slice: GuideSlice | null): void {
    if (slice) this.slices.set(featureId, slice);
    else this.slices.delete(featureId);
  }

  /** What the features asked the first draw to wait for. */
  readonly startupAnswers: Promise<unknown>[] = [];
  awaitBeforeFirstDraw(answer: Promise<unknown>): void {
    this.startupAnswers.push(answer);
  }

  async updateSettings(patch: Partial<Settings>): Promise<Settings> {
    this.settingsWritten.push(patch);
    this.settings = { ...this.settings, ...patch };
    return this.settings;
  }

  guideRoot(): ShadowRoot | null {
    return null;
  }

  /** The element whose field snapshot has this role. */
  element(role: string): HTMLElement {
    const field = this.snapshot.fields.find((f) => f.role === role);
    if (!field) throw new Error(`No field with role ${role}`);
    return this.snapshot.elements.get(field.key)!;
  }
}

/** Let pending promise callbacks run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

import type { GuideProps } from '../../components/Guide';
import type { GuideText } from '../../components/guide/guide-text';
import type { GuideSettings } from '../../messages/protocol';
import type { PageKind } from '../../providers/page-kinds';
import type { Recognition } from '../../recognition/recognize';
import type { FieldSnapshot } from '../../rules/types';
import type { TaughtAccess } from '../../storage/taught-client';
import type { ChangeReason } from './page-watcher';

/**
 * - `leaving`: the current recognition is about to be replaced or dropped (its elements still hold their values);
 * - `recognized`: a new recognition and field snapshot are in place;
 * - `settings`: the investigator's settings changed (a recognition follows);
 * - `language`: the guide's messages arrived in another language (`text`).
 */
export type SessionEvent = 'leaving' | 'recognized' | 'settings' | 'language';
export type SessionListener = (reasons: ReadonlySet<ChangeReason>) => void;

/** What one feature adds to the guide's panel; the session merges every feature's slice into the guide's props. */
export type GuideSlice = Partial<Pick<GuideProps, 'facts' | 'findings' | 'docs' | 'onJump' | 'suggestion' | 'onInsertSuggestion' | 'capture' | 'teach' | 'routes'>>;

export interface FieldState {
  fields: FieldSnapshot[];
  /** From a snapshot field's key back to its element on the page. */
  elements: ReadonlyMap<string, HTMLElement>;
}

/**
 * Everything a guide feature may see and do. Features get nothing else from the page-level machinery, so each
 * can run alone against a fake session in tests.
 */
export interface GuideSession {
  readonly doc: Document;
  readonly settings: GuideSettings;
  /** The guide's language, for what a feature writes outside the panel (badges, teach.js). */
  readonly text: GuideText;
  /** Null while the page is not a recognized portal page of an enabled provider. */
  readonly recognition: Recognition | null;
  readonly snapshot: FieldState;
  /** What the investigator taught about this page (applied by recognition before its guesses). */
  readonly taught: TaughtAccess;
  on(event: SessionEvent, listener: SessionListener, signal: AbortSignal): void;
  /** Replace this feature's slice of the guide (null removes it) and redraw soon. */
  contribute(featureId: string, slice: GuideSlice | null): void;
  /**
   * An answer the guide's first draw waits for (it settles after the feature contributed it): the guide draws once
   * with every start-up answer rather than once per answer. Ignored after the first draw.
   */
  awaitBeforeFirstDraw(answer: Promise<unknown>): void;
  updateSettings(patch: Partial<GuideSettings>): Promise<unknown>;
  /** The guide's shadow root, to bring one of its parts into view. */
  guideRoot(): ShadowRoot | null;
}

/** The page kind a recognition gives, or null off portal pages. */
export const pageOf = (session: GuideSession): PageKind | null => session.recognition?.page ?? null;

/** Listeners by event; each is removed when its signal aborts. A listener added during an emit waits for the next. */
export class SessionEvents {
  private readonly listeners = new Map<SessionEvent, Set<SessionListener>>();

  on(event: SessionEvent, listener: SessionListener, signal: AbortSignal): void {
    if (signal.aborted) return;
    const set = this.listeners.get(event) ?? new Set();
    this.listeners.set(event, set);
    set.add(listener);
    signal.addEventListener('abort', () => set.delete(listener), { once: true });
  }

  /** A listener removed by an earlier one in the same emit (its feature stopped) is not called. */
  emit(event: SessionEvent, reasons: ReadonlySet<ChangeReason>): void {
    const set = this.listeners.get(event);
    for (const listener of [...(set ?? [])]) if (set?.has(listener)) listener(reasons);
  }
}

import type { PageKind } from '../../../providers/page-kinds';
import type { GuideSession } from '../session';

export interface GuideFeature {
  /** Unique; also the key of the feature's slice of the guide. */
  id: string;
  /** The page kinds the feature runs on. */
  include: readonly PageKind[] | 'all';
  /**
   * Start on a page where the feature applies; the current recognition is already in `session`. `signal` aborts
   * when the feature stops applying (page kind changed, page left, provider disabled) or the guide stops: undo
   * everything then.
   */
  init(session: GuideSession, signal: AbortSignal): void;
}

export function defineFeature(feature: GuideFeature): GuideFeature {
  return feature;
}

export function appliesTo(feature: GuideFeature, page: PageKind | null): boolean {
  return page !== null && (feature.include === 'all' || feature.include.includes(page));
}

/**
 * Start each feature when the recognized page kind is one it runs on, stop it when it no longer is. A stopped
 * feature's slice leaves the guide.
 */
export function runFeatures(session: GuideSession, features: readonly GuideFeature[], signal: AbortSignal): void {
  const running = new Map<string, AbortController>();
  const stop = (feature: GuideFeature) => {
    running.get(feature.id)?.abort();
    running.delete(feature.id);
    session.contribute(feature.id, null);
  };
  const sync = () => {
    const page = session.recognition?.page ?? null;
    for (const feature of features) {
      const applies = appliesTo(feature, page) && !signal.aborted;
      if (applies && !running.has(feature.id)) {
        const controller = new AbortController();
        running.set(feature.id, controller);
        feature.init(session, controller.signal);
      } else if (!applies && running.has(feature.id)) {
        stop(feature);
      }
    }
  };
  session.on('recognized', sync, signal);
  signal.addEventListener('abort', () => features.forEach((f) => running.has(f.id) && stop(f)), { once: true });
  sync();
}

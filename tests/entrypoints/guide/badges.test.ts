import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KEYS_ONLY } from '../../../components/guide/guide-text';
import { BadgeLayer } from '../../../entrypoints/guide/badges';

/** An IntersectionObserver whose answers the test delivers, with the boxes the page has at that moment. */
class ManualIntersections {
  static last: ManualIntersections | null = null;
  readonly observed = new Set<Element>();
  observeCalls = 0;
  constructor(private readonly callback: (entries: IntersectionObserverEntry[]) => void) {
    ManualIntersections.last = this;
  }
  observe(target: Element) {
    this.observeCalls++;
    this.observed.add(target);
  }
  unobserve(target: Element) {
    this.observed.delete(target);
  }
  disconnect() {
    this.observed.clear();
  }
  /** Answer for every observed target with its box as `boxOf` gives it now. */
  answer(boxOf: (target: Element) => DOMRect) {
    const entries = [...this.observed].map((target) => ({ target, boundingClientRect: boxOf(target) }) as unknown as IntersectionObserverEntry);
    this.callback(entries);
  }
}

class ManualResizes {
  static last: ManualResizes | null = null;
  constructor(readonly callback: () => void) {
    ManualResizes.last = this;
  }
  observe() {}
  disconnect() {}
}

const finding = { ruleId: 'emergency/harm', severity: 'warning', message: 'state the danger' } as never;

describe('BadgeLayer', () => {
  beforeEach(() => {
    vi.stubGlobal('IntersectionObserver', ManualIntersections);
    vi.stubGlobal('ResizeObserver', ManualResizes);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.documentElement.querySelectorAll('quickfreeze-badge').forEach((b) => b.remove());
  });

  it('measures again when the page is laid out again while boxes are on their way', async () => {
    const field = document.createElement('input');
    document.body.append(field);
    const layer = new BadgeLayer(document, () => undefined, () => KEYS_ONLY);
    layer.update(new Map([['f1', { element: field, findings: [finding] }]]));
    const io = ManualIntersections.last!;
    expect(io.observed.has(field)).toBe(true);

    // The page reserves the guide's width: <html> changes size while the first boxes are on their way, already measured
    // in the old layout. The observer gives an observed target no new answer for a move.
    ManualResizes.last!.callback();
    io.answer(() => new DOMRect(300, 100, 200, 30));
    const badge = document.querySelector<HTMLElement>('quickfreeze-badge')!;
    expect(badge.style.transform).toBe('translate(466px, 84px)');

    await Promise.resolve();
    expect(io.observed.has(field)).toBe(true);
    io.answer(() => new DOMRect(130, 100, 200, 30));
    expect(badge.style.transform).toBe('translate(296px, 84px)');
    layer.destroy();
  });

  it('asks once when nothing changes while it waits', async () => {
    const field = document.createElement('input');
    document.body.append(field);
    const layer = new BadgeLayer(document, () => undefined, () => KEYS_ONLY);
    layer.update(new Map([['f1', { element: field, findings: [finding] }]]));
    const io = ManualIntersections.last!;
    io.answer(() => new DOMRect(300, 100, 200, 30));
    await Promise.resolve();
    expect(io.observed.size).toBe(0);
    expect(io.observeCalls).toBe(1);
    layer.destroy();
  });
});

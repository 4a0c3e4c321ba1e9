import { useEffect, useRef, useState } from 'preact/hooks';

/** Rows rendered at first, and added each time the end of the rendered rows comes near the viewport. */
export const WINDOW_ROWS = 40;

/**
 * A growing window over a long list: the first screen renders only the first rows (the soonest to expire), and
 * more are rendered as the reader scrolls or tabs towards the end. Without IntersectionObserver, everything is.
 * Returns how many rows to render and a ref for an element placed after the last of them.
 */
export function useWindow(total: number, resetKey: unknown): { shown: number; sentinel: { current: HTMLDivElement | null } } {
  const observable = typeof IntersectionObserver !== 'undefined';
  const [size, setSize] = useState(WINDOW_ROWS);
  const sentinel = useRef<HTMLDivElement>(null);
  useEffect(() => setSize(WINDOW_ROWS), [resetKey]);
  useEffect(() => {
    if (!observable || !sentinel.current || size >= total) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setSize((n) => n + WINDOW_ROWS);
    }, { rootMargin: '1200px 0px' });
    observer.observe(sentinel.current);
    return () => observer.disconnect();
  }, [size, total]);
  return { shown: observable ? Math.min(size, total) : total, sentinel };
}

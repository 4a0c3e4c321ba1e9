const PARAGRAPH_WINDOW = 2_000;

/** The paragraph around a place: from the blank line before it to the blank line after it, within [from, to) and bounded. */
export function paragraphAround(text: string, at: number, from = 0, to = text.length): { start: number; end: number } {
  const before = text.slice(Math.max(from, at - PARAGRAPH_WINDOW), at);
  const breaks = [...before.matchAll(/\n[ \t]*\n/g)];
  const last = breaks[breaks.length - 1];
  const start = last ? at - before.length + last.index! + last[0].length : Math.max(from, at - PARAGRAPH_WINDOW);
  const after = text.slice(at, Math.min(to, at + PARAGRAPH_WINDOW)).search(/\n[ \t]*\n/);
  return { start, end: after === -1 ? Math.min(to, at + PARAGRAPH_WINDOW) : at + after };
}

import type { Span } from './signature';

/**
 * A provider that answers inside the officer's own message ("Please see our responses below, marked \"MS:\"", "our
 * answers are inline, prefixed with 'LE:'", "our responses inline below, marked [SNAP]"): its answers are the paragraphs of the message below that open with that
 * marker; everything else there is the officer's, asked.
 */
const MARKER_NAMED = new RegExp(
  String.raw`(?<![\p{L}])(?:responses?|answers?|replies|comments|reply)[ \t\n]+(?:(?:are|is)[ \t\n]+)?(?:(?:below|inline|in-line|in[ \t\n]+line|beneath|underneath)[ \t\n,]+){1,2}` +
    String.raw`(?:[^.\n"“'‘«„]{0,30}?[ \t\n])?(?:marked|prefixed|preceded|introduced|labell?ed|beginning|starting|headed)[ \t\n]+(?:with|by|as)?[ \t\n]*(?:["“'‘«„][ \t]*([^"”'’»“\n]{1,12}?)[ \t]*["”'’»“]|(\[[^\]\n]{1,12}\]))`,
  'iu',
);

export interface InlineAnswers {
  /** Where the officer's message carrying the answers ends. */
  end: number;
  /** The officer's lines between the answers: asked, not confirmed. */
  asked: Span[];
}

/**
 * The answers a provider's short message points at in the message below it (`next`, the officer's), or null where it
 * names no marker or no paragraph below opens with it.
 */
export function inlineAnswers(text: string, body: { start: number; end: number }, next: { start: number; end: number } | undefined): InlineAnswers | null {
  if (!next) return null;
  const named = MARKER_NAMED.exec(text.slice(body.start, Math.min(body.end, body.start + 2_000)));
  const marker = (named?.[1] ?? named?.[2])?.trim();
  if (!marker) return null;
  const escaped = marker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const answer = new RegExp(String.raw`^[ \t>]*${escaped}`, 'u');
  const asked: Span[] = [];
  let answered = 0;
  let from = next.start;
  // Paragraph by paragraph: one opening with the marker is the provider's, up to the next blank line.
  const paragraphs = text.slice(next.start, next.end).split(/(\n[ \t>]*\n)/);
  let at = next.start;
  for (const part of paragraphs) {
    const isGap = /^\n[ \t>]*\n$/.test(part);
    if (!isGap && answer.test(part.replace(/^\n+/, ''))) {
      if (at > from) asked.push({ start: from, end: at });
      answered++;
      from = at + part.length;
    }
    at += part.length;
  }
  if (!answered) return null;
  if (next.end > from) asked.push({ start: from, end: next.end });
  return { end: next.end, asked };
}

export interface HighlightRect {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** The frame drawn over the page field under the pointer while the investigator picks one (viewport coordinates). */
export function PickHighlight({ rect }: { rect: HighlightRect | null }) {
  if (!rect) return null;
  return <div class="pick-highlight" data-pick-highlight aria-hidden="true" style={{ top: `${rect.top}px`, left: `${rect.left}px`, width: `${rect.width}px`, height: `${rect.height}px` }} />;
}

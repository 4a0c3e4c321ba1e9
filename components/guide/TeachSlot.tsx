import { useEffect, useRef } from 'preact/hooks';
import { useGuideText } from './guide-text';

export interface TeachSlotProps {
  open: boolean;
  /** On the investigator's click on "Fix recognition…". */
  onOpen: () => void;
  /** Draws the panel (teach.js) into the slot; null while teach.js is loading. Returns how to take it away. */
  mount: ((container: HTMLElement) => () => void) | null;
  /** The panel did not open (teach.js did not load). */
  failed: boolean;
}

/**
 * "Fix recognition": the button that opens it, then the node where teach.js draws the panel with its own Preact.
 * This component never renders children into that node, so the guide's redraws leave the panel alone.
 */
export function TeachSlot({ open, onOpen, mount, failed }: TeachSlotProps) {
  const { t } = useGuideText();
  const slot = useRef<HTMLDivElement>(null);
  useEffect(() => (open && mount && slot.current ? mount(slot.current) : undefined), [open, mount]);
  if (open) return <div class="teach-slot" ref={slot} />;
  return (
    <section class="teach" aria-label={t('guide.teach.label')}>
      <button type="button" data-action="teach-open" aria-expanded="false" onClick={onOpen}>
        {t('guide.teach.open')}
      </button>
      {failed && (
        <p class="teach-status" role="status">
          {t('guide.teach.failed')}
        </p>
      )}
    </section>
  );
}

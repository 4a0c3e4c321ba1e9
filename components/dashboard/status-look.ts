import type { RecordStatus } from '../../register/expiry';

export type Tone = 'ok' | 'warn' | 'danger' | 'neutral' | 'info';

/**
 * How each status looks: an icon (hidden from screen readers, beside the status word) and a colour tone, so that
 * no status is told by colour alone. The icons differ in shape, not only in colour.
 */
export const STATUS_LOOK: Record<RecordStatus, { icon: string; tone: Tone }> = {
  active: { icon: '●', tone: 'ok' },
  extended: { icon: '◆', tone: 'ok' },
  'expiring-soon': { icon: '▲', tone: 'warn' },
  lapsed: { icon: '✖', tone: 'danger' },
  superseded: { icon: '○', tone: 'neutral' },
  kept: { icon: '■', tone: 'neutral' },
  'awaiting-answer': { icon: '◐', tone: 'info' },
  overdue: { icon: '✖', tone: 'danger' },
  answered: { icon: '✓', tone: 'neutral' },
};

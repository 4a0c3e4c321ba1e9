import type { MessageKey } from '../../i18n/catalogue';

/** The first-run page's steps, in order; each can be skipped, and each choice can be changed later in the options. */
export const WELCOME_STEPS = [
  { id: 'about', titleKey: 'welcome.step.about' },
  { id: 'country', titleKey: 'welcome.step.country' },
  { id: 'lock', titleKey: 'welcome.step.lock' },
  { id: 'portals', titleKey: 'welcome.step.portals' },
  { id: 'done', titleKey: 'welcome.step.done' },
] as const satisfies ReadonlyArray<{ id: string; titleKey: MessageKey }>;

export type WelcomeStepId = (typeof WELCOME_STEPS)[number]['id'];

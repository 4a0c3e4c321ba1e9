/** The first-run page's steps, in order; each can be skipped, and each choice can be changed later in the options. */
export const WELCOME_STEPS = [
  { id: 'about', title: 'What QuickFreeze does, and never does' },
  { id: 'country', title: 'Your country and authority' },
  { id: 'lock', title: 'Protect the register with a passphrase' },
  { id: 'portals', title: 'Where to show the guide' },
  { id: 'done', title: 'Ready' },
] as const;

export type WelcomeStepId = (typeof WELCOME_STEPS)[number]['id'];

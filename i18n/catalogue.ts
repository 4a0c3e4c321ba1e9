import type { MessageKey } from './locales/en';
import type { Message } from './types';

export type { MessageKey };

/** A translation: every English key, each with the same placeholders (checked by tests/i18n/catalogues.test.ts). */
export type Catalogue = Readonly<Record<MessageKey, Message>>;

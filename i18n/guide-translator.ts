import type { MessageKey } from './catalogue';
import type { GuideLanguage } from './guide-protocol';
import { createTranslator, type Translator } from './translate';

/**
 * The guide's `t`, over the messages the background sent (i18n/guide-catalogue.ts). It imports no catalogue, so
 * the page bundle stays small; a key the background did not send shows as the key, which tests catch.
 */
export function guideTranslator(language: GuideLanguage): Translator<MessageKey> {
  return createTranslator<MessageKey>(language.locale, language.messages as Partial<Record<MessageKey, GuideLanguage['messages'][string]>>);
}


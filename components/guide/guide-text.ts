import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { MessageKey } from '../../i18n/catalogue';
import type { Translator } from '../../i18n/translate';
import type { Locale } from '../../i18n/types';
import type { PageKind } from '../../providers/page-kinds';
import type { FieldRole } from '../../recognition/field-roles';

/**
 * The guide's language: its `t` over the messages the background sent (i18n/guide-translator.ts) and the locale,
 * for Intl. The extension pages' PageLanguage (i18n/use-i18n.ts) has the same shape, so the components both show
 * (facts, routes, sources) take either. This module imports no catalogue: guide.js carries none.
 */
export interface GuideText {
  t: Translator<MessageKey>;
  locale: Locale;
}

/** Without a provider a message shows as its key, which tests catch; the guide always provides one. */
export const KEYS_ONLY: GuideText = { t: (key) => key, locale: 'en' };

export const GuideTextContext = createContext<GuideText>(KEYS_ONLY);

export function useGuideText(): GuideText {
  return useContext(GuideTextContext);
}

/** Provider facts, legal data and rule docs keep their source language (English): labelled so when the guide is not. */
export const showsEnglishLabel = (locale: Locale): boolean => locale !== 'en';

export const pageTitleKey = (page: PageKind): MessageKey => `guide.page.${page}`;
export const roleNameKey = (role: FieldRole): MessageKey => `guide.role.${role}`;

import type { MessageKey } from './catalogue';
import { catalogueFor } from './catalogues';
import type { GuideLanguage } from './guide-protocol';
import { directionFor, resolveLocale } from './resolve';
import type { Direction, LanguageSetting } from './types';

/** The keys the in-page guide shows; everything else stays in the background and the extension pages. */
export const GUIDE_KEY_PREFIXES = ['guide.', 'facts.', 'rules.emergency.item.'] as const;

export const isGuideKey = (key: string): boolean => GUIDE_KEY_PREFIXES.some((prefix) => key.startsWith(prefix));

/**
 * What the background answers the guide: the locale for the setting and the browser's UI language, its direction
 * (the browser's `@@bidi_dir` when the guide speaks the browser's language), and the guide's messages in it.
 */
export function guideLanguage(setting: LanguageSetting, uiLanguage: string, bidiDir: string): GuideLanguage {
  const locale = resolveLocale(setting, [uiLanguage]);
  const catalogue = catalogueFor(locale);
  const messages: GuideLanguage['messages'] = {};
  for (const key of Object.keys(catalogue) as MessageKey[]) if (isGuideKey(key)) messages[key] = catalogue[key];
  return { locale, dir: guideDirection(setting, uiLanguage, bidiDir), messages };
}

/**
 * The guide's direction. `@@bidi_dir` counts only while the guide speaks the browser's own language: a browser in a
 * language QuickFreeze does not speak yet gets English, left to right, whatever its own direction.
 */
export function guideDirection(setting: LanguageSetting, uiLanguage: string, bidiDir: string): Direction {
  const locale = resolveLocale(setting, [uiLanguage]);
  const speaksBrowserLanguage = setting === 'browser' && uiLanguage.toLowerCase().startsWith(locale);
  return directionFor(setting, locale, speaksBrowserLanguage ? bidiDir : '');
}

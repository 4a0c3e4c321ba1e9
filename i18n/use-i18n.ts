import { createContext, h, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { loadSettings, onSettingsChanged } from '../storage/settings';
import { localeFor } from './background';
import { englishT, translatorFor, type T } from './catalogues';
import { directionOf } from './resolve';
import type { Direction, LanguageSetting, Locale } from './types';

/** The language of an extension page (popup, options, dashboard, insert, welcome) and its `t`. */
export interface PageLanguage {
  setting: LanguageSetting;
  locale: Locale;
  dir: Direction;
  t: T;
}

export function pageLanguage(setting: LanguageSetting): PageLanguage {
  const locale = localeFor(setting);
  return { setting, locale, dir: directionOf(locale), t: translatorFor(locale) };
}

const ENGLISH: PageLanguage = { setting: 'browser', locale: 'en', dir: 'ltr', t: englishT };
const LanguageContext = createContext<PageLanguage>(ENGLISH);

/**
 * The investigator's language, followed live (a change in the options re-renders every open page). Sets the
 * document's `lang` and `dir` so screen readers and right-to-left layout follow too. English until the setting is read.
 */
export function useLanguage(doc: Document | null = typeof document === 'undefined' ? null : document): PageLanguage {
  const [language, setLanguage] = useState<PageLanguage>(ENGLISH);
  useEffect(() => {
    const apply = (setting: LanguageSetting) => setLanguage(pageLanguage(setting));
    void loadSettings().then((settings) => apply(settings.language), () => undefined);
    return onSettingsChanged((settings) => apply(settings.language));
  }, []);
  useEffect(() => {
    if (!doc) return;
    doc.documentElement.lang = language.locale;
    doc.documentElement.dir = language.dir;
  }, [doc, language.locale, language.dir]);
  return language;
}

/** Gives the page's language to every component below; wrap each page's root in it. */
export function LanguageProvider({ children }: { children: ComponentChildren }) {
  return h(LanguageContext.Provider, { value: useLanguage(), children });
}

/** The `t` of the nearest LanguageProvider (English without one, e.g. in component tests). */
export function useT(): T {
  return useContext(LanguageContext).t;
}

export function usePageLanguage(): PageLanguage {
  return useContext(LanguageContext);
}

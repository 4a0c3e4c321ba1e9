import type { GuideText } from '../../../components/guide/guide-text';
import { GUIDE_CSS } from '../../../components/guide-styles';
import type { GuideLook } from '../../../entrypoints/guide/guide-language';
import { guideLanguage } from '../../../i18n/guide-catalogue';
import { guideTranslator } from '../../../i18n/guide-translator';
import type { LanguageSetting } from '../../../i18n/types';

/** The guide's language as the background answers it (only the guide's keys), for rendering guide components in tests. */
export function guideTextIn(setting: LanguageSetting = 'en'): GuideText {
  const language = guideLanguage(setting, 'en-US', 'ltr');
  return { t: guideTranslator(language), locale: language.locale };
}

/** The guide's language with its stylesheet, as the background's `guide-language` answer gives the guide both. */
export function guideLookIn(setting: LanguageSetting = 'en'): GuideLook {
  return { ...guideTextIn(setting), styles: GUIDE_CSS };
}

import type { GuideText } from '../../components/guide/guide-text';
import { guideTranslator } from '../../i18n/guide-translator';
import { sendFromGuide } from '../../messages/send-from-guide';

/** The guide's messages and its stylesheet, both from the background: the guide draws once it has them. */
export interface GuideLook extends GuideText {
  styles: string;
}

/**
 * The guide's messages in the investigator's language, and its styles. guide.js carries neither catalogue nor
 * stylesheet: the background answers `guide-language` with the locale, only the guide's keys
 * (i18n/guide-catalogue.ts) and the minified components/guide.css.
 */
export async function loadGuideText(): Promise<GuideLook> {
  const language = await sendFromGuide('guide-language', {});
  return { t: guideTranslator(language), locale: language.locale, styles: language.styles };
}

import type { GuideText } from '../../components/guide/guide-text';
import { guideTranslator } from '../../i18n/guide-translator';
import { sendFromGuide } from '../../messages/send-from-guide';

/**
 * The guide's messages in the investigator's language. guide.js carries no catalogue: the background answers
 * `guide-language` with the locale and only the guide's keys (i18n/guide-catalogue.ts).
 */
export async function loadGuideText(): Promise<GuideText> {
  const language = await sendFromGuide('guide-language', {});
  return { t: guideTranslator(language), locale: language.locale };
}

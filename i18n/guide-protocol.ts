import * as z from 'zod/mini';
import { LOCALES, PSEUDO_LOCALES } from './types';

const text = z.string().check(z.maxLength(2_000));
const pluralForms = z.object({
  zero: z.optional(text),
  one: z.optional(text),
  two: z.optional(text),
  few: z.optional(text),
  many: z.optional(text),
  other: text,
});

/**
 * The guide's language as the background sends it (message `guide-language`): the resolved locale, its direction,
 * and only the messages the guide shows, so guide.js bundles no catalogue. zod/mini: imported by the page bundle.
 */
export const guideLanguageSchema = z.object({
  locale: z.enum([...LOCALES, ...PSEUDO_LOCALES]),
  dir: z.enum(['ltr', 'rtl']),
  messages: z.record(z.string().check(z.regex(/^[a-z][\w.-]*$/i), z.maxLength(100)), z.union([text, pluralForms])),
});
export type GuideLanguage = z.infer<typeof guideLanguageSchema>;

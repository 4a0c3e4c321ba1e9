/** Page kinds of contract section 2. Kept apart from the Zod schema so the content script does not bundle it. */
export const PAGE_KINDS = ['login', 'preservation', 'emergency', 'legal-process', 'confirmation', 'other'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

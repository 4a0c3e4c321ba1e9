import { SOURCES } from '../../providers/sources';
import { isChildSafetyMatter } from '../ncmec/lib/child-matter';
import { REQUEST_PAGES, tOf, type Finding, type Rule } from '../types';

const MEDIA_EXTENSION = /\.(?:jpe?g|png|gif|bmp|webp|heic|heif|tiff?|avif|svg|mp4|m4v|mov|avi|wmv|mkv|webm|flv|3gp|mpe?g)$/i;

export function isImageOrVideo(file: { name: string; type: string }): boolean {
  return /^(?:image|video)\//i.test(file.type) || MEDIA_EXTENSION.test(file.name);
}

const rule: Rule = {
  id: 'csam/no-attachment',
  severity: 'error',
  pages: [...REQUEST_PAGES, 'other'],
  docs: {
    title: 'Never send child sexual abuse material to a provider',
    why: 'Law enforcement must not distribute child sexual abuse material, and providers do not accept it: sending it is itself a transfer of the material and may be an offence. The provider already holds what it reported.',
    fix: 'Remove the image or video. Refer to the material by its CyberTipline report number and, where asked, its hash values (MD5, SHA-1, SHA-256).',
    sources: [SOURCES.usc2258a, SOURCES.metaGuidelines],
  },
  check(context): Finding[] {
    const { snapshot } = context;
    if (!isChildSafetyMatter(snapshot)) return [];
    return snapshot.fields.flatMap((field) => {
      const media = field.files.filter(isImageOrVideo);
      if (media.length === 0) return [];
      return [
        {
          ruleId: rule.id,
          severity: 'error',
          message: tOf(context)('rules.csam.media', { files: media.map((f) => f.name).slice(0, 3).join(', ') }),
          fieldKey: field.key,
        },
      ];
    });
  },
};

export default rule;

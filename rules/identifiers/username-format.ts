import type { MessageKey } from '../../i18n/catalogue';
import type { T } from '../../i18n/catalogues';
import { REQUEST_PAGES, fieldsWithRole, tOf, type Finding, type Rule } from '../types';
import { ACCOUNT_FORMATS, type ProviderAccountFormat } from './lib/account-formats';
import { identifierTokens } from './lib/tokens';

/** A broken percent-escape in a pasted URL is kept as written, not an error. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The username in a token, for a platform: from its profile URL, or an @handle / bare name on that provider's portal. */
export function usernameFor(token: string, format: ProviderAccountFormat, onProviderPortal: boolean, fieldMentionsPlatform: boolean): string | null {
  const url = /^(?:https?:\/\/)?([a-z0-9.-]+)\/(?:@)?([^/?#\s]+)/i.exec(token);
  if (url) return format.profileHosts.includes(url[1]!.toLowerCase()) ? safeDecode(url[2]!) : null;
  if (!onProviderPortal && !fieldMentionsPlatform) return null;
  if (/@.+\./.test(token) || /^\+?[\d\s().-]+$/.test(token) || /\s/.test(token)) return null; // e-mail, phone, prose
  if (format.platform === 'Instagram' && !fieldMentionsPlatform && !token.startsWith('@')) return null; // Meta's portal also takes Facebook names
  return token.replace(/^@/, '');
}

/** The allowed characters in words, by the platform's pattern; a pattern not listed keeps the provider data's English. */
const ALLOWED_TEXT: Readonly<Record<string, MessageKey>> = {
  '^[A-Za-z0-9._]+$': 'rules.username.allowed.lettersDigitsPeriodsUnderscores',
  '^[A-Za-z0-9_]+$': 'rules.username.allowed.lettersDigitsUnderscores',
};

function allowedText(t: T, format: ProviderAccountFormat): string {
  const key = Object.prototype.hasOwnProperty.call(ALLOWED_TEXT, format.allowed) ? ALLOWED_TEXT[format.allowed] : undefined;
  return key ? t(key) : format.allowedText;
}

const rule: Rule = {
  id: 'identifiers/username-format',
  severity: 'warning',
  pages: REQUEST_PAGES,
  docs: {
    title: 'Usernames that fit the platform',
    why: 'A username the platform cannot have (too long, characters it does not allow) is a typo or the wrong platform; the provider will find no account or the wrong one.',
    fix: ['Copy the username from the profile URL.', ...ACCOUNT_FORMATS.map((f) => `${f.platform}: at most ${f.maxLength} ${f.allowedText}.`)].join(' '),
    sources: ACCOUNT_FORMATS.map((f) => ({ title: f.source.title, url: f.source.url })),
  },
  check(context): Finding[] {
    const { snapshot } = context;
    const t = tOf(context);
    const findings: Finding[] = [];
    for (const field of fieldsWithRole(snapshot, 'account-identifier')) {
      for (const token of identifierTokens(field.value)) {
        for (const format of ACCOUNT_FORMATS) {
          const mentions = new RegExp(`\\b${format.platform}\\b`, 'i').test(field.label);
          const name = usernameFor(token, format, format.providerId === snapshot.providerId, mentions);
          if (!name) continue;
          const problems: string[] = [];
          if (name.length > format.maxLength) problems.push(t('rules.username.tooLong', { length: name.length, max: format.maxLength }));
          if (!new RegExp(format.allowed).test(name)) problems.push(t('rules.username.notAllowed', { allowed: allowedText(t, format) }));
          if (problems.length) {
            const message = t('rules.username.invalid', { name: name.slice(0, 60), platform: format.platform, problems: problems.join('; ') });
            findings.push({ ruleId: rule.id, severity: 'warning', message, fieldKey: field.key });
          }
        }
      }
    }
    return findings;
  },
};

export default rule;

import type { MessageKey } from '../../i18n/catalogue';
import { USERNAME_CHARACTERS, type UsernameCharacters } from '../../providers/username-characters';
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

/** Each character set in words; a set added to the provider data without its words here fails the type check. */
const CHARACTERS_TEXT: Readonly<Record<UsernameCharacters, MessageKey>> = {
  'letters-digits-periods-underscores': 'rules.username.allowed.lettersDigitsPeriodsUnderscores',
  'letters-digits-underscores': 'rules.username.allowed.lettersDigitsUnderscores',
};

const rule: Rule = {
  id: 'identifiers/username-format',
  severity: 'warning',
  pages: REQUEST_PAGES,
  docs: {
    title: 'Usernames that fit the platform',
    why: 'A username the platform cannot have (too long, characters it does not allow) is a typo or the wrong platform; the provider will find no account or the wrong one.',
    fix: ['Copy the username from the profile URL.', ...ACCOUNT_FORMATS.map((f) => `${f.platform}: at most ${f.maxLength} ${USERNAME_CHARACTERS[f.characters].english}.`)].join(' '),
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
          if (!USERNAME_CHARACTERS[format.characters].pattern.test(name)) problems.push(t('rules.username.notAllowed', { allowed: t(CHARACTERS_TEXT[format.characters]) }));
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

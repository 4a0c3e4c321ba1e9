import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { SOURCES } from '../../providers/sources';
import { REQUEST_PAGES, fieldsWithRole, tOf, type Finding, type Rule } from '../types';
import { identifierTokens } from './lib/tokens';

/** Looks like a phone number as written: a leading + or 00, or digit groups split by spaces, dots, dashes, brackets. */
const PHONE_LIKE = /^(?:tel:|phone:?|mobile:?|cell:?)?\s*(?:\+|00)?\s*\(?\d[\d\s().-]{5,}\d$/i;

export function phoneCandidate(token: string): string | null {
  const value = token.replace(/^(?:tel:|phone:?|mobile:?|cell:?)\s*/i, '').trim();
  if (!PHONE_LIKE.test(token)) return null;
  const digits = value.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return null;
  // A bare run of digits with no + is a numeric account id as often as a phone number: leave it alone.
  if (/^\d+$/.test(value)) return null;
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(value)) return null; // an IPv4 address
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) || /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(value)) return null; // a date
  return value;
}

const rule: Rule = {
  id: 'identifiers/phone-e164',
  severity: 'warning',
  pages: REQUEST_PAGES,
  docs: {
    title: 'Phone numbers in international (E.164) form',
    why: 'Providers look accounts up by the exact number. A number without its country code, or with a trunk 0, matches the wrong account or none (Meta asks for +XXXXXXXXXX).',
    fix: 'Write phone numbers as + country code and number, without spaces or leading 0: +15555550123, +447700900123.',
    sources: [SOURCES.e164, SOURCES.metaGuidelines],
  },
  check(context): Finding[] {
    const { snapshot } = context;
    const t = tOf(context);
    const findings: Finding[] = [];
    for (const field of fieldsWithRole(snapshot, 'account-identifier')) {
      for (const token of identifierTokens(field.value)) {
        const candidate = phoneCandidate(token);
        if (!candidate) continue;
        const international = candidate.startsWith('+') || candidate.startsWith('00');
        const parsed = parsePhoneNumberFromString(candidate.replace(/^00/, '+'));
        if (international && parsed?.isValid()) {
          if (candidate !== parsed.number) {
            findings.push({ ruleId: rule.id, severity: 'info', message: t('rules.phone.normalize', { candidate, e164: parsed.number }), fieldKey: field.key });
          }
          continue;
        }
        findings.push({
          ruleId: rule.id,
          severity: 'warning',
          message: international
            ? t('rules.phone.invalid', { candidate })
            : t('rules.phone.noCountryCode', { candidate }),
          fieldKey: field.key,
        });
      }
    }
    return findings;
  },
};

export default rule;

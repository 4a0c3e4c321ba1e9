import { findAccounts } from './accounts';
import { isProvidersOwnAddress, isPublicSectorDomain } from './provider';

const MAX_CHOICES = 8;
const key = (value: string) => value.trim().replace(/^@/, '').toLowerCase();

/**
 * The identifiers the pasted text names that no proposed record holds (`proposed`), in the order of the text: the
 * accounts of a message the reader set aside (a request it quoted, a signature, another message of the thread) may be
 * preserved ones it missed. For the investigator to add by one click; never proposed. The provider's own addresses and
 * a public body's (the officers') are left out (never an account of the case).
 */
export function accountChoices(pasted: string, proposed: readonly string[], providerId: string | null): string[] {
  const text = pasted.slice(0, 200_000);
  const seen = new Set(proposed.map(key));
  const choices: string[] = [];
  for (const account of findAccounts(text, 0, text.length)) {
    const k = key(account.value);
    const domain = account.value.includes('@') ? account.value.split('@')[1]! : null;
    if (seen.has(k) || (domain && (isProvidersOwnAddress(account.value, providerId) || isPublicSectorDomain(domain)))) continue;
    seen.add(k);
    choices.push(account.value);
    if (choices.length >= MAX_CHOICES) break;
  }
  return choices;
}

import type { MessageKey } from '../../i18n/catalogue';
import type { T } from '../../i18n/catalogues';

/**
 * The register's refusals whose words are fixed, by their stable code (RegisterError.code), in the page's language.
 * The others carry details (a field that failed validation, the browser's own error) and are shown as the register
 * words them, in English.
 */
const BY_CODE: Readonly<Record<string, MessageKey>> = {
  quota: 'dashboard.error.quota',
  duplicate: 'dashboard.error.duplicate',
};

export function errorText(t: T, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && Object.prototype.hasOwnProperty.call(BY_CODE, code)) return t(BY_CODE[code]!);
  return error instanceof Error ? error.message : String(error);
}

import type { MessageKey } from '../../i18n/catalogue';
import type { T } from '../../i18n/catalogues';
import type { Locale } from '../../i18n/types';
import { usePageLanguage } from '../../i18n/use-i18n';
import type { AuditEntry } from '../../register/schema';

/** The fields an audit entry may name, in words; another field is shown by its name. */
const FIELD_TEXT: Readonly<Record<string, MessageKey>> = {
  providerId: 'dashboard.audit.field.providerId',
  caseNumber: 'dashboard.audit.field.caseNumber',
  accountIdentifiers: 'dashboard.audit.field.accountIdentifiers',
  requestType: 'dashboard.audit.field.requestType',
  preservedOn: 'dashboard.audit.field.preservedOn',
  requestedAt: 'dashboard.audit.field.requestedAt',
  periodDays: 'dashboard.audit.field.periodDays',
  extensionDays: 'dashboard.audit.field.extensionDays',
  supersededOn: 'dashboard.audit.field.supersededOn',
  production: 'dashboard.audit.field.production',
  requestedOn: 'dashboard.audit.field.requestedOn',
  'proof.sha256': 'dashboard.audit.field.proofSha256',
};

const shown = (t: T, value: string | null) => (value === null || value === '' ? t('dashboard.none') : t('dashboard.audit.quoted', { value }));
/** When an event happened, in UTC (the audit trail's own clock), written the page language's way. */
const atText = (at: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' }).format(
    new Date(at),
  );
const fieldText = (t: T, field: string) => (Object.hasOwn(FIELD_TEXT, field) ? t(FIELD_TEXT[field]!) : field);

/** A record's history as a list, oldest first: what happened, when, and each changed field old -> new. */
export function AuditTrail({ entries }: { entries: readonly AuditEntry[] }) {
  const { t, locale } = usePageLanguage();
  if (entries.length === 0) return <p class="muted">{t('dashboard.audit.empty')}</p>;
  return (
    <ol class="audit-trail" data-audit="">
      {entries.map((entry, i) => (
        <li key={entry.seq ?? i} data-audit-event={entry.event}>
          <time dateTime={entry.at}>{atText(entry.at, locale)}</time> — {t(`dashboard.audit.event.${entry.event}`)}
          {entry.detail.length > 0 && (
            <ul>
              {entry.detail.map((d, j) => (
                <li key={j}>
                  {fieldText(t, d.field)}: {d.from === null ? shown(t, d.to) : `${shown(t, d.from)} → ${shown(t, d.to)}`}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

import type { AuditEntry } from '../../register/schema';

const EVENT_TEXT: Record<AuditEntry['event'], string> = {
  created: 'Saved',
  edited: 'Edited',
  extended: 'Extension added',
  superseded: 'Superseded by legal process',
  deleted: 'Deleted',
  restored: 'Restored',
  imported: 'Imported from a backup',
  'proof-altered': 'Proof altered: the backup stated another SHA-256 than the page text has',
  screenshot: 'Screenshot attached',
};

const FIELD_TEXT: Record<string, string> = {
  providerId: 'provider',
  caseNumber: 'case number',
  accountIdentifiers: 'account identifiers',
  requestType: 'request type',
  preservedOn: 'preservation date',
  requestedAt: 'requested at',
  periodDays: 'period (days)',
  extensionDays: 'extension (days)',
  supersededOn: 'superseded on',
  requestedOn: 'requested on',
  'proof.sha256': 'SHA-256 of the page text',
};

const shown = (value: string | null) => (value === null || value === '' ? 'none' : `“${value}”`);

/** A record's history as a list, oldest first: what happened, when, and each changed field old -> new. */
export function AuditTrail({ entries }: { entries: readonly AuditEntry[] }) {
  if (entries.length === 0) return <p class="muted">No history was recorded for this record.</p>;
  return (
    <ol class="audit-trail" data-audit="">
      {entries.map((entry, i) => (
        <li key={entry.seq ?? i} data-audit-event={entry.event}>
          <time dateTime={entry.at}>{entry.at.slice(0, 16).replace('T', ' ')} UTC</time> — {EVENT_TEXT[entry.event]}
          {entry.detail.length > 0 && (
            <ul>
              {entry.detail.map((d, j) => (
                <li key={j}>
                  {FIELD_TEXT[d.field] ?? d.field}: {d.from === null ? shown(d.to) : `${shown(d.from)} → ${shown(d.to)}`}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

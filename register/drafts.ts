import type { Provider } from '../providers/schema';
import type { Basis } from './basis';
import type { MarProvider } from './mar-text';
import type { ProductionOrder } from './production';
import type { PreservationRecord, Proof } from './schema';

/** What the dashboard's forms produce and how it becomes a capture, a provider's terms, a proof file. */

/** Lines of a textarea, trimmed, without blanks or repeats. */
export function splitLines(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const value = line.trim();
    if (value && !out.includes(value)) out.push(value);
  }
  return out;
}

export const isIsoDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** What the new-record forms produce: one draft per reference. */
export interface RecordDraft {
  providerId: string;
  reference: string;
  caseNumber: string;
  accountIdentifiers: string[];
  /** YYYY-MM-DD, or null when not known (then the day of saving). */
  preservedOn: string | null;
  /** The legal basis, which sets the period (register/basis.ts); absent: the default. */
  basis?: Basis;
  /** A production order's record (an EPOC or another production request): its clocks. */
  production?: ProductionOrder;
}

/** The capture `Register.saveCapture` takes for a draft typed or read from an e-mail. */
export function captureFromDraft(draft: RecordDraft, source: 'email' | 'manual', now = new Date()) {
  return {
    providerId: draft.providerId,
    reference: draft.reference,
    caseNumber: draft.caseNumber,
    accountIdentifiers: draft.accountIdentifiers,
    requestType: draft.production ? 'legal-process' : 'preservation',
    requestedAt: draft.production?.issuedAt ?? (draft.preservedOn ? `${draft.preservedOn}T12:00:00.000Z` : now.toISOString()),
    source,
    ...(draft.preservedOn ? { preservedOn: draft.preservedOn } : {}),
    ...(draft.basis ? { basis: draft.basis } : {}),
    ...(draft.production ? { production: draft.production } : {}),
    proof: null,
  };
}

/** The provider's stated preservation terms, for `saveCapture`. */
export function termsOf(provider: Provider | undefined): { periodDays: number | null; extensionDays: number | null } {
  const value = provider?.facts.preservation?.value;
  return { periodDays: value?.days ?? null, extensionDays: value?.extensionDays ?? null };
}

export function marProviderOf(provider: Provider | undefined, id: string): MarProvider {
  return { name: provider?.name ?? id, legalEntity: provider?.facts.legalEntity?.value ?? null };
}

/** How many days before expiry the provider wants an extension asked (X: 7), or null. */
export function extensionLeadDaysOf(provider: Provider | undefined): number | null {
  return provider?.facts.preservation?.value.extensionLeadDays ?? null;
}

/** A proof of preservation as a plain text file: what was captured, where, when, and its SHA-256. */
export function proofExportText(proof: Proof, record: PreservationRecord, providerName: string): string {
  return [
    'QuickFreeze proof of preservation',
    `Provider: ${providerName}`,
    `Reference: ${record.reference}`,
    `Case number: ${record.caseNumber || '[none]'}`,
    `URL: ${proof.url}`,
    `Captured at: ${proof.capturedAt}`,
    `SHA-256 of the page text: ${proof.sha256}`,
    '',
    '--- Page text as captured ---',
    proof.text,
  ].join('\n');
}

/** A file-name-safe form of a reference. */
export function fileSafe(value: string): string {
  return value.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60) || 'record';
}

import type { EuAddressee, Provider } from '../providers/schema';
import { BASIS_TERMS } from './basis';
import { expiryOf, keptForProduction } from './expiry';
import { answerDueAt, formatInZone, validationDueAt } from './production';
import type { PreservationRecord } from './schema';

/**
 * The register's parts of an EU e-Evidence certificate (EPOC-PR for a European Preservation Order, EPOC for a
 * European Production Order), as text to paste into the certificate form: the addressee, identifiers, dates and
 * references. The rest of the certificate (grounds, offence, data categories) is the issuing authority's to write.
 */

/** Only these roles receive orders under Directive (EU) 2023/1544; another EU entity is not shown to be one. */
const ADDRESSEE_ROLES: ReadonlySet<EuAddressee['role']> = new Set(['designated-establishment', 'legal-representative']);
const ROLE_TEXT: Record<EuAddressee['role'], string> = {
  'designated-establishment': 'designated establishment',
  'legal-representative': 'legal representative',
  'eu-entity': 'EU entity named for EU users',
  'dsa-legal-representative': 'legal representative under the Digital Services Act',
};

export const needsCertificate = (record: PreservationRecord): boolean => record.production?.order === 'eu-epoc' || (!record.production && record.basis === 'eu-epoc-pr');

/** The provider's e-Evidence addressee where a sourced fact names one (a designated establishment or legal representative). */
export function euAddresseeOf(provider: Provider | undefined): EuAddressee | null {
  const value = provider?.legal?.euAddressee?.value;
  return value && ADDRESSEE_ROLES.has(value.role) ? value : null;
}

function addresseeLine(provider: Provider | undefined): string {
  const addressee = euAddresseeOf(provider);
  if (addressee) return `${addressee.name} (${addressee.country}), ${ROLE_TEXT[addressee.role]}`;
  const other = provider?.legal?.euAddressee?.value;
  return other ? `not known (the provider names ${other.name} (${other.country}), ${ROLE_TEXT[other.role]}, not shown to be its addressee)` : 'not known';
}

function certificateParagraph(record: PreservationRecord, provider: Provider | undefined): string {
  const lines = [
    `Service provider: ${provider?.name ?? record.providerId}`,
    `Designated establishment or legal representative in the EU: ${addresseeLine(provider)}`,
    `Account identifier(s): ${record.accountIdentifiers.length ? record.accountIdentifiers.join('; ') : 'not known'}`,
    `Our case number: ${record.caseNumber || 'not known'}`,
  ];
  const order = record.production;
  if (order) {
    lines.unshift('European Production Order (EPOC)');
    lines.push(`Order reference: ${record.reference}`);
    lines.push(`Issued: ${formatInZone(new Date(order.issuedAt), order.timeZone)}${order.emergency ? ' (emergency)' : ''}`);
    lines.push(`Answer due: ${formatInZone(answerDueAt(order), order.timeZone)}`);
    const validation = validationDueAt(order);
    if (validation) lines.push(`Validation due: ${formatInZone(validation, order.timeZone)}${order.validatedOn ? ` (validated on ${order.validatedOn})` : ''}`);
  } else {
    lines.unshift('European Preservation Order (EPOC-PR)');
    lines.push(`Provider's preservation reference: ${record.reference}`);
    lines.push(`Date of preservation: ${record.preservedOn}`);
    lines.push(`Extensions: ${record.extensions.length ? record.extensions.map((e) => `requested ${e.requestedOn}${e.reference ? ` (reference ${e.reference})` : ''}`).join('; ') : 'none'}`);
    lines.push(
      keptForProduction(record)
        ? `Preserved until: kept until the production order is answered (production order confirmed on ${record.productionConfirmedOn})`
        : `Preserved until: ${expiryOf(record)} (${BASIS_TERMS['eu-epoc-pr'].label})`,
    );
  }
  return lines.join('\n');
}

/** The certificate parts of the EU orders among these records ('' when there are none), oldest first. */
export function certificateText(records: readonly PreservationRecord[], providerOf: (id: string) => Provider | undefined): string {
  const eu = records.filter(needsCertificate).sort((a, b) => a.preservedOn.localeCompare(b.preservedOn) || a.reference.localeCompare(b.reference));
  return eu.map((r, i) => `${i + 1}. ${certificateParagraph(r, providerOf(r.providerId)).replace(/\n/g, '\n   ')}`).join('\n\n');
}

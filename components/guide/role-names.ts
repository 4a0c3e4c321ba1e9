import type { FieldRole } from '../../recognition/field-roles';

/** How the guide names each field role to the investigator. */
export const ROLE_NAMES: Record<FieldRole, string> = {
  'case-number': 'case number',
  'account-identifier': 'account identifiers',
  'emergency-description': 'emergency description',
  'ncmec-report-ids': 'NCMEC report numbers',
  'non-disclosure': 'non-disclosure option',
  'child-safety-flag': 'child-safety marker',
  'date-start': 'date range start',
  'date-end': 'date range end',
  'date-range': 'date range',
  'file-upload': 'file upload',
  'request-type': 'request type',
  'hash-values': 'hash values',
};

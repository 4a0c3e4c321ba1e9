import type { FieldRole } from '../../recognition/field-roles';

/**
 * English role names, for the options' list of what was taught (components/options/TaughtList.tsx) until it takes
 * them from the catalogue (`guide.role.<role>`, via roleNameKey in ./guide-text); the guide itself uses the catalogue.
 */
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

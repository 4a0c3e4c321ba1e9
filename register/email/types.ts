import type { Problem } from '../../i18n/problems';
import type { Basis } from '../basis';

/** Where a proposed value came from: offsets into the text as pasted, and the words there. */
export interface Evidence {
  start: number;
  end: number;
  quote: string;
}

export interface EmailDate {
  day: string;
  /** The sender's UTC offset as the header states it (`-0800`), or null where the client shows local time only. */
  zone: string | null;
  evidence: Evidence;
}

export interface PreservedOn {
  day: string;
  /** `stated`: the e-mail states it; `email-date`: the e-mail's own date (the preservation may be earlier). */
  source: 'stated' | 'email-date';
  evidence: Evidence;
  /** A numeric date that reads two ways: the other reading, for the investigator to choose. */
  ambiguous?: { alternatives: string[] };
}

/** A day the e-mail states, with the words that state it, offered to pick (never proposed). */
export interface DateChoice {
  day: string;
  quote: string;
}

export interface Account {
  value: string;
  evidence: Evidence;
}

export interface ExtensionFacts {
  /** The reference of the preservation being extended (the record to match). */
  ofReference: string;
  /** When the extension was made: as stated, else the e-mail's date. */
  requestedOn: string | null;
  /** The new expiry, only where the e-mail states it; never computed. */
  expiresOn: string | null;
  evidence: Evidence;
}

export interface Confirmation {
  reference: string;
  evidence: Evidence;
  preservedOn: PreservedOn | null;
  /** Why no preservation date is proposed, where the e-mail states one that cannot be right. */
  dateWarning?: Problem;
  accounts: Account[];
  extension?: ExtensionFacts;
}

export interface ParsedEmail {
  providerId: string | null;
  /** The legal basis the provider's message names (2703(f), a European Preservation Order...), else provider-policy. */
  basis: { value: Basis; evidence: Evidence | null };
  providerEvidence: Evidence | null;
  /** Where no provider is recognised: the sender's mail domain, for the investigator to choose the provider by. */
  unrecognisedSender?: { domain: string; evidence: Evidence };
  emailDate: EmailDate | null;
  confirmations: Confirmation[];
  /** Where nothing is confirmed: numbers of the provider's message that read as references, to pick from (never prefilled). */
  referenceChoices: string[];
  /** The plausible days the text states, to pick from where a confirmation states no date of its own (never proposed). */
  dateChoices: DateChoice[];
  /** Identifiers the text names that no confirmation holds, to add by one click (never proposed). */
  accountChoices: string[];
  /** What the investigator should know about the e-mail as a whole (no reference found, provider unknown...). */
  warnings: Problem[];
}

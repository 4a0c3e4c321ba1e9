import type { PreservationRecord } from './schema';

/**
 * What a text for a request (the MAR text, a certificate's parts) lacks, named before it is copied, like the UNODC
 * MLA request writer that stops the drafter when essentials are missing. Pure: the dashboard shows the list, and the
 * copy still works once the investigator has seen it.
 */

export const MISSING_ITEMS = ['case-number', 'account-identifiers', 'dates', 'reference', 'eu-addressee'] as const;
export type MissingItem = (typeof MISSING_ITEMS)[number];

export const MISSING_TEXT: Record<MissingItem, string> = {
  'case-number': 'case number',
  'account-identifiers': 'account identifiers',
  dates: 'dates (of the preservation or the order)',
  reference: 'reference number',
  'eu-addressee': "the provider's designated establishment or legal representative in the EU",
};

export interface Gap {
  item: MissingItem;
  /** The references of the records it is missing from ('(no reference)' where that is what is missing). */
  references: string[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const validDay = (value: string | null | undefined) => !!value && DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

function lacks(record: PreservationRecord, item: MissingItem, addresseeKnown: (providerId: string) => boolean): boolean {
  switch (item) {
    case 'case-number':
      return !record.caseNumber.trim();
    case 'account-identifiers':
      return record.accountIdentifiers.every((a) => !a.trim());
    case 'dates':
      return !validDay(record.preservedOn) || record.extensions.some((e) => !validDay(e.requestedOn)) || (!!record.production && Number.isNaN(Date.parse(record.production.issuedAt)));
    case 'reference':
      return !record.reference.trim();
    case 'eu-addressee':
      return !addresseeKnown(record.providerId);
  }
}

/**
 * The gaps of these records' text, in the order of `MISSING_ITEMS`. `addresseeKnown` is asked only for a
 * certificate's text (an EU order goes to the provider's EU addressee); for the MAR text pass null.
 */
export function completenessOf(records: readonly PreservationRecord[], addresseeKnown: ((providerId: string) => boolean) | null): Gap[] {
  const items = MISSING_ITEMS.filter((item) => item !== 'eu-addressee' || addresseeKnown);
  const known = addresseeKnown ?? (() => true);
  const gaps: Gap[] = [];
  for (const item of items) {
    const references = records.filter((r) => lacks(r, item, known)).map((r) => r.reference.trim() || '(no reference)');
    if (references.length) gaps.push({ item, references });
  }
  return gaps;
}

/** One line per gap, for the list shown before copying: "case number — missing for X-1, X-2". */
export function gapLines(gaps: readonly Gap[], shownReferences = 5): string[] {
  return gaps.map(({ item, references }) => {
    const named = references.slice(0, shownReferences).join(', ');
    const more = references.length > shownReferences ? ` and ${references.length - shownReferences} more` : '';
    return `${MISSING_TEXT[item]}: missing for ${named}${more}`;
  });
}

import { findReferences } from '../references';

const MAX_CHOICES = 5;

/**
 * Where the reader confirmed no preservation: the numbers of the provider's message (its headers and body, from
 * `from` to `to`) that read as references, labelled ones first, for the investigator to pick from by one click
 * rather than type. Never prefilled: the reader did not recognise any of them as this preservation's reference.
 */
export function referenceChoices(text: string, from: number, to: number): string[] {
  const found = findReferences(text.slice(from, to));
  const order = { labelled: 0, 'case-labelled': 1, format: 2, 'other-request': 3 } as const;
  return found
    .map((f, i) => ({ ...f, i }))
    .sort((a, b) => order[a.how] - order[b.how] || a.i - b.i)
    .slice(0, MAX_CHOICES)
    .map((f) => f.reference);
}

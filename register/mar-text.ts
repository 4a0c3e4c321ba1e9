import { yieldToPage, type ChunkedWork } from './chunked';
import { expiryOf, keptForProduction } from './expiry';
import { answerDueAt, formatInZone, ORDER_TEXT } from './production';
import type { PreservationRecord } from './schema';

export interface MarProvider {
  name: string;
  legalEntity: string | null;
}

/** One preservation, as a paragraph a Mutual Assistance Request can take as it is. */
export function marParagraph(record: PreservationRecord, provider: MarProvider): string {
  if (record.production) return productionParagraph(record, provider);
  const lines = [
    `Provider: ${provider.name}${provider.legalEntity ? ` (${provider.legalEntity})` : ''}`,
    `Account identifier(s): ${record.accountIdentifiers.length ? record.accountIdentifiers.join('; ') : '[not recorded]'}`,
    `Preservation reference: ${record.reference}`,
    `Date of preservation: ${record.preservedOn}`,
  ];
  if (record.extensions.length) {
    lines.push(
      `Extensions: ${record.extensions.map((e) => `requested ${e.requestedOn}${e.reference ? ` (reference ${e.reference})` : ''}`).join('; ')}`,
    );
  } else {
    lines.push('Extensions: none');
  }
  lines.push(`Preserved until: ${untilText(record)}`);
  if (record.caseNumber) lines.push(`Our case number: ${record.caseNumber}`);
  return lines.join('\n');
}

const untilText = (record: PreservationRecord) =>
  keptForProduction(record) ? `kept until the production order is answered (production order confirmed on ${record.productionConfirmedOn})` : expiryOf(record);

/** A production order: what was ordered from whom, when, and when the answer is (or was) due. */
function productionParagraph(record: PreservationRecord, provider: MarProvider): string {
  const order = record.production!;
  const lines = [
    `Provider: ${provider.name}${provider.legalEntity ? ` (${provider.legalEntity})` : ''}`,
    `Account identifier(s): ${record.accountIdentifiers.length ? record.accountIdentifiers.join('; ') : '[not recorded]'}`,
    `${ORDER_TEXT[order.order]}${order.emergency ? ' (emergency)' : ''}, reference: ${record.reference}`,
    `Issued: ${formatInZone(new Date(order.issuedAt), order.timeZone)}`,
    order.answeredOn ? `Answered on: ${order.answeredOn}` : `Answer due: ${formatInZone(answerDueAt(order), order.timeZone)}`,
  ];
  if (record.caseNumber) lines.push(`Our case number: ${record.caseNumber}`);
  return lines.join('\n');
}

function marIntro(count: number): string {
  return count === 1
    ? 'The following data has been preserved by the service provider at our request:'
    : `The following data has been preserved by the service providers at our request (${count} preservations):`;
}

const numbered = (n: number, record: PreservationRecord, providerOf: (id: string) => MarProvider) =>
  `${n}. ${marParagraph(record, providerOf(record.providerId)).replace(/\n/g, '\n   ')}`;

/** The MAR text for a set of records: an introduction and one numbered paragraph per preservation. */
export function marText(records: PreservationRecord[], providerOf: (id: string) => MarProvider): string {
  if (records.length === 0) return '';
  const sorted = [...records].sort((a, b) => a.preservedOn.localeCompare(b.preservedOn) || a.reference.localeCompare(b.reference));
  return [marIntro(sorted.length), ...sorted.map((r, i) => numbered(i + 1, r, providerOf))].join('\n\n');
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The same as an HTML table, for pasting into a word processor (escaped: no markup from stored text). */
export function marTableHtml(records: PreservationRecord[], providerOf: (id: string) => MarProvider): string {
  const head = ['Provider', 'Account identifier(s)', 'Reference', 'Date of preservation', 'Extensions', 'Preserved until'];
  const rows = records.map((r) => {
    const p = providerOf(r.providerId);
    return [
      `${p.name}${p.legalEntity ? ` (${p.legalEntity})` : ''}`,
      r.accountIdentifiers.join('; '),
      r.reference,
      r.preservedOn,
      r.extensions.map((e) => `${e.requestedOn}${e.reference ? ` (${e.reference})` : ''}`).join('; ') || 'none',
      r.production ? `answer due ${formatInZone(answerDueAt(r.production), r.production.timeZone)}` : untilText(r),
    ];
  });
  const cells = (cols: string[], tag: string) => cols.map((c) => `<${tag}>${esc(c)}</${tag}>`).join('');
  return `<table border="1"><thead><tr>${cells(head, 'th')}</tr></thead><tbody>${rows.map((r) => `<tr>${cells(r, 'td')}</tr>`).join('')}</tbody></table>`;
}

/**
 * The same text as `marText`, built from chunks already in order of preservation (as the register's index gives
 * them), yielding to the page between chunks; stops with an AbortError when the signal aborts.
 */
export async function marTextInChunks(
  chunks: AsyncIterable<readonly PreservationRecord[]>,
  providerOf: (id: string) => MarProvider,
  { onProgress, signal }: ChunkedWork = {},
  total: number | null = null,
): Promise<{ text: string; count: number }> {
  const paragraphs: string[] = [];
  for await (const chunk of chunks) {
    signal?.throwIfAborted();
    for (const record of chunk) paragraphs.push(numbered(paragraphs.length + 1, record, providerOf));
    onProgress?.(paragraphs.length, total);
    await yieldToPage();
  }
  signal?.throwIfAborted();
  if (paragraphs.length === 0) return { text: '', count: 0 };
  return { text: [marIntro(paragraphs.length), ...paragraphs].join('\n\n'), count: paragraphs.length };
}

import type { FormSnapshot } from '../../types';
import { fieldsWithRole } from '../../types';

export interface ParsedReportIds {
  ids: string[];
  /** Pieces that are not report numbers, as written. */
  invalid: string[];
}

/** CyberTipline report numbers: digits, several separated by commas, semicolons, spaces or new lines. */
export function parseReportIds(text: string): ParsedReportIds {
  const pieces = text.split(/[,;\s]+/).filter(Boolean);
  const ids: string[] = [];
  const invalid: string[] = [];
  for (const piece of pieces.slice(0, 500)) {
    if (/^\d+$/.test(piece)) {
      if (!ids.includes(piece)) ids.push(piece);
    } else invalid.push(piece.slice(0, 40));
  }
  return { ids, invalid };
}

/** Report numbers written in the request's text ("CyberTip 123456789", "NCMEC report #98765432"). */
const IN_TEXT = /\b(?:ncmec|cyber\s*tip(?:line)?|cybertip|ct)\b[^.\n\d]{0,30}#?\s*(\d{5,})/gi;

export function reportIdsInRequest(snapshot: FormSnapshot): string[] {
  const ids = new Set<string>();
  for (const field of fieldsWithRole(snapshot, 'ncmec-report-ids')) parseReportIds(field.value).ids.forEach((id) => ids.add(id));
  for (const field of snapshot.fields) {
    if (field.role === 'ncmec-report-ids' || !['text', 'textarea', 'editable'].includes(field.kind)) continue;
    for (const m of field.value.slice(0, 200_000).matchAll(IN_TEXT)) ids.add(m[1]!);
  }
  return [...ids];
}

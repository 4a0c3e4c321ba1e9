import * as chrono from 'chrono-node';
import { fieldsWithRole, tOf, type Finding, type Rule } from '../types';

function parseDay(value: string, reference: Date): Date | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (iso) return new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])));
  return chrono.en.GB.parseDate(value, reference) ?? null;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** The requested range: from start/end fields, or from a single range field ("1 Oct 2026 to 20 Nov 2026"). */
export function requestedRange(fields: Array<{ role: string | null; value: string }>, reference: Date) {
  const start = fields.find((f) => f.role === 'date-start');
  const end = fields.find((f) => f.role === 'date-end');
  const range = fields.find((f) => f.role === 'date-range');
  if (start || end) {
    return { present: true, from: start?.value ? parseDay(start.value, reference) : null, to: end?.value ? parseDay(end.value, reference) : null };
  }
  if (range) {
    const results = chrono.en.GB.parse(range.value, reference);
    const from = results[0]?.start.date() ?? null;
    const to = results[0]?.end?.date() ?? results[1]?.start.date() ?? null;
    return { present: true, from, to };
  }
  return { present: false, from: null, to: null };
}

const rule: Rule = {
  id: 'identifiers/date-range',
  severity: 'warning',
  pages: ['preservation', 'legal-process'],
  docs: {
    title: 'A bounded date range',
    why: 'Providers refuse or narrow requests for "all records" with no dates. A start and an end date keep the request specific, as providers’ guidelines ask.',
    fix: 'Give the first and the last day of the records you need, start before end, neither in the future.',
    sources: [],
  },
  check(context): Finding[] {
    const { snapshot, now } = context;
    const t = tOf(context);
    const dateFields = fieldsWithRole(snapshot, 'date-start', 'date-end', 'date-range');
    if (dateFields.length === 0) return [];
    const anchor = dateFields[0]!.key;
    const { from, to } = requestedRange(dateFields, now);
    if (!from || !to) {
      const open = !from && !to ? 'rules.dateRange.openBoth' : !from ? 'rules.dateRange.openStart' : 'rules.dateRange.openEnd';
      return [{ ruleId: rule.id, severity: 'warning', message: t(open), fieldKey: anchor }];
    }
    if (from > to) {
      return [{ ruleId: rule.id, severity: 'error', message: t('rules.dateRange.reversed', { from: day(from), to: day(to) }), fieldKey: anchor }];
    }
    if (to.getTime() > now.getTime() + 86_400_000) {
      return [{ ruleId: rule.id, severity: 'warning', message: t('rules.dateRange.future', { to: day(to) }), fieldKey: anchor }];
    }
    return [];
  },
};

export default rule;

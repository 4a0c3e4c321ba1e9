import { REQUEST_PAGES, fieldsWithRole, type Finding, type Rule } from '../types';

const LENGTHS: Record<number, string> = { 32: 'MD5', 40: 'SHA-1', 64: 'SHA-256' };

/** Hash values in a field: each must be hex of an MD5, SHA-1 or SHA-256 length. */
export function checkHashes(text: string): Array<{ value: string; problem: string | null; algorithm: string | null }> {
  return text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .slice(0, 200)
    .map((raw) => {
      const value = raw.replace(/^(?:md5|sha-?1|sha-?256)[:=]/i, '');
      if (!/^[0-9a-f]+$/i.test(value)) return { value: raw, problem: 'is not hexadecimal', algorithm: null };
      const algorithm = LENGTHS[value.length] ?? null;
      return { value: raw, problem: algorithm ? null : `has ${value.length} hex digits (MD5 32, SHA-1 40, SHA-256 64)`, algorithm };
    });
}

const rule: Rule = {
  id: 'identifiers/hash-format',
  severity: 'error',
  pages: [...REQUEST_PAGES, 'other'],
  docs: {
    title: 'Hash values of the right length',
    why: 'Providers match files by hash. A truncated or mistyped hash matches nothing.',
    fix: 'Paste the full MD5 (32), SHA-1 (40) or SHA-256 (64) hex value, one per line.',
    sources: [],
  },
  check({ snapshot }): Finding[] {
    return fieldsWithRole(snapshot, 'hash-values').flatMap((field) =>
      checkHashes(field.value)
        .filter((h) => h.problem)
        .slice(0, 10)
        .map((h) => ({ ruleId: rule.id, severity: 'error' as const, message: `"${h.value.slice(0, 70)}" ${h.problem}.`, fieldKey: field.key })),
    );
  },
};

export default rule;

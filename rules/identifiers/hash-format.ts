import type { T } from '../../i18n/catalogues';
import { REQUEST_PAGES, fieldsWithRole, tOf, type Finding, type Rule } from '../types';

const LENGTHS: Record<number, string> = { 32: 'MD5', 40: 'SHA-1', 64: 'SHA-256' };

/** What is wrong with a hash value: not hex at all, or hex of a length no supported algorithm has. */
export type HashProblem = { kind: 'not-hex' } | { kind: 'length'; digits: number };

/** Hash values in a field: each must be hex of an MD5, SHA-1 or SHA-256 length. */
export function checkHashes(text: string): Array<{ value: string; problem: HashProblem | null; algorithm: string | null }> {
  return text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .slice(0, 200)
    .map((raw) => {
      const value = raw.replace(/^(?:md5|sha-?1|sha-?256)[:=]/i, '');
      if (!/^[0-9a-f]+$/i.test(value)) return { value: raw, problem: { kind: 'not-hex' as const }, algorithm: null };
      const algorithm = LENGTHS[value.length] ?? null;
      return { value: raw, problem: algorithm ? null : { kind: 'length' as const, digits: value.length }, algorithm };
    });
}

function problemText(t: T, value: string, problem: HashProblem): string {
  const shown = value.slice(0, 70);
  return problem.kind === 'not-hex' ? t('rules.hash.notHex', { value: shown }) : t('rules.hash.length', { value: shown, count: problem.digits });
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
  check(context): Finding[] {
    const t = tOf(context);
    return fieldsWithRole(context.snapshot, 'hash-values').flatMap((field) =>
      checkHashes(field.value)
        .flatMap((h) => (h.problem ? [{ value: h.value, problem: h.problem }] : []))
        .slice(0, 10)
        .map((h) => ({ ruleId: rule.id, severity: 'error' as const, message: problemText(t, h.value, h.problem), fieldKey: field.key })),
    );
  },
};

export default rule;

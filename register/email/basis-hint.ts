import type { Basis } from '../basis';

/**
 * The legal basis an e-mail names for the preservation, with where it says so; provider-policy where it names none.
 * A CyberTipline number alone is no basis (agencies quote them in ordinary requests), only the REPORT Act named.
 */
const NAMED: Array<[Basis, RegExp]> = [
  ['eu-epoc-pr', /\b(?:EPOC-PR|European[ \t]+Preservation[ \t]+Order|(?:Regulation[ \t]+\(EU\)[ \t]+)?2023\/1543)\b/i],
  ['us-report-act', /\bREPORT[ \t]+Act\b/],
  ['us-2703f', /\b(?:18[ \t]+U\.?S\.?C\.?[ \t§]*)?2703[ \t]?\(f\)/i],
];

export function basisNamed(text: string, from: number, to: number): { basis: Basis; start: number; end: number } | null {
  const region = text.slice(from, to);
  for (const [basis, pattern] of NAMED) {
    const m = pattern.exec(region);
    if (m) return { basis, start: from + m.index, end: from + m.index + m[0].length };
  }
  return null;
}

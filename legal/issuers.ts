import { instruments } from './instruments';
import type { AuthorityType, DataCategory, Issuer } from './route-types';

const JUDGE = 'a judge, a court or an investigating judge';
const JUDGE_OR_PROSECUTOR = 'a judge, a court, an investigating judge or a prosecutor';

const eEvidence = instruments['eu-e-evidence'].facts;

interface IssueRule {
  issue: readonly string[];
  validate: readonly string[];
}

const judicial = (roles: readonly string[]) => (roles.includes('prosecutor') ? JUDGE_OR_PROSECUTOR : JUDGE);

/** An e-Evidence rule read from the data: the listed authorities issue; any other competent authority needs validation. */
function fromRule(rule: IssueRule, authority: AuthorityType, category: DataCategory): Issuer {
  if (rule.issue.includes(authority)) return { category, who: judicial(rule.issue), verdict: 'may-issue' };
  return { category, who: `issued by an investigating authority competent under your law, validated by ${judicial(rule.validate)}`, verdict: 'needs-validation' };
}

/** European Production Order (Reg. (EU) 2023/1543 Art. 4(1)-(2)): who issues, who validates, per category. */
export function productionOrderIssuer(authority: AuthorityType, category: DataCategory): Issuer {
  return fromRule(eEvidence.productionIssuers.value[category], authority, category);
}

/** European Preservation Order (Art. 4(3)): the same for every category. */
export function preservationOrderIssuer(authority: AuthorityType, category: DataCategory): Issuer {
  return fromRule(eEvidence.preservationIssuers.value.any, authority, category);
}

const US_PROCESS: Record<DataCategory, string> = {
  subscriber: 'a subpoena (prosecutor or grand jury)',
  traffic: 'a court order under 18 U.S.C. 2703(d)',
  content: 'a search warrant from a judge',
};

/** US compulsory process (18 U.S.C. 2703): a subpoena for subscriber records, a court for the rest. */
export function usProcessIssuer(authority: AuthorityType, category: DataCategory): Issuer {
  const who = US_PROCESS[category];
  if (authority === 'judge') return { category, who, verdict: 'may-issue' };
  if (authority === 'prosecutor' && category === 'subscriber') return { category, who, verdict: 'may-issue' };
  return { category, who, verdict: 'needs-other-authority' };
}

/** Routes whose issuer depends on the requesting state's own law. */
export function nationalIssuer(category: DataCategory, who: string): Issuer {
  return { category, who, verdict: 'not-known' };
}

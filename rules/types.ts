import type { PageKind, ProviderFacts } from '../providers/schema';
import type { FieldSnapshot } from '../messages/protocol';
import type { FieldRole } from '../recognition/field-roles';
import { englishT, type T } from '../i18n/catalogues';

/** Plain data read off one form control, inferred from the message schema that carries it to the background. */
export type { FieldSnapshot };

export interface FormSnapshot {
  providerId: string;
  page: PageKind;
  fields: FieldSnapshot[];
}

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** The field the finding is about, or null for the form as a whole. */
  fieldKey: string | null;
  /** Extra lines: normalized values, decoded dates, suggestions. */
  details?: string[];
  /** Set when the finding is one item of a checklist the guide shows as one list (the five emergency elements). */
  checklist?: ChecklistPlace;
}

/** A checklist item's label, and the items the text already satisfies, each with the words that satisfied it. */
export interface ChecklistPlace {
  item: string;
  understood: Understood[];
}

export interface Understood {
  ruleId: string;
  item: string;
  /** The investigator's own words, as typed in this page's field. */
  text: string;
}

export interface RuleDocs {
  title: string;
  /** Why it matters to the investigator. */
  why: string;
  /** What to do about it. */
  fix: string;
  /** Statute or provider guideline behind the rule. */
  sources: Array<{ title: string; url: string }>;
  /** When the severity is not always the default one: what decides it. */
  severity?: string;
}

export interface RuleContext {
  snapshot: FormSnapshot;
  /** The provider's policy facts (null facts: not known). */
  facts: ProviderFacts;
  /** "Now" for rules that compare dates; injected so tests are repeatable. */
  now: Date;
  /** The investigator's language for finding messages; English where not given (tests, docs). */
  t?: T;
}

/** The `t` a rule writes its messages with. Rule docs (title, why, fix) stay English: they paraphrase US statutes and
 * providers' English guidelines, and docs/rules.md is generated from them. */
export const tOf = (context: Pick<RuleContext, 't'>): T => context.t ?? englishT;

export interface Rule {
  id: string;
  severity: Severity;
  /** Page kinds the rule runs on. */
  pages: readonly PageKind[];
  docs: RuleDocs;
  check(context: RuleContext): Finding[];
}

export function fieldsWithRole(snapshot: FormSnapshot, ...roles: FieldRole[]): FieldSnapshot[] {
  return snapshot.fields.filter((f) => f.role !== null && roles.includes(f.role));
}

export { REQUEST_PAGES } from '../providers/page-kinds';

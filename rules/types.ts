import type { PageKind, ProviderFacts } from '../providers/schema';
import type { ControlKind } from '../recognition/labels';
import type { FieldRole } from '../recognition/field-roles';

/** Plain data read off the form: what every rule sees. No DOM, no browser API. */
export interface FieldSnapshot {
  /** Stable within one page: lets the guide point back at the field. */
  key: string;
  role: FieldRole | null;
  kind: ControlKind;
  label: string;
  /** Text typed or selected (the selected option's text for a select). */
  value: string;
  /** Checkbox / radio state; null for other controls. */
  checked: boolean | null;
  /** Files chosen in a file input: name, MIME type, size. */
  files: Array<{ name: string; type: string; size: number }>;
}

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
}

export interface RuleDocs {
  title: string;
  /** Why it matters to the investigator. */
  why: string;
  /** What to do about it. */
  fix: string;
  /** Statute or provider guideline behind the rule. */
  sources: Array<{ title: string; url: string }>;
}

export interface RuleContext {
  snapshot: FormSnapshot;
  /** The provider's policy facts (null facts: not known). */
  facts: ProviderFacts;
  /** "Now" for rules that compare dates; injected so tests are repeatable. */
  now: Date;
}

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

export const REQUEST_PAGES = ['preservation', 'emergency', 'legal-process'] as const;

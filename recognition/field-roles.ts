import type { ControlKind } from './labels';

/** Semantic roles the later checks build on. */
export const FIELD_ROLES = [
  'case-number',
  'account-identifier',
  'emergency-description',
  'ncmec-report-ids',
  'non-disclosure',
  'child-safety-flag',
  'date-start',
  'date-end',
  'date-range',
  'file-upload',
  'request-type',
  'hash-values',
] as const;
export type FieldRole = (typeof FIELD_ROLES)[number];

const TEXTUAL: ControlKind[] = ['text', 'textarea', 'editable'];
const CHOICE: ControlKind[] = ['checkbox', 'radio', 'select'];

interface RoleRule {
  role: FieldRole;
  kinds: ControlKind[];
  match: RegExp;
  /** Wording that disqualifies the role even when `match` hits. */
  unless?: RegExp;
  /** Extra condition on all the field's texts together (e.g. that it is about dates). */
  requiresAll?: RegExp;
  /**
   * A one-line box is what its label's head names: the words after a comma, a bracket, a dash or an "if" / "when" /
   * "where" only qualify it ("Reservation code, if the emergency relates to a stay" is a code).
   */
  headOfOneLine?: true;
}

const QUALIFIER = /\s*(?:[,;(]|\s[-–—]\s|\b(?:if|when|where|unless)\b)/i;
const labelHead = (name: string): string => name.split(QUALIFIER)[0] || name;

/** Dates that bound no period of records: a birth, an expiry, an incident. */
export const NOT_RECORD_DATES = /\bbirth|\bdob\b|expir|issued|incident\s+date|date\s+of\s+(?:the\s+)?(?:incident|offen[cs]e|crime)/i;
export const DATE_WORDS = /\bdates?\b|\bday\b|period|time\s*frame|dd\s*[/.-]\s*mm|mm\s*[/.-]\s*dd|yyyy|\bjj\b/i;

/** Ordered: the first rule that matches a label text wins. */
const RULES: RoleRule[] = [
  {
    role: 'hash-values',
    kinds: TEXTUAL,
    match: /\bhash(?:es)?\b|\bmd5\b|\bsha[\s-]?(?:1|256)\b|photodna/i,
    // A blockchain transaction's or a commit's hash names a record, not a file's content.
    unless: /transaction|\btx\b|commit|\bblock\b/i,
  },
  {
    role: 'ncmec-report-ids',
    kinds: TEXTUAL,
    match: /\bncmec\b|cyber\s*tip(?:\s*line)?s?\b|\bcybertip|\bct\s*(?:report|#|no\b|nos?\.|num|numbers?|ids?)\b|\btip\s*line\b/i,
  },
  {
    role: 'non-disclosure',
    kinds: [...CHOICE, 'file', 'text', 'textarea'],
    match:
      /non[\s-]?disclosure|\bndo\b|2705\s*\(?\s*b|\bgag\b|seal(?:ed|ing)\s+order|secrecy\s+order|confidentiality\s+order|(?:do\s+not|don'?t|not\s+to|refrain\s+from|should\s+not|must\s+not|will\s+not|not)\s+(?:be\s+)?notif|delay(?:ed)?\s+(?:user\s+|customer\s+|subscriber\s+)?(?:notice|notification)|(?:notice|notification)\s+(?:delay|waiver|prohibit)|user\s+notification|notify(?:ing)?\s+the\s+(?:user|account\s+holder|subscriber|customer|target)/i,
  },
  {
    // The same wish in other words: not to tell, inform or alert the account's owner ("Don't tell the member",
    // "the account holder not be told", "an order prohibiting notice to the customer", "Account holder notice",
    // "a court order against telling the user"), or to keep the request confidential; or whether the provider may
    // tell them, asked as a question or a permission ("May Uber tell the account holder?", "Can we let the member
    // know?"), whose answer is that wish.
    role: 'non-disclosure',
    kinds: [...CHOICE, 'file', 'text', 'textarea'],
    match:
      /(?:\bnot|n't|\bnever|forbid\w*|prohibit\w*|bar(?:s|red|ring)?|prevent\w*|against|\b(?:may|can|could|should|shall|(?:allowed|permitted|permission|ok)\s+to)(?:\s+[\w’']+){0,2}?)\s+(?:be\s+|being\s+)?(?:tell\w*|told|inform\w*|alert\w*|notice\b|notif\w*)\s+(?:to\s+)?(?:the\s+|this\s+|that\s+|any\s+)?(?:user|account[\s-]?(?:holder|owner)|member|customer|subscriber|target|owner|person)|\blet\s+(?:the\s+)?(?:user|account[\s-]?holder|member|customer|subscriber)\s+know\b|\b(?:user|account[\s-]?holder|member|customer|subscriber|target|owner)s?\s+(?:(?:will|shall|should|must|may|is|are)\s+)?not\s+(?:be\s+)?(?:told|informed|alerted|notified)|\b(?:account[\s-]?holder|customer|subscriber|member)\s+(?:notice|notification)|keep\s+(?:this\s+|the\s+)?(?:request\s+)?(?:confidential|secret)|(?:notice|notification)\s+to\s+(?:the\s+)?(?:user|account[\s-]?holder|customer|subscriber|member)\s+(?:is\s+)?(?:prohibit|forbid|barred|delay|waiv)|^\s*sealed\b|\bsecrecy\b/i,
  },
  {
    role: 'child-safety-flag',
    kinds: CHOICE,
    match: /\bchild|\bminors?\b|under\s+(?:the\s+age\s+of\s+)?18|juvenile|\bcsam\b|\bcsea\b|\bcse\b|sextortion|grooming|sexual\s+exploitation|\bncmec\b|cyber\s*tip/i,
  },
  {
    role: 'request-type',
    kinds: ['select', 'radio'],
    unless: /filter|sort|\bshow\b|search|\bview\b/i,
    match:
      /request\s*type|type\s+of\s+(?:the\s+)?(?:legal\s+)?request|nature\s+of\s+(?:the\s+|your\s+)?request|request\s+(?:category|kind|reason)|kind\s+of\s+request|(?:what|which)\s+(?:type\s+of\s+)?request|select\s+(?:a\s+|the\s+)?(?:request|form)|i\s+am\s+(?:requesting|submitting)|submission\s+type|what\s+would\s+you\s+like\s+to|how\s+can\s+we\s+help/i,
  },
  {
    role: 'emergency-description',
    kinds: TEXTUAL,
    match:
      /emergenc|exigen|imminen|threat|danger|(?:describe|explain|summari[sz]e|detail)\s+(?:the\s+|your\s+)?(?:emergency|situation|threat|circumstances|harm|risk)|facts?\s+(?:supporting|establishing|of\s+the\s+emergency)|(?:bodily|physical)\s+(?:harm|injury)|risk\s+(?:of|to)\s+(?:life|death|the\s+life)|life[\s-]threatening/i,
    unless: /contact|phone|e-?mail|\bname\b|badge|supervisor|call\s*back|24\s*\/\s*7|hotline|title|rank/i,
    headOfOneLine: true,
  },
  {
    role: 'date-range',
    kinds: TEXTUAL,
    match: /date\s+range|\bdata\s+(?:range|period)\b|range\s+of\s+dates|time\s*frame|time\s+(?:period|range)|period\s+of\s+(?:records|data|time)|relevant\s+(?:dates|period)|dates?\s+(?:of\s+(?:the\s+)?)?records|records?\s+(?:date|period)/i,
  },
  {
    role: 'date-start',
    kinds: ['date', 'text'],
    match: /\b(?:start(?:ing)?|from|fr|begin(?:ning)?|since|earliest|after)\b/i,
    unless: NOT_RECORD_DATES,
    requiresAll: DATE_WORDS,
  },
  {
    role: 'date-end',
    kinds: ['date', 'text'],
    match: /\b(?:end(?:ing)?|to|through|thru|until|till|latest|before)\b/i,
    unless: NOT_RECORD_DATES,
    requiresAll: DATE_WORDS,
  },
  {
    // "Transaction period" over a "YYYY-MM-DD – YYYY-MM-DD" box: a period of dates.
    role: 'date-range',
    kinds: TEXTUAL,
    match: /\bperiod\b/i,
    // A date written in it, not only the word (DATE_WORDS holds "period" itself): "Retention period (days)" is none.
    requiresAll: /\bdates?\b|dd\s*[/.-]\s*mm|mm\s*[/.-]\s*dd|yyyy|\bjj\b/i,
  },
  {
    role: 'case-number',
    kinds: ['text'],
    match:
      /\bcase\b|\bfile\s*(?:no\b|nos?\.|number|#|ref)|docket|(?:incident|investigation|occurrence|complaint|matter|report|operation)\s*(?:no\b|nos?\.|number|#|id\b)|(?:agency|internal|your|our|department(?:al)?|police|le|law[\s-]enforcement)(?:['’]s)?\s+(?:reference|ref\b)|\bdr\s*#/i,
    unless: /case\s+(?:type|agent|officer|status|description|summary|notes?|detective)|ncmec|cyber\s*tip/i,
  },
  {
    // The requester's own reference said in other words: a reference the wording gives to the requester, named
    // around it ("Your force reference", "Reference you use internally", "Reference number at your agency"); not
    // an earlier request's reference the provider gave.
    role: 'case-number',
    kinds: ['text'],
    match: /\b(?:your|our|own)\s+(?:[\w’']+\s+){1,2}(?:reference|ref)\b|\b(?:reference|ref)\b\.?(?:\s+[\w’']+){0,4}?\s+(?:you|your|we|our|internal(?:ly)?)\b/i,
    unless: /earlier|previous|prior|existing|original|extend|received|given\s+(?:to\s+)?you|from\s+us|e-?mail|phone/i,
  },
  {
    role: 'account-identifier',
    kinds: TEXTUAL,
    match:
      /\buid\b|registered\s+(?:e-?mail|phone|number)|\b(?:member|customer|player|wallet)\s*(?:id|number)\b|\btarget|\bsubject\s+(?:account|user|identifier|profile|of)|\baccounts?\b|user\s*names?|\buser\s*ids?\b|\buserid|\bprofile|\bhandle|screen\s*name|vanity|snap(?:chat)?\s*(?:user|id)|gamertag|display\s+name|identif(?:ier|ying)|account\s+url|e-?mail\s+(?:address\s+)?(?:of|associated|linked)|phone\s+(?:number\s+)?(?:of|associated|linked)|wallet\s+address|channel\s+(?:url|id)|server\s+id|\bguild|snowflake|(?:tiktok|video|user)\s+id|\burls?\s+of\b|\bsuspect|\b(?:customer|member|subscriber|rider|driver|guest|host|seller|buyer|user)(?:s|['’]s|s['’])?\s+(?:e-?mail|phone|mobile|user\s*name|name|handle|account|profile)|\b(?:ids?|user\s*names?|handles?|e-?mail(?:\s+address)?(?:es|s)?|phone\s+numbers?)\s*(?:,|\bor\b|\band\b|\/)\s*(?:ids?|user\s*names?|handles?|e-?mail|phone)\b/i,
    unless:
      /\b(?:your|my|officer|agent|investigator|requester|requestor|requesting|submitter|affiant|supervisor|badge|agency|department|callback|call\s*back)\b|password|passcode|confirm|\bagree|terms/i,
  },
];

/** Bare "Email", "Phone number", "URL": a target identifier only where the section says it is about the target. */
const BARE_IDENTIFIER = /^(?:e-?mail(?:\s+address)?|phone(?:\s+number)?|mobile(?:\s+number)?|telephone|url|link|website|address)(?:es|s)?\s*[:*]?$/i;
const TARGET_CONTEXT = /target|subject|suspect|account|user(?!\s+agreement)|victim|person\s+at\s+risk|identif|records\s+requested|of\s+interest/i;
export const REQUESTER_CONTEXT = /\b(?:your|requester|requestor|requesting|officer|agent|investigator|submitter|contact|agency|affiant|supervisor)\b/i;

export interface RoleInput {
  kind: ControlKind;
  names: string[];
  context: string;
  /** For request-type detection: the option texts of a select or a radio group. */
  optionTexts?: string[];
  /** Whether the control sits among fields a person fills in (not a list filter on a dashboard). */
  inRequestForm?: boolean;
}

const KIND_WORDS = [/preserv/i, /emergenc|exigent/i, /subpoena|warrant|court\s+order|legal\s+process|production\s+order|disclosure\s+request|records\s+request/i];

function optionsLookLikeRequestTypes(options: string[] | undefined): boolean {
  if (!options || options.length < 2) return false;
  return KIND_WORDS.filter((word) => options.some((o) => word.test(o))).length >= 2;
}

/** The role of a control from its label texts, or null. Pure: the DOM work happens in `labels.ts`. */
export function classifyRole(input: RoleInput): FieldRole | null {
  const role = firstMatch(input, input.names.join(' | '));
  const inRequesterSection = REQUESTER_CONTEXT.test(input.context) && !TARGET_CONTEXT.test(input.context);
  return role === 'account-identifier' && inRequesterSection ? null : role;
}

function firstMatch(input: RoleInput, all: string): FieldRole | null {
  for (const name of input.names) {
    for (const rule of RULES) {
      if (!rule.kinds.includes(input.kind)) continue;
      if (!rule.match.test(rule.headOfOneLine && input.kind === 'text' ? labelHead(name) : name)) continue;
      if (rule.unless?.test(name)) continue;
      if (rule.requiresAll && input.kind !== 'date' && !rule.requiresAll.test(all)) continue;
      return rule.role;
    }
    if (BARE_IDENTIFIER.test(name) && TEXTUAL.includes(input.kind)) {
      if (TARGET_CONTEXT.test(input.context) && !REQUESTER_CONTEXT.test(input.context)) return 'account-identifier';
    }
  }
  const choice = input.kind === 'select' || input.kind === 'radio';
  if (choice && input.inRequestForm && !/filter|sort|search/i.test(all) && optionsLookLikeRequestTypes(input.optionTexts)) {
    return 'request-type';
  }
  if (input.kind === 'file') return 'file-upload';
  return null;
}

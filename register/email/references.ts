import { findReferences } from '../references';
import type { Message } from './blocks';

/**
 * The provider's references in its message, and what kind of message it is: a confirmation, an extension (which may
 * name the earlier preservation's reference), or a mere acknowledgement of receipt that confirms nothing yet.
 */
export interface ReferenceSpan {
  reference: string;
  /** First place it occurs in the provider's message (readable-text offsets). */
  start: number;
  end: number;
}

/** Agency numbers quoted back: "Your reference:", "your ref.", "Our ref:", "Your case #:", "Az.", "Votre référence". */
const AGENCY_LABEL =
  /(?:\byour[ \t]+(?:ref(?:erence)?(?![ \t]+(?:number|no\.?)[ \t]+is\b)|case|file|agency)\b[^\n]{0,25}|\bour[ \t]+ref\b[^\n]{0,10}|\bAz\.[ \t]{0,3}|\bvotre[ \t]+r[ée]f[ée]rence[^\n]{0,10}|\bonze[ \t]+ref[^\n]{0,10}|\bagency case number[^\n]{0,5}|\b(?:Re|AW|WG|TR|FW|Fwd|RE):[ \t]+Case[ \t]+)$/i;
/** "[GitHub #3318072]": a ticket number in the subject, in brackets after the provider's name. */
const SUBJECT_TICKET = /\[[A-Za-z][\w .-]{1,30}#[ \t]?([A-Z0-9][A-Z0-9-]{3,30})\]/gi;
/** A mail system's thread tag (Salesforce `ref:_00D…:ref`), never a reference. */
const THREAD_TAG = /\bref:_[\w.]{1,60}:ref\b/g;

const EARLIER_REFERENCE =
  /\b(?:original[ \t]+(?:case|reference|request|preservation)[ \t]+(?:number|no\.?|id|ref\.?)|previous[ \t]+(?:case|reference|request)[ \t]+(?:number|no\.?|id)?|originally[ \t\n]+made[ \t\n]+under|previously[ \t\n]+made[ \t\n]+under|original[ \t\n]+preservation[ \t\n]+under|related[ \t]+request|extension[ \t\n]+of)\b[ \t:]{0,3}(?:[A-Za-z]{1,12}[ \t]{1,2}){0,2}?(?:reference|case|request|ref\.?)?[ \t:]{0,3}#?[ \t]?([A-Z0-9][A-Z0-9-]{3,30})/gi;

const ACKNOWLEDGED = /\b(?:pending[ \t]+review|in[ \t]+the[ \t]+queue|will[ \t]+be[ \t]+reviewed|has[ \t]+not[ \t]+yet[ \t]+been|not[ \t]+yet[ \t]+(?:been[ \t]+)?(?:preserved|processed)|once[ \t]+the[ \t]+request[ \t]+has[ \t]+been[ \t]+processed|we[ \t]+will[ \t]+process)\b/i;
const CONFIRMED = /\b(?:(?:has|have|was|were|been|we|are|is)[ \t]+(?:now[ \t]+)?preserved|preserved[ \t]+(?:on|as of|from)|status:[ \t]*(?:completed|preserved)|snapshot|has[ \t]+been[ \t]+extended|took|completed[ \t]+(?:the|your))\b/i;

const EXTENDED =
  /\b(?:(?:has|have|was|were)[ \t]+been[ \t]+extended|was[ \t]+extended|is[ \t]+now[ \t]+extended|request[ \t]+to[ \t]+extend|extension[ \t]+(?:request[ \t]+)?(?:for[ \t][^\n.]{1,40}[ \t])?(?:has[ \t]+been[ \t]+)?(?:processed|completed|granted)|preservation[ \t]+extension|retained[ \t]+for[ \t]+an[ \t]+additional|extension[ \t]+relates)\b/i;

export interface MessageReferences {
  references: ReferenceSpan[];
  acknowledgementOnly: boolean;
  extension: { ofReference: string | null; start: number; end: number } | null;
}

/** The first place `reference` occurs without being introduced as the agency's own, or null. */
function occurrence(region: string, reference: string): number | null {
  for (let at = region.indexOf(reference), tries = 0; at !== -1 && tries < 50; at = region.indexOf(reference, at + 1), tries++) {
    if (!AGENCY_LABEL.test(region.slice(Math.max(0, at - 40), at))) return at;
  }
  return null;
}

export function readReferences(text: string, message: Message): MessageReferences {
  const region = text.slice(message.start, message.end);
  const body = text.slice(message.bodyStart, message.end);
  const tags = [...region.matchAll(THREAD_TAG)].map((m) => m[0]);
  // The agency's own numbers quoted back are set aside first: beside them, the provider's "case number" counts.
  const agency = (refs: string[]) => refs.filter((r) => !occurrence(region, r));
  let candidates = findReferences(region).map((r) => r.reference);
  const quotedBack = agency(candidates);
  if (quotedBack.length) candidates = findReferences(region, quotedBack).map((r) => r.reference);
  for (const m of region.matchAll(SUBJECT_TICKET)) if (!candidates.includes(m[1]!)) candidates.push(m[1]!);
  const references: ReferenceSpan[] = [];
  for (const reference of candidates) {
    if (tags.some((t) => t.includes(reference))) continue;
    const first = occurrence(region, reference);
    if (first === null) continue;
    // Prefer the body's mention as the evidence (the subject may quote it too).
    const inBody = body.indexOf(reference);
    const start = inBody !== -1 && !AGENCY_LABEL.test(body.slice(Math.max(0, inBody - 40), inBody)) ? message.bodyStart + inBody : message.start + first;
    references.push({ reference, start, end: start + reference.length });
  }
  // A shorter token inside a longer found one ("KIK-PR-11240" in "KIK-PR-11240-3") is the same reference cut short.
  const whole = references.filter((r) => !references.some((o) => o !== r && o.reference.startsWith(r.reference) && o.reference.length > r.reference.length));
  const extensionMatch = EXTENDED.exec(body);
  let extension: MessageReferences['extension'] = null;
  if (extensionMatch) {
    EARLIER_REFERENCE.lastIndex = 0;
    const earlier = EARLIER_REFERENCE.exec(body);
    const ofReference = earlier && whole.some((r) => r.reference === earlier[1]) ? earlier[1]! : null;
    const at = message.bodyStart + extensionMatch.index;
    extension = { ofReference, start: at, end: at + extensionMatch[0].length };
  }
  return {
    references: whole,
    acknowledgementOnly: ACKNOWLEDGED.test(body) && !CONFIRMED.test(body),
    extension,
  };
}

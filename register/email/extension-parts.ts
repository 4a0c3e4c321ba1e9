/**
 * One answer to two requests: an extension of an earlier preservation and a new preservation, each in its own part
 * under its own reference ("1) Extension … Original reference: CF-…⏎⏎2) New preservation … Cloudflare reference: CF-…",
 * "we have processed it as a new request, … #9412560"). Each reference's part is its paragraph; a part that names a new
 * preservation or request is a new preservation's, one that names extending (and no new one) is the extension's.
 */

import { paragraphAround } from './paragraphs';

/** Extending, in the languages read ("extended", "Extension", "Verlängerung", "prolongation", "prórroga", "proroga"). */
const EXTENDING =
  /(?<![\p{L}])(?:extension|extend(?:ed|ing)?|renew(?:al|ed)?|prolong\p{L}*|verlänger\p{L}*|pr[óo]rroga\p{L}*|prorrogad\p{L}*|prorroga[çc][ãa]o|proroga\p{L}*|verleng\p{L}*|förläng\p{L}*|forleng\p{L}*|forlæng\p{L}*|przedłuż\p{L}*|prodlouž\p{L}*)(?![\p{L}])/iu;
/**
 * A new preservation or request, said so ("New preservation", "processed it as a new request", "neue Sicherung"); not a
 * new case number or reference, which an extension may be given under its own number.
 */
const NEW_ONE =
  /(?<![\p{L}])(?:(?:new|fresh|separate)[ \t\n]+(?:preservation|request)(?![ \t\n]+(?:number|no\.?|#|id|reference|ref\.?|case))|(?:neue[nrs]?|separate[nrs]?)[ \t\n]+(?:Sicherung|Anfrage|Sicherungsanfrage)|nouvelle[ \t\n]+(?:conservation|demande|préservation)|nuev[ao][ \t\n]+(?:preservación|conservación|solicitud)|nuov[ao][ \t\n]+(?:conservazione|richiesta)|nov[ao][ \t\n]+(?:preservação|solicitação|conservação)|nieuwe[ \t\n]+(?:bewaring|aanvraag|verzoek))(?![\p{L}])/giu;

/** Whether a sentence or line of the part names a new preservation, and no extending in the same sentence. */
function namesNewOne(part: string): boolean {
  for (const m of part.matchAll(NEW_ONE)) {
    const before = part.slice(0, m.index);
    const start = Math.max(before.search(/[^.!?\n]*$/), 0);
    const rest = part.slice(m.index).search(/[.!?\n]/);
    const sentence = part.slice(start, rest === -1 ? part.length : m.index + rest);
    if (!EXTENDING.test(sentence)) return true;
  }
  return false;
}

export interface Part {
  kind: 'new' | 'extension';
  /** The reference's paragraph: its accounts are its own. */
  start: number;
  end: number;
}

/**
 * Each reference's part where the message's parts hold both a new preservation and an extension, or null where they do not (a plain extension, its earlier reference named beside it, keeps its reading).
 */
export function extensionParts(text: string, references: ReadonlyArray<{ reference: string; start: number }>, bodyStart: number, bodyEnd: number): Map<string, Part> | null {
  if (references.length < 2) return null;
  const kinds = new Map<string, Part>();
  for (const r of references) {
    if (r.start < bodyStart || r.start >= bodyEnd) return null;
    const span = paragraphAround(text, r.start, bodyStart, bodyEnd);
    const part = text.slice(span.start, span.end);
    // Each part one reference's: an extension's paragraph that names the earlier number and the new one is one part.
    if (references.some((o) => o !== r && part.includes(o.reference))) return null;
    if (namesNewOne(part)) kinds.set(r.reference, { kind: 'new', ...span });
    else if (EXTENDING.test(part)) kinds.set(r.reference, { kind: 'extension', ...span });
    else return null;
  }
  const values = [...kinds.values()].map((p) => p.kind);
  return values.includes('new') && values.includes('extension') ? kinds : null;
}

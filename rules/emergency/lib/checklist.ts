import type { T } from '../../../i18n/catalogues';
import type { MessageKey } from '../../../i18n/catalogue';
import { englishT } from '../../../i18n/catalogues';
import type { Understood } from '../../types';
import type { Evidence, NarrativeAnalysis } from './narrative';

export type Check = Exclude<keyof NarrativeAnalysis, 'analyzedChars' | 'truncated'>;

/** The five elements as the checklist names them, in the order a narrative usually gives them. */
export const CHECKLIST_ITEMS: ReadonlyArray<{ check: Check; ruleId: string; item: MessageKey }> = [
  { check: 'harm', ruleId: 'emergency/harm', item: 'rules.emergency.item.harm' },
  { check: 'personAtRisk', ruleId: 'emergency/person-at-risk', item: 'rules.emergency.item.personAtRisk' },
  { check: 'timeframe', ruleId: 'emergency/timeframe', item: 'rules.emergency.item.timeframe' },
  { check: 'imminence', ruleId: 'emergency/imminence', item: 'rules.emergency.item.imminence' },
  { check: 'nexus', ruleId: 'emergency/nexus', item: 'rules.emergency.item.nexus' },
];

/** A sentence this long, closed by . ! ? or a line break, is a real attempt; so is this many words in all. */
export const MIN_SENTENCE_WORDS = 6;
export const MIN_WORDS = 15;
const MAX_EVIDENCE_CHARS = 120;
/** Enough text to hold a first sentence: the rest of a long narrative is not scanned for it. */
const ATTEMPT_SCAN_CHARS = 4_000;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.\-/:]*/gu;

const wordCount = (text: string): number => text.match(WORD)?.length ?? 0;

/**
 * Has the investigator written a real attempt at the description, or only started? A real attempt: one full
 * sentence of MIN_SENTENCE_WORDS words (closed by . ! ? or followed by a new line), MIN_WORDS words in all, or text
 * in the field when the investigator left it. Until then the five elements are a checklist to write to (info).
 */
export function isRealAttempt(text: string, leftWithText: boolean): boolean {
  if (text.trim() === '') return false;
  if (leftWithText) return true;
  const head = text.slice(0, ATTEMPT_SCAN_CHARS);
  if (wordCount(head) >= MIN_WORDS) return true;
  const pieces = head.split(/(?<=[.!?])\s+|\n+/);
  return pieces.some((piece, i) => {
    const closed = /[.!?]["'”’)]*\s*$/.test(piece) || i < pieces.length - 1;
    return closed && wordCount(piece) >= MIN_SENTENCE_WORDS;
  });
}

function shortened(evidence: Evidence): string {
  const text = evidence.text.replace(/\s+/g, ' ').trim();
  return text.length > MAX_EVIDENCE_CHARS ? `${text.slice(0, MAX_EVIDENCE_CHARS - 1)}…` : text;
}

/** The elements the narrative states, each with the words (as typed) that satisfied it. */
export function understoodIn(analysis: NarrativeAnalysis, t: T = englishT): Understood[] {
  return CHECKLIST_ITEMS.flatMap(({ check, ruleId, item }) => {
    const evidence = analysis[check];
    return evidence ? [{ ruleId, item: t(item), text: shortened(evidence) }] : [];
  });
}

export function itemOf(check: Check, t: T = englishT): string {
  const item = CHECKLIST_ITEMS.find((c) => c.check === check)?.item;
  return item ? t(item) : check;
}

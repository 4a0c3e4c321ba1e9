import { findDates, readings } from './dates';
import { plausible } from './stated-dates';
import type { DateChoice } from './types';

const MAX_CHOICES = 6;

/**
 * Every day the pasted text states that could be a preservation's (plausible for an e-mail of `latest`, the e-mail's
 * date or the day of reading), in the order of the text, each with its words; a numeric date that reads two ways
 * gives both. For the investigator to pick from by one click where the reader states no date of its own: it proposes
 * none of them.
 */
export function dateChoices(pasted: string, latest: string): DateChoice[] {
  const text = pasted.slice(0, 200_000);
  const choices = new Map<string, DateChoice>();
  for (const mention of findDates(text)) {
    const { mdy, dmy } = readings(mention, latest);
    for (const day of new Set([mdy, dmy])) {
      if (!day || !plausible(day, latest) || choices.has(day)) continue;
      choices.set(day, { day, quote: text.slice(mention.start, mention.end) });
    }
    if (choices.size >= MAX_CHOICES) break;
  }
  return [...choices.values()].slice(0, MAX_CHOICES);
}

import type { NarrativeAnalysis } from './narrative';

const SECTIONS: Array<{ key: keyof Pick<NarrativeAnalysis, 'harm' | 'personAtRisk' | 'timeframe' | 'imminence' | 'nexus'>; heading: string; placeholder: string }> = [
  { key: 'harm', heading: 'Nature of the emergency', placeholder: '[what is threatened: e.g. a threat to kill, a suicide plan, an abduction, sexual abuse of a child]' },
  { key: 'personAtRisk', heading: 'Person at risk', placeholder: '[who: name or initials, age, relation to the suspect]' },
  { key: 'timeframe', heading: 'Timeframe', placeholder: '[when the threat was made and when harm is expected: date, time, time zone]' },
  { key: 'imminence', heading: 'Why it cannot wait', placeholder: '[why disclosure cannot wait for legal process: e.g. still missing, said he will act tonight]' },
  { key: 'nexus', heading: 'How the data will help', placeholder: '[what the data lets you do: e.g. subscriber details and recent IP addresses to locate the person]' },
];

export const LEGAL_PROCESS_REMINDER =
  'Legal process: this emergency request will be followed by the appropriate legal process for any further disclosure.';

/**
 * A structure the investigator may insert (only by clicking): a heading with a placeholder for each element the
 * narrative does not yet state, and the reminder that legal process must follow. Null when nothing is missing.
 */
export function suggestedStructure(analysis: NarrativeAnalysis, existingText: string): string | null {
  const missing = SECTIONS.filter((s) => !analysis[s.key]);
  const reminderPresent = /legal\s+process\s+(?:will|shall)\s+follow|followed\s+by\s+(?:the\s+)?(?:appropriate\s+)?legal\s+process/i.test(existingText);
  if (missing.length === 0 && reminderPresent) return null;
  const lines = missing.map((s) => `${s.heading}: ${s.placeholder}`);
  if (!reminderPresent) lines.push(LEGAL_PROCESS_REMINDER);
  return lines.join('\n');
}

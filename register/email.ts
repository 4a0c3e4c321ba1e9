import * as chrono from 'chrono-node';
import { providers } from '../providers/registry';
import { findReferences } from './references';

export interface ProposedRecord {
  providerId: string | null;
  references: string[];
  /** The preservation date the text states, else the date of the e-mail, else null. */
  preservedOn: string | null;
  /** An extension the text confirms ("extended until 2027-02-20"). */
  extendedUntil: string | null;
  accountIdentifiers: string[];
}

/** Each provider's e-mail words (provider data), in registry order. */
const PROVIDER_WORDS: Array<[string, RegExp]> = providers.flatMap((p) =>
  p.emailWords?.length ? [[p.id, new RegExp(`\\b(?:${p.emailWords.join('|')})\\b`, p.emailWordsMatchCase ? '' : 'i')] as [string, RegExp]] : [],
);

/** YYYY-MM-DD for plausible dates only: a parser's "in 100000 years" is no preservation date. */
function day(date: Date | null | undefined): string | null {
  if (!date || Number.isNaN(date.getTime())) return null;
  const year = date.getUTCFullYear();
  return year >= 1990 && year <= 2100 ? date.toISOString().slice(0, 10) : null;
}

/** The provider the e-mail comes from: its sender's domain first, then the words in it. */
function guessProvider(text: string): string | null {
  const from = /^from:.*$/im.exec(text)?.[0] ?? '';
  for (const [id, pattern] of PROVIDER_WORDS) if (pattern.test(from)) return id;
  for (const [id, pattern] of PROVIDER_WORDS) if (pattern.test(text)) return id;
  return null;
}

/** Read a pasted provider e-mail (or any selected text) into a proposed record; the investigator confirms it. */
export function parseProviderEmail(text: string, reference = new Date()): ProposedRecord {
  const input = text.slice(0, 200_000);
  const sent = /^date:\s*(.+)$/im.exec(input)?.[1];
  const sentOn = sent ? day(chrono.en.parseDate(sent, reference)) : null;
  const preservedLine = /\bpreserved\b[^.\n]{0,80}/i.exec(input)?.[0];
  const preservedOn = (preservedLine && day(chrono.en.GB.parseDate(preservedLine, reference))) || sentOn;
  const extendedLine = /\bextended\b[^.\n]{0,80}/i.exec(input)?.[0];
  const extendedUntil = extendedLine ? day(chrono.en.GB.parseDate(extendedLine, reference)) : null;
  const accounts = new Set<string>();
  for (const m of input.matchAll(/(?:^|\s)(@[A-Za-z0-9_.]{2,30})\b/g)) accounts.add(m[1]!);
  for (const m of input.matchAll(/\b(?:account|user(?:name)?|profile)s?(?: {0,3}(?:id|identifier))? {0,3}[:=] {0,3}([^\s,;]{2,80})/gi)) accounts.add(m[1]!);
  const providerId = guessProvider(input);
  return {
    providerId: providerId && providers.some((p) => p.id === providerId) ? providerId : null,
    references: findReferences(input).map((r) => r.reference),
    preservedOn,
    extendedUntil,
    accountIdentifiers: [...accounts].slice(0, 20),
  };
}

import { requestNamingSentences, restatedRequests } from './account-lists';
import { chain, providerMessage, type Header, type Message } from './blocks';
import { findEmailDate } from './email-date';
import { inlineAnswers } from './inline-answers';
import { preservationAsserted } from './preservation-asserted';
import { signatureSpans, type Span } from './signature';
import { endOfQuotedRun, quotedRuns, startOfQuotedTail, type Source } from './text';

/**
 * The pasted text as a list of messages, the one structure every reader takes its input from: who wrote each, each
 * message's header (its sender, its date as its sender's client wrote it, its subject), and of the provider's
 * confirming message its own text only: not the officer's text above it, not the older messages under it, not the
 * lines it quotes from the request, not the request it restates, not its signature. The references, the date, the
 * accounts, the extension and the provider are read from `confirming` (with `earlier` where the provider points at its
 * own earlier message); the request's accounts from `requests`, only where the provider confirms them by pointing.
 */

/**
 * Who wrote a message: the provider's law-enforcement team or its system, saying a preservation was done (`provider`);
 * the provider saying none was (`receipt`: its acknowledgement, an auto-reply, a question, a refusal); the officer or
 * the agency, any sender that is no provider (`officer`); or no sender shown (`unknown`).
 */
export type Author = 'provider' | 'receipt' | 'officer' | 'unknown';

export interface ThreadMessage extends Message {
  author: Author;
  /** Its own words say a preservation was done (whoever wrote it: a paste with no sender shown is read by this alone). */
  confirms: boolean;
}

export interface Thread {
  /** Every message of the paste, in order, each ending where the next begins. */
  messages: ThreadMessage[];
  /** The provider's confirming message, its own text only (the replier's text under its quote and the quoted request cut off). */
  confirming: Message;
  /** The lines the confirming message quotes from the officer's request, where they say no preservation was done: asked, not confirmed. */
  asked: Span[];
  /** The provider's own earlier message under the confirming one (its receipt that assigned the reference), or null. */
  earlier: Message | null;
  /** The officer's messages under the confirming one: the request it answers. */
  requests: ThreadMessage[];
}

export function readThread(source: Source, isProviderSender: (from: Header) => boolean): Thread {
  const text = source.text;
  const blocks = chain(text);
  const messages: ThreadMessage[] = blocks.map((b, i) => {
    const message = { ...b, end: i + 1 < blocks.length ? Math.max(b.bodyStart, blocks[i + 1]!.start) : text.length };
    const confirms = preservationAsserted(text.slice(message.bodyStart, message.end));
    return { ...message, confirms, author: !message.from ? 'unknown' : !isProviderSender(message.from) ? 'officer' : confirms ? 'provider' : 'receipt' };
  });
  // The confirming message: the provider's (or, no provider's sender shown, the one nobody answers), or where that one
  // confirms nothing (a receipt, a question), the first of the same senders' messages that does.
  const confirming = providerMessage(text, blocks, isProviderSender, messages.map((m) => m.confirms), (from, to) => quoteThenOwn(source, from, to));
  // The replier's text below the provider's quoted lines is not the provider's; but a reply the provider wrote under the
  // request it quotes (a block of "wrote:" inside its message, providerMessage) is the provider's own text there.
  const bottomPosted = blocks.some((b) => b.kind === 'wrote' && b.start > confirming.bodyStart && b.start < confirming.end);
  if (!bottomPosted) confirming.end = endOfQuotedRun(source, confirming.bodyStart, confirming.end) ?? confirming.end;
  // The older message the provider quoted under its own text (the request it answers) is not the provider's; a quoted
  // tail that itself says a preservation was done is the provider's own words quoted, and read.
  const tail = startOfQuotedTail(source, confirming.bodyStart, confirming.end);
  if (tail !== null && !preservationAsserted(text.slice(tail, confirming.end))) confirming.end = tail;
  // The lines the provider quotes from the officer's request, unless they say a preservation was done.
  const asked = quotedRuns(source, confirming.bodyStart, confirming.end).filter((run) => !preservationAsserted(text.slice(run.start, run.end)));
  // Answers the provider wrote inside the officer's message below ("our responses below, marked \"MS:\""): that message
  // is read with the provider's, its officer's lines asked.
  const below = messages.find((m) => m.start >= confirming.end);
  const inline = below?.author === 'officer' ? inlineAnswers(text, { start: confirming.bodyStart, end: confirming.end }, below) : null;
  if (inline) {
    confirming.end = inline.end;
    asked.push(...inline.asked);
  }
  const after = messages.filter((m) => m.start >= confirming.end);
  return {
    messages,
    confirming,
    asked,
    earlier: after.find((m) => m.author === 'provider' || m.author === 'receipt') ?? sentBefore(text, messages, confirming),
    requests: after.filter((m) => m.author === 'officer'),
  };
}

/**
 * A thread pasted oldest first ("--- Message 1 ---" the request, then the provider's receipt, then its confirmation)
 * has the provider's earlier message above the confirming one, not under it: the nearest message of the provider's
 * senders above it whose own date is before the confirming message's. Dates decide the order, never the place: a
 * message above with no date, or with a later one (a newest-first thread's follow-up), is no earlier message.
 */
function sentBefore(text: string, messages: ThreadMessage[], confirming: Message): Message | null {
  const own = findEmailDate(confirming, text)?.day;
  if (!own) return null;
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i]!;
    if (m.end > confirming.start || (m.author !== 'provider' && m.author !== 'receipt')) continue;
    const day = findEmailDate(m, text)?.day;
    return day && day < own ? m : null;
  }
  return null;
}

/** A block that opens with lines quoted deeper than its own and goes on with its own lines under them (a bottom-posted reply). */
function quoteThenOwn(source: Source, from: number, to: number): boolean {
  const runs = quotedRuns(source, from, to);
  const block = source.text.slice(from, to);
  const first = from + block.length - block.trimStart().length;
  return runs.length > 0 && runs[0]!.start === first && source.text.slice(runs[0]!.end, to).trim() !== '';
}

/**
 * What in a provider's message is not its own words presenting a value: its signature and the officer's block
 * (`signatures`), the request it restates before its answer and the lines it quotes from it (`restated`).
 */
export function asidesOf(text: string, message: Message, asked: readonly Span[]): { signatures: Span[]; restated: Span[] } {
  return { signatures: signatureSpans(text, message.bodyStart, message.end), restated: [...restatedRequests(text, message.bodyStart, message.end), ...requestNamingSentences(text, message.bodyStart, message.end), ...asked] };
}

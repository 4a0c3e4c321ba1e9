import { shapedHeaderAt, shapedHeaders } from './header-shape';
import { RANK_ABBREVIATIONS } from './ranks';
import { namesAnyProvider, namesAsWritten, registeredName } from './provider';

/**
 * Forwarded and replied e-mails: the provider's message is the innermost one (the last forwarded or quoted block),
 * not the investigator's text around it. Its header lines (in the mail client's language) give the sender,
 * the date and the subject.
 */
export interface Header {
  value: string;
  /** Offset of the value in the readable text. */
  at: number;
}

export interface Message {
  /** Offsets of the provider's message (headers and body) in the readable text. */
  start: number;
  end: number;
  /** Where its body starts, after its header lines. */
  bodyStart: number;
  from: Header | null;
  date: Header | null;
  subject: Header | null;
  to: Header | null;
  /** How the block was marked off (the top of the text, a separator, a "wrote:" line …). */
  kind?: Kind;
}

const SEPARATOR =
  /^[ \t]*(?:-{2,}[ \t]*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Messaggio originale|Mensaje original|Oorspronkelijk bericht|Forwarded Message|Forwarded message|Weitergeleitete Nachricht|Message transféré|Doorgestuurd bericht|Messaggio inoltrato|Mensaje reenviado)[ \t]*-{2,}|Begin forwarded message:|Anfang der weitergeleiteten Nachricht:|Début du message réexpédié :?)[ \t]*$/gim;
/**
 * "On Thu, Nov 19, 2026 at 9:41 AM Yahoo <x@y> wrote:" and its translations; one line, bounded. The verb ends where no
 * letter follows, not at \b, which never falls after an accented letter ("escribió:"). Gmail in Polish, Czech, Finnish,
 * Norwegian and others opens the line with the date itself, no word before it ("wt., 24 lis 2026 o 15:14 X <x@y>
 * napisał(a):", "út 24. 11. 2026 v 15:14 odesílatel X napsal:", "ti 24.11.2026 klo 15.14 X kirjoitti:"): such a line
 * counts where it opens with a whole date (maybe a weekday's short name first, the month a name or a number) and a
 * time after it: a line a wrap began inside a sentence ("17, 2026 at 2:08 PM, Zoom LE <…> wrote:") is none. Greek opens
 * with "Στις" ("Στις Τετ 18 Νοε 2026 στις 10:41 π.μ., ο χρήστης X <x@y> έγραψε:"), bounded by no letter after it, as \b
 * sees no word's edge in Greek; so do Arabic ("في … كتب X <x@y>:") and Hebrew Gmail ("בתאריך … מאת X <x@y>:").
 */
export const WROTE = /^[ \t]*(?:(?:On|Op|Am|Le|El|Il|Em|Den|Dne|Pe|Pada|W dniu|Il giorno)\b|Στις(?!\p{L})|في(?!\p{L})|בתאריך(?!\p{L})|(?=(?:\p{L}{1,4}\.?,?[ \t]{1,2})?(?:\d{1,2}\.?[ \t]{0,2}(?:\p{L}{3,5}\.?|\d{1,2}\.)[ \t]{0,2}(?:19|20)\d{2}(?!\d)|(?:19|20)\d{2}\.[ \t]{0,2}(?:g\.[ \t]{0,2})?\d{1,2}\.[ \t]{0,2}\p{L}{3,9}\.?,?|(?:19|20)\d{2}\.[ \t]{0,2}\d{1,2}\.[ \t]{0,2}\d{1,2}\.)[^\n]{0,12}?(?<![\d:.])\d{1,2}[:.][0-5]\d(?![\d:])))[^\n]{5,300}?(?:\n[^\n]{0,120}?)?(?<!\p{L})(?:wrote|schreef|schrieb|a[ \t\n]+écrit|escribió|ha[ \t\n]+scritto|scrisse|escreveu|skrev|napisał\p{L}?|pisze|píše|napsal\p{L}?|napísal\p{L}?|napisao|napisala|kirjoitti|a[ \t\n]+scris|έγραψε|написа\p{L}?|rašė|rakstīja|kirjutas|كتبت?|כתבה?|מאת|쓴[ \t]?글|menulis)(?!\p{L})[^\n:]{0,160}?(?:\n[^\n:]{1,120}?)?[ \t]*:[ \t]*$/gimu;

const FIELDS: Array<[keyof Pick<Message, 'from' | 'date' | 'subject' | 'to'>, RegExp]> = [
  ['from', /^(?:from|von|de|van|da|desde|fra|från|od|mittente|absender|exp[ée]diteur|remitente|remetente|afzender|avsändare|nadawca)$/i],
  ['date', /^(?:date|sent|gesendet|envoyé|datum|verzonden|inviato|enviado|enviada|fecha|data|sendt|skickat|wysłano|dato|odesláno)(?:[ \t](?:el|em|on|le|am|op|il))?$/i],
  ['subject', /^(?:subject|betreff|objet|onderwerp|oggetto|asunto|assunto|emne|ämne|temat|předmět)$/i],
  ['to', /^(?:to|an|à|aan|a|para|til|till|do|komu)$/i],
];
const WROTE_HERE = new RegExp(WROTE.source, 'imuy');
/** A header line: a short field name, a colon (French puts a space before it), the value. */
/** Some clients name a field in two or three words: "Enviado el:", "Enviada em:", "Sent on:". */
const HEADER_LINE = /^([\p{L}\d-]{1,40}(?:[ \t][\p{L}\d-]{1,12}){0,2})[ \t]?:[ \t]*([^\n]{0,400})/u;

function fieldOf(name: string): (typeof FIELDS)[number][0] | null {
  for (const [field, pattern] of FIELDS) if (pattern.test(name)) return field;
  return null;
}

/**
 * A bar before another field's name and colon parts one header line into several fields; so does a tab or a gap of two
 * blanks before a known field's name ("[4] From: X Legal <noreply@…>  Date: Thu, 12 Nov 2026 09:58:31 -0800", a
 * thread's export that puts the sender and the date on one line).
 */
const FIELD_BAR =
  /[ \t]+\|[ \t]+(?=[\p{L}][\p{L} ]{0,20}[ \t]?:)|(?:\t|[ \t]{2,})(?=(?:from|date|sent|to|cc|subject|von|datum|gesendet|an|betreff|envoyé|objet|fecha|enviado|para|asunto|data|inviato|oggetto|verzonden|aan|onderwerp)[ \t]?:)/giu;

function fieldsOf(line: string): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  let last = 0;
  for (const m of line.matchAll(FIELD_BAR)) {
    out.push([line.slice(last, m.index), last]);
    last = m.index! + m[0].length;
  }
  out.push([line.slice(last), last]);
  return out;
}

function readHeaders(text: string, from: number, message: Message): void {
  let pos = from;
  let seen = 0;
  // Leading blank lines after a separator, then header lines until the first blank line (at most a few dozen lines).
  while (pos < text.length && text[pos] === '\n') pos++;
  const shaped = shapedHeaderAt(text, pos);
  let last: (typeof FIELDS)[number][0] | null = null;
  for (let lines = 0; lines < 200 && pos < text.length; lines++) {
    const eol = text.indexOf('\n', pos);
    const end = eol === -1 ? text.length : eol;
    const raw = text.slice(pos, Math.min(end, pos + 500));
    if (!raw.trim()) break;
    // A thread's export may number each message's first header line ("[2] From: …", "(2) From: …", "#2 From: …") and
    // indent the header lines under it ("    Date: …"): the number and the indent are no part of a field.
    const lead = headerLead(raw);
    const line = raw.slice(lead);
    const m = HEADER_LINE.exec(line);
    // An HTML copy may flatten the header onto one line, its fields parted by bars ("From: … | Sent: … | To: …").
    for (const [part, offset] of m ? fieldsOf(line) : []) {
      const f = HEADER_LINE.exec(part);
      const field = f ? fieldOf(f[1]!) : null;
      if (!field || message[field]) continue;
      message[field] = { value: f![2]!.trim(), at: pos + lead + offset + part.indexOf(f![2]!) };
      seen++;
    }
    // A subject a client wrapped, its rest on a line of its own with no indent, under it a field not yet read
    // ("Betreff: Ihre Anfrage (Aktenzeichen:⏎ST/0815223/2026)⏎Datum: …"): the subject's rest, not the body.
    if (!m && !/^[ \t]/.test(raw) && seen > 0) {
      if (last !== 'subject' || !message.subject || !wrappedRest(text, end, message)) break; // body text right after the headers
      message.subject = { value: text.slice(message.subject.at, end), at: message.subject.at };
    }
    last = m ? fieldOf(m[1]!) : null;
    pos = end + 1;
  }
  // Field names in a language not listed: the fields are told apart by their values (header-shape.ts).
  for (const field of ['from', 'date', 'to', 'subject'] as const) {
    if (message[field] || !shaped?.[field]) continue;
    message[field] = shaped[field];
    seen++;
  }
  message.bodyStart = seen > 0 ? Math.min(Math.max(pos, shaped?.end ?? 0), text.length) : from;
}

/**
 * Whether the line ending at `end` is the rest of a wrapped subject: the line after it is a header line of a field the
 * message has not read yet, or the line is one token with a digit in it (the agency's number a wrap put under the
 * subject: "Předmět: RE: Žádost – č. j.⏎KRPA-123456-12/TČ-2026-000071") and a blank line or the end follows it.
 */
/** A greeting or sign-off that opens a body right under a header. */
const GREETING = /^(?:hello|hi|hey|dear|good|greetings|sehr|hallo|guten|bonjour|madame|monsieur|hola|estimad[oa]|buen[oa]s|ciao|gentile|egregi[oa]|beste|geachte|hej|dzień|szanown\p{L}*|olá|prezad[oa])(?![\p{L}])/iu;

function wrappedRest(text: string, end: number, message: Message): boolean {
  if (end >= text.length) return false;
  const restLine = text.slice(text.lastIndexOf('\n', end - 1) + 1, end).trim();
  const next = text.slice(end + 1, Math.min(text.indexOf('\n', end + 1) === -1 ? text.length : text.indexOf('\n', end + 1), end + 501));
  if (!next.trim() && /^[^\s]{4,80}$/.test(restLine) && /\d/.test(restLine)) return true;
  // A long subject a client wrapped at its width, a blank line under its rest ("Subject: RE: [EXTERNAL] Extension of
  // preservation - Coinbase Case⏎CB-LE-00918837 // HSI case 2026-HSI-BO-01142⏎⏎"): the subject's line with the rest's
  // first word would pass the width (over 72 characters), and the rest is no sentence's end and no greeting.
  if (!next.trim() && message.subject && restLine.length <= 80 && /[\p{L}\d)\]]$/u.test(restLine) && !GREETING.test(restLine)) {
    const restStart = text.lastIndexOf('\n', end - 1) + 1;
    const subjectLine = text.slice(text.lastIndexOf('\n', restStart - 2) + 1, restStart - 1).trimEnd();
    const firstWord = restLine.split(/[ \t]/)[0]!;
    if (message.subject.at < restStart && subjectLine.length >= 50 && subjectLine.length + 1 + firstWord.length > 72) return true;
  }
  const f = HEADER_LINE.exec(next.slice(headerLead(next)));
  const field = f ? fieldOf(f[1]!) : null;
  return !!field && !message[field];
}

/** A message's number heading its header in a thread's export: "[2] ", "(2) ", "#2 ", "2) ", "Message 2: ". */
const MESSAGE_NUMBER = String.raw`(?:\[\d{1,3}\]|\(\d{1,3}\)|#\d{1,3}|\d{1,3}\)|(?:message|msg|nachricht|mensaje|messaggio|bericht)[ \t]+#?\d{1,3}(?:[ \t]+(?:of|von|de|di|van)[ \t]+\d{1,3})?[ \t]*[:.-]?)[ \t]+`;
/** The indent or the message's number before a header line's field name (its length), or 0 where it has neither. */
const HEADER_LEAD = new RegExp(`^(?:[ \\t]*${MESSAGE_NUMBER}|[ \\t]{1,12})(?=[\\p{L}][\\p{L} -]{0,30}[ \\t]?:)`, 'iu');
function headerLead(line: string): number {
  const m = HEADER_LEAD.exec(line);
  if (!m) return 0;
  const f = HEADER_LINE.exec(line.slice(m[0].length));
  return f && fieldOf(f[1]!) ? m[0].length : 0;
}

/** A line that starts a header block in the middle of the text ("From: …" or "De : …" after body text), maybe numbered ("[5] From: …"). */
const FROM_LINE = new RegExp(String.raw`^(?:[ \t]*${MESSAGE_NUMBER})?(?:from|von|de|van|da|desde|fra|från|od|de)[ \t]?:[ \t]*\S[^\n]{0,300}$`, 'gimu');
/** Any client's separator line: words between dashes ("---------- Videresendt melding ----------", "----- Forwarded by … -----"). */
const DASHED = /^[ \t]*-{2,}[ \t]*\p{L}[^\n]{2,100}?-{2,}[ \t]*$/gimu;

/** The file a certified mail (Italian PEC) carries the sender's message in. */
const CARRIED_MESSAGE = /(?<![\w.-])postacert\.eml(?![\w.-])/i;

type Kind = 'top' | 'separator' | 'wrote' | 'from' | 'conversation' | 'entry' | 'framed';

/**
 * A ticketing system's transcript marks each message by a line of its own: the time stamped in brackets, then who wrote
 * it ("[Sep 21, 2026 11:47 AM PDT] Twitch LE - Marisol wrote:", "[2026-11-19 10:12 UTC] Agent Kim replied:"), or the
 * author before the stamp ("Agent Kim [19/11/2026 10:12]:"). Group 1 or 4 is the stamp, 2 or 3 the author. An author
 * starts with a visible character, so that the white space before it is read one way only: a line of white space
 * would otherwise be tried split at every point, and a paste with one long such line took minutes.
 */
const ENTRY =
  /^[ \t]*(?:\[([^\]\n]{0,40}\d{1,2}:[0-5]\d[^\]\n]{0,20})\][ \t]*([^\s[\]:][^\n[\]:]{0,79}?)[ \t]+(?:wrote|said|replied|commented|responded|added a comment|schrieb|antwortete|a écrit|a répondu|escribió|respondió|ha scritto|schreef)|([^\s[\]:][^\n[\]:]{0,79}?)[ \t]*\[([^\]\n]{0,40}\d{1,2}:[0-5]\d[^\]\n]{0,20})\])[ \t]*:[ \t]*$/gimu;
const ENTRY_HERE = new RegExp(ENTRY.source, 'imuy');
/** A help desk's reply marker, between dashes or hashes. */
const REPLY_MARKER = /(?<![\p{L}])(?:above|below|oberhalb|unterhalb|au-dessus|en[ \t]+dessous|encima|debajo|sopra|sotto|boven|onder)(?![\p{L}])[^\n]{0,20}(?<![\p{L}])(?:line|zeile|ligne|l[íi]nea|linea|lijn|regel)(?![\p{L}])/iu;

/**
 * A ticket's transcript may frame each message's header between two rules: who wrote it, a dash or a bar, and when
 * ("-----⏎Twitch Law Enforcement - Wed, Oct 28, 2026 at 4:51 PM⏎-----"), or under one rule with a blank line under it
 * (a help desk's "-----⏎Det. Roe  |  Oct 14, 2026 8:05 AM PDT⏎⏎"). Group 1 is the author, 2 the stamp. Some write the
 * stamp first, a date with its year and a time, then the author ("-----⏎Nov 18, 2026 10:12 AM PST - Twitch Law
 * Enforcement Response⏎⏎", "2026-11-13 08:15 UTC | Reddit Legal"): group 3 is then the stamp, 4 the author (no digit
 * in it, so a footer's "Printed … 10:12 - page 1 of 2" is none).
 */
const FRAMED =
  /^[ \t]*[-=_*~]{5,}[ \t]*\n[ \t]*(?:([^\s][^\n]{0,79}?)[ \t]+[-–—|•·][ \t]+([^\n]{0,40}?\d{1,2}:[0-5]\d[^\n]{0,20}?)|((?=\S)[^\n]{0,30}?\d{4}[^\n]{0,12}?\d{1,2}:[0-5]\d[^\n]{0,20}?)[ \t]+[-–—|•·][ \t]+(\p{L}[^\n\d]{0,79}?))[ \t]*\n(?:[ \t]*[-=_*~]{5,}[ \t]*$|[ \t]*$)/gmu;
const FRAMED_HERE = new RegExp(FRAMED.source, 'muy');
/** A dashed separator that holds a time ("--- Oct 21, 2026 11:58 AM (PDT) ---"): the next message's date. */
const DASHED_STAMP = /^[ \t]*-{2,}[ \t]*([^\n]{0,40}\d{1,2}:[0-5]\d[^\n]{0,20}?)[ \t]*-{2,}[ \t]*$/u;
const DASHED_STAMPS = new RegExp(DASHED_STAMP.source, 'gmu');

/**
 * A message copied from a mail client's conversation view (Gmail's thread, Outlook on the web's reading pane) has a
 * header without field names: the sender's display name and address in angle brackets alone on a line, then a line
 * the time it was sent closes (Canadian French "18 h 04" too; a relative time in brackets allowed: "10:12 (3 hours
 * ago)", "10:12 (hace 3 horas)", "Thu, Nov 19, 2026, 10:12 AM"), maybe a line of recipients after it ("to me", "para
 * mí", "an mich", "à moi"). Where it opens the text or a paragraph, each such header starts a message of the chain, its
 * sender told by the address.
 */
const OPENS = String.raw`(?:(?<![\s\S])|(?<=\n[ \t]*\n))`;
/**
 * The sender's display name and its address in angle brackets; a copy wrapped at its width may put the address on the
 * line under the name ("Meta Law Enforcement Response Team⏎<records-noreply@…>      Nov 19, 2026, 4:12 PM").
 */
const ADDRESSED = String.raw`[ \t]*\p{L}[^\n<>@:]{0,80}(?:\n[ \t]{0,20})?<[^\s<>@]{1,64}@[^\s<>]{1,200}>`;
/** Where a message's header may start in an export: the text's or a paragraph's top, or the line under a rule. */
const OPENS_OR_RULE = String.raw`(?:(?<![\s\S])|(?<=\n[ \t]*\n)|(?<=\n[ \t]*[-=_~*]{5,}[ \t]*\n))`;
/** A message's number in a thread's export: "[2] ", "(2) ", "#2 ", "2) ". */
/** A line framed by rules, one above it and one below ("-----⏎GitHub Staff (Tessa) <gap> Nov 17, 2026, 3:41 PM UTC⏎-----"). */
const FRAMED_BY_RULES = String.raw`(?<=\n[ \t]*[-=_~*]{5,}[ \t]*\n)(?=[^\n]*\n[ \t]*[-=_~*]{5,}[ \t]*(?:\n|$))`;
const LISTED = String.raw`(?:\[\d{1,3}\]|\(\d{1,3}\)|#\d{1,3}|\d{1,3}\))[ \t]+`;
/** An address alone on its line, no display name, no brackets ("lis-noreply@google.com"). */
const ADDRESS_ALONE = String.raw`[ \t]*[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,6}`;
/** A display name alone, no address, no digit ("Amazon Law Enforcement", "Det. Carla Voss"): as a webmail shows it. */
/** A label of a time, not a person's or a team's name: a date's or an event's words ("Date preserved", "Request received"). */
const STAMP_LABEL = String.raw`[^\n]{0,40}?(?<![\p{L}])(?:date|time|preserved|received|submitted|completed|requested|created|updated|expires?|expiry|datum|fecha|data|heure|hora|zeit|tidpunkt)(?![\p{L}])[^\n]{0,30}\n`;
const NAME_ONLY = String.raw`[ \t]*\p{L}[\p{L}\p{M}.'’&() -]{1,60}`;
const SENT_AT = String.raw`[ \t]*[^\n:]{0,40}?(?<![\d:.])\d{1,2}(?::|[ \t]h[ \t])[0-5]\d(?::[0-5]\d)?(?:[ \t]?[AaPp]\.?[Mm]\.?)?(?:[ \t]*\([^()\n]{1,30}\))?`;
/**
 * The time sent after a gap on the sender's line, a wrap inside it ("X Legal <legal@…>      Nov 19, 2026,⏎4:52 PM (22
 * hours ago)", a copy wrapped at 72 characters): the stamp's rest on the next line.
 */
const SENT_AT_WRAPPED = String.raw`[ \t]*[^\n:]{1,40}?\n[ \t]*[^\n:]{0,40}?(?<![\d:.])\d{1,2}:[0-5]\d(?::[0-5]\d)?(?:[ \t]?[AaPp]\.?[Mm]\.?)?(?:[ \t]*\([^()\n]{1,30}\))?`;
/**
 * A stamp with the year, then the time, maybe a zone: an abbreviation, an offset or both, maybe in brackets ("Nov 18, 2026,
 * 16:41 PST", "18/11/2026 10:12", "12 Nov 2026 09:14 GMT+8", "(UTC+08:00)").
 */
const STAMPED_AT = String.raw`[ \t]*[^\n:]{0,30}?\d{4}[^\n:\d]{0,10}(?<![\d:.])\d{1,2}:[0-5]\d(?::[0-5]\d)?(?:[ \t]?[AaPp]\.?[Mm]\.?)?(?:[ \t]+\(?[A-Z]{2,5}(?:[+−-]\d{1,2}(?::?[0-5]\d)?)?\)?)?`;
/**
 * A webmail's stamp by how long ago, with no time ("3 days ago", "Yesterday", "vor 3 Tagen", "il y a 3 jours", "hace 3
 * días", "3 giorni fa", "3 dagen geleden", "há 3 dias"): where the display name's line has it and the recipients' line
 * is under it, it heads a message as a time does. It is no date: the message's date is not read from it.
 */
const SENT_AGO = String.raw`[ \t]*(?:\d{1,2}[ \t]+(?:minutes?|mins?|hours?|days?|weeks?)[ \t]+ago|yesterday|vor[ \t]+\d{1,2}[ \t]+(?:Minuten|Stunden|Tagen|Wochen)|gestern|il[ \t]+y[ \t]+a[ \t]+\d{1,2}[ \t]+(?:minutes|heures|jours|semaines)|hier|hace[ \t]+\d{1,2}[ \t]+(?:minutos|horas|días|semanas)|ayer|\d{1,2}[ \t]+(?:minuti|ore|giorni|settimane)[ \t]+fa|ieri|\d{1,2}[ \t]+(?:minuten|uur|dagen|weken)[ \t]+geleden|gisteren|há[ \t]+\d{1,2}[ \t]+(?:minutos|horas|dias|semanas)|ontem)`;
/** The recipients' field name in the languages webmail shows ("to me", "Para:", "An:", "À :"). */
const RECIPIENTS_WORD = String.raw`(?:to|para|an|à|a|aan|til|till|do|per)`;
/** A recipients' field name alone on its line ("Para:", "To:", "Cc:"), the recipient on the next. */
const RECIPIENT_FIELD = String.raw`[ \t]*(?:${RECIPIENTS_WORD}|cc)[ \t]*:[ \t]*\n[ \t]*`;
export const RECIPIENTS = String.raw`[ \t]*${RECIPIENTS_WORD}(?:[ \t]*:)?[ \t]+[^\n]{1,80}`;
/**
 * The shapes of such a header, each with the sender, the time sent and the recipients in its groups 1-3: the sender's
 * address on its line and the time on the next; both on one line, parted by a tab or a gap ("Google LIS <…>⇥Wed, Nov
 * 11, 2026 at 2:41 PM", Gmail's printed thread); or a display name without address (a webmail conversation), which
 * only counts with its line of recipients under the time ("to me", "to Amazon"), the time on its line or the next.
 */
const CONVERSATION_SHAPES = [
  String.raw`${OPENS}(${ADDRESSED})[ \t]*\n(${SENT_AT})[ \t]*\n(?:(${RECIPIENTS})\n)?`,
  // Outlook on the web's reading pane shows the sender's initials in a circle above the name ("DT⏎Discord Trust & Safety
  // <…>⏎Thu 11/26/2026 7:02 PM⏎To: Ramos, Teodoro"): a line of two or three capitals before the name, the recipients required.
  String.raw`${OPENS}[ \t]*\p{Lu}{2,3}[ \t]*\n(${ADDRESSED})[ \t]*\n(${SENT_AT})[ \t]*\n(${RECIPIENTS})\n`,
  // Its Spanish and other layouts put the recipients' field before the time, its name on a line of its own and the
  // recipient under it ("UL⏎Uber Law Enforcement Response Team <…>⏎Para:⏎Alvarado Ruiz, Lucía⏎vie 13/11/2026 17:26"):
  // the time read ahead, so the groups keep their order.
  String.raw`${OPENS}[ \t]*\p{Lu}{2,3}[ \t]*\n(${ADDRESSED})[ \t]*\n(?=${RECIPIENT_FIELD}[^\n]{1,80}\n(${SENT_AT})[ \t]*\n)(${RECIPIENT_FIELD}[^\n]{1,80})\n[^\n]*\n`,
  // Gmail's conversation copied from the browser: a line of blanks (a tab) between the sender, the time and the
  // recipients ("Carlos Ramirez <c@…>⏎⇥⏎Mon, Nov 9, 4:30 PM (23 days ago)⏎⇥⏎to Rebecca"), the recipients required.
  String.raw`${OPENS}(${ADDRESSED})[ \t]*\n[ \t]*\n(${SENT_AT}|${SENT_AGO})[ \t]*\n[ \t]*\n(${RECIPIENTS})\n`,
  // The same stamped with the message's age alone, the recipients under it ("Pinterest via Kodex <le@…>⏎3 days ago⏎to me",
  // "… <…>⏎vor 3 Tagen⏎an mich"): a webmail's conversation showing its newest message by its age only.
  String.raw`${OPENS}(${ADDRESSED})[ \t]*\n(${SENT_AGO})[ \t]*\n(${RECIPIENTS})\n`,
  // The same with the recipients run on after the time, a copy that joined the short line to the one above ("TikTok LE
  // <lert@…>⏎      Nov 3, 2026, 6:52 AM (3 weeks ago) to me").
  String.raw`${OPENS}(${ADDRESSED})[ \t]*\n(${SENT_AT})(?=[ \t]+(?:to|para|an|à|aan|till|do)[ \t])(${RECIPIENTS})\n`,
  String.raw`${OPENS}(${ADDRESSED})(?:\t|[ \t]{2,})(?![ \t])(${SENT_AT}|${SENT_AT_WRAPPED})[ \t]*\n(?:(${RECIPIENTS})\n)?`,
  String.raw`${OPENS}(${NAME_ONLY})[ \t]*\n(${SENT_AT})[ \t]*\n(?:${NAME_ONLY}[ \t]*\n)?(${RECIPIENTS})\n`,
  // A sender shown by its address alone, no display name (a webmail shows the address of a sender it has no name for:
  // "lis-noreply@google.com⏎Mon, Nov 16, 2026, 6:40 PM (4 days ago)⏎to me"): as the display name alone, only with its
  // line of recipients under the time.
  String.raw`${OPENS}(${ADDRESS_ALONE})[ \t]*\n(${SENT_AT})[ \t]*\n(${RECIPIENTS})\n`,
  // A display name and the time on one line, parted by a gap, the recipients under them ("LinkedIn Law Enforcement
  // <gap> Yesterday, 14:02⏎To: me"): a webmail's conversation printed or copied. Outlook on the web repeats the sender's
  // name on a line of its own between them ("Discord Trust & Safety <gap> Ayer, mié 18/11/2026 17:42⏎Discord Trust &
  // Safety⏎Para: Unidad Central …"), as it does under the name and the time on two lines (the shape above).
  String.raw`${OPENS}(${NAME_ONLY}?)(?:\t|[ \t]{2,})(?![ \t])(${SENT_AT}|${SENT_AGO})[ \t]*\n(?:${NAME_ONLY}[ \t]*\n)?(${RECIPIENTS})\n`,
  // A thread's export that numbers each message and heads it with the sender's name and address, the time on the line
  // under it, indented or not ("[2] Amazon Law Enforcement <no-reply-le@…>⏎    28 Oct 2026, 11:05 (UTC-08:00)", "(3) …",
  // "#3 …"), each under a rule or a blank line.
  String.raw`${OPENS_OR_RULE}[ \t]*${LISTED}(${ADDRESSED})[ \t]*\n(${SENT_AT})[ \t]*\n(?:(${RECIPIENTS})\n)?`,
  // The same export with the sender and the stamp on one line, parted by a dash or a bar, the sender a name with or
  // without its address ("[3] X Legal - Nov 2, 2026 15:20", "[1] Officer Liam Doyle <l.doyle@…> - Oct 30, 2026 09:02",
  // "(2) Snap LE | 12 Nov 2026 10:05 UTC"): the stamp a date with its year and a time. Counted only where two such headers
  // at least stand in the text (LISTED_ON_ONE_LINE): one numbered line of a status history is no thread.
  // The stamp may stand apart after a tab or a gap of blanks instead, set to the right ("1) Det. Roe <r@…>     Oct 22,
  // 2026, 8:40 AM", "3) X Legal⇥Oct 23, 2026, 2:15 PM").
  String.raw`${OPENS_OR_RULE}[ \t]*${LISTED}(${ADDRESSED}|${NAME_ONLY})(?:[ \t]+[-–—|·•][ \t]+|\t[ \t]*|[ \t]{2,})(?![ \t])(${STAMPED_AT})[ \t]*\n()`,
  // A help desk's notification (Zendesk's): each update a display name over its stamp, a date with its year, a time and
  // maybe a zone, then a blank line ("Discord Trust & Safety⏎Nov 18, 2026, 16:41 PST⏎⏎"), or with a blank line between
  // the name and the stamp too ("X Legal Policy (X Corp.)⏎⏎Nov 17, 2026, 14:06 PST⏎⏎"); counted only where two such
  // headers at least stand in the text (STAMPED_SHAPE).
  // A flattened table's label over its time ("Date preserved⏎⏎18 Jan 2027, 23:51 CET") names no one.
  String.raw`${OPENS}(?!${STAMP_LABEL})(${NAME_ONLY})[ \t]*\n(?:[ \t]*\n)?(${STAMPED_AT})[ \t]*\n()[ \t]*\n`,
  // The same notification with the name and the stamp on one line, parted by a comma, a dash or a bar, or the stamp in
  // brackets, the update's text right under it ("Snap Law Enforcement Operations, Nov 10, 2026, 4:12 PM PST⏎Hi, this
  // preservation is complete.", "Discord Trust & Safety — Nov 18, 2026, 4:41 PM PST", "Det. Roe (Nov 17, 2026, 8:55
  // AM)", "Det. Roe (07700 900412), Nov 9, 2026, 7:55 AM GMT"), or parted by a tab or a gap of blanks, the stamp set to
  // the right ("X Legal Policy <gap> Nov 12, 2026, 10:04 PST", "Snap Inc. Law Enforcement Operations          Nov 18,
  // 2026, 4:12 PM PST", a ticket's export newest first): the name maybe followed by a bracketed aside (a phone, a team);
  // counted only where two such headers at least stand in the text (STAMPED_ON_ONE_LINE). A support portal's copy frames
  // each header between rules ("-----⏎GitHub Staff (Tessa) <gap> Nov 17, 2026, 3:41 PM UTC⏎-----"): a rule above alone
  // is a help desk's part under its reply marker, read as before.
  String.raw`(?:${OPENS}|${FRAMED_BY_RULES})(${NAME_ONLY}?(?:[ \t]*\([^()\n]{1,40}\))?)(?:,[ \t]+|[ \t]+[-–—|·•][ \t]+|[ \t]*\(|\t[ \t]*|[ \t]{2,})(?![ \t])(${STAMPED_AT})\)?[ \t]*\n()`,
];
/** The index of the help desk's shape above, which marks messages only where it occurs twice or more. */
const STAMPED_SHAPE = CONVERSATION_SHAPES.length - 2;
/** The index of its one-line shape, which marks messages only where it occurs twice or more too. */
const STAMPED_ON_ONE_LINE = CONVERSATION_SHAPES.length - 1;
/**
 * The index of the numbered export's one-line shape, which marks messages only where it occurs twice or more too, and
 * heads every numbered message: an export some of whose headers take another shape (the stamp on a "Date:" line under
 * the sender) is left to the shapes that read it whole.
 */
const LISTED_ON_ONE_LINE = CONVERSATION_SHAPES.length - 3;
const LISTED_LINES = new RegExp(String.raw`${OPENS_OR_RULE}[ \t]*${LISTED}\S`, 'gu');
const CONVERSATION_HEADERS = CONVERSATION_SHAPES.map((shape) => new RegExp(shape, 'giu'));
const CONVERSATIONS_HERE = CONVERSATION_SHAPES.map((shape) => new RegExp(shape, 'iuy'));

function blockAt(text: string, start: number, kind: Kind): Message {
  const message: Message = { start, end: text.length, bodyStart: start, from: null, date: null, subject: null, to: null, kind };
  if (kind === 'conversation') {
    const m = CONVERSATIONS_HERE.map((here) => {
      here.lastIndex = start;
      return here.exec(text);
    }).find((found) => found !== null);
    if (m) {
      message.from = { value: m[1]!.trim(), at: start + m[0].indexOf(m[1]!) + (m[1]!.length - m[1]!.trimStart().length) };
      message.date = { value: m[2]!.trim(), at: start + m[0].indexOf(m[2]!, m[1]!.length) + (m[2]!.length - m[2]!.trimStart().length) };
      if (m[3]) message.to = { value: m[3]!.trim(), at: start + m[0].lastIndexOf(m[3]!) + (m[3]!.length - m[3]!.trimStart().length) };
      message.bodyStart = Math.min(text.length, start + m[0].length);
      return message;
    }
  }
  if (kind === 'entry') {
    ENTRY_HERE.lastIndex = start;
    const m = ENTRY_HERE.exec(text);
    if (m) {
      const stamp = m[1] ?? m[4]!;
      const author = (m[2] ?? m[3]!).trim();
      message.from = { value: author, at: start + m[0].indexOf(author) };
      message.date = { value: stamp, at: start + m[0].indexOf(stamp) };
      message.bodyStart = Math.min(text.length, ENTRY_HERE.lastIndex + 1);
      return message;
    }
  }
  if (kind === 'framed') {
    FRAMED_HERE.lastIndex = start;
    const m = FRAMED_HERE.exec(text);
    if (m) {
      const author = m[1] ?? m[4]!;
      const stamp = m[2] ?? m[3]!;
      const authorAt = start + (m[1] ? m[0].indexOf(author) : m[0].lastIndexOf(author));
      message.from = { value: author.trim(), at: authorAt };
      message.date = { value: stamp.trim(), at: m[1] ? start + m[0].indexOf(stamp, authorAt - start + author.length) : start + m[0].indexOf(stamp) };
      message.bodyStart = Math.min(text.length, FRAMED_HERE.lastIndex + 1);
      return message;
    }
  }
  if (kind === 'wrote') {
    WROTE_HERE.lastIndex = start;
    const end = WROTE_HERE.exec(text) ? WROTE_HERE.lastIndex : text.indexOf('\n', start);
    const line = { value: text.slice(start, end === -1 ? text.length : end).trim(), at: start };
    message.from = line;
    message.date = line;
    message.bodyStart = end === -1 ? text.length : Math.min(text.length, end + 1);
    return message;
  }
  const headerStart = kind === 'separator' ? text.indexOf('\n', start) + 1 || text.length : start;
  readHeaders(text, headerStart, message);
  if (kind === 'separator' && !message.from) readNotesHeader(text, headerStart, message);
  if (kind === 'separator' && !message.date) {
    const stamp = DASHED_STAMP.exec(text.slice(start, headerStart - 1));
    if (stamp) message.date = { value: stamp[1]!, at: start + stamp[0].indexOf(stamp[1]!) };
  }
  return message;
}

/**
 * Lotus/HCL Notes writes a forwarded message's header without field names: the sender with an address on one line,
 * the date on the next, then "To", "cc" and "Subject" each on a line of its own above its value.
 */
const NOTES_SENDER = /\n*[ \t]*([^\n<]{1,80}<[^\n>@]{1,64}@[^\n>]{1,200}>)[ \t]*\n[ \t]*(\d{1,2}\/\d{1,2}\/\d{2,4}[^\n]{0,30})\n/y;
const NOTES_SUBJECT = /^Subject[ \t]*\n([^\n]{1,300})\n/m;

function readNotesHeader(text: string, from: number, message: Message): void {
  NOTES_SENDER.lastIndex = from;
  const m = NOTES_SENDER.exec(text);
  if (!m) return;
  message.from = { value: m[1]!, at: m.index + m[0].indexOf(m[1]!) };
  message.date = { value: m[2]!, at: m.index + m[0].indexOf(m[2]!) };
  const rest = text.slice(NOTES_SENDER.lastIndex, NOTES_SENDER.lastIndex + 600);
  const subject = NOTES_SUBJECT.exec(rest);
  if (subject) message.subject = { value: subject[1]!, at: NOTES_SENDER.lastIndex + subject.index + 'Subject'.length + 1 };
  message.bodyStart = subject ? NOTES_SENDER.lastIndex + subject.index + subject[0].length : NOTES_SENDER.lastIndex;
}

/**
 * A raw header's lines above its From line ("Return-Path:", "Received:" and their folded lines, "Date:"), where they
 * open a paragraph: a raw e-mail quoted or pasted under a note. The message starts with them, so its Date line is its
 * own, as it is where the raw header opens the text. A field name of the raw headers only, or a "Date:", nothing else.
 */
const RAW_FIELD = /^(?:return-path|received|received-spf|delivered-to|x-[a-z\d-]{1,40}|dkim-signature|arc-[a-z-]{1,30}|authentication-results|message-id|mime-version|content-[a-z-]{1,30}|date|to|cc|reply-to|sender|subject|in-reply-to|references|thread-(?:topic|index)|importance|priority)[ \t]?:/i;
const RAW_LINES = 60;

function rawHeaderStart(text: string, fromLine: number): number {
  let start = fromLine;
  let raw = false;
  for (let i = 0; i < RAW_LINES && start > 0; i++) {
    const lineStart = text.lastIndexOf('\n', start - 2) + 1;
    const line = text.slice(lineStart, Math.min(start - 1, lineStart + 200));
    if (!line.trim()) return raw && !/^[ \t]/.test(text.slice(start, start + 1)) ? start : fromLine;
    const folded = /^[ \t]/.test(line);
    if (!folded && !RAW_FIELD.test(line)) return fromLine;
    if (!folded && !/^(?:to|cc|subject|reply-to|sender)[ \t]?:/i.test(line)) raw = true;
    start = lineStart;
  }
  return raw && start === 0 ? 0 : fromLine;
}

/** The messages of a forward or reply chain, in order; the first starts at the top of the text (read by messages.ts). */
export function chain(text: string): Message[] {
  const starts = new Map<number, Kind>([[0, 'top']]);
  for (const m of text.matchAll(SEPARATOR)) starts.set(m.index!, 'separator');
  // A help desk's marker ("---- Please reply above this line ----", "## Type your reply above this line ##") is no
  // message's start: the message it heads goes on under it. Nor is a certified mail's line over the message it carries
  // ("-------- postacert.eml --------", Italian PEC): the sender's own letter goes on under the carrier's receipt, and
  // where it keeps its own header ("Da: Subito – Ufficio Legale …"), that header starts it.
  for (const m of text.matchAll(DASHED)) if (starts.get(m.index!) !== 'separator' && !REPLY_MARKER.test(m[0]) && !CARRIED_MESSAGE.test(m[0])) starts.set(m.index!, 'separator');
  // A time between dashes, whatever it starts with ("--- 20 Nov 2026 08:15 (CET) ---"): a notification's separator.
  for (const m of text.matchAll(DASHED_STAMPS)) if (starts.get(m.index!) !== 'separator') starts.set(m.index!, 'separator');
  // A "wrote:" line may open the paste itself (the investigator copied from the quote down).
  for (const m of text.matchAll(WROTE)) if (!starts.has(m.index!) || starts.get(m.index!) === 'top') starts.set(m.index!, 'wrote');
  CONVERSATION_HEADERS.forEach((header, shape) => {
    const found = [...text.matchAll(header)];
    if ((shape === STAMPED_SHAPE || shape === STAMPED_ON_ONE_LINE || shape === LISTED_ON_ONE_LINE) && found.length < 2) return;
    if (shape === LISTED_ON_ONE_LINE && found.length !== [...text.matchAll(LISTED_LINES)].length) return;
    for (const m of found) if (!starts.has(m.index!) || starts.get(m.index!) === 'top') starts.set(m.index!, 'conversation');
  });
  for (const m of text.matchAll(FRAMED)) if (!starts.has(m.index!) || starts.get(m.index!) === 'top') starts.set(m.index!, 'framed');
  // A transcript has two entries at least: one such line alone ("Note [19/11/2026 10:12]:") marks no message.
  const entries = [...text.matchAll(ENTRY)];
  if (entries.length >= 2) for (const m of entries) if (!starts.has(m.index!) || starts.get(m.index!) === 'top') starts.set(m.index!, 'entry');
  // A From line inside the top header block (after Received: or Return-Path:) starts no new message.
  const firstBlank = text.search(/\n[ \t]*\n/);
  for (const m of text.matchAll(FROM_LINE)) {
    if (m.index! <= firstBlank) continue;
    const at = rawHeaderStart(text, m.index!);
    if (!starts.has(at)) starts.set(at, 'from');
  }
  // A text that opens with a header line has its own header block above the first blank line, where no other starts; a
  // text that opens with the investigator's note may carry a block before any blank line (under an Outlook rule).
  const opensWithHeader = /^[ \t]*[\p{L}\d-]{1,40}[ \t]?:/u.test(text);
  for (const h of shapedHeaders(text)) if ((opensWithHeader ? h.start > firstBlank : h.start > 0) && !starts.has(h.start)) starts.set(h.start, 'from');
  const blocks: Message[] = [];
  for (const [at, kind] of [...starts].sort((x, y) => x[0] - y[0]).slice(0, 50)) {
    const previous = blocks[blocks.length - 1];
    // A From line among the header lines of the block before it (under a separator) is one of its headers.
    if (previous && at < previous.bodyStart) continue;
    const block = blockAt(text, at, kind);
    // The text of an attachment copied under the message that sent it ("--- texto copiado do PDF ---", "----- text
    // copied from attachment -----"): the sender's own letter, sent with that message's headers.
    const lineEnd = text.indexOf('\n', at);
    if (previous && kind === 'separator' && !block.from && COPIED_ATTACHMENT.test(text.slice(at, lineEnd === -1 ? text.length : lineEnd))) {
      blocks.push({ ...block, from: previous.from, date: previous.date, subject: previous.subject, to: previous.to });
    } else if (previous?.from && kind === 'separator' && !block.from && POSTED_BY.test(text.slice(at, lineEnd === -1 ? text.length : lineEnd))) {
      // A portal's notice that carries a party's message under a dashed title ("--- Message from Discord ---"): one
      // message, the notice's.
      continue;
    } else blocks.push(block);
  }
  return blocks;
}

/** A dashed title over a party's message posted in a portal's notice ("--- Message from Discord ---", "--- Reply from X ---"). */
const POSTED_BY = /^[ \t]*-{2,}[ \t]*(?:message|response|reply|note|comment|update)[ \t]+(?:from|by)[ \t]+[^\n@<>:-]{2,60}?[ \t]*-{2,}[ \t]*$/iu;

/**
 * A dashed line over an attachment's text: the attachment named alone or with its text ("--- PDF ---", "----- Anhang
 * -----", "----- attachment text -----"), or a word of
 * text copied or pasted and the attachment's ("--- text of the attached PDF ---", "--- texto copiado do anexo ---").
 */
const COPIED_ATTACHMENT =
  /^[ \t]*-{2,}[ \t]*(?:PDF|attachment|attached[ \t]+letter|letter|Anhang|pièce[ \t]+jointe|anexo|adjunto|allegato|bijlage|załącznik|bilaga|vedlegg|priedas|příloha|melléklet)(?:[ \t]+(?:text|content|contents|Inhalt|texte|contenu|texto|contenido|testo|tekst))?[ \t]*-{2,}[ \t]*$|^[ \t]*-{2,}[^\n]{0,30}?(?<![\p{L}])(?:text|texto|texte|testo|tekst|copied|copiado|copiada|copié|copiato|kopiert|gekopieerd|kopiowany|kopierad|kopieret|pasted|colado|pegado|collé|incollato|eingefügt)(?![\p{L}])[^\n]{0,40}?(?<![\p{L}])(?:attachment|attached|PDF|letter|anexo|adjunto|carta|pièce|courrier|allegato|lettera|Anhang|Schreiben|bijlage|brief|załącznik\p{L}*|pisma|bilaga|bilag|vedlegg)(?![\p{L}])/iu;

/**
 * A help desk's agent whose team in brackets opens with the first word of the notice's sender ("Kristin (FINN Juridisk)"
 * under "FINN Kundeservice <…>", "Marta (Kick Trust & Safety)" under "Kick Support"): the same company's.
 */
function sameTeam(post: Header, notice: Header | null): boolean {
  const team = /\(([^()]{2,80})\)[ \t]*$/.exec(post.value.split('<')[0]!)?.[1]?.trim().split(/[ \t]+/)[0];
  // A brand written as its domain ("FINN.no Politihenvendelser") is its name ("FINN").
  const brand = notice?.value.split('<')[0]!.replace(/["']/g, '').trim().split(/[ \t]+/)[0]?.replace(/\.[a-z]{2,6}$/i, '');
  return !!team && !!brand && brand.length >= 3 && team.toLowerCase() === brand.toLowerCase();
}

/**
 * The provider's message: the first block of the chain that a provider (or a platform sending for one) sent, ending
 * where the next block begins (the investigator's request quoted below it is not the provider's). Where no block
 * names a provider as its sender, the innermost block, as far as the end.
 */
export function providerMessage(
  text: string,
  blocks: Message[],
  isProviderSender: (from: Header) => boolean,
  confirms: readonly boolean[],
  quoteThenOwn: (from: number, to: number) => boolean = () => false,
): Message {
  const bySender = blocks.findIndex((b) => b.from !== null && isProviderSender(b.from));
  // No sender a known provider (a company outside the registry): the unanswered block's sender is the provider, and its
  // other messages in the thread are the provider's too (a confirmation above its own receipt).
  const unanswered = bySender === -1 ? bareReplyAbove(text, blocks, confirms) ?? unansweredIndex(text, blocks) : -1;
  const senderAddress = unanswered === -1 ? null : addressOf(blocks[unanswered]!.from);
  const sameSender = (from: Header) => addressOf(from) === senderAddress;
  // Its latest confirmation (the topmost), as a registry provider's latest message is read.
  const latest = senderAddress ? blocks.findIndex((b, i) => confirms[i] && b.from !== null && sameSender(b.from)) : -1;
  const sender = latest !== -1 ? sameSender : isProviderSender;
  const chosen = followUpAbove(text, blocks, isProviderSender, confirms) ?? confirmingIndex(blocks, bySender !== -1 ? bySender : latest !== -1 ? latest : unanswered, sender, confirms);
  let message = blocks[chosen]!;
  // The unanswered block runs on, unless it confirms and the next block is another sender's message (the request it
  // answers, forwarded under it with its own header).
  const nextFrom = blocks[chosen + 1]?.from;
  const sendersName = (h: Header | null) => h?.value.replace(/<[^>]*>|\[[^\]]*\]|["']/g, '').replace(ADDRESS, '').trim().toLowerCase() ?? '';
  const anotherSenders = confirms[chosen] && !!nextFrom && !!senderAddress && (addressOf(nextFrom) ? addressOf(nextFrom) !== senderAddress : sendersName(nextFrom) !== sendersName(blocks[unanswered]!.from));
  if ((bySender !== -1 || chosen !== unansweredIndex(text, blocks) || anotherSenders) && chosen + 1 < blocks.length) message.end = Math.max(message.bodyStart, blocks[chosen + 1]!.start);
  // A reply written under the lines it quotes (a bottom-posted answer: the provider's header, then "Op … schreef …:" and
  // the request's "> …" lines, then the provider's own text): the provider's message has no text of its own above the
  // attribution, and the quoted block goes on unquoted. The text under the quote is the provider's; the quote stays
  // the request's lines (the thread's `asked`).
  const next = blocks[chosen + 1];
  if (next && next.kind === 'wrote' && !text.slice(message.bodyStart, message.end).trim()) {
    const nextEnd = blocks[chosen + 2]?.start ?? text.length;
    if (quoteThenOwn(next.bodyStart, nextEnd)) {
      message.end = nextEnd;
      return message;
    }
  }
  // A help desk's notice whose own text is only its preamble ("##- Please type your reply above this line -##⏎Your request
  // (#620913) has been solved."), the provider's latest post under it: the notice's message is that post with it.
  const post = blocks[chosen + 1];
  if (post && post.kind === 'conversation' && post.from && (isProviderSender(post.from) || sameTeam(post.from, blocks[chosen]!.from)) && blocks[chosen]!.kind !== 'conversation' && !confirms[chosen] && text.slice(message.bodyStart, message.end).replace(/\s+/g, '').length <= 300) {
    message.end = blocks[chosen + 2]?.start ?? text.length;
  }
  // A thread's title over its messages (a ticket's or a conversation's subject, no header of its own) is read with the
  // chosen message where it has no subject: a ticket names its number there ("Ticket TW-882014", "request GCC-…"); so
  // are the messages between, where none is another's than the provider's (notices with no sender). So is a portal
  // page's record above its messages, its accounts listed with their status (STATUS_ROW).
  const top = blocks[0]!;
  const between = blocks.slice(1, chosen);
  const head = text.slice(top.start, blocks[1]?.start ?? text.length);
  const title = isTitle(head);
  if (chosen > 0 && !message.subject && top.kind === 'top' && !top.from && (title || STATUS_ROW.test(head)) && between.every((b) => !b.from || isProviderSender(b.from))) {
    message = title ? { ...message, start: top.start } : { ...message, start: top.start, bodyStart: top.start };
  }
  // A title right above the message, at the top or under a forward's separator ("-----Original Message-----⏎Preservation
  // Completed 11/10/2026 - …⏎Inbox"), is its subject: a conversation copied whole, into a forward or not.
  const previous = blocks[chosen - 1];
  if (chosen > 0 && !message.subject && previous && !previous.from && (previous.kind === 'separator' || previous.kind === 'top') && isTitle(text.slice(previous.bodyStart, blocks[chosen]!.start))) {
    message = { ...message, start: Math.min(message.start, previous.bodyStart), subject: titleLine(text, previous.bodyStart) };
  }
  // A bare body's first line over a blank line, a title and no greeting ("[26114873] Law Enforcement Request –
  // Preservation Completed", a lone "1487732659"): the subject the investigator copied with the text.
  if (!message.subject && !message.from && message.kind === 'top' && message.bodyStart === message.start) {
    const head = /^\s*([^\n]{1,120})\n[ \t]*\n/.exec(text.slice(message.start, message.end));
    if (head && isTitle(head[1]!) && !GREETING.test(head[1]!.trim()) && !/[,:;]$/.test(head[1]!.trim())) message = { ...message, subject: titleLine(text, message.start) };
  }
  // A provider's header with no body under it, below text (an HTML copy that puts the header at its foot), heads the
  // text above it: that text is the provider's message.
  const index = chosen === -1 ? blocks.length - 1 : chosen;
  if (index > 0 && !text.slice(message.bodyStart, message.end).trim()) {
    const above = blocks[index - 1]!;
    message = { ...message, start: above.start, bodyStart: above.bodyStart, end: message.start };
  }
  // A signature the investigator pasted below the provider's text ("--" on its own line) is not the provider's; but a
  // "--" rule above the provider's own status lines ("--⏎Extension processed.⏎Prior matter: …") parts a notice's
  // boilerplate from its substance, and what is below it is the provider's.
  const signature = /^--[ \t]?$/m.exec(text.slice(message.bodyStart, message.end));
  // So is a footer under it that names the provider and no officer ("--⏎Snap Ref: SNAP-PR-… | Please include this
  // reference …⏎Snap Inc. · 3000 31st Street"): the provider's own, its reference printed there.
  const below = signature ? text.slice(message.bodyStart + signature.index + signature[0].length, message.end) : '';
  // Nor is a help desk's divider above its agent's letter ("Your ticket #482137 has been updated.⏎--⏎Dear Commissioner
  // Nowak, …"): the greeting under it opens the provider's text.
  const greetsBelow = GREETING.test(below.trimStart().split('\n')[0]!.slice(0, 120));
  if (signature && !greetsBelow && !STATUS_BELOW.test(below) && !providersFooter(below)) {
    message.end = message.bodyStart + signature.index;
  }
  // A short rule of three to six dashes ("---") may part the provider's own footer from its text; under it, an officer's name headed by a
  // rank ("Det. Graham Sowerby, Brookhaven PD, incident BPD-…") is the forwarding officer's signature, not the provider's.
  const rule = /^-{3,6}[ \t]*\n[ \t]*\n?(?=[ \t]*(?:(?:RANKS)\.?[ \t]+){1,3}\p{Lu})/mu;
  const officer = new RegExp(rule.source.replace('RANKS', OFFICER_RANKS), 'mu').exec(text.slice(message.bodyStart, message.end));
  if (officer) message.end = message.bodyStart + officer.index;
  return message;
}

/** A short footer that names a provider, no officer by rank, and quotes nothing. */
function providersFooter(below: string): boolean {
  const footer = below.slice(0, 600);
  return below.trim().length <= 600 && namesAnyProvider(footer) && !OFFICER_NAMED.test(footer) && !/^[ \t]*>/m.test(footer);
}

/** Ranks and titles that head an officer's name in a signature. */
const OFFICER_RANKS = `${RANK_ABBREVIATIONS}|Officer|Detective|Constable|Sergeant|Inspector|Investigator|Corporal|Trooper|Deputy|Lieutenant|Captain|Special[ \\t]+Agent|Agent|Agente|Inspecteur|Kriminal\\p{L}*|Kommissar\\p{L}*|Polizei\\p{L}*`;
const OFFICER_NAMED = new RegExp(`(?<![\\p{L}])(?:${OFFICER_RANKS})\\.?[ \\t]+\\p{Lu}`, 'u');

/**
 * A portal page's record over its messages lists each account with its status in a column ("u/fado_dumps_2026
 * preserved", "@x    Not found"): the provider's own record of what it preserved, read with its message.
 */
const STATUS_ROW = /^[ \t]*[^\s:][^\n:]{1,80}?[ \t]{2,}(?:preserved|not[ \t]+found|conserv[ée]e?s?|gesichert|conservad[oa]s?|preservad[oa]s?|bewaard)[ \t]*$/im;

/** A thread's title is its subject: its first line ("Preservation Completed 11/10/2026 - LinkedIn Ref. LI-PR-558041"). */
function titleLine(text: string, start: number): Header {
  const lead = /^\s*/.exec(text.slice(start, start + 200))![0].length;
  const at = start + lead;
  const end = text.indexOf('\n', at);
  return { value: text.slice(at, end === -1 ? text.length : end).trimEnd(), at };
}

/** A thread's title: a line or two over the messages, no sentence. */
function isTitle(head: string): boolean {
  const lines = head.split('\n').filter((l) => l.trim());
  // A stop after dotted initials ("Proc. pen. n. 4471/2026 R.G.N.R.", "18 U.S.C.") ends an abbreviation, not a sentence.
  return lines.length >= 1 && lines.length <= 2 && lines.every((l) => l.length <= 120 && (!/[.!?]$/.test(l.trim()) || /(?<![\p{L}])(?:\p{L}\.){2,}$/u.test(l.trim())));
}

/**
 * A reply's bare text at the top that confirms, above the provider's own message it answers, which does not ("On 3 Jun
 * 2026, Roblox Law Enforcement <…> wrote: We've received your preservation request …"), signed by the provider on its
 * last line ("Roblox Law Enforcement Response Team"): the provider's follow-up on its own thread, though the officer's
 * question stands between. An officer's note above it is signed by the officer.
 */
function followUpAbove(text: string, blocks: Message[], isProviderSender: (from: Header) => boolean, confirms: readonly boolean[]): number | null {
  const [top, next] = blocks;
  // The provider's own message may sit deeper, under the officer's follow-up it answered ("On 1 Oct, Aino Virtanen
  // wrote: Could you confirm …" over "On 29 Sep, Revolut Law Enforcement wrote: We've received your request").
  const own = blocks.findIndex((b, i) => i > 0 && b.kind === 'wrote' && !!b.from && isProviderSender(b.from));
  if (!top || !next || top.kind !== 'top' || top.from || !confirms[0] || own === -1 || confirms.slice(1, own + 1).some(Boolean)) return null;
  const lines = text.slice(top.bodyStart, next.start).trimEnd().split('\n');
  const signature = lines[lines.length - 1]!.trim();
  return signature.length <= 80 && isProviderSender({ value: signature, at: next.start - signature.length }) ? 0 : null;
}

/**
 * Several messages in one paste (a ticket's transcript, a conversation, notifications), only one confirming: the
 * message chosen by its sender (or, no sender known, the one nobody answers) unless it confirms nothing while another
 * of the same senders' messages does (the acknowledgement or the question before the confirmation, the closing notice
 * after it): then the first message that says a preservation was done.
 */
function confirmingIndex(blocks: Message[], chosen: number, isProviderSender: (from: Header) => boolean, confirms: readonly boolean[]): number {
  if (blocks.length < 2) return chosen;
  const providerSent = blocks.some((b) => b.from !== null && isProviderSender(b.from));
  const eligible = blocks.map((b, i) => i).filter((i) => (providerSent ? blocks[i]!.from !== null && isProviderSender(blocks[i]!.from!) : blocks[i]!.kind !== 'top'));
  if (!eligible.includes(chosen) || confirms[chosen]) return chosen;
  return eligible.find((i) => confirms[i]) ?? chosen;
}

const ADDRESS = /[\w.%+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}/;
const addressOf = (h: Header | null) => h?.value.match(ADDRESS)?.[0]?.toLowerCase() ?? null;

/**
 * A paste that opens with a reply's bare text (no header of its own) above the request it answers, quoted with its
 * headers or its "wrote:" line: the reply is the provider's where it confirms, the message below confirms nothing, and
 * the reply greets that message's writer by name ("Hello Detective Novak," above "… Det. Karen Novak <…> wrote:") or
 * names, as a name is written, the company the request was sent to ("Bumble has preserved …" above "To: Bumble Law
 * Enforcement <…@team.bumble.com>"), or is signed by the provider's team ("WhatsApp Law Enforcement Response Team").
 * An investigator's note above a forwarded confirmation names the provider too, but the forwarded message confirms.
 */
function bareReplyAbove(text: string, blocks: Message[], confirms: readonly boolean[]): number | null {
  if (blocks.length < 2 || blocks[0]!.kind !== 'top' || blocks[0]!.from || confirms[1]) return null;
  const reply = text.slice(blocks[0]!.bodyStart, blocks[1]!.start);
  // The block below shows no sender at all ("----- Original request (submitted via portal) -----"): the text above it,
  // greeting the officer it answers ("Dear Officer,", "Hello Sgt. Okafor,"), is the answer, the block below what it
  // answers. A colleague's note above a forward ("FYI - preservation confirmed, please log.") greets no one.
  if (!blocks[1]!.from && GREETING.test(reply.trimStart().slice(0, 120).split('\n')[0]!)) return 0;
  if (!confirms[0]) return null;
  // So is a confirming text above a dashed title that names the block below as the request it answers ("---- Your
  // request (as submitted 2026-11-09 via Kodex) ----", "----- Ihre Anfrage -----"), with no sender of its own.
  if (!blocks[1]!.from && blocks[1]!.kind === 'separator' && REQUEST_TITLE.test(text.slice(blocks[1]!.start, text.indexOf('\n', blocks[1]!.start) >>> 0))) return 0;
  return repliesTo(reply, blocks[1]!.from) || speaksAs(reply, blocks[1]!.to) || signedByProvider(reply) ? 0 : null;
}

/**
 * The reply's last line a provider's team or desk signing ("WhatsApp Law Enforcement Response Team", "Patreon T&S",
 * "Henrik, Jottacloud juridisk"), or the provider's name after a dash as a terse reply signs ("– Kick").
 */
function signedByProvider(reply: string): boolean {
  const lines = reply.replace(/(?:\n[ \t]*[-_=*]*[ \t]*)+$/, '').split('\n');
  const last = lines[lines.length - 1]!.trim();
  if (last.length > 80 || !namesAnyProvider(last)) return false;
  return /(?<![\p{L}])(?:team|desk|response|operations|support|department|trust|safety|legal|T[ \t]?&[ \t]?S|juridisk|juridik|jur[íi]dico|juridique|rechtsabteilung|legale|prawny|právní)(?![\p{L}])/iu.test(last) || /^[-–—][ \t]*\p{L}[\p{L}&.]*(?:[ \t]\p{L}[\p{L}&.]*){0,2}$/u.test(last);
}

/** A dashed title naming the request below ("Your request", "Original request", "Ihre Anfrage", "Votre demande", "Su solicitud"). */
const REQUEST_TITLE =
  /^[ \t]*-{2,}[ \t]*(?:(?:your|the|original|ihre|die|votre|la|su|la[ \t]+sua|uw|het)[ \t]+)?(?:original[ \t]+|ursprüngliche[ \t]+)?(?:request|submission|anfrage|ersuchen|demande|requête|solicitud|richiesta|verzoek|aanvraag|pedido|begäran|wniosek)(?![\p{L}])/iu;

/**
 * The reply's greeting names the writer below by surname or first name ("Dear PC Adeyemi," above "From: PC 3381 Tomi
 * Adeyemi <…>", "Hi Mikkel," above "… Mikkel Sørensen <…> wrote:").
 */
function repliesTo(reply: string, writer: Header | null): boolean {
  const names = writer?.value.split('<')[0]!.replace(/["']/g, '').trim().split(/[\s,]+/).filter((w) => /^\p{Lu}\p{L}{2,}$/u.test(w)) ?? [];
  if (!names.length) return false;
  const greeting = reply.trimStart().slice(0, 120).split('\n')[0]!;
  if (!GREETING.test(greeting)) return false;
  return names.some((name) => new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'u').test(greeting));
}

/** The reply names, as a name is written, the company of the address the request below was sent to. */
function speaksAs(reply: string, recipient: Header | null): boolean {
  const domain = addressOf(recipient)?.split('@')[1];
  return !!domain && namesAsWritten(reply, registeredName(domain));
}

/**
 * Where no sender is a known provider: the innermost block, unless a block above it answers it (is written to its
 * sender: the investigator's request quoted under the provider's reply): then the innermost block nobody answers.
 */
function unansweredIndex(text: string, blocks: Message[]): number {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const sender = addressOf(blocks[i]!.from);
    if (sender ? !blocks.slice(0, i).some((b) => addressOf(b.to) === sender) : !namedAbove(text, blocks, i)) return i;
  }
  return blocks.length - 1;
}

/**
 * A sender shown by name alone (Outlook's quoted "De : Adjudant-chef Nadir Hamdani") whom a header above addresses by
 * that name ("Cc : Adjudant-chef Nadir Hamdani <n.hamdani@…>"): answered.
 */
function namedAbove(text: string, blocks: Message[], i: number): boolean {
  const name = blocks[i]!.from?.value.trim() ?? '';
  return /\p{L}{2,}[ \t]+\p{L}{2,}/u.test(name) && blocks.slice(0, i).some((b) => b.from !== null && text.slice(b.start, b.bodyStart).includes(`${name} <`));
}

/** The first line under a "--" rule, when it reports on the preservation rather than signing off. */
const STATUS_BELOW = /^\n[ \t]*(?:\p{L}+[ \t]+){0,3}(?:preserv\p{L}*|extension|extended|processed|completed|confirmed|status)\b/iu;

/**
 * The provider names the label of its own number where it asks for that number to be quoted ("Please reference the GCC
 * number above on any subsequent legal process", "Please quote the ticket number for the relevant account in any legal
 * process", "Cite the DISC number for each account when serving legal process"): the values that label introduces in
 * the provider's message are its references, however unusual the label ("GCC Number: 2611030087114", "Ticket 2611 1804
 * 0091 - …"). The label must be a word of its own before "number", "reference" or "ID"; "the number" alone names none.
 */
const POINTED = new RegExp(
  String.raw`(?<![\p{L}])(?:quote|cite|reference|include|use|mention|refer[ \t\n]+to)[ \t\n]+(?:the|this|that|each|our)[ \t\n]+` +
    // The label: one or two words, none of them the addressee's or a generic article ("your", "relevant", "same").
    String.raw`((?:(?!(?:your|relevant|same|above|below|following|appropriate|correct|respective|corresponding)(?![\p{L}]))[\p{L}][\p{L}-]{1,14}[ \t\n]+){1,2}?)` +
    String.raw`(?:number|no\.|reference|ref\.?|id)s?(?![\p{L}])` +
    String.raw`[^.\n]{0,60}?(?<![\p{L}])(?:on|in|with|when|for)[ \t\n]+(?:any|all|every|future|further|follow-?up|subsequent|the[ \t\n]+(?:legal|subsequent|follow)|legal|correspondence|communications?|serving)(?![\p{L}])`,
  'giu',
);
/** Words that are no label of the provider's number: file nouns that say nothing, and the addressee's parties. */
const NO_LABEL = /^(?:the|a|an|this|that|case|file|matter|request|preservation|agency|police|court|warrant|order|ncmec|cybertip(?:line)?|report|account|user|phone)$/i;
/** A value after the label: capitals and digits with hyphens, or groups of digits a space apart, four digits together. */
const VALUE = String.raw`#?(\d{2,6}(?: \d{2,6}){1,4}(?![\w/-])|(?=[A-Z0-9-]{0,30}\d{4})[A-Z0-9](?:[A-Z0-9-]|\.(?=[A-Z0-9])){3,30}(?![\w/-]))`;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The values the labels the provider asks to be quoted introduce in its message (body offsets not kept: values only). */
export function pointedLabelValues(body: string): string[] {
  const text = body.slice(0, 100_000);
  const labels = new Set<string>();
  for (const m of text.matchAll(POINTED)) {
    const words = m[1]!.trim().split(/[ \t\n]+/);
    const label = words.filter((w) => !NO_LABEL.test(w));
    // "the case number": a label every agency writes too; only a label of the provider's own ("GCC", "ticket", "DISC").
    if (label.length !== words.length) continue;
    labels.add(words.join(' '));
  }
  const values: string[] = [];
  for (const label of labels) {
    const introduced = new RegExp(
      String.raw`(?<![\p{L}\p{N}-])(?<!(?:your|agency|police)[ \t]{1,3})${escape(label).replace(/ /g, '[ \\t]+')}(?:[ \t]+(?:number|no\.?|nr\.?|id|#|ref(?:erence)?))?[ \t]*[:#]?[ \t]*${VALUE}`,
      'giu',
    );
    for (const m of text.matchAll(introduced)) {
      const value = m[1]!;
      if (value !== value.toUpperCase() || (value.match(/\d/g) ?? []).length < 6) continue;
      if (!values.includes(value)) values.push(value);
    }
  }
  return values;
}

/**
 * A sentence asking for a number to be quoted that ends its line on a colon, the number on the next line that has words
 * (maybe after a short label, maybe in a quote's "> "): "Merci de rappeler la référence de notre dossier dans toute
 * correspondance ultérieure :⏎⏎Dossier n° 2026-RQ-0788", "Prosimy o powoływanie się w dalszej korespondencji na numer
 * zgłoszenia:⏎> 2026/LE/004418". The number's shape is free (slashes, digits first); it has four digits at least.
 */
const QUOTING_VERB = String.raw`(?<![\p{L}])(?:quote|cite|refer[ \t\n]+to|rappeler|rappelez|indiquer|indiquez|mentionner|mentionnez|citer|pr[ée]ciser|angeben|anzugeben|nennen|verweisen|indicare|citare|riportare|indicar|indique|citar|mencionar|hacer[ \t\n]+referencia|informar|vermelden|vermeld|noemen|ange|uppge|hänvisa|oppgi|oppgir|henvis|angive|angiv|powoływanie[ \t\n]+się|powoływać[ \t\n]+się|powołać[ \t\n]+się|podawanie|podawać|podać|uvádějte|uvádět|uveďte|odkazujte)(?![\p{L}])`;
const LEAD_TO_NEXT_LINE = String.raw`[^.!?\n]{0,140}:[ \t]*\n(?:[ \t>]*\n){0,2}[ \t>]*(?:[\p{L}.]{2,20}[ \t]+){0,2}(?:n[°º]\.?|nr\.?|no\.|#|:)?[ \t]*`;
const QUOTE_THEN_COLON = new RegExp(String.raw`${QUOTING_VERB}${LEAD_TO_NEXT_LINE}([A-Za-z0-9](?:[A-Za-z0-9]|[-/._](?=[A-Za-z0-9])){3,40})[ \t]*$`, 'gimu');
/** The same sentence and label right before a number: the provider's, though a bare file label ("Dossier n°") stands before it. */
export const QUOTE_COLON_BEFORE = new RegExp(String.raw`${QUOTING_VERB}${LEAD_TO_NEXT_LINE}$`, 'iu');

/** The numbers a quoting sentence ending on a colon gives on its next line. */
export function quotedOnNextLine(body: string): string[] {
  const values: string[] = [];
  for (const m of body.slice(0, 100_000).matchAll(QUOTE_THEN_COLON)) {
    const value = m[1]!;
    if ((value.match(/\d/g) ?? []).length < 4 || values.includes(value)) continue;
    values.push(value);
  }
  return values;
}

/**
 * A line whose label says the number is the one to quote, the number after its colon ("Numero pratica da citare in ogni
 * successiva comunicazione: 4471 2209 1183", "Reference to quote in all correspondence: …", "Bei Rückfragen anzugebende
 * Nummer: …"): the provider's, in any shape, digit groups a space apart too.
 */
const QUOTE_LABEL_LINE =
  /^[ \t>]*[^\n:]{0,60}?(?<![\p{L}])(?:da[ \t]+(?:citare|indicare|riportare)|to[ \t]+(?:be[ \t]+)?(?:quoted?|cited?)|anzugeben\p{L}*|à[ \t]+(?:rappeler|citer|indiquer)|a[ \t]+(?:citar|indicar|mencionar)|te[ \t]+vermelden|att[ \t]+ange|å[ \t]+oppgi|do[ \t]+(?:podania|powoływania))(?![\p{L}])[^\n:]{0,60}:[ \t]*(\d{2,6}(?: \d{2,6}){1,4}|[A-Za-z0-9](?:[A-Za-z0-9]|[-/._](?=[A-Za-z0-9])){3,40})[ \t]*$/gimu;

/** The numbers such a line gives. */
export function quoteLabelledValues(body: string): string[] {
  const values: string[] = [];
  for (const m of body.slice(0, 100_000).matchAll(QUOTE_LABEL_LINE)) {
    const value = m[1]!;
    if ((value.match(/\d/g) ?? []).length >= 4 && !values.includes(value)) values.push(value);
  }
  return values;
}

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

/** A list item's head line: a dash, a star, a bullet or a number ("3.", "3)", "(3)") before its text. */
export const ITEM_HEAD = /^[ \t]*(?:[-*•–]|\d{1,2}[.)]|\(\d{1,2}\))[ \t]/;
/** The same marker as a pattern's piece, blanks after it included: "- ", "3. ", "(3) ". */
export const ITEM_MARKER = String.raw`(?:[-*•–]|\d{1,2}[.)]|\(\d{1,2}\))[ \t]{1,3}`;

/** How many lines an item's head and the lines indented under it may span, read as one item. */
export const MAX_ITEM_LINES = 6;

/** A line's indent in columns, a tab counted as four. */
export const indentOf = (line: string): number => /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;

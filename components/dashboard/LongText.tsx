import type { HTMLAttributes } from 'preact';

/** About this many characters per block of a long text; a block ends where a paragraph does. */
export const BLOCK_CHARS = 16_000;

/**
 * The text cut after a paragraph break ("\n\n") every `size` characters or so; joined, the blocks are the text again.
 * A text of one block is returned whole.
 */
export function textBlocks(text: string, size = BLOCK_CHARS): string[] {
  const blocks: string[] = [];
  let start = 0;
  while (start < text.length) {
    const cut = start + size >= text.length ? -1 : text.indexOf('\n\n', start + size);
    const end = cut === -1 ? text.length : cut + 2;
    blocks.push(text.slice(start, end));
    start = end;
  }
  return blocks.length ? blocks : [text];
}

/**
 * A `<pre>` for a text that may run to millions of characters (the MAR text of a whole register): past one block it
 * holds the text as blocks that the browser lays out only when they scroll into view (`content-visibility`), where
 * one text node of 30 MB held the page for seconds. Its text content is the text, character for character.
 */
export function LongText({ text, ...attributes }: { text: string } & Omit<HTMLAttributes<HTMLPreElement>, 'children'>) {
  const blocks = textBlocks(text);
  return (
    <pre {...attributes}>
      {blocks.length === 1
        ? text
        : blocks.map((block, i) => (
            <span key={i} class="text-block">
              {block}
            </span>
          ))}
    </pre>
  );
}

/** One line broken at `width` between words, as a plain-text mail client wraps a long line; a shorter line as it is. */
export const wrapLine = (width: number) => (line: string): string => {
  if (line.length <= width) return line;
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current && `${current} ${word}`.length > width) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  return [...out, current].join('\n');
};

/** A whole text's long lines wrapped at `width`. */
export const wrapText = (text: string, width: number): string => text.split('\n').map(wrapLine(width)).join('\n');

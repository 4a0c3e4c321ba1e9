/** Collapse white space and cap the length: page text is untrusted and may be huge. */
export function cleanText(text: string | null | undefined, max = 300): string {
  if (!text) return '';
  const slice = text.length > max * 4 ? text.slice(0, max * 4) : text;
  return slice.replace(/\s+/g, ' ').trim().slice(0, max);
}

/** `caseNumber`, `case_no`, `target-accounts[]` -> `case number`, `case no`, `target accounts`. */
export function splitIdentifier(name: string | null | undefined): string {
  if (!name) return '';
  return name
    .replace(/\[\]$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_\-.[\]:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Generated ids (`:r3:`, `mui-123`, `input-7f3a9c`) say nothing about a field. */
export function isMeaningfulIdentifier(name: string): boolean {
  const words = splitIdentifier(name).split(' ').filter((w) => /^[a-z]{2,}$/.test(w));
  const generic = new Set(['input', 'field', 'mui', 'form', 'control', 'text', 'el', 'id', 'react', 'ng', 'mat']);
  return words.some((w) => !generic.has(w));
}

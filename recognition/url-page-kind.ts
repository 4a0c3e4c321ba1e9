import { PAGE_KIND_TABLE, type PageKind } from '../providers/page-kinds';
import type { Provider } from '../providers/schema';

/** Generic path and query words, in the table's order of precedence. */
const URL_KINDS = PAGE_KIND_TABLE.flatMap((entry) => (entry.urlWords ? [[entry.id, entry.urlWords] as const] : []));

/** What the URL says about the page, or null when it says nothing. Provider-specific patterns come first. */
export function pageKindFromUrl(url: URL, provider?: Pick<Provider, 'urlPageKinds'>): PageKind | null {
  for (const { pattern, kind } of provider?.urlPageKinds ?? []) {
    if (new RegExp(pattern, 'i').test(url.pathname)) return kind;
  }
  const text = decodeSafely(`${url.pathname}${url.search}${url.hash}`);
  for (const [kind, pattern] of URL_KINDS) if (pattern.test(text)) return kind;
  return null;
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

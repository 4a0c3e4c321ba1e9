import type { PageKind, Provider } from '../providers/schema';

/** Generic path and query words, in order: a confirmation URL under /preservation/ is still a confirmation. */
const URL_KINDS: Array<[PageKind, RegExp]> = [
  ['confirmation', /(?:^|[/#?&=_.-])(?:confirm(?:ation|ed)?|success(?:ful)?|submitted|thank-?you|thanks|receipt|done)(?:$|[/#?&=_.-])/i],
  ['login', /(?:^|[/#?&=_.-])(?:sign-?in|log-?in|sign-?up|register|registration|auth|sso|verify-?email|otp|mfa|2fa)(?:$|[/#?&=_.-])/i],
  ['emergency', /emergenc(?:y|ies)|exigent|(?:^|[/#?&=_.-])edr(?:$|[/#?&=_.-])/i],
  ['preservation', /preserv(?:e|ation|ations)|quick-?freeze/i],
  ['legal-process', /legal-?process|subpoena|warrant|court-?order|production-?order|disclosure(?:-?request)?|records-?request|mlat/i],
];

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

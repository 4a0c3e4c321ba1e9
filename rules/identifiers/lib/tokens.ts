/** The identifiers written in an account-identifier field: one per line, comma or semicolon. */
export function identifierTokens(text: string): string[] {
  return text
    .slice(0, 50_000)
    .split(/[\n,;]+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .slice(0, 200);
}

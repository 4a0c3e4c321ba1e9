/** The country's English name, from the browser's own data (no list of names to ship); the code where it has none. */
let names: Intl.DisplayNames | undefined;
export function countryName(code: string): string {
  try {
    names ??= new Intl.DisplayNames(['en'], { type: 'region' });
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

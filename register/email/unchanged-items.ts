/**
 * A status list's item headed as unchanged ("2) PREVIOUSLY CONFIRMED - NO CHANGE", "NO CHANGE", "Unverändert", "Sin
 * cambios"), from its heading line to the blank line that ends it: a heading of its own, no number or stop in it, with
 * the item's lines right under it (not a sentence such as "Our reference 4471 remains unchanged.").
 */
const UNCHANGED_HEADING =
  /^[ \t]*(?:\d{1,2}[.)][ \t]*|[-*•][ \t]*)?[^\n:\d.\t|()]{0,40}?(?<![\p{L}])(?:no[ \t]+change|unchanged|previously[ \t]+confirmed|already[ \t]+confirmed|keine[ \t]+Änderung|unverändert|sans[ \t]+changement|inchangée?|sin[ \t]+cambios|sem[ \t]+alteraç(?:ão|ões)|nessuna[ \t]+modifica|geen[ \t]+wijziging|oförändrad|uendret|bez[ \t]+zmian)(?![\p{L}])[^\n:\d.\t|()]{0,40}$(?=\n[ \t]*\S)/gimu;
export function unchangedItems(region: string): Array<{ start: number; end: number }> {
  return [...region.matchAll(UNCHANGED_HEADING)].map((m) => {
    const blank = /\n[ \t]*\n/g;
    blank.lastIndex = m.index! + m[0].length;
    const end = blank.exec(region);
    return { start: m.index!, end: end ? end.index : region.length };
  });
}

/**
 * A number in the provider's running prose that the words right after it ask to be quoted, in the same sentence or
 * the next ("We have logged this preservation under⏎71840392, which is the number to cite when you serve legal process",
 * "Intern führen wir den Vorgang unter⏎73-55081; bitte geben Sie diese Nummer bei allen weiteren Schreiben an", "abbiamo
 * aperto la pratica⏎6192/26, che Vi preghiamo di citare", "vi har registrert saken som⏎26-3305. Oppgi dette nummeret",
 * "enregistrée sous le n°⏎58213-B ; nous vous remercions de rappeler ce numéro", "geregistreerd als dossier⏎MP-LE-260391;
 * wilt u dit nummer vermelden"): the provider's own, whatever its shape (slashes, digits first, a letter last).
 */

/** A verb of quoting, in the languages read. */
const QUOTING = String.raw`(?:geben[ \t\n]+Sie|quote|cite|citing|quoting|use|mention|reference|include|angeben|anzugeben|nennen|zitieren|rappeler|rappelez|indiquer|indiquez|mentionner|citer|citar|indicar|mencionar|indique|citare|indicare|riportare|citi|vermelden|vermeld|noemen|oppgi|oppgis|ange|anges|uppge|angive|angiv|oplyse|podać|podawać|powoływać|powoływanie|powołanie|uvádět|uveďte)`;
/** "this number", "ce numéro", "diese Nummer", "dette nummeret", "dit nummer", "questo numero", "denne" ("oppgi denne"); never a bare "it", which may stand for anything named before. */
const THIS_NUMBER = String.raw`(?:(?:this|that|ce|cette|diese[ns]?|dieses|dette|detta|denne|dit|deze|questo|questa|este|esta|esse|essa|ten|tego|toto|tuto)[ \t\n]+(?:number|reference|ref\.?|nummer(?:et)?|numret|num[ée]ro|n[úu]mero|numero|referanse(?:n)?|referens(?:en)?|referenz|r[ée]f[ée]rence|referencia|riferimento|kenmerk|numer|číslo|zeichen|aktenzeichen)|denne|dette|detta)`;
/** A verb of quoting with its object joined ("La preghiamo di citarlo", "le rogamos indicarlo"). */
const QUOTING_IT = String.raw`(?:citar|indicar|riportar|mencionar|menzionar)l[oa]`;
/** A word of asking or of obligation, so a relative clause asks for the number, not describes it ("som anges i föreläggandet"). */
const ASKING = String.raw`(?:preghiamo|prega|rogamos|pedimos|ruego|bitte|prions|invitons|remercions|bedes|ber|prosimy|please|kindly|should|must|sollten|müssen|devono|deben|doivent|dient|dienen)`;
/** What joins the number to the asking words: a stop or a comma, or an "and" ("00184417 i prosimy o powoływanie się na ten numer"). */
const NEXT = String.raw`(?:[ \t]*[.;,][ \t\n]+|[ \t\n]+(?:and|und|et|y|e|en|och|og|i|a|ja)[ \t\n]+)`;
const VALUE = String.raw`([A-Za-z0-9](?:[A-Za-z0-9]|[-/._](?=[A-Za-z0-9])){3,30})`;
const QUOTED_AFTER = new RegExp(
  String.raw`(?<=[ \t\n:#°º]|^)(?<!\d[ \t])${VALUE}(?![\w/-])` +
    String.raw`(?:,?[ \t\n]+which[ \t\n]+is[ \t\n]+the[ \t\n]+(?:number|reference|one)[ \t\n]+to[ \t\n]+(?:cite|quote|use)` +
    String.raw`|,?[ \t\n]+(?:che|que|qui|die|den|das|som|który|które)[ \t\n]+(?:[\p{L}'’]+[ \t\n]+){0,3}?${ASKING}[ \t\n]+(?:[\p{L}'’]+[ \t\n]+){0,3}?${QUOTING}(?![\p{L}])` +
    String.raw`|${NEXT}(?:[\p{L}'’]+[ \t\n,]+){0,6}?${QUOTING}[ \t\n]+(?:[\p{L}'’]+[ \t\n]+){0,2}?${THIS_NUMBER}(?![\p{L}])` +
    String.raw`|${NEXT}(?:[\p{L}'’]+[ \t\n,]+){0,6}?${THIS_NUMBER}[ \t\n]+(?:[\p{L}'’]+[ \t\n]+){0,6}?${QUOTING}(?![\p{L}])` +
    String.raw`|${NEXT}(?:[\p{L}'’]+[ \t\n,]+){0,6}?${QUOTING_IT}(?![\p{L}]))`,
  'giu',
);

const NOT_PROVIDERS_BEFORE = /(?:cyber[ \t]?tip(?:line)?|ncmec|such[ \t\n]+as|e\.g\.|for[ \t\n]+example)(?:[ \t\n]+(?:report|number|no\.?|id))?[ \t\n:#]*$/i;

/** The numbers of a body that the words after them ask to be quoted (values only). */
export function quotedAfterValues(body: string): string[] {
  const values: string[] = [];
  for (const m of body.slice(0, 100_000).matchAll(QUOTED_AFTER)) {
    const value = m[1]!;
    if ((value.match(/\d/g) ?? []).length < 4 || values.includes(value)) continue;
    // A CyberTipline report's number or an example ("such as CyberTip 204418837, please reference it") is no provider's.
    if (NOT_PROVIDERS_BEFORE.test(body.slice(Math.max(0, m.index! - 40), m.index!))) continue;
    values.push(value);
  }
  return values;
}

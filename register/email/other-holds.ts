/**
 * A preservation this message does not make: one the provider already holds from another proceeding, named beside the
 * one it confirms ("Note: the same mailbox is already subject to a preservation from another proceeding (case
 * GX-2026-0914-2201, preserved on 15.09.2026)", "Zu demselben Postfach besteht bereits eine Sicherung aus einem anderen
 * Verfahren (Vorgang …)", "une conservation existante (dossier …)"). Its number, date and expiry are that other hold's.
 */
const S = String.raw`[ \t\n]+`;
const OTHER_HOLD_SOURCE = [
  // English: a hold from another matter, or an existing/earlier hold.
  String.raw`(?:from|in|under|for|of|by|on)${S}(?:an?other|a${S}(?:different|separate|prior|previous)|an${S}(?:unrelated|earlier|older))${S}(?:proceedings?|investigation|case|matter|request|authority|agency|inquiry|order)`,
  String.raw`(?:an?|the)${S}(?:(?:existing|earlier|prior|previous|older|separate|unrelated|other)(?:,?${S}|${S}and${S})){1,3}(?:preservation|hold)(?!${S}(?:request|extension))`,
  // German
  String.raw`aus${S}einem${S}anderen${S}(?:Ermittlungs)?(?:verfahren|ersuchen|vorgang)`,
  String.raw`(?:eine|die)${S}(?:bestehende|frühere|ältere|andere|weitere)${S}Sicherung`,
  String.raw`bereits${S}eine${S}Sicherung`,
  // French
  String.raw`(?:dans|d['’]une|pour|au${S}titre${S}d['’]une)${S}(?:une${S})?autre${S}(?:procédure|enquête|affaire|demande)`,
  String.raw`(?:une|la)${S}(?:conservation|préservation)${S}(?:existante|antérieure|précédente)`,
  // Spanish, Portuguese, Italian, Dutch
  String.raw`(?:de|en|em)${S}outro${S}(?:processo|procedimento|inquérito)|(?:de|en)${S}otro${S}(?:procedimiento|expediente|caso)`,
  String.raw`(?:una|la|uma|a)${S}(?:conservación|preservación|preservação)${S}(?:existente|anterior|previa)`,
  String.raw`(?:da|in)${S}un${S}altro${S}procedimento|(?:una|la)${S}conservazione${S}(?:esistente|precedente)`,
  String.raw`(?:uit|in|voor)${S}een${S}andere?${S}(?:onderzoek|zaak|verzoek)|(?:een|de)${S}(?:bestaande|eerdere)${S}(?:bewaring|bevriezing|veiligstelling)`,
].join('|');

/** In the number's sentence, before it; an abbreviation's stop ("Google Ref. No.") ends none. */
const IN_SENTENCE = String.raw`(?:[^.!?;\n]|[.!?](?=\S)|(?<=(?<![\p{L}])(?:Ref|No|Nr|Inc|Ltd|Co|Corp))\.[ \t]|\n(?![ \t]*\n))`;
const OTHER_HOLD_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${OTHER_HOLD_SOURCE})(?![\p{L}])${IN_SENTENCE}{0,120}$`, 'iu');

/** Whether the number at `at` of `region` stands in a sentence naming another proceeding's hold, after those words. */
export function namedAsOtherHold(region: string, at: number): boolean {
  return OTHER_HOLD_BEFORE.test(region.slice(Math.max(0, at - 300), at));
}

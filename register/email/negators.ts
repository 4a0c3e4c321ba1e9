/**
 * Negators standing before what they negate, one language a line: one list for the denials of an account
 * (denials.ts) and for the preservations a message does not assert (preservation-asserted.ts). "n't" and the French
 * "n'" attach to their verb and are each reader's own.
 */
export const NEGATORS: readonly string[] = [
  'not|never|no|none|nothing|nobody|neither|nor|cannot|unable[ \\t\\n]+to|failed[ \\t\\n]+to', // English (a wrap may part "unable" from "to")
  'pas|aucun|aucune|jamais|rien', // French ("ne … pas": "pas" stands next to the participle)
  'nicht|kein\\p{L}{0,2}|nie|niemals|nichts', // German
  'ningún|ningun[oa]?|nunca|nada', // Spanish
  'non|nessun[oa]?|nulla|niente', // Italian
  'niet|geen|nooit|niets', // Dutch
  'não|nenhuma?|nunca|nada', // Portuguese
  'inte|ej|ingen|inget|inga|aldrig', // Swedish
  'ikke|ingen|intet|aldri', // Norwegian, Danish
  'nie|żaden|żadn\\p{L}{1,3}|brak', // Polish
  'ei|eikä', // Finnish ("ei löytynyt")
  'nebyl[aoiy]?|nebudou|není|žádn\\p{L}{1,3}', // Czech ("nebyl nalezen")
  // Romanian "nu" before its verb only ("nu au fost conservate date"): the Scandinavian "nu" is "now" ("Vi har nu säkrat").
  'nu(?=[ \\t]+(?:au|a|am|s-a|s-au|este|sunt|era|erau|putem|poate|pot|există|exista|se|le|li|i|mai|vom|va|vor|ne|ați|ai|fost)(?![\\p{L}-]))|niciun|nicio|nimic', // Romanian
  'nem|semmilyen|semmi', // Hungarian
  'nije|nisu|nismo|nikakv\\p{L}{1,3}', // Croatian, Serbian, Bosnian
  'δεν|κανέν\\p{L}{0,2}|καμία|τίποτα', // Greek
  'не|ні|нет|жодн\\p{L}{1,3}|никакв\\p{L}{1,3}|ничего|нищо', // Ukrainian, Russian, Bulgarian, Serbian (Cyrillic)
];

/** "no" before a number is the abbreviation of one ("Ref no 4471 preserved", "No. 1"), not a negator. */
export const NOT_BEFORE_A_NUMBER = '(?![ \\t]*[.#:]?[ \\t]*\\d)';

/** The forms of a list as one alternation. */
export const alternatives = (forms: readonly string[]): string => forms.join('|');

/** The forms of a list as whole words. */
export const wordOf = (forms: readonly string[]): string => `(?<![\\p{L}])(?:${alternatives(forms)})(?![\\p{L}])`;

/**
 * A subordinate clause that opens a sentence ("Because the two accounts you listed are not linked, Google processed
 * them as two separate preservations:", "Because the accounts are not linked, we preserved them separately") says
 * why or when: its negation is not the main clause's, neither a list heading's (accounts.ts) nor a preservation's
 * (preservation-asserted.ts).
 */
export const LEADING_SUBORDINATE =
  /^[ \t]*(?:because|since|as|although|though|if|unless|until|where|wherever|when|whenever|while|once|after|before|weil|da|obwohl|wenn|parce[ \t]+que|puisque|comme|bien[ \t]+que|porque|como|aunque|si|poiché|perché|sebbene|omdat|aangezien|hoewel|eftersom|fordi|ponieważ)(?![\p{L}])[^,;:\n]{1,200},[ \t]*/iu;

/**
 * The same opening clause where it gives a reason or a concession only ("Because the accounts are not linked, we
 * preserved them separately", "Although one name was not found, …"): the main clause keeps its own mood. A condition
 * or a time ("Once your process is received, the data is preserved") makes the main clause conditional, so it is not
 * set aside where a preservation is asserted (preservation-asserted.ts).
 */
export const LEADING_REASON =
  /^[ \t]*(?:because|since|as|although|though|even[ \t]+though|weil|da|obwohl|parce[ \t]+que|puisque|comme|bien[ \t]+que|porque|como|aunque|poiché|perché|sebbene|omdat|aangezien|hoewel|eftersom|fordi|ponieważ)(?![\p{L}])[^,;:\n]{1,200},[ \t]*/iu;

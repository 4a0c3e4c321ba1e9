import { PRESERVING } from './date-roles';
import { PRESERVATION_NOUN } from './date-words';

/**
 * A word pointing at a list above or below, in the languages read ("the account below", "die unten genannten Konten",
 * "les 2 comptes ci-dessous", "dati dell'utente qui sotto", "begge brukerne nedenfor", "mobile no. mentioned below").
 */
const POINTER = new RegExp(
  String.raw`(?<![\p{L}])(?:below|above|beneath|underneath|unten|untenstehend\p{L}*|nachstehend\p{L}*|oben|obig\p{L}*|vorstehend\p{L}*|ci-dessous|ci-dessus|ci-après|qui[ \t]+sotto|sottostant\p{L}*|sottoindicat\p{L}*|sopraindicat\p{L}*|sopra|di[ \t]+seguito|abajo|debajo|arriba|a[ \t]+continuaci[óo]n|abaixo|acima|hieronder|hierboven|onderstaand\p{L}*|bovenstaand\p{L}*|nedenfor|ovenfor|nedan|ovan|nedenstående|ovenstående|nedanstående|ovanstående|poniżej|powyżej|níže|výše|alább|alábbi|fenti|aşağıda(?:ki)?|yukarıda(?:ki)?|mai[ \t]+jos|mai[ \t]+sus)(?![\p{L}])`,
  'iu',
);

/** The verbs of preserving, without the global flag's state between tests. */
const PRESERVING_ONCE = new RegExp(PRESERVING.source, 'iu');

/** A pointer at a number, not at the accounts ("we preserved data under the reference above", "the case number below"). */
const AT_A_NUMBER = /(?<![\p{L}])(?:reference|ref\.?|number|no\.|case|ticket|subject(?:[ \t]+line)?)[ \t]+(?:above|below)(?![\p{L}])/iu;

/**
 * A sentence of a terse reply that says the accounts listed above or below are preserved, naming none ("erledigt, die
 * Daten zu den beiden unten genannten Konten sind gesichert", "Confirming the account below has been preserved.",
 * "c'est fait, conservation effectuée le 03/02/2027 pour les 2 comptes ci-dessous"): the list it points at is the
 * request's, quoted under the reply or above it.
 */
export function pointsAtListedAccounts(body: string): boolean {
  for (const sentence of body.slice(0, 3_000).split(/(?<=[.!?])[ \t]+|\n[ \t]*\n/)) {
    if (!POINTER.test(sentence) || AT_A_NUMBER.test(sentence)) continue;
    if (PRESERVING_ONCE.test(sentence) || PRESERVATION_NOUN.test(sentence)) return true;
  }
  return false;
}

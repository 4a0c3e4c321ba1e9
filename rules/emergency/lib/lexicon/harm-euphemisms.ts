import type { Term } from '../phrases';

/**
 * Harm said the way people avoid saying it (issue 13, round 5), written out by family rather than from one narrative:
 * ending one's life in euphemism and its means made ready, a body promised in pieces, death prepared for (a coffin
 * measured, dental records), a crowd declared "fair game", a person gagged or bundled into a van, a child in a paid
 * "live show". Read with the situations, only where the other harm patterns find nothing.
 */
export const SELF_HARM_EUPHEMISM_FAMILY: readonly Term[] = [
  '(do|does|did|doing|done) (myself|meself|himself|herself|themselves|themself) in\\b',
  '(top|topping|topped|off|offing|offed) (myself|meself|himself|herself|themselves|themself)\\b',
  'unaliv*',
  "(not|never|won'?t|wont|n'?t) (gonna |going to |be going to )?(be )?around (to see|much longer|any ?more|for long|tomorrow|by (the )?morning)",
  "(not|n'?t) (gonna|going to) be (here|alive) (to see|tomorrow|much longer|any ?more|by (the )?morning)",
  'better off without (me|him|her)\\b',
  "(don'?t|do not|dont|doesn'?t|does not|doesnt) want to (live|be alive|wake up|exist) ?(any ?more|anymore)?",
  /(?:got|get|have|has|had|bought|buying|found)\s+(?:the|a|his|her|my)\s+(?:rope|belt|noose|ligature|cord|hose|pills|tablets|charcoal)\s+(?:all\s+)?(?:sorted|ready|tied|set\s+up|prepared|in\s+the\s+(?:shed|garage|car|boot|bag))/,
  '(rope|belt|noose|ligature|cord) (is |are )?(all |already )?(sorted|ready|tied|set up|prepared)\\b',
  // A last message of love that is a farewell: "tell granny I loved her"
  'tell (my |his |her |their )?(_ )(that )?i (loved|always loved) (her|him|them|you)\\b',
];

/** A body promised in pieces, said in any person: "you receive him in pieces", "the patojo in little pieces". */
export const DISMEMBERMENT_FAMILY: readonly Term[] = [
  '(him|her|them|you|u|ya|me|the (child|boy|girl|kid|baby)|your (son|daughter|kid|child|wife|husband)) (back )?in (little |small |tiny )?(pieces|bits|parts)\\b',
  'piece by piece\\b',
  '(cut|chop|chopped|chopping|hack|hacked|hacking)( up)? (him|her|them|you|u|ya) (up|into (pieces|bits))\\b',
];

/** Death prepared for: the coffin measured or ordered, "they'll need dental records", a closed casket. */
export const DEATH_PREPARED_FAMILY: readonly Term[] = [
  '(coffin|casket|grave|body~?bag|pine box) (is |are |was )?(already |all )?(measured|ready|ordered|dug|booked|waiting|bought)\\b',
  'measur(e|ed|ing) (you|u|ya|her|him|them) for (a|the|your|her|his|their) (coffin|casket|box|grave|body~?bag)',
  '(need|needs|needed|use|using|by|from|with) dental records',
  'closed (casket|coffin)',
  // A crowd declared a target: "rest of u r fair game"
  "(rest of )?(u|you|ya|y'?all|yall|yous|everyone|everybody|the rest|all of (u|you|them)|them) (r|are|is|all) fair game",
];

/**
 * Taken and held: gagged with tape, forced "in" a van (as many non-native writers put it), a child in a paid live
 * show, a firearm named by its model family with an owner or a carrier ("dads AR", "bringing the AR").
 */
export const TAKEN_AND_HELD_FAMILY: readonly Term[] = [
  '(tape|taped|gag|gagged|cloth|sock) (on|over|across|in) (the |his |her |their )?mouth',
  '(mouth|mouths) (taped|gagged|covered)',
  /(?:forced|dragged|bundled|pulled|pushed|grabbed|snatched|thrown|shoved)\s+in\s+(?:a|an|the|his|their|some)\s+(?:[\w-]+\s+){0,3}(?:car|van|vehicle|truck|suv|pickup|ute|boot|trunk|taxi|minibus|sedan)\b/,
  /(?:live|private|paid|webcam|cam|pay[\s-]?per[\s-]?view)\W{0,2}\s*(?:shows?|streams?|sessions?)\b[^.\n]{0,60}\b(?:small|little|young|underage|minor|(?:1[0-7]|[1-9])[\s-]*(?:y\/?o|yrs?|years?))\b/,
  /(?:dad['’]?s|dads|mom['’]?s|moms|mum['’]?s|my|his|her|their|the|an|bring|bringing|brings|with\s+(?:a|an|his|her|the))\s+AR\b(?![\s-]*(?:app|glasses|filter|headset|lens))/,
];

export const HARM_EUPHEMISM_TERMS: readonly Term[] = [
  ...SELF_HARM_EUPHEMISM_FAMILY,
  ...DISMEMBERMENT_FAMILY,
  ...DEATH_PREPARED_FAMILY,
  ...TAKEN_AND_HELD_FAMILY,
];

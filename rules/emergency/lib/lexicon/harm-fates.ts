import type { Term } from '../phrases';

/**
 * Harm told by the fate promised or the means laid (issue 13, round 7): what will become of the body, a vehicle that
 * will explode, a device put under a car, people shut in with a running engine. Each family is written for any
 * animal, water or vehicle of the kind, not for one narrative's words.
 */

/** The body given to animals or taken by the water: "you'll be feeding the devils", "feed him to the pigs". */
export const BODY_DISPOSED_FAMILY: readonly Term[] = [
  // Said to the person, or as where the body ends up; not someone feeding the birds
  "(you|u|ya|you'?ll|u'?ll|ya'?ll|you will|you (are|'re|re) (gonna|going to)) (be )?(feeding|food for) (the )?(fish|fishes|crabs|sharks|pigs|hogs|worms|devils|crocs|crocodiles|gators|alligators|hyenas|vultures|eels|maggots)\\b",
  '(end|ends|ended|ending) up (as )?(feeding|food for) (the )?(fish|fishes|crabs|sharks|pigs|hogs|worms|devils|crocs|crocodiles|gators|alligators|hyenas|vultures|eels|maggots)\\b',
  '(feed|feeding|fed|feeds) (you|u|ya|her|him|them|the (body|bodies)) to (the )?(fish|fishes|crabs|sharks|pigs|hogs|worms|devils|crocs|crocodiles|gators|alligators|dogs|hyenas|vultures|eels|lions)\\b',
  // The water takes the person: "the river will take you", "the sea gonna take her"
  /(?:river|sea|lake|ocean|current|tide|swamp|creek|bay|rapids|falls)\s+(?:will|gonna|is\s+going\s+to|['’]ll|shall)\s+(?:take|swallow|have)\s+(?:you|u|ya|her|him|them)\b(?!\s+(?:to|across|over|around|along|on|for|back|home|there|up|down|out|through)\b)/,
];

/** A vehicle that will explode with its driver, or a device laid under it. */
export const VEHICLE_BOMB_FAMILY: readonly Term[] = [
  // Fly or go up with the driver, not through an inspection or in value
  /(?:your|ur|his|her|their|the)\s+(?:car|vehicle|van|truck|jeep|bus)\s+(?:will|gonna|is\s+going\s+to|['’]ll|shall)\s+(?:explode|blow\s+up|go\s+boom|(?:fly|go\s+up)(?=\s+with\s+(?:you|u|ya|him|her|them)\b|\s+in\s+(?:flames|smoke|the\s+air)|\s*(?:[.,;!?"'’”]|when\b|$)))/,
  '(device|wires|wiring|explosives?|package|magnet) (was |were |had been |has been )?(found |placed |planted |attached |taped |fixed |hidden )?(under|beneath|underneath) (his|her|their|the|your|a) (car|vehicle|van|truck|jeep)\\b',
];

/** People shut in with a running engine, written in either order: "the kids in the garage w/ the car running". */
export const ENGINE_RUNNING_FAMILY: readonly Term[] = [
  /in\s+(?:the|a|his|her|their)\s+(?:closed\s+|shut\s+|locked\s+)?garage\s+(?:with|w\/)\s+(?:the\s+|a\s+)?(?:car|engine|motor|generator|truck|van)\s+(?:still\s+)?(?:running|on)\b/,
];

/**
 * A person held or moved to be sold, the person named earlier in the sentence: "a woman … is being held and sold for sex",
 * "three girls … are to be transported … from there to be sold". Not a thing sold ("the car is to be sold").
 */
export const PERSON_SOLD_FAMILY: readonly Term[] = [
  /(?:girls?|boys?|wom[ae]n|child(?:ren)?|minors?|teens?|teenagers?|she|they|victims?|daughters?|sons?)\b[^.\n]{0,120}?\b(?:to\s+be|being|be|been|were|was|are|is)\s+(?:(?:held|kept|taken|moved|transported)\s+and\s+)?sold\b(?!\s+(?:out|off)\b)/,
];

export const HARM_FATE_TERMS: readonly Term[] = [...BODY_DISPOSED_FAMILY, ...VEHICLE_BOMB_FAMILY, ...ENGINE_RUNNING_FAMILY, ...PERSON_SOLD_FAMILY];

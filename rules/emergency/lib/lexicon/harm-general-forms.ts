import type { Term } from '../phrases';

/**
 * Harm in general forms (issue 13, round 6): each pattern is a structure — who is spoken to, what is done to them,
 * where they are — rather than one author's phrase, and each is narrowed by an everyday sentence of the same shape.
 */

/** Leaving this world as a statement about oneself: "I don't stay on this world anymore", "won't be in this world". */
export const WORLD_LEAVING_FAMILY: readonly Term[] = [
  /(?:not|\w*n['’]?t|no\s+longer|never)\s+(?:\w+\s+){0,2}(?:stay|be|remain|live|exist|want\s+to\s+be)\s+(?:on|in)\s+this\s+(?:world|earth|planet)\b/,
  /(?:leave|leaving|quit|quitting|depart|departing)\s+this\s+(?:world|earth|life)\b/,
];

/** A person made to disappear by others ("two colleagues were disappeared"), not "the file disappeared". */
export const DISAPPEARED_FAMILY: readonly Term[] = [
  /(?:was|were|been|being|be|get|gets|got|getting)\s+disappeared\b/,
  '(forced|enforced) disappearances?',
];

/** A person at a drop: on the parapet, the ledge or the railing (not "the edge of the bed"). */
export const AT_A_DROP_FAMILY: readonly Term[] = [
  /(?:standing|sitting|sat|stood|perched|crouching|crouched|balancing|hanging|climbed|climbing|leaning)\s+(?:on|over|outside|onto|at|from)\s+(?:the\s+|a\s+|top\s+of\s+the\s+)?(?:\w+\s+)?(?:parapet|ledge|railings?|balustrade|window\s?sill|guard\s?rail)\b/,
];

/** Shut in by someone ("locked in the bathroom by her boyfriend"), not a person who locked themselves in to hide. */
export const SHUT_IN_BY_FAMILY: readonly Term[] = [
  // "he locked me in the car", "they lock the girl in a room"
  /lock(?:s|ed|ing)?\s+(?:me|her|him|them|us|the\s+(?:child|children|kids?|girl|boy|baby|victim|woman|wife))\s+(?:up\s+)?(?:in|inside)\s+(?:an?|the|his|her|their)\s+(?:\w+\s+)?(?:car|van|truck|boot|trunk|room|bedroom|bathroom|basement|cellar|shed|garage|cupboard|closet|attic|container|cage)\b/,
  /locked\s+(?:up\s+)?(?:in|inside)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:\w+\s+)?(?:bathroom|bedroom|room|basement|cellar|shed|garage|cupboard|closet|attic|container|cage|flat|apartment|house|car|boot|trunk)\s+by\b/,
];

/** A face to be burnt or scalded: a hot or corrosive thing and the face in one sentence, either order. */
export const FACE_SCALDED_FAMILY: readonly Term[] = [
  /\b(?:iron|kettle|boiling\s+water|hot\s+oil|blowtorch|blow\s+torch|hot\s+pan)\b[^.\n]{0,60}\b(?:face|eyes)\b/,
  /\b(?:burn|burnt|burned|scald\w*|melt\w*|disfigur\w*|slash\w*|scar)\s+(?:up\s+)?(?:your|ur|yuh|her|his|their|my)\s+face\b/,
];

/** The grave promised to the person spoken to: "you'll be lying next to your dad in the cemetery". */
export const GRAVE_PROMISED_FAMILY: readonly Term[] = [
  /\b(?:you|u|ya|yuh|tu)(?:['’]ll|['’]re|\s+will|\s+gonna|\s+are\s+gonna|\s+are\s+going\s+to)?\s+(?:be\s+)?(?:lying|lie|sleeping|resting|rotting|buried)\b[^.\n]{0,50}\b(?:cemetery|graveyard|grave|churchyard|morgue|coffin)\b/,
  // "you will know the other side", "tu vai conhecer o outro lado": the afterlife, not the other side of the road
  /\b(?:you|u|ya|tu)\b[^.\n]{0,20}\b(?:know|meet|see|visit|cross|go\s+to|get\s+to\s+know)\s+(?:over\s+)?(?:to\s+)?the\s+other\s+side\b(?!\s+of\b)/,
  // Zipped or put in a black bag (a body bag), said of a person, not of the rubbish
  /(?:be|get|gets|getting|been|go|going)\s+(?:home\s+)?(?:zipped|bagged|stuffed|put|carried\s+out|sent\s+home)\s+(?:up\s+)?in(?:to)?\s+(?:a|the)\s+(?:black|body|plastic|bin)\s+bag/,
  /(?:zip|zipping|stuff|stuffing|put|putting|leave|leaving|dump|dumping|throw|throwing)\s+(?:you|u|ya|her|him|them)\s+(?:up\s+)?in(?:to)?\s+(?:a|the)\s+(?:black|body|plastic|bin)\s+bag/,
  // Under the ice or in the river, said of the person: "you'll be goin out through the ice", "I will be in the river"
  /\b(?:you|u|ya|i|she|he|they)(?:['’]ll|\s+will|\s+gonna|\s+are\s+going\s+to|\s+is\s+going\s+to)\s+(?:be\s+)?(?:goin['’]?\s+|going\s+|go\s+|end\s+up\s+|sleep\w*\s+)?(?:out\s+)?(?:through|under|in|into|at\s+the\s+bottom\s+of)\s+the\s+(?:[A-Z]\w+\s+)?(?:ice|river|lake|sea|canal|bay|harbou?r|quarry)\b/,
  // The last holiday promised: "it's the last one any of you get", "your last Christmas together"
  /\b(?:the\s+)?last\s+(?:one\s+any\s+of|(?:christmas|thanksgiving|eid|diwali|birthday|holiday|summer|new\s+year)\s+(?:any\s+of\s+)?)\s*(?:you|u|ya|yous|us|them)\s+(?:will\s+|['’]ll\s+|are\s+gonna\s+|gonna\s+)?(?:ever\s+)?(?:get|see|have|spend|celebrate)\b/,
];

/** Blackmail with intimate images, either order: sextortion told by its facts. */
export const SEXTORTION_FACTS_FAMILY: readonly Term[] = [
  /(?:blackmail\w*|extort\w*)\b[^.\n]{0,60}\b(?:naked|nude|intimate|explicit|sexual|sex)\s+(?:videos?|photos?|pictures?|images?|pics?|clips?)/,
  /(?:naked|nude|intimate|explicit|sexual)\s+(?:videos?|photos?|pictures?|images?|pics?|clips?)\b[^.\n]{0,60}\b(?:blackmail\w*|extort\w*)/,
];

/** A firearm named by its calibre ("his .308", "a 9mm", "12-gauge") and an armed subject in police shorthand. */
export const ARMED_SHORTHAND_FAMILY: readonly Term[] = [
  /(?:his|her|their|a|an|the|my|with)\s+\.(?:22|223|243|270|30-06|300|308|38|357|380|40|44|45|50)\b/,
  /\b(?:9|10)\s?mm\b(?!\s+(?:film|lens|camera|screw|bolt|tile|thick))/,
  /\b(?:12|20)[\s-]?(?:gauge|ga)\b/,
  'known to (carry|be armed|have access to (a )?(firearm|gun|weapon)s?)\\b',
];

export const HARM_GENERAL_FORM_TERMS: readonly Term[] = [
  ...ARMED_SHORTHAND_FAMILY,
  ...WORLD_LEAVING_FAMILY,
  ...DISAPPEARED_FAMILY,
  ...AT_A_DROP_FAMILY,
  ...SHUT_IN_BY_FAMILY,
  ...FACE_SCALDED_FAMILY,
  ...GRAVE_PROMISED_FAMILY,
  ...SEXTORTION_FACTS_FAMILY,
];

import type { Term } from '../phrases';

/**
 * Death threats in street slang and in the idiom of other Englishes (issue 13, round 7, by lexicography, no narrative
 * set): a person put on a memorial T-shirt, sent to meet their maker, a block "aired out"; South African,
 * Scottish and Nigerian verbs of assault; a family finished, a child the person will not see grow up, a house that
 * becomes a barbecue. Each has a person or a place of people as its object, so "smoke a cigarette" or "finish the
 * report" is no threat.
 */
export const STREET_THREAT_FAMILY: readonly Term[] = [
  "(smoke|smoked|smoking|smokin'?) (that|this|dat|the|ur|your) (boy|bwoy|fool|dude|guy|man|kid|opp|opps|snitch|rat|clown)\\b",
  // A memorial T-shirt: "your boy gonna be on a t-shirt by friday"
  /(?:(?:you|u|ya|he|she|they|him|her|them|boy|bro|brother|homie|friend|cousin|son|man|mans)\s+(?:['’]?ll\s+|will\s+|gonna\s+|is\s+gonna\s+|are\s+gonna\s+|finna\s+)?be|put(?:ting)?\s+(?:you|u|him|her|them))\s+on\s+a\s+(?:t[\s-]?shirt|tee|shirt|candle)\b/,
  "(send|sending|sent|see) (you|u|him|her|them) (to )?(see|meet) (jesus|god|allah|your maker|his maker|her maker|the devil)\\b",
  'meet (your|his|her|their) maker\\b',
  "air(ing|ed)? out (the|that|this|dat|his|their|your) (whole )?(block|party|club|spot|crib|crowd|trap|opps)\\b",
  "(shoot|shootin'?|spray|sprayin'?) up (the|that|this|dat|his|their|your) (block|party|club|house|spot|crib|street|trap)\\b",
  // Other Englishes: South African "moer", Scottish "chib", Nigerian "waste"
  "(moer|donder|bliksem) (you|u|him|her|them|jou)\\b",
  "(chib|chibbed|chibbing|malky|malkie|stab) (ye|you|him|her|them)\\b",
  /(?:waste|wasting)\s+(?:you|u|him|her|them)\b(?!['’]?s?\s+(?:time|money)\b)/,
];

/** Idiom that promises a death without naming it. */
export const DEATH_PROMISED_FAMILY: readonly Term[] = [
  // The family as the end of the clause, not "finish his family history book"
  /(?:finish|finishing|wipe\s+out|wiping\s+out|take\s+out|taking\s+out)\s+(?:your|ur|his|her|their)\s+(?:whole\s+)?(?:family|kids|children|wife|husband|parents|brothers|sisters)(?=\s*[.,;!?"'’”]|\s*$|\s+(?:one\s+by\s+one|off|for\s+good|first|next|tonight|too|as\s+well|and\s+(?:you|u|him|her|them))\b)/,
  "(not|never|won'?t|wont|will not) (get to |live to )?see (your|her|his|their) (daughter|son|kids|children|baby|grandchildren|grandkids) grow up",
  "(you|u|ya)('ll| will| gonna| are gonna| are going to) be (visiting|putting flowers on) (her|his|their|your (own )?)graves?\\b",
  '(your|her|his|their|the) (house|home|flat|car|shop) (becomes|will become|is gonna be|gonna be) (a )?(barbecue|bbq|bonfire|oven|fireball|furnace|coffin)\\b',
  "(nobody|no one|noone) (will|can|gonna|is going to) (be able to )?(help|save) (you|u|her|him|them) (where|when|now)\\b",
  'start (planning|picking|choosing) (your|her|his|their) (funeral|coffin|casket|grave|headstone)\\b',
];

export const THREAT_SLANG_TERMS: readonly Term[] = [...STREET_THREAT_FAMILY, ...DEATH_PROMISED_FAMILY];

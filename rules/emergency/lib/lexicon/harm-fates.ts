import type { Term } from '../phrases';
import { AFTERMATH_BOUND_FAMILY } from './harm-aftermath';

/**
 * Harm told by the fate promised or the means laid (issue 13, round 7): what will become of the body, a vehicle that
 * will explode, a device put under a car, people shut in with a running engine, a coffin readied, a sleep for good,
 * a wish not to exist, a vessel in distress, a person taken by strangers. Each family is written for any animal, water,
 * vehicle or means of the kind, not for one narrative's words.
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
  // The buyer's side (round 9): money paid for the person, the person the whole object of the payment ("the man pay
  // money for me, tonight they…", "paid 200,000 naira for her."), or the person bought from someone. Not money paid for
  // a thing of theirs or for them to do something ("paid money for her school trip", "paid for him to fly home")
  /(?:pay|pays|paid|payed|paying|give|gave|given)\s+(?:(?:good|big|a\s+lot\s+of)\s+)?(?:money|cash|[$£€]?\d[\d,.]*\s*(?:k\b|dollars|usd|euros?|pounds|naira|pesos|baht|kip|rupees|dong|yuan|rand|cedis|shillings|lakh)?)\s+for\s+(?:me|us|her|him|them|the\s+(?:girl|girls|boy|boys|child|children|kid|kids|woman|women|baby))(?=\s*[.,;:!?"'’”)]|\s+(?:so|now|tonight|today|already|then|but)\b|\s*$)/,
  /(?:bought|buys|buy|purchased)\s+(?:me|us|her|him|them|the\s+(?:girl|girls|boy|boys|child|children|kid|kids|woman|women|baby))\s+from\s+(?:my|his|her|their|the|a|an)\s+(?:uncle|aunt|father|mother|parents|family|mum|mom|dad|stepfather|stepmother|cousin|brother|sister|agent|broker|recruiter|boss|man|woman|people|village|trafficker|smuggler)\b/,
];

/**
 * A person made to work for sex, or a child offered to men (round 10): "she will be taken over the border to work for sex",
 * "showed photos of the girl … offering a 'programa' with her", "rents the boy out to tourists", "offering a night with
 * the girl, 11 years old, to truck drivers for 300 reais". The offer is of the person's company (a night, a date, a
 * 'programa') to buyers, or of the person to them; an offer of a session with a coach or of a car to tourists is none.
 */
const CHILD = '(?:girls?|boys?|child|children|kids?|minors?|daughter|stepdaughter|son|stepson|niece|nephew|\\d{1,2}[\\s-]?(?:years?|yrs?)[\\s-]?old|(?:of\\s+)?about\\s+\\d{1,2}\\s+years)';
const ITS_COMPANY = '(?:an?\\s+|the\\s+)?["“\'‘]?(?:programa|programma|night|nights|date|dates|encounter|encounters|services?|massage|massages|time|fun)["”\'’]?';
const BUYERS = '(?:men|older\\s+men|clients|customers|truckers|truck\\s+drivers|drivers|tourists|buyers|strangers|foreigners|punters|johns|members)';
export const MADE_TO_SELL_SEX_FAMILY: readonly Term[] = [
  /(?:made|make|makes|forced|force|forces|taken|take|takes|taking|sent|send|brought|moved|transported|sold|trafficked|recruited|lured)\b[^.\n]{0,60}?\bto\s+(?:work|be\s+used|be\s+offered|be\s+sold)\s+for\s+sex\b/,
  // The child named first, the offer of their company after: "the girl … offering a 'programa' with her"
  new RegExp(`\\b${CHILD}\\b[^.\\n]{0,160}?\\b(?:offer|offers|offered|offering|advertis\\w+|sell|sells|selling|sold|rent|rents|renting|rented|pimp\\w*)\\s+${ITS_COMPANY}\\s+with\\s+(?:her|him|them)\\b`),
  // The offer first, to buyers or for money: "offering a night with the girl … to truck drivers for 300 reais"
  new RegExp(
    `(?:offer|offers|offered|offering|advertis\\w+|sell|sells|selling|sold|rent|rents|renting|rented|pimp\\w*)\\s+${ITS_COMPANY}\\s+with\\s+(?:the\\s+|a\\s+|his\\s+|her\\s+|their\\s+)?${CHILD}\\b[^.\\n]{0,60}?\\b(?:for\\s+(?:money|cash|payment|a\\s+price|\\d|[$£€])|to\\s+${BUYERS}\\b)`,
  ),
  // The child offered or rented out to buyers: "rents the boy out to tourists", "offers his stepdaughter to men"
  new RegExp(
    `(?:rent|rents|renting|rented|hire|hires|hiring|hired|pimp\\w*|lend|lends|lending|lent|offer|offers|offered|offering|sell|sells|selling)\\s+(?:her|him|them|the\\s+${CHILD}|(?:his|her|their)\\s+${CHILD})\\s+(?:out\\s+)?to\\s+${BUYERS}\\b`,
  ),
];

/** The coffin, the sack or the rope readied for the person: "keep the coffins ready for both of you", "I bought the rope for you". */
export const MEANS_READIED_FAMILY: readonly Term[] = [
  '(keep|get|have|make|order|buy|book) (the |a |your |two )?(coffins?|caskets?|graves?|body bags?|shrouds?) (ready|dug|prepared|waiting|ordered)\\b',
  '(coffins?|caskets?|graves?|body bags?) (is |are )?(ready|dug|prepared|waiting) for (you|u|ya|her|him|them|both of you|all of you|your)\\b',
  '(bought|buy|got|get|have|brought|prepare|prepares|prepared|preparing|ready) (the |a )?(rope|noose|shovel|spade|acid|petrol|gas|poison|bullet|bullets|coffin|grave) (is )?for (you|u|ya|her|him|them|your|(the|his|her|their|my) (whole )?(family|wife|husband|kids|children|mother|father))\\b',
  // Returned dead: "we return her in a sack", "you get him back in pieces"
  '(return|send|give|deliver|bring|get) (you |u )?(her|him|them|the (child|girl|boy|kid|baby)|your (child|daughter|son|wife|husband|kid|baby)) (back )?(to you )?(in (a |the )?(sack|box|bag|coffin|body bag|bin bag|pieces)|dead)\\b',
];

/** Sleep or a world that ends for good: "the child will go to sleep forever", "not in this world". */
export const FOR_GOOD_FAMILY: readonly Term[] = [
  '(go to |put (you|her|him|them) to |will |gonna )?sleep (forever|for ever|for good|permanently|eternally)\\b',
  'eternal (sleep|rest)\\b',
  // No one of them will see the morning: "none of them will see morning", "neither of you will live to see Christmas"
  /(?:none\s+of\s+(?:you|them|us|yous)|nobody|no\s?one|neither\s+of\s+(?:you|them|us))\s+(?:will|is\s+going\s+to|gonna|shall|['’]ll)\s+(?:see|live\s+to\s+see|make\s+it\s+to|survive|last)\s+(?:the\s+)?(?:morning|tomorrow|sunrise|dawn|christmas|new\s+year|weekend|another\s+day|night)\b(?!\s+(?:show|news|paper|papers|programme|program|edition|session|class|meeting|shift|train|bus|flight|service|market|match|game|sale|sales)\b)/,
  // At the end of its clause: "…and not with you. Not in this world."
  /\bnot\s+in\s+this\s+(?:world|life)(?=\s*[.!;'"’”]|\s*$)/,
  // Survival denied, the negator inside the phrase: "without shelter he will not survive many hours"
  // of a person, not of a shop; the match starts after the subject, so "without shelter he | will not survive" is a clause
  /(?<=\b(?:he|she|they|you|u|ya|i|we|child|baby|boy|girl|man|woman|patient|victim|son|daughter|mother|father|husband|wife|kids?|children|people|crew|hiker|climber|driver|passengers?)\s+(?:\w+\s+)?)(?:will\s+not|won['’]?t|wont|cannot|can['’]?t|could\s+not|couldn['’]?t|would\s+not|wouldn['’]?t|may\s+not|might\s+not|is\s+unlikely\s+to|is\s+not\s+going\s+to)\s+(?:\w+\s+)?survive\b/,
];

/**
 * A death said as a journey or a bill (round 7, a probe of non-native and euphemistic wording): "take the boy to the
 * other world with him", "go to heaven tonight with his daughter", "do her finish", a price on his head, the body made to
 * suffer, sent home in an ambulance, going to the ER then the morgue, a threat to light the flat.
 */
export const DEATH_AS_JOURNEY_FAMILY: readonly Term[] = [
  /(?:take|taking|takes|bring|bringing|send|sending|go|going)\s+(?:\w+\s+){0,3}to\s+the\s+(?:other|next)\s+world\b(?!\s+of\b)/,
  '(go|going|goes|take|taking|takes|send|sending|bring|bringing) (_ )?(_ )?to heaven (_ )?with (me|him|her|them|his|her|my|their) (daughter|son|kids|children|baby|little one)\\b',
  // At the end of its clause: not "make him finish the report"
  /(?:do|does|did|make|makes|made)\s+(?:her|him|them|you|u)\s+(?:finish|finished)(?=\s*[.,;!?'"’”]|\s*$|\s+(?:this|tonight|today|tomorrow|now|for\s+good|off|soon)\b)/,
  '(price|bounty|contract) on (his|her|their|your|the _\'s|_\'s) (head|life)\\b',
  '(make|makes|made|let) (her|his|their|your) body (suffer|pay|bleed)\\b',
  '(send|sending|put|putting) (you|u|her|him|them) (home |out )?in an? (ambulance|hearse|body bag)\\b',
  "(you'?re|you are|you'?ll be|u r|ur|you|u) (going|goin'?|gonna go|gonna end up|ending up) (to|in) the (morgue|ER|A&E|ICU|emergency room|mortuary)\\b",
  'threat(en|ens|ened|ening)? (to )?(light|torch|set fire to|blow up|poison|drown|strangle|behead|run over) (her|him|them|the|his|their|your)\\b',
];

/** A wish not to exist, in a child's or a young person's words: "I wish I was never born, I want to disappear". */
export const WISH_NOT_TO_EXIST_FAMILY: readonly Term[] = [
  "wish(es|ed)? (i|i'?d|she|he|they) (was|were|had) never (been )?born",
  "(i|i'?m|im) (just )?(want|wanna|going|gonna) (to )?(disappear|vanish|stop existing|not exist)( forever)?\\b",
  "(don'?t|do not|dont) want to (exist|be alive|be here|wake up) (anymore|any more|no more)",
  // (round 10) The same wish in the words of a machine or a screen: "I wish I could press pause on me and never press
  // play again", "delete myself from this world", "log out of life". Not a phone switched off or a chat left
  /(?:wish|want|wanna|would\s+like|like)\s+(?:i\s+could\s+|i\s+can\s+|to\s+)?(?:just\s+)?(?:press|hit|push)\s+(?:pause|stop)\s+on\s+(?:me|myself|my\s+life)\b/,
  /never\s+(?:press|hit|push)\s+(?:play|start|resume)\s+again\b/,
  /(?:delete|erase|uninstall|unplug|switch\s+off|turn\s+off|shut\s+down)\s+(?:me|myself)\s+(?:from\s+(?:this\s+world|life|existence|the\s+world|earth)|for\s+good|forever|permanently)\b/,
  /(?:log|logging|sign|signing|check|checking)\s+(?:out|off)\s+(?:of|from)\s+(?:life|this\s+life|this\s+world|existence)\b/,
  // A calque of "jump from the roof": "I go from the roof of our flat"
  "(i|i'?ll|i will|he|she|he'?ll|she'?ll|will) (go|step|walk|fly|drop|throw myself) (down )?(from|off) (the|a|our|my|his|her|their) (roof|bridge|balcony|window|cliff|tower|top floor)\\b",
];

/** A vessel in distress: "kayaker … 'water coming in, cant see shore'", a boat taking on water or capsized. */
export const VESSEL_DISTRESS_FAMILY: readonly Term[] = [
  /\b(?:kayak\w*|boat\w*|canoe\w*|vessel|yacht\w*|dinghy|raft|paddle\s*board\w*|jet\s*ski|skipper|sailor|fisherman)\b[^.\n]{0,80}\b(?:water|sea)\s+(?:is\s+)?(?:coming|getting|pouring)\s+in\b/,
  '(boat|kayak|canoe|vessel|yacht|dinghy|raft|ship|ferry) (has |had |is |was )?(capsized|overturned|swamped|sinking|taking on water|taking water|going down)\\b',
  'man overboard\\b',
  // The vessel turned over by the person in it, verb first (round 8): "flipped the kayak by the north breakwater", "we
  // capsized the dinghy". Not a kayak turned over on the beach or a trailer to drain, dry or clean it
  /(?:flipped|capsized|overturned|tipped|rolled)\s+(?:over\s+)?(?:the|my|his|her|our|their|a|an)\s+(?:kayak|canoe|boat|dinghy|raft|paddle\s*board|jet\s*ski|sea\s*kayak)\b(?!\s+(?:over\s+)?(?:on|onto)\s+(?:the\s+)?(?:beach|shore|sand|grass|lawn|trailer|dock|jetty|slipway|rack)\b|\s+(?:over\s+)?to\s+(?:drain|dry|clean|empty|store|paint)\b)/,
  // The cold in the first person from the water or the hills: "cant feel my hands", "can't feel my legs anymore"
  /(?:can['’]?t|cannot)\s+feel\s+(?:my|his|her)\s+(?:hands|feet|legs|fingers|toes|arms)(?:\s+(?:any\s?more|now))?(?=\s*[.!,"”'’)]|\s*$)/,
];

/** A person taken by strangers: "was taken from near her home … by two men on a boda boda". */
export const TAKEN_BY_STRANGERS_FAMILY: readonly Term[] = [
  /\b(?:taken|snatched|grabbed|seized|bundled|dragged|forced)\b[^.\n]{0,60}\bby\s+(?:two|three|four|several|unknown|armed|masked|unidentified|hooded)\s+(?:\w+\s+)?(?:men|males|persons|people|individuals|gunmen|strangers)\b/,
];

/**
 * A blade told by its size and whoever is near "gets it": "a photo of a 30 cm chopper", "whoever stands near the escalator
 * gets it first". Not a helicopter: the size is in the phrase.
 */
export const BLADE_AND_TARGET_FAMILY: readonly Term[] = [
  /\d{1,3}\s*(?:cm|centimet(?:er|re)s?|inch(?:es)?|in\b|["”])\s*(?:long\s+)?(?:chopper|cleaver|machete|sword|dagger|parang|panga|bolo|katana)\b/,
  /\b(?:whoever|anyone\s+who|anybody\s+who|the\s+first\s+(?:one|person|guy|man|woman|kid)(?:\s+(?:who|that))?)\b[^.\n]{0,60}\bgets\s+it\b(?!\s+(?:wrong|right|done|back|fixed|sorted|free|for|in|out|on|off|to|from|through|signed|delivered)\b)/,
];

/** At the edge of a drop the older lists lacked: a quarry, a dam, a platform, the tracks, an overpass, a tower. */
export const AT_AN_EDGE_FAMILY: readonly Term[] = [
  // Not the quarry's pool or café: "sat on the edge of the quarry pool to eat lunch"
  /(?:standing|stood|sitting|sat|perched|is|was)\s+(?:at|on)\s+the\s+(?:edge|rim|lip)\s+of\s+(?:the\s+|a\s+)?(?:quarry|dam|platform|cliff|cliffs|overpass|tower|multi[\s-]?storey|car\s+park\s+roof|gorge|ravine|viaduct|pier|harbou?r\s+wall)\b(?!\s+(?:pool|lake|pond|caf[eé]|path|car\s+park|visitor\w*|trail|walk|museum|shop|bench|garden)\b)/,
  '(standing|stood|sitting|sat|lying|lay|walking) (on|across|along) the (train |railway |rail |tram )?(tracks|line|rails)\\b',
];

export const HARM_FATE_TERMS: readonly Term[] = [
  ...BODY_DISPOSED_FAMILY,
  ...VEHICLE_BOMB_FAMILY,
  ...ENGINE_RUNNING_FAMILY,
  ...PERSON_SOLD_FAMILY,
  ...MADE_TO_SELL_SEX_FAMILY,
  ...MEANS_READIED_FAMILY,
  ...FOR_GOOD_FAMILY,
  ...DEATH_AS_JOURNEY_FAMILY,
  ...WISH_NOT_TO_EXIST_FAMILY,
  ...VESSEL_DISTRESS_FAMILY,
  ...TAKEN_BY_STRANGERS_FAMILY,
  ...BLADE_AND_TARGET_FAMILY,
  ...AT_AN_EDGE_FAMILY,
  ...AFTERMATH_BOUND_FAMILY,
];

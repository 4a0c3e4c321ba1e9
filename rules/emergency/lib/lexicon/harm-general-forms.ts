import type { Term } from '../phrases';

/**
 * Harm in general forms (issue 13, round 6): each pattern is a structure — who is spoken to, what is done to them,
 * where they are — rather than one author's phrase, and each is narrowed by an everyday sentence of the same shape.
 */

/** Leaving this world as a statement about oneself: "I don't stay on this world anymore", "won't be in this world". */
export const WORLD_LEAVING_FAMILY: readonly Term[] = [
  /(?:not|\w*n['’]?t|no\s+longer|never)\s+(?:\w+\s+){0,2}(?:stay|be|remain|live|exist|want\s+to\s+be)\s+(?:on|in)\s+this\s+(?:world|earth|planet)\b/,
  /(?:leave|leaving|quit|quitting|depart|departing)\s+this\s+(?:world|earth|life)\b/,
  // Said of another person: "he will remove her from this world"
  /(?:remove|removing|take|taking|send|sending|erase|erasing|wipe|wiping)\s+(?:you|u|her|him|them)\s+(?:out\s+of|from|off)\s+(?:this|the)\s+(?:world|earth|face\s+of\s+the\s+earth)\b/,
  // The sun or the day not seen again, in any word order: "she no more will see the sun"
  /(?:no\s+more|never|no\s+longer|not|won['’]?t)\s+(?:\w+\s+)?(?:will\s+)?see\s+the\s+(?:sun|light\s+of\s+day|daylight|sunrise|next\s+day)\b/,
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
  // A dot inside an account name ('lotte.xo.2010') does not end the span
  /(?:blackmail\w*|extort\w*)\b(?:[^.\n]|\.(?=\w)){0,70}\b(?:naked|nude|intimate|explicit|sexual|sex)\s+(?:videos?|photos?|pictures?|images?|pics?|clips?)/,
  /(?:naked|nude|intimate|explicit|sexual)\s+(?:videos?|photos?|pictures?|images?|pics?|clips?)\b(?:[^.\n]|\.(?=\w)){0,70}\b(?:blackmail\w*|extort\w*)/,
];

/** A firearm named by its calibre ("his .308", "a 9mm", "12-gauge") and an armed subject in police shorthand. */
export const ARMED_SHORTHAND_FAMILY: readonly Term[] = [
  /(?:his|her|their|a|an|the|my|with)\s+\.(?:22|223|243|270|30-06|300|308|38|357|380|40|44|45|50)\b/,
  /\b(?:9|10)\s?mm\b(?!\s+(?:film|lens|camera|screw|bolt|tile|thick))/,
  /\b(?:12|20)[\s-]?(?:gauge|ga)\b/,
  'known to (carry|be armed|have access to (a )?(firearm|gun|weapon)s?)\\b',
];

/** A suicide prepared: farewell letters, the means saved up by the dozen, "I end this tonight", "when I'm gone". */
export const SUICIDE_PREPARED_FAMILY: readonly Term[] = [
  'suicide (letters?|notes?|videos?|messages?)\\b',
  '(goodbye|farewell|last) (letters?|notes?|videos?) (to|for) (each of )?(his|her|their|my) (family|kids|children|parents|mum|mom|wife|husband|sons?|daughters?)\\b',
  // A quantity saved up, not a prescription collected: "saved up 60 of her mum's sleeping tablets"
  /(?:saved|saving|hoard\w*|collect\w*|stash\w*|gathered|gathering|kept|keeping)\s+(?:up\s+)?(?:\d+|a\s+lot|loads|dozens|a\s+stash|a\s+stockpile)\s+(?:of\s+)?(?:[\w'’]+\s+){0,3}(?:pills|tablets|meds|medication|painkillers|paracetamol)\b/,
  // (round 9) Someone else's medicine saved up, or all of it, by its kind: "saved up Dad's morphine for this", "stashing all
  // her nan's oxycodone". Not one's own kept for later ("saving my painkillers for the bad days") or collected
  /(?:saved|saving|hoard\w*|stash\w*|stockpil\w*)\s+(?:up\s+)?(?:all\s+(?:of\s+)?)?(?:(?:my|his|her|their|the)\s+)?(?:(?:\w+['’]s)\s+|(?<=all\s+(?:of\s+)?(?:my|his|her|their|the)\s+))(?:\w+\s+){0,2}?(?:pills|tablets|meds|medication|medicine|painkillers|paracetamol|morphine|oxycodone|oxycontin|oxy|codeine|tramadol|methadone|fentanyl|diazepam|valium|xanax|alprazolam|insulin|opioids|opiates|antidepressants|sleeping\s+(?:pills|tablets))\b/,
  // Ending "this" with nothing after it, not a contract or a tenancy
  /\bi(?:['’]ll|\s+will|\s+am\s+going\s+to|['’]m\s+going\s+to|['’]m\s+gonna|\s+gonna)?\s+end\s+(?:this|everything|it\s+all|my\s+(?:suffering|pain|life))\b(?=\s*[,.;!?"'’”)]|\s*$|\s+(?:tonight|today|now|for\s+good|forever|once\s+and|and|so)\b)/,
  // (round 11) Self-harm told in the person's own words, as a friend or a parent passes them on: ending it all in any
  // person ("thinks about ending it all"; not "finish it all by Friday"), the night one finishes it, the pills to take all at once or that are enough,
  // cutting again, the jump the searchers must come before ("find him before he jumps"). Not "finish it tonight" said
  // of a task without a night or a day named as the one, nor "cutting costs" or "cutting the grass"
  /(?:end|ends|ending|ended)\s+it\s+all\b(?!\s+(?:up|off|for\s+(?:the|a)\s+(?:team|project|season)))/,
  /(?:the\s+(?:night|day|evening)|tonight|today)\s+(?:that\s+|when\s+)?i\s+(?:will\s+|['’]ll\s+|am\s+going\s+to\s+|gonna\s+)?(?:end|finish)\s+it\b(?=\s*[,.;!?"'’”)]|\s*$)/,
  /(?:pills|tablets|meds|medication|medicine|antidepressants|painkillers|sleeping\s+pills)\b[^.;!?]{0,80}?\b(?:take|taking|swallow|swallowing|down|downing)\s+(?:them|it|those|these)\s+all\b/,
  /(?:pills|tablets|meds|medication|medicine|antidepressants|painkillers)(?:\s+of\s+(?:my|his|her|their)\s+\w+|\s+(?:my|his|her|their)\s+\w+\s+(?:takes|has|uses))?\s+(?:is|are|will\s+be|would\s+be|should\s+be)\s+enough\b(?!\s+for\s+(?:a|the|two|three|one|\d))/,
  /(?:been|started|start|starts|keeps?|kept|is|was|am|are|began)\s+cutting\s+(?:again|(?:him|her|my|them|your)sel(?:f|ves))\b(?!\s+(?:the|a|an|his|its|their|our|my|some|back|down|costs?|prices?)\b)/,
  // Done with life, as a post or a dispatch note quotes it: "IM DONE WITH LIFE", "she's done with living"
  /(?:i['’]?m|im|i\s+am|he['’]?s|hes|she['’]?s|shes|is|am)\s+(?:so\s+|just\s+|totally\s+)?done\s+with\s+(?:life|living|this\s+life|being\s+alive|this\s+world|breathing)\b(?!\s+(?:in|at|as|on|of|under|with|here|there|like)\b)/,
  /before\s+(?:he|she|they|the\s+(?:boy|girl|man|woman|teen|subject|child))\s+jumps?\b(?=\s*[,.;!?"'’”)]|\s*$)/,
  /when\s+(?:i['’]?m|im|i\s+am)\s+gone\b(?=\s*[,.;!?"'’”)]|\s*$|\s+(?:you|u|they|everyone|nobody|no\s+one|mum|mom|dad)\b)/,
  "(no ?one|nobody) (will|would|is going to|gonna) (even )?(notice|care) (when|if) (i'?m|im|i am|i)\\b",
  "(no ?one|nobody) (will|would|is going to|gonna) (even )?miss me\\b",
  'no (more |longer (a |any )?|other )?reasons? (left )?to (live|go on|stay alive|carry on|be here)\\b',
  // A child talked into leaving home: "convinced her to escape from home this night"
  '(convinced|convince|persuaded|persuade|encouraged|pressured|pressuring|groomed|told|asked) (her|him|the (girl|boy|child|minor|teen)) to (escape|run away|leave (home|the house)|sneak out|run off|come away)\\b',
  "tell (my |his |her |their )?(_ )(that )?i (love|loved|always loved) (her|him|them|you)\\b",
  // The farewell that absolves (round 9): a message left for a parent or a partner that it was not their fault, that
  // they did nothing wrong, not to blame themselves ("tell mom it wasnt her fault."). The one told is family, and the
  // message ends there: not "tell the insurer it was not her fault", not "…not her fault that the shop closed"
  /tell\s+(?:my\s+|his\s+|her\s+|their\s+|your\s+|ur\s+|\w+['’]s\s+)?(?:mom|mum|mam|ma|mama|mammy|mummy|mommy|mother|dad|daddy|father|papa|pa|parents|folks|nan|nana|gran|granny|grandma|grandpa|wife|husband|girlfriend|boyfriend|partner|sister|brother|sis|bro|kids|son|daughter|family|everyone)\s+(?:that\s+)?(?:(?:it|this|none\s+of\s+(?:this|it))\s+(?:was|is|['’]s|wasn['’]?t|isn['’]?t|wasnt|isnt)\s+(?:not\s+)?(?:ever\s+)?(?:her|his|their|your|ur|anyone['’]?s|anybody['’]?s|nobody['’]?s|no\s?one['’]?s)\s+fault|(?:she|he|they|you)\s+did\s+nothing\s+wrong|not\s+to\s+blame\s+(?:her|him|them|your)sel(?:f|ves))(?=\s*[.,;:!?"'’”)]|\s*$|\s+(?:x+|love|ok|okay|please|and\s+(?:i|that))\b)/,
  // A farewell to the family on a live stream or in a post, and a hose run from the exhaust, in either order
  '(saying|said|says|say|waving) goodbye to (his|her|their|my) (kids|children|family|wife|husband|mum|mom|dad|parents|sons?|daughters?)\\b',
  /\b(?:hose|hosepipe|pipe|tube)\b[^.\n]{0,30}\bexhaust\b|\bexhaust\b[^.\n]{0,30}\b(?:hose|hosepipe|tube)\b/,
];

/** An attack on a gathering of people or a place of worship, in the verbs suspects use; as many people as they can. */
export const ATTACK_ON_PLACE_FAMILY: readonly Term[] = [
  /(?:light|lighting|shoot|shooting|spray|spraying|blow|blowing)\s+up\s+(?:the\s+|a\s+|that\s+|this\s+|our\s+|their\s+)?(?:\w+\s+)?(?:mosque|church|synagogue|temple|gurdwara|school|classroom|cafeteria|canteen|prayers|service|congregation|crowd|parade|rally|march|students|class)\b(?!\s+(?:hall|roof|tower|windows|steeple|for\s+(?:christmas|diwali|eid|the\s+holidays)|with\s+(?:lights|candles|colou?r)))/,
  /as\s+many\s+(?:of\s+(?:them|you|those)\s+|(?:people|kids|students|teachers|cops|officers|pigs|classmates|worshippers|shoppers|folks|men|women|children|infidels|immigrants)\s+)as\s+(?:i|he|she|they|we)\s+can\b/,
  // A target drawn on a person's photo
  '(crosshairs?|cross~hairs?|bullseye|target|red (x|cross)) (drawn|painted|marked|placed|put|photoshopped) (on|over) (her|his|their|the|a) (photo|picture|face|head|children|kids|house|family)',
  /(?:photo|picture|image)s?\s+of\s+(?:her|his|their|the)\s+(?:\w+\s+)?(?:children|kids|family|house|daughter|son|wife|husband)\b[^.\n]{0,40}\bwith\s+(?:a\s+|the\s+)?(?:crosshairs?|cross-?hairs?|bullseye|target)\b/,
];

/** Held under water, choked until passing out: non-fatal strangulation and drowning told by their facts. */
export const BREATH_STOPPED_FAMILY: readonly Term[] = [
  '(held|holding|holds|pushed|pushing|forced|forcing|kept|keeping) (her|him|them|the (child|baby|boy|girl)|his (wife|son|daughter)|her (son|daughter)) (head )?(down )?under (the )?water\\b',
  'until (she|he|they|i) (passed|blacked|almost passed|nearly passed) out\\b',
];

const CHILD_WORD = "(?:girl|boy|child|kid|daughter|son|minor|pupil|student|teen\\w*|\\d{1,2}[\\s-]*(?:yo|y\\/o|yrs?|years?[\\s-]*old)|aged?\\s+\\d{1,2})";
const SECRET_ASKED = "(?:(?:meet|meeting|come|visit|see)\\s+(?:him|me|them)\\s+(?:all\\s+)?alone|(?:not\\s+to|don['’]?t|do\\s+not|never)\\s+tell\\s+(?:anyone|anybody|no\\s?one|(?:her|his|your|ur)\\s+(?:mum|mom|parents|dad|mother|father|family|teacher))|(?:our|a)\\s+(?:little\\s+)?secret|keep\\s+(?:their|the|our|his|her|these|those|it|this|everything)\\s+(?:\\w+\\s+)?secret)";

// (round 7) not a surprise kept from the parents: "not to tell her parents about the surprise party"
const NOT_A_SURPRISE = "(?!\\s+(?:about|of)\\s+(?:the|a|her|his|their|our)\\s+(?:surprise|party|present|presents|gift|gifts|birthday|test|exam|results?|grades?|marks))";
/** A child asked to meet alone or keep a secret: grooming told by its facts, the child and the ask in one sentence. */
export const SECRET_MEETING_FAMILY: readonly Term[] = [
  new RegExp(`\\b${CHILD_WORD}\\b[^.\\n]{0,80}?\\b${SECRET_ASKED}\\b${NOT_A_SURPRISE}`),
  new RegExp(`${SECRET_ASKED}\\b[^.\\n]{0,80}?\\b${CHILD_WORD}\\b`),
];

/** Harm told by the act itself, from a probe of common incident wording (round 6). */
export const ACT_TOLD_FAMILY: readonly Term[] = [
  'gun~?shots?\\b',
  // Fire put to a house, as writers of Romance languages put it (mettre le feu, poner fuego)
  '(put|puts|putting|give|gives|giving|make|makes|made|set|sets) (the )?fire (to|on|in|at) (the|his|her|their|a|your|ur|my) (_ )?(house|home|flat|apartment|car|shop|door|room)\\b',
  // "nobody will hear her" at the end of the clause or screaming, not "nobody will hear her sing"
  /(?:no\s?one|nobody)\s+(?:will|would|can|could|gonna|is\s+going\s+to)\s+(?:ever\s+)?hear\s+(?:you|u|her|him|them)(?=\s*[,.;!?"'’”)]|\s*$|\s+(?:scream|cry|shout|again|beg)\w*)/,
  '(firing|fired|shooting) (at|on|towards) (police|officers|the (police|officers|house|car|crowd|people))',
  '(tied|tie|ties|tying|taped|strapped) (her|him|them|the (child|victim|girl|boy)) (up |down )?(to|onto) (a|the) (chair|bed|post|radiator|tree|pipe)',
  '(spiked|spiking|spikes) (her|his|their|my|the (victim|girl)\'?s?) (drink|drinks|food)\\b',
  /(?:rammed|ramming|rams|ran|running|drove|driving|forced|forcing|pushed|pushing)\s+(?:her|his|their|the)\s+(?:\w+['’]s\s+)?(?:car|vehicle|bike|scooter|motorbike)\s+off\s+the\s+road/,
  "set (his|her|their|a|the) (dogs?|pit ?bulls?) on (her|him|them|the (child|girl|boy|victim|kids))",
  'expos(ed|ing|es) (himself|herself) to (the |a |two |three |some )?(children|kids|girls?|boys?|pupils|minors?|child)',
  // Held over a drop: "holding the baby over the balcony"
  '(holding|dangling|hanging|held|dangled) (the|a|his|her|their) (baby|child|toddler|infant|son|daughter|boy|girl) (over|out of|from) (the|a) (balcony|window|bridge|railing|edge|ledge|roof)',
  // Sold or married off: "will sell her daughter to a man", "sold the girl"
  // The person sold, not sold something ("sold the girl a phone")
  /(?:sell|sells|selling|sold)\s+(?:her|his|their|the)\s+(?:daughter|son|child|children|wife|girl|boy|sister|niece)\b(?!\s+(?:a|an|the|some|his|her|their)\b)/,
  // A ransom demanded for a person
  '(demand|demands|demanded|demanding|asked for|asking for|want|wants|wanted) (a |the )?ransom\\b',
  'ransom (call|calls|demand|demands|note|payment)\\b',
  // Poisoned by what a child swallowed, or a car running in a shut garage
  '(swallowed|ingested|drank|drunk|ate) (a |the |some )?(button battery|button batteries|magnets?|bleach|detergent|laundry (pod|capsule)s?|antifreeze|weed~?killer|pesticide|rat poison|caustic soda|drain cleaner)',
  '(engine|car|generator) (is |was )?(still )?running in (a |the |his |her |their )?(closed|shut|locked|sealed)? ?garage',
  "(cannot|can'?t|could not|couldn'?t|unable to) (wake (up|him|her|them)|be woken|stay awake|keep (her|his|their) eyes open)",
  // The people at a place told they will not come home
  /(?:nobody|no\s?one|none\s+of\s+(?:you|them|us))(?:\s+(?:in|at|from|inside)\s+(?:that|the|this)\s+\w+)?\s*(?:will|is\s+going\s+to|gonna|['’]ll|shall)\s+(?:go|get|make\s+it|come|return)\s+(?:back\s+)?home\b/,
  // A child with an adult in a hotel room
  /\b(?:girl|boy|child|minor|daughter|son|\d{1,2}[\s-]*(?:year|yr)s?[\s-]*old)\b[^.\n]{0,40}\bwith\s+(?:a|an|the|this|that)\s+(?:\w+\s+)?(?:man|men|adult|stranger|male)\b[^.\n]{0,20}\bin\s+(?:a|the|his)\s+(?:hotel|motel)(?:\s+room)?\b/,
  // A child pulled or lured towards a vehicle
  '(tried|trying|tries|attempted) to (pull|drag|grab|snatch|lure|entice|get|force) (a |the |one of the )?(_ )?(girl|boy|child|kid|pupil|student|teen)s? (into|in) (his|a|the|their) (_ )?(van|car|vehicle|truck)\\b',
];

export const HARM_GENERAL_FORM_TERMS: readonly Term[] = [
  ...ACT_TOLD_FAMILY,
  ...SUICIDE_PREPARED_FAMILY,
  ...ATTACK_ON_PLACE_FAMILY,
  ...BREATH_STOPPED_FAMILY,
  ...SECRET_MEETING_FAMILY,
  ...ARMED_SHORTHAND_FAMILY,
  ...WORLD_LEAVING_FAMILY,
  ...DISAPPEARED_FAMILY,
  ...AT_A_DROP_FAMILY,
  ...SHUT_IN_BY_FAMILY,
  ...FACE_SCALDED_FAMILY,
  ...GRAVE_PROMISED_FAMILY,
  ...SEXTORTION_FACTS_FAMILY,
];

/**
 * "I will kill you" and "you will die" in the languages officers quote most after those of the registers (round 6, by
 * lexicography): Polish, Dutch, Turkish, Russian, Swedish, Romanian, the South Slavic languages, Malay and Indonesian,
 * Swahili, Arabic in Latin letters, Tagalog, and the "you will die" forms of Spanish, Portuguese, French and German.
 * Matched on letters of any script, so a word that starts with ö or у has its boundary.
 */
export const QUOTED_KILL_WORDS: readonly Term[] = [
  'zabij(ę|e) (ci(ę|e)|j(ą|a)|go)',
  'zabi(ć|c) (ci(ę|e)|j(ą|a)|go)',
  'maak (je|jou|haar|hem) dood',
  '(ik )?vermoord (je|jou|haar|hem)',
  'öldürece(ğ|g)im',
  'öldürürüm',
  'убью',
  'зарежу',
  'убить (тебя|её|его)',
  'döda (dig|henne|honom)',
  'te omor',
  '(ubi(ć|c)u|ubit (ć|c)u|ubijem) te',
  '(aku |saya |gue )?bunuh (kau|kamu|lu|dia|awak)',
  /[a-z]*kuua/,
  '(ha|sa|ra)?(2|a|a2)?qtol(ak|ek|ik)',
  'patayin (kita|ka)',
  '(te )?vas a morir',
  'vai morrer',
  'tu vas (mourir|crever)',
  'du wirst sterben',
  'sei morto',
  'ti faccio fuori',
];


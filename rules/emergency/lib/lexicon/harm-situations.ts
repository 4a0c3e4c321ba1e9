import type { Term } from '../phrases';

/**
 * Harm told by the situation rather than by a word of violence (issue 13, round 4): a siege or a stand-off, death
 * and injury promised as where the person will end up, street words for a beating, an adult who grooms a child,
 * the farewells people leave before taking their life. Read only where the other harm patterns find nothing.
 */
export const SIEGE_FAMILY: readonly Term[] = [
  'sieges?\\b',
  '(armed |police )?stand~?off (with|at|in|between)',
  '(crisis |hostage |police )?negotiators?\\b',
  '(is |are |was |were )?(holding|held) (his|her|their) (_ )?(partner|wife|husband|girlfriend|boyfriend|ex|children|kids|child|son|daughter|family|mother|father|baby|parents)\\b',
];

/** Where the person is promised to end up, said in any person: in hospital, in the cemetery, carried out feet first. */
export const DESTINATION_FAMILY: readonly Term[] = [
  '(end|ends|ended|ending|wind|winds|land|lands|finish|finishes)( up)? (in|at) (the |a )?(hospital|cemetery|graveyard|morgue|grave|coffin|wheelchair|ICU|intensive care|body~bag|mortuary)\\b',
  'feet first\\b',
  '(pick|picks|picking|pickin|choose|choosing|chose) (out )?(a |the |your |her |his )?(coffin|casket|headstone|plot)\\b',
  '(pick|picks|picking|pickin|choose|choosing|chose) (out )?(a |the )?hymns? (for )?(ye|you|u|ya|her|him|them|your|yer)\\b',
  /(?:take|takes|took|taking)\s+(?:us|you|u|them|em|yous)\s+(?:both|all)\s+out\b(?!\s+(?:for|to|of|on|at|with)\b)/,
  '(put|puts|putting|throw|throws|threw|toss|dump|dumped)(ing)? (him|her|them|you|u|me|ya) (in|into) (the|a) (river|sea|lake|canal|water|ditch|quarry|harbou?r|bay|ocean|sea)\\b',
];

/** A beating in street words, and an attack named by whom it is on. */
export const BEATING_FAMILY: readonly Term[] = [
  'jump(s|ed|ing)? (him|her|them|you|u|me|ya)\\b',
  '(an |the |prevent (an |the )?|stop (an |the )?)attack (on|against) (him|her|them|Mr|Ms|Mrs|Miss|the (victim|complainant|child|family|girl|boy|woman|man)|(his|her|their) (wife|partner|ex|family|children|child|son|daughter|mother|father))\\b',
  '(curb|kerb)~?stomp*',
  '(stomp|stamp)(ed|ing)? (on )?(his|her|their) (head|face)',
];

/** An adult who grooms a child: secrecy asked of the child, an adult posing as a child, a child told to sneak out. */
export const GROOMING_FAMILY: readonly Term[] = [
  "(don'?t|dont|do not|never) tell (ur|your|yr|ya) (mum|mom|mam|mummy|mommy|parents|dad|mother|father|family|teacher)\\b",
  /(?:claims?|claimed|claiming|pretend(?:s|ed|ing)?|pos(?:es|ed|ing))\s+(?:to\s+be|as)\s+(?:a\s+)?(?:1[0-7]\b|(?:a\s+)?(?:teen\w*|kid|child|minor|girl|boy|student)\b)/,
  "(an )?adult (man|male|woman)'?s? voice",
  'sneak(s|ed|ing)? out (at|to meet|and meet|tonight|of the house|of (his|her) (house|home|room))\\b',
  // (round 9) Shelter, money or gifts for "being nice" to the giver and his friends: sex asked as the price ("a room 'if I'm
  // nice to him and his friends'", "a bed as long as she is good to his mates", "if she does him favours"). The one to be
  // nice to is the giver, not the neighbours or the team
  /(?:if|as\s+long\s+as|provided|so\s+long\s+as|in\s+return\s+for)\s+(?:i|she|he|you|u|we|they)(?:['’]?m|['’]?re|['’]?s|\s+(?:am|is|are|was|were|be|is\s+being|am\s+being|gets?|stays?|acts?)){0,2}\s+(?:nice|good|sweet|friendly|kind|nice\s+and\s+quiet)\s+to\s+(?:him|them|me|us|his\s+(?:friends|mates|buddies|pals|boys|men|guests|clients|cousins|brothers)|the\s+(?:men|guys|clients|customers|guests))\b|(?:if|as\s+long\s+as|provided)\s+(?:i|she|he|you|u)\s+(?:do|does|did|give|gives)\s+(?:him|them)\s+(?:a\s+few\s+|some\s+|little\s+)?(?:favou?rs|something\s+in\s+return)\b/,
  /(?:got|get|gets|getting|climbed|climbing)\s+into\s+(?:a|an|the|his|some)\s+(?:[\w-]+\s+){0,3}(?:car|van|vehicle|truck|suv|hatch|hatchback|ute|sedan)\s+(?:driven\s+by|with)\s+(?:an?\s+)?(?:adult|older|unknown|strange|\d{2}[\s-]*(?:y\/?o|yrs?|years?[\s-]*old))/,
];

/** The farewells people leave before taking their life: a pet handed over, a last apology, "look after each other". */
export const LAST_WORDS_FAMILY: readonly Term[] = [
  '(look after|take care of) (each other|one another|yourselves|mum|mom|dad|the (kids|children|dog|cat))\\b',
  "(she'?s|he'?s|it'?s|they'?re|this is) (all )?yours now",
  'sorry for (everything|all of it|all the pain)',
  '(left|leaves|leaving|gave|gives|giving|given) (his|her|their) (dog|cat|pets?|kids|children) (with|to) (a |the |his |her |their )?(neighbou?r|friend|sister|brother|mother|mum|mom|father|dad|cousin)',
];

/**
 * Killing and maiming in slang and idiom, by lexicography rather than from misses: what the victim will be put in or
 * found as, street verbs said to a person, a contract on someone, a body that will never be found.
 */
export const KILLING_IDIOM_FAMILY: readonly Term[] = [
  '(in|into|wearing|wear) (a )?(pine|wooden) (box|overcoat|suit)',
  '(body|bodied) (you|u|him|her|them)\\b',
  /(?:splash|splashed|poke|poked|wet|wetted|juke|juked|open|chop|slice|carve|cut)\s+(?:you|u|him|her|them|ya)\s+(?:up|open)\b/,
  /(?:splash|splashed|spray|sprayed|waste|wasted)\s+(?:you|u|him|her|them|ya)\b(?!\s+(?:with|in|time|money|effort|day))/,
  '(pop|popped|popping|put|putting) (a cap|caps|one|shots?|a bullet|bullets|one) (in|into|at|through) (you|u|him|her|them|ya|your|his|her|their)\\b',
  '(spray|sprayed|spraying|shoot up|shot up) (the|his|her|their|your|ur) (house|car|block|crib|door|place|home|flat)',
  '(snuff|snuffed|rub|rubbed|bump|bumped)(ing)? (you|u|him|her|them) (out|off)\\b',
  'on borrowed time',
  'dig (a |the )?(hole|ditch) for (you|u|her|him|them)',
  '(kick|kicked|smash|smashed|cave|caved|bash|bashed|stamp|stamped|stomp|stomped)(ing)? (his|her|their|your|ur) (head|face|skull|teeth) in',
  '(stomp|stomped|stomping|stamp|stamped|stamping) (on )?(her|him|you|u|them)\\b',
  'set (you|u|him|her|them) (on fire|alight|ablaze)',
  "(never|not|won'?t) (walk|talk|breathe)s? again",
  "(not|never|won'?t|wont) live to see",
  'finish what (he|she|i|they|we) (started|began)',
  'found (in a ditch|floating|in (the|a) (river|canal|lake|woods|bush|ditch|dumpster|skip))',
  "(her|his|your|their|ur) bod(y|ies) (will )?(never|won'?t|will not) be found",
  'grow up without (a|their|your|her|his) (mother|father|mum|mom|dad|parents?)',
  '(be |be all |will be |start )wearing black',
  'contract (out )?on (him|her|you|them|his|her|their)\\b',
  'price on (your|his|her|their|ur) head',
  '(put|placed|ordered|out) a hit on',
  'hit (has been |was |is )?(ordered|put out|placed) on',
  'hit~?m(a|e)n\\b',
  '(be|get|got|getting|gets) (whacked|stretched|wetted|clapped|smoked|popped|bodied|capped|iced|shanked|sliced|merked)\\b',
  '(be|be left|leave (you|u|her|him|them)) in a wheelchair',
  '(shake|shaking|shook|shaken) (the|her|his|my|their) (baby|infant|newborn)',
];

/** A body in danger by neglect or exploitation, told by its facts. */
export const NEGLECT_FAMILY: readonly Term[] = [
  /(?:not|n['’]?t|never)\s+(?:been\s+)?(?:fed|eaten|had\s+(?:any\s+)?(?:food|water)|drunk\s+anything)\s+(?:for|in)\s+(?:days|weeks|a\s+week|(?:\d+|two|three|four|five|six|seven|several|many)\s+days)/,
  '(left|locked|alone|trapped|inside|in) (in |inside )?(a|the) hot (car|vehicle)',
  '(standing|lying|sitting|walking|on|onto) (on )?the (train |railway |rail )?tracks',
  '(held|kept|working|forced|trafficked) (_ )?(in|at|to|into) (a|the) brothel',
  'county lines',
];

export const HARM_SITUATION_TERMS: readonly Term[] = [
  ...KILLING_IDIOM_FAMILY,
  ...NEGLECT_FAMILY,
  ...SIEGE_FAMILY,
  ...DESTINATION_FAMILY,
  ...BEATING_FAMILY,
  ...GROOMING_FAMILY,
  ...LAST_WORDS_FAMILY,
];

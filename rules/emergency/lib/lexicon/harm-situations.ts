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
  /(?:got|get|gets|getting|climbed|climbing)\s+into\s+(?:a|an|the|his|some)\s+(?:[\w-]+\s+){0,3}(?:car|van|vehicle|truck|suv|hatch|hatchback|ute|sedan)\s+(?:driven\s+by|with)\s+(?:an?\s+)?(?:adult|older|unknown|strange|\d{2}[\s-]*(?:y\/?o|yrs?|years?[\s-]*old))/,
];

/** The farewells people leave before taking their life: a pet handed over, a last apology, "look after each other". */
export const LAST_WORDS_FAMILY: readonly Term[] = [
  '(look after|take care of) (each other|one another|yourselves|mum|mom|dad|the (kids|children|dog|cat))\\b',
  "(she'?s|he'?s|it'?s|they'?re|this is) (all )?yours now",
  'sorry for (everything|all of it|all the pain)',
  '(left|leaves|leaving|gave|gives|giving|given) (his|her|their) (dog|cat|pets?|kids|children) (with|to) (a |the |his |her |their )?(neighbou?r|friend|sister|brother|mother|mum|mom|father|dad|cousin)',
];

export const HARM_SITUATION_TERMS: readonly Term[] = [
  ...SIEGE_FAMILY,
  ...DESTINATION_FAMILY,
  ...BEATING_FAMILY,
  ...GROOMING_FAMILY,
  ...LAST_WORDS_FAMILY,
];

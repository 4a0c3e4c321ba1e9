import type { Term } from '../phrases';

/**
 * Harm by concept rather than by phrase: families of everyday words for violence, weapons, danger to life,
 * self-harm, abduction, sexual abuse and medical danger, in any inflection, so that a writer who names the danger in
 * words no earlier narrative used is still understood. Negated, resolved and figurative uses are filtered by the
 * same clause rules as the other harm words; words that are as often harmless ("hit", "fire", "hurt" said of
 * feelings) appear only with a person or an intent.
 */
export const VIOLENCE_FAMILY: readonly Term[] = [
  'assault(s|ed|ing)?',
  'batter(ed|ing|s)?\\b',
  'punch(ed|es|ing)?',
  '(kick|hit|slap|punch|strike|struck|beat|batter)(s|ed|ing|ting)? (_ )?(him|her|them|me|you|u|the (child|baby|kid|victim|girl|boy))\\b',
  'injur(e|ed|es|ing|y|ies|ious)',
  'wound(ed|s|ing)?',
  'maim*',
  'crippl(e|ed|ing)',
  'disfigur*',
  'mutilat*',
  'throttl*',
  'asphyxia*',
  'slash(ed|es|ing)?',
  'slaughter*',
  'butcher(ed|ing)? (him|her|them|you)',
  'execut(e|ed|ing) (him|her|them|you|u|me)',
  'assassinat*',
  'behead*',
  'decapitat*',
  'violen(t|ce)',
  'bloodshed',
  'brutal(ly|ity)?',
  'GBH\\b',
  'ABH\\b',
  'lethal',
  'deadly',
  'fatal(ly)?\\b',
  'carnage',
  'rampage',
  "(will|gonna|going to|'ll|threaten* to|want* to|tr(y|ies|ied|ying) to|means? to|plan* to) (_ )?(hurt|harm|injure|hit|beat|attack|torture)\\b",
  '(hurt|harm)(s|ed|ing)? (you|u|her|him|them|me|us|the (kids?|child|children|baby|victim|family|girl|boy))\\b',
];

export const WEAPON_FAMILY: readonly Term[] = [
  'grenades?',
  'ammo\\b',
  'ammunition',
  'rounds? of (ammo|ammunition)',
  'loaded (gun|weapon|pistol|rifle|shotgun)',
  'swords?',
  'hatchets?',
  'crowbars?',
  'cleavers?',
  'daggers?',
  'switchblades?',
  'knife~?point',
  'tire iron',
  'molotov*',
  'fire~?bomb*',
  'incendiar*',
  'explod(e|ed|es|ing)',
  'explosion',
  'gunfire',
  'gun~?(man|men)',
  'snipers?',
  'open(ed)? fire',
  'torch(ed|ing)? (the|his|her|their|your|my) (house|car|flat|home|place|apartment)',
];

export const DANGER_FAMILY: readonly Term[] = [
  'endanger*',
  'peril',
  'dangerous (man|male|person|individual|suspect|offender)',
  'risk (of|to) (his|her|their|the child\'?s|the victim\'?s) (safety|wellbeing|welfare|life|lives)',
  '(serious|grave|real|genuine|significant|immediate) (concerns?|fears?) for (his|her|their|the (child|victim|girl|boy)\'?s?) (safety|life|lives|welfare|wellbeing)',
  'fear(s|ed|ing)? for (his|her|their|my) (life|lives|safety)',
  'fear(s|ed)? (he|she|they) (will|may|might|could|would) (harm|hurt|kill|die|attack)',
  'death threat*',
  'threat(s|en*)? (to|against|on) (his|her|their|my|your) (life|lives|safety)',
  'critical condition',
  'cardiac arrest',
  'heart attack',
  'seizures?',
  'anaphyla*',
  'dehydrat*',
  'starv(e|ed|es|ing|ation)',
  'malnourish*',
  'medical emergency',
  'life support',
];

export const SELF_HARM_FAMILY: readonly Term[] = [
  'self~injur*',
  "(don'?t|do not|doesn'?t|does not|no longer) (want|wants|wish|wishes) to (live|be alive|be here|exist|wake up)",
  "(not|no) (want|wanting|wish|wishing) to (live|be alive|exist)",
  'better off dead',
  // Others better off for the speaker's absence (round 9), the absence said in any verb: "everybody would be better off if
  // I just got erased", "my family is better off if I'm gone", "they'd be better off if she wasn't around". Not a
  // condition that is no absence ("better off if I took the bus")
  /better\s+off\s+(?:if|when|once)\s+(?:i|he|she)(?:(?:['’]?m|['’]?d|\s+(?:just|was|were|am|is|had|got|could|would|did|simply)){0,3}\s+(?:gone|dead|erased|deleted|disappeared|vanished|died|die|disappear|vanish|left\s+(?:this|the)\s+(?:world|earth))|(?:['’]?m|['’]?d|\s+(?:just|was|were|am|is|had|could|would|did|simply)){0,2}\s*(?:\s+not|\s+never|\s+no\s+longer|n['’]?t|\s+wasn['’]?t|\s+weren['’]?t|\s+didn['’]?t)\s+(?:be\s+|been\s+)?(?:here|around|alive|born|exist\w*))\b/,
  // A wish not to be, in the first or third person (round 8): "i wish i could just not exist any more", "wishes she was never born" ("dead" is read already)
  "(wish|wishes|wished|wishing) (that )?(i|he|she|they) (could |would )?(just )?(not exist|didn'?t exist|did not exist|was never born|were never born|had never been born|could die|would die|could disappear (for ever|forever))\\b",
  '(take|took|taken|taking) (his|her|their|my) (own )?li(fe|ves)',
  'razor blades?',
  '(bottle|box|packet|handful|stash) of (pills|tablets|meds)',
  '(jump|jumped|jumping) (in front of|under) (a |the )?(train|bus|truck|lorry|traffic)',
  // A jump announced in the first person with its time and nothing after it (round 8): "Tonight I jump. Thank you.",
  // "i will jump now". Not "tonight I jump to the next level" or "tomorrow I jump into the new job"
  /(?:tonight|today|now|tomorrow|this\s+(?:evening|morning|afternoon|night))\s*,?\s+(?:i|i['’]ll|i\s+will|i\s+am\s+going\s+to|i['’]m\s+going\s+to|i['’]m\s+gonna|i\s+am\s+gonna)\s+jump(?=\s*[.!,"”'’)]|\s*$)/,
  /\bi(?:['’]ll|\s+will|\s+am\s+going\s+to|['’]m\s+going\s+to|['’]m\s+gonna)?\s+jump\s+(?:tonight|today|now|tomorrow)(?=\s*[.!,"”'’)]|\s*$)/,
];

export const ABDUCTION_FAMILY: readonly Term[] = [
  'snatch(ed|ing)?',
  'lur(ed|ing) (_ )?(him|her|them|the (child|girl|boy)|away|into)',
  'captiv(e|es|ity)',
  'held (captive|prisoner|at gunpoint|at knifepoint|against)',
    '(forced|dragged|bundled|pulled|pushed) (_ )?into (a|the|his|her|their) (car|van|vehicle|truck|boot|trunk)',
  'confined (in|to) (a|the)',
  'locked (up )?in (a|the) (room|basement|cellar|shed|garage|house)',
];

export const SEXUAL_HARM_FAMILY: readonly Term[] = [
  'molest*',
  'groom(ed|ing|er|ers)\\b',
  'p(a)?edophil*',
  'predators?',
  'child (porn*|abuse material|exploitation material)',
  'CSEM\\b',
  'CSE\\b',
  'indecent (images|photos|pictures|assault|exposure)',
  '(sexual|explicit|intimate) (images|photos|pictures|videos|content) of (a |the )?(child|minor|girl|boy|kids?|children)',
  'prostitut*',
  'pimp(s|ed|ing)?\\b',
];

/** Harm named the way other languages' police write it in English ("menaced with death", "aggressed", "violate her"). */
export const LOAN_WORD_FAMILY: readonly Term[] = [
  'menac(e|ed|es|ing) (_ )?(her|him|them|me|you|with|of|the)\\b',
  'aggress(ed|ion|ions|ive)\\b',
  'agress(ed|ion|ions)\\b',
  'violat(e|ed|es|ing) (her|him|the (girl|child|minor|boy|victim))\\b',
  '(eliminat|liquidat)(e|ed|es|ing) (you|u|her|him|them)\\b',
  'make (you|u|her|him|them) suffer',
  '(harm|damage|hurt) (to|at|for) (her|him|them|the (child|victim|girl|boy|family)|his (wife|children|son|daughter)|her (children|son|daughter))\\b',
  'threaten* (_ )?(her|him|them|me|you) with (death|a|the|his|her)\\b',
];

/** Threats, slang and facts that put a body in danger without a word of violence. */
export const IMPLIED_FAMILY: readonly Term[] = [
  '(serious|significant|grave|physical|imminent|real|further) harm',
  'risk of (serious |significant )?(harm|injury|violence)',
  '(sort|teach) (you|u|her|him|them) (out|a lesson)',
  "(coming|come|comin'?) for (you|u|her|him|them|your (family|kids))",
  'put (you|u|her|him|them) in (hospital|a wheelchair|intensive care|the hospital)',
  '(hospitali[sz]ed|intensive care|ICU\\b)',
  'shank*',
  'shiv\\b',
  'strapped\\b',
  'merk*',
  '(whack|ice|cap|do) (you|u|her|him|them) in\\b',
  '(whack|ice|cap) (you|u|her|him|them)\\b',
  // Not a minor bruise ("minor bruising", "a bruised cheek"): those are not serious bodily harm, and a phrase read
  // around the word would hide a stabbing beside it
  /(?<!\b(?:minor|slight|superficial|light|small)\s+)bruis(?:e|es|ed|ing)\b(?!\s+(?:cheek|arm|knee|shin|lip|hand|finger|leg|elbow|ego|shoulder|wrist))/,
  'neglect(ed|ing)? (child|children|baby|infant|toddler)',
  'child neglect',
  'shaken baby',
  '(railway|railroad|train) (line|lines|tracks?)',
  'in front of (a|the) (train|bus|lorry|truck)',
  'into the (sea|river|lake|canal|water)',
  'off (a|the) (bridge|cliff|roof|building|car park|parking garage)',
  'domestic (abuse|violence)',
  // The DASH risk checklist, not the dash of a car or a dash cam
  /(?<!\b(?:the|on|his|her|a|my|their|its)\s+)DASH\b(?![\s-]*(?:cam|board))/,
  'MARAC\\b',
  'mental health crisis',
  'in crisis\\b',
  'psychotic',
  'psychosis',
];

/**
 * Death and finality said to a person, the way suspects threaten without a verb of violence: the funeral, the
 * grave, the last day, "you're finished".
 */
export const FINALITY_FAMILY: readonly Term[] = [
  '(your|her|his|their|a) (own )?(funeral|coffin|casket|tombstone|headstone|obituary|wreath)\\b',
  // Not where the dead already lie or where someone works or walks: "her father is buried in the cemetery"
  /(?<!\b(?:buried|interred|laid\s+to\s+rest|works?|worked|working|visit\w*|walk\w*|drove|driving)\s+)(?:in|to)\s+(?:the|a)\s+(?:cemetery|graveyard|morgue)/,
  "(dig|digging|dug|pick|picking|book|order) (_ )?(your|her|his|their|a|the) (own )?(grave|plot|coffin|funeral)",
  '(your|her|his|their) (own )?grave',
  'rest in peace',
  'R.?I.?P\\b',
  'bur(y|ied|ying) (you|u|her|him|them|alive)\\b',
  "(you'?re|you are|ur|u r|she'?s|she is|he'?s|he is|they'?re|they are) (so )?(done for|history|toast)\\b",
  '(your|her|his|their) (last|final) (day|night|days|christmas|birthday|breath|chance|moments?|hours?)',
  '(count|counting) (your|her|his|their) (days|hours)',
  'one eye open',
  '(over|behind) (your|her|his) shoulder',
  "(the|your|her|his|their) end (is|has) (near|coming|come)",
  "(it'?s|it is|this is) the end (for|of) (you|u|her|him|them)",
  '(last|final) thing (you|u|she|he|they) (ever )?(do|see)',
  "(i'?m|im|i am|we'?re|we are) (coming|comin'?) (for|to get) (you|u|her|him|them)",
  'with (your|her|his|their) names? on (it|them)',
  "(won'?t|will not|never|can'?t) (be able to )?(walk|see|talk|breathe|have (kids|children)) again",
  'something (bad|terrible|awful|nasty|horrible) (will |is going to |gonna |might |could |would )?happen',
  '(have|has|meet|meets|met|having) (with )?an accident',
];

/** Ending one's own life, said the way people say it before they do. */
export const FAREWELL_FAMILY: readonly Term[] = [
  'do something (stupid|drastic|terrible|crazy|desperate)',
  'suicide (note|letter)',
  '(goodbye|farewell) (letter|note|message|post|video|text)',
  'farewell',
  'by the time (you|anyone|someone) (reads?|sees?|finds?) this',
  "(no ?one|nobody) (will|would|is going to|gonna) miss me",
  'tired of (living|life|being alive)',
  'want(s|ed)? (it )?(all )?to (end|stop|be over)\\b',
  'sleep and never wake',
  '(my|her|his) (last|final) (post|message|video|text|note)',
];

/** Grooming, exploitation and trafficking told by their facts. */
export const EXPLOITATION_FAMILY: readonly Term[] = [
  'nudes\\b',
  '(asked|asking|pressur*|demand*) (_ )?(her|him|them) (for|to send) (nudes|naked|nude|explicit|sexual|intimate)',
  '(meet|meeting) (up )?(with )?(an adult|a (much )?older (man|male|adult|guy))',
  'forced to (work|have|sell|perform|stay)',
  'not allowed to leave',
  'passports? (was |were |has been |have been )?(taken|confiscated|withheld|kept)',
  'debt bondage',
];

/**
 * A message quoted word for word and addressed to the person ("he wrote: 'you and the kids won't…'"): in an
 * emergency request, the suspect's own words to the victim are the threat, whatever idiom they use. Not a quote
 * about pictures, money, reviews or reputation, which is harassment or fraud, nor a phishing ultimatum about an account
 * or a parcel ("your account will be terminated in 24 hours unless you verify").
 */
export const QUOTED_THREAT =
  /(?:said|says|saying|wrote|writes|writing|told|tells|texted|messaged|posted|stated|warned|threatened|threatening|commented|replied|sent|shouted|yelled|screamed|typed|tweeted|captioned|DM'?d|reads|read|voice\s?(?:note|message|mail))[^."“]{0,30}["“'‘](?![^"”]{0,200}\b(?:post|share|leak|pics?|photos?|pictures|images|videos?|money|bitcoin|password|reviews?|sue|lawyer|thief|liar|ashamed|everyone|expose|account|verif|suspen|terminat|deactivat|subscri|invoice|refund|deliver|parcel|package|prize|winner|discount|fine|stor(?:y|ies)|reputation|business|scandal|file|data|encrypt)\w*)[^"”]{0,200}\b(?:you|u|ur|your)\b/;

/** A person whose health puts them in danger when missing or cut off: the condition is the danger. */
export const VULNERABILITY_FAMILY: readonly Term[] = [
  'vulnerable (_ )?(adult|person|child|man|woman|girl|boy|teen*|female|male|individual|missing|misper|elderly|pensioner|patient)',
  '(considered|deemed|assessed as|extremely|highly) vulnerable',
  'dementia',
  'alzheimer*',
  'autis(m|tic)',
  'diabet(es|ic)',
  'epilep(sy|tic)',
  '(his|her|their|without|no|needs?|prescribed) (_ )?(medication|meds)',
  'freezing',
];

export const HARM_FAMILY_TERMS: readonly Term[] = [
  ...VULNERABILITY_FAMILY,
  ...FAREWELL_FAMILY,
  ...EXPLOITATION_FAMILY,
  ...FINALITY_FAMILY,
  ...LOAN_WORD_FAMILY,
  ...IMPLIED_FAMILY,
  ...VIOLENCE_FAMILY,
  ...WEAPON_FAMILY,
  ...DANGER_FAMILY,
  ...SELF_HARM_FAMILY,
  ...ABDUCTION_FAMILY,
  ...SEXUAL_HARM_FAMILY,
];

import type { Term } from '../phrases';

/**
 * Harm as the world's English names it: the weapons, verbs and euphemisms of British, American, Australian, Irish,
 * Caribbean, African and South Asian English and of street and online slang, written out by category rather than
 * from single narratives. Words that are as often harmless ("chop", "bash", "light up") count only with a person
 * as their object.
 */
export const WORLD_WEAPON_FAMILY: readonly Term[] = [
  'cutlass(es)?',
  'pangas?\\b',
  'parangs?\\b',
  'k(h)?ukris?\\b',
  'sickles?\\b',
  'billhooks?',
  'lathis?\\b',
  'sjambok*',
  'knobkerri*',
  'katanas?',
  'bayonets?',
  '(knuckle~dusters?|brass knuckles)',
  '(zombie|flick|lock|stanley|rambo|hunting|kitchen|carving|butcher\'?s?) knife',
  'box~cutters?',
  'ice picks?',
  'stun guns?',
  'tasers?',
  'skengs?\\b',
  'nanks?\\b',
  'chopp?as?\\b',
  'dracos?\\b',
  'blick(y|ies|s)?\\b',
  'glizz(y|ies)\\b',
  'gats?\\b',
  'kattas?\\b',
  'tamanchas?',
  '(country|home)~made (pistol|gun|revolver|bomb|weapon)s?',
  '(sawn|sawed)~off',
  'assault (rifle|weapon)s?',
  'semi~automatic',
  'uzis?\\b',
  /\b(?:9|22|38|40|45|357|44)\s?(?:mm|cal|caliber|calibre|magnum)\b/,
  'ligatures?',
  'accelerant*',
  'kerosene',
  'paraffin',
  'lighter fluid',
  '(pour*|dous*|soak*|splash*) (_ )?(_ )?(petrol|gas|gasoline|diesel|fuel|kerosene)',
];

/** Violence done to a person, in the verbs of other registers: chop, juk, bash, glass, kneecap, light up. */
export const WORLD_VIOLENCE_FAMILY: readonly Term[] = [
  '(chop|juk|jook|duppy|shank|glass|bottle|kneecap|bash|lamp|deck|shoot|spray|blast|smoke|light|burn|carve|cut) (you|u|ya|him|her|them|em|\'em|both|the (kids?|child|baby|victim|family))( (up|down|out|both|all))?\\b',
  "(you|u|ya|yall|y'all|you all|he|she|they|the (kids?|child|family|victim)) (_ )?(will |'ll |gonna |gon |going to |finna )?(get|gets|getting|got|be|been|was|were) (chopped|bashed|glassed|kneecapped|jumped|stomped|lit up|sprayed|bodied|clapped|burnt|burned|buried)\\b",
  '(burnt|burned|buried) (alive|to death)',
  '(go|goes|going|went) up in (flames|smoke)',
  '(break|broke|breaking|smash|smashed|smashing|cave|caved|bash) (in )?(your|ur|her|his|their) (legs?|arms?|neck|face|head|skull|bones|jaw|teeth|knees?|back)\\b',
  'knock (your|ur|her|his|their) (teeth|head|block) (in|out|off)',
  '(rough|beat|do|mess) (you|u|her|him|them) (up|over)\\b',
  'lynch*',
  '(hurt|harm|kill|attack|injure|shoot|stab)(s|ed|ing)? (others|someone|somebody|people|anyone|anybody|everyone|staff|students|teachers|classmates|officers|police|his family|her family|the family|the public)\\b',
  '(risk|danger|threat) to (others|the public|the community|his family|her family|the family|officers|staff|students|children)\\b',
  '(plan|plans|planned|planning|carry out|carrying out|launch|stage) (an? |the )?(_ )?attack\\b',
  'terroris(m|t|ts)\\b',
  'mass (killing|murder|casualt*|violence)',
  'cruelty',
  '(he|she|they|i|we|the (victim|child|girl|boy|woman|man|complainant)|(his|her|their) (wife|husband|partner|son|daughter|mother|father)) (was|were|has been|have been|had been|got|gets) (attacked|ambushed|jumped|set upon)',
  '(an|the|another|a) (attack|assault) on (her|him|them|the (victim|child|family)|his (wife|partner|ex)|her (children|kids))',
  '(credible|specific|direct|explicit|violent|serious) threats?\\b',
  '(badly|seriously|severely|gravely|critically) (hurt|beaten|burned|burnt)',
  "(someone|somebody|people|you|u|she|he|they) ('ll|will|is going to|are going to|gonna|could|might) (get|be) (hurt|killed)",
  "(will|'ll|gonna|going to|threaten*( to)?) take (you|u|her|him|them|em) out\\b",
  '(blow|blew|blowing) (your|ur|her|his|their) (brains|head|face) (out|off)',
  'put (a|one|two) (hole|holes|round|rounds) in',
  '(gut|exterminate|annihilate) (you|u|her|him|them)\\b',
  '(hunt|hunting|hunted) (you|u|her|him|them) down',
  '(iron|metal|steel|lead) (bar|pipe|rod)s?',
  '(holding|held|keeping|kept) (her|him|them|(his|her|their) (wife|husband|kids|children|family|girlfriend|boyfriend|partner|baby|son|daughter)) (inside|in the|against|hostage|captive|prisoner|locked)',
  'abusive (ex|partner|husband|boyfriend|father|stepfather|man|relationship)\\b',
  '(indecent(ly)?|inappropriate(ly)?) (touch*|contact|assault*)',
  '(solicit|solicited|soliciting|entic(e|ed|es|ing)) (a )?(minor|child|girl|boy|teen*|juvenile)',
  '(in|living in) fear (of|for) (her|his|their|my) (life|lives|safety)',
  '(her|his|their|my) (life|lives) (is |are |may be |could be )?(at (risk|stake)|in (jeopardy|danger))',
  'at (high|serious|significant|grave|immediate|real) risk\\b',
  'at risk of (_ )?(harm|injury|violence|abuse|exploitation|suicide|death)',
  '(needs?|requires?|required) (urgent |immediate |emergency )(medical|hospital) (attention|treatment|care)',
  'CPR\\b',
  '(call|called|calling) (for )?an ambulance',
  '(burst|bate|leather|lick|licked|mash|merk|air) (you|u|ya|him|her|them|em) (down|up|out)?',
  'catch* (you|u|him|her|them|em|him) (lacking|slipping)',
  '(king|coward\'?s?) (hit|punch)',
  'one~punch',
  '(hit|hits|hitting|beat|beats|beating|smack*|punch*|kick*|burn|burned|burnt|burning|scald*|shak(e|es|ing|en)) (his|her|their|my) (kids?|child|children|baby|son|daughter|toddler|infant|wife|partner|girlfriend|mother|mum|mom)\\b',
  '(cigarette burns|scald(s|ed|ing)|welts|black eyes?|bite marks|broken bones)',
  '(cut|cutting|slit|slitting|slash*) (her|his|their|my) (wrists?|arms?|legs?)',
  "(life|it) (is not|isn'?t|not) worth (living|it)",
  '(nothing|no ?one|nobody|no reason) (left )?to live for',
  "(can'?t|cannot|could not) (cope|handle (it|this)|live like this) any ?more",
  '(end|stop) the pain',
  'honou?r (killing|based (violence|abuse))',
  'dowry (death|harassment|violence)',
  'acid (attack|throw*)',
  'forced marriage',
  'female genital mutilation',
  'FGM\\b',
  '(kys|kms)\\b',
  'unaliv*',
  'sewerslide',
];

/** Ending one's life as South Asian, African and non-native English writes it, and the farewell that names it. */
export const WORLD_SELF_HARM_FAMILY: readonly Term[] = [
  'untoward (incident|happening|event|step)',
  '(take|takes|taking|took|taken) (the |an |this |that |some )?(extreme|drastic|wrong|last|final) step',
  '(do|does|did|doing) something (to|wrong (to|with)|bad to) (him|her|them|my|your)sel(f|ves)',
  '(finish|finished|finishing|end|ended|ending) (him|her|them|my)sel(f|ves)',
  '(make|made|do|did|commit|committed) (a )?suicid*',
  "(better|okay|ok|easier) (if|when) (i|he|she)( am|'m| was| were| is)? (already )?(gone|not here|dead|no more)",
  '(last|final) (view|look|sunset|sunrise|selfie|picture|photo|story|goodbye|ride|walk)\\b',
  'this is goodbye',
  '(forgive|sorry|goodbye|bye),? (me,? )?(mum|mom|mam|ma|maa|aai|amma|ammi|mummy|mommy|mama|dad|papa|abba|everyone|all)\\b',
  '(mum|mom|mam|maa|aai|amma|ammi|mummy|mommy|mama|papa|abba),? (i\'?m |i am )?sorry',
];

/**
 * Death promised to a person without a verb: the last face they see, the bag they leave in, the prayers they should
 * say. Said in any person, so a writer's report of it ("said she would leave in a body bag") counts too.
 */
export const WORLD_FINALITY_FAMILY: readonly Term[] = [
  '(last|final) (face|person|thing|sound|voice) (you|u|she|he|they) (will |\'ll |ll |gonna )?(ever )?(see|sees|hear|hears)',
  '(you|u|ur|you\'re|you are|ya|she|he|they)( are| r| is)? (gonna be |will be |so |b )?(dead|a goner|dead meat|a dead (man|woman|boy|girl))\\b',
  '(leave|leaves|leaving|carried out|go home) (in|on) (a |an )?(body ?bag|box|coffin|stretcher|ambulance)',
  // The stretcher or coffin the person is told to bring or will need (round 8): "bring ur own stretcher", "you'll need an
  // ambulance", "book her a coffin". Not an ambulance crew or service, not a wheelchair for a flight
  /(?:bring|brings|bringing|book|order|get|buy)\s+(?:ur|your|yer|ya|yo|her|his|their)\s+(?:own\s+)?(?:stretcher|coffin|casket|body[\s-]?bag|hearse)\b|(?:book|order|buy)\s+(?:him|her|them|you|u|ya)\s+(?:a\s+)?(?:stretcher|coffin|casket|body[\s-]?bag|hearse)\b/,
  /(?:you|u|ya|she|he|they)\s*(?:['’]ll|will|gonna|are\s+gonna|is\s+gonna|r\s+gonna|are\s+going\s+to|is\s+going\s+to)\s+need\s+(?:an?\s+)?(?:ambulance|stretcher|coffin|casket|body[\s-]?bag|undertaker|surgeon|priest)\b(?!\s+(?:crew|service|station|driver|job|course|licen[cs]e|badge|pass)\b)/,
  '(say|said|says) (your|ur|her|his|their) prayers',
  'make (your|ur|her|his|their) peace',
  '(kiss|hug) (your|ur|her|his|their) (kids|children|family|mum|mom|mother|wife) goodbye',
  'pray (for (your|ur) (life|soul|family)|(you|u) (live|survive|make it))',
  '(won\'?t|wont|will not|never) (live|survive|last) (long|the (night|week|weekend))',
  'go (bang|boom)\\b',
  "(you'?re|you are|ur|u r|you|u|your (family|kids|wife|son|daughter)( is| are)?) (gonna be |will be |is |are )?next\\b",
  '(regret|regrets) (being born|the day)',
  '(wish|wishes|wished) (you|u) (were|was|had) (never been born|dead)',
  '(send|sending|sent|meet|meets|join) (you|u|her|him|them|your|ur) (to )?(your |ur |her |his |their )?(maker|ancestors|grave|god|the morgue)',
  '(dirt nap|pushing up daisies|toe tag|lights out)',
  "(your|ur|her|his|their) (time|number) (is|'s) up",
  '(leave|left|leaving) (you|u|her|him|them) (leaking|for dead|in a ditch|on the floor|bleeding)',
  '(make|makes|made) (you|u|her|him|them) (leak|bleed|dead|die)\\b',
  '(won\'?t|will not|shall not|not|never) spare (you|u|her|him|them|your (family|kids|life))',
  '(life|death|murder) threats?',
  'ded\\b',
];

/**
 * Weapons sent as emoji, addressed to a person: the emoji with a name, a handle or "you" in the same message. A
 * skull alone is laughter online; a gun, a knife, a coffin, a bomb or blood is not.
 */
const THREAT_EMOJI = '(?:🔫|🔪|🗡|⚰|🪦|🩸|💣|🧨|🪓)';
export const EMOJI_THREATS: readonly Term[] = [
  new RegExp(`${THREAT_EMOJI}[^.\\n]{0,80}(?:@\\w|\\b(?:you|u|ur|your|ya)\\b)`),
  new RegExp(`(?:@\\w|\\b(?:you|u|ur|your|ya)\\b)[^.\\n]{0,80}${THREAT_EMOJI}`),
];

/**
 * Threats quoted in the suspect's own language, as officers abroad copy them before translating: the verbs of
 * killing and the weapons of Spanish, Portuguese, French, Italian, German, Hindi/Urdu and Tagalog in Latin script.
 */
export const QUOTED_LANGUAGE_FAMILY: readonly Term[] = [
  '(te|la|lo|los|les|las) (voy a |vamos a |va a )?(mato|matar|matamos|matará|mataré)',
  '(vou|vamos) (te |la |lo )?matar',
  'matar(te|la|lo|los|las)\\b',
  '(te|vous|la|le|les) (vais|vas|va|allons) (te |la |le |les |vous )?tuer',
  'je (vais )?(te|la|le|vous) tuer',
  '(ti|la|lo) (ammazzo|uccido)',
  '(ammazzar|uccider)(ti|la|lo)',
  '(ich )?(bring|bringe|bringen) (dich|sie|ihn|euch) um',
  '(umbringen|abstechen|abknallen)',
  '(jaan se )?maar (dunga|denge|daalunga|daloonga|dalunga)',
  'jaan se (maar|khatam)',
  '(khatam|khallas) kar (dunga|denge|dalunga)',
  'papatayin',
  'cuchillo',
  'pistola',
  'secuestr*',
  'sequestr*',
  'enl[eè]v(ement|er)\\b',
];


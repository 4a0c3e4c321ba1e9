import { anyOf, compileLexicon, type Term } from '../phrases';
import { HARM_FAMILY_TERMS, QUOTED_THREAT } from './harm-families';
import { EMOJI_THREATS, QUOTED_LANGUAGE_FAMILY, WORLD_FINALITY_FAMILY, WORLD_SELF_HARM_FAMILY, WORLD_VIOLENCE_FAMILY, WORLD_WEAPON_FAMILY } from './harm-registers';
import { HARM_EUPHEMISM_TERMS } from './harm-euphemisms';
import { HARM_SITUATION_TERMS } from './harm-situations';
import { IMPLIED_DANGER } from './implied-danger';
import { SHORTHAND_HARM_TERMS, THREAT_IDIOM_TERMS } from './threat-words';

/**
 * Words that state a danger of death or serious physical injury. Each phrase starts at the start of a word and
 * ends before a letter. Order matters only where two phrases start alike ("gun point" before "guns?").
 */
export const HARM_TERMS: readonly Term[] = [
  // Killing, weapons, shooting
  'kill(s|ed|ing)?',
  'murder*',
  'homicid*',
  'shoot(s|ing|ings|er|ers)?',
  'killings',
  'stabbings',
  '(punishment|paramilitary~?style) (shooting|shootings|beating|beatings|attack|attacks)',
  'shot',
  /gun\s*point/,
  'firearms?',
  'guns?',
  'rifles?',
  'pistols?',
  'revolvers?',
  'crossbows?',
  'hammer',
  'blades?',
  'razor*',
  'axe',
  'baseball bat',
  'glock*',
  'ar~?15',
  'ak~?47',
  'shrapnel',
  'stab(s|bed|bing)?',
  'knife',
  'knives',
  'machetes?',
  'weapon*',
  'armed\\b',
  'shoot up',
  'bullet*',
  'ambush*',
  'massacre',
  // Suicide and self-harm
  'suicid*',
  'self~harm*',
  'end (his|her|their|my|your) (own )?life',
  'take (his|her|their|my) (own )?life',
  'hang (him|her|them)sel(f|ves)',
  '(harm|hurt|cut|burn) (him|her|them|my|your)sel(f|ves)',
  'hurt(s|ing)? (him|her|them|my|your)sel(f|ves)',
  'hang(ed|ing)? (my|him|her|them)sel(f|ves)',
  'noose*',
  'jump* (off|from)',
  'outside the railing',
  '(edge|ledge) of (the )?(bridge|roof|building|cliff)',
  'end it( all)?',
  'go together',
  'bleed* out',
  'slit*',
  'cut* (you|her|him|them|my|your|his|their)(sel(f|ves))?\\b',
  'deep cuts',
  'exhaust (pipe|fumes)',
  'hose (attached )?to the (car )?exhaust',
  // Overdose and medication
  'overdos*',
  "OD('?d|ing)?\\b",
  'fentanyl',
  'pills? (are )?ready',
  '(swallow*|took|taken|taking|snort*|crush*) (all (of )?(the|them|my) )?(_ )?(pills|tablets|meds|medication)',
  'took all of them',
  'paracetamol',
  'acetaminophen',
  'sleeping pills',
  'stockpil*',
  'swallow* everything',
  'insulin',
  /(?:without|no)\s+(?:his|her|their)?\s*(?:medication|meds)/,
  // Kidnapping, hostages, abuse and exploitation
  'kidnap*',
  'abduct*',
  'hostages?',
  'barricad*',
  "won'?t see (your|her|his) (kid|child|son|daughter) again",
  "rap(e|ed|ing)\\b",
  'sexual(ly)? (abus*|assault*|exploit*|requests?|predator*)',
  '(child|minor) (sexual )?(abuse|exploitation)',
  'CSAM\\b',
  'sextort*',
  'traffick*',
  'forced (to have sex|into prostitution)',
  'sexual (messages|images|photos|contact)',
  'undressed',
  'nude (photos|images|pictures)',
  // Bombs, arson, attacks on crowds, hijacking, swatting
  'bomb*',
  'explosiv*',
  'IEDs?\\b',
  'detonat*',
  'mass casualt*',
  /blow\w*\s+(?:\w+\s+){0,3}(?:up|sky\s+high)/,
  /drive\w*\s+(?:\w+\s+){0,3}into\s+(?:the\s+)?(?:crowd|people)/,
  'run (them|people|her|him) over',
  'into ("|“|\')?(the )?(crowd|people|pedestrians)',
  'attack* (the |a |his |her |their )?(school|church|mosque|synagogue|temple|market|crowd|people|students|children|her|him|them|police|officers|family|festival|concert|rally|office|campus)',
  'terror* attack',
  'mass shooting',
  'flooring it',
  '(plough|plow|ram|drive|driving|straight) (_ )?(into|through) (them|the crowd|people|the march)',
  'bring (it|the plane|the flight|the aircraft) down',
  'hijack* (the |a )?(plane|flight|aircraft|bus|train)',
  'swat(ting|ted)?',
  'poison*',
  'arson*',
  'set (fire|alight)',
  'bonfire',
  'petrol',
  'gasoline',
  'burn* (down|alive)',
  'doors? (chained|locked from the outside)',
  'set on fire',
  // Violence against the body
  'strangl*',
  'chok(e|ed|ing)\\b',
  'beat(en|ing)? (to death|him|her|them)',
  'beat(en|ing|s)?\\b',
  'serious(ly)? (bodily|physical) (injur*|harm)',
  '(bodily|physical) harm',
  'grievous*',
  'torture*',
  'throat',
  'pillow (on|over)',
  'smother*',
  'suffocat*',
  'drown*',
  "stop(s|ped)? breath(ing|in'?)?",
  'flog(ged|ging)? (you|u|him|her|them)',
  '(took|taken|taking|swallow*|drank|drunk) (the |a )?(whole|entire|full) (bottle|packet|box|pack|strip)',
  'unresponsive',
  'unconscious',
  'not breathing',
  /blood(?!\s+(?:test|sample|type|pressure|donation|work))/,
  '(taken|took|had) ("|“|\')?(way )?too (much|many)',
  // Harm implied by the facts rather than named
  'hypotherm*',
  'acid\\b',
  'bleach',
  '(no|without) (the |his |her |their )?(food|water|heating|insulin)',
  'locked in (a|the|his|her) (car|boot|trunk)',
  // Overdose by count ("took 40 of my nan's tablets", "has taken 20 alprazolam")
  /(?:took|taken|taking|swallow\w*)\s+(?:\d+|a\s+(?:lot|bunch|handful)\s+of)\b/,
  // Held against their will, by their own words or the caller's
  "(won'?t|will not|doesn'?t|does not|wont) let (me|her|him|them|us) (out|go|leave)",
  'against (his|her|their|my) will',
  // The means prepared: a car sealed for charcoal or fumes, jerry cans of fuel, cut brake lines, restraints
  'charcoal',
  'jerry ?cans?',
  'jerricans?',
  'brake (lines?|cables?|pipes?) (were |was |had been )?(cut|tampered)',
  'zip~ties',
  'duct tape',
  'toxic gas',
  'gas (bottle|cylinder|canister)s? and nails',
  // Injury found or caused: fractures, a broken jaw, heat or cold that kills
  '(rib|skull|multiple|unexplained) fractures?',
  'fractur(ed|es) (skull|ribs?)',
  '(broke|break|breaks|breaking|broken) (the |his |her |their |my |your |ur )?(jaw|skull|ribs|arms?|legs?|neck|nose|knees|kneecaps|fingers|hands)( of)?\\b',
  'heat ?(stroke|exhaustion)',
  '(die|dies|died|dying|death) of (exposure|cold|heat)',
  // A child left alone or with a sex offender
  '(child|son|daughter|baby|toddler|infant|kids?|children) (_ )?(_ )?(_ )?(has been |have been |is |are |was |left )(home )?alone',
  'sex(ual)? offen(ces|ses|der|ders)',
  'pointed (a|the|his|her) (gun|rifle|pistol|knife|weapon)',
  // Danger, death and dying named as such
  'danger (of|to) (death|life)',
  'risk (of|to) (death|life|(his|her|their) life)',
  /life[\s-]threatening/,
  'threat(en(ed|s|ing)?)? (to |of )?(kill|shoot|stab|harm|hurt|rape|bomb|burn)',
  '(in|into) (grave |serious )?danger',
  'endangered (child|minor|juvenile|teen*|girl|boy|infant|person|adult)',
  'at risk of death',
  'die(s|d)?',
  'dying',
  'bleed(s|ing)?',
  '(attempts?|attempted) on (his|her|their|my) (own )?life',
  '(previous|prior|earlier|past) (suicide )?attempts?',
  '(wants?|want(ed|s)?|going|ready) to die',
  '(both|all|we) (_ )?die',
  'dead',
  'death',
  /(?:never|not|won'?t)\s+(?:\w+\s+){0,5}alive/,
  "won'?t land", // a hijacker about the plane; after "won't … alive", which gives the longer evidence
  'last (day|time you|goodbye|words|message)',
  'goodbye (everyone|forever|world|all)',
];

/** "No threat to life", "not life-threatening", "no one is hurt": the harm words deny the harm. */
export const NEGATED_HARM_TERMS: readonly Term[] = [
  // Sport and game talk and harm words said of a business: "we're gonna absolutely murder you lot", a page "kidnapped"
  '(absolutely|totally|literally) (murder*|kill*|destroy*|smash*|batter*)',
  '(page|account|profile|shop|business|channel|server|website|site) (_ )?(_ )?(is |was |been |got )?(kidnap*|held hostage|hostage|hijack*)',
  "(your|my|our|his|her|their|the) (dump|shop|business|restaurant|caf(e|é)|store|page|channel|account|company|brand) (won'?t|will not) see",
  // Harm words said of things, not people: "killing my business", "kill it tonight", "bomb offers", "poison the dog"
  '(kill*|bomb*|murder*|nuk(e|ed|ing)|attack*|destroy*|shoot*) (_ )?(_ )?(it|(my|our|the|your|his|her|their) )?(business|servers?|page|reviews?|game|match|competition|deals|offers|prices|site|website|account|profile|ratings?|sales|spawn|stock)\\b',
  // A performance or a test "murdered": "murder the dancefloor", "killed the set", "absolute carnage" at a rave
  '(kill*|murder*|slay*|destroy*|smash*|bomb*) (_ )?(the |this |that |my |our |your |their )?(dance~floor|stage|set|track|beat|mic|gig|show|exam|test|audition|interview|tournament|league|look|outfit)\\b',
  '(absolute|total|utter) (carnage|mayhem|massacre|slaughter|bloodbath)',
  'review~bomb*',
  // Dead to someone, dead in a trade; money that "will kill him"; a party that will be "a massacre on that floor"
  'dead (to (me|us|him|her|them)|in (this|the|that) (industry|business|town|trade|game|market))',
  'kill* (him|her|them|me) (if|that|when) (_ )?(_ )?(_ )?(savings|money|funds|losing|loss|debt|business|house|job|news)',
  '(massacre|carnage|murder|killing|slaughter|bloodbath) on (that|the|this) (dance~)?floor',
  // A fictional character's deeds
  '(a |the )?character (named |called )?(_ )?(_ )?(poison*|kill*|murder*|stab*|shoot*|strangl*)',
  // A harm word that names the case under investigation: "investigation into the shooting of…"
  '(investigat(ion|ing)|inquiry|enquiry|charges?|prosecution) (into|of|for|regarding|re:?) (the )?(assault*|murder*|shooting|stabbing|homicide|kidnapping|robbery|wounding|GBH|ABH|attack)',
  // Money, not a person, gone for good
  '(money|funds|cash|savings|crypto|coins|bitcoin|BTC|it|data|files) (is |are |will be |would be )?(_ )?(and )?(gone|lost) for good',

  // Harm verbs said of online things: 'execute' a clan, 'blow up' a stream or a phone, 'nuke' a channel
  "(execut*|blow*( up)?|nuk(e|ed|ing)|raid*|destroy*|kill*|delet(e|ed|ing))'? (_ )?(_ )?(his|her|their|your|ur|my|our|the) (_ )?(stream|clan|channel|inbox|notifications|mentions|phone|dms|chat|server|guild|squad|base|feed|comments|timeline)\\b",
  // Something "to die for" is only very good
  '(_ )to die for\\b',
  // Ruin by exposure: "he will 'finish him' by telling his wife and church"
  "(finish*|destroy*|end|ruin*|bury|kill*|expose)('|’)? (him|her|them|you|u|ya)('|’)? (_ )?(_ )?by (telling|exposing|posting|leaking|sharing|reporting|showing|sending|publishing|spreading)",
  // A writer's plot: "kill off the detective"
  'kill* off (the|a|his|her|their|my|your) (_ )?(character|detective|hero|heroine|villain|protagonist|lead|narrator)',
  // Lawful or pretend weapons: a range, a club, a hunt, a replica, a toy (round 5, a probe of non-emergencies)
  '(at|on|to) (a |the )?(licensed |shooting |gun |firing |rifle |pistol |indoor |outdoor )?(range|gun club|rifle club|shooting club)\\b',
  '(clay pigeon|target practice|hunting (season|licence|license|trip|permit)|deer season)',
  '(replica|toy|fake|imitation|prop|airsoft|nerf|water|bb|cap|paintball|cosplay) (guns?|firearms?|weapons?|rifles?|pistols?|knife|knives|swords?|bombs?)',
  // News of a war or an attack elsewhere, a song about killing: not a danger to a person here
  '(images|footage|photos|pictures|video|videos|news|coverage|reports?|documentary) (of|about|from) (the )?(_ )?(_ )?(bombing|bombings|shooting|shootings|attack|attacks|war|massacre|explosion|airstrike)s?\\b',
  '(lyrics?|song|verse|rap|track|album) (_ )?(mention*|about|talks? about|describ*|refer* to|glorif*) (_ )?(kill*|murder*|shoot*|stab*|guns?|violence)',
  // An animal harmed is cruelty, not a danger to a person
  '(dog|dogs|cat|cats|horse|horses|pet|pets|animals?|cattle|sheep|mutt|livestock|cow|cows|goat|goats|chickens) (was |were |has been |had been |got )?(poisoned|shot|killed|stabbed|beaten|drowned|put down)',
  // Idiom: "it will be the death of him"
  'be the death of (me|him|her|us|them)\\b',
  'bomb disposal (training|exercise|demonstration|course)',
  'kill* it\\b',
  'poison* (_ )?(_ )?(_ )?(dog|dogs|cat|cats|horse|horses|nags|mutt|animals?|it)\\b',
  '(no|not) (a )?(threat|danger|risk) (to|of) (life|death|(his|her|their|anyone\'?s) (life|safety))',
  /not\s+life[\s-]threatening/,
  'died (of|from) natural causes',
  // Things that are dead: "the battery is dead", "a dead link"
  '(battery|phone|line|link|account|page|server|site|website|engine|car|lead|business|shop|company|career|restaurant|brand|store|firm|zaak) (is |was |went |has gone )?dead',
  // Said of a thing or a feeling: "this game's killed me", "life or death for me, my whole income is gone"
  "(game|match|exam|test|homework|work|job|shift|boss|heat|traffic|commute|deadline|bills?|rent|prices|diet|gym|training|workout|this|that|it)('?s| has| is| are| was| will)? (going to |gonna )?(kill|killed|killing|kills) (me|him|her|them|us)\\b",
  // Compounds and idioms built on a harm word that name no harm: a screenshot, a photobomb, dying on a hill
  '(screen|mug|flu|booster|vaccine|covid|long|big|snap|photo|camera|drone|trick|jump|parting|cheap)~?shots?\\b',
  '(photo|bath|truth|calorie|stink|glitter|f)~?bomb*',
  '(die|died|dying) on (that|this|the) hill',
  '(dying|die) (to (see|meet|know|try|hear|go|get)|laughing|of (laughter|embarrassment|boredom|shame))',
  '(dead|deid) inside',
  'life (or|and) death (for|to) (me|us)\\b',
  'dead (link|battery|account|page|end|heat|weight|zone|line)',
  // A harm word that names a case, an offence or a party, not a danger: "an assault investigation", "the injured party"
  '(assault*|murder*|shooting|stabbing|(child~)?endangerment|homicide|violence|abuse|kidnapping|robbery|wounding|GBH|ABH) (investigation|inquiry|enquiry|case|charges?|conviction|file|offen(c|s)e|proceedings)',
  'injured part(y|ies)',
  'no (one|body) (is|was) (hurt|injured|in danger)',
];

/** The text says the danger is over or was never real: then a harm word describes history, not an emergency. */
export const RESOLVED_TERMS: readonly Term[] = [
  // The person is safe, or was never at risk
  '(he|she|they|the (user|child|person|victim)) (is|are|was|were) (now )?(safe|well|unharmed)',
  '(found|confirmed) (safe|well|unharmed)',
  'no (risk|danger|threat) (of|to)\\b',
  "(is |there is |there'?s )?(no|not) (more |longer |any )?(risk|danger|threat) (for|to) (her|him|them|the (child|victim|family))\\b",
  'no (immediate|imminent) danger to (any|the|her|him|them)',
  'no lasting (injury|injuries|harm|damage)',
  '(no|none of the) (_ )?(comments?|messages?|posts?|texts?|e-?mails?|calls?) (mentions?|contains?|refers? to|includes?) (any )?(violence|threats?|harm|weapons?|physical)',
  '(is|was) (now )?(doing well|recovering)',
  '(upset|shaken|distressed) but (safe|unharmed|well)',
  '(is|are|remains?) (now |currently |still )?(detained|jailed|incarcerated|imprisoned)\\b',
  'no one (is|was) (in danger|injured|hurt)',
  'no (real|ongoing|current|credible|further|outstanding|remaining|longer an?) (threat|danger|risk)',
  // The threat was a hoax, fiction or a false report
  '(was|been) (classified|assessed|confirmed) as (a )?(hoax|fiction|false)',
  '(was|is|as) (a )?hoax\\b',
  'turned out to be (a )?(hoax|false)',
  'as fiction\\b',
  'report was false',
  'no indication (of (new|contact|any|a (threat|risk))|that (he|she|they) (intends?|plans?))',
  // The threatener is in custody
  '(has|have) (since )?been (arrested|detained|taken into custody)',
  'is in custody',
  '(was|been|is) remanded',
  '(is|are|remains?|now) (now )?in (custody|prison|jail)',
  'danger is (over|finished|past|gone)',
  // Assessed as not real: a joke, a quote, a game, a figure of speech
  'no (real|real~world|genuine|actual|credible) (world )?threat',
  'no threats? (was |were |has been |have been )?(identified|exists?|found)',
  'no threats? (was |were |have been |has been )?(made|directed|issued) (against|toward|towards|to|at)',
  'no concern for (_ )?(_\'s )?(safety|life|welfare)',
  '(has|have) not threatened (any|a) (person|one|human)',
  '(was|is|as|an?) (exaggerated |a )?(joke|prank|quote|figure of speech|song lyric|lyric)\\b',
  '(plainly|clearly|only|just) about (the|a) (game|match|film|movie|song)',
  '(is|are) (fine|recovering)\\b',
  'no crime (is|was) suspected',
  '(found|proved|proven|shown|confirmed|deemed|determined) to (be|have been) (a )?(hoax|false|fake|prank|unfounded)',
  '(recovering|recuperating) at home',
  'nothing in (the|this) (document|story|text|post|video|file) refers to real',
  'for (the )?record only',
  'request (is )?(withdrawn|closed)',
  '(record|incident|log|matter|case|call) (is |was )?closed',
  /no\s+(?:further\s+)?concerns\b(?!\s+(?:about|for|regarding|over|as\s+to))/,
  // Police shorthand drops the verb: "No injuries, hoax confirmed, family safe", "sweep complete, nothing found, caller
  // arrested". A bare "safe" counts only at the start of a clause, never in "keep the family safe".
  /(?<=(?:^|[.,;:]\s*))(?:the\s+)?(?:family|everyone|all|both|occupants|residents|household|child|children|kids|victim|subject|wife|husband|partner|mother|girl|boy|hostages?|staff|pupils|students)\s+(?:all\s+)?(?:is\s+|are\s+|was\s+|were\s+)?(?:safe|unharmed|accounted\s+for|fine|ok)\b/,
  // Telegraphic all-clears, by lexicography (round 5): found or returned safe, released unharmed, the offender in
  // custody or dead, a weapon seized, nothing found, the call stood down or resolved (not 'a false report', which is
  // what a swatting is, nor 'discharged', which a victim still threatened may be)
  '(located|found|traced|returned|recovered|brought|came|come|got) (home )?(safe|safely|unharmed|alive and well|well)\\b',
  '(released|freed|rescued|recovered) (safe and )?(unharmed|safe|safely|alive and well)',
  '(offender|suspect|subject|male|man|caller|perpetrator|accused|shooter|attacker|threatener) (is |was |has been |now )?(now )?(in custody|arrested|detained|remanded|deceased|dead|shot dead)\\b',
  '(handed|handing|turned|turning) (himself|herself|themselves) in',
  '(surrendered|surrenders) to (police|officers|the police)',
  /(?<=(?:^|[.,;:]\s*))(?:arrested|in\s+custody|remanded)\b/,
  '(threat|matter|incident|situation|call|job|alert|search) (was |has been |is |now )?(withdrawn|resolved|stood down|concluded|ended|over|cancelled|canceled|downgraded)\\b',
  '(stood|stand|standing) down\\b',
  '(area|premises|building|school|venue|station|site|mall|centre|center) (was |were |has been )?(cleared|declared safe|given the all clear|reopened)\\b',
  'no (device|devices|weapons?|explosives?|firearms?|bombs?|suspicious (item|package|device)s?) (was |were |has been |have been )?(found|located|recovered|present)',
  /(?<=(?:^|[.,;:]\s*))no\s+(?:weapons?|injuries|device)\b/,
  '(firearms?|guns?|weapons?|knife|knives|rifles?|shotgun) (was |were |has been |have been )?(seized|recovered|removed|surrendered|secured)\\b',
  '(hoax|prank|false (call|report|alarm)) (was )?(confirmed|established|verified)',
  'confirmed (as )?(a )?hoax',
  'nothing (was )?found',
  '(sweep|search)(es)? (was |were )?(complete|completed|negative|clear)\\b',
  '(caller|suspect|offender|perpetrator|threatener|author|poster|male|female) (was |has been )?(identified and )?(arrested|detained|charged)\\b',
];

/**
 * After the text says the danger is over, a harm word counts again only past one of these: a contrast or a new
 * event ("no threat to life was found; however, at 2130 he posted…", "she is safe for now, but he wrote…").
 */
export const FRESH_THREAT_TERMS: readonly Term[] = [
  'but',
  'however',
  'yet',
  'although',
  'though',
  'nevertheless',
  'still',
  'since then',
  'since (his|her|their) release',
  'after (that|this|(his|her|their) release)',
  'again',
  'new (threat|message|post|video|call|information|messages|posts|threats)',
  'update',
  'now (he|she|they)',
  'has (since |now )?(posted|sent|written|messaged|called|threatened)',
  // A later time starts a new event: "…was discharged on 30 October. At 1955hrs tonight she posted…"
  'tonight',
  'today',
  'this (morning|afternoon|evening)',
  'last night',
];

export const HARM = anyOf(
  compileLexicon(HARM_TERMS, { end: '(?![a-z])' }),
  compileLexicon(THREAT_IDIOM_TERMS, { end: '(?![a-z])' }),
  compileLexicon(SHORTHAND_HARM_TERMS, { end: '(?![a-z])' }),
  compileLexicon(HARM_FAMILY_TERMS, { end: '(?![a-z])' }),
);
/**
 * Read where HARM finds nothing. A separate pattern, not more alternatives in HARM: past a certain size V8 stops
 * compiling a pattern to machine code, and one giant pattern took seconds on a long narrative.
 */
export const HARM_BY_REGISTER = anyOf(
  compileLexicon([...WORLD_FINALITY_FAMILY, ...WORLD_SELF_HARM_FAMILY, ...WORLD_VIOLENCE_FAMILY, ...WORLD_WEAPON_FAMILY], { end: '(?![a-z])' }),
  compileLexicon(IMPLIED_DANGER, { end: '(?![a-z])' }),
  compileLexicon(QUOTED_LANGUAGE_FAMILY, { end: '(?![a-z])' }),
  // An emoji is not a word character: no word boundary before it
  compileLexicon(EMOJI_THREATS, { start: '' }),
);
/** Read where neither of the above finds anything: harm told by the situation (a siege, grooming, last words) or in euphemism. */
export const HARM_BY_SITUATION = anyOf(
  compileLexicon(HARM_SITUATION_TERMS, { end: '(?![a-z])' }),
  compileLexicon(HARM_EUPHEMISM_TERMS, { end: '(?![a-z])' }),
);
/** Read only where no harm word is found: the suspect's own words to the person. */
export const QUOTED_HARM = compileLexicon([QUOTED_THREAT]);
/**
 * Sport and game talk: a scoreline with a verb of winning ("we're gonna bury u 8-0") or a word of the game itself
 * ("headshot u every round", "delete u next round", "respawn"). The sentence's harm words ("bring body bags", "ur
 * dead") are figurative; a threat of real harm is written in sentences of its own. So is a writer's plot ("in his next
 * book").
 */
export const PLAY_TALK =
  /\b(?:win|won|beat|bury|smash|thrash|destroy|hammer|whip|crush|murder|lose|lost|wreck)\w*\s+(?:\w+\s+){0,3}\d{1,2}\s*[-–:]\s*\d{1,2}\b(?!\s*(?:times|days|weeks|months|people|of|[ap]m\b|hrs?\b|h\b))|\b(?:(?:next|every|this|each)\s+round|head\s?shot\w*|respawn\w*|spawn[\s-]?kill\w*|in[\s-]game)\b|\bin\s+(?:his|her|their|my|the|a)\s+(?:next|new|latest|upcoming|forthcoming)\s+(?:book|novel|film|movie|script|screenplay|season|episode|album)\b/i;
/** Scare quotes: an account "kidnapped", skins held "hostage". A quotation mark is no word: no word boundary before it. */
const SCARE_QUOTED = /["“'‘](?:kidnap\w*|hostage|hijack\w*|bomb\w*|massacre\w*|murder\w*|killing|attack\w*)["”'’]/;
export const NEGATED_HARM_PHRASE = anyOf(compileLexicon(NEGATED_HARM_TERMS), compileLexicon([SCARE_QUOTED], { start: '' }));
export const RESOLVED = compileLexicon(RESOLVED_TERMS);
export const FRESH_THREAT = compileLexicon(FRESH_THREAT_TERMS, { end: '\\b' });

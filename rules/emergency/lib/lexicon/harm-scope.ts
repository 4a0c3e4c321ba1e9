import type { Term } from '../phrases';

/**
 * Where a harm word is not a danger now: said figuratively or of a thing (NEGATED_HARM_TERMS, read around the word),
 * or told as over (RESOLVED_TERMS, after which earlier harm words are history until a FRESH_THREAT_TERMS contrast or
 * new event). Moved out of harm.ts in round 5 of issue 13, unchanged in form.
 */

/** "No threat to life", "not life-threatening", "no one is hurt": the harm words deny the harm. */
export const NEGATED_HARM_TERMS: readonly Term[] = [
  // Sport and game talk and harm words said of a business: "we're gonna absolutely murder you lot", a page "kidnapped"
  '(absolutely|totally|literally) (murder*|kill*|destroy*|smash*|batter*)',
  '(page|account|profile|shop|business|channel|server|website|site)s? (_ )?(_ )?(is |are |was |were |been |got )?(kidnap*|held hostage|hostage|hijack*)',
  // Things held to ransom (round 7): "holding her accounts hostage", "keeps the company's files hostage"
  "(hold|holds|holding|held|keep|keeps|keeping|kept|take|takes|taking|took|taken) (_ )?(_'s )?(_ )?(accounts?|data|files|photos|pictures|images|pages?|profiles?|channels?|domains?|servers?|systems?|network|websites?|emails?|inbox|devices?|laptop|phone|business) (as |to )?(hostage|ransom)\\b",
  // Trafficking of goods, animals or drugs, not of a person
  '(wildlife|drugs?|narcotics?|ivory|horns?|cigarettes?|tobacco|fuel|timber|antiquities|animals?|species|cocaine|heroin|cannabis|goods|counterfeit|rhino|pangolin|bird|reptile)s? traffick*',
  'traffick(ing|ed|s)? (of|in) (_ )?(_ )?(drugs|narcotics|wildlife|ivory|species|animals|horns?|cocaine|heroin|cannabis|goods|cigarettes|tobacco|fuel|timber|antiquities|pangolins?|rhino)\\b',
  "(your|my|our|his|her|their|the) (dump|shop|business|restaurant|caf(e|é)|store|page|channel|account|company|brand) (won'?t|will not) see",
  // Harm words said of things, not people: "killing my business", "kill it tonight", "bomb offers", "poison the dog"
  '(kill*|bomb*|murder*|nuk(e|ed|ing)|attack*|destroy*|shoot*) (_ )?(_ )?(it|(my|our|the|your|his|her|their) )?(business|servers?|page|reviews?|game|match|competition|deals|offers|prices|site|website|account|profile|ratings?|sales|spawn|stock|reputation|good name|career|image|credibility|chances|vibe|mood)\\b',
  // A release's charts "killed" (round 8): "we are going to kill the charts", not "kill her before the launch"
  '(kill*|murder*|destroy*|smash*|nuk(e|ed|ing)|slay*) (the|our|their|this|that|your|his|her|my) (charts|rankings|leaderboards?|box office|release|launch|album|single|playlists?)\\b',
  // A performance or a test "murdered": "murder the dancefloor", "killed the set", "absolute carnage" at a rave
  '(kill*|murder*|slay*|destroy*|smash*|bomb*) (_ )?(the |this |that |my |our |your |their )?(dance~floor|stage|set|track|beat|mic|gig|show|exam|test|audition|interview|tournament|league|look|outfit)\\b',
  '(absolute|total|utter) (carnage|mayhem|massacre|slaughter|bloodbath)',
  // Rising in a table, not a shooting: "shoot up the charts", "shot up the rankings"
  '(shoot|shoots|shooting|shot) up (the |our |their |in the )?(charts|rankings|leaderboard|table|polls|league|standings|ladder|ratings)\\b',
  'review~bomb*',
  // (round 7) a death already past as the subject of a claim, and harm that is what a video shows
  '(for|over|about|after|since|following|regarding) the death of (his|her|their|a|the) (_ )?(father|mother|son|daughter|husband|wife|brother|sister|child|baby|patient|friend|relative|grandmother|grandfather|parent)\\b',
  '(shooting|shootings|bombing|attack|killing|killings|stabbing|explosion|massacre|murder|beheading) (shown |seen )?in the (video|clip|footage|post|photo|film|reel|story)\\b',
  // Laughing, wanting (round 7): "I'm dead 😂", "I would kill for a coffee"
  /(?:i['’]?m|im|i\s+am|we['’]?re|am)\s+(?:literally\s+|actually\s+|so\s+|actually\s+)?(?:dead|deceased|dying|ded)\b(?=\s*(?:😂|🤣|💀|😭|lol|lmao|lmfao|haha|xd)|\s+(?:laughing|of\s+laughter)\b)/,
  /(?:would|could|['’]d|i['’]?d)\s+["“'‘]?(?:literally\s+)?kill\s+for\s+(?:a|an|some|the|one|that)\b/,
  '(kill|killing) for (a|an|some) (coffee|tea|drink|beer|pint|pizza|burger|nap|holiday|day off|cigarette|smoke)\\b',
  // An exam failed, not a bomb (round 7): "about to bomb the orgo final", "bombed my midterm"
  '(bomb*|fail*|flunk*|kill*|murder*|destroy*) (_ )?(the |this |that |my |our |his |her |their |your )?(_ )?(final|finals|midterms?|quiz|paper|essay|assignment|module|course|class|presentation)\\b',
  // A kidnapping that never was: virtual kidnapping is extortion by phone
  '(virtual|fake|simulated|pretend(ed)?) (kidnap*|abduct*|hostage)',
  // A threat to a thing nobody is in: "I will burn your sauna and your boat house", not "…with her inside"
  /(?:burn\w*|torch\w*|set\s+fire\s+to|blow\s+up|smash\w*|wreck\w*|trash\w*|destroy\w*)\s+(?:your|ur|his|her|their|the)\s+(?:sauna|boat\s?house|shed|barn|garage|fence|crops|fields?|hay|car|truck|boat|caravan|stall|kiosk|warehouse|summer\s+(?:house|cottage)|holiday\s+(?:home|house)|cabin)\b(?![^.\n]{0,40}\b(?:with\s+(?:you|u|her|him|them)|inside|in\s+it|while|and\s+(?:you|u|her|him|them))\b)/,
  // The same thing as the subject of its burning (round 8): "that new sheep shed will go up like a bonfire tonight"
  /\b(?:sauna|boat\s?house|shed|barn|garage|fence|crops|hay|haystack|car|truck|boat|caravan|stall|kiosk|warehouse|cabin)s?\s+(?:will|['’]ll|is\s+gonna|gonna|is\s+going\s+to|would)\s+(?:go\s+up|burn)\b(?![^.\n]{0,40}\b(?:with\s+(?:you|u|her|him|them)|inside|in\s+it|while|and\s+(?:you|u|her|him|them))\b)/,
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
  // (round 9) Retribution whose agent is an authority or an organisation, not a fist: "he'll get what's coming when the
  // Tourist Board hears about him", "you'll get what's coming from the ombudsman", "his days are numbered once the
  // council inspects"
  /(?:what['’]?s|what\s+is|days\s+are|time\s+is)\s+(?:coming|numbered|up)(?:\s+to\s+(?:him|her|you|them))?\s+(?:when|once|from|in|at|after|as\s+soon\s+as)\s+(?:the\s+|his\s+|her\s+|your\s+|my\s+|a\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:board|court|council|lawyers?|solicitors?|attorneys?|ombudsman|authorities|press|media|papers?|newspapers?|tribunal|inspectors?|inspection|inspects|regulators?|tax\s?(?:office|man)|taxman|IRS|HMRC|auditors?|landlord|bank|insurers?|union|committee|reviews?|licensing|trading\s+standards|health\s+department|ministry|regulator)\b/,
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
  // A death by illness or age, not by harm: "died in hospital of cancer"
  '(died|passed away|death) (peacefully |naturally |suddenly )?(in hospital |at home |in (his|her|their) sleep )?(of|from) (cancer|illness|a (long |short )?illness|natural causes|old age|a heart attack|a stroke|covid|pneumonia|dementia|complications)\\b',
  // Things that are dead: "the battery is dead", "a dead link"
  '(battery|phone|line|link|account|page|server|site|website|engine|car|lead|business|shop|company|career|restaurant|brand|store|firm|zaak) (is |was |went |has gone )?dead',
  /(?:account|card|page|number|line|profile|subscription)\s+(?:is|was)\s+["“'‘]dead/,
  // A thing that will "die" (round 8): "else your page will die", "the business is gonna die"
  "(battery|phone|account|page|server|site|website|channel|business|shop|company|career|restaurant|brand|store|firm|project|band|show|app)s? (will|'ll|would|is gonna|is going to|gonna|going to) die\\b",
  // Shaped like a weapon, not one: a cake, a piñata, a costume
  '(shaped like|in the shape of|looks like|looking like|made to look like) (a |an )?(bomb|gun|grenade|knife|pistol|rifle)',
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
  // (round 7) the injuries healed, the scare an unattended bag (not a threatener serving a sentence, who may still threaten)
  '(injury|injuries|wounds?) (have |has )?(healed|fully healed)',
  '(turned out to be|was (only |just |in fact |actually )?) (an? )?(unattended|abandoned|forgotten|lost|empty|harmless) (bag|suitcase|package|parcel|box|rucksack|backpack|item|case)\\b',
  '(no|none of the) (_ )?(comments?|messages?|posts?|texts?|e-?mails?|calls?) (mentions?|contains?|refers? to|includes?) (any )?(violence|threats?|harm|weapons?|physical)',
  // (round 11) the same said of what was read, "nothing in them": "the messages are only about the prank; nothing in them
  // mentions weapons, injury or hurting anyone"
  'nothing in (them|it|the (_ )?(messages?|posts?|chats?|comments?|texts?|thread|video|stream)) (mentions?|mentioned|contains?|refers? to|suggests?|says|said) (any )?(weapons?|violence|injur(y|ies)|harm|hurting|physical)',
  // (round 9) The officer says of the violence itself that none was spoken of: "no violence has been mentioned", "No
  // violence threatened or used", "no physical violence was implied"; a later threat still overtakes it (FRESH_THREAT)
  '(no|without any) (physical )?(violence|threats? of (violence|harm)|physical threats?) (has been |have been |had been |was |were |is )?(mentioned|threatened|made|used|reported|implied|alleged|referred to|suggested|expressed)\\b',
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
  // The person between the verb and the state (round 7): "our unit located Fernanda safe in her class", "found the boy unharmed"
  /(?:located|found|traced)\s+(?:her|him|them|the\s+(?:child|girl|boy|victim|man|woman|teen|daughter|son)|[A-Z][a-zà-öø-ÿ]+(?:\s+[A-Z][a-zà-öø-ÿ]+)?)\s+(?:safe|unharmed|alive\s+and\s+well|safe\s+and\s+well)\b/,
  // Never taken, never missing: "she was never taken", "the child was never in danger"
  '(was|were|has|have) (never|not) (been )?(taken|kidnapped|abducted|missing|in danger|held)\\b',
  '(released|freed|rescued|recovered) (safe and )?(unharmed|safe|safely|alive and well)',
  '(offender|suspect|subject|male|man|caller|perpetrator|accused|shooter|attacker|threatener) (is |was |has been |now )?(now )?(in custody|arrested|detained|remanded|deceased|dead|shot dead)\\b',
  // (round 7) sentenced or jailed, and the same after a relative clause: "the suspect who threatened … was shot dead"
  '(offender|suspect|perpetrator|accused|attacker|threatener) (is |was |has been |now )?(now )?(sentenced|convicted|jailed|imprisoned)\\b',
  /(?:offender|suspect|subject|man|male|perpetrator|shooter|attacker|threatener|caller|sender|poster)\s+(?:who|that)\s+[^.;]{3,80}?\s+(?:was|has\s+been|is\s+now)\s+(?:arrested|detained|remanded|shot\s+dead|killed|in\s+custody|sentenced|jailed|charged)\b/,
  '(handed|handing|turned|turning) (himself|herself|themselves) in',
  '(surrendered|surrenders) to (police|officers|the police)',
  /(?<=(?:^|[.,;:]\s*))(?:arrested|in\s+custody|remanded)\b/,
  '(threat|matter|incident|situation|call|job|alert|search) (was |has been |is |now )?(withdrawn|resolved|stood down|concluded|ended|over|cancelled|canceled|downgraded)\\b',
  '(stood|stand|standing) down\\b',
  '(area|premises|building|school|venue|station|site|mall|centre|center) (was |were |has been )?(cleared|declared safe|given the all clear|reopened)\\b',
  'no (device|devices|weapons?|explosives?|firearms?|bombs?|suspicious (item|package|device)s?) (was |were |has been |have been )?(found|located|recovered|present)',
  // Not a detail the threat lacks: "no date, no weapon shown and no further post"
  /(?<=(?:^|[.,;:]\s*))no\s+(?:weapons?|injuries|device)\b(?!\s+(?:(?:was|is|were)\s+)?(?:shown|mentioned|named|described|specified|visible|seen|pictured|depicted|in\s+the\s+(?:video|photo|post|picture|message)))/,
  '(firearms?|guns?|weapons?|knife|knives|rifles?|shotgun) (was |were |has been |have been )?(seized|recovered|removed|surrendered|secured)\\b',
  '(hoax|prank|false (call|report|alarm)) (was )?(confirmed|established|verified)',
  'confirmed (as )?(a )?hoax',
  'nothing (was )?found',
  '(sweep|search)(es)? (was |were )?(complete|completed|negative|clear)\\b',
  '(caller|suspect|offender|perpetrator|threatener|author|poster|male|female) (was |is |has been )?(identified and )?(arrested|detained|charged)\\b',
  // Assessed after a check, in the words officers use (round 6, a probe of resolved non-emergencies): no further
  // action, posing no risk, a low threat assessment, banter, a misunderstanding, a writing exercise, made up
  // Not 'NFA' alone, which is also 'no fixed abode' or 'not found at' ("FENWICK NFA at home addr")
  'no further action\\b',
  // The weapon was something else: "the bomb was a cake", "the gun turned out to be a lighter"
  /\b(?:was|is|were|are|turned\s+out\s+to\s+be)\s+(?:in\s+fact\s+|actually\s+|only\s+|just\s+)?(?:a|an)\s+(?:\w+\s+)?(?:cake|toy|replica|prop|lighter|umbrella|costume|decoration|pi[ñn]ata|water\s+pistol|hairdryer|drill)\b/,
  '(pose|poses|posing|posed) no (real |credible |further )?(risk|threat|danger)\\b',
  '(threat|risk) (assessment|level|grading)( is| was|:)? (assessed as )?(low|minimal|negligible|none)\\b',
  '(was|is|as|it|an?) (just |only |simply )?(a |an )?(_ )?(joke|prank|banter|trash talk|misunderstanding|satire|parody|creative~writing exercise|writing exercise|school assignment)\\b',
  // The words were an advertisement (round 7): "It is an advertisement for an opening night", not "answered an online advert"
  '(it|this|that|the (post|message|video|page|text|words)) (is|was) (just |only |simply |in fact |actually )?(an? )?(_ )?(advertisement|advert|ad|promotion|promo|marketing (post|campaign|stunt))\\b',
  // Words found to be a song's or a film's (round 7): "it is the words of a rap song", "the lines are from a film"
  '(is|are|was|were) (only |just |in fact |actually )?(the )?(words|lyrics|lines|quote|quotes|verse) (of|from) (a|an|the) (_ )?(_ )?(song|track|film|movie|poem|book|series|show|video game|game)\\b',
  // No threat to the person, however it is put: "no threats to her person", "no threat against any person"
  '(no|not any|not a) (threats?|danger|risk) (was |were |is )?(to|against|towards?) (her|his|their|the (victim|complainant)\'?s?|any|a) (person|persons|people|one|body|individual|human|physical safety|life)\\b',
  '(consider|considers|considered|deems?|deemed|assess(es|ed)?|judged?) (it|this|the (post|message|comment|video|remark)) (as |to be )?(a |an )?(_ )?(joke|prank|banter|satire|fiction|hoax)\\b',
  '(admitted|admits|confessed|conceded) (that )?(she|he|they|the complainant) (had )?(made (it|the (threat|story|report|allegation)) up|invented|fabricated|lied)',
  '(threat|allegation|report|complaint|statement)( to kill| of (violence|harm))? (was |has been |is )?(withdrawn|retracted)\\b',
  '(with|at) (her|his|their) (grandmother|grandfather|grandparents|father|mother|aunt|uncle|friend|friends)\'?s? (all along|the whole time)',
  // (round 7) a game, a role-play, a challenge, a dare or a film project, once the text says the words were one
  // Not "this is a game to him" nor "a game of cat and mouse"
  /(?:was|were|is|are|turned\s+out\s+to\s+be)\s+(?:only\s+|just\s+|in\s+fact\s+|actually\s+)?(?:part\s+of\s+|from\s+)?(?:an?\s+|the\s+)?(?:\w+\s+)?(?:game|role[\s-]?play|roleplay|challenge|dare|film\s+project|film\s+shoot|school\s+project|drama\s+exercise|rehearsal)\b(?!\s+(?:of|to|for|with)\b)/,
  '(written|sent|posted|said|made|done) (_ )?(_ )?(_ )?as (a|an|part of a) (dare|joke|prank|challenge|game|role~?play)\\b',
  /(?:identified|confirmed|found)\s+(?:to\s+be|as)\s+[^.;]{0,40}?\bplaying\s+(?:a|an)\s+(?:video\s+|online\s+)?game\b/,
  // The same with an apposition: "the caller, a 19-year-old, was arrested the same day and has confessed"
  /(?:caller|suspect|offender|perpetrator|threatener|author|poster|sender|hoaxer)\s*,\s*[^,.;]{1,40},\s*(?:was\s+|has\s+been\s+|is\s+)?(?:(?:identified|traced)\s+and\s+)?(?:arrested|detained|charged|in\s+custody)\b/,
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
  // (round 7) a new act of the threatener after a hedge about someone else: "the children are safe with their grandmother;
  // he has taken the eldest from school and says he will drown him" (not "he had threatened", which is history)
  '(he|she|they) (has|have) (now |since |just |also |then )?(taken|grabbed|snatched|bought|collected|picked up|returned|come back|broken in|turned up)',
  '(he|she|they) (now )?(says|say|is saying|writes|texts|tells (her|him|them)) (that )?(he|she|they|i)( will|\'ll| is going to| are going to)',
  // A later time starts a new event: "…was discharged on 30 October. At 1955hrs tonight she posted…"
  'tonight',
  'today',
  'this (morning|afternoon|evening)',
  'last night',
];

/**
 * A harm word that is part of a unit's or a department's name ("Counter-Terrorism and Organized Crime Investigation
 * Branch", "Homicide Unit", "Anti-Kidnapping Division"): it says who writes, not what is feared. Tested, case-sensitive,
 * on the words after a capitalised harm word: more capitalised words (or "and", "&", "of") up to the unit noun.
 */
export const UNIT_NAME_AFTER =
  /^(?:[\s-]+(?:and|&|of|[A-Z][\w'’-]*)){0,6}[\s-]+(?:Branch|Unit|Division|Department|Dept|Bureau|Squad|Command|Team|Task\s+Force|Section|Directorate|Desk|Cell|Centre|Center|Agency|Service)\b/;

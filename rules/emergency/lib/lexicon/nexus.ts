import { anyOf, compileLexicon, type Term } from '../phrases';

/** Protection named as a noun, set up or made stronger; a purpose, and prevention beside a court date (round 10). */
const PROTECTION_SET_UP =
  /(?:reinforc\w*|strengthen\w*|doubl(?:e|es|ed|ing)|increas\w*|step(?:s|ped|ping)?\s+up|organi[sz]\w*|arrang\w*|provid\w*|extend\w*|assign\w*|set(?:ting)?\s+up|put(?:ting)?\s+in\s+place)\s+(?:the\s+|an?\s+|police\s+|armed\s+|close\s+|round-the-clock\s+|24\/7\s+)*(?:custody|protection|security|guard|guards|escort|escorts|surveillance|bodyguards?|police\s+presence|protective\s+detail)\s+(?:of|for|to|around|at)\s+(?!(?:the\s+|this\s+|his\s+|her\s+|their\s+)?(?:suspect|offender|accused|detainee|prisoner|evidence|file|data|records?|servers?|systems?|building|premises)\b)/;

/** What the data will let officers do to avert the harm. Phrases start on a word and may run on ("locating"). */
export const PURPOSE_TERMS: readonly Term[] = [
  // Find the person or the device
  'establish where',
  'where (the child|the victim|she|he|they) (is|are)',
  'locat*',
  'find(ing)?',
  'found',
  'identif*',
  'trac(e|ing)',
  'track*',
  'pinpoint*',
  'ping*',
  'whereabouts',
  // Reach and protect
  'remove _ from danger',
  'rescue*',
  'interven*',
  'prevent*',
  // Not a stop as a place: a truck stop, a bus stop, the next stop
  /(?<!\b(?:truck|bus|rest|pit|tram|train|request|traffic|full|the|a|next|last|first)[\s-])stop(?:ping)?/,
  'intercept*',
  'reach (him|her|them|the)',
  'dispatch*',
  'send (officers|units|police)',
  // Any responder sent: "send members now", "send the special unit", "send team", "send a car"
  'send (a |an |the |our |some |more |in )?(_ )?(members|deputies|troopers|team|teams|crews?|cars?|patrols?|responders|squad|unit|negotiators|guards|rangers|medics|naloxone)\\b',
  'welfare check',
  'safeguard*',
  'protect*',
  'secure the (child|victim)',
  'apprehend*',
  'arrest*',
  'pick (him|her|them) up',
  // Round 8: the threatener caught before he acts, "for catch him before evening"; rescuers put on the person, "to put
  // the helo and small boat on him", "vector the lifeboat to her"
  'catch (him|her|them|the (suspect|offender|sender|poster|caller|man|attacker))\\b',
  /(?:put|puts|putting|get|direct|directing|guide|guiding|vector|vectoring|steer|steering)\s+(?:the\s+|a\s+|our\s+)?(?:[\w-]+\s+){0,3}(?:helo|helicopter|chopper|lifeboat|boats?|crews?|searchers|rescuers|SAR)\s+(?:on|onto|over|to)\s+(?:him|her|them|the\s+(?:victim|casualty|child|kayaker|hiker|swimmer|climber|boy|girl|man|woman))\b/,
  'recover (the )?(child|victim|minor)',
  'recover (him|her|them)',
  // Reach the person another way: visit, talk to, negotiate, search, take the weapon away
  'localis*',
  'localiz*',
  'visit (him|her|them|the)',
  'check on',
  'remove (the )?(rifle|gun|weapon|firearms?|knife|child|children|her|him|them)',
  'secure (the )?(weapon|firearms?|gun|rifle)',
  'open (a |the )?(_ )?(line|channel|dialogue|contact|communication)s?',
  '(speak|talk) (with|to) (him|her|them)',
  'make contact',
  // (round 7, a probe of purpose wording) eyes on him, ring and de-escalate, the life of the victim saved
  '(get|have|put|keep) eyes on (him|her|them|the (suspect|subject|victim|child|vehicle|car|house))',
  'ring (him|her|them)\\b',
  'de~?escalat*',
  'save the li(fe|ves) of\\b',
  // Contact regained and the room told (round 7): "so negotiators can re-establish contact", "tell which room they are in"
  '(re~)?(establish|restore|resume|regain) (contact|communication|comms|dialogue|a line)',
  '(tell|know|see|show|work out|determine|establish|find out|learn)( us| officers| police| the (team|units?|officers))? (which|what) (_ )?(room|flat|floor|house|building|apartment|unit|vehicle|car|hotel|motel|address|street|village|camp|town|area) (he|she|they|the (child|victim|subject|girl|boy|woman|man|hostages?)) (is|are)( in| at| staying)?\\b',
  // Warn or guard whoever is named: "warn the mayor and guard her home" (not a platform or a provider)
  /warn\s+(?:the|his|her|their)\s+(?!(?:provider|platform|company|service|user\s+base|users|account)\b)[a-z]+/,
  '(guard|watch|protect|secure) (her|his|their|the (victim|family|child)\'?s?) (home|house|flat|door|family|children|kids|school|workplace)\\b',
  'contact (him|her|them)',
  'call (him|her|them)',
  // Negotiating, not the negotiators a suspect writes to
  'negotiat(e|es|ing|ion|ions)',
  'send (the )?(patrol|ambulance|EMS|paramedics|help)',
  'get (officers |units |police |help |an ambulance |EMS )?(to|there)',
  'search',
  'narrow',
  'detain*',
  // Any other way of locating, reaching, identifying or protecting someone (round 4, from the language, not from misses)
  'geolocat*',
  'triangulat*',
  'pin (him|her|them|it) down',
  'home in on',
  '(determine|establish|work out|find out|confirm|learn|know) (where|who)',
  '(establish|confirm|determine|obtain|learn|verify) (his|her|their|the (suspect|user|account holder|subject|caller|poster|sender)\'?s?) (true )?(identity|location|address|whereabouts|real name)',
  'unmask*',
  'attribut(e|ing) (the|this) account',
  'attend (the|his|her|their) (address|location|home|house|premises)',
  '(deploy|direct|task|send) (a |the )?(_ )?(officers|units|patrols?|resources|car|unit|team|crew|firearms officers|armed officers)',
  '(ensure|secure|guarantee|assure) (the |her |his |their )?(safety|safe(ty)? return|wellbeing)',
  'keep (her|him|them|the (child|victim|family|public)) safe',
  'save (her|him|them|(his|her|their) li(fe|ves)|the (child|victim|girl|boy))',
  'warn (her|him|them|the ((intended|potential|likely|possible) )?(victim|family|target|school|public))',
  '(serve|issue|deliver) (an? )?(Osman|TTL|threat~to~life) (warning|notice|letter)',
  '(carry out|conduct|do) a (welfare|safe and well|safe~and~well) (check|visit)',
  'safe and well (check|visit)',
  'check (on )?(her|his|their) (welfare|wellbeing|safety)',
  '(render|provide|give|get) (medical |urgent )?(aid|assistance|first aid)',
  'avert*',
  'disrupt*',
  'evacuat*',
  // (round 11) Dispatch shorthand, as CAD notes write the purpose: "TO ID BLDG/UNIT FOR SWAT ENTRY & EVAC OF ADJ UNITS"
  'evac\\b',
  '(ID|identify|LOC|locate|pinpoint|confirm) (the )?(BLDG|building|UNIT|APT|apartment|flat|LOC|ADDR|address|residence|floor)\\b',
  '(SWAT|tactical|forced|police|rescue) entry\\b',
  // "REQ LOC FOR EMS", "location for the ambulance": the data asked for a responder
  'welfare (chk|ck)\\b',
  /(?<=\b(?:LOC|location|geo|GPS|ping|coords|coordinates)\s+(?:(?:asap|urgently|urgent|now|pls|please|immediately)\s+)?(?:for|2)\s+(?:the\s+)?)(?:EMS|ambulance|paramedics|units|officers|police|patrol|responders|medics|rescue)\b/,
  // (round 11) Anyone sent to the place, in a translation's word order: "to send the SAMU and the police to the place"
  /send\s+(?:[\w-]+\s+){1,5}?to\s+(?:the\s+|that\s+|his\s+|her\s+|their\s+)?(?:place|address|location|scene|house|flat|apartment|home|spot|residence)\b/,
  '(convince|persuade|talk) (him|her|them)',
  'liberat*',
  '(free|release) (the )?(hostages?|child|children|victim|her|him|them|(his|her|their) (mother|father|wife|husband|partner|child|children|son|daughter))',
  '(go|get|come|drive|respond|proceed) to (the|his|her|their) (correct |right |exact )?(building|address|location|house|home|place|scene|room|flat|apartment)',
  // One responder as well as many (round 9): "get an officer to him before the bridge", "get a paramedic to her"
  /get\s+(?:(?:officers|units|police|help|an?\s+(?:ambulance|car|officer|deputy|trooper|constable|cop|medic|paramedic|unit|patrol|crew|responder|negotiator)|EMS|paramedics|medics|deputies|troopers|constables|cops|responders|patrols?|someone|somebody)\s*(?:and|,|\+|&)?\s*)+(?:to|there|out\s+to)\b/,
  'be (sent|dispatched|deployed|directed) (to|out)',
  'make sure (she|he|they|the (child|victim|family)) (is|are) (safe|ok|okay|alive|unharmed)',
  '(bring|get|take) (her|him|them|the (child|victim|girl|boy)) (home|back|out|to safety)',
  'lead (us|officers|police|them) to (him|her|them|the)',
  // The place the person is in: "to know the exact flat", "get the precise address"
  '(know|learn|have|get|give (us|officers|police)|obtain|pin down) (the )?(exact|precise|correct|right|actual) (flat|address|location|house|apartment|building|room|spot|place|floor|unit|cabin|farm)\\b',
  'check (that |if |whether )?(he|she|they) (is|are) (not )?(at|near|with)',
  // Reaching the person in more words (round 5, from a probe of purpose wording, not from a narrative set)
  'take (the |his |her |their )?(guns?|knife|knives|weapons?|firearms?|rifles?|shotgun)s? (off|from|away)',
  'knock on (his|her|their|the) door',
  '(get|take|bring|rush) (her|him|them|the (child|victim|girl|boy)) to (a |the )?(hospital|doctor|safety|A&E|ER|emergency room)',
  'confirm (she|he|they|the (child|victim)) (is|are) (alive|safe|ok|okay|unharmed)',
  '(team|unit|units|officers|police|crew|ambulance|paramedics|EMS|patrols?|deputies|responders|negotiators) (can |could |will |may |to )?(attend|respond|get there|be there|go in)\\b',
  // Responders placed with the person: "so that a patrol can be at her door", "officers can be with her"
  '(team|unit|units|officers|police|crew|patrols?|deputies|responders|a (patrol|car|unit)) (can |could |will |may |to )?(be|stay|wait) (at|outside|with|near|by) (her|his|their|the)\\b',
  // A response named as a noun, action taken in time, a plan put in place, the threat contained, responders directed
  '(rapid|swift|urgent|immediate|quick|timely|emergency) (police |armed |emergency |officer |medical )?(response|intervention|deployment)\\b',
  'act (before|in time|quickly|immediately|now|first)\\b',
  '(put|have|get|set up) (a |the )?(safety plan|safety measures|protection|protective measures|safeguards?|protection plan) in place',
  '(neutrali(s|z)e|remove|eliminate|contain|end|reduce) the (threat|risk|danger)\\b',
  '(direct|guide|vector|task) (the )?(helicopter|air support|units?|officers|patrols?|resources|search|dogs?|team|drone)\\b',
  // Moved to safety: "bring her to a refuge", "move the boy to protection"
  '(bring|get|take|move|moving|relocate|relocating|place|placing) (her|him|them|the (child|victim|family|girl|boy|children|kids)) (to|into|in) (a |the )?(refuge|shelter|safe house|safety|safe place|protection|protective custody)\\b',
  '(put|place|station|post|position|have) (officers|units|police|a (car|unit|patrol|guard|police officer)|an officer|guards|patrols?|protection|an armed unit|armed officers) (at|outside|near|on|with|by)\\b',
  // (round 10) Protection named as a noun and set up or made stronger: "reinforce the custody of both women before the
  // hearing", "organise an escort for her", "step up the guard of the witness"
  PROTECTION_SET_UP,
];

/** The requested data, named in the sentence or the one before ("Request: IP logs"). */
export const DATA_TERMS: readonly Term[] = [
  /ip(?:\s*address(?:es)?|v[46])?/,
  'location*',
  'gps',
  'geo*',
  'subscriber',
  'account (info*|details|records|holder info*)',
  'login*',
  'log~in',
  'sessions?',
  'records?',
  'data',
  'information',
  'info\\b',
  'logs?',
  'phone numbers?',
  '(mobile|cell|telephone|contact|phone) (numbers?|no\\b|#)',
  'phone\\b',
  'address(es)?\\b',
  'names?\\b',
  'loc\\b',
  'acc(oun)?ts?\\b',
  'locali[sz]ation',
  'e-?mail address*',
  'device*',
  'cell~site',
  // (round 11) dispatch shorthand: "REQ PING ON SUBJ CELL"
  'pings? (on|of)',
  'registration',
  'messages?',
  'disclosure',
  'this request',
  // The request named by its purpose: "The purpose of the request is to…", "Purpose: arrest before harm"
  '(purpose|aim|goal|objective) (of|for) (the|this|our) (request|disclosure|application|data)',
  'purpose:',
  '(objective|aim|goal):',
  'requested (so|to|in order|because|for)\\b',
  'the requested',
];

/** Words that introduce a purpose within the 50 characters before it: "to locate", "so officers can find", "-> identify". */
export const PURPOSE_LEAD_TERMS: readonly Term[] = [
  'to',
  'so( that)?',
  'can',
  'could',
  'will',
  'would',
  'help*',
  'allow*',
  'enabl*',
  'in order (to|that)',
  'so as to',
  'may',
  'might',
  'purpose:?',
  '(objective|aim|goal):',
  'needed to',
  'must',
  '(need|needs|have|has) to',
  'lets? (us|officers|police|them)',
  'and\\b',
];
const PURPOSE_LEAD_ARROWS: readonly Term[] = ['->', '=>'];
/** Right before the purpose word, as writers of other languages put it: "for find him", "for to locate", "for locating". */
const PURPOSE_LEAD_ADJACENT: readonly Term[] = [
  'for( to| a| an| the)?',
  // (round 12) The purpose named as a noun with its qualifier of speed or precision: "for the immediate location of the
  // minor", "for the rapid tracing of", "for the swift localisation of"; not any word ("records for the account identified above")
  'for (the|a|an) (immediate|urgent|rapid|swift|prompt|quick|speedy|fast|timely|early|exact|precise|accurate|safe|successful|possible|real~time)',
  // "with objective of localize", "with the finality of": calques of con el objetivo de, con la finalidad de, afin de
  'with (the )?(aim|purpose|goal|objective|object|intention|intent|finality|end) (of|to)',
  'aim(ed|ing)? (at|to)',
  // Texting spelling, right before the purpose: "need fb live loc asap 2 send units"
  /(?<![\d.:/#-])2/,
];

/** Identifying someone to charge them is prosecution, not preventing harm. */
export const PROSECUTION_TERMS: readonly Term[] = [
  'charg(e|ed|ing)',
  'prosecut*',
  'conviction',
  'for court',
  'close (the|our) file',
  'complete the (incident )?report',
  // Evidence and discipline, not prevention: seize a phone, a hearing, the docket, a file review
  'seiz(e|ed|ing|ure) (of )?(the |a |his |her |their )?(contraband )?(phone|device|handset|sim|mobile|contraband)',
  'disciplinary',
  'for (the|our) (docket|file|records?)\\b',
  'file review',
  // Legal process: the court case, the trial, a hearing, the proceedings
  '(court )?case\\b',
  'trial\\b',
  'hearing\\b',
  'proceedings',
  'investigation file',
  'prosecution file',
];

/** Words that keep a prosecution sentence about prevention ("arrest him before he reaches her"). */
export const PREVENTION_TERMS: readonly Term[] = [
  'locat*',
  'whereabouts',
  /find(?!\s+out\b)/,
  'rescue*',
  'interven*',
  'prevent*',
  'stop',
  'protect*',
  'safeguard*',
  'welfare',
  // Before the harm, not before a step of the file: "before he reaches her", not "before closing it"
  /before(?!\s+(?:closing|filing|submitting|archiving|the\s+(?:file|case|trial|hearing|court|deadline|review)\b))/,
  'recover (the )?(child|victim|minor)',
  'intercept*',
  PROTECTION_SET_UP,
];

export const PURPOSE = compileLexicon(PURPOSE_TERMS);
/** The same, for walking every purpose word of a sentence. Reset `lastIndex` before use. */
export const PURPOSE_ALL = new RegExp(PURPOSE.source, 'gi');
export const DATA = compileLexicon(DATA_TERMS);
export const PURPOSE_LEAD = anyOf(
  compileLexicon(PURPOSE_LEAD_TERMS, { end: '[^.]{0,50}$' }),
  compileLexicon(PURPOSE_LEAD_ARROWS, { start: '', end: '[^.]{0,50}$' }),
  compileLexicon(PURPOSE_LEAD_ADJACENT, { end: '\\s+$' }),
);
/**
 * The purpose word names a document ("for the safeguarding file", "the protection review"), or the purpose aims at a thing,
 * not a person: "locate evidence for the trial", "trace the stolen funds", "find the phone
 * and return it to the owner". Tested on the words right after the purpose. Not a car or a phone alone: finding the
 * car a man sits in with his children is finding them.
 */
export const THING_OBJECT =
  /^\s+(?:file|files|record|records|report|log|docket|register|form|database|meeting|review)\b|^\s+(?:(?:the|any|all|some|his|her|their|its|our|a|an|further|more)\s+){0,2}(?:evidence|funds|money|proceeds|assets|goods|property|items|files|documents|crypto\w*|payments?|transactions?|parcel|package)\b|^\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:stolen|lost)\b|^\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:phone|handset|device|laptop|vehicle|car)\s+(?:and|to)\s+return\b/i;
export const PROSECUTION_ONLY = compileLexicon(PROSECUTION_TERMS, { end: '\\b' });
export const PREVENTION = compileLexicon(PREVENTION_TERMS, { end: '\\b' });

/**
 * A purpose word that is no purpose of the officer's (round 6): a form's question before its colon ("Why the information
 * is necessary to prevent the emergency: emergency"), a purpose that failed or cannot be ("unable to identify the male",
 * "your father cannot stop me"), and a thing as the subject of a passive purpose ("so the phone can be located").
 */
export const FORM_QUESTION_BEFORE = /(?:^|[\n:])\s*(?:why|how|describe|explain|state|reason|justification|basis|purpose|necessity|nature)\b[^:.\n]*$/i;
export const COLON_AFTER = /^[^:.\n]{0,60}:/;
/** "Without the IP we cannot find him": what the data makes possible, said by its absence; a purpose, not a failure. */
export const WITHOUT_THE_DATA_BEFORE =
  /\bwithout\s+(?:the|this|these|that|such|those|his|her|their)?\s*(?:[\w-]+\s+){0,2}?(?:data|information|info|ip|records?|location|subscriber|details|logs?|disclosure|it|them)\b[^.]{0,40}$/i;
export const PURPOSE_FAILED_BEFORE = /\b(?:unable|cannot|can['’]?t|could\s+not|couldn['’]?t|failed|impossible|not\s+able)\s+(?:to\s+)?(?:\w+\s+)?$/i;
export const THING_SUBJECT_BEFORE =
  /\b(?:phone|handset|device|sim|laptop|vehicle|car|evidence|funds|money|proceeds|goods|property|parcel|package)\s+(?:can|could|will|may|might|would)\s+be\s+$/i;
/** (round 11) After a purpose-looking word, an order or a measure in force ("has protective measure against him"). */
export const A_MEASURE_IN_FORCE_AFTER = /^\s+(?:measures?|orders?|injunctions?|notices?)\b/i;

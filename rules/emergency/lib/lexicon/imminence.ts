import { anyOf, compileLexicon, phraseSource, type Term } from '../phrases';
import { SHORTHAND_IMMINENT_TERMS } from './threat-words';

/** The harm is happening or about to happen. Whole words: each phrase starts and ends on a word boundary. */
export const IMMINENT_WORDS: readonly Term[] = [
  // Named as imminent or ongoing
  'imminen(t|tly|ce)',
  'right now',
  'currently',
  'ongoing',
  'in progress',
  'underway',
  'active',
  'countdown',
  'deadline',
  'cannot wait',
  'about to (be|become|turn into) (a )?(crime scene|bloodbath|massacre|war~?zone|murder scene)',
  'at risk now',
  'in (grave |serious )?danger',
  'remains? at risk',
  'at risk of death',
  // Intent announced
  'is (about|going|planning|preparing|set) to',
  'plans? to',
  'planning to',
  'intends? to',
  'refus(es|ing) to',
  'go(es)? off at',
  // Soon: tonight, before a day or an event, hours away
  'tonight',
  'tonite',
  '2nite',
  'tmrw',
  'tomorrow',
  'this (evening|afternoon|morning)',
  'before (school|work|the deadline|it is too late|sunrise|dawn|tomorrow|tonight|(mon|tues|wednes|thurs|fri|satur|sun)day)',
  '(on|by|this|next|coming) (mon|tues|wednes|thurs|fri|satur|sun)day',
  // A deadline the writer or the suspect sets: "before 1700hrs", "you got till midnight". Not "before he reaches her" or
  // "before he hurts her": the officer's aim to act first, which says nothing of when he will (round 6)
  /before\s+(?:[01]?\d|2[0-3])(?::?[0-5]\d)?\s*(?:h|hrs|hours|am|pm)\b/,
  '(till|until|by) (midnight|noon|tonight|tomorrow|(mon|tues|wednes|thurs|fri|satur|sun)day)',
  'today itself',
  'this night',
  '(driving|coming|heading|walking|going) (over |round |here |there )?now',
  '(only )?(a few )?hours? away',
  // (round 7) within the clause: not "threatens to kill himself every few months; today he is calm"
  /threaten\w*\s+to\s+\w+[^.;]{0,40}\b(?:today|tonight|tomorrow|now)/,
  // Still going on: held, running, unreachable
  'being held',
  'is holding',
  'still (running|in|inside|there|streaming|broadcasting|has|holds|armed)',
  "(cannot|can'?t|could not|unable to) (find|locate|reach)",
  "(is not|isn'?t|not) answering",
  'phone (is )?(off|switched off|dead)',
  'straight to voicemail',
  'on (his|her|their) way',
  'is being _ed',
  "(i'?m|i am|he'?s|he is|she'?s|she is|they'?re|they are) coming (round|over|for)",
  'is being (held|kept|broadcast|abused|beaten|hurt)',
  // Held now, in any voice and as non-native writers put it: "is kept in a karaoke bar", "is lock in the house"
  '(is|are|being|been) (still |now )?(kept|held|locked|lock|confined|imprisoned|chained|caged|trapped) (in|inside|at|up|into)\\b',
  // Harm repeated night after night is going on: "they lock the door every night", "he beats her every day"
  '(every|each) (single )?(night|day|evening|morning)\\b',
  // An attack under way at the person's door or on their body: "is banging on her door", "holds a knife to her throat"
  "(is|are|'s|’s) (now |still |currently )?(banging|knocking|kicking|pounding|hammering|forcing|breaking|smashing|climbing|chasing|following|attacking|beating|hitting|assaulting|choking|strangling|dragging|trying to (get|break|force) (in|into))( (her|him|them|us|me|the (victim|child|family|girl|boy)))?\\b",
  '(hold|holds|holding|point|points|pointing|press|presses|pressing) (a |the |his |her )?(knife|gun|blade|weapon|pistol|rifle|machete|shotgun) (to|at|against)\\b',
  // A deadline of the day itself: "until end of day", "by close of business", "by nightfall"
  '(until|till|by|before) (the )?(end of (the )?day|eod|close of business|cob|nightfall|sunset|sundown|dawn|sunrise|first light|this evening)\\b',
  // Going on since it began: "has been threatening to kill her since 0600", "have been holding them"
  '(has|have) been (threatening|holding|following|stalking|beating|hurting|abusing|hitting|locked|trapped|hiding)\\b',
  // Armed and present now: "a man is in the house with a knife", "he is outside the school with a gun"
  '(is|are|\'s) (now |still |currently )?(in|inside|at|outside|near|on|in front of) (_ )?(_ )?(_ )?with (a |an |his |her |their )?(knife|gun|weapon|rifle|machete|firearm|shotgun|pistol|axe|hammer|bat)\\b',
  // A body failing now, and a dose already inside it
  "(is|are|'s|’s) (now |still |currently )?(slurring|drowsy|vomiting|fading|fitting|convulsing|choking|passing out|drifting off|losing consciousness)",
  '(has|have|had|just) (just )?(taken|swallowed|drunk|injected|overdosed)',
  '(is|are) (still )?going on',
  'at (this|the present) (moment|time)',
  'while (we|i) (write|speak|type)',
  // A state that holds now: held, live, on the way, missing, unreachable, alone
  "(won'?t|wont|will not|doesn'?t|does not) let (me|her|him|them|us) (out|go|leave)",
  "(is|are|am|'s|'re|'m|’s|’re|’m) (now |still |currently )?(holding|standing|sitting|driving|heading|streaming|broadcasting|threatening|sending|waiting|hiding|hidden|watching|bleeding|cutting|trapped|locked|barricaded|parked|outside|inside|live)",
  // (round 7) not "is still afraid and now wants…": the same words after "now" as the bare cue leaves out
  /(?:is|are)\s+(?:\w+\s+){0,5}now\b(?!\s+(?:lives|resides|living|residing|works|working|based|married|retired|studying|requests?|asks?|wants?|wishes|believes|says|reports?|aged|deceased|closed)\b)/,
  'now (is|are|do|does|he|she|they)',
  'live (on|stream|video|broadcast)',
  'en route',
  'overdue',
  '(is|are|currently|still|now|remains?|been|reported|youth|child|teen|person|girl|boy) missing',
  'missing (since|from)',
  'last seen',
  '(goes|went|going|go) (straight )?to voicemail',
  'no answer',
  "(is|was) not answer",
  '(has|have) been (home )?alone',
  // A deadline for the harm: before the event or the hour it will happen at
  // "before he dies of exposure": a death under way by itself (not "before he kills her", the aim to act first)
  "before (_ )?(_ )?(_ )?(start|starts|begin|begins|sets? in|dies|die|board*|late|dark|nightfall)",
  'before (a|the) (second|next|another) (night|day)',
  /before\s+(?!19|20)(?:[01]\d|2[0-3])[0-5]\d\b/, // a bare 19xx or 20xx is more often a year
  // The threat was made today: an event verb and a time of today, in either order
  // Within the clause (round 7): not "two years ago he said he would stab her; she reported it today"
  /(?:posted|sent|messaged|texted|wrote|written|said|threatened|received|uploaded|commented|replied|published|announced|took|taken|left|broke|collected|seen)\b[^.;]{0,60}?\b(?:today|last\s+night|\d+\s*(?:min\w*|hours?|hrs?)\s+ago)/,
  /(?:today|last\s+night)\b[^.;]{0,40}?\b(?:posted|sent|messaged|texted|wrote|said|threatened|received|uploaded|commented|replied|published|announced|took|left|broke)/,
];

/**
 * Intent announced, as native and non-native writers put it: a lead ("will", "gonna", "is go to") and then, after
 * at most one more word, a verb of harm in any or no inflection ("he will kill", "she go to hurt", "gonna really
 * end"). One list of leads and one of verbs instead of every pairing.
 */
export const IMMINENT_INTENT_LEADS: readonly string[] = [
  'will',
  "'ll",
  '’ll',
  'shall',
  'gonna',
  'going to',
  'go(es)? to',
  'is go',
  'about to',
  'ready to',
];
export const IMMINENT_HARM_VERBS: readonly string[] = [
  'kill*',
  'shoot*',
  'stab*',
  'hurt*',
  'harm*',
  'murder*',
  'detonat*',
  'attack*',
  'rape*',
  'end*',
  'take*',
  'jump*',
  'burn*',
  'hang*',
  'strangl*',
  'cut*',
  'blow* (_ )?up',
  'drown*',
  'poison*',
  'torch*',
  'die',
];
const INTENT = new RegExp(
  `(?:${IMMINENT_INTENT_LEADS.map(phraseSource).join('|')})\\s+(?:\\w+\\s+)?(?:${IMMINENT_HARM_VERBS.map(phraseSource).join('|')})\\b`,
);
/** The whole evidence is announced intent alone ("will stab"), with no time or state of its own. */
export const INTENT_ONLY = new RegExp(`^(?:${INTENT.source})$`, 'i');
/**
 * A condition opens the sentence before the intent (round 7): "If you do not answer me I will stab you" threatens what
 * will happen if, not what is about to happen; a time, a state or a near day elsewhere still makes it imminent.
 */
export const CONDITION_BEFORE = /\b(?:if|unless|otherwise|or\s+else|in\s+case)\b[^.;]{0,80}$/i;
/** Intent said again and again in the past ("has said several times over the years that he will shoot"): a habit, not a time. */
export const HABITUAL = /\b(?:over\s+the\s+(?:years|months)|for\s+(?:years|months)|several\s+times|many\s+times|repeatedly|whenever|every\s+time|on\s+(?:several|many)\s+occasions)\b/i;

/** Phrases that start on a word boundary and may run on into a longer word ("immediate dangers", "livestreaming"). */
export const IMMINENT_OPENINGS: readonly Term[] = [
  '(immediate|grave|present|acute|active) (danger|threat|risk|shooter|situation)',
  'in immediate\\b',
  'still (missing|with|holding|armed|at large|online|live)',
  'remains? (missing|at large|unaccounted)',
  /within\s+(?:the\s+)?(?:next\s+)?(?:hour|\d+\s*(?:min\w*|hours?|hrs?))/,
  /in\s+the\s+next\s+(?:\d+|few|couple)/,
  'before it is too late',
  'livestream*',
  'live~stream*',
];

/** Phrases matched wherever they occur, even inside a longer word. */
export const IMMINENT_ANYWHERE: readonly Term[] = [
  'at any (moment|minute|time now)',
  'as we speak',
  'has not (yet )?been (located|found)',
  'whereabouts (are |remain )?unknown',
];

/** "No immediate danger", "no longer": imminence words that deny imminence. */
export const NEGATED_IMMINENCE_TERMS: readonly Term[] = ['(no|not) (an? )?(immediate|imminent|ongoing|current)\\b', 'not (currently|imminent)', 'no longer\\b'];

/** The text says that nobody knows when, or that the threat waits on a distant event. */
/**
 * A time that is the threatener's release from prison: "when I come out", "the day he gets out", "once I'm released",
 * "after my release". Out of or from anywhere but prison is no release ("when he gets out of work at 5 he will kill her",
 * "when she comes out from her office"). A threat timed so is not imminent while he is inside, and his custody does not
 * end it (harmScope).
 */
const RELEASE_TIMED_TERM =
  /(?:(?:when|once|the\s+day|as\s+soon\s+as)\s+(?:i|he|she|they|we)(?:['’]?m|['’]?s|['’]?re|\s+am|\s+is|\s+are|\s+get|\s+gets|\s+come|\s+comes|\s+walk|\s+walks)\s+(?:released|paroled|free|out(?!\s+(?:of|from)\s+(?!(?:the\s+|his\s+|her\s+|their\s+|my\s+)?(?:prison|jail|gaol|custody|nick|pen|penitentiary|remand|inside)\b)))|(?:after|on|upon)\s+(?:my|his|her|their)\s+release\b(?!\s+from\s+(?:hospital|work|the\s+hospital)\b))/;
export const RELEASE_TIMED = new RegExp(RELEASE_TIMED_TERM.source, 'i');

export const NOT_IMMINENT_TERMS: readonly Term[] = [
  /(?:nothing|no\s+information|no\s+indication|nothing\s+in\s+the\s+messages?)\b[^.]{0,40}\bwhen/,
  'not (imminent|immediate)',
  // Not a hedge about someone else ("no immediate risk to the public"), which leaves the threat to the victim standing
  /no\s+(?:immediate|imminent)\s+(?:danger|threat|risk)\b(?!\s+to\s+(?:the\s+)?(?:public|others|officers|staff|community|wider\s+community|anyone\s+else|third\s+parties|neighbou?rs|school|pupils|students))/,
  // "One day" as "some day", not a count of days ("one day ago", "within one day", "gave her one day to pay")
  /(?<!\b(?:in|within|for|about|only|just|than|of|every|first|last|next|per|a|the)\s+)one\s+(?:of\s+these\s+)?days?\b(?!\s+(?:ago|later|before|after|earlier|since|left|of|to|from|prior|old|notice|away|late))/,
  'someday',
  // Out of prison, not out of the car or off work ("when he gets out of work at 5 he will kill her")
  RELEASE_TIMED_TERM,
  // Open-ended: no day the harm is tied to
  'after some (days|time|weeks|months)',
  'sooner or later',
  "(will|'ll|would|gonna|going to) eventually",
  "eventually (i|he|she|they|we)('ll| will| would| shall| gonna)",
  'some ?day',
  /(?:release|parole)\s+(?:date\s+)?(?:is\s+)?(?:several|many|\d+)\s+years\s+away/,
  'cannot leave custody',
  // "He will once end in the cemetery": 'once' for 'one day', as writers of Slavic and Germanic languages put it
  '(will|would|shall) once\\b',
  'the day (i|he|she) (walk|get|am|is) out',
  // Thoughts of dying without a plan or a means (the labelling convention for a child's ideation)
  'no (plan|plans|method|means)( or| nor| and|,)? ?(no )?(plan|plans|method|means)? (was |were )?(mentioned|stated|disclosed|described|given|identified)',
  "(not|n'?t) (mentioned|stated|disclosed|described) (any |a )?(method|plan|means)",
  // A list of what the words lack: "No plan, no method, no other post"; thoughts "without a plan"
  'no (plan|plans|method|means)(,| or| nor| and) (no )?(plan|plans|method|means|date|time|weapon)\\b',
  '(thoughts?|ideation|talk|talks|talking|statements?) (of|about) (dying|death|suicide|killing (himself|herself|themselves)|ending it) (but )?(without|with no) (a |any )?(plan|method|means)',
  // A deadline that is a season or a term away
  'before (the )?(end of (the )?(term|school year|year|month|season|summer|winter)|the (rains|winter|summer|harvest|holidays|election))\\b',
  // A threat tied to a next time that may never come: "the next time you not get up", "the next cop who pulls me over"
  '(the )?next time (you|u|he|she|they|i|we)\\b',
  'the next (cop|officer|person|one|guy|girl|man|woman) (who|that)\\b',
  // The threatener is serving a sentence that ends years from now: "a sentence that ends in 2031", "earliest release 2033"
  /(?:sentence|term|custody|prison|serving|release|parole)\b[^.]{0,40}\b(?:ends?|until|till|expires?|release|date)\s+(?:in\s+|of\s+|is\s+)?20[3-9]\d\b/,
  // Away on service until a month of a year (round 8): "doing military service until October 2027", "deployed until March 2027"
  /(?:military|national|army|compulsory|conscript\w*)\s+service\b[^.]{0,40}\b(?:until|till|ends?|ending)\s+(?:in\s+)?(?:[a-z]+\s+)?20\d\d\b|\b(?:deployed|deployment|posted\s+(?:abroad|overseas))\b[^.]{0,30}\b(?:until|till)\s+(?:[a-z]+\s+)?20\d\d\b/,
  // Tied to a season or a year ahead: "will hurt her when she comes back next summer"
  /(?:will|['’]ll|gonna|going\s+to)\s+(?:\w+\s+){0,10}?(?:next|this\s+coming)\s+(?:summer|winter|spring|autumn|fall|year)\b/,
  // Tied to a season's event or away for a season (round 7): "when breakup comes", "out on his trapline for the winter",
  // "nothing suggests he is coming back before spring"
  '(when|once|after) (the )?(breakup|break~up|thaw|spring|summer|autumn|winter|monsoon|harvest|rains|ice|snow) (comes|come|arrives|arrive|starts|start|begins|begin|is over|are over|ends|end|melts|breaks|goes out)\\b',
  '(out|away|up|off) (on|at|in) (his|her|their|the|a|an) (_ )?(_ )?for the (winter|summer|season|whole (winter|summer|season|year))\\b',
  '(coming|come|be|getting|get|due|expected) back (before|until|till) (the )?(spring|summer|autumn|fall|winter|new year|next (week|month|year|season))\\b',
  // Tied to an event with no date: "if u ever testify", "no trial date is set"
  "if (u|you|ya|she|he|they) ever\\b",
  'no (trial|hearing|court) date',
];

/** Openings first: "active shooter" is the evidence, not "active". */
export const IMMINENCE = anyOf(
  compileLexicon(IMMINENT_OPENINGS),
  compileLexicon([INTENT]),
  compileLexicon(SHORTHAND_IMMINENT_TERMS, { end: '\\b' }),
  compileLexicon(IMMINENT_WORDS, { end: '\\b' }),
  compileLexicon(IMMINENT_ANYWHERE, { start: '' }),
);
/** The same without intent announced ("he will kill"): for a threat the text dates weeks back. */
export const IMMINENCE_STATED = anyOf(
  compileLexicon(IMMINENT_OPENINGS),
  compileLexicon(SHORTHAND_IMMINENT_TERMS, { end: '\\b' }),
  compileLexicon(IMMINENT_WORDS, { end: '\\b' }),
  compileLexicon(IMMINENT_ANYWHERE, { start: '' }),
);
export const NEGATED_IMMINENCE = compileLexicon(NEGATED_IMMINENCE_TERMS);
/** A later event that overtakes an earlier "no immediate risk" assessment: a raised grading, a new threat. */
export const OVERTAKEN = compileLexicon(
  [
    '(grading|grade|risk|assessment|risk level) (was |has been |now )?(raised|upgraded|increased|escalated|revised|changed) (to|as)',
    '(re)?graded (up|upwards|to high|as high)',
    'since (then|that assessment)',
    'new (threat|message|post|video|call|information|messages|posts|threats)',
    'has since (posted|sent|written|messaged|called|threatened)',
  ],
  { end: '\\b' },
);
/**
 * Nothing has happened since the threat, or the words had no plan behind them ("no plan, no means"): then a threat of
 * the last days is not current by its date alone (it still is when the text gives a near time or a present state).
 */
export const NOTHING_SINCE = compileLexicon(
  [
    'no (further|other|more|new|subsequent) (contact|messages?|threats?|incidents?|sightings?|approaches|communication)',
    // (round 11) as a translation puts it: "Since that time there was no contact from him"
    'since (that time|then|that day) (there (was|were|has been|have been) )?no (contact|messages?|threats?|communication)',
    'no sightings? (of|near)',
    'nothing (further|more|new) (has )?(happened|occurred|been (received|reported))',
    'has not (been in contact|made contact|contacted (her|him|them)) since',
    'no (plan|plans|means|intent|attempt)(, no| or| and| nor)',
  ],
  { end: '\\b' },
);
export const NOT_IMMINENT = compileLexicon(NOT_IMMINENT_TERMS, { end: '\\b' });

/**
 * A threat dated years back by the words of the text (round 11): "several years ago he threatened her", "two years ago",
 * "back in 2019" is a date the parser reads. Like a threat dated weeks back, its intent announced then ("he will kill
 * her") does not make it current; a time of the last days or the days ahead still does.
 */
export const YEARS_AGO =
  /\b(?:(?:several|many|a\s+few|some|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years|(?:a|one)\s+year|years|long)\s+ago\b|\blast\s+year\b/i;

/**
 * The threatener held in a closed place until a stated time (round 10): "is held in the closed ward of the psychiatric
 * hospital by decision of the court … without leave until the court review in June 2027", "committed to a forensic hospital
 * until 2028", "detained in the secure unit until March". The words after "until" are read as a date by the analysis: a
 * release a month or more away is no imminent danger, a release tomorrow still is.
 */
export const HELD_UNTIL =
  /\b(?:held|detained|confined|committed|sectioned|locked\s+up|kept|remanded|admitted|serving|serves|hospitali[sz]ed|interned)\b[^.;]{0,120}?\b(?:ward|unit|hospital|clinic|facility|prison|jail|gaol|custody|detention|remand|penitentiary|institution|imprisonment|incarceration|(?:prison|jail)\s+(?:sentence|term))\b[^.;]{0,120}?\b(?:until|till|through|up\s+to)\s+([^.;]{1,60})/gi;

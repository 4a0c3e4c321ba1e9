import { compileLexicon, type Term } from '../phrases';
import { IMMINENCE_FORMS } from './imminence-forms';

/**
 * Where the text states a danger, any sign that it is present, ongoing or hours away makes it imminent: a state that
 * holds now, a time of today or the next days, a threat just made. Read only after the stated words of imminence,
 * and only for a stated harm; a text that places the threat in the past or far ahead is excluded before this.
 */
export const PRESENT_STATE_CUES: readonly Term[] = [
  // Not where someone now lives, works or asks ("he now lives in Australia", "Mr. Frommelt now requests")
  /now\b(?!\s+(?:lives|resides|living|residing|works|working|based|married|retired|studying|requests?|asks?|wants?|wishes|believes|says|reports?|aged|deceased|closed)\b)/,
  'currently',
  'presently',
  'at present',
  // Not a feeling that lasts (round 7): "she is still afraid"
  /still\b(?!\s+(?:afraid|scared|frightened|worried|anxious|upset|traumati[sz]ed|shaken|nervous|fearful|in\s+shock|distressed|angry|sad))/,
  'ongoing',
  'at large',
  'on the run',
  'unaccounted( for)?',
  'whereabouts',
  'en~route',
  'on (his|her|their|the) way',
  'heading (to|for|towards)',
  'missing',
  'last seen',
  'not (been )?(located|found|traced)',
  'cannot be (located|found|reached|contacted)',
  'unreachable',
  // Held since, as writers of French or German put it ("est enlevée depuis"): "is taken since some days"
  '(is|are) (still )?(taken|held|kept|missing|kidnapped|abducted|sequestered|locked up|captive) since\\b',
  'has access to',
  'in possession of',
  'barricaded',
  // (round 7) holed up, the means in hand, the act already begun: "has the lighter in his hand", "has already poured the petrol"
  'holed up',
  '(has|holds|holding|with|had) (the|a|his|her) (lighter|knife|gun|rifle|pistol|shotgun|machete|rope|matches|blade|axe|hammer|bottle of pills|pills) in (his|her|their) hands?',
  '(has|have|had) (already|just) (poured|doused|loaded|tied|swallowed|set up|cocked|lit|barricaded|taken)\\b',
  'is (with|alone)',
  // Still going on, in other words
  'as of now',
  'at (this|the) (moment|minute)',
  'continu(es|ing) to',
  'keeps (on )?(posting|sending|calling|messaging|texting|threatening|streaming)',
  'is live',
  'went live',
  'streaming',
  'on the (move|loose)',
  '(switched|turned|powered) off',
  'no contact (since|with)',
  '(has not|hasn\'?t|did not|didn\'?t|failed to) (return|returned|come home|came home|arrive|arrived)',
  'not (come|came|returned) (home|back)',
  // Silence since the danger arose (round 6): stopped replying, not seen since, nobody has seen her
  '(stopped|stops|has stopped|have stopped) (answering|replying|responding|picking up|reading)',
  '(has|have|had) not (been )?(seen|heard( from)?|replied|responded|answered)( (since|for|in))?',
  "(has|have|had)n'?t (been )?(seen|heard( from)?|replied|responded|answered)( (since|for|in))?",
  '(no ?one|nobody) has (seen|heard from) (him|her|them)',
  // Unreachable and away now (round 7): "is not at home and does not answer the phone", "cannot be reached"
  // Of the person, not a condition put to them ("if you do not answer me…")
  /(?<!\b(?:if|unless|when|whether)\s+(?:\w+\s+){0,2})(?:does|did|is|are)(?:\s+not|n['’]?t)\s+(?:answer|answering|pick\s+up|picking\s+up|reply|replying|respond|responding)\b(?:\s+(?:the|her|his|their)\s+(?:phone|calls|messages|door))?/,
  "(is|are)( not|n'?t) (at home|home|in (her|his|their) (room|flat|house))",
  "(cannot|can'?t|could not|couldn'?t) be (reached|contacted|located|found)",
  'unreachable',
  // Held since, as writers of French or German put it ("est enlevée depuis"): "is taken since some days"
  '(is|are) (still )?(taken|held|kept|missing|kidnapped|abducted|sequestered|locked up|captive) since\\b',
  '(fled|escaped|absconded|awol)\\b',
  '(location|where(abouts)?) (is |are )?unknown',
  // Escalating, armed, with the means or the address: able to act now
  'escalat*',
  '(increasing|intensifying|getting worse)',
  '(is|are|was) (still )?(armed|drunk|intoxicated|agitated|volatile|irate|enraged)',
  // A body in danger as the writer speaks: "is blue and not breathing", "she's unconscious"
  "(is|are|he'?s|she'?s|they'?re) (still |now |currently )?(blue|turning blue|not breathing|unresponsive|unconscious|bleeding|overdosing|seizing|fitting|collapsed|choking|trapped|drowning)",
  '(has|have|had) (just |already |now |recently )?(bought|purchased|acquired|obtained|collected|picked up)',
  '(knows|found out|has|got|obtained) (her|his|their) (new )?(address|location)',
  '(recently|just|newly) (released|bailed|paroled|out)',
  'released (on bail|yesterday|today|this (week|morning))',
  // Moving towards the person or waiting for them
  '(driving|travell?ing|walking|coming|heading|making (his|her|their) way|moving) (to|towards|toward|over to|round to|back to)',
  'approaching (her|him|them|his|their|the)',
  '(parked|waiting|lurking|circling|seen) (outside|near|around|by)',
  'lying in wait',
  // Already where the person is: "he is already in her street"
  "(is|are|'s|’s) (already|now) (in|at|on|near|outside|inside) (her|his|their|the) (street|road|building|block|estate|house|flat|home|school|work|workplace|area|village|town)\\b",
  'outside (her|his|their|the) (house|home|door|flat|apartment|school|work|workplace|address)',
];

export const NEAR_TIME_CUES: readonly Term[] = [
  'today',
  'tonight',
  'this (morning|afternoon|evening|week|weekend)',
  'last night',
  'yesterday',
  'overnight',
  'earlier today',
  // 'just' as a near time ("just before the call", "has just left"), not as 'simply' ("she could just not wake up")
  /(?<!\b(?:could|would|can|might|should|will|may|must|to)\s+)just(?!\s+(?:not|like|because|to|as|so|kidding|joking|in\s+case|wants?|wanted|wish\w*)\b)/,
  '(a few|few|two|three|several) (hours?|hrs?|minutes?|mins?)',
  /\d+\s*(?:hours?|hrs?|minutes?|mins?)\s+(?:ago|away|later|from now)/,
  'hours? ago',
  'within (hours|the hour|minutes|days)',
  'shortly',
  'any (minute|moment|time now)',
  'deadline',
  'by (the )?(end of|tonight|tomorrow|morning|evening|midnight|noon)',
  // Tonight and tomorrow as other Englishes and chat write them
  'tonite',
  '2nite',
  'tnite',
  'the night\\b',
  'tmrw',
  'tmr',
  '2morrow',
  '2moro',
  'tomoz',
  'the morra',
  'this arvo',
  'today itself',
  '(noon|midday|midnight|dawn|lunchtime|sunset|nightfall)',
  '(very|real|really) soon',
  '(right|straight|immediately) after',
  '(as soon as|the moment|once) (he|she|they|the (suspect|subject)) (finds?|gets?|sees?|arrives?|reach(es)?|is released)',
  // Near hours and countdowns
  'in (a|an|one|two|three|a few|a couple of|the next) (hours?|hrs?|minutes?|mins?)',
  'next (hour|few hours|24 hours|24 hrs|48 hours|48 hrs)',
  'ultimatum',
  'countdown',
  'clock is ticking',
  '(time is |is )?running out( of time)?',
  '(last|final) (chance|warning)',
  // Before an event the harm waits for
  'before (dark|dawn|morning|noon|midday|evening|nightfall|sunrise|sunset|school|work|the weekend|the end of the day)',
  'before (it|this|anything) (happens|is too late)',
  'before (any|an|further|more) (untoward|incident|harm|injury|violence|attack)',
  'before the (videos?|photos?|images?|deadline|ultimatum|post|pictures?) (is |are )?(sent|posted|shared|released|published|leaked)?',
];

/**
 * A present state in a dispatch note's own register (round 11): all caps, no verb, "EX-HUSB AT DOOR W/ MACHETE", "SUBJ
 * ON SCENE", "OUTSIDE RES", "IN PROGRESS". Read case-sensitively: in prose, "at the door" tells no time ("he was at the
 * door last week").
 */
export const CAD_PRESENT_STATE =
  /\b(?:(?:AT|OUTSIDE|IN\s+FRONT\s+OF|INSIDE)\s+(?:THE\s+|HER\s+|HIS\s+|RP\s+|VIC\s+)?(?:FRONT\s+|BACK\s+)?(?:DOOR|RES|RESIDENCE|HOUSE|APT|UNIT|LOC|WINDOW|WORKPLACE|SCHOOL)|ON\s+SCENE|IN\s+PROGRESS|STILL\s+(?:ON|AT|INSIDE|ARMED)|BARRICADED)\b/;
export const IMMINENCE_CUES = compileLexicon([...PRESENT_STATE_CUES, ...NEAR_TIME_CUES, ...IMMINENCE_FORMS], { end: '\\b' });

/**
 * (round 12) An act under way in a dispatch note's register: all caps, a verb in -ING with no auxiliary ("BF JORDAN MILLS
 * KICKING DOOR", "EX BANGING ON DOOR W/ HAMMER", "NEIGHBOUR CHASING WIFE WITH KNIFE"), or a person shut in ("RP LOCKED IN
 * BATHROOM", "CALLER HIDING IN CLOSET"). Not the -ING words that are as often adjectives or nouns in these notes
 * ("THREATENING MESSAGES", "SHOOTING LAST WEEK", "STABBING AT BAR"). Case-sensitive, as CAD_PRESENT_STATE; a line that
 * tells history (PRIOR, HX, a past year) is read by CAD_HISTORY_LINE in the analysis.
 */
export const CAD_ACTION_UNDER_WAY =
  /\b(?:KICKING|BANGING|POUNDING|BREAKING|SMASHING|ASSAULTING|HITTING|CHOKING|STRANGLING|CHASING|BRANDISHING|WAVING|POINTING|ATTACKING|DRAGGING|FIRING|TRYING\s+TO|(?:LOCKED|HIDING|TRAPPED)\s+IN)\b/;
/** A dispatch line that tells history, not the call: "PRIOR HX: …", "FILE REVIEW", "IN 2024", "MARCH 2025". */
export const CAD_HISTORY_LINE =
  /\b(?:PRIOR|PRIORS|HX|HISTORY|PREV|PREVIOUS|PREVIOUSLY|REVIEW|LAST\s+(?:YEAR|MONTH|WEEK)|(?:IN|ON|SINCE)\s+(?:19|20)\d\d|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\.?\s+(?:19|20)\d\d)\b/i;

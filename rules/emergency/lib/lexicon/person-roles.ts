/**
 * What a person word is doing in its sentence (issue 13, round 6). A word such as "neighbour" or "parent" names the
 * person at risk only when the sentence is about them, not when they report, forward or worry ("a neighbour
 * complained", "flagged by a parent"); an age or a role names the offender when the sender is identified as it ("the
 * sender was identified as a 12-year-old"); a person word used as a modifier names no one ("a hostage situation").
 */

/** Witnesses and relatives who often report: skipped as the subject of a reporting verb, kept otherwise. */
export const REPORTER_ROLE =
  /^(?:neighbou?rs?|family|parents?|mother|father|mom|mum|dad|relatives?|co-?workers?|colleagues?|witness(?:es)?|teachers?|staff|employees?|roommate|cousin|friend|nurse|doctor|school|sister|brother|wife|husband)$/i;

/** The reporting verb after the word, past an "of …" phrase ("a relative of a Docs user called us"). */
export const REPORTS_AFTER =
  /^(?:\s+of\s+(?:[\w'’-]+\s+){1,5}?)?\s*(?:\([^)]{0,30}\)\s*)?(?:has\s+|have\s+|had\s+|then\s+|also\s+|later\s+|first\s+)?(?:complained|complains|called|calls|forwarded|forwards|reported|reports|rang|rings|phoned|flagged|flags|contacted|alerted|informed|says|said|states|stated|told|tells|asks|asked|wrote|writes|e-?mailed|requests?|requested|raised|noticed|found\s+(?:the|a|his|her)\s+(?:post|message|video|chat|messages)|(?:is|are|was|were)\s+(?:worried|concerned|asking))\b/i;

/** The word as the agent of a report: "flagged by a parent", "reported by a co-worker". */
// Round 8: the report named as a noun, "Complaint by mother of a player", "a tip from a neighbour"
export const REPORTED_BY_BEFORE =
  /\b(?:(?:flagged|reported|forwarded|raised|referred|sent|submitted|passed\s+on|called\s+in)\s+by\s+(?:a|an|the|her|his|their|my|our)|(?:complaint|report|referral|tip|tip-off)\s+(?:made\s+|lodged\s+|filed\s+)?(?:by|from)(?:\s+(?:a|an|the|her|his|their|my|our))?)\s+$/i;

/** The offender identified by an age or a role, or said to be one: "the sender was identified as a 12-year-old pupil", "the author is a boy of 14". */
export const OFFENDER_IDENTIFIED_BEFORE =
  /\b(?:sender|suspect|offender|perpetrator|poster|author|culprit|caller|hoaxer)\s+(?:was\s+|is\s+|has\s+been\s+|had\s+been\s+)?(?:identified|confirmed|traced|found)\s+(?:to\s+be|as)\s+(?:a|an|the)\s+(?:\d{1,2}[\s-]*(?:year|yr)s?[\s-]*old\s+|young\s+|local\s+)?$|\b(?:sender|suspect|offender|perpetrator|poster|author|culprit|caller|hoaxer)\s+(?:is|was)\s+(?:a|an)\s+(?:\d{1,2}[\s-]*(?:year|yr)s?[\s-]*old\s+|young\s+|local\s+)?$|\b(?:identified|confirmed|traced)\s+(?:the\s+)?(?:sender|suspect|offender|poster|author|culprit|caller|hoaxer)\s+as\s+(?:a|an|the)\s+(?:\d{1,2}[\s-]*(?:year|yr)s?[\s-]*old\s+|young\s+|local\s+)?$/i;

/** Identifying the account holder is finding the offender ("to identify the account holder"); a child to identify is not. */
export const ACCOUNT_ROLE = /^account\s+(?:holder|owner|user)$/i;
// (round 12) or found by the inquiry: "a parent tip led us to the account owner", "the post was traced to the account holder"
export const IDENTIFY_BEFORE =
  /\b(?:identify|identifying|identification\s+of|unmask|unmasking|trace|tracing|(?:led|leads|lead)\s+(?:us|police|officers|investigators|detectives)\s+to|(?:traced|tracked)\s+(?:\w+\s+){0,3}?to|tracked\s+down)\s+(?:the\s+)?$/i;

/** A person noun used as a modifier: "a hostage situation", "a hostage call". */
export const MODIFIER_AFTER = /^\s+(?:situation|scenario|call|drill|exercise|video|game|negotiation\s+training)\b/i;

/**
 * A name given as the offender's (round 7): "The suspect, John Doe, 34, posted threats", "sender: Tomas K", "the accused
 * Rudi Hartono". Not "subject" nor "caller", which police also write of a person at risk.
 */
export const OFFENDER_BEFORE_NAME =
  /\b(?:suspect|offender|perpetrator|accused|sender|poster|author|threatener|culprit|hoaxer)(?:\s*[,:]\s*|\s+(?:is|was|named|called|identified\s+as|believed\s+to\s+be)\s+|\s+)$/i;

/**
 * Round 10: a person word that is the one who posts the threat, owns the weapon or sits beside the sender, not the person
 * at risk. The poster: the word right before a verb of posting or of saying what he would do ("a student posted 'about to
 * bomb the orgo final'", "a U15 coach posted …", "a 15-year-old boy saying he would 'blow up the Gaelscoil'"), unless the
 * sentence says the poster is the one in danger (self-harm, someone threatening or following them: "a pupil wrote that she
 * will kill herself", "the boy says he will jump tonight", "one of the nurses posted that her ex is outside").
 */
export const POSTER_AFTER =
  /^\s+(?:(?:boy|girl|man|woman|pupil|student|user|lad|teen|teenager)\s+)?(?:(?:on|in|via)\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+)?(?:posted|posts|wrote|writes|tweeted|uploaded|commented|typed|(?:saying|says|said)\s+(?:he|she|they)\s+(?:would|will|is\s+going\s+to|was\s+going\s+to|gonna))\b/i;
export const POSTER_AT_RISK =
  /\b(?:myself|himself|herself|themselves|themself|suicid\w*|end\s+(?:my|his|her|their)\s+(?:own\s+)?life|kill\s+me|help\s+me|hurt\s+me|being\s+(?:held|followed|threatened|hurt|beaten)|(?:her|his|their|my)\s+(?:ex|ex-\w+|partner|husband|wife|boyfriend|girlfriend|father|mother|stepfather|stepmother|dad|mum|mom|brother|uncle)\b(?!['’]s)|outside|follow\w*|threaten\w*\s+(?:her|him|them|me)|scared|afraid|jump\w*|overdos\w*|hang\w*|end\s+it|pills|die|dying|goodbye|farewell)/i;
/** The owner of the weapon: "bringing my dad's AR", "his brother's gun". */
export const WEAPON_OWNER_AFTER =
  /^['’]s?\s+(?:[\w-]+\s+)?(?:guns?|ar|ar-?15|rifles?|pistols?|shotguns?|handguns?|firearms?|knife|knives|weapons?|glock|revolver|ammo|ammunition|machete)\b/i;
/** The sender's relatives beside him when officers speak to him: "interviewed him with his parents", "the boy and his parents were spoken to". */
export const RELATIVE_ROLE = /^(?:parents?|mother|father|mum|mom|dad|guardians?)$/i;
export const BESIDE_THE_SENDER_BEFORE =
  /\b(?:interview\w*|spoke\s+(?:to|with)|spoken\s+(?:to|with)|visited|seen|met|warned|cautioned|questioned)\b[^.;]{0,60}\b(?:with|and)\s+(?:his|her|their)\s+$/i;
export const BESIDE_THE_SENDER_AFTER = /^\s+(?:present|were\s+(?:spoken|present|interviewed|seen|visited|warned|cautioned))\b/i;

/**
 * Round 10: a person word inside a name, not a person: a handle ("mesa.problem.child", "chaos.kid.77") or a group named in
 * quotation marks before its noun ("the 'Elmwood Neighbours' Facebook group"); and the one who carries the weapon, the
 * subject of bringing or showing it ("a kid is bringing his brother's gun to school", "a teenager is bringing a knife").
 */
export const HANDLE_CHAR_BEFORE = /[._@]$/;
export const HANDLE_CHAR_AFTER = /^[._]\w/;
export const GROUP_NAME_AFTER = /^[^"”'’.]{0,30}["”'’]\s+(?:[\w-]+\s+)?(?:group|page|channel|server|account|chat|forum|community|profile)\b/i;
export const WEAPON_CARRIER_AFTER =
  /^\s+(?:is\s+|was\s+|has\s+been\s+)?(?:bringing|brings|brought|carrying|carries|carried|showing|showed|shows|pointing|pointed|waving|waved|wielding|wielded|armed\s+with|loading|loaded|hiding|hid)\s+(?:(?:a|an|the|his|her|their|my|two|three)\s+)?(?:[\w'’-]+\s+){0,2}?(?:guns?|ar|ar-?15|rifles?|pistols?|shotguns?|handguns?|firearms?|knife|knives|weapons?|machete|bomb|explosives?|glock|revolver|axe|blade)\b/i;

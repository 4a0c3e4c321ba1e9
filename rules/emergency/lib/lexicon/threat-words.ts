import type { Term } from '../phrases';

/**
 * Death threats as suspects write them: idiom, euphemism and slang that name no weapon and no verb of killing
 * ("you won't see Christmas"), and the words of someone who means to end their life. Matched like the harm words.
 */
export const THREAT_IDIOM_TERMS: readonly Term[] = [
  "won'?t see (christmas|tomorrow|the (morning|weekend|new year|summer)|another (day|birthday|christmas)|(your|her|his|their) (next )?birthday|next (week|year))",
  "won'?t (wake up|make it home|live (to|through|past))",
  'say goodbye to (your|her|his|their)',
  "(this is|it'?s|that was) (your|her|his|their) (last|final) warning",
  '(a )?dead (man|woman|meat) walking',
  'days are numbered',
  'watch (your|her|his) back',
  'sleep* with the fish*',
  '(six|6) (feet|ft) under',
  'body ?bags?',
  'end you\\b',
  'put* (you|him|her|them|(the )?(whole )?(family|lot)) (all )?(down|in the ground|in a box)',
  '(two|one|a bullet|bullets|one bullet) (in|through) (the|your|his|her|their) (face|head|chest|skull)',
  'make (you|him|her|them) disappear',
  'know where (you|your (kids|children|family|daughter|son|wife)) (live|sleep|go to school)',
  'take (you|her|him|them|the kids) (all )?with (me|him|her)',
  'see (you|her|him) in hell',
  'pay with (your|her|his|their) (life|lives|blood)',
  'finish (you|her|him|them|the job)',
  'wipe (you|them|her|him) out',
  '(no ?one|nobody) (will|can|gonna|is going to) (ever )?find (you|her|him|them|us|the bod(y|ies))',
  // Contracted and with the g dropped: "nobody's findin ya till spring"
  /(?:no\s?one|nobody)(?:['’]s|['’]ll|\s+is|\s+will|\s+would|\s+ever)?\s+(?:ever\s+)?(?:be\s+)?(?:finding|findin['’]?|finds?)\s+(?:you|u|ya|yuh|her|him|them|us|the\s+bod(?:y|ies))\b/,
  "(won'?t|wont|will not|never) (be )?(coming|come|going|go|get|getting|make it|making it|return|returning) (back|home)",
  "(i'?m|im|i am|she'?s|he'?s) not (coming|going|getting) (back|home)",
  "(won'?t|wont|will not|not|never) (get to |live to |going to )?see (the )?(sunrise|sun rise|morning|dawn|daylight|new year|tomorrow)",
  "(won'?t|wont|will not|not going to) make it (to|through|past)",
  '(put|putting|puts) (you|u|him|her|them) in the (dirt|ground|grave)',
  '(see you|cya|see u|go|going|goes|send (you|him|her|them)) (_ )?(_ )?(_ )?(on |to )?the other side',
  '(all )?going together',
  "get (what'?s|what is) coming",
  "(if|when) i (wasn'?t|was not|were not|weren'?t|am not|'m not|im not) (here|around|alive)",
  "(not|never|won'?t|wont) wak(e|ing) up",
  '(how many|as many as) (i|he|she|we|they) (can )?(take|kill|get|hurt)',
  '(doing|do) it (properly|right) this time',
  'make (you|him|her|them|your _|(his|her|their) _) (stop|disappear|go away|vanish|pay)',
  'for good\\b',
  "(you'?ll|you will|u will|she'?ll|she will|he'?ll|he will|they'?ll|they will) be gone",
  'gone (for ever|forever)',
  'disappear (for ever|forever)',
  'sleep (for ever|forever)',
  'get(s|ting)? got',
  '(how|what) (this|it) (ends|will end|finish*|is going to end)',
  '(know|knows) (already )?how (this|it) (ends|will end)',
  'how (to )?finish (this|it)\\b',
  'accidents (happen|can happen)',
  'next time (it|it\'?ll|it will) be',
  'taking (as many|everyone|them all|all of them) (as i can )?with me',
  'hang from',
  '(will|gonna|going to|\'ll) burn\\b',
  '(will|gonna|going to|\'ll|wants? to|threaten* to|say* (he|she) (will|go to)) (_ )?jump\\b',
  "(you|he|she|they) (don'?t|won'?t|will not|never|do not) (return|come|make it|get) (back |home )?(home|alive)",
  // Ending one's own life, said without the word
  'better (off )?(without me|if (i|he|she) (just )?(disappeared|was gone|were gone|died))',
  "can'?t (go on|take (it|this) any ?more|do this any ?more)",
  'no reason to (live|go on)',
  "won'?t be (here|around) (tomorrow|much longer|by)",
  '(sorry|goodbye|bye)( _)?[,.]? this is it',
  'thanks for everything',
  'finished with (everything|life|it all)',
  '(standing|sitting) on (the |a )?(ledge|bridge|roof|railing)',
  // The edge of a drop, not of the bed or the sofa
  /(?:standing|sitting)\s+on\s+(?:the\s+|a\s+)?edge\b(?!\s+of\s+(?:the\s+|a\s+|my\s+|his\s+|her\s+|their\s+)?(?:bed|sofa|couch|chair|seat|table|desk|bath|bathtub|pool|stage|kerb|curb|pavement))/,
  'rope (tied )?(to|around|over) (a|the)',
  // Injury promised, without a verb of violence
  "(never|not|won'?t) see (her|him|them|(your|her|his|their) _) (again|more|alive|breathe)",
  'see (you|her|him|them) in the (ground|grave|hospital)',
  'eat* through a straw',
  "(can'?t|never|won'?t) walk again",
  'take care of (you|her|him|them|the problem|it) (permanently|for good)',
  // Street slang for a shooting
  'catch* (a )?bod(y|ies)',
  'slid(e|ing)? on (them|him|her|you|em)',
  'pull* up (on (them|him|her|you|em)|with (the|a|my) (switch|strap|glizzy|blick|stick|chop|mop))',
  "gett?in(g|')? (it|dropped|smoked|popped|clapped|wet)\\b",
  '(smoke|pop|clap|drop|wet) (you|him|her|them|em)\\b',
  'shotgun',
  /\d+[\s-]?gauge/,
  'handguns?',
];

/**
 * Police shorthand for a danger to life, of UK, US, Australian and Canadian forces: threat-to-life warnings,
 * gunshot wounds, a high-risk missing person (graded so because serious harm is likely), "5150" psychiatric holds.
 */
export const SHORTHAND_HARM_TERMS: readonly Term[] = [
  'TTL\\b',
  'threat(s)? to (his |her |their )?life',
  'Osman (warning|letter|notice)',
  '(risk|threat) to life (warning|notice|assessment)',
  'GSW\\b',
  'ADW\\b',
  'shots fired',
  'MWG\\b',
  '(high|very high|critical)~risk (misper|missing|MP\\b|juvenile|child|person|adult)',
  '(misper|missing( person)?|MP) (graded |assessed )?(high|very high|critical)~risk',
  // NSW and others put the grading in brackets or after a dash: "MP (HIGH RISK)", "MISPER [high risk]", "MISPER — HIGH RISK"
  /(?:misper|missing(?:\s+person)?|MP)\s*[-–—:|([]\s*(?:high|very\s+high|critical)[\s-]?risk/,
  /10-56[a-z]?\b/,
  '(re)?(graded|assessed|classified|risk (level|grading|assessment)?:?) (as )?(high|very high|critical)( risk)?\\b',
  '5150\\b',
  'danger to (him|her|them)sel(f|ves)',
  // (round 7) suicidal ideation with a plan, a registered sex offender, in clinical and police shorthand
  '(with|w/|has|having|reports|reporting|endorses|endorsing|voicing|expressing|active|actively) SI\\b',
  'SI (with|w/) (a )?(plan|intent|means)',
  '(with|company of|contact with|living with|staying with|in touch with|meeting) (an? |the |a known |a registered )?RSOs?\\b',
];

/** Dispatch priorities and risk gradings that mean "now": Code 3, Priority 1, an immediate (I-grade) response. */
export const SHORTHAND_IMMINENT_TERMS: readonly Term[] = [
  'code (3|three|red)',
  'amber alert',
  'priority (1|one)\\b',
  'P1\\b',
  'grade (1|one)\\b',
  'i~grade',
  'immediate response',
  '(high|very high|critical)~risk (misper|missing|MP\\b)',
  '(misper|missing( person)?|MP) (graded |assessed )?(high|very high|critical)~risk',
  /(?:misper|missing(?:\s+person)?|MP)\s*[-–—:|([]\s*(?:high|very\s+high|critical)[\s-]?risk/,
  '(re)?graded (as )?(high|very high|critical)',
];

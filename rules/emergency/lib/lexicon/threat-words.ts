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
  "(won'?t|wont|will not|never) (be )?(coming|come|going|go|get|getting|make it|making it|return|returning) (back|home)",
  "(i'?m|im|i am|she'?s|he'?s) not (coming|going|getting) (back|home)",
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
  '(standing|sitting) on (the |a )?(edge|ledge|bridge|roof|railing)',
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
  'getting (it|dropped|smoked|popped|clapped|wet)\\b',
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
  /10-56[a-z]?\b/,
  '(re)?(graded|assessed|classified|risk (level|grading|assessment)?:?) (as )?(high|very high|critical)( risk)?\\b',
  '5150\\b',
  'danger to (him|her|them)sel(f|ves)',
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
  '(re)?graded (as )?(high|very high|critical)',
];

import { anyOf, compileLexicon, type Term } from '../phrases';
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
  'shoot(s|ing|er)?',
  'shot',
  /gun\s*point/,
  'firearms?',
  'guns?',
  'rifle',
  'pistol',
  'stab(s|bed|bing)?',
  'knife',
  'machete',
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
  'sexual(ly)? (abus*|assault*|exploit*)',
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
  'stops? breathing',
  'unresponsive',
  'unconscious',
  'not breathing',
  /blood(?!\s+(?:test|sample|type|pressure|donation|work))/,
  '(taken|took|had) (way )?too (much|many)',
  // Harm implied by the facts rather than named
  'hypotherm*',
  'acid\\b',
  'bleach',
  '(no|without) (the |his |her |their )?(food|water|heating|insulin)',
  'locked in (a|the|his|her) (car|boot|trunk)',
  'pointed (a|the|his|her) (gun|rifle|pistol|knife|weapon)',
  // Danger, death and dying named as such
  'danger (of|to) (death|life)',
  'risk (of|to) (death|life|(his|her|their) life)',
  /life[\s-]threatening/,
  'threat(en(ed|s|ing)?)? (to |of )?(kill|shoot|stab|harm|hurt|rape|bomb|burn)',
  '(in|into) (grave |serious )?danger',
  'endangered (child|minor|juvenile|teen*|girl|boy|infant|person|adult)',
  'at risk of death',
  'die',
  'dying',
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
  '(no|not) (a )?(threat|danger|risk) (to|of) (life|death|(his|her|their|anyone\'?s) (life|safety))',
  /not\s+life[\s-]threatening/,
  'no (one|body) (is|was) (hurt|injured|in danger)',
];

/** The text says the danger is over or was never real: then a harm word describes history, not an emergency. */
export const RESOLVED_TERMS: readonly Term[] = [
  // The person is safe, or was never at risk
  '(he|she|they|the (user|child|person|victim)) (is|are|was|were) (now )?(safe|well|unharmed)',
  '(found|confirmed) (safe|well|unharmed)',
  '(is|are) not suicidal',
  'no (risk|danger|threat) (of|to)\\b',
  'no one (is|was) (in danger|injured|hurt)',
  'no (real|ongoing|current|credible|further|outstanding|remaining|longer an?) (threat|danger|risk)',
  // The threat was a hoax, fiction or a false report
  '(was|been) (classified|assessed|confirmed) as (a )?(hoax|fiction|false)',
  '(was|is|as) (a )?hoax\\b',
  'turned out to be (a )?(hoax|false)',
  'as fiction\\b',
  'report was false',
  'nothing was found',
  'no indication (of (new|contact|any|a (threat|risk))|that (he|she|they) (intends?|plans?))',
  // The threatener is in custody
  '(has|have) (since )?been (arrested|detained|taken into custody)',
  'is in custody',
  '(was|been|is) remanded',
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
];

export const HARM = anyOf(
  compileLexicon(HARM_TERMS, { end: '(?![a-z])' }),
  compileLexicon(THREAT_IDIOM_TERMS, { end: '(?![a-z])' }),
  compileLexicon(SHORTHAND_HARM_TERMS, { end: '(?![a-z])' }),
);
export const NEGATED_HARM_PHRASE = compileLexicon(NEGATED_HARM_TERMS);
export const RESOLVED = compileLexicon(RESOLVED_TERMS);
export const FRESH_THREAT = compileLexicon(FRESH_THREAT_TERMS, { end: '\\b' });

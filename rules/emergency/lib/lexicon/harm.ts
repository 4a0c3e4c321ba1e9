import { anyOf, compileLexicon, type Term } from '../phrases';
import { HARM_FAMILY_TERMS, QUOTED_THREAT } from './harm-families';
import { EMOJI_THREATS, QUOTED_LANGUAGE_FAMILY, WORLD_FINALITY_FAMILY, WORLD_SELF_HARM_FAMILY, WORLD_VIOLENCE_FAMILY, WORLD_WEAPON_FAMILY } from './harm-registers';
import { HARM_EUPHEMISM_TERMS } from './harm-euphemisms';
import { HARM_FATE_TERMS } from './harm-fates';
import { HARM_FACT_TERMS } from './harm-facts';
import { THREAT_SLANG_TERMS } from './threat-slang';
import { HARM_GENERAL_FORM_TERMS, QUOTED_KILL_WORDS } from './harm-general-forms';
import { FRESH_THREAT_TERMS, NEGATED_HARM_TERMS, RESOLVED_TERMS } from './harm-scope';
export { UNIT_NAME_AFTER } from './harm-scope';
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
  // (round 12) the blister sheet as pills are sold in much of the world: "a whole sheet", "two full sheets"
  '(took|taken|taking|swallow*|drank|drunk) (the |a )?(whole|entire|full) (bottle|packet|box|pack|strip|sheet|blister)',
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
/** Read after the situations: harm in general forms (round 6). Its own pattern, for the size limit said above. */
export const HARM_BY_FORM = anyOf(
  compileLexicon(HARM_GENERAL_FORM_TERMS, { end: '(?![a-z])' }),
  compileLexicon(QUOTED_KILL_WORDS, { start: '(?<![A-Za-zÀ-ÖØ-öø-žА-яЁё])', end: '(?![A-Za-zÀ-ÖØ-öø-žА-яЁё])' }),
);
/** Read after the general forms: the fate promised or the means laid (round 7). Its own pattern, for the size limit. */
export const HARM_BY_FATE = compileLexicon(HARM_FATE_TERMS, { end: '(?![a-z])' });
/** Read after the fates: harm implied by the facts, and threats in slang and idiom (round 7). Its own pattern, for the size limit. */
export const HARM_BY_FACT = anyOf(compileLexicon(HARM_FACT_TERMS, { end: '(?![a-z])' }), compileLexicon(THREAT_SLANG_TERMS, { end: '(?![a-z])' }));
/** Read only where no harm word is found: the suspect's own words to the person. */
export const QUOTED_HARM = compileLexicon([QUOTED_THREAT]);

/**
 * The ways a text names the harm, in the order they are looked for: the first family with an unnegated match gives
 * the evidence shown ("harm: '…'"), so the plainest wording comes first and the threat in quotation marks last.
 */
export const HARM_FAMILIES: readonly RegExp[] = [HARM, HARM_BY_REGISTER, HARM_BY_SITUATION, HARM_BY_FORM, HARM_BY_FATE, HARM_BY_FACT, QUOTED_HARM];
/**
 * Sport and game talk: a scoreline with a verb of winning ("we're gonna bury u 8-0") or a word of the game itself
 * ("headshot u every round", "delete u next round", "respawn"; round 8: "kill you in every match", "noob"). The sentence's harm words ("bring body bags", "ur
 * dead") are figurative; a threat of real harm is written in sentences of its own. So is a writer's plot ("in his next
 * book").
 */
export const PLAY_TALK =
  /\b(?:win|won|beat|bury|smash|thrash|destroy|hammer|whip|crush|murder|lose|lost|wreck)\w*\s+(?:\w+\s+){0,3}\d{1,2}\s*[-–:]\s*\d{1,2}\b(?!\s*(?:times|days|weeks|months|people|of|[ap]m\b|hrs?\b|h\b))|\b(?:(?:next|every|this|each)\s+round|in\s+(?:every|each|the\s+next)\s+(?:match|game|map|round)|noobs?|n00bs?|head\s?shot\w*|respawn\w*|spawn[\s-]?kill\w*|in[\s-]game|in\s+(?:ranked|comp|competitive|the\s+lobby|pubs|solos|duos|squads)|uninstall|e-?sports?|(?:league|cup)\s+(?:final|semi[\s-]?final|match|fixture)|carnival|road\s+march|rival\s+band|battle\s+of\s+the\s+bands|dance[\s-]?off|rap\s+battle)\b|\bin\s+(?:his|her|their|my|the|a)\s+(?:next|new|latest|upcoming|forthcoming)\s+(?:book|novel|film|movie|script|screenplay|season|episode|album)\b/i;
/** Scare quotes: an account "kidnapped", skins held "hostage". A quotation mark is no word: no word boundary before it. */
const SCARE_QUOTED = /["“'‘](?:kidnap\w*|hostage|hijack\w*|bomb\w*|massacre\w*|murder\w*|killing|attack\w*)["”'’]/;
export const NEGATED_HARM_PHRASE = anyOf(compileLexicon(NEGATED_HARM_TERMS), compileLexicon([SCARE_QUOTED], { start: '' }));
export const RESOLVED = compileLexicon(RESOLVED_TERMS);
export const FRESH_THREAT = compileLexicon(FRESH_THREAT_TERMS, { end: '\\b' });

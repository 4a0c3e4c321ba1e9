import type { Term } from '../phrases';

/**
 * Harm by concept rather than by phrase: families of everyday words for violence, weapons, danger to life,
 * self-harm, abduction, sexual abuse and medical danger, in any inflection, so that a writer who names the danger in
 * words no earlier narrative used is still understood. Negated, resolved and figurative uses are filtered by the
 * same clause rules as the other harm words; words that are as often harmless ("hit", "fire", "hurt" said of
 * feelings) appear only with a person or an intent.
 */
export const VIOLENCE_FAMILY: readonly Term[] = [
  'assault(s|ed|ing)?',
  'batter(ed|ing|s)?\\b',
  'punch(ed|es|ing)?',
  '(kick|hit|slap|punch|strike|struck|beat|batter)(s|ed|ing|ting)? (_ )?(him|her|them|me|you|u|the (child|baby|kid|victim|girl|boy))\\b',
  'injur(e|ed|es|ing|y|ies|ious)',
  'wound(ed|s|ing)?',
  'maim*',
  'crippl(e|ed|ing)',
  'disfigur*',
  'mutilat*',
  'throttl*',
  'asphyxia*',
  'slash(ed|es|ing)?',
  'slaughter*',
  'butcher(ed|ing)? (him|her|them|you)',
  'execut(e|ed|ing) (him|her|them|you|u|me)',
  'assassinat*',
  'behead*',
  'decapitat*',
  'violen(t|ce)',
  'bloodshed',
  'brutal(ly|ity)?',
  'GBH\\b',
  'ABH\\b',
  'lethal',
  'deadly',
  'fatal(ly)?\\b',
  'carnage',
  'rampage',
  "(will|gonna|going to|'ll|threaten* to|want* to|tr(y|ies|ied|ying) to|means? to|plan* to) (_ )?(hurt|harm|injure|hit|beat|attack|torture)\\b",
  '(hurt|harm)(s|ed|ing)? (you|u|her|him|them|me|us|the (kids?|child|children|baby|victim|family|girl|boy))\\b',
];

export const WEAPON_FAMILY: readonly Term[] = [
  'grenades?',
  'ammo\\b',
  'ammunition',
  'rounds? of (ammo|ammunition)',
  'loaded (gun|weapon|pistol|rifle|shotgun)',
  'swords?',
  'hatchets?',
  'crowbars?',
  'cleavers?',
  'daggers?',
  'switchblades?',
  'knife~?point',
  'tire iron',
  'molotov*',
  'fire~?bomb*',
  'incendiar*',
  'explod(e|ed|es|ing)',
  'explosion',
  'gunfire',
  'gun~?(man|men)',
  'snipers?',
  'open(ed)? fire',
  'torch(ed|ing)? (the|his|her|their|your|my) (house|car|flat|home|place|apartment)',
];

export const DANGER_FAMILY: readonly Term[] = [
  'endanger*',
  'peril',
  'dangerous (man|male|person|individual|suspect|offender)',
  'risk (of|to) (his|her|their|the child\'?s|the victim\'?s) (safety|wellbeing|welfare|life|lives)',
  '(serious|grave|real|genuine|significant|immediate) (concerns?|fears?) for (his|her|their|the (child|victim|girl|boy)\'?s?) (safety|life|lives|welfare|wellbeing)',
  'fear(s|ed|ing)? for (his|her|their|my) (life|lives|safety)',
  'fear(s|ed)? (he|she|they) (will|may|might|could|would) (harm|hurt|kill|die|attack)',
  'death threat*',
  'threat(s|en*)? (to|against|on) (his|her|their|my|your) (life|lives|safety)',
  'critical condition',
  'cardiac arrest',
  'heart attack',
  'seizures?',
  'anaphyla*',
  'dehydrat*',
  'starv(e|ed|es|ing|ation)',
  'malnourish*',
  'medical emergency',
  'life support',
];

export const SELF_HARM_FAMILY: readonly Term[] = [
  'self~injur*',
  "(don'?t|do not|doesn'?t|does not|no longer) (want|wants|wish|wishes) to (live|be alive|be here|exist|wake up)",
  "(not|no) (want|wanting|wish|wishing) to (live|be alive|exist)",
  'better off dead',
  '(take|took|taken|taking) (his|her|their|my) (own )?li(fe|ves)',
  'razor blades?',
  '(bottle|box|packet|handful|stash) of (pills|tablets|meds)',
  '(jump|jumped|jumping) (in front of|under) (a |the )?(train|bus|truck|lorry|traffic)',
];

export const ABDUCTION_FAMILY: readonly Term[] = [
  'snatch(ed|ing)?',
  'lur(ed|ing) (_ )?(him|her|them|the (child|girl|boy)|away|into)',
  'captiv(e|es|ity)',
  'held (captive|prisoner|at gunpoint|at knifepoint|against)',
    '(forced|dragged|bundled|pulled|pushed) (_ )?into (a|the|his|her|their) (car|van|vehicle|truck|boot|trunk)',
  'confined (in|to) (a|the)',
  'locked (up )?in (a|the) (room|basement|cellar|shed|garage|house)',
];

export const SEXUAL_HARM_FAMILY: readonly Term[] = [
  'molest*',
  'groom(ed|ing|er|ers)\\b',
  'p(a)?edophil*',
  'predators?',
  'child (porn*|abuse material|exploitation material)',
  'CSEM\\b',
  'CSE\\b',
  'indecent (images|photos|pictures|assault|exposure)',
  '(sexual|explicit|intimate) (images|photos|pictures|videos|content) of (a |the )?(child|minor|girl|boy|kids?|children)',
  'prostitut*',
  'pimp(s|ed|ing)?\\b',
];

export const HARM_FAMILY_TERMS: readonly Term[] = [
  ...VIOLENCE_FAMILY,
  ...WEAPON_FAMILY,
  ...DANGER_FAMILY,
  ...SELF_HARM_FAMILY,
  ...ABDUCTION_FAMILY,
  ...SEXUAL_HARM_FAMILY,
];

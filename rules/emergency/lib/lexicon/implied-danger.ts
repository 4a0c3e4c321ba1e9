import type { Term } from '../phrases';

/**
 * Danger told by two facts in one sentence rather than by a word of harm: a child and an impaired or absent carer, a
 * vulnerable person and an exposure, a farewell and a means, a person taken into a vehicle, a minor in a sexual
 * advert. Each pattern stays inside a sentence (no full stop between the two facts).
 */
const CHILD = '(?:kids?|child(?:ren)?|baby|babies|toddlers?|infants?|newborn|son|daughter|(?:1[0-7]|[1-9])[\\s-]*(?:y/?o|yrs?|years?[\\s-]*old))';
const IMPAIRED =
  '(?:drunk|intoxicated|impaired|under\\s+the\\s+influence|high\\s+on|wasted|smashed|hammered|off\\s+(?:his|her|their)\\s+face|drink[\\s-]*driv\\w*|drunk[\\s-]*driv\\w*|DUI|DWI|OWI|drinking\\s+(?:from|while|and\\s+driving)|passed\\s+out|overdos\\w*)';
const EXPOSURE =
  '(?:sub[\\s-]?zero|below\\s+freezing|minus\\s+\\d+|snow|blizzard|storm|flood\\w*|heatwave|\\d{2}\\s*°|no\\s+(?:coat|shoes|jacket|shelter)|in\\s+(?:his|her|their)\\s+(?:nightclothes|pyjamas|pajamas|slippers)|wander\\w*|disorient\\w*|confused)';
const VULNERABLE =
  '(?:elderly|frail|dementia|alzheimer\\w*|vulnerable|learning\\s+disabilit\\w*|non[\\s-]?verbal|special\\s+needs|diabet\\w*|epilep\\w*|pensioner|\\d{2}[\\s-]*(?:y/?o|yrs?|years?[\\s-]*old)\\s+(?:man|woman|male|female))';
const FAREWELL =
  "(?:(?:last|final)\\s+(?:view|look|goodbye|words?|message|post|time|night|sunset|selfie|photo|picture)|goodbye|farewell|forgive\\s+me|can'?t\\s+(?:go\\s+on|do\\s+this)|sorry\\s+(?:mum|mom|mam|maa|aai|amma|ammi|mummy|mommy|mama|dad|papa|abba|everyone))";
const MEANS_PLACE =
  '(?:bridge|over[\\s-]?bridge|flyover|overpass|footbridge|viaduct|cliffs?|rooftop|roof|top\\s+floor|ledge|railway|rail\\s+(?:line|track)|train\\s+tracks?|tracks|river|canal|dam|rope|ligature|pills|tablets|razor|gas\\s+oven|charcoal)';
const TAKEN_PERSON =
  '(?:her|him|them|(?:a|an|the|his|her|their)\\s+(?:[\\w-]+\\s+){0,2}(?:girl|boy|child|kid|woman|man|teen\\w*|victim|daughter|son|wife|girlfriend|baby|toddler|person|female|male|student|pupil))';
const VEHICLE = '(?:car|van|vehicle|truck|suv|pickup|ute|boot|trunk|taxi|minibus|sedan|hatchback)';

export const IMPLIED_DANGER: readonly Term[] = [
  // A child with an impaired or absent carer, in either order
  new RegExp(`${IMPAIRED}\\b[^.\\n]{0,120}\\b${CHILD}\\b`),
  new RegExp(`\\b${CHILD}\\b[^.\\n]{0,120}\\b${IMPAIRED}`),
  '(unattended|unsupervised|abandoned) (child|children|baby|babies|toddlers?|infants?|newborn|kids?)',
  '(child|children|baby|babies|toddlers?|infants?|newborn|kids?) (_ )?(left )?(unattended|unsupervised|abandoned)',
  '(no|without) (seat~?belts?|car seats?|child seats?)',
  'swerv(e|es|ed|ing)',
  'wrong side of the (road|motorway|highway|freeway)',
  // A vulnerable person and an exposure, in either order
  new RegExp(`${VULNERABLE}\\b[^.\\n]{0,120}\\b${EXPOSURE}`),
  new RegExp(`\\b${EXPOSURE}\\b[^.\\n]{0,120}\\b${VULNERABLE}`),
  // A farewell and a means or a place to fall from, in either order
  new RegExp(`${FAREWELL}\\b[^.\\n]{0,120}\\b${MEANS_PLACE}\\b`),
  new RegExp(`${MEANS_PLACE}\\b[^.\\n]{0,120}\\b${FAREWELL}\\b`),
  // A person taken into a vehicle, whatever the words between
  new RegExp(
    `(?:forced|dragged|bundled|pulled|pushed|grabbed|snatched|thrown|shoved|carried|taken)\\s+(?:${TAKEN_PERSON}\\s+)?into\\s+(?:a|an|the|his|her|their|some)\\s+(?:[\\w-]+\\s+){0,3}${VEHICLE}\\b`,
  ),
  '(taken|driven|led|carried) away by (a|an|two|three|several|unknown|masked|armed|unidentified) _',
  '(tied|bound) up\\b',
  '(gagged|blindfolded|restrained)\\b',
  'ransom (for|to (free|release)) (him|her|them|the (child|victim|girl|boy|hostage)|(his|her|their) (child|son|daughter|wife|husband|release))',
  '(child|baby|girl|boy|son|daughter) (_ )?(was |were |has been )?(taken|removed) (out of|from) (the )?(country|jurisdiction|state)',
  // A minor in a sexual advert: escort-advert words and a child's age, or a minor named as advertised
  /\b(?:young|fresh|new\s+in\s+town|barely\s+legal|petite|schoolgirl|incall|outcall)\b[^.\n]{0,40}\b(?:1[0-7]|[5-9])\b(?![\s-]*(?:[:.]\d|hours?|hrs?|min|am|pm|%|\/|weeks?|months?|days?))/,
  'underage (girl|boy|girls|boys|sex|prostitut*|escort*|victim*)',
  '(minor|child|girl|boy|teen*) (is |was |being )?(advertised|sold|offered|pimped|auctioned)',
  '(advertis*|sell*|offer*|pimp*) (a |the )?(minor|child|underage|young (girl|boy))',
  'child (prostitut*|sex|bride|marriage)',
  '(commercial sexual|sexual) exploitation',
  // The means of a bomb or a fire, described rather than named
  '(bag|backpack|rucksack|box|package|parcel|device|vest|belt|suitcase|pipe|bottle) (with|containing|full of|packed with|stuffed with) (_ )?(wires|wiring|nails|ball bearings|explosives|a timer|a fuse|a detonator|fuel|petrol|gas|a rag)',
  '(wires|wiring|battery pack|timer|detonator|fuse) (and|with|attached|taped|connected) _',
  /\b(?:you|u|ya|yous|yall|she|he|they|the\s+(?:house|car|family|kids))\b(?:\s+\w+){0,4}\s+(?:will|'ll|’ll|gonna|going\s+to)\s+go\s+up\b/,
  // A body in danger now: the signs a caller describes
  '(collaps(ed|ing)|convuls(ing|ed)|fitting|turning blue|blue lips|(lost|losing) consciousness|(vomiting|coughing|spitting) (up )?blood|foaming at the mouth)',
  '(hands?|arms?|rope|belt|cord|cable) (a)?round (her|his|their|my|your) (neck|throat)',
  '(pinned|held|holding|pushed|threw|thrown|dragged|dragging) (her|him|them|the (child|baby|victim)) (down|against|to the (floor|ground|wall)|by (the|her|his) (hair|neck|throat)|down the stairs|out of)',
  // Warning signs of a suicide: belongings given away, a will written, a pact
  '(gave|giving|given|gives) away (all )?(his|her|their|my) (things|belongings|possessions|stuff|pets?)',
  '(wrote|written|writing|made|making|updated) (a |his |her |their |my )will\\b',
  'suicide pact',
  // A vulnerable person without what keeps them alive
  '(hypo|hyper)glyc*',
  'diabetic (coma|emergency)',
  'asthma attack',
  '(without|no|missed|needs|requires|ran out of) (his |her |their )?(insulin|inhaler|epi~?pen|oxygen|dialysis|anti~?psychotics?|heart medication|seizure medication)',
  '(absconded|awol|went missing|walked out) (from )?(a |the )?((psychiatric|mental health|secure) )?(ward|unit|hospital|facility|care home)',
  'sectioned\\b',
  "down'?s? syndrome",
  'cerebral palsy',
  '(heart|kidney|liver|lung|respiratory) (condition|failure|disease)',
  'immuno~?(compromised|suppressed)',
  'chemo(therapy)?\\b',
  'non~?verbal',
  'wheelchair (user|bound)',
  '(severely|profoundly) (disabled|autistic)',
  'mental health act',
  'schizophren*',
  'suicidal ideation',
];

import type { Term } from '../phrases';

/**
 * Harm implied by the facts rather than named (issue 13, round 7, a probe of implied danger written for the purpose, no
 * narrative set): a person exposed to cold, heat or water, violence heard rather than seen, a treatment that keeps
 * someone alive missed, warning signs of suicide, a threat told by a photo and a caption. Each family names the
 * situation in general words, and is narrowed by the everyday sentence that shares its words.
 */

/** A child left in a vehicle, a person lost in the wild: "the 2-year-old was left in the car", "lost above the treeline". */
export const EXPOSURE_FAMILY: readonly Term[] = [
  // Left or alone in it, not children who "left in the van" for a trip or wait in the car park with a teacher
  /\b(?:baby|babies|toddlers?|infants?|child|children|kids?|\d{1,2}[\s-]*(?:year|yr|month)s?[\s-]*old)\b[^.\n]{0,30}\b(?:(?:was|were|been|is|are|being|got)\s+(?:left|locked|forgotten)|alone|unattended)\s+in\s+(?:the|a|his|her|their)\s+(?:hot\s+|locked\s+)?(?:car|vehicle|van|truck|ute)\b(?!\s+(?:park|parks|wash|seat|showroom)\b|[^.\n]{0,25}\bwith\s+(?:a|an|the|their|his|her)\s+(?:teacher|parent|adult|mother|father|mum|mom|dad|driver|nanny|grandparent)\b)/,
  /(?:lost|stranded|trapped|missing)\s+(?:in|on|above|below)\s+(?:the\s+)?(?:bush|forest|woods|mountains?|desert|snow|fog|blizzard|treeline|tree\s+line|moor|moors|fells|glacier|canyon|outback|backcountry|ice\s+field|summit|ridge)\b(?!\s+of\b)/,
  '(no|without (a |any )?)(tent|shelter|warm clothes|coat|jacket|water|food) (and|,|or) (no |without )?(tent|shelter|warm clothes|coat|jacket|water|food|phone signal)\\b',
];

/** In the water or taken by it: swept out, fallen through the ice, driven into a flood. */
export const WATER_FAMILY: readonly Term[] = [
  /\b(?:he|she|they|swimmer|child|boy|girl|man|woman|kayaker|surfer|kid|son|daughter)\b[^.\n]{0,20}\b(?:was|were|got|has\s+been|is\s+being)?\s*(?:swept|washed|dragged|pulled|carried)\s+(?:out|away|under|off|downstream|out\s+to\s+sea)\b/,
  '(fell|fallen|falls|went|gone|broke) (through|into) (the )?(ice|frozen (lake|river|pond|reservoir)|river|sea|canal|harbou?r|quarry|reservoir|rapids|floodwater|flood water)\\b',
  /(?:drove|driven|drives|driving|swept|went|car|vehicle)\s+(?:\w+\s+)?into\s+(?:the\s+)?(?:flood[\s-]?waters?|flooded\s+(?:road|creek|river|ford|underpass)|river|canal|lake|sea|harbou?r)\b(?!\s+(?:car\s+park|park|road|street|lane|view|side|front|bank|walk|path|centre|center|hotel|district)\b)/,
];

/** Violence heard: a scream and a plea, a struggle, a call cut off after a scream. */
export const HEARD_VIOLENCE_FAMILY: readonly Term[] = [
  // A plea against the body, not "stop calling me" at a debt collector
  /\b(?:screamed|screaming|screams|shouted|shouting|yelled|yelling|crying)\s*:?\s*["“'‘](?:get\s+off\s+(?:me|her|him)|help(?:\s+me)?\b|stop(?=\s*[!.,"”'’]|\s+(?:it|hurting|please)\b)|let\s+me\s+go|don['’]?t\s+(?:hurt|kill|touch|shoot)|please\s+(?:stop|don['’]?t|no)|no+\b)/,
  /(?:heard|hear|hears|hearing)\s+(?:a\s+|the\s+)?(?:struggle|scuffle|screaming|screams|a\s+scream|someone\s+screaming|a\s+woman\s+screaming|a\s+child\s+screaming|gunfire|a\s+gunshot)\b(?![^.\n]{0,25}\b(?:dogs?|cats?|animals?|foxes|birds|on\s+(?:the\s+)?(?:tv|television|film|radio)|game)\b)/,
  '(call|line|phone) (dropped|cut off|went dead|disconnected|went silent) (after|following|mid|during) (a |the )?(scream|screams|screaming|shout|bang|gunshot|struggle)\\b',
];

/** A treatment that keeps someone alive, missed: dialysis, chemotherapy, oxygen. */
export const TREATMENT_MISSED_FAMILY: readonly Term[] = [
  // Not a review or an appointment about the treatment
  /(?:missed|missing|skipped|stopped|without)\s+(?:his\s+|her\s+|their\s+|two\s+|three\s+|several\s+)?(?:dialysis|chemo|chemotherapy|oxygen|transfusions?|anti[\s-]?seizure|anticonvulsant|heart|transplant|seizure|epilepsy|antipsychotic)\s*(?:sessions?|treatments?|medication|meds|pills|tablets|drugs)?\b(?!\s+(?:review|appointment|check|prescription|refill|renewal|reminder|letter|form|records?)\b)/,
  'dialysis (patient|dependent)',
];

/** Warning signs of suicide: belongings given away with a goodbye, a will written with a goodbye. */
export const WARNING_SIGNS_FAMILY: readonly Term[] = [
  // Not someone moving house: "gave away his old sofa and said goodbye … before moving to Leeds"
  /\b(?:gave|given|giving|gives)\s+away\s+(?:all\s+)?(?:his|her|their|my)\s+(?:\w+\s+)?(?:belongings|things|stuff|possessions|pets?|dog|cat|games|console|playstation|xbox|guitar|collection|savings)\b[^.\n]{0,60}\b(?:said|saying|says|texted|wrote)\s+goodbye\b(?![^.\n]{0,60}\b(?:mov(?:e|ed|es|ing)|emigrat\w*|relocat\w*|leaving\s+for)\b)/,
  /\bgoodbye\b[^.\n]{0,60}\b(?:gave|given|giving|gives)\s+away\s+(?:all\s+)?(?:his|her|their|my)\s+(?:belongings|things|stuff|possessions)\b/,
];

/** A threat told by a photo of the person's family or home and a caption: "a photo of her daughter's school gate with 'see you soon'". */
export const CAPTIONED_PHOTO_FAMILY: readonly Term[] = [
  /\b(?:sent|sends|send|texted|messaged|received|receives|got|gets|left)\s+(?:(?:her|him|them|the\s+victim|me|us)\s+)?(?:a\s+|an\s+|the\s+)?(?:photo|picture|pic|video|image|screenshot)s?\s+of\s+(?:her|his|their|the\s+victim['’]s|your)\s+(?:\w+['’]s\s+)?(?:daughter|son|kids|children|child|house|home|school|front\s+door|car|bedroom\s+window|workplace|grave)\b[^.\n]{0,60}["“'‘](?:see\s+you\s+soon|soon|i['’]?m\s+watching|we['’]?re\s+watching|tick\s+tock|nice\s+(?:house|kids|family|daughter|son)|pretty|found\s+you|i\s+know\s+where)/,
];

/**
 * Abuse and exploitation told by their signs (round 7): a relative who comes to a child's room at night and touches
 * her, a child asked to meet without telling the parents, a passport or papers taken, work to pay off a debt.
 */
export const ABUSE_SIGNS_FAMILY: readonly Term[] = [
  /\b(?:stepfather|stepdad|step-father|uncle|father|dad|teacher|coach|neighbou?r|cousin|brother|grandfather|boyfriend|man|priest|tutor|babysitter)\b[^.\n]{0,60}\b(?:touch|touches|touched|touching|fondl\w*|molest\w*|abus\w*)\s+(?:her|him|them|the\s+(?:girl|boy|child|children|kids?))(?=\s*[.,;!?]|\s*$|\s+(?:at\s+night|in\s+the\s+night|in\s+bed|under|down\s+there|private\w*|inappropriately|sexually|and|when|while|every|again|there)\b)/,
  // A meeting, images or a place in the same sentence: not a teacher keeping a surprise party quiet
  /\b(?:girl|boy|child|kid|minor|\d{1,2}[\s-]*(?:year|yr)s?[\s-]*old|daughter|son|pupil|student)\b(?=[^.\n]*\b(?:meet|meeting|photos?|pictures?|pics|videos?|chat|come\s+over|visit|send|car|flat|room|hotel)\b)[^.\n]{0,80}\b(?:without\s+telling|not\s+(?:to\s+)?tell|don['’]?t\s+tell|keep\s+it\s+(?:a\s+)?secret\s+from)\s+(?:her|his|their|your)\s+(?:parents|mum|mom|dad|mother|father|family|teachers?)\b/,
  // Papers taken where work, a debt or a promise abroad is told in the same sentence; not a hotel's or a bank's rule
  /\b(?:took|take|takes|taken|taking|confiscated|confiscates|kept|keeps|keeping|holds|holding|withheld|withholds)\s+(?:away\s+)?(?:her|his|their|the\s+(?:girl|woman|women|workers|victims?)['’]?s?)\s+(?:passports?|papers|documents|identity\s+(?:card|documents)|ID\s+cards?)\b(?=[^.\n]*\b(?:job|work|abroad|debt|leave|escape|brothel|massage|club|recruit\w*|promised)\b)/,
  /\b(?:job|work|abroad|debt|brothel|massage|recruit\w*|promised)\b[^.\n]{0,80}\b(?:took|take|takes|taken|taking|confiscated|kept|keeps|keeping|holds|holding|withheld|withholds)\s+(?:away\s+)?(?:her|his|their|the\s+(?:girl|woman|women|workers|victims?)['’]?s?)\s+(?:passports?|papers|documents|identity\s+(?:card|documents)|ID\s+cards?)\b/,
  '(forced|made|obliged|compelled) to work (off|to pay( off)?) (the|a|her|his|their) debt\\b',
];

/**
 * Told in a second language's word order (round 7): a child "in the house of an adult man she know by internet", a son
 * "in the room since two days without eat and with a rope", a group that "will make an attack in the market", children
 * that "nobody will see more".
 */
export const SECOND_LANGUAGE_FACTS_FAMILY: readonly Term[] = [
  /\b(?:minor|girl|boy|child|\d{1,2}[\s-]*(?:year|yr)s?[\s-]*old|teen\w*|daughter|son)\b[^.\n]{0,40}\b(?:in|at)\s+the\s+(?:house|home|flat|apartment|room|car|hotel)\s+of\s+(?:an?\s+)?(?:adult|older|grown|unknown|\d{2}[\s-]*(?:year|yr)s?[\s-]*old)\s+(?:man|male|men|stranger|person)\b/,
  /\b(?:in|inside)\s+(?:his|her|the|their)\s+(?:room|bedroom|garage|shed|bathroom|attic|cellar|basement)\b[^.\n]{0,50}\bwith\s+(?:a|the|his|her)\s+(?:rope|noose|belt|cord|ligature|cable)\b(?!\s+(?:for|of|to\s+(?:tie|fix|build|charge))\b)/,
  /(?:make|do|carry\s+out|commit|launch|plan|plans|planning|prepare|prepares|preparing)\s+(?:an?\s+|the\s+)?(?:terror(?:ist)?\s+)?(?:attack|bombing|shooting|massacre|explosion)\s+(?:in|at|on|against)\s+(?:the|a|our|their)\s+(?:\w+\s+)?(?:market|mall|school|church|mosque|synagogue|temple|station|airport|festival|concert|rally|parade|stadium|office|embassy|police|crowd|village|city|town|bus|train|hospital|university|campus|club|bar|supermarket|square|people|students|worshippers)\b(?!\s+(?:share|shares|price|prices|sector|index|value|leader)\b)/,
  // "more" at the end of its clause, not "more often than"
  /(?:nobody|no\s?one)\s+(?:will|would|gonna|is\s+going\s+to)\s+(?:ever\s+)?see\s+(?:them|her|him|you|the\s+(?:children|kids|child|girl|boy))\s+(?:again|anymore|any\s+more|no\s+more|more(?=\s*[.,;!?'"’”]|\s*$))/,
];

/**
 * An overdose shown by the empty packaging of medicine (round 10): in the picture the person posts or sends, or beside
 * them ("posted pic of 2 empty pill strips", "with two empty pill bottles on the floor", "empty tablet strips next to
 * him"). Not empty packaging collected, sold or held in a parcel.
 */
const EMPTY_MEDICINE =
  'empty\\s+(?:[\\w-]+\\s+)?(?:pill|pills|tablet|tablets|medicine|medication|meds|paracetamol|ibuprofen|painkiller|painkillers|sleeping[\\s-]pills?|antidepressants?|insulin)\\s*(?:strips?|sheets?|packs?|packets?|bottles?|boxes|box|blisters?|containers?|tubs?|foils?|blister\\s+packs?)\\b|empty\\s+(?:[\\w-]+\\s+)?blister(?:\\s+packs?|\\s+strips?|s)?\\b';
export const EMPTY_MEDICINE_FAMILY: readonly Term[] = [
  new RegExp(`(?:photo|photos|pic|pics|picture|pictures|image|images|snap|story|video|selfie|screenshot)\\s+(?:of\\s+)?(?:[\\w-]+\\s+){0,3}?(?:${EMPTY_MEDICINE})`),
  new RegExp(`(?:with|beside|next\\s+to|near|surrounded\\s+by|among|amid)\\s+(?:(?:a|an|the|some|several|many|two|three|four|five|\\d+)\\s+)?(?:${EMPTY_MEDICINE})`),
  new RegExp(`(?:${EMPTY_MEDICINE})\\s+(?:[\\w-]+\\s+){0,2}?(?:next\\s+to|beside|by|near|around)\\s+(?:him|her|them|the\\s+(?:bed|body|boy|girl|child|man|woman|patient|teen))\\b`),
];

/**
 * Harm told by what is done or made ready, as chat logs and captions give it without a harm word (round 11): a person
 * pulled or dragged into a vehicle, a threat to grab or snatch a child, the gear of a shooting counted out ("4 mags", a
 * plate carrier) and the dead counted in advance ("highest body count wins"), a corrosive brought for a face, small
 * children alone since a time. Not "grab her a coffee", "pulled the trolley into the van", "a body count of the census".
 */
export const MADE_READY_FAMILY: readonly Term[] = [
  /(?:pull|pulls|pulled|pulling|drag|drags|dragged|dragging|force|forces|forced|forcing|bundle|bundles|bundled|bundling|shove|shoves|shoved|shoving|push|pushes|pushed|pushing|throw|throws|threw|thrown|throwing)\s+(?:(?:a|an|the|his|her|their|one|two)\s+)?(?:[\w-]+\s+){0,3}?(?:girl|boy|child|kid|woman|man|teen|teenager|toddler|daughter|son|victim|her|him|them|student|pupil)\b[^.;\n]{0,80}?\binto\s+(?:(?:a|an|the|his|her|their|some)\s+)?(?:[\w-]+\s+){0,6}?(?:car|van|vehicle|truck|suv|pickup|ute|boot|trunk|taxi|minibus|sedan)\b/,
  /(?:we|i|they|he|gonna|gon|will|['’]ll|to)\s+(?:grab|snatch|nab)\s+(?:her|him|them|the\s+(?:girl|boy|kid|child|baby|daughter|son))\b(?!\s+(?:a|an|some|the|coffee|lunch|food|drinks?|dinner|something|anything|by\s+the\s+(?:hand|arm)\s+to\s+cross)\b)/,
  /(?:\d{1,2}|two|three|four|five|six|seven|eight|ten|extra|spare|loaded|full|extended|high[\s-]capacity|30[\s-]round)\s+(?:mags|magazines)\b(?!\s+(?:of|about|on|for\s+(?:the\s+)?(?:waiting|reading)))/,
  /(?:plate\s+carrier|(?:tactical|ballistic|bulletproof|bullet[\s-]proof|kevlar|plate)\s+vest|the\s+vest\s+and\s+(?:the\s+)?(?:\d+\s+)?(?:mags|ammo|rounds))\b/,
  /(?:highest|biggest|high|record|final|real|a)\s+body\s+count\b(?!\s+(?:of\s+(?:the\s+)?(?:census|film|movie|series|book|game|season)))/,
  /(?:acid|bleach|drain\s+cleaner|lye|caustic\s+soda|ammonia|battery\s+acid)\b[^.;\n]{0,40}?\b(?:for|in|on|into|at|over|across)\s+(?:that|your|ur|her|his|their|the)\s+(?:\w+\s+)?(?:face|eyes|skin)\b/,
  // A means of self-harm shown with a farewell, as dispatch notes and screenshots give it: "SUBJ SENT PIC OF PILLS, 'THIS IS
  // IT'", "a snap of the bridge railing captioned 'sorry mum'"; not a photo of pills with "from the pharmacy"
  /(?:photo|picture|pic|video|image|snap|story|selfie)s?\s+(?:of|with|showing)\s+(?:(?:a|an|the|his|her|their|some|many|lots\s+of|a\s+pile\s+of|a\s+handful\s+of)\s+)?(?:[\w-]+\s+){0,3}?(?:pills|tablets|meds|rope|ropes|belt|cord|razor|razors|blades?|bridge|railing|ledge|rooftop|roof|tracks|cliff|balcony)\b[^.\n]{0,60}?["“'‘](?:this\s+is\s+it|goodbye|good\s*bye|bye\b|sorry|it['’]?s\s+time|the\s+end|forgive\s+me|love\s+you\s+all|i['’]?m\s+done|no\s+more|last\s+(?:one|time|view|night)|see\s+you\s+on\s+the\s+other\s+side)/,
  /\b(?:baby|babies|infants?|toddlers?|newborns?|small\s+children|little\s+ones|children|kids)\b[^.;\n]{0,40}?\b(?:alone|by\s+themselves|unattended|without\s+(?:an?\s+)?adult)\s+since\b/,
  // (round 12) The threatener's approach with a weapon, as chats write it, with a time or a place inside the clause and
  // the weapon in slang: "my cousin pulling up tonight w the strap", "coming thru later wit the chop", "on my way rn w/
  // the stick"; not "pulling up tonight with the speakers", "coming with a strap for the roof rack"
  /(?:pull(?:s|ed|ing|in)?\s+up|com(?:e|es|ing|in)(?:\s+(?:thru|through|round|over|by))?|on\s+(?:my|his|our|their|the)\s+way|show(?:s|ed|ing|in)?\s+up|turn(?:s|ed|ing|in)?\s+up|roll(?:s|ed|ing|in)?\s+up|slid(?:e|es|ing|in))\b(?:\s+[\w'’]+){0,4}?\s+(?:with|w\/?|wit|wid)\s+(?:the|a|my|his|our|their|da|dat|that|them)\s+(?:strap|straps|switch|glizzy|blick|stick|chop|chopper|mop|draco|gat|burner|heater|toolie|gun|guns|knife|blade|machete|shank|piece)\b(?!\s+(?:for|to|of|on|from|in)\b)/,
  // Something sharp, or a blade, kept or brought for a face or a throat: "bringing something sharp for that pretty face",
  // "got a blade for your neck"; not "a knife for the cheese", "something sharp for the kitchen"
  /(?:something\s+(?:sharp|hot|heavy|special)|a\s+(?:little\s+)?(?:blade|razor|knife|box[\s-]?cutter|stanley\s+knife|surprise))\b[^.;\n]{0,30}?\bfor\s+(?:that|your|ur|her|his|their|this)\s+(?:\w+\s+)?(?:face|neck|throat|eyes|skin)\b/,
];

export const HARM_FACT_TERMS: readonly Term[] = [
  ...MADE_READY_FAMILY,
  ...EXPOSURE_FAMILY,
  ...WATER_FAMILY,
  ...HEARD_VIOLENCE_FAMILY,
  ...TREATMENT_MISSED_FAMILY,
  ...WARNING_SIGNS_FAMILY,
  ...CAPTIONED_PHOTO_FAMILY,
  ...ABUSE_SIGNS_FAMILY,
  ...SECOND_LANGUAGE_FACTS_FAMILY,
  ...EMPTY_MEDICINE_FAMILY,
];

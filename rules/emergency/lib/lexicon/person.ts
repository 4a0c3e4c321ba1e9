import { anyOf, compileLexicon, type Term } from '../phrases';

/** Who is at risk, described by role or relation; "someone" or "people" alone is not enough. Whole words. */
export const PERSON_TERMS: readonly Term[] = [
  // Children
  'victims?',
  // Dispatch shorthand for the victim: "vic is Keisha Barnes 22"
  'vics?',
  'child(ren)?',
  'minors?',
  'juveniles?',
  // (round 11) dispatch shorthand: "RP + 2 JUVS INSIDE", "JUV F 15 ON FB LIVE"
  'juvs?',
  'girls?',
  'boys?',
  'teen(ager)?s?',
  'students?',
  'pupils?',
  'classmates?',
  // A school year group: "1st years", "Year 9s", "8th graders", "the sixth form", "third-period class"
  /(?:1st|2nd|3rd|[4-9]th|1[0-3]th|first|second|third|fourth|fifth|sixth)[\s-]+(?:years|year\s+(?:students|pupils|class)|graders|grade\b|formers|form\s+(?:students|class)|period\s+class)/,
  /year\s+(?:[1-9]|1[0-3])s/,
  // Family and partners
  'wom(a|e)n',
  'mother',
  'father',
  'mom',
  'dad',
  'parents?',
  'wife',
  'husband',
  '(ex~)?(partner|girlfriend|boyfriend|wife|husband|spouse)',
  'daughter',
  'son',
  'sister',
  'brother',
  'infant',
  'baby',
  'toddler',
  'newborn',
  // Relations and housemates the lists lacked (round 6): step- and grand- forms, twins, a flatmate, a carer, the kids
  '(step|half~?)(daughters?|sons?|child|children|kids?|mother|father|mum|mom|dad|sisters?|brothers?)',
  'grand(ma|pa|mothers?|fathers?|sons?|daughters?|child|children|kids?|parents)',
  // (round 7) a person described by age or state, not "a man" alone: "the old man from flat 12", "the lady of the shop"
  '(old|older|elderly|aged|young|pregnant|disabled|blind|deaf|frail|vulnerable) (man|men|woman|women|lady|ladies|gentleman|couple|person|people|resident|neighbou?r)',
  'lady',
  'pensioners?',
  '(granny|grannie|nan|nana|nanna)',
  'kids?',
  'twins',
  '(flat|house|room)~?mates?',
  '(carers?|caregivers?|nurses|doctors|teachers|pupils)',
  // The person the request is about
  'hostages?',
  'complainant',
  'account (holder|owner|user)',
  // (round 7) not "the target is unknown"
  /(?:the|this)\s+(?:user|subscriber|target|suspect|individual|person|man|woman)\s+(?:himself|herself|themselves|is|was|has|who)\b(?!\s+(?:unknown|not\s+(?:known|identified|named)|unidentified|unclear|yet\s+to\s+be\s+identified|anonymous)\b)/,
  /him(?:self)?\b(?=[^.]{0,60}\b(?:suicid|kill|harm|overdos|life))/,
  /her(?:self)?\b(?=[^.]{0,60}\b(?:suicid|kill|harm|overdos|life))/,
  // People at a place
  'employees?',
  'staff',
  'co-?workers?',
  'residents?',
  'neighbou?rs?',
  'patrons',
  'congregation',
  'worshippers',
  'family',
  'relatives?',
  'grandmother',
  'grandfather',
  'niece',
  'nephew',
  'cousin',
  'roommate',
  'tenant',
  'patient',
  'vulnerable (adult|person)',
  'visitors',
  'attendees',
  'shoppers',
  'passengers',
  'guests',
  'customers',
  'crowd',
  'readers',
  'workers',
  // People by occupation
  'judge',
  'teacher',
  'nurse',
  'doctor',
  'witness',
  'ceo',
  // Roles a victim is named by at work, in service and in the community: "my squad leader", "her landlord"
  '(squad|team|section|shift|platoon) leader',
  '(line )?manager',
  'supervisor',
  'foreman',
  'boss',
  'landlord',
  'landlady',
  'coach',
  'headteacher',
  'principal',
  'pastor',
  // (round 10) The people named by the gathering they are in: a count of those who attend ("about 3,000 participants
  // expected", "around 120 reservations", "some 250 bookings"), or a body of people that meets ("the County Board of
  // Supervisors meets Monday", "the disciplinary panel sits on Friday"). Not a count of subscribers, followers or comments
  /(?:about|around|some|over|more\s+than|up\s+to|approx\.?|approximately|nearly|almost|at\s+least|roughly|\d[\d,.]*)\s+(?:\d[\d,.]*\s+)?(?:participants|reservations|bookings|diners|spectators|marchers|protesters|demonstrators|delegates|runners|concert-?goers|churchgoers|pilgrims|mourners|people\s+(?:expected|attending|inside|present|registered|booked))/,
  /(?:board|council|committee|assembly|panel|jury|senate|parliament|commission|synod|choir)(?:\s+of\s+(?:[A-Z][\w-]*\s*){1,3})?\s+(?:meets|will\s+meet|is\s+meeting|sits|will\s+sit|convenes|will\s+convene|gathers|will\s+gather|is\s+in\s+session)/,
  // (round 10) The account that says it will harm itself, named by its handle: "User @greyfern_88 posted … that he'll hang
  // himself tonight", "@mira.k posted she will cut herself". A handle is someone; "a user threatened to kill himself" names
  // no one, and "shot himself in the foot" is an idiom
  /(?:(?<=@)[\w.]+|(?:user|account|profile|handle)\s+["“'‘]?@?[\w.]*[\d_.][\w.]*["”'’]?)[^.\n]{0,100}?\b(?:(?:hang|hangs|hanging|hanged|cut|cuts|cutting|hurt|hurts|hurting|harm|harms|harming|kill|kills|killing|shoot|shoots|shooting|stab|stabs|stabbing|burn|burns|burning|drown|drowns|drowning|poison|poisons|poisoning|starve|starves|starving|throw|throws|throwing)\s+(?:him|her|them)sel(?:f|ves)(?!\s+in\s+the\s+(?:foot|feet))|(?:end|ends|ending|take|takes|taking)\s+(?:his|her|their)\s+(?:own\s+)?li(?:fe|ves))/,
];

/** An age or a date of birth: "14-year-old", "aged 16", "16 y/o", "DOB". Whole words. */
export const AGE_TERMS: readonly Term[] = [
  /\d{1,2}[\s-]?(?:year|yr)s?[\s-]?old/,
  /(?:aged?|age)\s*:?\s*\d{1,2}/,
  /\d{1,2}\s*(?:yo|y\/o|yrs?)/,
  // An age said by the person: "im 15", "she's 13"
  /(?:i['’]?m|i\s+am|she['’]?s|he['’]?s)\s+(?:only\s+|just\s+)?(?:[5-9]|1[0-7])\b(?!\s*(?:min|hour|hr|km|mile|%|minutes|mins|am|pm))/,
  'dob',
  // An estimated age ("about 17", "believed 16") and the race/sex/age descriptor of US reports ("W/M 52", "WM 41")
  /(?:about|approx\.?|approximately|around|roughly|believed|possibly|maybe)\s+(?:1[0-9]|[5-9])\b(?!\s*(?:[:./-]\d|min|minutes|hours?|hrs?|h\b|km|miles?|%|am|pm|people|persons|men|officers|units|times|days|weeks|months|years|calls|messages|posts|kg|m\b|metres|meters|feet|ft))/,
  /[WBHAI]\/?[MF]\s*,?\s*\d{2}\b/,
];

/** Names, case-sensitive. */
export const PERSON_NAME_TERMS: readonly Term[] = [
  /(?:named|identified\s+as|[Nn]ame:?)\s+[A-Z][a-z]+/, // named Maria
  /(?:Mr|Mrs|Ms|Miss|Dr|Judge|Prof|MR|MRS|MS|DR)\.?\s+[A-Z]/, // Ms. K, Prof. Eberly, MR G. PRITCHARD
  // Academic and courtesy titles of other countries, with their dot (round 7): "councillor Mgr. Pavel Dvořák", "Sra. Ruiz"
  /(?:Mgr|Ing|PhDr|JUDr|MUDr|RNDr|Mag|Sra|Srta|Mme|Mlle)\.\s*[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿā-ž]+/,
  // (round 10) More of them, and the titles written without a dot before a name: "Dott.ssa Marta Lo Cicero", "Sig.ra
  // Esposito", "Sr. Ramiro Esparza", "Frau Yilmaz", "Pani Kowalczyk", "Khun Somchai"
  /(?:Dott|Sig|Avv|Geom|Prof|Sr|Sñr|Dña|Dra|Arq|Lic|Gđa|Gđ|Hr|Fr)\.(?:ssa|ra|na)?\s*[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿā-ž]+/,
  /(?:Frau|Herr|Pani|Khun|Bayan|Signora|Signor|Doña|Senhora)\s+[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿā-ž]+/,
  // A role before a name: "Singer Han Ji-woo", "Councillor Priya Natarajan", "Owner Travis Boone"
  // (round 7) and roles of work at sea and on the land, two first names joined by "and": "Farmer Pieter and Annelie Joubert"
  /(?:Singer|Councill?or|Mayor|Owner|Streamer|Journalist|Reporter|Pastor|Imam|Rabbi|Senator|Coach|Principal|Professor|Teacher|Nurse|Deputy|Officer|Constable|Complainant|Victim|Witness|Farmer|Skipper|Fisherman|Kayaker|Hiker|Climber)\s+[A-Z][a-zà-öø-ÿ]+\s+(?:and\s+[A-Z][a-zà-öø-ÿ]+\s+)?[A-Z]/,
  // The same in running text, and roles of work and play: "restaurant owner Pieter Janssens", "esports player Chan Ka Hou"
  /\b(?:owner|player|citizen|tradie|tradesman|journalist|reporter|activist|streamer|influencer|driver|student|pupil|farmer|shopkeeper|vendor|pensioner|resident|worker|nurse|teacher|lawyer|councill?or|mayor|pastor|priest|imam|rabbi|skipper|fisherman|kayaker|hiker|climber|skier|crewman|sailor)\s+[A-Z][a-zà-öø-ÿ]+\s+[A-Z][a-zà-öø-ÿ]+/,
  // A relation or a role, with a possessive, before a full name: "his ex Carys Evans", "their driver Sipho Dlamini"
  // A killing verb or "against" before a full name: "threatened to kill Sarah Jenkins", "threats against Tomasz Wrona"
  /\b(?:kill|kills|killing|shoot|shoots|shot|stab|stabs|hurt|harm|attack|attacks|rape|kidnap|abduct|threatened|threatening|threatens|against|targeting|targets)\s+[A-Z][a-zà-öø-ÿ]+\s+[A-Z][a-zà-öø-ÿ]+/,
  // One name after a killing verb: "threatened to kill Jane tonight" (not a day, a month or a place)
  /\b(?:kill|kills|killing|shoot|shoots|stab|stabs|hurt|harm|attack|attacks|rape|kidnap|abduct|strangle|murder|threatened|threatening|threatens)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|A|An|I|It|This|That|Everyone|Everybody|Someone|Somebody|People|Police|Christmas|Easter)\b)[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+\b(?!\s+(?:[A-Z]|Street|Road|School|High|Academy|College|Mall|Centre|Center|Station|Church|Mosque|Park|Hospital|Police))/,
  // Police capitals with an age or after a victim label: "MARIA LOPEZ, 41", "V: MARIA LOPEZ"
  /\b(?!(?:URGENT|EMERGENCY|EXIGENT|PRIORITY|REQUEST|TIME|CRITICAL|IMMEDIATE|PLEASE|CASE|REF|LOG|INCIDENT|GRADE|CODE|RISK|HIGH|MEDIUM|LOW)\b)[A-Z]{2,}\s+(?!(?:REQUEST|EMERGENCY|SENSITIVE|CRITICAL|PRIORITY|RESPONSE|RISK)\b)[A-Z]{2,}(?:\s+[A-Z]{2,})?\s*[,(]\s*(?:aged?\s+|AGE\s+)?\d{1,2}\b(?!\s*(?:hours?|hrs?|h\b|days?|min|minutes?|%|\/|:|\.\d))/,
  /\b(?:V|VIC|VICTIM|Victim|PAR|Person at risk)\s*[:-]\s*[A-Z][A-Za-zà-öø-ÿ'’-]+\s+[A-Z]/,
  /\b(?:his|her|their|my|your|our)\s+(?:ex|ex-partner|ex-wife|ex-husband|partner|wife|husband|girlfriend|boyfriend|daughter|son|mother|father|sister|brother|cousin|neighbou?r|friend|colleague|driver|client)(?:\s+[A-Z][a-zà-öø-ÿ]+\s+[A-Z][a-zà-öø-ÿ]+|,?\s+[A-Z][a-zà-öø-ÿ]+\b)/,
  // (round 12) and the age first among the brackets' notes: "Bella Marchetti (22, 'bellamarch')", "Tomás (9, Grade 4)"
  /[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿā-ž]+\s+(?:[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿā-ž]+\s+)?\(\d{1,2}(?:\)|,\s)/, // Chloe Marsh (27), Émile (7)
  /[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿā-ž]+\s+[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿā-ž]+,\s*(?:aged?\s+)?\d{1,2}\b/, // Chloe Marsh, 27; Rocío Méndez Salazar, 41
  // (round 12) One name with an age and a home place, as people describe themselves online: "'Ollie, 19, from Leeds'",
  // "Kofi, 17, from Accra", "Ruairí, 16, of Galway"; not a day or a month ("Monday, 14, from the depot")
  /(?<![\wÀ-ž])(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿā-ž]+,\s*\d{1,2},\s*(?:from|of|in)\s+[A-ZÀ-ÖØ-ÞĀ-ž]/,
  /(?<![A-Z]\.)[A-Z]\.\s?[A-Z]\.(?=[\s,])/, // J.D., not the S.C. of U.S.C.
  // Police write the surname in capitals: "Ethan MORRIS, 17", "Leilani FA'AMAUSILI (26)", "Skye McKAY"
  // Not a police unit's or a team's abbreviation after a place ("Abergavenny NPT", "Limassol CID"), nor a service or an
  // organisation named before its noun (round 8: "Pirate IPTV channels", "Metro TV office")
  /[A-Z][a-zà-öø-ÿ]+\s+(?!(?:NPT|CID|SNT|PCSO|MASH|SOCO|TTL|PPU|DVU|CAD|SIU|SVU|ERT|SWAT|SAR|DCI|OIC|FLO|RPU|ARV|TFU|CTU|CEOP|HQ|PD|SO|NCA|FBI|HSI|RCMP|OPP|SAPS|PSNI|LAPD|NYPD|BPD)\b)(?:Mc|Mac|O')?[A-Z]{2}[A-Z'’-]+\b(?!\s+[A-Z]{2}|\s+(?:channels?|accounts?|groups?|apps?|services?|networks?|streams?|pages?|sites?|websites?|platforms?|servers?|boxes|subscriptions?|company|companies|office|station|unit|team|department|branch|division|command)\b)/,
];

export const PERSON_WORDS = anyOf(compileLexicon(PERSON_TERMS, { end: '\\b' }), compileLexicon(AGE_TERMS, { end: '\\b' }));
// Not \b: a name may start with a letter outside ASCII (Émile, Žofie), which \b does not see as a word character
export const PERSON_NAME = compileLexicon(PERSON_NAME_TERMS, { flags: '', start: '(?<![\\wÀ-ÖØ-öø-ž])' });

/**
 * The object of a harm verb, ending on a person noun: "threatened to kill the caller", "shoot the officers", "stab his
 * ex". Read after the person words and the names (round 6), so "his ex, Tom" keeps the name as its evidence.
 */
export const PERSON_AS_OBJECT = compileLexicon([
  /\b(?:kill|kills|killing|killed|shoot|shoots|shooting|shot|stab|stabs|stabbing|stabbed|hurt|hurting|harm|harming|attack|attacking|rape|kidnap|abduct|strangle|murder|murdering|beat|beating|burn|burning|poison|poisoning|drown|bomb|bombing)\s+(?:the|his|her|their|my|your|our)\s+(?:[a-z-]+\s+)?(?:ex|owner|owners|caller|officers?|drivers?|guards?|cashier|clerk|receptionist|manager|staff|workers?|nurses?|doctors?|teachers?|pupils?|students?|twins|neighbou?rs?|tenants?|landlord|children|kids|family|wife|husband|partner|girlfriend|boyfriend|son|daughter|mother|father|baby|victim|witness|informant|journalist|mayor|judge|prosecutor|priest|pastor|imam|rabbi|worshippers|congregation|players?|fans|members|customers|passengers|residents)\b/,
]);

/**
 * (round 12) Who it is: a trade name, whose first word is a word of trade, names a business, not a person ("'Tru Deals
 * ATL'", "Fresh Motors LTD"); a surname that is such a word after a first name ("Dean SALES") is still a name.
 */
export const TRADE_WORD_FIRST =
  /^\s*(?:Deals|Motors|Autos|Sales|Traders|Trading|Imports|Exports|Supplies|Electronics|Outlet|Outlets|Mart|Market|Store|Stores|Shop|Shops|Boutique|Phones|Mobiles|Kicks|Tech|Games|Gaming|Rentals|Logistics|Holdings|Group|Ventures|Enterprises)\b/;

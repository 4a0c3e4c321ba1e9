import * as chrono from 'chrono-node';

/**
 * Reads an emergency narrative for the five things providers ask it to state. Pure and bounded: a sentence
 * scan with early exit, and the date parser only on sentences that carry a time-like word, capped.
 */
export interface NarrativeAnalysis {
  harm: Evidence | null;
  imminence: Evidence | null;
  timeframe: Evidence | null;
  nexus: Evidence | null;
  personAtRisk: Evidence | null;
  /** Characters analyzed (the whole text up to MAX_ANALYZED_CHARS). */
  analyzedChars: number;
  truncated: boolean;
}

export interface Evidence {
  /** The words that satisfied the check, as written. */
  text: string;
}

/** Longer narratives are read up to here; nothing a provider reads sits past 100,000 characters of facts. */
export const MAX_ANALYZED_CHARS = 120_000;
const MAX_DATE_SENTENCES = 400;

const HARM =
  /\b(?:kill(?:s|ed|ing)?|murder\w*|homicid\w*|shoot(?:s|ing|er)?|shot|gun\s*point|firearms?|guns?|rifle|pistol|stab(?:s|bed|bing)?|knife|machete|suicid\w*|self[\s-]?harm\w*|end\s+(?:his|her|their|my|your)\s+(?:own\s+)?life|take\s+(?:his|her|their|my)\s+(?:own\s+)?life|hang\s+(?:him|her|them)sel(?:f|ves)|overdos\w*|\bOD(?:'?d|ing)?\b|fentanyl|kidnap\w*|abduct\w*|hostages?|barricad\w*|bomb\w*|explosiv\w*|\bIEDs?\b|detonat\w*|mass\s+casualt\w*|rap(?:e|ed|ing)\b|sexual(?:ly)?\s+(?:abus\w*|assault\w*|exploit\w*)|(?:child|minor)\s+(?:sexual\s+)?(?:abuse|exploitation)|\bCSAM\b|sextort\w*|traffick\w*|strangl\w*|chok(?:e|ed|ing)\b|beat(?:en|ing)?\s+(?:to\s+death|him|her|them)|serious(?:ly)?\s+(?:bodily|physical)\s+(?:injur\w*|harm)|(?:bodily|physical)\s+harm|grievous\w*|danger\s+(?:of|to)\s+(?:death|life)|risk\s+(?:of|to)\s+(?:death|life|(?:his|her|their)\s+life)|life[\s-]threatening|threat(?:en(?:ed|s|ing)?)?\s+to\s+(?:kill|shoot|stab|harm|hurt|rape|bomb|burn)|(?:harm|hurt|cut|burn)\s+(?:him|her|them|my|your)sel(?:f|ves)|poison\w*|arson\w*|set\s+(?:fire|alight)|(?:in|into)\s+(?:grave\s+|serious\s+)?danger|endangered\s+(?:child|minor|juvenile|teen\w*|girl|boy|infant|person|adult)|torture\w*|massacre|die|dying|(?:wants?|want(?:ed|s)?|going|ready)\s+to\s+die|last\s+(?:day|time\s+you|goodbye|words|message)|goodbye\s+(?:everyone|forever|world|all)|pills?\s+(?:are\s+)?ready|(?:swallow\w*|took|taken|taking|snort\w*|crush\w*)\s+(?:all\s+(?:of\s+)?(?:the|them|my)\s+)?(?:\w+\s+)?(?:pills|tablets|meds|medication)|took\s+all\s+of\s+them|bleed\w*\s+out|slit\w*|cut\w*\s+(?:you|her|him|them|my|your|his|their)(?:sel(?:f|ves))?\b|deep\s+cuts|throat|bullet\w*|blow\w*\s+(?:\w+\s+){0,3}(?:up|sky\s+high)|drive\w*\s+(?:\w+\s+){0,3}into\s+(?:the\s+)?(?:crowd|people)|run\s+(?:them|people|her|him)\s+over|beat(?:en|ing|s)?\b|forced\s+(?:to\s+have\s+sex|into\s+prostitution)|stops?\s+breathing|unresponsive|unconscious|not\s+breathing|exhaust\s+(?:pipe|fumes)|hose\s+(?:attached\s+)?to\s+the\s+(?:car\s+)?exhaust|weapon\w*|armed\b|shoot\s+up|hurt(?:s|ing)?\s+(?:him|her|them|my|your)sel(?:f|ves)|at\s+risk\s+of\s+death|(?:won'?t|will\s+not|never)\s+see\s+(?:your|her|his)\s+(?:kid|child|son|daughter)\s+again|(?:taken|took|had)\s+(?:way\s+)?too\s+(?:much|many)|swat(?:ting|ted)?|into\s+["“']?(?:the\s+)?(?:crowd|people|pedestrians)|attack\w*\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?(?:school|church|mosque|synagogue|temple|market|crowd|people|students|children|her|him|them|police|officers|family|festival|concert|rally|office|campus)|terror\w*\s+attack|mass\s+shooting|dead|death|(?:never|not|won'?t)\s+(?:\w+\s+){0,5}alive|(?:both|all|we)\s+(?:\w+\s+)?die|paracetamol|acetaminophen|sleeping\s+pills|stockpil\w*|swallow\w*\s+everything|noose\w*|hang(?:ed|ing)?\s+(?:my|him|her|them)sel(?:f|ves)|jump\w*\s+(?:off|from)|outside\s+the\s+railing|(?:edge|ledge)\s+of\s+(?:the\s+)?(?:bridge|roof|building|cliff)|end\s+it(?:\s+all)?|go\s+together|pillow\s+(?:on|over)|smother\w*|suffocat\w*|drown\w*|bonfire|petrol|gasoline|burn\w*\s+(?:down|alive)|doors?\s+(?:chained|locked\s+from\s+the\s+outside)|set\s+on\s+fire|flooring\s+it|(?:plough|plow|ram|drive|driving|straight)\s+(?:\w+\s+)?(?:into|through)\s+(?:them|the\s+crowd|people|the\s+march)|bring\s+(?:it|the\s+plane|the\s+flight|the\s+aircraft)\s+down|won'?t\s+land|hijack\w*\s+(?:the\s+|a\s+)?(?:plane|flight|aircraft|bus|train)|sexual\s+(?:messages|images|photos|contact)|undressed|nude\s+(?:photos|images|pictures)|insulin|(?:without|no)\s+(?:his|her|their)?\s*(?:medication|meds)|blood(?!\s+(?:test|sample|type|pressure|donation|work))|ambush\w*)(?![a-z])/i;

/** A negation in the same clause right before a term cancels it ("no threat to life", "not in danger"). */
const NEGATION_BEFORE = /\b(?:no|not|never|nor|without|none|neither|den(?:y|ies|ied)|unlikely|ruled\s+out|no\s+longer|isn'?t|wasn'?t|aren'?t|doesn'?t|didn'?t|there\s+is\s+no|nothing\s+(?:suggests|indicates)|(?:it\s+is\s+)?unclear|unknown\s+(?:when|whether)|no\s+(?:indication|evidence|sign|suggestion|information)\s+(?:of|that))\b[^.;:!?]{0,60}$/i;
const NEGATED_HARM_PHRASE = /\b(?:no|not)\s+(?:a\s+)?(?:threat|danger|risk)\s+(?:to|of)\s+(?:life|death|(?:his|her|their|anyone'?s)\s+(?:life|safety))|\bnot\s+life[\s-]threatening|\bno\s+(?:one|body)\s+(?:is|was)\s+(?:hurt|injured|in\s+danger)/i;

/** The text itself says the danger is over or was never real: then a harm word describes history, not an emergency. */
const RESOLVED =
  /\b(?:(?:he|she|they|the\s+(?:user|child|person|victim))\s+(?:is|are|was|were)\s+(?:now\s+)?(?:safe|well|unharmed)|(?:found|confirmed)\s+(?:safe|well|unharmed)|(?:is|are)\s+not\s+suicidal|no\s+(?:risk|danger|threat)\s+(?:of|to)\b|no\s+one\s+(?:is|was)\s+(?:in\s+danger|injured|hurt)|no\s+(?:real|ongoing|current|credible|further)\s+(?:threat|danger|risk)|(?:was|been)\s+(?:classified|assessed|confirmed)\s+as\s+(?:a\s+)?(?:hoax|fiction|false)|(?:was|is|as)\s+(?:a\s+)?hoax\b|turned\s+out\s+to\s+be\s+(?:a\s+)?(?:hoax|false)|\bas\s+fiction\b|report\s+was\s+false|nothing\s+was\s+found|no\s+indication\s+(?:of\s+(?:new|contact|any|a\s+(?:threat|risk))|that\s+(?:he|she|they)\s+(?:intends?|plans?))|(?:has|have)\s+(?:since\s+)?been\s+(?:arrested|detained|taken\s+into\s+custody)|is\s+in\s+custody)/i;

/** The text says itself that nobody knows when, or that the threat waits on a distant event. */
const NOT_IMMINENT =
  /\b(?:nothing|no\s+information|no\s+indication|nothing\s+in\s+the\s+messages?)\b[^.]{0,40}\bwhen\b|\bnot\s+(?:imminent|immediate)\b|\bno\s+(?:immediate|imminent)\s+(?:danger|threat|risk)\b|\bone\s+(?:of\s+these\s+)?days?\b|\bsomeday\b|\bwhen\s+(?:he|she|they)\s+(?:is|are|gets?)\s+(?:released|out|paroled)\b|\bthe\s+day\s+(?:i|he|she)\s+(?:walk|get|am|is)\s+out\b/i;

const IMMINENCE =
  /\bimminen(?:t|tly|ce)\b|\b(?:immediate|grave|present|acute|active)\s+(?:danger|threat|risk|shooter|situation)|\bin\s+immediate\b|at\s+any\s+(?:moment|minute|time\s+now)|\bright\s+now\b|as\s+we\s+speak|\bcurrently\b|\bongoing\b|\bin\s+progress\b|\bunderway\b|\bstill\s+(?:missing|with|holding|armed|at\s+large|online|live)|\bremains?\s+(?:missing|at\s+large|unaccounted)|has\s+not\s+(?:yet\s+)?been\s+(?:located|found)|whereabouts\s+(?:are\s+|remain\s+)?unknown|\bis\s+(?:about|going|planning|preparing|set)\s+to\b|\bplans?\s+to\b|\bplanning\s+to\b|\bintends?\s+to\b|\bwill\s+(?:kill|shoot|stab|hurt|harm|detonate|attack|rape|end|take|jump|burn|hang)|\btonight\b|\bthis\s+(?:evening|afternoon|morning)\b|\bwithin\s+(?:the\s+)?(?:next\s+)?(?:hour|\d+\s*(?:min\w*|hours?|hrs?))|\bin\s+the\s+next\s+(?:\d+|few|couple)|\bbefore\s+it\s+is\s+too\s+late|\bcountdown\b|\bbeing\s+held\b|\bis\s+holding\b|\blivestream\w*|\blive[\s-]?stream\w*|\bthreaten\w*\s+to\s+\w+[^.]{0,40}\b(?:today|tonight|tomorrow|now)\b|\bat\s+risk\s+now\b|\bdeadline\b|\bcannot\s+wait\b|\btomorrow\b|\bin\s+(?:grave\s+|serious\s+)?danger\b|\bremains?\s+at\s+risk\b|\bat\s+risk\s+of\s+death\b|\bactive\b|\bgo(?:es)?\s+off\s+at\b|\bbefore\s+(?:school|work|the\s+deadline|it\s+is\s+too\s+late|sunrise|dawn|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\b(?:on|by|this|next|coming)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:only\s+)?(?:a\s+few\s+)?hours?\s+away\b|\brefus(?:es|ing)\s+to\b|\bstill\s+(?:running|in|inside|there|streaming|broadcasting|has|holds|armed)\b|\b(?:cannot|can'?t|could\s+not|unable\s+to)\s+(?:find|locate|reach)\b|\b(?:is\s+not|isn'?t|not)\s+answering\b|\bphone\s+(?:is\s+)?(?:off|switched\s+off|dead)\b|\bstraight\s+to\s+voicemail\b|\bon\s+(?:his|her|their)\s+way\b|\bis\s+being\s+\w+ed\b/i;
const NEGATED_IMMINENCE = /\b(?:no|not)\s+(?:an?\s+)?(?:immediate|imminent|ongoing|current)\b|\bnot\s+(?:currently|imminent)|\bno\s+longer\b/i;

const PURPOSE =
  /\b(?:establish\s+where|where\s+(?:the\s+child|the\s+victim|she|he|they)\s+(?:is|are)|remove\s+\w+\s+from\s+danger|locat\w*|find(?:ing)?|found|identif\w*|trac(?:e|ing)|track\w*|pinpoint\w*|\bping\w*|whereabouts|rescue\w*|interven\w*|prevent\w*|stop(?:ping)?|intercept\w*|reach\s+(?:him|her|them|the)|dispatch\w*|send\s+(?:officers|units|police)|welfare\s+check|safeguard\w*|protect\w*|secure\s+the\s+(?:child|victim)|apprehend\w*|arrest\w*|recover\s+(?:the\s+)?(?:child|victim|minor))/i;
const DATA =
  /\b(?:ip(?:\s*address(?:es)?|v[46])?|location\w*|gps|geo\w*|subscriber|account\s+(?:info\w*|details|records|holder\s+info\w*)|login\w*|log[\s-]?in|sessions?|records?|data|information|info\b|logs?|phone\s+numbers?|e-?mail\s+address\w*|device\w*|cell[\s-]?site|registration|addresses|messages?|disclosure|this\s+request|the\s+requested)/i;

/** Who is at risk: a person described by role, relation, age or name; "someone" or "people" alone is not enough. */
const PERSON_WORDS =
  /\b(?:victims?|child(?:ren)?|minors?|juveniles?|girls?|boys?|teen(?:ager)?s?|students?|pupils?|classmates?|wom[ae]n|mother|father|mom|dad|parents?|wife|husband|(?:ex[\s-]?)?(?:partner|girlfriend|boyfriend|wife|husband|spouse)|daughter|son|sister|brother|infant|baby|toddler|newborn|hostages?|complainant|account\s+(?:holder|owner|user)|(?:the|this)\s+(?:user|subscriber|target|suspect|individual|person|man|woman)\s+(?:himself|herself|themselves|is|was|has|who)|him(?:self)?\b(?=[^.]{0,60}\b(?:suicid|kill|harm|overdos|life))|her(?:self)?\b(?=[^.]{0,60}\b(?:suicid|kill|harm|overdos|life))|employees?|staff|co-?workers?|residents?|neighbou?rs?|patrons|congregation|worshippers|family|relatives?|grandmother|grandfather|niece|nephew|cousin|roommate|tenant|patient|vulnerable\s+(?:adult|person)|visitors|attendees|shoppers|passengers|guests|customers|crowd|readers|workers|judge|teacher|nurse|doctor|witness|ceo)\b|\b\d{1,2}[\s-]?(?:year|yr)s?[\s-]?old\b|\b(?:aged?|age)\s*:?\s*\d{1,2}\b|\b\d{1,2}\s*(?:yo|y\/o|yrs?)\b|\bdob\b/i;
/** Names, case-sensitive: "named Maria", "Ms. K", "J.D.". */
const PERSON_NAME = /\b(?:named|identified\s+as|[Nn]ame:?)\s+[A-Z][a-z]+|\b(?:Mr|Mrs|Ms|Miss|Dr|Judge)\.?\s+[A-Z]|\b[A-Z][a-z]+\s+(?:[A-Z][a-z]+\s+)?\(\d{1,2}\)|\b[A-Z][a-z]+\s+[A-Z][a-z]+,\s*(?:aged?\s+)?\d{1,2}\b|\b[A-Z]\.\s?[A-Z]\.(?=[\s,])/;

const TIME_HINT =
  /\d|\b(?:today|tonight|tomorrow|yesterday|morning|afternoon|evening|night|midnight|noon|hour|minute|week|ago|since|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
/** Times that say nothing concrete: "now" is imminence, not a time. */
const VAGUE_TIME = /^(?:now|right now|the moment|at the moment|this time|morning|evening|afternoon|night|noon|midnight|24\/7)$/i;
/** Durations and data ranges are not the threat's time ("for 90 days", "last 12 months"). */
const DURATION = /^(?:(?:for|last|past|the\s+last|the\s+past)\s+(?:\d+|few|several)\s+(?:days?|weeks?|months?|years?)|(?:the\s+)?(?:past|last|recent|few|a\s+few|several)\s+(?:days?|weeks?|months?|years?)(?:\s+ago)?)$/i;
/** Dates that belong to the request or the records, not to the threat. */
const NOT_THREAT_TIME_BEFORE =
  /\b(?:dob|d\.o\.b|born|date\s+of\s+birth|birthday|records?\s+(?:from|for|between)|logs?\s+(?:from|for)|data\s+(?:from|for)|period|range|between|dated|request\s+date|date\s+of\s+(?:this\s+)?request|ref(?:erence)?\.?|respond|reply|answer|provide\s+(?:it|them|the\s+data)|return|(?:report|request|submission|letter)\s+date|date\s+of\s+(?:the\s+)?(?:report|request|letter)|date\s*:)\b[^.]{0,25}$/i;
const RANGE_AFTER = /^\s*(?:-|–|to|through|until)\s*\d/i;
/** Clock times chrono misses in dispatch-log style: "2140hrs", "0300 hours", "21h40". */
const LOG_TIME = /\b(?:[01]\d|2[0-3])[0-5]\d\s*(?:hrs|hours|h)\b|\b(?:[01]?\d|2[0-3])h[0-5]\d\b/i;

const SENTENCE_BREAK =
  /(?<!\b(?:Dr|Mr|Mrs|Ms|St|No|approx|Det|Sgt|Ofc|Lt|Capt|Jr|Sr|vs|e\.g|i\.e|Inc|Ltd|Co|Ave|Apt|[A-Z]))(?<=[.!?])\s+|\n+/;

/** Sentences end at . ! ? before a space or at a line break: not inside e-mail addresses, decimals or "U.S.C.". */
function sentences(text: string): string[] {
  return text.split(SENTENCE_BREAK).filter((s) => s.trim().length > 0);
}

const NEGATOR = /\b(?:no|not|never|nor|without|none|neither|den(?:y|ies|ied)|unlikely|ruled\s+out|no\s+longer|isn'?t|wasn'?t|aren'?t|doesn'?t|didn'?t|nothing\s+(?:suggests|indicates)|unclear|unknown\s+(?:when|whether))\b/i;
const NOT_A_NEGATION = /\b(?:or\s+not|whether\s+or\s+not|not\s+only|if\s+not|no\s+matter|not\s+braking|no\s+one\s+will|nothing\s+anyone\s+can)\b/gi;

/** Is the term at `index` negated within its own clause ("no threat to life"; not "order or not, I will kill")? */
function negated(sentence: string, index: number): boolean {
  const before = sentence.slice(Math.max(0, index - 60), index);
  const clause = before.split(/[,;:()"“”—–]|\bbut\b/).pop() ?? '';
  return NEGATOR.test(clause.replace(NOT_A_NEGATION, ' ')) && NEGATION_BEFORE.test(clause.replace(NOT_A_NEGATION, ' '));
}

function firstUnnegated(sentenceList: string[], pattern: RegExp, negatedPhrase?: RegExp): Evidence | null {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  for (const sentence of sentenceList) {
    if (!pattern.test(sentence)) continue;
    global.lastIndex = 0;
    for (let m = global.exec(sentence); m; m = global.exec(sentence)) {
      if (negated(sentence, m.index)) continue;
      if (negatedPhrase?.test(sentence.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30))) continue;
      return { text: m[0].trim() };
    }
  }
  return null;
}

function findTimeframe(sentenceList: string[], reference: Date): Evidence | null {
  let parsed = 0;
  for (const sentence of sentenceList) {
    if (!TIME_HINT.test(sentence)) continue;
    const log = LOG_TIME.exec(sentence);
    if (log) return { text: log[0] };
    if (parsed++ >= MAX_DATE_SENTENCES) break;
    for (const result of chrono.en.casual.parse(sentence, reference)) {
      const text = result.text.trim();
      if (VAGUE_TIME.test(text) || DURATION.test(text)) continue;
      if (NOT_THREAT_TIME_BEFORE.test(sentence.slice(0, result.index))) continue;
      if (RANGE_AFTER.test(sentence.slice(result.index + result.text.length)) || result.end) continue;
      return { text: result.text };
    }
  }
  return null;
}

/** "to locate", "so officers can find", "-> identify": the purpose is stated as one. */
const PURPOSE_LEAD = /(?:\bto|\bso(?:\s+that)?|\bcan|\bcould|\bwill|\bwould|\bhelp\w*|\ballow\w*|\benabl\w*|\bin\s+order\s+to|\bmay|\bmight|->|=>|\bpurpose:?|\bneeded\s+to|\blets?\s+(?:us|officers|police|them)|\band\b)[^.]{0,50}$/i;
/** Identifying someone to charge them is prosecution, not preventing harm. */
const PROSECUTION_ONLY = /\b(?:charg(?:e|ed|ing)|prosecut\w*|conviction|for\s+court|close\s+(?:the|our)\s+file|complete\s+the\s+(?:incident\s+)?report)\b/i;
const PREVENTION = /\b(?:locat\w*|whereabouts|find|rescue\w*|interven\w*|prevent\w*|stop|protect\w*|safeguard\w*|welfare|before|recover\s+(?:the\s+)?(?:child|victim|minor)|intercept\w*)\b/i;

function findNexus(sentenceList: string[]): Evidence | null {
  for (let i = 0; i < sentenceList.length; i++) {
    const sentence = sentenceList[i]!;
    // The data may be named in the sentence before ("Request: IP logs" / "Purpose: locate him").
    if (!DATA.test(sentence) && !(i > 0 && DATA.test(sentenceList[i - 1]!))) continue;
    if (PROSECUTION_ONLY.test(sentence) && !PREVENTION.test(sentence)) continue;
    const global = new RegExp(PURPOSE.source, 'gi');
    for (let m = global.exec(sentence); m; m = global.exec(sentence)) {
      const before = sentence.slice(Math.max(0, m.index - 60), m.index);
      if (!PURPOSE_LEAD.test(before) || NEGATION_BEFORE.test(before)) continue;
      return { text: sentence.trim().slice(0, 160) };
    }
  }
  return null;
}

export function analyzeNarrative(text: string, reference = new Date()): NarrativeAnalysis {
  const truncated = text.length > MAX_ANALYZED_CHARS;
  const analyzed = truncated ? text.slice(0, MAX_ANALYZED_CHARS) : text;
  const list = sentences(analyzed);
  const resolved = RESOLVED.test(analyzed);
  const harm = resolved ? null : firstUnnegated(list, HARM, NEGATED_HARM_PHRASE);
  // Imminence and the data's purpose only mean something for a stated danger.
  const imminence = harm && !NOT_IMMINENT.test(analyzed) ? firstUnnegated(list, IMMINENCE, NEGATED_IMMINENCE) : null;
  const personMatch = firstUnnegated(list, PERSON_WORDS) ?? firstUnnegated(list, PERSON_NAME);
  return {
    harm,
    imminence,
    timeframe: findTimeframe(list, reference),
    nexus: harm ? findNexus(list) : null,
    personAtRisk: personMatch,
    analyzedChars: analyzed.length,
    truncated,
  };
}

let cache: { text: string; day: string; result: NarrativeAnalysis } | null = null;

/** The five rules read the same narrative: analyze it once per text. */
export function analyzeNarrativeCached(text: string, reference: Date): NarrativeAnalysis {
  const day = reference.toISOString().slice(0, 13);
  if (cache && cache.text === text && cache.day === day) return cache.result;
  const result = analyzeNarrative(text, reference);
  cache = { text, day, result };
  return result;
}

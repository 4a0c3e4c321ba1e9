/**
 * A harm word said of a thing (issue 13, round 10): the word's subject, its object or the noun it qualifies is no
 * person, so it names no danger to one. "Your patients' files are held hostage", "drop-dead prices that will kill the
 * boutiques", "an explosive story about your trucks", "your name will be dead in Kumasi", "the city will drown in its own
 * mess". Read by the words around the harm word, in its clause, not by a list of phrases: a category of things (what a
 * business, a file or a reputation is), the harm words that are used figuratively of them, and where the thing stands.
 * A person named after the thing keeps the harm ("kill the shop owner"), and so do the things people are in (a car, a
 * house, a bus): a threat to burn or bomb those is a threat to the people inside, and those words are not read here.
 */

/** Things that are no person and no place people are in: a business and its trade, data and accounts, a reputation, a story. */
const THING =
  '(?:business(?:es)?|company|companies|firm|brand|shop|shops|store|stores|boutiques?|outlets?|bakery|bakeries|restaurant|restaurants|caf[eé]s?|salon|salons|startup|stall|stalls|trade|market|competition|competitors?|rivals?|prices?|sales|deals?|offers?|discounts?|stock|shares|profits?|economy|project|campaign|bill|proposal|files?|data|database|databases|records|system|systems|servers?|website|websites|site|page|pages|accounts?|profile|profiles|backups?|logins?|emails?|name|good\\s+name|family\\s+name|reputation|career|image|credibility|honou?r|izzat|dignity|pride|prestige|standing|story|stories|news|video|videos|leak|leaks|article|post|posts|revelation|revelations|expos[eé]|interview|report|headline|headlines|documentary|episode|album|song|track|campaign)';
/** After the thing, a person of it: "the shop owner", "the store manager" (the harm is to them). */
const NO_PERSON_AFTER =
  '(?!\\s+(?:owners?|keepers?|managers?|staff|workers?|employees?|assistants?|clerks?|holders?|customers?|clients?|director|boss|founder|team|people|guards?|cashiers?|users?|admins?|administrators?|writers?|authors?|reporters?|journalists?|host|editor)\\b)';

/** Harm words used figuratively of a thing as their subject: "the files are held hostage", "your name will be dead". */
export const FIGURATIVE_OF_SUBJECT = /^(?:hostages?|dead|die|dies|died|dying|drown|drowns|drowned|drowning|killed|murdered|massacred|slaughtered|buried|executed|death)$/i;
/** The thing as the subject, the words right before the harm word: "data is held", "accounts gonna be", "bakery will be". */
export const THING_AS_SUBJECT_BEFORE = new RegExp(
  `\\b${THING}['’]?\\s+(?:(?:is|are|was|were|will|would|shall|be|been|being|held|kept|now|all|soon|already|gonna|going\\s+to|get|gets|got|['’]ll|finally|simply|just|totally|completely)\\s+){1,4}$`,
  'i',
);

/** Harm verbs used figuratively of a thing as their object: "kill the boutiques", "execute the leak", "murder every rival outlet". */
export const FIGURATIVE_OF_OBJECT = /^(?:kill|kills|killing|killed|murder|murders|murdering|murdered|massacre|massacres|massacring|slaughter|slaughters|execute|executes|executing|executed|bury|buries|burying|drown|drowns|drowning|destroy|destroys|destroying|destroyed|strangle|strangles|strangling|choke|chokes|choking|poison|poisons|poisoning)$/i;
/** The thing as the object, right after the harm verb, with up to two words before it ("the corner shops", "every rival outlet"). */
export const THING_AS_OBJECT_AFTER = new RegExp(
  `^\\s+(?:(?:the|a|an|all|every|each|any|his|her|their|your|ur|our|my|its|this|that|these|those|local|small|little|other)\\s+)*(?:(?!(?:and|or|with|then|but|to|for)\\b)[\\w-]+\\s+){0,2}?${THING}\\b${NO_PERSON_AFTER}`,
  'i',
);

/** Harm words that qualify a noun: "an explosive story", "drop-dead prices", "killer deals", "a deadly offer". */
export const FIGURATIVE_QUALIFIER = /^(?:explosive|dead|deadly|killer|lethal|murderous|bloody|savage)$/i;
export const THING_QUALIFIED_AFTER = new RegExp(`^\\s*(?:[\\w-]+\\s+)?${THING}\\b${NO_PERSON_AFTER}`, 'i');

/** A death or a drowning in something abstract: "drown in its own mess", "drowning in debt", "die of shame". */
export const IN_SOMETHING_ABSTRACT =
  /^\s+(?:in|of|under)\s+(?:(?:its|their|his|her|your|ur|my|our|the)\s+)?(?:own\s+)?(?:mess|debts?|paperwork|work|bills|filth|rubbish|garbage|trash|lies|shame|embarrassment|boredom|laughter|corruption|traffic|e-?mails|requests|complaints|red\s+tape|bureaucracy|taxes|problems|scandals?|incompetence|arrogance|greed)\b/i;

/** A ransom word ("ransom note", "demanded a ransom") in a sentence where what is held is a thing: "the files are held hostage", "encrypted". */
export const RANSOM_WORD = /\bransom\b/i;
export const A_THING_HELD = new RegExp(
  `\\b(?:ransomware|encrypt\\w*)\\b|\\b${THING}['’]?\\s+(?:(?:is|are|was|were|have|has|had|been|being|now|all)\\s+){0,3}(?:held\\s+(?:hostage|to\\s+ransom)|encrypted|locked|stolen|leaked)\\b`,
  'i',
);

/**
 * A streamer's or a player's online life (round 11): the stream, the channel, the follower count, the rank. Trash talk and
 * raids aim at those ("kill her stream tonight", "the channel will be dead by Monday", "bury her follower count"); a
 * threat aims at the person ("kill her tonight on stream"). Read only right after the harm verb and its determiner, or
 * as the harm word's subject, the suspect's words quoted or not.
 */
const ONLINE_THING =
  '(?:(?:twitch|youtube|yt|kick|tiktok|live)\\s+)?(?:streams?|livestreams?|channels?|vods?|(?:follower|followers|sub|subscriber|view|viewer)\\s+counts?|numbers|views|rank|ranking|ratings|clan|k\\/d)';
export const ONLINE_THING_AS_OBJECT_AFTER = new RegExp(`^\\s+(?:(?:the|his|her|their|your|ur|my|our|that|this|a)\\s+)?${ONLINE_THING}\\b`, 'i');
export const ONLINE_THING_AS_SUBJECT_BEFORE = new RegExp(
  `\\b${ONLINE_THING}['’]?\\s+['‘"“]?(?:(?:is|are|was|were|will|would|be|been|gonna|going\\s+to|['’]ll|soon|already|now)\\s+){1,3}$`,
  'i',
);
/** A harm verb with a determiner the lexicon read as its object ("bury her" in "bury her follower count"). */
export const VERB_AND_DETERMINER = /^([\w-]+)\s+(?:her|his|their|your|ur|my|our)$/i;

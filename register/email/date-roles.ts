import type { DateMention } from './dates';
import { DEADLINE_BEFORE, END_LABEL, EVENT_HAPPENED, PERFORMED, PRESERVATION_NOUN, REQUEST_BEFORE, REQUEST_LABEL, START_LABEL, UNTIL_BEFORE, WEEKDAY_BEFORE } from './date-words';

/**
 * What a date in the provider's message is: the preservation date, the date of an extension, the new expiry,
 * or another date (the request's, the letter's, the day a username was held). Decided by the nearest words before
 * it in the same sentence; "for 90 days" has no date in it and is never one.
 */
export type DateRole = 'preservation' | 'original' | 'extension' | 'expiry' | 'other';

/**
 * Verbs of preserving itself, and the requested measures taken ("Nous avons pris les mesures demandées le 6 novembre"):
 * in an extension's sentence they still name the first preservation ("(preserved August 28)").
 */
export const PRESERVING =
  /(?<![\p{L}\d_])(?:(?:pris|prises)[ \t\n]+les[ \t\n]+mesures(?:[ \t\n]+(?:demandées|nécessaires|requises))?|taken[ \t\n]+the[ \t\n]+(?:requested[ \t\n]+|necessary[ \t\n]+)?(?:steps|measures)(?:[ \t\n]+requested)?|(?:Schritte|Maßnahmen)[ \t\n]+(?:durchgeführt|ergriffen)|adoptado[ \t\n]+las[ \t\n]+medidas(?:[ \t\n]+solicitadas)?|preso[ \t\n]+le[ \t\n]+misure(?:[ \t\n]+richieste)?|maatregelen[ \t\n]+genomen|preserved|preserve|preserving|secured|frozen|captured|snapshot|locked|retained|saved|archived|stored|gesichert|sicherung|conserv[ée]e?s?|bewaard|veiliggesteld|conservat[aeio]|conservad[oa]s?|preservad[oa]s?|preservat[aeio]|(?:res)?guardad[oa]s?|bevar(?:et|ede?s?|ade?s?|ats|at)|säkr(?:ade?s?|ats|at)|sikre(?:t|des?)|sparade?s|sparats|sparat|lagrade?s|lagrats|lagrat|zabezpieczon[eyao]|pr[ée]serv[ée]e?s?|sauvegard[ée]e?s?|fig[ée]e?s?|προβήκαμε[ \t\n]+στη[ \t\n]+διατήρηση|διατηρήθηκ\p{L}*|διατηρήσαμε|dokona(?:li[śs]my|no|[łl][aoy]?)[ \t\n]+zabezpieczenia|gespeichert|eingefroren|aufbewahrt|sichergestellt|geconserveerd|vastgelegd|salvat[aeio]|congelat[aeio]|(?:con|pre|res)?serv(?:ó|aron|ou|aram|amos)|guard(?:ó|aron|ou|aram)|bevart|zachowan[eyao]|zabezpieczy[łl]\p{L}*|zachowa[łl]\p{L}*|zaji[šs]t[ěe]n[aáéýoiy]?|zajistil\p{L}*|uchov[aá]n[aáéýoiy]?|uchoval\p{L}*|p[ăa]strat[eăa]?|meg[őo]r(?:iz|z)\p{L}*|i[šs]saugo(?:j(?!im)|t)\p{L}*|proced(?:ió|imos|ieron|ido|eu|emos|eram)[ \t\n]+(?:a|à)[ \t\n]+(?:(?:la|el|o|a)[ \t\n]+)?(?:preservar|conservar|resguardar|conservaci[óo]n|preservaci[óo]n|conserva[çc][ãa]o|preserva[çc][ãa]o)|sa[čc]uva[nl]\p{L}*|izvr[šs]i\p{L}*[ \t\n]+[čc]uvanje|(?:di)?amankan|dipreservasi|zabezpe[čc]en[aáéýoiy]?|gel[ée]e?s?|säilytetty|säilytimme|säilitatud|säilitasime|saglabāt[ia]|saglabājām|bewahrt|konserviert|mitgesichert)(?![\p{L}\d])/giu;
/**
 * Verbs of doing and the preservation's labels: in an extension's sentence they name the extension ("Extension processed").
 * The verb may take the hold as its object ("We put a preservation hold on the account yesterday").
 */
const DOING =
  /\b(?:processed|completed|fulfill?ed|taken|took|made on|(?:was|were)[ \t]+made|carried[ \t]+out|(?:put[ \t]+)?in[ \t]+place|(?:put|placed|kept|set)[ \t]+(?:on|under)[ \t]+(?:a[ \t]+)?(?:legal[ \t]+|preservation[ \t]+)?hold|(?:put|set|applied)[ \t]+(?:a|the)[ \t]+(?:legal[ \t]+|preservation[ \t]+|data[ \t]+)?(?:hold|freeze)|placed|effected|implemented|date of preservation|preservation date|data[ \t]+zabezpieczenia|preservation(?=[ \t]{0,3}:)|date preserved|trait[ée]e?s?|verarbeitet|bearbeitet)(?![\p{L}\d])/giu;

/**
 * "Originally" in each language read but English and German (which the pattern after it reads), next to a form of
 * preserving: the adverb before the participle ("oprindeligt bevaret", "oorspronkelijk bewaard", "inizialmente
 * conservati", "pierwotnie zabezpieczone") or after the verb ("säkrades ursprungligen", "conservées initialement"). Its
 * date is the first preservation's; one role's words with the English ones (ROLE.original tests both). Written without
 * \p{L}, as the role's words are tested without the u flag too.
 */
const ORIGINALLY = '(?:ursprungligen|ursprungligt|oprindeligt?|opprinnelig(?:t)?|oorspronkelijk|initialement|originellement|inizialmente|originariamente|originalmente|inicialmente|pierwotnie|pierwotne(?:go|j)|p[uů]vodn[eě]|ini[țţ]ial)';
const PRESERVED_FORM = '(?:preserv|conserv|bewaa?r|bevar|s[äa]kr|sikr|zabezpiecz|zachow|zaji[sš]|uchov|salvat|guardad|veilig|p[ăa]strat|prezervat|sparad|lagrad)[^\\s.,;:!?()]*';
const ORIGINALLY_PRESERVED = new RegExp(
  `(?<![A-Za-zÀ-ž])(?:${ORIGINALLY}[ \\t\\n]+(?:(?:been|blev|blevet|ble|werd|werden|été|stat[aeio]|sid[oa]|został[aoy]?|byl[aiy]?|fost|foi|foram)[ \\t\\n]+)?${PRESERVED_FORM}|${PRESERVED_FORM}[ \\t\\n]+${ORIGINALLY}(?![A-Za-zÀ-ž]))`,
  'gi',
);

/**
 * The first preservation named with its adjective after the noun, as the Romance languages put it ("Conservación
 * inicial:", "conservation initiale", "conservazione originaria", "preservação original", "la primera conservación" reads
 * before): its date is the first preservation's, in an extension's e-mail too. Written without \p{L}, as ORIGINALLY.
 */
const ORIGINAL_AFTER_NOUN =
  '(?<![A-Za-zÀ-ž])(?:conservaci[óo]n|preservaci[óo]n|conservation|pr[ée]servation|conservazione|preservazione|conserva[çc][ãa]o|preserva[çc][ãa]o)[ \\t]+(?:inicial|initiale?|iniziale|originale?|originaria|originária|original|primera|premi[èe]re|prima|primeira)(?![A-Za-zÀ-ž])';

const STRONG: Array<[DateRole, RegExp]> = [
  ['preservation', PRESERVING],
  ['preservation', DOING],
  // After `preservation`, which it overrides where both end at the same word. The first preservation, named in an extension: "Original preservation:", "originally made on", "initially preserved".
  // "Original hold date:", "Originally locked on", "Original freeze of records": any of the preservation's nouns too.
  ['original', new RegExp(`${String.raw`\b(?:original(?:ly)?|initial(?:ly)?|first|ursprünglich\w*)[ \t]+(?:preserv\w*|made|sicherung|processed|captured|secured|placed|taken|completed|frozen|locked|hold|freeze|snapshot|capture|retention)(?:[ \t]+date)?\b`}|${ORIGINAL_AFTER_NOUN}|${ORIGINALLY_PRESERVED.source}`, 'gi')],
  // The noun in the plural too ("The following preservation extensions were processed on …", "prolongations", "prórrogas"):
  // a notice of several extensions dates them all.
  ['extension', /\b(?:extended|extensions?|extends?|verlängert|prolong[ée]e?s?|prolongations?|prorogat[aeio]|proroghe|prórrogas?|verlengd|förläng(?:ts|des|d|da|t|ning(?:en)?)|forlæng(?:et|es|else(?:n)?)|forleng(?:et|es|else(?:n)?)|verlenging(?:en)?|prorrogad[oa]s?|prolungat[aeio]|przedłużon[aeoy]|prodloužen[aoy]?|prelungit)\b/gi],
  ['expiry', /\b(?:until|through|thru|expir\w*|expiry|expires|bis zum|bis|jusqu'?au|tot en met|hasta|fino al)\b/gi],
  ['other', /\b(?:received|receipt|dated|datert|datiert|daterad|dateret|gedateerd|fechad[oa]|datad[oa]|datat[oa]|beschluss(?:es)?|gerichtsbeschluss(?:es)?|submitted|letter|held (?:that|the|this) (?:user ?name|handle)|(?:user ?name|handle) (?:as |was )?(?:held|used|in use)(?: (?:on|as of))?|(?:user ?name|handle)s?(?: [a-z]+){1,2} (?:was|were) held(?: on)?|(?:user ?name|handle|screen ?name)s? as (?:it|they) (?:existed|stood|appeared|was|were)(?: on)?|sent|created|request date|eingang|eingegangen|reçue?|ontvangen|ricevut[oa]|recibid[oa]|recebid[oa]|rececionad[oa]|recepcionad[oa]|wpłynęł[oay]|wpłynął|wpływu|wpłynięcia|otrzymaliśmy|otrzyman[aeoy]|doręczon[aeoy]|doručen[aoy]?|obdrželi|mottagen|mottaget|modtaget|mottatt)\b/gi],
  // An event that happened on the day, not a preservation taken: "the meeting … took place on November 2, 2026", "die
  // Sitzung fand am … statt", "la réunion a eu lieu le". Said of the preservation's noun, the same words date it
  // (PERFORMED: "the preservation took place on").
  ['other', EVENT_HAPPENED],
  // Another thing's start: "the subscription began on", "membership started", "the account was opened on" (not "preserved
  // the account registered to x@… on", whose day is the preservation's).
  ['other', /\b(?:subscription|membership|plan|contract|customer[ \t]+relationship|trial)(?:[ \t]+\p{L}+){0,2}[ \t]+(?:began|begun|started|commenced|opened|was[ \t]+(?:opened|started|activated)|has[ \t]+been[ \t]+active)\b|\baccount[ \t]+was[ \t]+(?:opened|registered|created)\b/giu],
  // What the data is about, not when it was kept: "content posted since", "deactivated on", "logs covering".
  // Not a participle before its noun ("preserved the account data, uploaded videos and associated logs … on November 9"):
  // the noun's attribute dates nothing.
  ['other', /\b(?:posted|uploaded|published|shared|logged[ \t]+in|last[ \t]+(?:seen|active|login)|deactivated|suspended|deleted|disabled|banned|blocked|covering|dating(?:[ \t]+back)?[ \t]+(?:to|from)|gepostet|hochgeladen|gelöscht|gesperrt|deaktiviert|publié|supprimé|suspendu|désactivé|publicad[oa]|eliminad[oa]|suspendid[oa]|bloquead[oa]|pubblicat[aoie]|eliminat[oa]|sospes[oa]|bloccat[oa]|disattivat[oa]|geplaatst|verwijderd|geblokkeerd|opgeschort|stängd|avstängd|sperret|zawieszon[eyao]|zablokowan[eyao])\b(?![ \t]+(?:videos?|files?|content|photos?|images?|media|posts?|messages?|data|items?|documents?)\b)/giu],
];
/**
 * Words that give a date its role only right before it, or as the last word of its label ("Preservation effective:"):
 * "as of" (and the British and Australian "as at"), "from"; every word that starts a period too ("commencing",
 * "beginning", "à partir du", "a decorrere dal", "met ingang van", "från och med").
 * A word that opens with a letter outside ASCII ("à compter du", "à partir du") is bounded by no letter before it: \b
 * finds no word's edge before "à".
 */
const WEAK_BEFORE =
  /(?:\bas of|\bas at|\bas[ \t]+(?:it|they)[ \t]+(?:existed|stood|appeared|was|were)(?:[ \t]+on)?|\bfrom|\bwith effect from|\beffective|\bsince|\bstarting|\bcommencing|\bbeginning|\b(?:start(?:s|ed)?|began|begins|commenced|took effect)(?:[ \t]+on)?|\bab|\bseit|(?<!\p{L})à compter du|\bdepuis le|\bdepuis|(?<!\p{L})à partir du|\bdès le|\bvanaf|\bmet ingang van|\bper|\bdal|\ba decorrere dal|\ba partire dal|\bdesde|\ba partir del?|\bfrån och med|\bfra og med|\bfra|\bod dnia|\bod)(?:[ \t\n]{1,3}|[ \t]*:)$/iu;
/** A name or detail of the account right before "as of"/"as at" (the label's head): the day that detail held. */
const NAME_AS_OF =
  /(?<![\p{L}])(?:user[ \t]?names?|handles?|display[ \t]?names?|screen[ \t]?names?|nicknames?|gamertags?|vanity[ \t]+(?:url|name)|phone(?:[ \t]+number)?|e-?mail(?:[ \t]+address)?|ip[ \t]+address)[ \t]+as[ \t]+(?:of|at)[ \t]*:?[ \t\n]*$/iu;
/**
 * "On 23 November 2026 we preserved …", "on November 18, 2026, Acme Platforms, Inc. preserved …", "On Friday 13
 * November the team took a snapshot …": the verb after the date (any verb that makes a preservation take effect), its
 * subject a short phrase of any shape (a company's name with commas and a period, "the/our …") in the same clause.
 */
const VERB_AFTER = /^,?[ \t\n]{1,3}(?:we|(?:[A-Z]|(?:the|our)[ \t])[^!?;:\n]{0,50}?(?:\n[^!?;:\n]{0,30}?)?)[ \t\n]{1,3}(?:have[ \t]+|has[ \t]+)?(?:preserved|completed|processed|secured|captured|froze|took[ \t]+(?:a[ \t]+)?snapshot|placed[ \t]+(?:a[ \t]+)?(?:hold|preservation))\b/;
/**
 * Hungarian, Lithuanian and Finnish put the verb after the date ("2026. november 18-án megőriztük", "2026-11-12
 * išsaugojome", "12. marraskuuta 2026 säilytimme");
 * so does a date in brackets ("Vandaag (14-10-2026) veiliggesteld"), or one with its time ("zum Stand 23. März 2026,⏎
 * 14:05 Uhr eingefroren").
 */
const PARTICIPLE_AFTER = /^\)?(?:-(?:[aá]n|[eé]n|j[aá]n|j[eé]n|i))?(?:,?[ \t\n]{1,3}\d{1,2}[:.]\d{2}(?:[ \t]+Uhr)?)?[ \t\n]{1,3}(?:meg[őo]rizt\p{L}*|i[šs]saugo(?:j(?!im)|t)\p{L}*|gesichert|sichergestellt|gespeichert|eingefroren|aufbewahrt|bewaard|veiliggesteld|geconserveerd|vastgelegd|conserv[ée]e?s?|pr[ée]serv[ée]e?s?|sauvegard[ée]e?s?|conservat[ioe]|salvat[ioe]|preservad[oa]s?|zabezpieczon[eyao]|zachowan[eyao]|säkrade?|bevarade?|bevart|sikret|säilytimme|säilytettiin|(?:on|ovat)[ \t\n]+säilytetty|(?:було|були|было|были)[ \t\n]+(?:збережено|збережені|сохранено|сохранены))(?![\p{L}])/iu;
/**
 * Turkish puts the date before its predicate too, after "tarihi itibarıyla" ("as of the date") or "tarihinde" ("on the
 * date"): "… kayıtlar 15.12.2026 tarihi itibarıyla muhafaza altına alınmıştır" (the records were taken into preservation
 * as of), "… tarihinde muhafaza edilmiştir"; a few words (the records' noun) may stand between.
 */
const TURKISH_PRESERVED_AFTER =
  /^[ \t\n]{1,3}(?:tarih(?:i|inde|iyle)(?:[ \t\n]+itibar[ıi]yla)?|itibar[ıi]yla)[ \t\n]+(?:[\p{L}]+[ \t\n]+){0,4}?muhafaza[ \t\n]+(?:alt[ıi]na[ \t\n]+al[ıi]n(?:m[ıi][şs]|d[ıi])|edil(?:mi[şs]|di))/iu;
/**
 * A date that opens its clause after a day's preposition ("op 18 november 2026", "am 12.11.2026", "w dniu 12 listopada
 * 2026 r."), the clause's predicate of preserving further on: at its end, as Dutch and German put it in a clause after
 * "dat"/"dass" ("dat TikTok op 18 november 2026 de gegevens van het account @x heeft bewaard"), or after the year's
 * abbreviation, as Polish puts it ("w dniu 12 listopada 2026 r. zabezpieczyliśmy dane"). Words between that give the
 * date another role ("ontvangen", "otrzymaliśmy"), negate it or put it in the future keep it from the preservation.
 * The formal openers of a letter count as the day's preposition: "in data 09/11/2026 Apple ha conservato", "el pasado
 * 15 de noviembre conservamos", "lo scorso", "con fecha", "em data de", "en date du", "în data de", "dne"; and the
 * South Slavic "dana 20.11.2026. godine izvršio čuvanje", the year's word after the date.
 */
const DAY_OPENS = /(?<![\p{L}])(?:on|am|op|le|el|il|em|den|w[ \t\n]+dniu|dnia|el[ \t\n]+pasado|lo[ \t\n]+scorso|no[ \t\n]+passado(?:[ \t\n]+dia)?|in[ \t\n]+data|en[ \t\n]+fecha|con[ \t\n]+fecha|em[ \t\n]+data[ \t\n]+de|na[ \t\n]+data[ \t\n]+de|dne|dana|în[ \t\n]+data[ \t\n]+de|en[ \t\n]+date[ \t\n]+du|στις|την|(?:hoy|aujourd['’]hui|oggi|hoje|heute|vandaag|today|idag)[ \t\n]*,)[ \t\n]*$/iu;
/** A subordinating word ("que", "that", "dass", "che", "dat", "att", "że"): the last in a window opens the date's clause. */
const SUBORDINATOR = /(?<![\p{L}])(?:que|that|dass|che|dat|att|at|że|qu['’])(?![\p{L}])[ \t\n]*,?[ \t\n]*/giu;
const CLAUSE_ASIDE =
  /(?<![\p{L}])(?:will|shall|would|wird|werden|zal|zullen|not|nicht|kein\p{L}*|niet|geen|nie|pas|non|inte|ikke|never|nooit|received|ontvangen|erhalten|eingegangen|otrzyma\p{L}*|re[çc]u\p{L}*|recibid\p{L}*|ricevut\p{L}*|mottag\p{L}*)(?![\p{L}])/iu;
const LEGAL_FORM_DOTS = /(?<![\p{L}])(?:sp\.[ \t]+z[ \t]+o\.o\.|s\.[ \t]?r\.[ \t]?o\.|s\.[ \t]?r\.[ \t]?l\.|s\.[ \t]?a\.|s\.[ \t]?l\.|b\.[ \t]?v\.|n\.[ \t]?v\.|a\.[ \t]?s\.|inc\.|ltd\.|corp\.|co\.)(?=[ \t\n,])/giu;
export function predicateLater(text: string, end: number): boolean {
  // A company's legal form ("Allegro sp. z o.o. zabezpieczyło", "Example Inc. preserved") ends no clause.
  const clause = text
    .slice(end, end + 200)
    .replace(/^(?:[ \t]*r\.|\.?[ \t]*godine(?![\p{L}]))/u, '   ')
    .replace(LEGAL_FORM_DOTS, (m) => m.replace(/\./g, ' '))
    .split(/[.;!?](?=[ \t\n]|$)|\n[ \t]*\n/)[0]!;
  PRESERVING.lastIndex = 0;
  const verb = PRESERVING.exec(clause);
  PRESERVING.lastIndex = 0;
  if (!verb) return false;
  const between = clause.slice(0, verb.index);
  return !CLAUSE_ASIDE.test(between) && roleOfWords(between) === null;
}

/** After a date: a subject or an auxiliary, then a participle of preserving ("hemos conservado", "nous avons conservé"). */
const AUX_PARTICIPLE_AFTER =
  /^,?[ \t\n]{1,3}(?:(?:nous|wir|wij|we|vi|noi|nós)[ \t\n]+)?(?:hemos|han|ha|avons|ont|a|haben|hat|hebben|heeft|abbiamo|hanno|temos|tem|foram|foi|fue|fueron|se[ \t\n]+(?:han|ha)|har|wurden|wurde|zijn|werden|sono|è|est|sont|ont[ \t\n]+été|a[ \t\n]+été)(?:[ \t\n]+(?:wir|nous|we))?[ \t\n]+(?:(?:los|les|die|de|i|gli|os)[ \t\n]+\p{L}+[ \t\n]+)?(?:conservad[oa]s?|preservad[oa]s?|conserv[ée]e?s?|pr[ée]serv[ée]e?s?|sauvegard[ée]e?s?|gesichert|gespeichert|aufbewahrt|bewaard|veiliggesteld|conservat[aeio]|preservat[aeio]|salvat[aeio]|bevarat|bevarade|säkrat|säkrade|sikret|zabezpieczon[eyao]|zachowan[eyao])(?![\p{L}])|^,?[ \t\n]{1,3}(?:zabezpieczyli[śs]my|zabezpieczy[łl]a|zabezpieczy[łl]|zabezpieczono|zachowali[śs]my|zachowano|utrwalili[śs]my|dokona(?:li[śs]my|no|[łl][aoy]?)[ \t\n]+zabezpieczenia)(?![\p{L}])/iu;
const TO_THE_PRESENT = /^[ \t\n]{1,3}(?:(?:to|until|till|through)[ \t]+(?:the[ \t]+)?(?:present|date|today|now)|onwards?|and[ \t]+(?:after|later)|bis[ \t]+(?:heute|jetzt|dato)|à[ \t]+ce[ \t]+jour|jusqu['’]à[ \t]+(?:ce[ \t]+jour|aujourd['’]hui)|hasta[ \t]+(?:la[ \t]+fecha|hoy)|ad[ \t]+oggi|tot[ \t]+heden|till[ \t]+idag)\b/iu;
/**
 * After a date, in its clause: a hold, lock or reservation put on a name, not on data ("we placed a hold on the
 * username x", "reserved the handle", "locked the screen name"): the name kept from being claimed by another person. A
 * product's name may stand before the name's noun ("a hold on the Instagram username x", "on a Roblox display name").
 */
const NAME_HELD_AFTER =
  /^[^.;\n]{0,60}?(?<![\p{L}])(?:(?:hold|lock|reservation|block)[ \t\n]+(?:on|of)|reserved|locked|held|blocked)[ \t\n]+(?:(?:the|a|an|its|their|this|that)[ \t\n]+)?(?:\p{Lu}[\p{L}]{1,20}[ \t\n]+)?(?:user[ \t]?name|handle|screen[ \t]?name|display[ \t]?name|vanity[ \t]+(?:url|name)|nickname)s?(?![\p{L}])/iu;
/** A timeline's event of a name held ("Username hold placed: x", "Handle reserved"): a name kept from others, not data. */
const NAME_HOLD_EVENT = /(?<![\p{L}])(?:user[ \t]?name|handle|screen[ \t]?name|display[ \t]?name|vanity[ \t]+(?:url|name))[ \t]+(?:hold|lock|reservation|reserved|held|locked)(?![\p{L}])/iu;
/** A word a printout hyphenated at its line's end ("has been pre-⏎served on", or its line joined: "pre- served"), read whole. */
const HYPHENATED = /(\p{Ll})-(?:[ \t]*\n[ \t>]*|[ \t])(\p{Ll})/gu;
/** A sentence ends here; "Nov. 18" and "U.S.C. §" do not end one. */
const SENTENCE_END = /[.!?][ \t]*\n[ \t]*\n|[.!?](?=[ \t\n]{1,3}[A-Z])|\n[ \t]*\n/g;

/** After a date: a participle of doing, closing its clause in another language ("… am 14.11.2026 erledigt", "… le 14/11 effectuée"). */
const DONE_PARTICIPLE_AFTER =
  /^[ \t\n]{1,3}(?:erledigt|abgeschlossen|durchgeführt|bearbeitet|umgesetzt|vollzogen|afgehandeld|uitgevoerd|verwerkt|effectu[ée]e?s?|trait[ée]e?s?|r[ée]alis[ée]e?s?|eseguit[aoie]|completat[aoie]|evas[aoie]|realizad[oa]s?|tramitad[oa]s?|completad[oa]s?|efetuad[oa]s?|conclu[íi]d[oa]s?)(?![\p{L}])/iu;

/** An extension's noun: a request to extend, done on a day, is the extension's, left to the words that say so. */
const EXTENSION_NOUN = /(?<![\p{L}])(?:extension|verlängerung|prolongation|pr[óo]rroga|proroga|verlenging|förlängning|forlængelse|forlengelse|przedłużeni\p{L}*|prodloužení|prelungire|prorroga[çc][ãa]o)(?![\p{L}])/iu;

/**
 * After a Japanese or Korean date, maybe its time and zone ("23시 15분(한국시간)"): "on" (に, 에), then a verb of preserving
 * done before the clause ends ("保全しました", "보존했습니다", "보전 조치를 완료하였습니다").
 */
const CJK_PRESERVED_AFTER = /^(?:[ \t]*(?:\d{1,2}[:：]\d{2}|\d{1,2}(?:시|時)(?:[ \t]*\d{1,2}(?:분|分))?))?(?:[ \t]*[(（][^()（）\n]{1,20}[)）])?[ \t]*(?:に|에)[^。\n]{0,60}?(?:保全(?:し|いたし|を(?:実施|完了))|(?:보전|보존)(?:했|하였|을[ \t]+완료|[ \t]?조치를[ \t]+(?:했|하였|완료)))/u;

/** The role of `mention`; `after` bounds the window before it (the previous date's end). */
export function dateRole(text: string, mention: DateMention, after: number): DateRole | null {
  // A timeline's row opens with its date, the event after it ("Aug 12, 2026 4:51 PM    Preservation completed by …"):
  // the row's own words say what the date is, not the row above.
  const lineStart = text.lastIndexOf('\n', mention.start - 1) + 1;
  if (/^[ \t>]*$/.test(text.slice(lineStart, mention.start).replace(WEEKDAY_BEFORE, ''))) {
    const lineEnd = text.indexOf('\n', mention.end);
    const event = TIMELINE_EVENT.exec(text.slice(mention.end, lineEnd === -1 ? text.length : lineEnd));
    if (event) return NAME_HOLD_EVENT.test(event[1]!) || NAME_HELD_AFTER.test(event[1]!) ? 'other' : roleOfWords(`${event[1]!} `);
  }
  let from = Math.max(after, mention.start - 200);
  // A weekday before the date ("Original preservation date . Friday, August 28, 2026") is read as if it were not
  // there, here too: its capital does not make the stop or dot leader before it a sentence's end.
  const raw = text.slice(from, mention.start);
  const before = raw.slice(0, raw.length - (WEEKDAY_BEFORE.exec(raw)?.[0].length ?? 0));
  const base = from;
  for (const m of before.matchAll(SENTENCE_END)) from = Math.max(from, base + m.index! + m[0].length);
  const window = text.slice(from, mention.start).replace(WEEKDAY_BEFORE, '').replace(HYPHENATED, '$1$2');
  // "Following the order issued on 18 November, the data is preserved": the order's day, whatever verb follows; "data
  // from 1 January 2026 to the present": the span of the data.
  // Not where a subordinate clause after it opens with the day, its verb of preserving further on ("En atención a su
  // solicitud de fecha 16 de noviembre …, le comunicamos que, con fecha 17 de noviembre de 2026, se ha procedido a la
  // conservación"): the request's words are the main clause's.
  const subordinate = [...window.matchAll(SUBORDINATOR)].pop();
  const ownClause = subordinate ? window.slice(subordinate.index! + subordinate[0].length) : null;
  const openedByDay = ownClause !== null && DAY_OPENS.test(ownClause) && !REQUEST_BEFORE.test(ownClause) && predicateLater(text, mention.end);
  if ((REQUEST_BEFORE.test(window) && !openedByDay) || TO_THE_PRESENT.test(text.slice(mention.end, mention.end + 40))) return 'other';
  // "On November 2 we placed a hold on the username x so that it cannot be claimed": a name reserved, not data kept.
  if (NAME_HELD_AFTER.test(text.slice(mention.end, mention.end + 120))) return 'other';
  // A line wrap may part "On" from its date ("… is now done. On⏎November 25, 2026 we preserved …").
  if (VERB_AFTER.test(text.slice(mention.end, mention.end + 80)) && /\b(?:on|am|le|op|el|il)(?:[ \t\n]+the)?(?:[ \t\n]+\p{L}{2,12}day,?)?[ \t\n]*$/iu.test(window)) return 'preservation';
  // "wurden am 12.11.2026 gesichert", "zijn op 12-11-2026 bewaard": the participle after the date. Not after the words
  // of a period's end right before the date ("werden bis zum 7. Februar 2027 gesichert", "tot en met"): the hold's end.
  if (PARTICIPLE_AFTER.test(text.slice(mention.end, mention.end + 40)) || TURKISH_PRESERVED_AFTER.test(text.slice(mention.end, mention.end + 120))) return UNTIL_BEFORE.test(window) ? 'expiry' : 'preservation';
  // A date that opens its clause, the clause's verb after it in another language read: an auxiliary and a participle
  // ("con fecha 20 de noviembre de 2026 hemos conservado", "le 3 novembre 2026, nous avons conservé"), or a verb of
  // doing and the preservation's noun on either side of the date ("le 3 novembre 2026, nous avons procédé à la
  // conservation", "procedió el pasado 11 de noviembre de 2026 a la conservación").
  // Only where the words before the date give it no role of their own.
  // "Ihre Sicherungsanfrage wurde am 14.11.2026 erledigt": the preservation's noun before the date, a participle of
  // doing it after (the English "completed on" is a word before the date, read with the others).
  if (DONE_PARTICIPLE_AFTER.test(text.slice(mention.end, mention.end + 40)) && PRESERVATION_NOUN.test(window) && !REQUEST_BEFORE.test(window) && !EXTENSION_NOUN.test(window)) return 'preservation';
  // Japanese, Korean: the date opens the clause, its verb at its end ("2026年11月13日にデータを保全しました").
  if (CJK_PRESERVED_AFTER.test(text.slice(mention.end, mention.end + 80))) return 'preservation';
  // A year's abbreviation after the date ("4 listopada 2026 r.", "2026 г.") is no stop.
  const clauseAfter = text.slice(mention.end, mention.end + 100).replace(/^[ \t]+(?:r|г)\.(?=[ \t,])/u, '').split(/[.;!?:]|\n[ \t]*\n/)[0]!;
  const nounAfter = PRESERVATION_NOUN.exec(clauseAfter);
  const verbAfter =
    AUX_PARTICIPLE_AFTER.test(clauseAfter) ||
    (DAY_OPENS.test(window) && predicateLater(text, mention.end)) ||
    (!!nounAfter && nounAfter.index < 60 && (PERFORMED_ANYWHERE.test(clauseAfter.slice(0, nounAfter.index)) || PERFORMED_ANYWHERE.test(window.slice(-40))) && !REQUEST_LABEL.test(clauseAfter.slice(0, nounAfter.index)));
  // "Completed:  2026-11-23": on a "label: value" line only the label speaks for the date, with its colon ("Date of⏎
  // preservation: 06/11/2026", a label whose head a wrap left on the line above, is still the preservation's).
  // A label after a sentence on the same line ("… ont été conservées. Date de conservation : 03/11/2026") heads the
  // date as one at the line's start does.
  const lineBefore = text.slice(text.lastIndexOf('\n', mention.start - 1) + 1, mention.start).replace(WEEKDAY_BEFORE, '');
  const afterStop = [...lineBefore.matchAll(STOP_ON_LINE)].pop();
  const label = LABEL_BEFORE.exec(lineBefore) ?? (afterStop ? LABEL_BEFORE.exec(lineBefore.slice(afterStop.index! + afterStop[0].length)) : null);
  const role = roleOfWords(label ? `${label[1]!}:` : openedByDay ? ownClause! : window);
  return role === null && !label && verbAfter ? 'preservation' : role;
}

/**
 * After a timeline row's date: maybe its time and zone, a gap or a dash, then the event in words to the line's end, its
 * first word capitalised as an entry's is (a wrapped sentence's "08/14/2026 | now preserved through …" is no entry).
 */
const TIMELINE_EVENT = /^(?:,?[ \t]+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,5})?)?(?:[ \t]{2,}|\t|[ \t]+[-–—|·•][ \t]+)(\p{Lu}[^\n]{2,120})$/u;

/** A sentence's stop on a line, a capital after it. */
const STOP_ON_LINE = /[.!?][ \t]+(?=\p{Lu})/gu;

/**
 * The start of a line up to a date: a short label and a colon (or a full-width one) or bar ("Original preservation:",
 * "Preserved on |", "保全日："), a table row's opening bar before it ("| Gegevens bewaard | 05-11-2026 |").
 */
export const LABEL_BEFORE = /^[ \t]*(?:[-*•|■▪●◆・][ \t]*)?([\p{L}][\p{L}\d ()'/.-]{1,40}?)[ \t]*[:：|][ \t]*$/u;

/** The role the words before a date give it (or a table column's label above it: "Preserved on"). */
export function roleOfWords(window: string): DateRole | null {
  // "before 18 February", "no later than", "avant le": a deadline; "your request of": the request's day.
  if (DEADLINE_BEFORE.test(window) || REQUEST_BEFORE.test(window)) return 'other';
  let nearest: { role: DateRole; at: number; preserving?: boolean } | null = null;
  const take = (role: DateRole, at: number, preserving = false) => {
    if (!nearest || at >= nearest.at) nearest = { role, at, preserving };
  };
  for (const [role, pattern] of STRONG) for (const m of window.matchAll(pattern)) take(role, m.index! + m[0].length, pattern === PRESERVING);
  // "Conservation effectuée le", "the preservation was executed on": a verb of doing after the preservation's noun.
  // "We actioned your preservation request on": the verb before its object, the object's noun then dates it.
  const noun = PRESERVATION_NOUN.exec(window);
  if (noun) for (const m of window.matchAll(PERFORMED)) take('preservation', Math.max(m.index! + m[0].length, noun.index + noun[0].length));
  // "The original preservation remains dated 31 August 2026", "a hold, dated 19 November": "dated" said of the
  // preservation's noun before it is the preservation's date, where it is a letter's or a request's otherwise.
  // A document the noun names before "dated" is what is dated ("the preservation order … dated 11.11.2026").
  // So is the document the noun follows ("anmodning om sikring av data datert 1. desember", "the request for
  // preservation dated"), and the document a compound's head names ("bevaringspålegget datert 27. februar": the
  // preservation order's date).
  if (noun && !DOCUMENT_NOUN.test(window.slice(Math.max(0, noun.index - 25), noun.index)) && !DOCUMENT_COMPOUND.test(noun[0]))
    for (const m of window.matchAll(DATED)) if (noun.index < m.index! && !DOCUMENT_NOUN.test(window.slice(noun.index + noun[0].length, m.index!))) take('preservation', m.index! + m[0].length);
  const found = nearest as { role: DateRole; at: number; preserving?: boolean } | null;
  let role = found?.role ?? null;
  if (role === 'preservation') {
    // "This extension relates to the original preservation, which was processed on …": the first preservation's date;
    // "Your extension was processed on …", "The extension took effect 11/19/2026": the extension's.
    if (ROLE.original.test(window) || RELATIVE_TO_PRESERVATION.test(window) || (ROLE.extension.test(window) && ZERO_RELATIVE_TO_PRESERVATION.test(window))) role = 'original';
    // "This extends the preservation under case X (preserved August 28)": preserving itself, the first preservation.
    else if (ROLE.extension.test(window)) role = found!.preserving ? 'original' : 'extension';
  }
  // "Username as at: 02/11/2026", "Display name as of 1 Nov": the day a name was the account's, as the request gave it.
  if (role === null && NAME_AS_OF.test(window)) return 'other';
  // "extended for an additional 90 days as of 2026-11-30": the extension's date, not the preservation's.
  if (WEAK_BEFORE.test(window)) return role === 'other' || role === 'expiry' || role === 'original' || role === 'extension' ? role : 'preservation';
  if (role) return role;
  // A label of its own words ("Hold date:", "Fecha de conservación:", "Preservation period:", "End date:"): its noun.
  // A verb of doing as the label ("Actioned on:", "Date actioned:", "Done:", "Durchgeführt am:") too; a request's label
  // ("Preservation request:") is the request's.
  if (/:$/.test(window) && !REQUEST_LABEL.test(window)) {
    if (END_LABEL.test(window)) return 'expiry';
    if (PRESERVATION_NOUN.test(window) || START_LABEL.test(window) || PERFORMED_ANYWHERE.test(window)) return 'preservation';
  }
  return null;
}

/**
 * A clause that relates to the preservation's noun, the date at its end ("has extended the preservation RDT-548207 that
 * we processed on", "the hold, which was placed on"): the verb is the preservation's own, so in an extension's sentence
 * the date is the first preservation's.
 */
const RELATIVE_TO_PRESERVATION =
  /(?<![\p{L}])(?:preservation|hold|freeze|snapshot)(?:[ \t\n]+(?:no\.?|number|#)?[ \t\n]*[A-Z0-9][\w-]{2,30})?[ \t\n]*,?[ \t\n]+(?:that|which)(?![\p{L}])[^.;:!?]{0,40}$/iu;

/**
 * The same clause with no relative word, the provider its subject ("you asked us to extend the preservation we put in
 * place on", "extended the hold I processed on"): read so only in an extension's sentence.
 */
const ZERO_RELATIVE_TO_PRESERVATION =
  /(?<![\p{L}])(?:preservation|hold|freeze|snapshot)(?:[ \t\n]+(?:no\.?|number|#)?[ \t\n]*[A-Z0-9][\w-]{2,30})?[ \t\n]+(?:we|I)(?![\p{L}])[^.;:!?]{0,40}$/iu;

/** A document that carries its own date: an order, a request, a letter ("Sicherungsanordnung", "demande de conservation"). */
const DOCUMENT_NOUN = /(?<![\p{L}])(?:orders?|requests?|letters?|notices?|warrants?|subpoenas?|applications?|demands?|forms?|anordnung|verfügung|ersuchen|schreiben|demande|réquisition|solicitud|oficio|richiesta|verzoek|begäran|anmodning|anmodan|begjæring|begjæringen|wniosek)(?![\p{L}])/iu;
/** A compound of the preservation's noun whose head is a document ("bevaringspålegget", "Sicherungsanordnung", "säkringsbegäran"). */
const DOCUMENT_COMPOUND = /(?:pålegg|pålæg|anordnung|ersuchen|verfügung|begäran|anmodning|anmodan|forespørsel|begjæring|brev|schreiben)\p{L}{0,4}$/iu;
/** "dated" in each language read: as a letter's it is another day; after the preservation's noun, the preservation's. */
const DATED = /(?<![\p{L}])(?:dated|datiert|dat[ée]e?s?|fechad[oa]s?|datat[oa]|gedateerd|daterad|datert|datowan[aey])(?![\p{L}])/giu;
/** PERFORMED without its global flag, for a plain test. */
const PERFORMED_ANYWHERE = new RegExp(PERFORMED.source, 'iu');
const ROLE = Object.fromEntries(STRONG.map(([role, pattern]) => [role, new RegExp(pattern.source, 'i')])) as Record<DateRole, RegExp>;

/**
 * "This identifier has no account here", read as structure rather than as phrases: a negator of a language the parser
 * reads next to a predicate of finding or keeping ("was not found", "no Google Account located", "n'existe pas",
 * "hittades inte"), a negated noun of what would have been found ("no such user", "aucun compte", "keine Daten"), or an
 * apposition setting the value aside ("provided for context only", "is not an account"). Where it is said — the
 * clause, the heading of a list, the column of a table — is the caller's (accounts.ts); this file says whether a piece
 * of text says it. Each list holds one form a line and is compiled once.
 */

import { alternatives, NEGATORS, NOT_BEFORE_A_NUMBER } from './negators';

/** Negators that follow the verb they negate ("existiert nicht", "bestaat niet", "hittades inte", "found no"). */
const AFTER_NEGATORS: readonly string[] = ['no|nothing|none', 'nicht|kein|keine', 'niet|geen', 'inte|ingen|inga', 'ikke|ingen', 'pas|aucun|aucune'];

/**
 * Predicates of finding an account or keeping its data, by family, as the start of a word. The keeping verbs are
 * participles: "will not hold it beyond 90 days" and "not including content" negate something else.
 */
const PREDICATES: readonly string[] = [
  // finding (English)
  'find|found|locat|identif|match|turn(?:s|ed)?[ \\t]+up|return|exist|resolv|correspond|belong|relate|recogni[sz]',
  // being an account of the service (English)
  // a name given out to an account: "the second gamertag is not assigned" ("ist nicht vergeben", "n'est pas attribué").
  'regist|associat|link|tied|connect|on[ \\t]+(?:file|record)|assigned(?!\\p{L})',
  // a service the provider does not run: "the address x is not operated by us" ("wird nicht von uns betrieben").
  'operated(?!\\p{L})|hosted(?!\\p{L})',
  // keeping (English)
  // "covered" by the preservation: "The channel t.me/x is public and is not covered".
  'preserv|held|kept|secured|retained|included|saved|stored|captured|frozen|covered',
  // acting on the request for it, as a verb: "We were unable to action the YouTube channel you referenced", "could not
  // process", "was not actioned" (not the nouns: "No further action is needed").
  // Extending the account's preservation, refused: "We were unable to extend a preservation for @x", "@y was not extended".
  // Not a limit of the policy's: "We cannot extend a preservation beyond 90 days".
  'actioned(?!\\p{L})|processed(?!\\p{L})|(?<=(?:to|not|cannot)[ \\t]{1,20})(?:action|process)(?!\\p{L})|(?:extended|(?<=(?:to|not|cannot)[ \\t]{1,20})extend)(?!\\p{L})(?![^.;\\n]{0,40}?(?<!\\p{L})(?:beyond|past|longer|more[ \\t]+than|after)(?!\\p{L}))',
  // part of the preservation an extension extends: "that account was not part of the original preservation".
  'part[ \\t]+of[ \\t]+(?:the|our|that|this)[ \\t]+(?:(?:original|initial|earlier|first|existing)[ \\t]+)?(?:preservation|hold|request)',
  'trouv|retrouv|connue?s?(?!\\p{L})|localis|identifi|exist|enregistr|associ|conserv|préserv|sauvegard|correspond|couvert|attribu|tenue?s?(?!\\p{L})', // French ("n'est pas tenu par Revolut": not held)
  'gefunden|auffindbar|bekannt|festgestellt|feststellbar|ermittel|gesichert|existi|vorhanden|registriert|gespeichert|zugeordnet|verknüpft|aufbewahrt|abgedeckt|vergeben|zugewiesen|betrieben', // German
  'encontr|localiz|identific|existe|registrad|asociad|conserv|preserv|vinculad|aparec|cubiert|asignad', // Spanish
  'trovat|individuat|esist|registrat|associat|conservat|collegat|copert|assegnat', // Italian
  'gevonden|vinden|aangetroffen|bekend|bewaard|bestaat|geregistreerd|gekoppeld|toegewezen|uitgegeven|aangehouden', // Dutch
  'encontrad|localizad|existe|registrad|associad|preservad|vinculad|atribu[íi]d', // Portuguese
  'hitta|finns|bevara|säkra|registrerad|kopplad', // Swedish ('inte kunnat bevara': the infinitive after a modal, as 'bevarad')
  'funnet|fundet|fant|fandt|finnes|findes|bevart|bevaret|sikret|registrert|registreret', // Norwegian, Danish
  'znalez|odnalez|istnie|zarejestrow|zabezpiecz|powiązan', // Polish
  'löyt|löyd|säilyt|tallenn|rekisteröi|olemassa', // Finnish
  'nalez|zajišt|zajist|uchov|existuj|registrov|propojen', // Czech
];

/** What would have been found, denied by a negator right before it ("no such user", "aucun compte", "keine Daten"). */
const DENIED_NOUNS: readonly string[] = [
  'accounts?|users?|targets?|profiles?|handles?|records?|data|match(?:es)?|results?|entr(?:y|ies)|information', // English
  'comptes?|utilisateurs?|données?|profils?|résultats?', // French
  '(?:Kunden|Nutzer|Benutzer|Mitglieds)?kont(?:o|en)|Postf[aä]ch(?:er)?|Account|Nutzer|Benutzer|(?:Vertrags|Bestands|Kunden|Nutzer)?Daten|Kunden?|Treffer|Ergebnis(?:se)?', // German
  'cuentas?|usuarios?|datos?|perfil(?:es)?|resultados?', // Spanish
  'account|utenti|utente|dati?|profil[oi]|risultat[oi]', // Italian
  'account|gebruikers?|gegevens|profiel|resultaten', // Dutch
  'contas?|usuários?|utilizador(?:es)?|dados?|perfis', // Portuguese
  'kont(?:o|on|ot)|användare|uppgifter|data|träffar', // Swedish
  'kont(?:o|oer|i)|brukere?|brugere?|data|opplysninger|oplysninger', // Norwegian, Danish
  'kont[ao]?|użytkownik(?:a|ów)?|danych|dane', // Polish
];

/** Forms that say the value names nothing, or nothing any more, or is set aside. */
const ABSENCE: readonly string[] = [
  '(?:is|was|appears[ \\t]+to[ \\t]+be|seems[ \\t]+to[ \\t]+be)[ \\t]+invalid',
  'invalid[ \\t]+(?:user[ \\t]?name|identifier|account|user|handle|id|number)',
  '(?:already|previously)[ \\t]+deleted',
  'nothing[ \\t]+(?:remains|is[ \\t]+left)[ \\t]+to[ \\t]+(?:preserve|be[ \\t]+preserved)',
  'no[ \\t]+(?:data|records?)[ \\t]+remains?',
  '(?:for|as)[ \\t]+(?:context|reference|information|background)(?:[ \\t]+purposes)?[ \\t]+only',
  'only[ \\t]+(?:for|as)[ \\t]+(?:context|reference|information|background)',
  // Not held, or someone else's: "no hold has been placed on it", "belongs to the complainant".
  'no[ \\t]+(?:hold|preservation)[ \\t]+(?:has[ \\t]+been|was|is|will[ \\t]+be)[ \\t]+(?:placed|applied|made|taken)',
  // Gone before the request came: "This account was suspended on 2026-09-30, prior to our receipt of your request",
  // and nothing there: "No information is available for preservation".
  '(?:suspended|deactivated|terminated|closed|deleted|removed)(?:[ \\t]+on[ \\t]+[\\w/.,-]{1,12}(?:[ \\t][\\w/.,-]{1,12}){0,2}?)?,?[ \\t]+(?:prior[ \\t]+to|before)[ \\t]+(?:our[ \\t]+)?(?:receipt|the[ \\t]+request|your[ \\t]+request|request|the[ \\t]+date[ \\t]+of)',
  // The same in a status cell of other languages ("Raderad före begäran", "Gelöscht vor Eingang", "Supprimé avant la demande").
  '(?:raderad|raderat|slettet|gelöscht|supprimée?|eliminad[oa]|verwijderd|cancellat[oa]|eliminat[oa]|apagad[oa]|excluíd[oa])[ \\t]+(?:före|innan|før|vor|avant|antes|vóór|voor|prima)(?![\\p{L}])',
  // Outside what was asked, or nothing there, as a status cell says it ("Out of scope", "Sin datos", "Sem dados").
  'out[ \\t]+of[ \\t]+scope|sin[ \\t]+(?:datos|resultados|coincidencias)|sem[ \\t]+(?:dados|resultados|correspond\\p{L}*)',
  'no[ \\t]+(?:data|information|records?|content)[ \\t]+(?:is|was|are|were)[ \\t]+(?:available|left)',
  'belongs?[ \\t]+to[ \\t]+the[ \\t]+(?:complainant|victim|reporting[ \\t]+(?:user|party|person)|reporter|injured[ \\t]+party)',
  // Not one of the provider's own: "is not a Revolut IBAN", "is not a Discord account".
  '(?:is|was|are)[ \\t]+not[ \\t]+an?[ \\t]+(?:\\p{Lu}[\\p{L}.]+[ \\t]+)?(?:IBAN|account|user(?:[ \\t]?name)?|identifier|number)(?!\\p{L})',
  // Outside what was asked or what the provider runs: "falls outside the scope of this request", "is a bot administered
  // elsewhere", "appears to belong to a different service", "esula dall'ambito della presente richiesta".
  'fall(?:s|ing)?[ \\t]+outside[ \\t]+(?:the[ \\t]+)?(?:scope|period|time[ \\t]?frame)',
  '(?:administered|managed|operated|hosted)[ \\t]+(?:elsewhere|by[ \\t]+(?:a[ \\t]+)?third[ \\t-]party)',
  'belongs?[ \\t]+to[ \\t]+(?:a[ \\t]+)?(?:different|another|separate)[ \\t]+(?:service|platform|company|provider|product)',
  'hors[ \\t]+du[ \\t]+(?:champ|périmètre)', // French
  'außerhalb[ \\t]+des[ \\t]+(?:Umfangs|Geltungsbereichs)|(?:über|von)[ \\t]+einen?[ \\t]+externen[ \\t]+[\\p{L}-]{2,40}[ \\t]+verwaltet', // German
  'fuera[ \\t]+del[ \\t]+(?:alcance|ámbito)', // Spanish
  'esul\\p{L}{1,4}[ \\t]+dall[\'’]ambito', // Italian
  'valt[ \\t]+buiten[ \\t]+(?:de|het)[ \\t]+(?:reikwijdte|bereik|kader)', // Dutch
  'høre[r]?[ \\t]+til[ \\t]+en[ \\t]+annen[ \\t]+tjeneste|tillhör[ \\t]+en[ \\t]+annan[ \\t]+tjänst', // Norwegian, Swedish
  'introuvable|inexistant', // French
  'unbekannt|ungültig', // German
  'inexistente|inválid[oa]', // Spanish, Portuguese
  'inesistente|non[ \\t]+valid[oa]', // Italian
  'onbekend|ongeldig', // Dutch
  'nenalez(?:en|l|li)|neexistuj\\p{L}*|neplatn', // Czech ("jsme žádné údaje nenalezli": we found none)
  // A search that found nothing, in the languages read ("la ricerca … non ha prodotto risultati", "a pesquisa … não
  // devolveu resultados", "sökningen gav ingen träff", "n'a pu être rapprochée d'aucun compte", "kein Mitgliedskonto
  // zuordnen").
  'non[ \\t]+ha[ \\t]+prodotto[ \\t]+(?:alcun[ \\t]+)?risultat',
  'não[ \\t]+(?:devolveu|produziu|retornou)[ \\t]+(?:nenhum[ \\t]+)?resultado',
  'no[ \\t]+(?:arrojó|devolvió|produjo|dio)[ \\t]+(?:ningún[ \\t]+)?resultado',
  'gav[ \\t]+ingen[ \\t]+träff|ga[ \\t]+ingen[ \\t]+treff|gav[ \\t]+intet[ \\t]+resultat|leverde[ \\t]+geen[ \\t]+(?:resultaten|treffers)',
  'n[\'’]a[ \\t]+(?:pu[ \\t]+être[ \\t]+rapproché\\p{L}*[ \\t]+d[\'’]aucun|donné[ \\t]+aucun[ \\t]+résultat)',
  'kein(?:e|en)?[ \\t]+(?:Mitglieds|Nutzer|Kunden|Benutzer)?[Kk]onto[ \\t]+zuordnen',
  // Another company's or entity's account ("gerida por outra entidade do grupo", "entité juridique distincte", "von einem
  // anderen Unternehmen betrieben", "ett annat bolag än Blocket", "gestionado por otra entidad").
  '(?:outra|otra)[ \\t]+entidade?|entité[ \\t]+juridique[ \\t]+distincte|(?:einem|ein)[ \\t]+anderen?[ \\t]+Unternehmen|ett[ \\t]+annat[ \\t]+bolag|un[\'’]altra[ \\t]+società|another[ \\t]+(?:legal[ \\t]+)?entity|separate[ \\t]+legal[ \\t]+entity',
  // Purged: "uppgifterna har därefter gallrats", "die Daten wurden gelöscht".
  'gallrats|gallrade',
];

const WORD = '[\\p{L}\\p{N}_.@/-]+';
/** Up to three words between a negator and its predicate ("not yet been located", "pas été retrouvé"). */
const GAP = `(?:[ \\t]+${WORD}){0,3}?`;
const NEGATOR = `(?<![\\p{L}'’])(?:${alternatives(NEGATORS)})(?![\\p{L}'’])${NOT_BEFORE_A_NUMBER}|\\p{L}n['’]t(?!\\p{L})`;
/** A verb, not its noun: "cannot extend a preservation" negates no finding ("-tion", "-ción", "-zione", "-ção"). */
const PREDICATE = `(?<![\\p{L}])(?:${alternatives(PREDICATES)})(?!\\p{L}*(?:tion|ción|zione|ção)(?!\\p{L}))\\p{L}*`;

/** A negator, then maybe a few words, then a predicate; or the French "n'" attached to its verb ("n'existe pas"). */
const NEGATED_PREDICATE = new RegExp(`(?:${NEGATOR})${GAP}[ \\t]+(?:be[ \\t]+|been[ \\t]+)?${PREDICATE}|(?<!\\p{L})n['’](?:${alternatives(PREDICATES)})`, 'iu');
/** A predicate right before its negator ("existiert nicht", "hittades inte", "found no", "Preserved: no"). */
const PREDICATE_NEGATED = new RegExp(`${PREDICATE}[ \\t]*(?:[:?][ \\t]*)?[ \\t](?:${alternatives(AFTER_NEGATORS)})(?!\\p{L})`, 'iu');

/** A bare "no" of a yes/no answer, in each language read, or its mark. */
const BARE_NO = /^(?:no|non|nein|nee|nej|nei|nie|não|false|✗|✘|×)\.?$/iu;
/** A header that asks whether the row's account was found or kept ("Preserved?", "Found", "Account exists"). */
const PREDICATE_HEADER = new RegExp(`(?<![\\p{L}])(?:${alternatives(PREDICATES)})`, 'iu');

/** Whether a table cell answers "no" under a header of finding or keeping ("| x | Preserved? | No |"). */
export function deniesByAnswer(header: string, value: string): boolean {
  return BARE_NO.test(value.trim()) && PREDICATE_HEADER.test(header);
}
/** A negator, maybe two words ("such", "Google", "matching"), then a noun of what would have been found, maybe a compound's end ("kein PayPal-Konto"). */
const NEGATED_NOUN = new RegExp(
  `(?<![\\p{L}'’])(?:no|not(?:[ \\t]+(?:an?|any))?|aucun|aucune|kein|keine|keinen|ningún|ninguna|nessun|nessuna|geen|nenhum|nenhuma|ingen|inget|inga|żaden|żadne|brak)(?:[ \\t]+${WORD}){0,2}?[ \\t]+(?:\\p{L}{2,20}-)?(?:${alternatives(DENIED_NOUNS)})(?![\\p{L}])`,
  'iu',
);
/** Each form maybe inflected ("introuvables", "inexistente", "inválidas"). */
const ABSENT = new RegExp(`(?<![\\p{L}])(?:${alternatives(ABSENCE)})\\p{L}{0,2}(?![\\p{L}])`, 'iu');

/** Whether a clause, a row or a heading says that what it names was not found, not kept, or is no account. */
export function deniesAccount(said: string): boolean {
  // A word a wrap hyphenated ("wird nicht von uns be-⏎trieben") is read whole.
  const flat = said.replace(/(\p{Ll})-[ \t]*\n[ \t]*(?=\p{Ll})/gu, '$1').replace(/\s+/g, ' ');
  const negated = NEGATED_PREDICATE.exec(flat);
  // A habit or a policy ("requests that name real persons alone generally cannot be actioned") denies no account.
  const policy = !!negated && HABIT_BEFORE.test(flat.slice(Math.max(0, negated.index - 30), negated.index));
  return (!!negated && !policy) || PREDICATE_NEGATED.test(flat) || NEGATED_NOUN.test(flat) || ABSENT.test(flat);
}
const HABIT_BEFORE = /(?<![\p{L}])(?:generally|usually|typically|normally|ordinarily|as[ \t]a[ \t]rule|in[ \t]general|grundsätzlich|généralement|generalmente|normalmente)[ \t,]*$/iu;

/** Verbs of an account's end, as participles: the account is gone, whatever was asked. */
const ENDINGS: readonly string[] = [
  'deleted|removed|closed|terminated|purged|erased|deactivated[ \\t]+and[ \\t]+deleted|excluded[ \\t]+from[ \\t]+(?:the|this)[ \\t]+preservation|merged[ \\t]+(?:in)?to[ \\t]+(?:the|an?|another)[ \\t]+(?:\\p{L}+[ \\t]+)?account', // English
  'supprimée?s?|effacée?s?|fermée?s?|clôturée?s?|clotur[ée]e?s?', // French
  'gelöscht|entfernt', // German
  'eliminad[oa]s?|borrad[oa]s?|cancelad[oa]s?|cerrad[oa]s?|dad[oa]s?[ \\t]+de[ \\t]+baja', // Spanish
  'cancellat[oi]|eliminat[oi]|chius[oi]', // Italian
  'verwijderd|opgeheven', // Dutch
  'excluíd[oa]|apagad[oa]|encerrad[oa]|incorporad[oa][ \\t]+(?:à|a)[ \\t]+(?:outra[ \\t]+)?conta', // Portuguese
  'raderad|raderat|borttagen|avstängd|avstängt|slettet|slettede', // Scandinavian
  'usunięte?|skasowane?', // Polish
  'zrušen[aoý]?|smazán[aoý]?|odstraněn[aoý]?', // Czech
];
/**
 * The account as the subject of a verb of its end, right after it ("fern.q2 was deleted before your request", "das
 * Konto x wurde gelöscht", "«x» ya había sido dada de baja", "Kontot 4387710 var redan avstängt", "(SteamID64 …) was
 * excluded from the preservation"): maybe an apposition between commas ("O e-mail x, também indicado no ofício, foi
 * incorporado à conta acima"), maybe "already", the subject's auxiliary, maybe an adverb, then the participle.
 */
const ENDED_SUBJECT = new RegExp(
  `^(?:[ \\t]*,[^,.;:\\n]{1,60},)?[\\p{P}]{0,2}[ \\t]+(?:(?:ya|already|déjà|bereits|schon|già|já|al)[ \\t]+)?(?:was|were|has[ \\t]+been|had[ \\t]+been|is|are|a[ \\t]+été|avait[ \\t]+été|est|wurde|war|ist|fue|ha[ \\t]+sido|había[ \\t]+sido|è[ \\t]+stat[oa]|werd|is|foi|var|blev|ble|została?|zostało|byl[aoy]?)(?:[ \\t]+\\p{L}{2,15})?[ \\t]+(?:${alternatives(ENDINGS)})(?!\\p{L})`,
  'iu',
);

/**
 * The account as the subject of a redirection to another service, right after it ("+44 7700 … should be sent to WhatsApp
 * directly", "the number x is operated separately", "x, which is handled by a different company"): a request for it
 * goes elsewhere, and nothing was preserved here.
 */
const REDIRECTED_SUBJECT =
  /^[\p{P}]{0,2}[ \t]+(?:(?:which|that)[ \t]+)?(?:(?:should|must|needs[ \t]+to|has[ \t]+to|will[ \t]+need[ \t]+to)[ \t]+be[ \t]+(?:sent|directed|addressed|submitted|redirected|referred)[ \t]+(?:directly[ \t]+|instead[ \t]+|separately[ \t]+)?to|(?:is|are)[ \t]+(?:operated|handled|run|managed|serviced)[ \t]+(?:separately|independently|by[ \t]+(?:a[ \t]+)?(?:separate|different|another)))(?![\p{L}])/iu;

/** Whether the words right after an account send a request for it to another service. */
export function redirectedAfter(after: string): boolean {
  return REDIRECTED_SUBJECT.test(after.replace(/\s+/g, ' '));
}

/**
 * A preservation made to wait on another request ("we would need a separate request naming that user before we can
 * preserve it", "dafür bräuchten wir ein gesondertes Ersuchen", "nous aurions besoin d'une demande distincte"), in each
 * language read: what the sentence names was not preserved under this one.
 */
const FURTHER_REQUEST_NEEDED = new RegExp(
  [
    String.raw`(?:would|will|'d|'ll)[ \t]+(?:need|require)[ \t]+(?:a|an)[ \t]+(?:separate|new|further|additional|second|fresh)[ \t]+(?:request|legal[ \t]+process|order|warrant|subpoena)`,
    String.raw`(?:a|an)[ \t]+(?:separate|new|further|additional|second|fresh)[ \t]+(?:request|legal[ \t]+process|order)[ \t]+(?:would|will)[ \t]+be[ \t]+(?:needed|required|necessary)`,
    // Asked of the officer ("If you would like Snap to preserve x, please submit a new preservation request").
    String.raw`please[ \t]+(?:submit|send|file|lodge|open)[ \t]+(?:a|an)[ \t]+(?:separate|new|fresh)[ \t]+(?:preservation[ \t]+)?request`,
    String.raw`(?:bräuchten|benötigen|benötigten|brauchen)[ \t]+wir[ \t]+(?:ein|eine)[ \t]+(?:gesonderte|neue|weitere|eigene)s?[ \t]+(?:Ersuchen|Anfrage|Anordnung)`,
    String.raw`(?:aurions|aurons)[ \t]+besoin[ \t]+d['’](?:une|un)[ \t]+(?:demande|réquisition|requête)[ \t]+(?:distincte|séparée|nouvelle|supplémentaire)`,
    String.raw`necesitar(?:íamos|emos)[ \t]+una[ \t]+(?:solicitud|petición|orden)[ \t]+(?:separada|nueva|adicional|distinta)`,
    String.raw`precisar(?:íamos|emos)[ \t]+de[ \t]+(?:um|uma)[ \t]+(?:pedido|solicitação|ordem)[ \t]+(?:separad[oa]|nov[oa]|adicional)`,
    String.raw`(?:servirebbe|sarebbe[ \t]+necessaria)[ \t]+una[ \t]+(?:richiesta|istanza)[ \t]+(?:separata|nuova|distinta)`,
    String.raw`(?:zouden|hebben)[ \t]+(?:we[ \t]+)?een[ \t]+(?:afzonderlijk|apart|nieuw)[ \t]+(?:verzoek|bevel)`,
    // The value as the subject of what it needs ("x requires separate legal process", "nécessite une procédure distincte").
    String.raw`(?:requires?|needs?|necessitates?)[ \t]+(?:(?:a|an)[ \t]+)?(?:separate|new|further|additional|distinct|its[ \t]+own)[ \t]+(?:request|(?:legal[ \t]+)?process|procedure|order|warrant|subpoena)`,
    // Or the process itself, a court's ("x requires a court order", "needs a search warrant", "erfordert einen
    // richterlichen Beschluss", "nécessite une décision judiciaire", "requiere una orden judicial").
    String.raw`(?:requires?|needs?|will[ \t]+require|would[ \t]+require)[ \t]+(?:(?:a|an)[ \t]+)?(?:court[ \t]+order|(?:search[ \t]+)?warrant|subpoena|mlat(?:[ \t]+request)?)`,
    String.raw`(?:erfordert|benötigt)[ \t]+(?:einen|eine)[ \t]+(?:richterlichen[ \t]+Beschluss|gerichtliche[ \t]+Anordnung|Durchsuchungsbeschluss)`,
    String.raw`(?:nécessite|requiert|exige)[ \t]+(?:une|un)[ \t]+(?:décision|ordonnance|réquisition)[ \t]+judiciaire`,
    String.raw`(?:requiere|necesita|exige)[ \t]+una[ \t]+orden[ \t]+judicial`,
    String.raw`(?:nécessite|nécessitera|requiert|exige)[ \t]+(?:une|un)[ \t]+(?:procédure|demande|réquisition|requête)[ \t]+(?:distincte|séparée|nouvelle|spécifique)`,
    String.raw`(?:erfordert|benötigt|bedarf)[ \t]+(?:ein|eine|eines|einer)[ \t]+(?:gesonderte|separate|eigene|neue)[nrs]?[ \t]+(?:Ersuchens?|Anfrage|Verfahrens?)`,
    String.raw`(?:requiere|requerirá|necesita|exige)[ \t]+(?:un|una)[ \t]+(?:procedimiento|solicitud|petición|proceso)[ \t]+(?:separad[oa]|distint[oa]|nuev[oa]|independiente)`,
    String.raw`(?:richiede|richiederà|necessita[ \t]+di)[ \t]+(?:una|un)[ \t]+(?:procedura|richiesta|istanza)[ \t]+(?:separata|distinta|nuova)`,
    String.raw`(?:vereist|vergt)[ \t]+een[ \t]+(?:afzonderlijk|apart|nieuw)e?[ \t]+(?:verzoek|procedure)`,
    String.raw`(?:requer|exige|necessita[ \t]+de)[ \t]+(?:um|uma)[ \t]+(?:pedido|procedimento|processo|solicitação)[ \t]+(?:separad[oa]|distint[oa]|nov[oa]|própri[oa])`,
  ].join('|'),
  'iu',
);

/** Where the rest of an account's sentence makes its preservation wait on another request (an offset into `rest`), or -1. */
export function furtherRequestNeeded(rest: string): number {
  return rest.replace(/\s/g, ' ').search(FURTHER_REQUEST_NEEDED);
}

/**
 * What was done said to be no preservation ("holding a username is not a preservation of account data", "does not
 * constitute a preservation", "ist keine Sicherung", "n'est pas une conservation", "no constituye una preservación"), in
 * each language read: what the sentence named before it was held, reserved or noted, not preserved.
 */
const NOT_A_PRESERVATION = new RegExp(
  [
    String.raw`(?:is|was|are|were)[ \t]+(?:not[ \t]+(?:a|an|any)|no)[ \t]+(?:(?:data|account)[ \t]+)?preservation`,
    String.raw`(?:does|do|did)[ \t]+not[ \t]+(?:constitute|amount[ \t]+to|count[ \t]+as|mean)[ \t]+(?:(?:a|an|any)[ \t]+)?(?:(?:data|account)[ \t]+)?preservation`,
    String.raw`(?:ist|sind|war|waren)[ \t]+keine[ \t]+(?:Daten)?(?:sicherung|Sicherung)`,
    String.raw`n['’](?:est|était|constitue)[ \t]+pas[ \t]+une[ \t]+(?:conservation|préservation)`,
    String.raw`no[ \t]+(?:es|era|constituye)[ \t]+una[ \t]+(?:preservación|conservación)`,
    String.raw`não[ \t]+(?:é|era|constitui)[ \t]+uma[ \t]+(?:preservação|conservação)`,
    String.raw`non[ \t]+(?:è|era|costituisce)[ \t]+una[ \t]+conservazione`,
    String.raw`(?:is|was)[ \t]+geen[ \t]+(?:bewaring|bewaarverzoek)`,
    // No preservation made at all, in its own clause ("…is already retained under a separate process; no additional
    // preservation was made", "aucune conservation supplémentaire n'a été effectuée", "es wurde keine weitere Sicherung
    // vorgenommen", "no se realizó ninguna preservación adicional").
    String.raw`(?<![\p{L}])no[ \t]+(?:(?:additional|further|new|separate|other)[ \t]+)?preservation[ \t]+(?:was|has[ \t]+been|have[ \t]+been|were|will[ \t]+be)[ \t]+(?:made|taken|performed|carried[ \t]+out|done|created|applied|put[ \t]+in[ \t]+place)`,
    String.raw`aucune[ \t]+(?:autre[ \t]+|nouvelle[ \t]+)?(?:conservation|préservation)[ \t]+(?:(?:supplémentaire|additionnelle|distincte)[ \t]+)?n['’]a[ \t]+été[ \t]+(?:effectuée|réalisée|faite|mise[ \t]+en[ \t]+place)`,
    String.raw`(?:wurde|wird)[ \t]+keine[ \t]+(?:(?:weitere|zusätzliche|gesonderte|neue)[ \t]+)?(?:Daten)?(?:sicherung|Sicherung)[ \t]+(?:vorgenommen|durchgeführt|angelegt|eingerichtet)`,
    String.raw`no[ \t]+se[ \t]+(?:realizó|ha[ \t]+realizado|efectuó|ha[ \t]+efectuado|hizo)[ \t]+ninguna[ \t]+(?:preservación|conservación)`,
    // Nothing preserved for it, said outright ("…are not owned by either user; we haven't preserved anything for the
    // organization", "nothing was preserved for it", "nous n'avons rien conservé", "wir haben nichts gesichert", "no
    // hemos preservado nada", "non abbiamo conservato nulla", "we hebben niets bewaard", "não preservamos nada").
    String.raw`(?:have|has|had|did)(?:n['’]t|[ \t]+not)[ \t]+(?:preserved?|retained?|secured?)[ \t]+(?:anything|any[ \t]+(?:data|information|records|content))`,
    String.raw`(?<![\p{L}])nothing[ \t]+(?:was|has[ \t]+been|have[ \t]+been|is|will[ \t]+be)[ \t]+(?:preserved|retained|secured)`,
    String.raw`n['’](?:avons|a|ont)[ \t]+rien[ \t]+(?:conservé|préservé|sauvegardé)`,
    String.raw`(?:haben|hat|wurde)[ \t]+nichts[ \t]+(?:gesichert|aufbewahrt)`,
    String.raw`no[ \t]+(?:hemos|se[ \t]+ha)[ \t]+(?:preservado|conservado)[ \t]+nada`,
    String.raw`non[ \t]+(?:abbiamo|è[ \t]+stato)[ \t]+conservato[ \t]+nulla`,
    String.raw`(?<![\p{L}])(?:hebben|is)[ \t]+niets[ \t]+bewaard`,
    String.raw`não[ \t]+(?:preservamos|conservamos|foi[ \t]+preservado)[ \t]+nada`,
  ].join('|'),
  'iu',
);

/**
 * Nothing new done for it: its data kept under another request ("@x is suspended and its data was preserved under a prior
 * request, LR-…; no new preservation was made", "aucune nouvelle conservation n'a été effectuée", "es wurde keine neue
 * Sicherung angelegt", "no se realizó una nueva preservación"), in each language read: not preserved under this one.
 */
const NO_NEW_PRESERVATION = new RegExp(
  [
    String.raw`no[ \t]+(?:new|further|additional|second|separate)[ \t]+preservation[ \t]+(?:was|has[ \t]+been|is|will[ \t]+be)[ \t]+(?:made|created|opened|taken|placed|done|needed|required)`,
    String.raw`(?:was|were|has[ \t]+been|have[ \t]+been)[ \t]+not[ \t]+(?:preserved[ \t]+again|re-?preserved)`,
    String.raw`aucune[ \t]+nouvelle[ \t]+(?:conservation|préservation)[ \t]+n['’]a[ \t]+été[ \t]+(?:effectuée|réalisée|faite)`,
    String.raw`keine[ \t]+neue[ \t]+Sicherung[ \t]+(?:angelegt|vorgenommen|durchgeführt|erstellt)`,
    String.raw`no[ \t]+se[ \t]+(?:realizó|ha[ \t]+realizado|hizo)[ \t]+(?:una[ \t]+)?nueva[ \t]+(?:preservación|conservación)`,
    String.raw`non[ \t]+è[ \t]+stata[ \t]+(?:effettuata|eseguita)[ \t]+(?:una[ \t]+)?nuova[ \t]+conservazione`,
    String.raw`(?:er[ \t]+is[ \t]+)?geen[ \t]+nieuwe[ \t]+bewaring[ \t]+(?:gemaakt|uitgevoerd|aangemaakt)`,
    String.raw`não[ \t]+foi[ \t]+(?:feita|realizada|efetuada)[ \t]+(?:uma[ \t]+)?nova[ \t]+(?:preservação|conservação)`,
  ]
    .map((form) => `(?:${form})(?=[ \\t]*(?:[.;!?,]|$))`)
    .join('|'),
  'iu',
);

/**
 * Still being worked on under a request of its own ("The account x@… from your related request is being processed under
 * Google Ref. No. …; you will receive a separate notification for it", "est en cours de traitement sous la référence …",
 * "se está procesando con la referencia …", "wird noch gesondert bearbeitet", "è in fase di lavorazione"), in each
 * language read: not preserved by this message.
 */
const PENDING_ELSEWHERE = new RegExp(
  [
    String.raw`(?:is|are)[ \t]+(?:still[ \t]+)?being[ \t]+(?:processed|handled|reviewed|actioned)(?:[ \t]+separately)?[ \t]+under`,
    String.raw`(?:is|are)[ \t]+(?:still[ \t]+)?being[ \t]+(?:processed|handled|reviewed|actioned)[ \t]+separately`,
    String.raw`you[ \t]+will[ \t]+(?:receive|get|be[ \t]+sent)[ \t]+(?:a[ \t]+)?separate[ \t]+(?:notification|confirmation|e-?mail|message|notice)`,
    String.raw`(?:est|sont)[ \t]+(?:toujours[ \t]+)?en[ \t]+cours[ \t]+de[ \t]+traitement[ \t]+sous`,
    String.raw`se[ \t]+(?:está|están)[ \t]+(?:procesando|tramitando)[ \t]+(?:con|bajo)`,
    String.raw`(?:wird|werden)[ \t]+(?:noch[ \t]+)?gesondert[ \t]+bearbeitet`,
    String.raw`(?:è|sono)[ \t]+(?:ancora[ \t]+)?in[ \t]+fase[ \t]+di[ \t]+(?:lavorazione|elaborazione)[ \t]+con`,
    String.raw`(?:wordt|worden)[ \t]+(?:nog[ \t]+)?(?:apart[ \t]+)?behandeld[ \t]+onder`,
  ].join('|'),
  'iu',
);

/** Where the rest of an account's sentence says it is still being worked on under a request of its own, or -1. */
export function pendingElsewhere(rest: string): number {
  return rest.replace(/\s/g, ' ').search(PENDING_ELSEWHERE);
}

/** Where the rest of an account's sentence says nothing new was preserved for it (an offset into `rest`), or -1. */
export function noNewPreservation(rest: string): number {
  return rest.replace(/\s/g, ' ').search(NO_NEW_PRESERVATION);
}

/** Where the rest of an account's sentence says what was done is no preservation (an offset into `rest`), or -1. */
export function notAPreservation(rest: string): number {
  return rest.replace(/\s/g, ' ').search(NOT_A_PRESERVATION);
}

/** Whether the words right after an account make it the subject of its end ("x was deleted", "x wurde gelöscht"). */
export function endedAfter(after: string): boolean {
  return ENDED_SUBJECT.test(after.replace(/\s+/g, ' '));
}

/**
 * The account as the subject of its own preservation, right after it ("x, which has been preserved", "x wurde
 * gesichert"): an affirmation of that account that a negation elsewhere in its clause does not undo ("We found no
 * other accounts linked to x, which has been preserved").
 */
const PRESERVED_SUBJECT = new RegExp(
  `^[\\p{P}]{0,2}[ \\t]+(?:(?:which|that|das|qui|que|che|dat|som)[ \\t]+)?(?:has[ \\t]+been|have[ \\t]+been|was|were|is|are|a[ \\t]+été|wurde|ist|fue|ha[ \\t]+sido|è[ \\t]+stat[oa]|is|werd|foi|har|blev|ble|został[oa]?)(?:[ \\t]+(?!(?:not|never|nicht|nie|pas|non|niet|inte|ikke|não|no)(?!\\p{L}))\\p{L}{2,15})?[ \\t]+(?:preserved|secured|frozen|retained|gesichert|conservée?|préservée?|conservad[oa]|preservad[oa]|conservat[oa]|bewaard|bevarats?|bevart|zabezpieczon[ey])(?!\\p{L})`,
  'iu',
);

/** Whether the words right after an account make it the subject of its preservation. */
export function preservedAfter(after: string): boolean {
  return PRESERVED_SUBJECT.test(after.replace(/\s+/g, ' '));
}

/**
 * Where a clause ends inside a sentence: a semicolon or a contrast ("x was preserved, but y was not found"), in each
 * language read. A negation on one side says nothing of the other.
 */
const CLAUSE_BREAK =
  /;|[ \t]—[ \t]|,?[ \t]+(?:but|however|whereas|while|although|though|mais|tandis[ \t]+que|aber|jedoch|sondern|während|pero|sino|mientras|però|mentre|invece|maar|terwijl|mas|enquanto|men|medan|ale|natomiast)(?![\p{L}])/giu;

/**
 * "And" between two clauses of their own ("x was preserved and y could not be located", "we preserved x and found no
 * account for y"): a coordinator whose right side has a verb of its own. "We could not locate x and y" keeps one clause,
 * so the negation reaches both.
 */
const COORDINATOR = /,?[ \t]+(?:and|und|et|y|e|en|och|oraz)[ \t]+/giu;
const OWN_VERB =
  /(?<![\p{L}'’])(?:was|were|is|are|has|have|had|could|can|cannot|did|does|will|would|found|located|identified|preserved|returned|matched|kept|held|secured|retained|exists?|wurde|wurden|ist|sind|hat|haben|konnte|konnten|existiert|ont|est|sont|fue|fueron|ha|han|existe|pudo|sono|hanno|werd|werden|zijn|heeft|hebben|kon|foi|foram|são|blev|är|har|kunde|finns|został|została|zostało|jest|są)(?![\p{L}'’])/iu;

/** Whether a piece of text has a verb of its own (it is a clause, not a label or a value). */
export function hasOwnVerb(text: string): boolean {
  return OWN_VERB.test(text);
}

interface ClauseBreak {
  index: number;
  length: number;
  /** A coordinator whose right side opens with its verb: the two sides share the subject on the left. */
  sharedSubject: boolean;
  /** An "and" of the clause's language, not a semicolon or a contrast. */
  coordinator: boolean;
}

function clauseBreaks(sentence: string): ClauseBreak[] {
  const breaks = [...sentence.matchAll(CLAUSE_BREAK)].map((m) => ({ index: m.index!, length: m[0].length, sharedSubject: false, coordinator: false }));
  const coordinators = [...sentence.matchAll(COORDINATOR)];
  coordinators.forEach((m, i) => {
    const from = m.index! + m[0].length;
    const to = Math.min(coordinators[i + 1]?.index ?? sentence.length, ...breaks.filter((b) => b.index >= from).map((b) => b.index));
    const verb = OWN_VERB.exec(sentence.slice(from, to));
    if (verb) breaks.push({ index: m.index!, length: m[0].length, sharedSubject: verb.index === 0, coordinator: true });
  });
  return breaks.sort((a, b) => a.index - b.index);
}

/**
 * The clause of a sentence that holds `at` (an offset into `sentence`). A value that is the subject of the first side of
 * "x is public and was not preserved" (no verb before it) is what the second side speaks of too.
 */
export function clauseAt(sentence: string, at: number): string {
  let start = 0;
  let end = sentence.length;
  for (const m of clauseBreaks(sentence)) {
    if (m.index + m.length <= at) start = m.index + m.length;
    else if (m.index >= at) {
      if (m.sharedSubject && !OWN_VERB.test(sentence.slice(start, at))) continue;
      // A coordinator with no verb on its left joins two subjects of one verb ("The organisation x and the repository
      // you listed are not accounts"): no clause ends there.
      if (m.coordinator && !OWN_VERB.test(sentence.slice(start, m.index))) continue;
      end = m.index;
      break;
    }
  }
  return sentence.slice(start, end);
}

/**
 * Words that point back at what the sentence before named ("We were unable to locate it", "Dieses Konto existiert
 * nicht", "no such user"), in each language read: "the" only before a noun of an account.
 */
const ANAPHORS: readonly string[] = [
  'it|its|their|this|that|these|those|them|such|said|the[ \\t]+same|the[ \\t]+(?:account|user|handle|username|profile|number|identifier|address|name)s?', // English
  'ce|cet|cette|ces|celui-ci|celle-ci', // French
  'dies|diese|dieser|dieses|diesem|diesen', // German
  'este|esta|estos|estas|ese|esa|dicho|dicha', // Spanish
  'questo|questa|questi|quest[\'’]', // Italian
  'deze|dit|dat', // Dutch
  'isso|esse|essa|desse|dessa|deste|desta', // Portuguese
  'detta|denna|dessa|dette|denne|disse', // Scandinavian
  'ten|ta|to|tego|tej|tych', // Polish
];
const ANAPHOR = new RegExp(`(?<![\\p{L}])(?:${alternatives(ANAPHORS)})(?![\\p{L}])`, 'iu');
/** A value of its own in the sentence: then it speaks of that value, not of the one before. */
const OWN_VALUE = /[@\d_]/;

/**
 * A demonstrative and an account's noun ("that account", "det kontot", "diesem Konto", "ce compte", "esa cuenta"): the
 * words point back at an account named before, not at any other thing ("this address itself is not an account").
 */
const THE_ACCOUNT = new RegExp(
  `(?<![\\p{L}])(?:this|that|the[ \\t]+same|said|dies\\p{L}{0,2}|ce(?:t|tte)?|este|esta|ese|esa|dicho|dicha|questo|quest['’]|deze|dit|dat|esse|essa|desse|dessa|deste|desta|detta|denna|det|den|dette|denne|ten|tego|tym)[ \\t]+(?:account|user(?:name)?|handle|profile|kont(?:o|ot|oen|a|em|ie)|compte|cuenta|conta|utente|gebruiker|användar(?:e|en|namnet)|bruger(?:en|navnet)?|bruker(?:en|navnet)?)(?![\\p{L}])`,
  'iu',
);

/**
 * Whether the clause after a semicolon denies the account the clause before it named, pointing back at it by a
 * demonstrative and an account's noun ("…; vi har inte kunnat bevara några uppgifter för det kontot", "…; we could not
 * locate that account").
 */
export function deniesTheAccountBack(rest: string): boolean {
  const end = rest.search(/[.!?;](?=\s|$)|\n[ \t]*\n/);
  const first = end === -1 ? rest : rest.slice(0, end);
  return (THE_ACCOUNT.test(first) || SUBJECT_PRONOUN.test(first)) && !OWN_VALUE.test(first) && deniesAccount(first);
}

/**
 * A pronoun as the subject that opens the clause after a semicolon ("…was held at your request and released; it is not
 * part of this preservation", "…; il n'a pas été conservé", "…; es wurde nicht gesichert"): it is what the clause before
 * named, in each language read.
 */
const SUBJECT_PRONOUN = /^[ \t]*(?:it|they|il|elle|ils|es|er|sie|él|ella|esso|essa|het|hij|ele|ela|den|det)[ \t]+(?![\p{L}]*[ \t]*[:=])/iu;

/** "…, and no records were preserved for it": the object that points back at what the clause before named. */
const FOR_IT = /(?<![\p{L}])(?:for|of|from|on)[ \t\n]+(?:it|them|(?:this|that|the|said)[ \t\n]+(?:account|user(?:name)?|handle|profile))(?![\p{L}])/iu;

/**
 * Whether a clause joined by "and", "but" or "so" after the account's clause denies it, pointing back at it ("The account
 * @x is suspended, and no records were preserved for it"): the coordinated clause, to the sentence's end.
 */
export function deniesInNextClause(rest: string): boolean {
  const joined = /^[^.;!?\n]{0,80}?,[ \t\n]+(?:and|but|so)[ \t\n]+/i.exec(rest);
  if (!joined) return false;
  const after = rest.slice(joined[0].length);
  const end = after.search(/[.!?;](?=\s|$)|\n[ \t]*\n/);
  const clause = end === -1 ? after : after.slice(0, end);
  return FOR_IT.test(clause) && !OWN_VALUE.test(clause) && deniesAccount(clause);
}

/** A sentence that is a search's verdict ("Ergebnis: kein Treffer.", "Result: no match."), about what the one before named. */
const VERDICT = /^[ \t]*(?:result|outcome|ergebnis|résultat|resultado|risultato|resultaat|resultat|wynik)[ \t]*:/iu;

/** Whether the next sentence denies what the sentence before it named, pointing back at it or as a search's verdict. */
export function deniesBack(nextSentence: string): boolean {
  const end = nextSentence.search(/[.!?](?=\s|$)|\n[ \t]*\n/);
  const first = clauseAt(end === -1 ? nextSentence : nextSentence.slice(0, end), 0);
  return (ANAPHOR.test(first) || VERDICT.test(first)) && !OWN_VALUE.test(first) && deniesAccount(first);
}

/**
 * The act of preserving itself refused or impossible, as a noun or an infinitive ("es erfolgte keine Sicherung", "Eine
 * Sicherung durch GMX ist nicht möglich", "no preservation was made", "impossible de conserver"), in each language read:
 * under an item of a list, any sentence of the item that says it speaks for the item, not only its first.
 */
const NO_PRESERVATION_ACT = new RegExp(
  [
    String.raw`(?<!\p{L})no[ \t]+(?:data[ \t]+)?preservation[ \t]+(?:was|has[ \t]+been|could[ \t]+be|is|can[ \t]+be)[ \t]+(?:made|carried[ \t]+out|done|performed|possible|taken|applied|put[ \t]+in[ \t]+place)`,
    String.raw`(?<!\p{L})preservation[ \t]+(?:was|is|has[ \t]+not[ \t]+been)[ \t]+not[ \t]+possible|(?<!\p{L})preservation[ \t]+(?:was|is)[ \t]+impossible`,
    String.raw`(?<!\p{L})(?:not|im)possible[ \t]+to[ \t]+preserve`,
    String.raw`(?<!\p{L})(?:erfolgte|erfolgt)[ \t]+keine[ \t]+(?:Daten)?[sS]icherung|(?<!\p{L})keine[ \t]+(?:Daten)?[sS]icherung[ \t]+(?:erfolgt|vorgenommen|möglich|durchgeführt)`,
    String.raw`(?<!\p{L})(?:Daten)?[sS]icherung(?:[ \t]+\S+){0,4}?[ \t]+(?:ist|war)[ \t]+nicht[ \t]+möglich`,
    String.raw`(?<!\p{L})aucune[ \t]+(?:mesure[ \t]+de[ \t]+)?(?:conservation|préservation)|(?<!\p{L})impossible[ \t]+de[ \t]+(?:conserver|préserver)`,
    String.raw`(?<!\p{L})(?:ninguna|no[ \t]+se[ \t]+realizó[ \t]+(?:la|ninguna))[ \t]+(?:preservación|conservación)|(?<!\p{L})no[ \t]+(?:ha[ \t]+sido|fue|es)[ \t]+posible[ \t]+(?:conservar|preservar)`,
    String.raw`(?<!\p{L})nessuna[ \t]+conservazione|(?<!\p{L})non[ \t]+(?:è|e')[ \t]+(?:stato[ \t]+)?possibile[ \t]+conservar`,
    String.raw`(?<!\p{L})nenhuma[ \t]+(?:preservação|conservação)|(?<!\p{L})não[ \t]+(?:foi|é)[ \t]+possível[ \t]+(?:preservar|conservar)`,
  ].join('|'),
  'iu',
);

/** Whether a sentence says that no preservation was or could be made. */
export function noPreservationAct(sentence: string): boolean {
  return NO_PRESERVATION_ACT.test(sentence.replace(/\s+/g, ' '));
}

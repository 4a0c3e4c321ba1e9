import { ALREADY, filedElsewhere, findReferences } from '../references';
import type { Message } from './blocks';
import { agencys, NUMBER_IN_SENTENCE, OFFICERS_OWN_LABEL } from './agency-numbers';
import { namesAnyProvider, providerWords } from './provider';
import { officerBlocks } from './signature';
import { columnRole, cuesOf, places, REQUEST_CUE, strongLabel, ticketHeader, unleader, unwrapLabels, type Cues } from './reference-cues';
import { ACCOUNT_HEADER, type Cell } from './tables';
import { ITEM_HEAD, MAX_ITEM_LINES } from './list-items';
import { disclaimsConfirmation, extensionAsserted, preservationAsserted, preservationPutOff } from './preservation-asserted';
import { expiryReminder, extensionRefused, priorExtension } from './extension-refused';
import { unchangedItems } from './unchanged-items';
import { namedAsOtherHold } from './other-holds';
import { ACCOUNT_ID_LABEL_I18N } from './id-labels';
import { isAutoReply } from './auto-reply';
import { gatherCandidates, occurrence } from './reference-candidates';
import { ADDRESSEES_WORD, REFERENCE_COLUMN, UNAFFECTED_AFTER, UNAFFECTED_SOURCE } from './reference-labels';
import { isSatisfactionSurvey } from './survey';
import { isDate, onReplySubject, SUBJECT_LINE, subjectNumbers, subjectTagNumbers, wholeInTag } from './subject-numbers';

/**
 * The provider's references in its message, and what kind of message it is: a confirmation, an extension (which may
 * name the earlier preservation's reference), or a mere acknowledgement of receipt that confirms nothing yet.
 */
export interface ReferenceSpan {
  reference: string;
  /** First place it occurs in the provider's message (readable-text offsets). */
  start: number;
  end: number;
}

/** Text that ends inside a web address, past its host: what follows is the address's path or query. */
const IN_LINK = /(?:https?:\/\/|www\.)[^\s/]{1,100}\/[^\s]{0,200}$/i;
/**
 * A mail system's thread tag, never a reference: Salesforce's `ref:_00D…:ref`, ServiceNow's watermark `Ref:MSG0482211`
 * (maybe with a key after an underscore: `Ref:MSG0771932_k2Vq8XfN3zR1`).
 */
const THREAD_TAG = /\bref:_[\w.]{1,60}:ref\b|\bRef:MSG\d{5,12}(?:_\w{1,40})?(?![\w])/g;

/**
 * The provider says it preserved nothing (a refusal, no data, not yet: "Nothing has been preserved yet", "No action has
 * been taken", "Preservation is not complete until …"): no confirmation, whatever else it says.
 */
const NOT_FOR_ONE = String.raw`(?![ \t\n]+(?:for|from|on|under|in|with|against|regarding|about)[ \t\n]+(?!(?:(?:this|your|the|our)[ \t\n]+)?(?:request|reference|ref\.?|matter|case|submission|preservation)\b|(?:response[ \t\n]+to|connection[ \t\n]+with)[ \t\n]+(?:this|your|the|these|those)[ \t\n]+(?:requests?|submissions?)\b))`;
/** Not said of another thing named after it ("no new preservation was made for the group chat"); this request's own words pass. */
const NOT_OF_ANOTHER = String.raw`(?![ \t\n]+(?:for|of|on|about|regarding)[ \t\n]+(?!(?:(?:this|your|the|our)[ \t\n]+)?(?:request|reference|matter|case|submission|preservation)\b))`;
const NOTHING_PRESERVED = new RegExp(
  [
    // Not of one thing the message names ("no data has been preserved for it", "… for that number").
    String.raw`\b(?:no|not[ \t\n]+any)[ \t\n]+(?:data|preservation|records?|information|content)[ \t\n]+(?:was|were|is|are|could[ \t\n]+be|(?:has|have)(?:[ \t\n]+(?:therefore|thus|accordingly|consequently|hence|so))?[ \t\n]+been)[ \t\n]+(?:preserved|opened|made|secured|retained|frozen|saved)${NOT_FOR_ONE}`,
    // The request as a whole refused: "We are unable to process the preservation request", "Your request was rejected".
    String.raw`\b(?:unable[ \t\n]+to|not[ \t\n]+able[ \t\n]+to|cannot|can['’]t|could[ \t\n]+not|couldn['’]t|will[ \t\n]+not|won['’]t)[ \t\n]+(?:process|accept|action|fulfil|fulfill|honou?r|complete|execute)[ \t\n]+(?:the|your|this)[ \t\n]+(?:preservation[ \t\n]+)?(?:request|submission|order|letter)\b`,
    String.raw`\b(?:request|submission)[ \t\n]+(?:has[ \t\n]+been|was|is)[ \t\n]+(?:rejected|declined|refused|denied)\b`,
    // This request closed, done or not, with nothing done ("Your request has therefore been closed without action under
    // ticket …", "Votre demande a été clôturée sans suite", "Ihre Anfrage wurde ohne weitere Maßnahmen geschlossen"); not
    // another one ("your earlier duplicate request was closed without action") nor one that may be ("if … is closed").
    String.raw`\b(?:your|this|the)[ \t\n]+(?:preservation[ \t\n]+)?(?:request|submission|matter|ticket)[ \t\n]+(?:(?:has|have)[ \t\n]+(?:(?:therefore|now|accordingly)[ \t\n]+)?been|was)[ \t\n]+(?:(?:therefore|now|accordingly)[ \t\n]+)?(?:closed|resolved|rejected|declined|refused|denied|archived)[ \t\n]+without[ \t\n]+(?:any[ \t\n]+|further[ \t\n]+)?(?:action|preservation|processing)\b`,
    String.raw`(?<!\p{L})(?:votre|cette|la)[ \t\n]+demande[ \t\n]+a[ \t\n]+été[ \t\n]+(?:clôturée|classée|fermée)[ \t\n]+sans[ \t\n]+(?:suite|action)|(?<!\p{L})(?:ihre|diese|die)[ \t\n]+anfrage[ \t\n]+wurde[ \t\n]+ohne[ \t\n]+(?:weitere[ \t\n]+)?(?:maßnahmen?|bearbeitung)[ \t\n]+(?:geschlossen|abgeschlossen)|(?<!\p{L})(?:su|esta|la)[ \t\n]+solicitud[ \t\n]+(?:ha[ \t\n]+sido|fue)[ \t\n]+(?:cerrada|archivada)[ \t\n]+sin[ \t\n]+(?:más[ \t\n]+)?(?:acción|actuación|trámite)`,
    String.raw`\bnothing[ \t\n]+(?:was|has[ \t\n]+been)[ \t\n]+preserved${NOT_FOR_ONE}`,
    // Nothing new made for this request, its accounts already held under another ("No new preservation has been created",
    // "Your new request has been closed as a duplicate"): what that other number holds is in the register already.
    String.raw`\bno[ \t\n]+(?:new|further|additional|separate|second)[ \t\n]+preservation[ \t\n]+(?:has[ \t\n]+been|have[ \t\n]+been|was|is|will[ \t\n]+be)[ \t\n]+(?:made|created|opened|taken|placed|done|initiated|set[ \t\n]+up|put[ \t\n]+in[ \t\n]+place)\b${NOT_OF_ANOTHER}`,
    String.raw`\b(?:request|submission|ticket|case(?:[ \t\n]+#?\d{5,12})?)[ \t\n]+(?:has[ \t\n]+been|was|is|have[ \t\n]+been)[ \t\n]+(?:closed|marked|merged|treated)[ \t\n]+as[ \t\n]+(?:a[ \t\n]+)?duplicate\b`,
    // The same said actively ("Google has not made a new preservation in response to this request", "We have therefore
    // not made a new preservation").
    String.raw`\b(?:has|have|did)(?:[ \t\n]+(?:therefore|thus|accordingly|consequently|hence|so))?(?:[ \t\n]+not|n['’]t)[ \t\n]+(?:made|created|opened|placed|initiated|taken)[ \t\n]+(?:a|any)[ \t\n]+(?:new|further|additional|separate|second)[ \t\n]+preservation(?:[ \t\n]+(?:in[ \t\n]+response[ \t\n]+to|for|under|on)[ \t\n]+(?:this|your|the)[ \t\n]+(?:request|submission))?${NOT_OF_ANOTHER}`,
    // No step taken to preserve ("aucune mesure de conservation n'a été prise à ce stade", "es wurden keine
    // Sicherungsmaßnahmen ergriffen", "no se ha adoptado ninguna medida", "non è stata adottata alcuna misura").
    String.raw`(?<!\p{L})(?:aucune[ \t\n]+(?:mesure|action|démarche)[ \t\n]+(?:de[ \t\n]+(?:conservation|préservation)[ \t\n]+)?n['’]a[ \t\n]+(?:encore[ \t\n]+)?été[ \t\n]+(?:prise|entreprise|effectuée|engagée|mise[ \t\n]+en[ \t\n]+(?:œuvre|oeuvre|place))|wurden[ \t\n]+keine[ \t\n]+(?:Sicherungs)?(?:maßnahmen|Maßnahmen)[ \t\n]+(?:ergriffen|getroffen|eingeleitet|vorgenommen)|no[ \t\n]+se[ \t\n]+(?:ha|han)[ \t\n]+(?:adoptado|tomado)[ \t\n]+ninguna[ \t\n]+medida|non[ \t\n]+è[ \t\n]+stata[ \t\n]+(?:adottata|presa)[ \t\n]+alcuna[ \t\n]+misura|no[ \t\n]+(?:preservation[ \t\n]+)?(?:measures?|steps?)[ \t\n]+(?:has|have)[ \t\n]+been[ \t\n]+taken)(?![\p{L}])`,
    // German, the noun after "noch keine" ("dass mit dieser Eingangsbestätigung noch keine Sicherung der Daten erfolgt ist").
    // And of the data ("Bis zum Eingang einer solchen Anordnung haben wir keine Daten zu dem genannten Konto gesichert").
    String.raw`(?<!\p{L})(?:(?:noch|bislang|bisher)[ \t\n]+keine[ \t\n]+(?:Daten)?[Ss]icherung(?:[ \t\n]+(?:der|von)[ \t\n]+Daten)?[ \t\n]+(?:erfolgt|vorgenommen|durchgeführt|veranlasst)|haben[ \t\n]+wir[ \t\n]+(?:(?:daher|deshalb|bislang|bisher|noch)[ \t\n]+)?keine[ \t\n]+(?:Daten|Informationen)(?:[ \t\n]+[\p{L}.]+){0,5}?[ \t\n]+(?:gesichert|gespeichert|aufbewahrt|eingefroren))(?![\p{L}])`,
    // No preservation carried out yet, the noun as the subject ("Al momento non è stata ancora effettuata alcuna
    // conservazione dei dati", "todavía no se ha realizado ninguna conservación", "ainda não foi efetuada nenhuma
    // preservação").
    String.raw`(?<!\p{L})(?:non[ \t\n]+è[ \t\n]+(?:ancora[ \t\n]+)?stata[ \t\n]+(?:ancora[ \t\n]+)?(?:effettuata|eseguita|disposta|attivata|avviata)[ \t\n]+(?:alcuna|nessuna)[ \t\n]+conservazione|no[ \t\n]+se[ \t\n]+ha[ \t\n]+(?:(?:todavía|aún)[ \t\n]+)?(?:realizado|efectuado|practicado|llevado[ \t\n]+a[ \t\n]+cabo)[ \t\n]+(?:(?:todavía|aún)[ \t\n]+)?ninguna[ \t\n]+(?:conservaci[óo]n|preservaci[óo]n)|(?:ainda[ \t\n]+)?não[ \t\n]+foi[ \t\n]+(?:ainda[ \t\n]+)?(?:efetuada|efectuada|realizada|feita)[ \t\n]+(?:nenhuma|qualquer)[ \t\n]+(?:preserva[çc][ãa]o|conserva[çc][ãa]o))(?![\p{L}])`,
    // "This message does not confirm that any data has been preserved", "does not mean the records are preserved"; not
    // what it says of disclosure ("a preservation does not mean that any information will be disclosed").
    String.raw`\b(?:does|do|did|can)(?:[ \t\n]+not|n['’]t)[ \t\n]+(?:yet[ \t\n]+)?(?:confirm|mean|indicate)[ \t\n]+(?:that[ \t\n]+)?(?:any[ \t\n]+)?(?:data|records?|information|content|preservation|the[ \t\n]+(?:data|records?|account))\b(?![ \t\n]+(?:will|would|shall|can|may|is|are)[ \t\n]+(?:(?:automatically|necessarily|then|ever)[ \t\n]+)?be[ \t\n]+(?:disclosed|produced|provided|released|shared|handed|given|made[ \t\n]+available|turned[ \t\n]+over|delivered))`,
    // Said by the provider of itself, by name too ("Grindr has therefore NOT preserved any data in connection with this
    // request"), not of one thing ("Coinbase has not preserved any records in response to identifier (c)").
    String.raw`(?<![\p{L}])(?:we|it|\p{Lu}[\p{L}&.-]{1,30})[ \t\n]+(?:have|has|did)(?:[ \t\n]+(?:therefore|thus|accordingly|consequently|hence|so))?(?:[ \t\n]+not|n['’]t)[ \t\n]+(?:yet[ \t\n]+)?preserved?[ \t\n]+any(?:thing)?(?:[ \t\n]+(?:data|records|information|content))?\b(?![ \t\n]+(?:data|records|information|content)\b)${NOT_FOR_ONE}`,
    // No (new) preservation made yet, in the other languages read ("Eine Sicherung haben wir bislang nicht vorgenommen",
    // "Aucune nouvelle conservation n'a donc été effectuée", "Vi
    // har därför inte gjort någon ny säkring", "nous n'avons pas encore procédé à la conservation", "todavía no hemos
    // realizado la conservación", "non abbiamo ancora effettuato la conservazione", "wij hebben nog geen gegevens
    // veiliggesteld").
    String.raw`(?<!\p{L})(?:(?:eine|die)[ \t\n]+(?:Daten)?sicherung[ \t\n]+(?:haben[ \t\n]+wir|wurde|ist)[ \t\n]+(?:(?:bislang|bisher|noch|daher|deshalb)[ \t\n]+){1,2}nicht[ \t\n]+(?:vorgenommen|durchgeführt|erfolgt|veranlasst)|wir[ \t\n]+haben[ \t\n]+(?:(?:bislang|bisher|noch|daher|deshalb)[ \t\n]+){1,2}keine[ \t\n]+(?:(?:neue|weitere)[ \t\n]+)?(?:Daten)?sicherung[ \t\n]+(?:vorgenommen|durchgeführt|veranlasst)|(?:vi[ \t\n]+har|har[ \t\n]+vi)(?:[ \t\n]+(?:därför|alltså|ännu))?[ \t\n]+inte[ \t\n]+(?:gjort|genomfört|utfört)[ \t\n]+(?:någon|en)[ \t\n]+(?:ny[ \t\n]+)?säkring|ingen[ \t\n]+(?:ny[ \t\n]+)?säkring[ \t\n]+har[ \t\n]+(?:gjorts|genomförts)|aucune[ \t\n]+(?:nouvelle[ \t\n]+)?(?:mesure[ \t\n]+de[ \t\n]+)?(?:conservation|préservation)[ \t\n]+n['’]a[ \t\n]+(?:donc[ \t\n]+|ainsi[ \t\n]+|par[ \t\n]+conséquent[ \t\n]+)?été[ \t\n]+(?:effectuée|réalisée|faite|mise[ \t\n]+en[ \t\n]+(?:place|œuvre))(?![ \t\n]+(?:pour|concernant|sur|à[ \t\n]+l['’]égard[ \t\n]+d[eu])[ \t\n]+(?!(?:votre|cette|la)[ \t\n]+(?:demande|réquisition)))|no[ \t\n]+se[ \t\n]+ha[ \t\n]+(?:realizado|efectuado|practicado)[ \t\n]+(?:por[ \t\n]+(?:lo[ \t\n]+)?tanto[ \t\n]+)?(?:ninguna|una)[ \t\n]+(?:nueva[ \t\n]+)?(?:conservación|preservación)|non[ \t\n]+è[ \t\n]+stata[ \t\n]+(?:quindi[ \t\n]+)?effettuata[ \t\n]+alcuna[ \t\n]+(?:nuova[ \t\n]+)?conservazione|nous[ \t\n]+n['’]avons[ \t\n]+pas[ \t\n]+encore[ \t\n]+(?:procédé[ \t\n]+à[ \t\n]+la|effectué[ \t\n]+la|réalisé[ \t\n]+la|mis[ \t\n]+en[ \t\n]+œuvre[ \t\n]+la)[ \t\n]+(?:conservation|préservation)|(?:todavía|aún)[ \t\n]+no[ \t\n]+(?:hemos|se[ \t\n]+ha)[ \t\n]+(?:realizado|efectuado|llevado[ \t\n]+a[ \t\n]+cabo)[ \t\n]+(?:la|ninguna)[ \t\n]+(?:preservación|conservación)|non[ \t\n]+abbiamo[ \t\n]+ancora[ \t\n]+(?:effettuato|eseguito|proceduto[ \t\n]+alla)[ \t\n]+(?:la[ \t\n]+)?conservazione|(?:we|wij)[ \t\n]+hebben[ \t\n]+nog[ \t\n]+(?:geen[ \t\n]+(?:gegevens[ \t\n]+)?(?:bewaard|veiliggesteld)|niets[ \t\n]+(?:bewaard|veiliggesteld)))(?![\p{L}])`,
    // The same in the other languages read, said of the whole message: the sentence ends right after it.
    String.raw`(?<!\p{L})(?:aucune?[ \t\n]+(?:donnée|information)s?[ \t\n]+n['’](?:a|ont)[ \t\n]+(?:(?:donc|ainsi|par[ \t\n]+conséquent)[ \t\n]+)?été[ \t\n]+(?:conservée|préservée|sauvegardée|gelée)s?|(?:es[ \t\n]+)?wurden[ \t\n]+keine[ \t\n]+(?:Daten|Informationen)[ \t\n]+(?:gesichert|gespeichert|aufbewahrt|eingefroren)|keine[ \t\n]+(?:Daten|Informationen)[ \t\n]+wurden[ \t\n]+(?:gesichert|gespeichert|aufbewahrt)|no[ \t\n]+se[ \t\n]+(?:han|ha)[ \t\n]+(?:preservado|conservado)[ \t\n]+(?:ningún[ \t\n]+dato|datos|ninguna[ \t\n]+información)|ningún[ \t\n]+dato[ \t\n]+(?:ha[ \t\n]+sido|fue)[ \t\n]+(?:preservado|conservado)|nessun[ \t\n]+dato[ \t\n]+(?:è|e['’])[ \t\n]+stato[ \t\n]+(?:conservato|preservato)|(?:er[ \t\n]+zijn[ \t\n]+(?:(?:op[ \t\n]+dit[ \t\n]+moment|momenteel|nog)[ \t\n]+)?)?g(?:ee|éé)n[ \t\n]+gegevens[ \t\n]+(?:zijn[ \t\n]+)?(?:bewaard|veiliggesteld)|nenhum[ \t\n]+dado[ \t\n]+foi[ \t\n]+(?:preservado|conservado))(?=[ \t]*(?:[.;!]|\n[ \t]*\n|$))`,
    // French, of the request as a whole: it could not be followed up, nothing could be preserved under it ("nous ne sommes
    // malheureusement pas en mesure d'y donner suite", "Aucune donnée n'a donc pu être conservée dans le cadre de votre demande").
    String.raw`(?<!\p{L})(?:ne[ \t\n]+(?:sommes|pouvons)[ \t\n]+(?:malheureusement[ \t\n]+)?pas(?:[ \t\n]+en[ \t\n]+mesure)?[ \t\n]+(?:d['’]|de[ \t\n]+)?(?:y[ \t\n]+)?donner[ \t\n]+suite|aucune?[ \t\n]+(?:donnée|information)s?[ \t\n]+n['’](?:a|ont)[ \t\n]+(?:(?:donc|ainsi|malheureusement)[ \t\n]+)?pu[ \t\n]+être[ \t\n]+(?:conservée|préservée|sauvegardée|gelée)s?(?:(?=[ \t\n]*[.;!])|[ \t\n]+dans[ \t\n]+le[ \t\n]+cadre[ \t\n]+de[ \t\n]+(?:votre|cette|la)[ \t\n]+(?:demande|réquisition)))(?![\p{L}])`,
    // A provider's policy of preserving nothing on a preservation request ("Telegram does not preserve user data on the
    // basis of a preservation request", "we do not preserve any records in response to such requests").
    String.raw`\b(?:does|do|will)(?:[ \t\n]+not|n['’]t)[ \t\n]+preserve[ \t\n]+(?:any[ \t\n]+)?(?:user[ \t\n]+|account[ \t\n]+|customer[ \t\n]+)?(?:data|records|information|content)[ \t\n]+(?:on[ \t\n]+the[ \t\n]+basis[ \t\n]+of|in[ \t\n]+response[ \t\n]+to|based[ \t\n]+on|upon|on)[ \t\n]+(?:an?|your|such|the)[ \t\n]+(?:preservation[ \t\n]+)?requests?\b`,
    // Unable to preserve any data ("we are unable to preserve any data for the account @x", "nous ne sommes pas en mesure
    // de conserver les données", "no podemos preservar ningún dato"), not beyond a time ("cannot preserve any data beyond
    // 90 days", "prospectively"); and a provider that offers no preservation at all ("Telegram does not offer a data
    // preservation service"). Said of one account the message names, it is that account's fate (below).
    String.raw`(?:\b(?:(?:unable|not[ \t\n]+able|not[ \t\n]+in[ \t\n]+a[ \t\n]+position)[ \t\n]+to|cannot|can['’]t|could[ \t\n]+not|couldn['’]t)[ \t\n]+preserve[ \t\n]+any[ \t\n]+(?:(?:user|account|customer)[ \t\n]+)?(?:data|records|information|content)|(?<!\p{L})(?:ne[ \t\n]+(?:pouvons|pouvions|pouvons|peut|pouvait)[ \t\n]+pas|ne[ \t\n]+sommes[ \t\n]+pas[ \t\n]+en[ \t\n]+mesure[ \t\n]+de)[ \t\n]+(?:conserver|préserver)[ \t\n]+(?:aucune[ \t\n]+donnée|de[ \t\n]+données|les[ \t\n]+données)|(?<!\p{L})no[ \t\n]+(?:podemos|pudimos|es[ \t\n]+posible|fue[ \t\n]+posible)[ \t\n]+(?:preservar|conservar)[ \t\n]+(?:ningún[ \t\n]+dato|datos|los[ \t\n]+datos)|(?<!\p{L})non[ \t\n]+(?:possiamo|siamo[ \t\n]+in[ \t\n]+grado[ \t\n]+di|è[ \t\n]+possibile)[ \t\n]+(?:conservare|preservare)[ \t\n]+(?:alcun[ \t\n]+dato|dati|i[ \t\n]+dati)|(?<!\p{L})não[ \t\n]+(?:podemos|é[ \t\n]+possível|foi[ \t\n]+possível)[ \t\n]+(?:preservar|conservar)[ \t\n]+(?:nenhum[ \t\n]+dado|dados|os[ \t\n]+dados))(?![\p{L}])(?![ \t\n]+(?:beyond|past|after|longer|prospectively|for[ \t\n]+(?:more|longer)|more[ \t\n]+than|au-delà|plus[ \t\n]+de|más[ \t\n]+allá|por[ \t\n]+más|oltre|per[ \t\n]+più|além|por[ \t\n]+mais))`,
    String.raw`\b(?:does|do)(?:[ \t\n]+not|n['’]t)[ \t\n]+(?:offer|provide|support)[ \t\n]+(?:an?[ \t\n]+|any[ \t\n]+)?(?:data[ \t\n]+)?preservation(?:[ \t\n]+(?:service|services|facility|option))?(?![\p{L}])`,
    // "Nothing to preserve" of the request, not of one thing it names ("… does not exist, so there is nothing to preserve for it").
    String.raw`\bnothing[ \t\n]+(?:for[ \t\n]+us[ \t\n]+)?to[ \t\n]+preserve(?![\p{L}])${NOT_FOR_ONE}`,
    String.raw`\b(?:not[ \t]+a[ \t]+preservation[ \t]+confirmation|will[ \t]+confirm[ \t]+(?:within|once|when|whether)|nothing[ \t]+has[ \t]+been[ \t]+(?:preserved|done)[ \t]+yet|no[ \t]+action[ \t]+has[ \t]+(?:yet[ \t]+)?been[ \t]+taken|(?:preservation|request)[ \t]+is[ \t]+not[ \t]+(?:yet[ \t]+)?complete[ \t]+until)\b`,
  ].join('|'),
  'iu',
);

const NOTHING_PRESERVED_ALL = new RegExp(NOTHING_PRESERVED.source, 'giu');
/** Where a sentence ends: a full stop, a semicolon or a colon before a break, a blank line, a list item's start. */
const SENTENCE_END = /[.!?](?=[ \t\n]|$)|\n[ \t]*\n|\n(?=[ \t]*(?:[-*•]|@|\d{1,2}[.)])[ \t]?)/g;
/**
 * What an account is called, or an identifier's own shape (an @handle, an address, a long number): a sentence with one
 * speaks of an account's fate ("we have not preserved any data for the account @x", "@y - we were unable to locate
 * this account; no data has been preserved", "the second username … isn't a valid account so there's nothing to
 * preserve there"). A number after "#" or a case's or a ticket's word is a case's or a request's ("this request (case
 * #10293384765) has been closed", "Case 07338129 has been closed as a duplicate"), and so is a reference's number ("no
 * new reference number has been assigned").
 */
const ONE_ACCOUNT = /(?<![\p{L}])(?:accounts?|user(?:[ \t]?names?)?|handles?|profiles?|channels?|(?<!(?:reference|case|ticket|request|tracking|file|preservation)[ \t\n]{1,3})numbers?|addresses|address|compte|konto|cuenta|conta|utente|gebruiker|gebruikersaccount|e-?mailadres|e-?mail-?adresse|adresse|adres|telefoonnummer|telefonnummer|dirección|indirizzo|endereço)(?![\p{L}])|(?<![\w.])@[\w.]{2,40}|(?<![\w/])u\/[\w-]{3,40}|[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,60}|(?<![\w#-])(?<!(?:case|ticket|request|ref|reference|file)\.?[ \t\n]{1,3}(?:(?:no\.?|number|id|#)[ \t\n]{0,2})?)\d{7,20}(?![\w-])/iu;

/** A kind of data refused, not the request ("has not preserved any website content", "no messages were preserved"). */
const ONE_KIND_OF_DATA =
  /(?<![\p{L}])(?:any|no|the)[ \t\n]+(?:[\p{L}-]{2,20}[ \t\n]+)?(?:content|contents|messages|message[ \t\n]+content|photos|images|videos|files|posts|attachments|media|(?:server|group|channel|guild|page)[ \t\n]+(?:data|information|records)|inhalte?|contenus?|contenidos?|contenuti|inhoud)(?![\p{L}])/iu;

const WHOLE_REQUEST = /(?<![\p{L}])(?:request|submission|order|letter|matter|ticket|demande|anfrage|solicitud)(?![\p{L}])/iu;

/** The sentence around [start, end) of a body (bounded: 400 characters either side). */
function sentenceOf(body: string, start: number, end: number): { start: number; end: number } {
  const before = body.slice(Math.max(0, start - 400), start);
  let from = Math.max(0, start - 400);
  for (const m of before.matchAll(SENTENCE_END)) from = start - before.length + m.index! + m[0].length;
  const after = body.slice(end, end + 400);
  SENTENCE_END.lastIndex = 0;
  const stop = after.search(SENTENCE_END);
  return { start: from, end: stop === -1 ? end + after.length : end + stop + 1 };
}

/**
 * The list item a sentence stands in, from its head line (a marker at its start) to the sentence's end, the lines
 * between it and the sentence indented under it (no blank line, no other item between); null where it stands in none.
 */
function itemOf(body: string, sentence: { start: number; end: number }): { start: number; end: number } | null {
  let lineStart = body.lastIndexOf('\n', sentence.start - 1) + 1;
  for (let i = 0; i < MAX_ITEM_LINES; i++) {
    const eol = body.indexOf('\n', lineStart);
    const line = body.slice(lineStart, eol === -1 ? body.length : eol);
    if (ITEM_HEAD.test(line)) return { start: lineStart, end: sentence.end };
    if (!/^[ \t]+\S/.test(line) || lineStart === 0) return null;
    lineStart = body.lastIndexOf('\n', lineStart - 2) + 1;
  }
  return null;
}

/** The end of the paragraph under a line that ends in a colon: its first lines of text, up to a blank line (bounded). */
function listUnder(body: string, from: number): number {
  const text = body.slice(from, from + 600);
  const first = text.search(/\S/);
  if (first === -1) return from;
  const gap = text.slice(first).search(/\n[ \t]*\n/);
  return from + (gap === -1 ? text.length : first + gap);
}

/**
 * A line heading one case of several ("Case ID 13598240711"), its number after the word, maybe the product it concerns
 * after a dash ("Request 9318857 - Facebook") or its row's cells ("Request REQ-KRK-… | Preservation | Status: …"), a
 * digest's provider before it ("CLOUDFLARE · Request KDX-CF-4410962 · Preservation").
 */
const CASE_ID_HEADING = /^[ \t]*(?:[\p{L}][\p{L} .&]{1,30}[ \t]+[·•|][ \t]+)?(?:case|request|ticket|matter)(?:[ \t]+(?:id|no\.?|number|#))?[ \t]*[:#]?[ \t]*#?([A-Z0-9][A-Z0-9-]{4,30})(?:[ \t]+[-–—|·•][ \t]+\p{L}[\p{L}&' ]{0,30}?|[ \t]+\|[^\n]{1,100}?)?[ \t]*$/gimu;
/** A paragraph opened by one case's number and a colon ("WA-LE-7730205: There is no WhatsApp account …"). */
const CASE_PARAGRAPH = /(?:^|\n[ \t]*\n)[ \t]*(?:(?:case|request|ticket|matter|ref(?:erence)?\.?)(?:[ \t]+(?:id|no\.?|number|#))?[ \t]*#?[ \t]*)?([A-Z0-9][A-Z0-9-]{4,30})[ \t]*[:–—][ \t]+(?=\S)/gi;
function underOneOfSeveralCases(body: string, at: number): boolean {
  const text = body.slice(0, 100_000);
  const headings = [...text.matchAll(CASE_ID_HEADING)].filter((m) => /\d{4}/.test(m[1]!)).map((m) => ({ id: m[1]!, at: m.index!, paragraph: false }));
  const paragraphs = [...text.matchAll(CASE_PARAGRAPH)].filter((m) => /\d{4}/.test(m[1]!)).map((m) => ({ id: m[1]!, at: m.index! + m[0].length, paragraph: true }));
  const parts = [...(new Set(headings.map((h) => h.id)).size >= 2 ? headings : []), ...(new Set(paragraphs.map((p) => p.id)).size >= 2 ? paragraphs : [])];
  const before = parts.filter((p) => p.at < at).sort((a, b) => a.at - b.at);
  if (!before.length) return false;
  // The nearest heading above it, with no wide gap (two blank lines) between: the part it belongs to; a paragraph's
  // number reaches to the paragraph's end.
  const last = before[before.length - 1]!;
  return !(last.paragraph ? /\n[ \t]*\n/ : /\n[ \t]*\n[ \t]*\n/).test(body.slice(last.at, at));
}

/**
 * The provider says it preserved nothing for the request. A refusal said of one of the accounts the request names, in
 * a sentence that names it ("@moth.b - unable to locate this account; no data has been preserved"), is that account's
 * fate, not the message's, where another sentence of the message asserts a preservation (the other account's): the
 * message is a partial confirmation, not a refusal.
 */
function nothingPreserved(body: string): boolean {
  const refusals: Array<{ start: number; end: number }> = [];
  for (const m of body.slice(0, 100_000).matchAll(NOTHING_PRESERVED_ALL)) {
    const own = sentenceOf(body, m.index!, m.index! + m[0].length);
    // The request refused or closed as a whole ("Your request has been closed without action") is never one account's;
    // but under one of several cases' headings ("Case ID 13598240729⏎… we were unable to process this request as
    // submitted"), it is that case's.
    if (WHOLE_REQUEST.test(m[0])) {
      if (!underOneOfSeveralCases(body, own.start)) return true;
      refusals.push(own);
      continue;
    }
    // Inside a list item, the item's head says whose fate it is ("- 'h0llowpine': this username is not registered on
    // Kik. Nothing was preserved.").
    const item = itemOf(body, own) ?? own;
    // A sentence that ends in a colon names its accounts in the lines under it ("No information has been preserved
    // for:⏎⏎m.alt@…"): they are its own.
    const sentence = /:\s*$/.test(body.slice(item.start, item.end)) ? { start: item.start, end: listUnder(body, item.end) } : item;
    const said = body.slice(sentence.start, sentence.end);
    // A sentence on an item's line, after the account it answers for ("glencoe@… - No account could be located for this
    // identifier. No data has been preserved."): that account's.
    const lineStart = body.lastIndexOf('\n', sentence.start - 1) + 1;
    const head = body.slice(lineStart, sentence.start);
    // So is one on a status line under the account's own line ("User ID: 5102948837⏎Status: Previously preserved. … no
    // new preservation was created under this request.").
    const lineAbove = body.slice(body.lastIndexOf('\n', Math.max(0, lineStart - 2)) + 1, Math.max(0, lineStart - 1));
    const onItsLine =
      (/^[ \t]*(?:[-*•][ \t]*)?\S{3,80}[ \t]+[-–—][ \t]+/.test(head) && ONE_ACCOUNT.test(head.replace(/[.!?][ \t]*$/, ''))) ||
      (/^[ \t]*(?:status|state|result|estado|statut|stato)[ \t]*:/i.test(head) && /^[ \t]*[\p{L} ]{2,20}:[ \t]*\S/u.test(lineAbove) && ONE_ACCOUNT.test(lineAbove));
    // Under one of several cases' headings ("Request 9318857 - Facebook⏎… No data has been preserved."), that case's.
    if (!ONE_ACCOUNT.test(said) && !ONE_KIND_OF_DATA.test(said) && !onItsLine && !underOneOfSeveralCases(body, own.start)) return true;
    refusals.push(onItsLine ? { start: lineStart, end: sentence.end } : sentence);
  }
  if (!refusals.length) return false;
  // Each refusal sentence blanked, one for one: what the rest of the message asserts.
  const pieces: string[] = [];
  let at = 0;
  for (const r of refusals) {
    const start = Math.max(at, r.start);
    pieces.push(body.slice(at, start), ' '.repeat(Math.max(0, r.end - start)));
    at = Math.max(at, r.end);
  }
  pieces.push(body.slice(at));
  return !preservationAsserted(pieces.join(''));
}

/**
 * The address of one request's or case's page on a portal: the path's segment after "requests/", "cases/", "tickets/",
 * or the same words in the portal's language ("verzoeken/", "anfragen/", "demandes/", "solicitudes/", "richieste/").
 */
const REQUEST_PAGE = /\bhttps?:\/\/[^\s/]{1,100}(?:\/[^\s/]{1,60}){0,4}?\/(?:requests?|cases?|tickets?|submissions?|matters?|verzoeken|aanvragen|zaken|anfragen|ersuchen|vorgaenge|demandes|requetes|dossiers|solicitudes|expedientes|casos|richieste|pratiche|pedidos|solicitacoes|zgloszenia|sprawy|arenden|saker|sager)\/([A-Za-z0-9][A-Za-z0-9-]{3,30})(?![A-Za-z0-9-])(?=[/?#]|[ \t]*$|\s)/gim;

/**
 * A link wrapper's query parameter that carries the real address percent-encoded ("?u=https%3A%2F%2F…",
 * "?url=https%3A%2F%2F…", "&target=…"): the value up to the next parameter or blank, bounded.
 */
const WRAPPED_LINK = /[?&](?:u|url|q|target|dest|destination|redirect|redirect_uri|link)=(https?%3A%2F%2F[A-Za-z0-9%._~+-]{1,600})/gi;

export interface MessageReferences {
  references: ReferenceSpan[];
  acknowledgementOnly: boolean;
  /** `kept`: the message says the extension keeps the preservation's reference ("The reference number is unchanged"). */
  extension: { ofReference: string | null; kept: boolean; start: number; end: number } | null;
  /** Numbers of requests the message answers as not done yet, beside ones it confirms: their parts hold their own accounts. */
  pending?: ReferenceSpan[];
}

/**
 * Words that say an extension keeps the preservation's number: "The reference number is unchanged", "under the same
 * reference", "no new reference has been issued", "la référence reste inchangée", "die Referenz bleibt unverändert",
 * "la referencia no cambia", "il riferimento resta invariato", "het referentienummer blijft ongewijzigd".
 */
const KEPT_REFERENCE =
  /(?<![\p{L}])(?:(?:reference|ref\.?|case|preservation|request)(?:[ \t\n]+(?:number|no\.?|id))?[ \t\n]+(?:is|remains|stays|will[ \t\n]+remain)[ \t\n]+(?:unchanged|the[ \t\n]+same)|(?:under|with|keeps?|retains?)[ \t\n]+the[ \t\n]+same[ \t\n]+(?:reference|ref\.?|case|preservation)(?:[ \t\n]+(?:number|no\.?|id))?|no[ \t\n]+new[ \t\n]+(?:reference|case|preservation)[ \t\n]+(?:number[ \t\n]+)?(?:has[ \t\n]+been|was|is)[ \t\n]+(?:issued|created|assigned)|r[ée]f[ée]rence[ \t\n]+(?:reste|demeure)[ \t\n]+(?:inchang[ée]e|la[ \t\n]+m[êe]me)|(?:referenz|aktenzeichen)(?:nummer)?[ \t\n]+bleibt[ \t\n]+(?:unver[äa]ndert|gleich|dieselbe)|referencia[ \t\n]+(?:no[ \t\n]+cambia|se[ \t\n]+mantiene|sigue[ \t\n]+siendo[ \t\n]+la[ \t\n]+misma)|riferimento[ \t\n]+(?:resta|rimane)[ \t\n]+(?:invariato|lo[ \t\n]+stesso)|referentie(?:nummer)?[ \t\n]+blijft[ \t\n]+(?:ongewijzigd|hetzelfde))(?![\p{L}])/iu;

/** The same of several numbers ("The case numbers remain unchanged", "Die Aktenzeichen bleiben unverändert"). */
const KEPT_REFERENCES =
  /(?<![\p{L}])(?:(?:references|(?:reference|case|preservation)[ \t\n]+(?:numbers|ids))[ \t\n]+(?:remain|stay|are|will[ \t\n]+remain)[ \t\n]+(?:unchanged|the[ \t\n]+same)|(?:aktenzeichen|referenznummern|fallnummern)[ \t\n]+bleiben[ \t\n]+(?:unverändert|gleich)|(?:les[ \t\n]+)?r[ée]f[ée]rences[ \t\n]+(?:restent|demeurent)[ \t\n]+inchang[ée]es)(?![\p{L}])/iu;

/** Right before a number on a subject line: a request's title ("Preservation Request - ", "Solicitud de conservación: "). */
const REQUEST_TITLE_BEFORE =
  /(?:request|anfrage|ersuchen|demande|solicitud|richiesta|verzoek|wniosek|pedido)(?:[ \t]+(?:for|zur|de|di|van|o|om)[ \t]+[\p{L} ]{1,30}?)?[ \t]*[-–—:][ \t]*$/iu;
/** Whether a number stands in a reply's subject only after a request's title, and in the body only on "Case X" lines. */
function requestTitle(region: string, reference: string, bodyFrom: number): boolean {
  const all = places(region, reference);
  const lineBefore = (at: number) => region.slice(region.lastIndexOf('\n', at - 1) + 1, at);
  const titled = all.filter((at) => at < bodyFrom || onReplySubject(region, at));
  if (!titled.length || !titled.every((at) => onReplySubject(region, at) && REQUEST_TITLE_BEFORE.test(lineBefore(at)))) return false;
  return all.every((at) => titled.includes(at) || (/^[ \t]*case[ \t]+$/i.test(lineBefore(at)) && /^[ \t]*(?:\n|$)/.test(region.slice(at + reference.length))));
}

/** Right before a number: a person's id label, a help desk agent's or an officer's. */
const PERSON_ID_BEFORE =
  /(?<![\p{L}])(?:agent(?:e|en)?[ \t-]?(?:id|no\.?|number|nummer)|id[ \t]+(?:de[ \t]+|del[ \t]+|dell['’])?agente|employee[ \t]+(?:id|no\.?|number)|staff[ \t]+(?:id|no\.?|number)|badge(?:[ \t]+(?:id|no\.?|number))?|mitarbeiter-?(?:id|nummer)|dienstnummer|personalnummer|matricule|tjänste(?:nummer|id)|tjenestenummer)[ \t]*[:#]?[ \t]*#?$/iu;
/** A line that is only a code in brackets, letters and digits in groups: a help desk's key for its message. */
const LONE_TAG = /^[ \t]*\[(?=[A-Z0-9-]*[A-Z])(?=[A-Z0-9-]*\d)[A-Z0-9]{2,8}(?:-[A-Z0-9]{2,8}){1,3}\][ \t]*$/;

/** A number (a digit in it), then the words that say it is not what the message is about, anywhere in a text. */
const UNAFFECTED_NUMBER = new RegExp(String.raw`(?<![\w/-])(?=[A-Z0-9/-]{0,30}\d)[A-Z0-9][A-Z0-9/-]{3,30}(?=${UNAFFECTED_SOURCE})`, 'giu');

/**
 * The sentences that name another case the message is not about ("Your separate request regarding the account … was
 * handled under case CB-… and is not affected by this extension."): their accounts are that case's, not preserved here.
 */
export function unaffectedSentences(text: string, from: number, to: number): Array<{ start: number; end: number }> {
  const body = text.slice(from, to);
  const out = otherRequestSentences(body, from);
  // So is a sentence that files an account's earlier preservation under another request's number ("This account is
  // already subject to a preservation made on October 30, 2026 under Case #…"): its date is that case's.
  for (const found of ALREADY.test(body) ? findReferences(body) : []) {
    if (found.how !== 'other-request') continue;
    for (const at of places(body, found.reference).slice(0, 10)) {
      if (!filedElsewhere(body, at, at + found.reference.length)) continue;
      const before = body.slice(Math.max(0, at - 400), at);
      const stops = [...before.matchAll(/(?<!\d)[.!?](?=[ \t\n])|\n/g)];
      const last = stops[stops.length - 1];
      const next = body.slice(at, at + 400).search(/[.!?](?=[ \t\n]|$)|\n/);
      out.push({ start: from + at - before.length + (last ? last.index! + last[0].length : 0), end: from + at + (next === -1 ? Math.min(400, body.length - at) : next + 1) });
    }
  }
  // So is a status list's item the update says is unchanged: an earlier preservation's accounts.
  for (const u of unchangedItems(body)) out.push({ start: from + u.start, end: from + u.end });
  // So is a sentence naming a hold the provider keeps for another proceeding ("an earlier, unrelated preservation for
  // the recovery address (x@…), made under Google Ref. No. …"): its accounts are that hold's. Not in an extension,
  // whose "existing preservation" is the one it extends.
  for (const found of extensionAsserted(body) ? [] : findReferences(body.slice(0, 100_000))) {
    for (const at of places(body, found.reference).slice(0, 10)) {
      if (!namedAsOtherHold(body, at)) continue;
      const before = body.slice(Math.max(0, at - 300), at);
      const stops = [...before.matchAll(/(?<!(?<![\p{L}])(?:Ref|No|Nr))[.!?](?=[ \t\n])|\n[ \t]*\n/gu)];
      const last = stops[stops.length - 1];
      const next = body.slice(at, at + 400).search(/[.!?](?=[ \t\n]|$)/);
      out.push({ start: from + at - before.length + (last ? last.index! + last[0].length : 0), end: from + at + (next === -1 ? Math.min(400, body.length - at) : next + 1) });
    }
  }
  if (!/not[ \t\n]+(?:affected|covered|included|part)/i.test(body)) return out;
  for (const m of body.matchAll(UNAFFECTED_NUMBER)) {
    const before = body.slice(Math.max(0, m.index! - 400), m.index!);
    const stops = [...before.matchAll(/[.!?](?=[ \t\n])|\n[ \t]*\n/g)];
    const last = stops[stops.length - 1];
    const start = m.index! - before.length + (last ? last.index! + last[0].length : 0);
    const next = body.slice(m.index!, m.index! + 400).search(/[.!?](?=[ \t\n]|$)/);
    out.push({ start: from + start, end: from + m.index! + (next === -1 ? Math.min(400, body.length - m.index!) : next + 1) });
  }
  return out;
}

/**
 * The sentences that name another request of the addressee's and its number, pending, closed, declined or not linked
 * ("Your separate request for u/x (Case 00461940) is still pending legal review."): their accounts are that request's.
 */
function otherRequestSentences(body: string, from: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let count = 0;
  for (const head of body.matchAll(OTHER_REQUEST_HEADS)) {
    if (++count > 50) break;
    const after = head.index! + head[0].length;
    const window = body.slice(after, after + 100);
    const stop = window.search(/[.!?;](?=\s|$)|\n[ \t]*\n/);
    for (const m of window.slice(0, stop === -1 ? window.length : stop).matchAll(NUMBER_IN_SENTENCE)) {
      const end = after + m.index! + m[0].length;
      if (!OTHER_REQUEST_STATE.test(body.slice(end, end + 160))) continue;
      const before = body.slice(Math.max(0, head.index! - 300), head.index!);
      const stops = [...before.matchAll(/[.!?](?=[ \t\n])|\n[ \t]*\n/g)];
      const last = stops[stops.length - 1];
      const start = head.index! - before.length + (last ? last.index! + last[0].length : 0);
      const next = body.slice(end, end + 400).search(/[.!?](?=[ \t\n]|$)|\n[ \t]*\n/);
      out.push({ start: from + start, end: from + end + (next === -1 ? Math.min(400, body.length - end) : next + 1) });
      break;
    }
  }
  return out;
}

/**
 * Before a number: an account already held by another preservation ("is already subject to an active preservation
 * under case #", "was already preserved under reference", "is covered by an existing hold, request").
 */
const ALREADY_UNDER =
  /\balready[ \t\n]+(?:(?:being|been|is|was)[ \t\n]+)?(?:subject[ \t\n]+to|under|covered[ \t\n]+by|preserved|held|on[ \t\n]+hold)(?:[ \t\n]+(?:an?|the|another|a[ \t\n]+separate))?(?:[ \t\n]+(?:active|existing|separate|other|prior|earlier|pending))?(?:[ \t\n]+(?:preservation|hold|request))?(?:[ \t\n]+(?:under|with|in|as|per))?(?:,?[ \t\n]+(?:case|reference|ref\.?|request|ticket|number|no\.?|id))*[ \t\n]*[:#]?[ \t\n]*$/i;
/**
 * Before a number: one another request of the message is still being worked under ("The account x@… from your related
 * request is being processed under Google Ref. No.", "is still being reviewed under case", "est en cours de traitement
 * sous la référence", "se está procesando con la referencia", "è in fase di lavorazione con il riferimento", "wordt
 * nog behandeld onder"): a pending request's number, not a preservation this message confirms.
 */
const PENDING_UNDER =
  /(?:\b(?:still[ \t\n]+)?being[ \t\n]+(?:processed|handled|reviewed|actioned|worked[ \t\n]+on)(?:[ \t\n]+separately)?[ \t\n]+(?:under|as|with)|\ben[ \t\n]+cours[ \t\n]+de[ \t\n]+traitement[ \t\n]+sous|\bse[ \t\n]+est[áa][ \t\n]+(?:procesando|tramitando)[ \t\n]+(?:con|bajo)|\bin[ \t\n]+fase[ \t\n]+di[ \t\n]+(?:lavorazione|elaborazione)[ \t\n]+con|\bwordt[ \t\n]+(?:nog[ \t\n]+)?behandeld[ \t\n]+onder)[ \t\n]+(?:(?:a|an|the|another|separate|its[ \t\n]+own|la|le|el|il|de|het)[ \t\n]+)?(?:[\p{L}]{1,15}[ \t\n]+){0,2}(?:(?:case|reference|ref\.?|request|ticket|number|no\.?|nr\.?|id|référence|referencia|riferimento|kenmerk|referentie|n[°º])[ \t\n]*){1,3}[:#]?[ \t\n]*$/iu;
/** After a number: the message says the other request will be confirmed apart ("; you will receive a separate notification"). */
const SEPARATE_NOTICE_AFTER =
  /^[ \t]*[;,)]?[ \t\n]+(?:and[ \t\n]+)?you[ \t\n]+will[ \t\n]+(?:receive|get|be[ \t\n]+sent)[ \t\n]+(?:a[ \t\n]+)?separate[ \t\n]+(?:notification|confirmation|e-?mail|message|notice|response|reply)/i;
/**
 * Before a number, in its sentence: another request of the addressee's named as such, a word of otherness qualifying
 * it ("Your separate request for u/x (Case 00461940)", "Your emergency request for the same username (Ref #…)", "votre
 * demande urgente distincte (…)", "Ihre gesonderte Anfrage (…)", "su solicitud de emergencia (…)", "la sua richiesta
 * separata (…)", "uw afzonderlijke verzoek (…)", "o seu pedido anterior (…)").
 */
const OTHER_REQUEST_HEAD_SOURCE =
  String.raw`(?:(?<![\p{L}])(?:your|the|a|an|one|another)[ \t\n]+(?:(?:separate|emergency|urgent|other|second|earlier|previous|prior|duplicate|additional|parallel|older|related)[ \t\n]+){1,2}(?:[\p{L}-]{2,20}[ \t\n]+)?(?:request|case|ticket|submission|matter|application)` +
    String.raw`|(?<![\p{L}])(?:votre|la|une|l['’]autre)[ \t\n]+(?:autre[ \t\n]+)?(?:demande|requête|dossier)[ \t\n]+(?:(?:d['’]urgence|urgente|distincte|séparée|antérieure|précédente)[ \t\n]*){1,2}` +
    String.raw`|(?<![\p{L}])(?:ihre?|die|eine)[ \t\n]+(?:(?:separate|gesonderte|frühere|vorherige|andere|zweite|weitere)[ \t\n]+)?(?:Eil)?(?:anfrage|anforderung|antrag|ersuchen)` +
    String.raw`|(?<![\p{L}])(?:su|la|otra)[ \t\n]+solicitud[ \t\n]+(?:de[ \t\n]+emergencia|urgente|separada|anterior|previa|distinta)` +
    String.raw`|(?<![\p{L}])(?:la[ \t\n]+sua|la|un['’]altra)[ \t\n]+richiesta[ \t\n]+(?:urgente|separata|precedente|distinta|di[ \t\n]+emergenza)` +
    String.raw`|(?<![\p{L}])(?:uw|het|een)[ \t\n]+(?:afzonderlijke|aparte|eerdere|andere|spoed)[ \t\n]*verzoek` +
    String.raw`|(?<![\p{L}])(?:o[ \t\n]+seu|a[ \t\n]+sua|seu|sua|outro|outra)[ \t\n]+(?:pedido|solicitação)[ \t\n]+(?:de[ \t\n]+emergência|urgente|separad[oa]|anterior|distint[oa])` +
    // An account's earlier case: "@x was previously the subject of case #0188201447, which has expired".
    String.raw`|(?<![\p{L}])previously[ \t\n]+(?:the[ \t\n]+subject[ \t\n]+of|preserved[ \t\n]+under|held[ \t\n]+under|covered[ \t\n]+by)[ \t\n]+(?:an?[ \t\n]+|the[ \t\n]+)?(?:(?:earlier|prior|separate)[ \t\n]+)?(?:case|request|preservation|ticket))`;
/** The rest of a sentence: no sentence's end (a stop before a blank), no blank line. */
/**
 * A status a summary gives each request on its line or in its paragraph ("Case #88200… - Preservation - Completed",
 * "Case #88200… - Records - Awaiting legal process", "Vorgang 4471-B: in Bearbeitung", "Dossier 4471-B : en attente"):
 * done, or not done yet (pending, awaiting, in review, declined, not processed). The words of doing are those that say
 * the request is done, not a verb that a negation may turn ("cannot be processed").
 */
const ITEM_DONE =
  /(?<![\p{L}])(?:completed?|preserved|done|fulfilled|extended|secured|termin[ée]e?|effectu[ée]e?|conserv[ée]e?|abgeschlossen|erledigt|gesichert|completad[oa]|realizad[oa]|conservad[oa]|completat[oa]|conservat[oa]|eseguit[oa]|voltooid|afgerond|bewaard|conclu[íi]d[oa]|preservad[oa])(?![\p{L}])/iu;
const ITEM_NOT_DONE =
  /(?<![\p{L}])(?:pending|awaiting|under[ \t]+(?:legal[ \t]+)?review|in[ \t]+review|in[ \t]+progress|declined|rejected|refused|denied|withdrawn|cancell?ed|not[ \t]+(?:yet[ \t]+)?(?:been[ \t]+)?processed|cannot[ \t]+be[ \t]+processed|en[ \t]+attente|en[ \t]+cours|refus[ée]e?|rejet[ée]e?|ausstehend|abgelehnt|in[ \t]+(?:Bearbeitung|Prüfung)|offen|pendiente|en[ \t]+(?:revisión|trámite)|rechazad[oa]|denegad[oa]|in[ \t]+attesa|in[ \t]+corso|respint[oa]|in[ \t]+behandeling|afgewezen|pendente|em[ \t]+análise|recusad[oa])(?![\p{L}])/iu;
/** Preserving said not done ("Nothing has been preserved under that reference yet", "has not been preserved"). */
const ITEM_DONE_DENIED =
  /(?<![\p{L}])(?:(?:nothing|no[ \t]+(?:data|records?|information|content))[ \t]+(?:has|have|was|were|is|are)[ \t]+(?:yet[ \t]+)?(?:been[ \t]+)?(?:preserved|secured|extended)|(?:has|have|was|were|is|are)[ \t]+not[ \t]+(?:yet[ \t]+)?(?:been[ \t]+)?(?:preserved|secured|extended|completed))(?![\p{L}])/iu;
const ITEM_DONE_DENIED_ALL = new RegExp(ITEM_DONE_DENIED.source, 'giu');
function itemState(region: string, at: number): 'done' | 'pending' | null {
  const lineStart = region.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = region.indexOf('\n', at);
  const line = region.slice(lineStart, lineEnd === -1 ? region.length : lineEnd);
  // A denial's own "preserved" says nothing done ("Nothing has been preserved under that reference yet"); the done words
  // left beside it still say done ("Status: Completed … The server you listed … was not preserved").
  const state = (t: string) => {
    const denied = ITEM_DONE_DENIED.test(t);
    if (ITEM_DONE.test(denied ? t.replace(ITEM_DONE_DENIED_ALL, ' ') : t)) return 'done';
    return denied || ITEM_NOT_DONE.test(t) ? 'pending' : null;
  };
  const onLine = state(line);
  if (onLine) return onLine;
  // No status on its line: its paragraph's (a blank line parts one request from the next).
  const before = region.slice(Math.max(0, at - 400), at);
  const blanks = [...before.matchAll(/\n[ \t]*\n/g)];
  const blank = blanks.length ? blanks[blanks.length - 1]!.index! : -1;
  const after = region.slice(at, at + 400);
  const next = after.search(/\n[ \t]*\n/);
  return state(before.slice(blank === -1 ? 0 : blank) + after.slice(0, next === -1 ? after.length : next));
}

const IN_SENTENCE = String.raw`(?:[^.!?;\n]|[.!?](?=\S)|\n(?![ \t]*\n))`;
const OTHER_REQUEST_HEAD = new RegExp(`${OTHER_REQUEST_HEAD_SOURCE}${IN_SENTENCE}{0,100}$`, 'iu');
const OTHER_REQUEST_HEADS = new RegExp(OTHER_REQUEST_HEAD_SOURCE, 'giu');
/** The next sentence opening on that other request again ("That case", "This request", "It"), up to its verb. */
const THAT_REQUEST_AGAIN = /^[)\]]?[ \t]*\.[ \t\n]+(?:(?:that|this|the[ \t\n]+(?:earlier|previous|prior|other))[ \t\n]+(?:case|request|ticket|matter|submission)|it)[ \t\n]+/i;
/**
 * After the number, in its sentence: that request's state apart from this preservation, pending, closed, declined or
 * not linked ("… is still pending legal review", "… was closed on November 10 because …", "… est toujours en attente",
 * "… wird noch geprüft", "… sigue pendiente", "… è ancora in corso di valutazione", "… is nog in behandeling", "…
 * continua pendente").
 */
const OTHER_REQUEST_STATE = new RegExp(
  String.raw`^${IN_SENTENCE}{0,60}?(?<![\p{L}])(?:` +
    String.raw`(?:is|was|has[ \t\n]+been|remains|are|were|have[ \t\n]+been)[ \t\n]+(?:(?:still|now|already|since)[ \t\n]+)?(?:pending|closed|declined|rejected|refused|denied|withdrawn|cancell?ed|expired|lapsed|on[ \t\n]+hold|under[ \t\n]+(?:legal[ \t\n]+)?review|awaiting|being[ \t\n]+reviewed|not[ \t\n]+(?:linked|related|connected|part[ \t\n]+of))` +
    String.raw`|(?:has|have|had)[ \t\n]+(?:since[ \t\n]+|already[ \t\n]+)?(?:expired|lapsed)|(?:should|must|can)[ \t\n]+no[ \t\n]+longer[ \t\n]+be[ \t\n]+used` +
    String.raw`|(?:est|a[ \t\n]+été|reste)[ \t\n]+(?:toujours[ \t\n]+|encore[ \t\n]+)?(?:en[ \t\n]+attente|en[ \t\n]+cours|clôturée?|classée?|refusée?|rejetée?)|n['’](?:est|a)[ \t\n]+pas[ \t\n]+(?:liée?|été[ \t\n]+traitée?)` +
    String.raw`|(?:ist|wurde|bleibt)[ \t\n]+(?:noch[ \t\n]+)?(?:in[ \t\n]+(?:Prüfung|Bearbeitung)|offen|geschlossen|abgelehnt|ausstehend|nicht[ \t\n]+verknüpft)|wird[ \t\n]+(?:noch[ \t\n]+)?(?:[\p{L}]{2,15}[ \t\n]+)?(?:geprüft|bearbeitet)` +
    String.raw`|(?:está|sigue|fue|ha[ \t\n]+sido)[ \t\n]+(?:todavía[ \t\n]+|aún[ \t\n]+)?(?:pendiente|en[ \t\n]+revisión|cerrada|rechazada|denegada)|no[ \t\n]+está[ \t\n]+vinculada` +
    String.raw`|(?:è|resta|è[ \t\n]+stata)[ \t\n]+(?:ancora[ \t\n]+)?(?:in[ \t\n]+attesa|in[ \t\n]+corso[ \t\n]+di[ \t\n]+(?:esame|valutazione)|chiusa|respinta|archiviata)|non[ \t\n]+è[ \t\n]+collegata` +
    String.raw`|(?:is|werd|wordt)[ \t\n]+(?:nog[ \t\n]+)?(?:in[ \t\n]+behandeling|gesloten|afgewezen|in[ \t\n]+beoordeling)` +
    String.raw`|(?:está|foi|continua)[ \t\n]+(?:ainda[ \t\n]+)?(?:pendente|em[ \t\n]+análise|encerrad[oa]|recusad[oa]))(?![\p{L}])`,
  'iu',
);

/** A header line naming whom the message went to ("To:", "Cc:", "An:", "À :", "Para:", "A:", "Aan:", "Till:", "Do:"). */
const RECIPIENT_LINE = /^[ \t]*(?:to|cc|an|à|a|para|aan|till|til|do|kopie)[ \t]*:[^\n]{0,300}$/gimu;
const RECIPIENT_DOMAIN = /[\w.+-]+@((?:[\w-]+\.)+)[a-z]{2,12}(?![\w.-])/giu;
/** The words of a domain that name no agency (a mail host, a placeholder, a public sector's suffix). */
const GENERIC_DOMAIN_WORD = /^(?:example|examples|mail|email|e-mail|co|com|org|net|gov|govt|gob|gouv|edu|ac|int|mil|nhs|web|www|smtp|mx|gmail|googlemail|outlook|hotmail|live|yahoo|icloud|proton|protonmail|gmx|aol)$/i;
/**
 * The words of the recipients' domains ("tlindqvist@dci.example.gov" gives "dci", "rcastellanos@example-sbi.gov" gives
 * "sbi"): the agency the message answers names its own case numbers with them ("Case DCI-26-00721").
 */
function recipientWords(region: string): Set<string> {
  const words = new Set<string>();
  for (const line of region.slice(0, 20_000).matchAll(RECIPIENT_LINE)) {
    for (const m of line[0].matchAll(RECIPIENT_DOMAIN)) {
      for (const w of m[1]!.split(/[.-]/)) if (w.length >= 2 && w.length <= 10 && !/\d/.test(w) && !GENERIC_DOMAIN_WORD.test(w)) words.add(w.toLowerCase());
    }
  }
  return words;
}
/** Initials before "ref." right before a number ("AFP ref. ", "NCA reference: "). */
const INITIALS_REF = /(?<![\p{L}\p{N}])(\p{Lu}{2,6})[ \t]+ref(?:erence)?\.?(?:[ \t]+(?:no\.?|number|#))?[ \t]*[:#]?[ \t]*$/u;
/**
 * An account's id label right before a value ("Customer ID : ", "Driver ID:", "Member no."), in the other languages read
 * too ("Klant-ID:", "Kundennummer:", "Benutzer-ID:", "ID client :", "N.º de cliente:", "ID utente:", "Numer klienta:"), a
 * courier's or a driver's too ("ID de repartidor:", "ID du livreur :").
 */
const ACCOUNT_ID_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:customer|driver|rider|user|account|member|player|seller|buyer|subscriber|client|passenger|merchant)[ \t]+(?:id|no\.?|number)` +
    String.raw`|${ACCOUNT_ID_LABEL_I18N}` +
    String.raw`|(?:id|n[°º.]{1,2}|num[ée]ro|n[úu]mero)[ \t]+(?:de[ \t]+|du[ \t]+)?(?:client|cliente|utilisateur|usuario|utilizador|utente|compte|cuenta|conta|vendeur|vendedor|venditore|repartidor|conductor|motorista|entregador|livreur|chauffeur|coursier|rider|autista))[ \t]*[:#]?[ \t]*$`,
  'iu',
);
/** A payment's or a transaction's own reference ("transactions you flagged (e.g. reference no. …)", "Payment ID:", "order #"), a wrap before it allowed. */
const PAYMENT_REFERENCE_BEFORE = /(?<![\p{L}])(?:transactions?|payments?|transfers?|orders?|invoices?|subscriptions?|receipts?|purchases?|refunds?|retour\p{L}*|transactie\p{L}*|transacci[óo]n(?:es)?|transa[çc](?:ão|ões)|transazion[ei]|transaktion\p{L}*|betaling\p{L}*|zahlung\p{L}*|paiements?|pagos?|pagamentos?|płatnoś\p{L}*)(?![\p{L}])(?:(?:[^.\n]|\.(?=\S|[ \t]+\p{Ll})){0,40}(?:reference|ref\.?|no\.?|number|id|n[°º]|nr\.?|num[ée]ro|n[úu]mero|nummer|numer)[ \t]*[:#]?|[ \t]*#?)[ \t]*\n?[ \t]*$/iu;
/**
 * A thing the provider sells, lists or carries, named before its number, in the languages read ("Les courses n°
 * RD-8841-2207 et RD-8841-2391", "Los artículos con referencia 1047733920 y 1047735518", "Anzeige Nr. 2761553301",
 * "auktion nr 702218845", "Las publicaciones informadas (MLA-1428830917 y …)", a card's "Publicación informada⏎MLA-…"):
 * the ride's, the listing's or the item's number, maybe one of several coordinated, never the request's. Only a preposition or an article may stand between the noun and the number's label ("con referencia"),
 * so "the listing data under reference …" is not one.
 */
const THING_NOUNS = String.raw`(?:listings?|items?|articles?|adverts?|auctions?|rides?|trips?|products?|courses?|annonces?|signalements?|plates?|placas?|kennzeichen|matr[íi]culas?|targhe|targa|art[íi]culos?|an[úu]ncios?|publicaci[óo]n(?:es)?|publica[çc](?:[ãa]o|[õo]es)|ogłoszeni\p{L}{0,3}|viajes?|carreras?|anzeigen?|artikel|fahrten|fahrt|auktion(?:en|er)?|angebote?|advertenties?|ritten|rit|artikelen|annunci[oi]?|inserzion[ei]|corse|corsa|articol[oi]|ofert[ayę]?|aukcj[aię]|annons(?:er)?|inzerát\p{L}{0,3})`;
/** A card's label over the thing's number, on a line of its own ("Publicación informada⏎MLA-1398822710"). */
const THING_CARD_BEFORE = new RegExp(String.raw`(?:^|\n)[ \t]*${THING_NOUNS}(?![\p{L}])(?:[ \t]+\p{L}{1,20}){0,3}[ \t]*:?[ \t]*(?:\n[ \t]*){1,4}$`, 'iu');
const THING_NUMBER_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])${THING_NOUNS}(?![\p{L}])(?:[ \t]+\p{L}{3,}(?:ad[oa]s?|id[oa]s?|ed|en|te)(?![\p{L}])(?:[ \t]+\(|[ \t]*$))?(?:[ \t]+(?:with|the|con|avec|mit|met|de|del|du|des|van|der|den|la|le|les|los|las|el|il|lo|di|della|o|do|da|z|med)){0,3}(?:[ \t]+(?:n[°º]\.?|n\.[ \t]?[°º]|nr\.?|no\.|#|numbers?|num[ée]ros?|n[úu]meros?|nummer|numer|číslo|ref(?:erence)?s?\.?|referencias?|r[ée]f[ée]rences?|riferiment[oi]|ids?))?[ \t]*[:#]?[ \t]*(?:#?[A-Z0-9][A-Z0-9-]{2,30}[ \t]*(?:,|[ \t](?:et|and|y|und|en|e|i|och|oraz|ou|or|o))[ \t]*)*#?$`,
  'iu',
);
/** The letters a number opens with before its first separator ("DCI" of "DCI-26-00721"). */
const LETTER_PREFIX = /^([A-Za-z]{2,10})[-/_.]/;

/** Right before a number: "request #", a help desk's numbering of the request. */
const REQUEST_HASH_BEFORE = /(?<![\p{L}])request[ \t]*#[ \t]*$/iu;
/**
 * Right before a number: a ticket's word ("Ticket #8830194", "ticket no. …", "ticket number (…"): the help desk's
 * conversation, not the preservation.
 */
const TICKET_BEFORE = /(?<![\p{L}])(?:ticket|ticketnummer|ärende-?nr\.?)[ \t-]*\(?(?:#|no\.?|nr\.?|number|id|nummer)?[ \t]*[:#(]?[ \t]*$/iu;

/** A ticket system's address right before a key ('https://x.atlassian.net/servicedesk/customer/portal/3/', '/browse/'). */
const TICKET_LINK_BEFORE = /https?:\/\/\S*(?:atlassian\.net|servicedesk|service-now\.com|\/browse)\/\S*$/i;

/** A postcode with its country's letters ("LT-03228", "CH-1228", "PL-60166"), the separator before it and its town after it (maybe on the next line). */
const POSTCODE = /^[A-Z]{1,3}-\d{3,5}$/;
const POSTCODE_BEFORE = /[,·|][ \t]*$/;
const POSTCODE_TOWN = /^(?:[ \t]+|[ \t]*\n[ \t>]*)\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2}[ \t]*(?:[,·|]|$|\n)/u;
const POSTCODE_TOWN_BEFORE = /(?<![\p{L}])\p{Lu}[\p{L}'’.-]+,[ \t]*$/u;
const POSTCODE_COUNTRY = /^[ \t]*,[ \t]*\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+)?[ \t]*\.?[ \t]*(?:$|\n)/u;

/** An order certificate's number by its shape ("FR-EPOC-PR-2026-00417"), or by the certificate's name right before it. */
const EPOC_NUMBER = /(?:^|-)EPOC(?:-?PR)?(?:-|$)/;
/** The Dutch police's registration number ("PL0900-2026418837": a unit's code, a year and a sequence): the agency's, never a provider's. */
const DUTCH_POLICE_NUMBER = /^PL\d{4}-20\d{8}$/;

/** A token standard's name ("TRC-20", "ERC-20", "BEP-20"): a kind of wallet address, never a number assigned to a request. */
const TOKEN_STANDARD = /^(?:TRC|ERC|BEP|SPL|BRC|ARC)-?\d{1,4}$/i;
const EPOC_BEFORE = /(?:European[ \t\n]+(?:Preservation|Production)[ \t\n]+Order(?:[ \t\n]+Certificate)?|\bEPOC(?:-PR)?)(?:[ \t\n]*\((?:EPOC(?:-PR)?|EPOC-PR)\))?[ \t\n]*(?:no\.?|nr\.?|number|#)?[ \t]*[:#]?[ \t]*$/i;

/**
 * A company's register or tax number in a letter's footer ("Org.nr 556987-4412", "KvK 12345678", "HRB 123456", "NIP
 * 525-26-74-798", "P.IVA 01234567890", "CVR-nr. 12345678", "Y-tunnus 1234567-8", "RCS Paris B 123 456 789", a regulator's "Firm Reference 999912"): the
 * company's, never a request's.
 */
const COMPANY_REGISTER_BEFORE =
  /(?<![\p{L}])(?:org\.?[ \t]?nr\.?|org(?:anisation|anization)s?nummer|organisasjonsnummer|org\.?[ \t]?no\.?|kvk(?:-nummer)?|hrb|hra|amtsgericht[ \t]+\p{L}+[ \t]+hrb|ust-?id(?:nr)?\.?|vat(?:[ \t]+(?:no\.?|number|reg\.?))?|btw(?:-nummer)?|nip|regon|krs|p\.?[ \t]?iva|partita[ \t]+iva|c\.?f\.?|codice[ \t]+fiscale|cvr(?:-nr\.?)?|y-tunnus|siren|siret|rcs(?:[ \t]+\p{L}+)?(?:[ \t]+[AB])?|cif|nif|ico|ičo|dič|rea|company[ \t]+(?:no\.?|number|reg(?:istration)?\.?(?:[ \t]+no\.?)?)|registered[ \t]+(?:no\.?|number)|registration[ \t]+(?:no\.?|number)|firm[ \t]+ref(?:erence)?(?:[ \t]+(?:no\.?|number))?|FRN)[ \t]*[:#]?[ \t]*$/iu;

/**
 * A number the writer says is not the one to quote ("(ikke saksnummeret LEGAL-3381 i vårt supportsystem)", "not the
 * ticket number 2284511", "nicht die Ticketnummer …", "pas le numéro de ticket …").
 */
const NOT_THIS_NUMBER_BEFORE =
  /(?<![\p{L}])(?:not|ikke|inte|nicht|pas|non|niet|nie|no)[ \t]+(?:(?:the|den|det|die|der|das|le|la|il|lo|de|het|el)[ \t]+)?(?:\p{L}+[ \t-]+){0,2}?(?:number|nummer(?:et)?|numret|num[ée]ro|numero|n[úu]mero|numer|nr\.?|no\.?|saksnummer(?:et)?|ärendenummer|ticket(?:-?nr\.?|nummer)?|id)[ \t]*[:#]?[ \t]*$/iu;

/**
 * A label the writer sets against the one to quote, with no number after it ("Bitte geben Sie ausschließlich dieses
 * Zeichen an, nicht die Vorgangsnummer.", "quote only this reference, not the ticket number.", "rather than the case
 * ID"): its word, without the number's noun ("Vorgang", "ticket"), names the numbers it labels elsewhere in the
 * message. Not a copula's "X is not the preservation number", which says what X is not.
 */
const NOT_THIS_LABEL =
  /(?:[,;(–—][ \t\n]*(?:(?:and|und|but|aber|mais|et|en|maar|men|ale)[ \t\n]+)?(?:not|nicht|pas|niet|nie|ikke|inte|non|no)|(?<![\p{L}])(?:rather[ \t]+than|instead[ \t]+of|statt|anstatt|plutôt[ \t]+que|en[ \t]+lugar[ \t]+de|invece[ \t]+del?))[ \t\n]+(?:(?:the|den|det|die|der|das|le|la|il|de|het|el|your|our)[ \t\n]+)?(\p{L}{4,}?)(?:s?(?:nummer|number|nr\.?)|[ \t\n]+(?:number|no\.?|id|nummer|nr\.?))[ \t]*(?=[.,;)]|$)/gimu;

const AMAZON_ORDER = /^\d{3}-\d{7}-\d{7}$/;

/** What names a booking's code right before it: the booking, then its code within the same sentence. */
const BOOKING_CODE_BEFORE = /(?<![\p{L}])(?:reservation|booking|stay|réservation|reserva|prenotazione|buchung|reservering|bokning)s?(?![\p{L}])[^.!?]{0,60}?(?:confirmation[ \t\n]+)?(?:code|código|codice)[ \t]*[:#]?[ \t\n]*$/iu;

/**
 * A purchase's, invoice's, shipment's or payment's number right before it ("pedido nº 2000004418827731", "order #112…",
 * "commande n° …", "Bestellnummer", "Rechnungsnummer (PRO-Abo):", "codice spedizione TuttoSubito:", "transaction
 * paiement sécurisé :").
 */
const ORDER_NUMBER_BEFORE =
  /(?<![\p{L}])(?:(?:order|pedido|commande|ordine|bestellung|bestelling|zamówienie|objednávka|beställning|ordre)(?:[ \t]+(?:no\.?|n[º°o]\.?|n\.º|nr\.?|number|número|numero|numéro|#|id))?|bestellnummer|ordernummer|ordrenummer|ordrenr\.?|numer[ \t]+zamówienia|rechnungs(?:nummer|nr\.?)|sendungs(?:nummer|nr\.?)|codice[ \t]+(?:spedizione|ordine)|numero[ \t]+(?:d['’]ordine|ordine|spedizione)|num[ée]ro[ \t]+de[ \t]+commande|transaction(?:[ \t]+[\p{L}]{2,15}){0,2})(?:[ \t]+\p{Lu}[\p{L}-]{1,20})?(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*[:#]?[ \t]*$/iu;

/** The label of a message's own id, not of a request's number ("Message reference:", "Notification ID:", "Mail-ID:"). */
const MESSAGE_ID_BEFORE = /(?<![\p{L}])(?:message|notification|e-?mail|mail|delivery|nachrichten)[ \t-]?(?:reference|ref\.?|id|identifier|nummer)[ \t]*[:#]?[ \t]*$/iu;

/** A notification's own id by its prefix, whatever labels it ("Reference: notif-8f2e61c0d94b" in a platform's footer). */
const MESSAGE_ID_TOKEN = /^(?:notif(?:ication)?|msg|message|mail|evt|event|delivery)[-_][0-9a-f]{6,40}$/i;

/**
 * "This account is already subject to an active preservation …, executed on 12.10.2026 at the request of the Swiss
 * Federal Office of Justice. We have therefore not carried out a new preservation.": the hold is another authority's, and
 * this request made none, so nothing is confirmed to the requester; so is one made "in response to an earlier request"
 * that the words do not make the requester's. One made on the requester's own earlier request ("in response to an
 * earlier request from your agency") is theirs, and read as such.
 */
const NO_NEW_HOLD = /(?<![\p{L}])(?:not|no|never)(?![\p{L}])[^.!?;]{0,50}?(?<![\p{L}])(?:new|second|separate|further|additional|fresh)[ \t\n]+(?:preservation|hold|freeze|one)(?![\p{L}])/iu;
const BY_ANOTHER = /(?<![\p{L}])(?:at[ \t\n]+the[ \t\n]+request[ \t\n]+of|on[ \t\n]+behalf[ \t\n]+of|requested[ \t\n]+by|in[ \t\n]+response[ \t\n]+to[ \t\n]+(?:a|an)[ \t\n]+(?:\p{L}+[ \t\n]+)?request[ \t\n]+(?:from|by))[ \t\n]+(?!(?:you|your|yourself|this|the[ \t\n]+same)(?![\p{L}]))(?:an?other|a[ \t\n]+different|the[ \t\n]+\p{Lu}|\p{Lu})|(?<![\p{L}])in[ \t\n]+response[ \t\n]+to[ \t\n]+an?[ \t\n]+(?:earlier|previous|prior|separate|existing|other)[ \t\n]+request(?![\p{L}])(?![ \t\n]+(?:from|by|of)[ \t\n]+(?:you|your|yourself|this)(?![\p{L}]))/u;
function heldForAnother(body: string): boolean {
  return NO_NEW_HOLD.test(body) && BY_ANOTHER.test(body);
}

export function readReferences(text: string, message: Message, providerId: string | null = null, asked: ReadonlyArray<{ start: number; end: number }> = []): MessageReferences {
  const strong = strongLabel(providerWords(providerId));
  const region = unwrapLabels(unleader(text.slice(message.start, message.end)));
  const body = unwrapLabels(unleader(text.slice(message.bodyStart, message.end)));
  const bodyFrom = message.bodyStart - message.start;
  const tags = [...region.matchAll(THREAD_TAG)].map((m) => m[0]);
  // The agency's own numbers quoted back are set aside first: beside them, the provider's "case number" counts.
  const officersLine = (at: number) => asked.some((q) => q.start <= message.start + at && message.start + at < q.end);
  const { candidates, otherRequests, subjectOpening, subjectTickets, helpDesk, cells, stackedKeyed, quoted, ownLabelled, subjectNamed, listedWith } = gatherCandidates({ text, message, region, body, strong, officersLine });
  // A column the addressee's or another party's label heads ("Your case", "Agency ref.", "Warrant no.") holds their
  // numbers, as that label before a value does: a value only ever in such cells is no candidate.
  const othersCell = (c: { header: string }) => agencys(`${c.header}: `, c.header.length + 2);
  const othersOnly = (value: string) => {
    const inCells = cells.filter((c) => c.value === value);
    return inCells.length > 0 && inCells.every(othersCell) && places(body, value).length <= inCells.length;
  };
  // A value only ever in a table's cells whose column names an account ("Username", "Handle") is that column's, though a
  // label of the header ("Case number") stands right before or above it; in a table stacked one cell a line, where each
  // header line stands over a row's first cell, so is one in any column that names no reference.
  const otherColumnOnly = (value: string) => {
    const inCells = cells.filter((c) => c.value === value);
    const others = (c: Cell) => !REFERENCE_COLUMN.test(c.header) && (ACCOUNT_HEADER.test(c.header) || text.slice(c.row.start, c.row.end).includes('\n'));
    return inCells.length > 0 && inCells.every(others) && places(body, value).length <= inCells.length;
  };
  let references: Array<ReferenceSpan & Cues> = [];
  const officers = officerBlocks(text, message.bodyStart, message.end);
  const officersAt = (at: number) => officers.some((s) => s.start <= message.start + at && message.start + at < s.end);
  const unchanged = unchangedItems(region);
  for (const reference of candidates) {
    // A value its own key names a reference, stacked right above it, is that key's, whatever table the reader saw around it.
    const keyed = stackedKeyed.includes(reference);
    if (tags.some((t) => t.includes(reference)) || isDate(reference) || (!keyed && (othersOnly(reference) || otherColumnOnly(reference)))) continue;
    const placed = places(region, reference);
    // A postcode with its country's letters, between an address's commas or dots and before its town ("Svitrigailos g.
    // 13, LT-03228 Vilnius, Lithuania", "…, CH-1228 Plan-les-Ouates"), or between its town and its country ("Vilnius,
    // LT-09308, Lithuania"): an address's part wherever the text writes it.
    const townAround = (p: number) =>
      (POSTCODE_BEFORE.test(region.slice(Math.max(0, p - 3), p)) && POSTCODE_TOWN.test(region.slice(p + reference.length, p + reference.length + 60))) ||
      (POSTCODE_TOWN_BEFORE.test(region.slice(Math.max(0, p - 40), p)) && POSTCODE_COUNTRY.test(region.slice(p + reference.length, p + reference.length + 40)));
    if (POSTCODE.test(reference) && placed.every(townAround)) continue;
    // A number the body writes only in the officer's own block ("Our ref: NMC/SOC/26/0419" under the rank and name) is the agency's.
    const bodyPlaces = placed.filter((p) => p >= bodyFrom);
    if (bodyPlaces.length && bodyPlaces.every(officersAt)) continue;
    // Nor is one a reply's subject gives as its request's title ("Re: Preservation Request - TFC-26-00871 [Ticket
    // #5519023]"), which the officer wrote, where the body names it nowhere but on a case's heading line ("Case
    // TFC-26-00871" under the officer's name) and another number stands beside it.
    if (candidates.length > 1 && requestTitle(region, reference, bodyFrom)) continue;
    // Nor is one only ever under a status list's item that says nothing changed ("2) PREVIOUSLY CONFIRMED - NO CHANGE"):
    // an earlier preservation, already recorded, that this update only lists.
    if (placed.every((p) => unchanged.some((u) => u.start <= p && p < u.end))) continue;
    // Nor is one only ever after a person's id label ("Agente ID: BN-INV-772", "Employee ID 118402", "Badge #3308"): a
    // help desk agent's or an officer's own number.
    if (placed.every((p) => PERSON_ID_BEFORE.test(region.slice(Math.max(0, p - 30), p)))) continue;
    // Nor is a code only ever on a line of its own in brackets ("[ZD-8KP2Q5-7RX1]" under a help desk's footer): the
    // mail system's key for the message, never a number anyone quotes.
    if (placed.every((p) => LONE_TAG.test(region.slice(region.lastIndexOf('\n', p - 1) + 1, (region.indexOf('\n', p) + 1 || region.length + 1) - 1)))) continue;
    // Nor is one the message says anywhere is another case's ("… is closed and is not affected by this request").
    if (placed.some((p) => UNAFFECTED_AFTER.test(region.slice(p + reference.length, p + reference.length + 120)))) continue;
    // Nor is one the body writes only in the lines it quotes from the officer's request ("> Case: CPD-26-88120").
    if (bodyPlaces.length && bodyPlaces.every((at) => asked.some((q) => q.start <= message.start + at && message.start + at < q.end))) continue;
    const first = occurrence(region, reference, officersLine);
    if (first === null) continue;
    // Prefer the body's mention as the evidence (the subject may quote it too).
    const inBody = body.indexOf(reference);
    const start = inBody !== -1 && !agencys(body, inBody) ? message.bodyStart + inBody : message.start + first;
    references.push({ reference, start, end: start + reference.length, ...cuesOf(region, reference, bodyFrom, strong) });
  }
  // A value in a column the preservation's or the provider's label heads ("Roblox Ref") is named by that label.
  const strongHeader = new RegExp(strong.source, 'i');
  for (const r of references) if (quoted.includes(r.reference) || subjectNamed.includes(r.reference) || r.reference === subjectOpening || cells.some((c) => c.value === r.reference && strongHeader.test(c.header))) r.strong = true;
  // A value listed after one the strong label names ("Our reference: 58207316 / 58207317") is named by it too.
  for (const r of references) if (!r.strong && references.some((o) => o.strong && listedWith.get(r.reference) === o.reference)) r.strong = true;
  // A column whose header names its numbers the new or the earlier ones ("New case number", "Previous case number", an
  // extension's table) says so of each of its values, where every cell the number stands in says the same.
  for (const r of references) {
    const roles = cells.filter((c) => c.value === r.reference).map((c) => columnRole(c.header));
    if (!roles.length || roles.some((role) => role !== roles[0])) continue;
    if (roles[0] === 'earlier') Object.assign(r, { earlier: true, isNew: false });
    else if (roles[0] === 'new') Object.assign(r, { isNew: true, earlier: false });
  }
  // A help desk's number of the request is a ticket's, beside the provider's own reference; so is the one a subject's
  // bracket gives after the provider's name ("[OVHcloud #CS11842207]"), which names the conversation.
  for (const r of references) if ((helpDesk.includes(r.reference) || subjectTickets.includes(r.reference)) && !r.strong) r.ticket = true;
  // Asked to be quoted too, it stays the help desk's beside a number the provider names as its own ("Our preservation
  // reference is KLE-26-3391; please quote it together with request #861204").
  const requestNumbered = (r: ReferenceSpan) => helpDesk.includes(r.reference) || places(region, r.reference).every((at) => REQUEST_HASH_BEFORE.test(region.slice(Math.max(0, at - 20), at)));
  for (const r of references) if (requestNumbered(r) && references.some((o) => o !== r && ownLabelled.includes(o.reference))) r.ticket = true;
  // Then the number it names as its own is the one kept beside it.
  for (const r of references) if (ownLabelled.includes(r.reference) && references.some((o) => o !== r && o.ticket && requestNumbered(o))) r.strong = true;
  // So is one only ever after a ticket's word ("Ticket #8830194" in the footer), beside another.
  for (const r of references) if (!r.strong && places(region, r.reference).every((at) => TICKET_BEFORE.test(region.slice(Math.max(0, at - 20), at)))) r.ticket = true;
  // So is a key a ticket system's link carries ("[LEGAL-4417]" in the subject, ".../servicedesk/customer/portal/3/LEGAL-4417"
  // in the footer): a Jira or ServiceNow issue's key, not the provider's reference.
  for (const r of references) if (!r.strong && places(region, r.reference).some((at) => TICKET_LINK_BEFORE.test(region.slice(Math.max(0, at - 120), at)))) r.ticket = true;
  // A value in a column a ticket's label heads ("Ticket ID", "Submission no.") is a ticket's, as after that label.
  for (const r of references) if (!r.strong && cells.some((c) => c.value === r.reference && ticketHeader(c.header))) r.ticket = true;
  // A shorter token inside a longer found one ("KIK-PR-11240" in "KIK-PR-11240-3") is the same reference cut short,
  // unless the longer one adds a hyphenated part and the body writes the shorter whole too ("Reference: 61930482" beside
  // "sub-reference 61930482-YT1"): then both are.
  const wholeInBody = (r: ReferenceSpan) => places(region, r.reference).some((at) => at >= bodyFrom && !/^[-\w]/.test(region.slice(at + r.reference.length, at + r.reference.length + 1)) && !/[-\w]$/.test(region.slice(Math.max(0, at - 1), at)));
  const extendedBy = (r: ReferenceSpan, o: ReferenceSpan) => o.reference.startsWith(`${r.reference}-`) && wholeInBody(r);
  references = references.filter((r) => !references.some((o) => o !== r && o.reference.startsWith(r.reference) && o.reference.length > r.reference.length && !extendedBy(r, o)));
  // So is a group of a spaced number ("2026" of "LE 2026 00417").
  references = references.filter((r) => !references.some((o) => o !== r && o.reference.includes(' ') && o.reference.split(' ').includes(r.reference)));
  // So is one written without the provider's prefix ("#2611-5528" in a subject for the body's "Y-2611-5528").
  references = references.filter((r) => !references.some((o) => o !== r && o.reference.endsWith(`-${r.reference}`)));
  references = references.filter((r) => !r.example);
  // A number written only inside a web address (a tracking or unsubscribe link's query: "Unsubscribe from case updates:
  // https://zoom.example.com/u?c=ZPR-LNK-55120", "…?utm_id=5519203") is the link's, beside one the words write.
  const onlyInLink = (r: ReferenceSpan) => places(region, r.reference).every((at) => IN_LINK.test(region.slice(Math.max(0, at - 200), at)));
  if (references.some((r) => !onlyInLink(r))) references = references.filter((r) => !onlyInLink(r));
  // A European Preservation or Production Order's certificate number ("EPOC-PR FR-EPOC-PR-2026-00417") is the issuing
  // authority's, never the provider's, however the provider quotes it.
  // Not one the writer's first-person label names ("Our reference: BS-EPOC-2026-000412"): the provider's own number for
  // the order.
  const ownReference = (r: ReferenceSpan) => places(region, r.reference).some((at) => OFFICERS_OWN_LABEL.test(region.slice(Math.max(0, at - 60), at)));
  const certificate = (r: ReferenceSpan) => (EPOC_NUMBER.test(r.reference) || places(region, r.reference).every((at) => EPOC_BEFORE.test(region.slice(Math.max(0, at - 100), at)))) && !ownReference(r);
  references = references.filter((r) => !certificate(r) && !TOKEN_STANDARD.test(r.reference) && !DUTCH_POLICE_NUMBER.test(r.reference));
  // A booking's code ("the reservation (confirmation code HMZ4TK8QJ2)", "Booking confirmation code: …") is the
  // booking's, beside a number the message gives its request.
  // A message's own id ("Message reference: 0f8a61c2-…", "Notification ID: …") names the e-mail, beside a number the
  // message gives its request.
  const companyNumber = (r: ReferenceSpan) => places(region, r.reference).every((at) => COMPANY_REGISTER_BEFORE.test(region.slice(Math.max(0, at - 40), at)));
  references = references.filter((r) => !companyNumber(r));
  // A number the writer says is not the one to quote, beside one it gives.
  const notThis = (r: ReferenceSpan) => places(region, r.reference).some((at) => NOT_THIS_NUMBER_BEFORE.test(region.slice(Math.max(0, at - 50), at)));
  if (references.some((r) => !notThis(r))) references = references.filter((r) => !notThis(r));
  // The label stands right before the number on its line ("Ticket #70231", "Vorgangsnummer: …"), not anywhere near it
  // ("… referenced in your ticket:⏎⏎RBX-LE-55301 | …").
  const notLabels = [...body.matchAll(NOT_THIS_LABEL)].map((m) => new RegExp(`(?<![\\p{L}])${m[1]!}\\p{L}*(?:[ \\t]+\\p{L}{1,8}\\.?)?[ \\t]*[:#]?[ \\t]*#?$`, 'iu'));
  const lineBefore = (at: number) => region.slice(Math.max(0, at - 30, region.lastIndexOf('\n', at - 1) + 1), at);
  const notThisLabel = (r: ReferenceSpan) => places(region, r.reference).every((at) => notLabels.some((label) => label.test(lineBefore(at))));
  if (notLabels.length && references.some((r) => !notThisLabel(r))) references = references.filter((r) => !notThisLabel(r));
  const messageId = (r: ReferenceSpan) => MESSAGE_ID_TOKEN.test(r.reference) || places(region, r.reference).every((at) => MESSAGE_ID_BEFORE.test(region.slice(Math.max(0, at - 40), at)));
  if (references.some((r) => !messageId(r))) references = references.filter((r) => !messageId(r));
  const bookingCode = (r: ReferenceSpan) => places(region, r.reference).every((at) => BOOKING_CODE_BEFORE.test(region.slice(Math.max(0, at - 100), at)));
  if (references.some((r) => !bookingCode(r))) references = references.filter((r) => !bookingCode(r));
  // So is a purchase's number ("A compra mencionada no ofício (pedido nº 2000004418827731)"), beside the request's.
  const orderNumber = (r: ReferenceSpan) => places(region, r.reference).every((at) => ORDER_NUMBER_BEFORE.test(region.slice(Math.max(0, at - 40), at)));
  if (references.some((r) => !orderNumber(r))) references = references.filter((r) => !orderNumber(r));
  // An account's id by its label ("Customer ID : OLC-88214407", "Driver ID: DAX-SG-4470913"), or a transaction's
  // ("the transactions you flagged (e.g. reference no. 9012345678901)"), beside a number the message gives its request.
  const accountOrPayment = (r: ReferenceSpan) =>
    places(region, r.reference).every((at) => ACCOUNT_ID_BEFORE.test(region.slice(Math.max(0, at - 40), at)) || PAYMENT_REFERENCE_BEFORE.test(region.slice(Math.max(0, at - 80), at)));
  if (references.some((r) => !accountOrPayment(r))) references = references.filter((r) => !accountOrPayment(r));
  // An Amazon order's number ("pedido n.º 405-7718290-3316458", three, seven and seven digits) is an order's, whatever its label.
  if (references.some((r) => !AMAZON_ORDER.test(r.reference))) references = references.filter((r) => !AMAZON_ORDER.test(r.reference));
  const thingsNumber = (r: ReferenceSpan) =>
    places(region, r.reference).every((at) => THING_NUMBER_BEFORE.test(region.slice(Math.max(0, at - 120), at)) || THING_CARD_BEFORE.test(region.slice(Math.max(0, at - 120), at)));
  if (references.some((r) => !thingsNumber(r))) references = references.filter((r) => !thingsNumber(r));
  // A number named as the one an account is already preserved under ("already subject to an active preservation under
  // case #LR-…; please refer to that case") is another request's, beside this message's own.
  const alreadyUnder = (r: ReferenceSpan) => places(region, r.reference).every((at) => ALREADY_UNDER.test(region.slice(Math.max(0, at - 120), at)));
  if (references.some((r) => !alreadyUnder(r))) references = references.filter((r) => !alreadyUnder(r));
  // So is one named as a hold the provider already keeps for another proceeding ("already subject to a preservation
  // from another proceeding (case …)", "besteht bereits eine Sicherung aus einem anderen Verfahren (Vorgang …)"), beside
  // one this message makes; an extension's earlier number is left to the extension's words.
  const otherHold = (r: ReferenceSpan) => places(region, r.reference).every((at) => namedAsOtherHold(region, at));
  if (!extensionAsserted(body) && references.some((r) => !otherHold(r))) references = references.filter((r) => !otherHold(r));
  // So is one named as another request's still being worked on ("… is being processed under Google Ref. No. 60411302;
  // you will receive a separate notification for it"), beside one the message confirms.
  const pendingUnder = (r: ReferenceSpan) =>
    places(region, r.reference).every((at) => PENDING_UNDER.test(region.slice(Math.max(0, at - 120), at)) || SEPARATE_NOTICE_AFTER.test(region.slice(at + r.reference.length, at + r.reference.length + 80)));
  if (references.some((r) => !pendingUnder(r))) references = references.filter((r) => !pendingUnder(r));
  // So is one named in brackets or after a comma beside another request of the addressee's, in a sentence that says
  // that request is pending, closed, declined or not linked ("Your emergency request for the same username (Snap
  // Reference #8830145019) was closed on November 10", "Your separate request for u/x (Case 00461940) is still pending"):
  // that request's number, beside one the message confirms.
  const otherRequestOf = (r: ReferenceSpan) =>
    places(region, r.reference).every((at) => {
      if (!OTHER_REQUEST_HEAD.test(region.slice(Math.max(0, at - 160), at))) return false;
      const after = region.slice(at + r.reference.length, at + r.reference.length + 160);
      // Or in the next sentence, that request named again ("… processed under Case #5988201. That case is closed and is
      // not linked to this one.").
      const again = THAT_REQUEST_AGAIN.exec(after);
      return OTHER_REQUEST_STATE.test(after) || (!!again && OTHER_REQUEST_STATE.test(after.slice(again[0].length)));
    });
  if (references.some((r) => !otherRequestOf(r))) references = references.filter((r) => !otherRequestOf(r));
  // A summary of several requests, each with its status ("Case #… - Preservation - Completed", "Case #… - Records -
  // Awaiting legal process"): a number whose every line or paragraph says its request is not done yet is that request's,
  // beside one whose status says done.
  // A place whose line and paragraph give no status (a forwarded header's subject line) says nothing either way.
  const notDone = (r: ReferenceSpan) => {
    const states = places(region, r.reference).filter((at) => at >= bodyFrom).map((at) => itemState(region, at)).filter((s) => s !== null);
    return states.length > 0 && states.every((s) => s === 'pending');
  };
  const done = (r: ReferenceSpan) => places(region, r.reference).some((at) => at >= bodyFrom && itemState(region, at) === 'done');
  const pending: ReferenceSpan[] = [];
  if (references.some(done)) {
    // Each where its part says it waits (its row, its item), not where the officer's quoted request first names it.
    for (const r of references.filter(notDone)) {
      const at = places(region, r.reference).find((p) => p >= bodyFrom && itemState(region, p) === 'pending') ?? r.start - message.start;
      pending.push({ reference: r.reference, start: message.start + at, end: message.start + at + r.reference.length });
    }
    references = references.filter((r) => !notDone(r));
  }
  // A number opening with a word of the recipients' own domain ("Case DCI-26-00721" in a notice to
  // tlindqvist@dci.example.gov) is the agency's case number, beside one that is not; never a word naming a provider.
  const ownWords = new Set([...recipientWords(region)].filter((w) => !namesAnyProvider(w)));
  const agencyPrefixed = (r: ReferenceSpan) => ownWords.has((LETTER_PREFIX.exec(r.reference)?.[1] ?? '').toLowerCase());
  if (ownWords.size && references.some((r) => !agencyPrefixed(r))) references = references.filter((r) => !agencyPrefixed(r));
  // So is one the recipients' own initials label ("(AFP ref. ACT-CYB-26-5140)" in a notice to d.x@afp.example.gov.au).
  const ownInitialsLabel = (r: ReferenceSpan) =>
    places(region, r.reference).every((at) => {
      const m = INITIALS_REF.exec(region.slice(Math.max(0, at - 30), at));
      return !!m && ownWords.has(m[1]!.toLowerCase());
    });
  if (ownWords.size && references.some((r) => !ownInitialsLabel(r))) references = references.filter((r) => !ownInitialsLabel(r));
  // Beside a reference the preservation's or the provider's label names, a request or ticket number is not one.
  // Nor is any other number (a booking code, the agency's case in the subject), unless the words make it one of an
  // extension's pair (the earlier or the new reference).
  const extensionMatch = extensionAsserted(body);
  // Outside an extension, a number renamed to another ("X (previously Y)") is no reference beside the one it became.
  if (!extensionMatch && references.some((r) => !r.renamed)) references = references.filter((r) => !r.renamed);
  if (!extensionMatch && references.some((r) => !otherRequests.has(r.reference))) references = references.filter((r) => !otherRequests.has(r.reference));
  const paired = (r: Cues) => !!extensionMatch && (r.earlier || r.isNew);
  if (references.some((r) => r.strong)) references = references.filter((r) => r.strong || paired(r));
  // Beside the body's references, one only in the subject line is the agency's echoed back or a ticket tag, unless the
  // body points at the subject for its number ("tracked under the new case number shown in the subject line").
  if (references.some((r) => r.inBody && !r.ticket)) references = references.filter((r) => r.inBody || subjectNamed.includes(r.reference));
  // A ticket or portal request number gives way to the preservation's own reference.
  // Not in an extension whose words name the ticket's number the new reference ("Ticket #0931-… ⏎ … now tracked under
  // the new reference 0931-…"): the helpdesk numbers the thread by the reference it issued.
  if (references.some((r) => !r.ticket)) references = references.filter((r) => !r.ticket || (!!extensionMatch && r.namedNew));
  // So does a number only ever labelled as a request ("request #KX-771204", ".../requests/KX-…"): the portal's or the
  // agency's request, beside a number the words give another role that is not the earlier one (an extension's new
  // number may be its request's: "Extension request PIN-LE-58807", "Related request: PIN-LE-55012").
  if (references.some((r) => !r.requestOnly && !r.earlier)) references = references.filter((r) => !r.requestOnly || r.strong || paired(r));
  // A portal's notice may name its request only in the address of the request's page ("View the request:
  // https://app.portal.example/discord/requests/88120457"): with no other reference, that page's number is the one.
  // A number the body writes shorter or spaced ("le rogamos indique el número de caso WP-004183", "la pratica SBT 55120")
  // that the provider's subject tag writes whole ("[Caso 2026-WP-004183]", "[Subito #SBT-55120-LE]"): the tag's form.
  const subjects = [...region.slice(0, 100_000).matchAll(SUBJECT_LINE)];
  const tagNumbers = subjects.flatMap((line) => subjectTagNumbers(line[1]!, ADDRESSEES_WORD, true).map((t) => t.token));
  const spans: ReferenceSpan[] = references.map(({ reference, start, end }) => ({ reference: wholeInTag(reference, tagNumbers), start, end }));
  // References listed together first ("Google Reference Numbers: 73391048, 73391062"), each then heading its own part:
  // the part's place is each one's, where its accounts and date stand.
  for (const span of spans) {
    const lineAt = (at: number) => text.slice(text.lastIndexOf('\n', at - 1) + 1, (text.indexOf('\n', at) + 1 || text.length + 1) - 1);
    const shared = (at: number) => spans.some((o) => o !== span && lineAt(at).includes(o.reference));
    if (!shared(span.start)) continue;
    const own = places(body, span.reference).map((at) => message.bodyStart + at).find((at) => at > span.start && !shared(at));
    if (own !== undefined) Object.assign(span, { start: own, end: own + span.reference.length });
  }
  if (!spans.length) {
    const pages = [...body.slice(0, 100_000).matchAll(REQUEST_PAGE)].map((m) => ({ token: m[1]!, at: m.index! + m[0].length - m[1]!.length }));
    // So may the page's address a link wrapper carries encoded in its query (Outlook's safe links, a tracker's redirect:
    // "https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.facebook.com%2Frecords%2Frequest%2F7720015583492210&h=…"), where
    // the number stands as written.
    for (const w of body.slice(0, 100_000).matchAll(WRAPPED_LINK)) {
      let target: string;
      try {
        target = decodeURIComponent(w[1]!);
      } catch {
        continue;
      }
      for (const m of target.matchAll(REQUEST_PAGE)) {
        const at = w[0].indexOf(m[1]!, w[0].length - w[1]!.length);
        if (at !== -1 && /^[A-Za-z0-9-]+$/.test(m[1]!)) pages.push({ token: m[1]!, at: w.index! + at });
      }
    }
    for (const { token, at } of pages) {
      if (!/\d/.test(token) || isDate(token) || spans.some((r) => r.reference === token)) continue;
      const start = message.bodyStart + at;
      spans.push({ reference: token, start, end: start + token.length });
    }
    if (spans.length > 1) spans.length = 0;
  }
  // Nor may a subject line read otherwise, where nothing else names one.
  if (!spans.length) {
    const own = subjectNumbers(subjects, ADDRESSEES_WORD).filter((f) => !agencys(region, f.at) && (f.token.match(/\d/g) ?? []).length >= 5);
    const distinct = [...new Map(own.map((f) => [f.token, f])).values()];
    // Several in one subject ("Preservation outcome: 2026-LNS-104417 and 2026-LNS-104418"): each answered in the body.
    const oneTag = distinct.length > 1 && distinct.length <= 4 && distinct.every((f) => f.tag !== undefined && f.tag === distinct[0]!.tag);
    const several = !oneTag && distinct.length > 1 && distinct.length <= 4 && distinct.every((f) => region.indexOf(f.token, bodyFrom) !== -1);
    if (distinct.length === 1 || several || oneTag) {
      for (const f of distinct) {
        // Each of several at its answer in the body, where what it owns is read.
        const start = message.start + (several ? region.indexOf(f.token, bodyFrom) : f.at);
        spans.push({ reference: f.token, start, end: start + f.token.length });
      }
    }
  }
  // An extension refused, or the request not taken as one, where the message extends nothing now (the only extension
  // it names was done before: "has already been extended once … we are unable to grant a further extension"), and a
  // reminder of the preservation's end: the message restates what the provider holds, it confirms nothing.
  const refused = extensionRefused(body) && (!extensionMatch || priorExtension(body, extensionMatch.start));
  const reminder = !extensionMatch && expiryReminder(body, message.subject?.value ?? null);
  const absent = isAutoReply(message.subject?.value ?? null, body);
  // A help desk's survey about the closed ticket, which asserts no preservation itself.
  const survey = isSatisfactionSurvey(message.subject?.value ?? null, body) && !preservationAsserted(body);
  let extension: MessageReferences['extension'] = null;
  if (extensionMatch && !refused) {
    // The earlier preservation's reference: the one the words call original, prior or linked, beside a new one.
    const earlier = references.length > 1 ? references.filter((r) => r.earlier && !r.isNew) : [];
    // Of two references, where the words call exactly one the new one, the other is the earlier one.
    const fresh = references.filter((r) => r.isNew);
    const other = references.length === 2 && fresh.length === 1 ? references.find((r) => !r.isNew) : undefined;
    // Several extensions whose numbers all stay ("The case numbers remain unchanged"): each is its own, none the earlier.
    const eachKept = references.length > 1 && KEPT_REFERENCES.test(body) && !references.some((r) => r.isNew);
    const ofReference = eachKept ? null : earlier.length === 1 ? earlier[0]!.reference : (other?.reference ?? null);
    // Kept only where each other number is named as a request's, a ticket's or a portal conversation's ("Request
    // KX-…", ".../requests/KX-…"): a new preservation confirmed beside the extension stays its own.
    const requestNumber = (r: ReferenceSpan) => places(region, r.reference).some((p) => REQUEST_CUE.test(region.slice(Math.max(0, p - 40), p)));
    const kept = !!ofReference && KEPT_REFERENCE.test(body) && references.every((r) => r.reference === ofReference || requestNumber(r));
    extension = { ofReference, kept, start: message.bodyStart + extensionMatch.start, end: message.bodyStart + extensionMatch.end };
  }
  return {
    references: spans,
    // A message whose own words nowhere assert a preservation as done, and put it off or only acknowledge the request, confirms nothing.
    acknowledgementOnly: refused || reminder || absent || survey || (!extensionMatch && (nothingPreserved(body) || heldForAnother(body) || disclaimsConfirmation(body) || (!preservationAsserted(body) && preservationPutOff(body)))),
    extension,
    pending,
  };
}

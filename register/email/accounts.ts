import { ASKED_INTRO, listedAccounts, NOT_A_NAME_WORD } from './account-lists';
import { preservationAsserted } from './preservation-asserted';
import { nearbyAccounts } from './account-proximity';
import { namesAnAccount, speaksOfPreservation } from './account-evidence';
import { clauseAt, deniesAccount, deniesBack, deniesByAnswer, deniesInNextClause, deniesTheAccountBack, endedAfter, furtherRequestNeeded, hasOwnVerb, noNewPreservation, noPreservationAct, notAPreservation, pendingElsewhere, preservedAfter, redirectedAfter } from './denials';
import { findTables, tableHeaders, type Cell } from './tables';
import { indentOf, ITEM_HEAD, MAX_ITEM_LINES } from './list-items';
import { OTHER_OBJECT as NOT_ACCOUNT_KEY, OTHER_OBJECT_BEFORE as NOT_ACCOUNT_BEFORE, ofOtherParty } from './other-objects';
import { LEADING_REASON, LEADING_SUBORDINATE } from './negators';
import { RANK_ABBREVIATIONS } from './ranks';
import { ACCOUNT_ID_LABEL_I18N } from './id-labels';
import { providers } from '../../providers/registry';

/**
 * The accounts a provider's message names: e-mail addresses, profile URLs, @handles and u/ names anywhere in it,
 * and user ids, usernames, gamertags and phone numbers where a label introduces them ("User ID:", "username",
 * "Phone number:"). Other numbers (meeting, video, guild, order ids) have no such label and are not taken.
 */
export interface FoundAccount {
  value: string;
  start: number;
  end: number;
}

/** Addresses with letters of any script in them (RFC 6531: "brume.vespérale@outlook.fr"). */
const EMAIL = /(?<![\p{L}\p{N}_.%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,6}\.[A-Za-z]{2,24}(?![\p{L}\p{N}_@-])/gu;
/**
 * A profile address as written, its query string too ("?igsh=…", "?locale=nl"): the investigator's copy of it. A
 * site's own pages (facebook.com/records, /help, /legal …) are no profile.
 */
const PROFILE_URL =
  /(?<![\w.@/-])(?:https?:\/\/)?(?:www\.|m\.)?(?:facebook\.com|instagram\.com|linkedin\.com\/in|twitch\.tv|youtube\.com|pinterest\.com|tiktok\.com|twitter\.com|x\.com|github\.com|reddit\.com\/u(?:ser)?|snapchat\.com\/add|threads\.net|t\.me|vk\.com|kick\.com|steamcommunity\.com\/(?:profiles|id))\/(?!(?:records|help|legal|polic(?:y|ies)|privacy|terms|safety|business|login|settings|support|about|security|transparency|law-?enforcement|lers)(?![\w-]|\.\w))[A-Za-z0-9_.@%~-]{2,80}(?:\/[A-Za-z0-9_.@%~-]{1,80}){0,2}(?:\?id=\d{5,25}|\/(?![\w]))?(?:\?[\w.%~-]{1,40}=[\w.%~-]{0,80}(?:&[\w.%~-]{1,40}=[\w.%~-]{0,80}){0,4})?/gi;
/**
 * A blog's address on a blogging service, as a path or as the blog's own subdomain ("https://www.tumblr.com/saltglass-archive",
 * "https://driftwood-saints.tumblr.com"): its name alone, no post after it, never the service's own subdomains.
 */
const BLOG_URL = /(?<![\w.@/-])(?:(?:https?:\/\/)?(?:www\.)?tumblr\.com\/[A-Za-z0-9][A-Za-z0-9-]{0,31}|(?:https?:\/\/)?(?!(?:www|help|support|legal|api|assets|static|media|staff|engineering|changes)\.)[a-z0-9][a-z0-9-]{0,31}\.tumblr\.com)\/?(?![\w/.-])/gi;
/** A profile's permanent address by its numeric id ("x.com/i/user/1790…", "twitter.com/intent/user?user_id=…"). */
const ID_PROFILE_URL = /(?<![\w.@/-])(?:https?:\/\/)?(?:www\.|mobile\.)?(?:x|twitter)\.com\/(?:i\/user\/\d{5,25}|intent\/user\?user_id=\d{5,25})/gi;
/**
 * A member's page on any service, by the path word services give it ("https://www.vinted.fr/member/148822091",
 * "…/profile/…", "…/users/…", a creator's "…/c/…", a seller's "…/closet/…" or "…/shop/…"): the scheme written, one name or number after the word and nothing after it.
 */
const MEMBER_PATH_URL = /(?<![\w.@/-])https?:\/\/(?:[a-z0-9-]+\.)+[a-z]{2,}\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(?:member|members|user|users|profile|profiles|u|people|seller|sellers|closet|c|creator|creators|shop|store)\/(?!(?:login|settings|help|support|signup|register|edit|me)(?![\w-]))[A-Za-z0-9_.-]{3,40}\/?(?![\w/?#.-])/gi;
/**
 * A member's page by a numeric id in its query ("https://www.finn.no/profile/ads?userId=493817265", "…/user/view?uid=…"):
 * a member word in the path, the id the last parameter.
 */
const MEMBER_QUERY_URL =
  /(?<![\w.@/-])https?:\/\/(?:[a-z0-9-]+\.)+[a-z]{2,}\/(?:[\w.-]{1,30}\/){0,3}(?:member|members|user|users|profile|profiles|people|seller|sellers)(?:\/[\w.-]{1,30}){0,2}\/?\?(?:[\w.-]{1,20}=[\w.-]{0,40}&){0,3}(?:user_?id|uid|member_?id|seller_?id|profile_?id|id)=\d{4,25}(?![\w&=.%/-])/gi;
/**
 * A page on any service by its name alone ("https://www.patreon.com/lowtideloops", "https://vimeo.com/quietfernstudio"),
 * the scheme written: the name has a letter (a number alone is a video's or a post's), no site page's word, nothing after
 * it, on the site itself (not a portal's, a help centre's or another service subdomain's page, nor a clip's or a media host's). A candidate only: its
 * line or the heading above must name an account, as for any value.
 */
const NAMED_PAGE_URL = /(?<![\w.@/-])https?:\/\/(?:www\.)?(?!(?:portal|help|support|legal|le|lers|law|status|docs|app|my|accounts?|login|auth|mail|api|developers?|business|transparency|policy|privacy|safety|community|forum|blog|clips|cdn|media|static|img|images|i|vod|videos?)\.)(?:[a-z0-9-]+\.)+[a-z]{2,}\/(?!(?:records|help|legal|polic(?:y|ies)|privacy|terms|safety|business|login|signup|settings|support|about|security|transparency|law-?enforcement|lers|contact|home|search|explore|watch|blog|news|careers|jobs|press|faq|docs|download|app|apps|en|de|fr|es|it|nl)(?![\w-]))(?=[A-Za-z0-9_.-]{0,40}[A-Za-z])[A-Za-z0-9][A-Za-z0-9_.-]{2,40}\/?(?![\w/?#.=&%-])/gi;
/** A Cash App name, its dollar sign written ("$rivermouthdeals"): a letter after the sign, so never an amount ("$1,200"). */
const CASHTAG = /(?<![\w$])\$[A-Za-z][A-Za-z0-9_-]{2,19}(?![\w$-]|[ \t]*:)/g;
/** A Microsoft account's name on Skype and Teams ("live:.cid.7a3f0e2b91c4d5e6", "live:harbour.k_7"). */
const LIVE_ID = /(?<![\w:./-])live:(?:\.cid\.[0-9a-f]{8,20}|[a-z][\w.-]{3,40}[a-z0-9])(?![\w:/-])/gi;
const POST_URL = /\/(?:status|statuses|posts?|p|reels?|video|videos|photo|photos|comments|watch|shorts)(?:\/|\?|$)/i;
/**
 * A code host's address of a repository under its owner ("https://github.com/copperfoxdev/scraper", gitlab.com,
 * bitbucket.org): the owner's content, not the owner's profile ("https://github.com/copperfoxdev").
 */
const REPOSITORY_URL = /(?:github\.com|gitlab\.com|bitbucket\.org)\/[A-Za-z0-9_.-]{1,80}\/[A-Za-z0-9_.-]{1,100}/i;
/** Not the domain of a masked address ("w*****@gmail.com"). */
const HANDLE = /(?<![\w.@/*])@[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,38}[A-Za-z0-9_])?/g;
/** Up to 30 characters: a longer name than Reddit's usual limit is still taken whole, never cut short. */
const REDDIT_NAME = /(?<![\w/])\/?(u\/[A-Za-z0-9_-]{3,30})(?![\w-])/g;
/**
 * Profile pages on any site: /users/…, /user/…, /@name, /in/…, /channel/…, profile.php?id=; the host may have subdomains
 * and the path a language's or an app's segment first ("https://es.wallapop.example.com/app/user/javiermotos-4288…",
 * "…/en/user/…").
 */
const PROFILE_PATH =
  /(?<![\w.@/-])(?:https?:\/\/)?(?:www\.|m\.)?(?:[a-z0-9-]{1,30}\.){0,4}[a-z0-9-]{2,30}\.[a-z]{2,6}\/(?:(?:[a-z]{2}(?:-[a-z]{2})?|app|web|m)\/)?(?:users?\/(?:show\/)?[\w.-]{2,60}(?:\/profile)?|@[\w.-]{2,60}|in\/[\w-]{2,60}|channel\/[\w-]{2,60}|profile\.php\?id=\d{5,25})\/?(?:[?&][\w.%~-]{1,40}=[\w.%~-]{0,80}){0,5}/gi;

/** Labels and what follows them; each value pattern is bounded. */
/**
 * Provider and product names (provider data): "Instagram ID", "Coinbase user ID" name an account. A name is read less
 * the registry's qualifier in brackets ("Skype (legacy)" is written "Skype ID" in a provider's mail).
 */
const PRODUCT_NAMES = [...new Set(providers.flatMap((p) => [p.name, ...(p.products ?? [])]).map((n) => n.replace(/[ \t]*\([^()]*\)$/, '').replace(/\.[a-z]{2,3}$/, '')).filter((n) => /^[A-Za-z][A-Za-z]{2,20}$/.test(n)))]
  .map((n) => n.toLowerCase())
  .join('|');
/** The same names as keys of a line, written as the provider writes them ("Outlook.com", "Skype (legacy)" as "Skype"). */
const PRODUCT_KEYS = [...new Set(providers.flatMap((p) => [p.name, ...(p.products ?? [])]).map((n) => n.replace(/[ \t]*\(.*\)$/, '')))]
  .filter((n) => /^[A-Za-z][A-Za-z0-9. ]{1,24}$/.test(n))
  .map((n) => n.replace(/[.]/g, '\\.'))
  .join('|');
/** The noun after a product's name that keys its account's name ("Skype name:", "Discord tag:", "Twitch login:"). */
const PRODUCT_NOUN = '(?:[ \\t]+(?:name|tag|login|handle))?';
/**
 * A list item's marker, bulleted or numbered ("- ", "• ", "2. ", "b) "), before a keyed line: the item is the line.
 */
const ITEM_MARKER = '(?:(?:[-*•–]|\\d{1,2}[.)]|[a-z][.)])[ \\t]{1,4})?';
/**
 * "Skype: live:.cid.7a3f…", "Outlook.com: x@…", "GitHub login: quill-siphon": a line keyed by a product's name, maybe
 * with the noun of its account's name, gives its value, in an account's shape (a digit, `_`, `.`, `:` or `@` in it).
 */
const PRODUCT_LINE = new RegExp(`^[ \\t]*${ITEM_MARKER}(?:${PRODUCT_KEYS})${PRODUCT_NOUN}[ \\t]*:[ \\t]*([A-Za-z0-9_@][A-Za-z0-9_.#:@-]{2,59})(?=[ \\t]*(?:$|\\(|[ \\t]{2,}|[-–—][ \\t]))`, 'gim');
/**
 * The same key alone on its line over its value alone on the next, as a notice's form stacks a label cell over its
 * value ("Accounts⏎Instagram⏎lilac.overpass_⏎Instagram⏎17841408822371954"): a name in an account's shape, or an id of
 * eight digits or more.
 */
const PRODUCT_STACKED = new RegExp(`^[ \\t]*(?:${PRODUCT_KEYS})${PRODUCT_NOUN}[ \\t]*\\n[ \\t]*([A-Za-z0-9_@][A-Za-z0-9_.#:@-]{2,59})[ \\t]*$`, 'gim');
/**
 * A user's id named in Japanese, Korean or Chinese, which write no space before the noun ("ユーザーID", "会員ID", "内部識別子",
 * "사용자 ID", "회원번호", "用户ID"): no word boundary stands before them.
 */
const CJK_ID_LABELS = '(?:ユーザー|会員|利用者|アカウント)[ \\t]?(?:ID|番号)|内部識別子|(?:사용자|회원|계정)[ \\t]?(?:ID|번호)|用[户戶][ \\t]?(?:ID|编号|編號)|(?:帐|帳|账)[号號][ \\t]?ID';
const ID_LABEL = new RegExp(
  `(?:\\b(?:(?:user|account|member|profile|player|channel|customer|client|klant|kunden|passenger|driver|rider|steam|${PRODUCT_NAMES})(?:[ \\t]\\([A-Za-z ]{2,20}\\))?[ \\t\\n_-]?(?:id|number|no\\.)(?:64)?|(?:user|account|driver|rider|customer|member)[ \\t]uuid|(?:unique|numeric(?:al)?|permanent|immutable|persistent)[ \\t](?:user[ \\t])?id|(?:id|uid|identifiant|identificador|identificativo)[ \\t](?:(?:de|del|di|du|da|do)[ \\t])?(?:${PRODUCT_NAMES})|(?:identifiant|identificador|identificativo|id)[ \\t](?:de|du|del|do|da|dell['’])[ \\t]?(?:l['’])?(?:compte|cuenta|conta|account)|(?:identifiant|identificador|id|num[ée]ro|n[°º]|n[úu]mero)[ \\t](?:(?:de|du|del|do|da)[ \\t])?(?:passager|pasajero|passageiro|chauffeur|conductor|motorista|client|cliente|membre|miembro|membro)|userid|uid|uuid|xuid|puid|dsid|iban|identifiant|kennung|benutzer-?id|${ACCOUNT_ID_LABEL_I18N}|gebruikers-?id|anv[äa]ndar-?id|bruger-?id|bruker-?id|id[ \\t]utente|id[ \\t]dell['’]utente|id[ \\t]de(?:l)?[ \\t]usuario|id[ \\t]d[oe][ \\t]usu[áa]rio|id[ \\t](?:do[ \\t])?utilizador|id[ \\t](?:de[ \\t]l['’])?utilisateur|identifiant[ \\t]utilisateur|id[ \\t]u[žz]ivatele|id[ \\t]utilizator(?:ului)?|id[ \\t]u[żz]ytkownika|naudotojo[ \\t]id|id[ \\t]de[ \\t]cha[îi]ne|id[ \\t]del[ \\t]canal|id[ \\t]do[ \\t]canal|id[ \\t]del[ \\t]canale|kanal-?id|(?<=(?:^|\\n)[ \\t]{0,12}(?:(?:[-*•·–]|\\d{1,2}[.)])[ \\t]{1,4})?)id(?=[ \\t]{0,4}:))|${CJK_ID_LABELS}|(?<![A-Za-zÀ-ž])(?:[üu]ye|kullan[ıi]c[ıi]|m[üu][şs]teri)[ \\t](?:no|numaras[ıi]|id))(?![\\w-])`,
  'gi',
);
/**
 * The value after an id's label: a uuid, hex, digits (maybe in groups parted by hyphens, seven digits at least and no
 * date: "member ID 77-4410938", "customer no. 441-0093-27"; or printed in three to five groups of four capitals and
 * digits parted by single blanks, a digit in each: "account number: 2197 4458 0032 8816", "Public Account ID: AA47 N84G
 * 3KZT 9QWM"; digits in groups of three after a short head: "Customer no.: 7 004 128 851"; a few letters before hyphenated digits: "Klant-ID: BV-7734-29181"; an IBAN, as a bank prints it: "IBAN: LT81 3250 0774 1902 3388"), an opaque token, or a scheme-prefixed
 * id written whole, its namespaces after the colon ("live:.cid.7d21e0a94b3f1c55", "urn:li:member:48812093", "live:quarry.lark_9"): a
 * scheme of letters, a colon, then letters, digits, dots, colons, underscores and hyphens with a digit, `_` or `.`.
 */
const ID_VALUE =
  /(?:\)?(?:[ \t]{0,3}\([^()\n]{1,24}\))?(?:[ \t]{0,20}[:#|]|[ \t]{1,3}\.{2,}(?=[ \t]))[ \t]{0,20}\n?[ \t]{0,4}|[ \t]{0,2}(?:is\b[ \t]{0,2})?(?:\n[ \t]{0,24})?)([a-z]{2,8}:(?=[\w.:-]{0,60}[\d_.])[\w.:-]{4,60}[A-Za-z0-9](?![\w:-]|\.\w)|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{16,40}|(?!\d{4}-\d{1,2}-\d{1,2}(?![\w-])|\d{1,2}-\d{1,2}-\d{4}(?![\w-]))(?=(?:\d-?){7})\d{1,6}(?:-\d{2,10}){1,3}(?![\w-])|[A-Z]{2}\d{2}(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?(?![\w-])|\d{1,3}(?: \d{3}){2,4}(?![\w-]| \d)|[A-Z0-9]{4}(?: [A-Z0-9]{4}){2,4}(?![\w-])|\d{5,25}|[a-z]{1,4}(?=(?:-?\d){5})(?:-\d{2,12}){1,3}(?![\w-])|(?:[a-z]{2,8}:)?(?=[\w-]{0,40}\d)(?=[\w-]{0,40}[a-z])[A-Za-z0-9_-]{16,40}|(?=[A-Za-z0-9]{0,15}\d)(?=[A-Za-z0-9]{0,15}[A-Za-z])[A-Za-z0-9]{10,15})(?![\w-])/iy;
/** After an id's label that ends its line: a blank line, then the value alone on its line (digits, or a uuid). */
const STACKED_ID_VALUE = /[ \t]*:?[ \t]*\n[ \t]*\n[ \t]*(\d{5,25}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?=[ \t]*(?:\n|$))/iy;
/**
 * Any brand's "ID" in capitals ("WeChat ID wxid_…", "Yahoo ID fern_q77", "Threema-ID: 7XKP2QMD", "PlayStation Network ID (Online ID): …"): the
 * value is the account's, an id or a name with a digit, `_` or `.` in it, maybe in quotes ('Yahoo ID: "harbourmist_ltd"');
 * keys naming another thing are set aside.
 */
const PRODUCT_NAME_WORD = new RegExp(`^(?:${PRODUCT_NAMES})$`, 'i');
const BRAND_ID = /\b(\p{Lu}[\p{L}]{1,20}(?:[ \t]\p{Lu}[\p{L}]{1,20}){0,2})[ \t-]?ID(?![\w-])/gu;
const BRAND_NAME_VALUE = /(?:[ \t]{0,3}\([^()\n]{1,24}\))?(?:[ \t]{0,20}[:#|][ \t]{0,20}|[ \t]{1,3})(?:['"‘“](?=[A-Za-z0-9][A-Za-z0-9_.-]{1,38}[A-Za-z0-9]['"’”]))?([A-Za-z0-9][A-Za-z0-9_.-]{1,38}[A-Za-z0-9])(?![\w@-])/y;
/**
 * "(PayPal account ID 2KQ7R5XW9MDLN)", "(ID conto 7H3KQ2LX9ZP4A)", "(Konto-ID 4KQ…)": an account's own id in brackets after
 * the address or name it belongs to; capitals and digits, a digit in it.
 */
const BRACKETED_ACCOUNT_ID =
  /\((?:\p{Lu}[\p{L}]{1,15}[ \t]+)?(?:[Aa]ccount[ \t]+I[Dd]|I[Dd][ \t]+(?:(?:de[ \t]+(?:la[ \t]+)?|do[ \t]+|du[ \t]+|del[ \t]+)?(?:conto|cuenta|conta|compte))|[Kk]onto-?I[Dd])[ \t]*:?[ \t]*((?=[A-Z]*\d)[A-Z0-9]{8,20})\)/gu;
/** "1583920471062335489 (@saltmarsh_relay)": an account's numeric id right before its handle in brackets. */
const ID_BEFORE_HANDLE = /(?<![\w.@/:#-])(\d{6,25})[ \t]{1,2}\(@[A-Za-z0-9_.]{2,30}\)/g;
/** "Discord user fernquiet (ID: 8812…)": a plain name right before its id in brackets, after an account word. */
const NAME_BEFORE_ID = /\b(?:user|account|username|handle|member|player|channel)[ \t]+([A-Za-z0-9_.-]{3,32})[ \t]*\((?:user[ \t]?)?id[ \t]*[:#]?[ \t]*\d{5,25}\)/gi;
/**
 * "quarry.lark (user ID 1130…)", "SpookyBrickSr (ID: 5120087799)", „rudens_spinta“ (naudotojo ID 88120417), „bursztyn_okazje”
 * (ID użytkownika 58120477), olivar_vintage (ID de miembro 301948276): a name, maybe
 * in quotes, right before an id in brackets, the id the account's; the name after no account word (NAME_BEFORE_ID). A
 * bare "(ID …)" may follow any thing (a server, a guild), so there the name must look like a handle: a digit, `_` or `.`
 * in it, or a capital inside it.
 */
const NAME_BEFORE_BRACKETED_ID = /(?<![\w.@/:-])["'„“‘]?([A-Za-z0-9_][A-Za-z0-9_.-]{1,31})["'“”’]?[ \t]{1,2}\((?:(user|account|member|player|profile|naudotojo|vartotojo|użytkownika|usuario|utilisateur|utente|gebruiker|usuário|uživatele|felhasználó)?[ \t]?id|id[ \t]+(?:(?:de|del|do|da|dell['’])[ \t]*)?(użytkownika|usuario|miembro|membro|utilisateur|utente|usuário|gebruiker|cuenta|conta|compte|konta))[ \t]*[:#]?[ \t]*\d{5,25}\)/giu;
const HANDLE_SHAPED = /[\d_.]|[a-z][A-Z]/;
/** A name as a handle is written: a letter, and a digit, `_` or `.`, and no word that is never a name. */
const nameLikeHandle = (name: string) => /[A-Za-z]/.test(name) && /[\d_.]/.test(name) && !NOT_A_NAME.test(name);
/** Polish "the account with the login x" in prose ("dane konta o loginie stolarz_mazowsze", "z loginem „kupiec_84”"). */
const LOGIN_IN_PROSE = /(?<![\p{L}])(?:o[ \t]+loginie|z[ \t]+loginem|pod[ \t]+loginem)[ \t]+["'„“]?([A-Za-z0-9_][A-Za-z0-9_.-]{2,39})/giu;
/**
 * A key line whose key is "login" alone ("login: zielony_kot88", "  - Login: areia_fina9"), the word several languages
 * use for the account's name, or "alias" (a payment app's name for an account: "Alias: FARO.MANGO.LIMON"): its value,
 * maybe in quotes, a handle's shape (a letter and a digit, `_` or `.`; under this key words joined by hyphens too:
 * "login: \"elektronika-hurt-lodz\""), to the line's end or to the next key on its line ("login: kupiec_84, ID użytkownika: …").
 */
const LOGIN_LINE = new RegExp(String.raw`^[ \t]*${ITEM_MARKER}(?:login|alias)[ \t]*:[ \t]*["'“„]?([A-Za-z0-9_][A-Za-z0-9_.-]{1,39})["'”]?(?=[ \t]*(?:$|\(|[,;|][ \t]*[A-Za-zÀ-ž][A-Za-zÀ-ž -]{1,30}:))`, 'gim');
/**
 * "vhs_rally_mirror (login name; linked to …)", "quietmoth_alt (username)": a name right before a bracket that names its
 * kind, shaped as a handle (a digit, `_` or `.` in it).
 */
const NAME_BEFORE_KIND = /(?<![\w.@/:-])([A-Za-z0-9_][A-Za-z0-9_.-]{1,31})[ \t]{1,2}\((?:(?:log-?in|sign-?in|user)[ \t]?name|handle|screen[ \t]name|gamertag|pseudo|nom[ \t]d['’]utilisateur|benutzername|nutzername|nombre[ \t]de[ \t]usuario|nome[ \t]utente|nome[ \t]de[ \t]usu[áa]rio|gebruikersnaam|användarnamn|nazwa[ \t]u[żz]ytkownika|(?!(?:guild|server|message|order|ticket|case|request|transaction|channel|device|meeting|session|trip|reservation|tax|wallet|ad|app|bundle|vendor)[ \t])[A-Z][A-Za-z]{1,20}[ \t]id)(?=[;,)])/gi;
/**
 * "user 809912345678901234 (tidewrack)", "account 4471029384 (fen.harrow)": the same account's name in brackets right
 * after its id, where an account word introduces the id (NAME_BEFORE_ID the other way round), its discriminator too
 * ("(fen.harrow#0412)"). A word of the account's state in the brackets ("(deleted)", "(public)") is no name.
 */
const NAME_AFTER_ID = /\b(?:user|account|member|player|profile|channel)[ \t]+(?:id[ \t]*(?:[:#][ \t]*)?)?\d{5,25}[ \t]*\(([A-Za-z0-9_][A-Za-z0-9_.-]{2,31}(?:#\d{4})?)\)/gi;
/**
 * A system's prefixed id written whole, no space after its colon ("dbid:AAC9x2KqP7mT4vL0…"): an account's identifier
 * wherever it stands, as it is in brackets (ID_IN_BRACKETS); letters and digits both in it, at least ten.
 */
const PREFIXED_ID = /(?<![\w:./-])[a-z]{0,6}id:(?=[\w-]{0,40}\d)(?=[\w-]{0,40}[A-Za-z])[A-Za-z0-9_-]{10,40}(?![\w:/.-])/g;
/** What a channel may belong to as a place: a server, a guild, a workspace, a group, a community. */
const PLACE_OF_CHANNEL = /(?<![\p{L}])(?:server|guild|workspace|group|community)s?(?![\p{L}])/iu;

/** The paragraph around a place: from the blank line before it to the one after it, 300 characters either way at most. */
function paragraphAround(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 300), at);
  const after = text.slice(at, at + 300);
  let from = 0;
  for (const m of before.matchAll(/\n[ \t]*\n/g)) from = m.index! + m[0].length;
  const blankAfter = after.search(/\n[ \t]*\n/);
  return before.slice(from) + (blankAfter === -1 ? after : after.slice(0, blankAfter));
}

/** A shorter opaque id (Amazon's A2QX7KD19MPLZ4) counts only in capitals: "Account ID: processed" is no id. */
const SHORT_OPAQUE = /^[A-Za-z0-9]{10,15}$/;
/** A display name is what a profile shows, not an identifier of the account: it has no label here. */
const NAME_LABEL =
  /\b(?:user[ \t]?name|screen[ \t]name|(?:log-?in|sign-?in)[ \t]?name|anmeldename|nom[ \t]de[ \t]connexion|handle|organi[sz]ation|nom[ \t]d'utilisateur|pseudonyme|pseudonym|benutzername|gebruikersnaam|nombre[ \t]de[ \t]usuario|nome[ \t]utente|nome[ \t]de[ \t]usuário|användarnamn|brukernavn|korisni[čc]ko[ \t]ime|nazwa[ \t]u[żz]ytkownika|u[žz]ivatelsk[ée][ \t]jm[ée]no|felhaszn[áa]l[óo]n[ée]v|nume[ \t]de[ \t]utilizator|kullan[ıi]c[ıi][ \t]ad[ıi]|vartotojo[ \t]vardas|lietot[āa]jv[āa]rds|kasutajanimi|apelido|apodo|nickname|soprannome)(?![\w-])|\b(?:roblox|snapchat|kik|telegram|discord|zoom)?[ \t]?user(?=[ \t]?:)/giu;
/** The rest of a table's header row, then its rule line ("-----|-----"). */
const HEADER_RULE_NEXT = /^[^\n]{0,120}\n[ \t]*[|+]?[ \t]*:?-{3,}[-|+: \t]*\n/;
/**
 * A plural account noun heading a list of names joined by "and" ("for the GitHub users octo-fennel and brindle-hq",
 * "the accounts fen-quill, moss_lark and reed.9"): each name one token shaped as a handle (a digit, `-`, `_` or `.` in
 * it), the list ending its phrase, a verb of preserving before it in its clause ("We have now preserved the account
 * data for …"; not "some of the users self-deleted and re-registered").
 */
const PRESERVING_BEFORE = /(?<![\p{L}])(?:preserv\p{L}*|secured|held|hold|retained|froze|frozen|extended)(?![\p{L}])[^.!?;]{0,80}$/iu;
const LIST_NAME = String.raw`[A-Za-z0-9](?:[A-Za-z0-9]|[-_.](?=[A-Za-z0-9])){1,38}`;
const PLURAL_NAMED = new RegExp(
  String.raw`(?<![\p{L}])the[ \t\n]+(?:\p{Lu}[\p{L}]{1,20}[ \t\n]+)?(?:users|accounts|usernames|handles|profiles|members)[ \t\n]+((?:${LIST_NAME},[ \t\n]+){0,8}${LIST_NAME},?[ \t\n]+and[ \t\n]+${LIST_NAME})(?=[ \t\n]*(?:[(,.;:]|$)|[ \t\n]+(?:on|as|in|under|since|from|until|with|for)[ \t\n])`,
  'gmu',
);
/** The same label in the plural as a row's or a line's label ("Usernames⇥pallidmoth_, frostgrape", "Handles: a, b"). */
const NAMES_LABEL = /^[ \t]*(?:[\p{L}]{1,20}[ \t]+)?(?:user[ \t]?names|screen[ \t]names|handles|log-?in[ \t]names|gamertags|(?:user[ \t]?name|handle|gamertag)\(s\))(?=[ \t]*[:|\t])/gimu;
/**
 * The next name of a list in a label's value, to the end of its line ("Usernames: pallidmoth_, frostgrape", "Username:
 * a.b and c_d"): each a single token, the list running to the line's end, a word of state ("deleted") no name.
 */
const NAME_NEXT = /[ \t]*(?:,|;|&|and(?=[ \t]))[ \t]*(?:and[ \t]+)?([A-Za-z0-9_][A-Za-z0-9_.#-]{1,39})(?=[ \t]*(?:[,;&]|and[ \t]|$))/my;
/** A name label's value, after its colon or on its next line; a gloss in brackets may close first ("Apodo (nickname): X"). */
const NAME_VALUE = /(?:\)?[ \t]{0,20}(?:[:#|]|(?<=[ \t])\.{2,}(?=[ \t]))[ \t]{0,20}\n?[ \t]{0,4}|[ \t]{0,2}(?:is\b[ \t]{0,2})?(?:\n[ \t]{0,4})?)(?:(['"‘“`])([^'"’”`\n]{2,40})['"’”`]|([A-Za-z0-9_][A-Za-z0-9_.#-]{1,39}))/y;
/**
 * A key-value line whose key names an account's holder or its id ("Target: hollowbrine (ID 1129…)", "Rider ID:
 * 1729…", "Seller ID: A3QF…", "Payer-ID: 7QK2…", "Phone on the account: 07700 900561", "Rider phone ...... (555) 013-8847", "ID :
 * 6541f0…"): its value, one token or one phone number filling the value up to the line end, a bracket, a slash or a
 * wide gap, is the account whatever its shape. The colon may be dot leaders.
 */
const ACCOUNT_LINE =
  /^[ \t]*((?:[\p{L}]{1,20}[ \t]+){0,3}?(?:target|account|user|member|subscriber|player|seller|host|rider|driver|customer|buyer|merchant|creator|payer)(?:[ \t-]+(?:id|uid|phone|number|e-?mail))?|id|uid|(?:phone|number|e-?mail)[ \t]+(?:on|of)[ \t]+the[ \t]+account)[ \t]*(?::|[ \t]\.{2,})[ \t]*(\+?\(?\d[\d ().-]{6,20}\d(?=[ \t]*(?:$|\/))|[A-Za-z0-9_][A-Za-z0-9_.#:-]{2,59})(?=[ \t]*(?:$|\(|\/|[ \t]{2,}))/gimu;
/**
 * The account's or its name's noun in the other languages read, as written right before the name, the article a
 * suffix where the language makes it one ("Instagram-användaren \"havsorn.gbg\"", "brugernavnet nordlys_maja", "profil
 * Xbox s gamertagem \"Hruby Stin\"", "kontot fjallripa_12", "l'utente 'x'", "la cuenta x.y_1", "contul x"). Written
 * without \\p{L}, as the patterns that use it are compiled without the u flag.
 */
const NAMING_NOUN = String.raw`(?<![A-Za-zÀ-ž])(?:användar(?:en|namnet|namn)|användare|kont(?:ot|oen|o|a|u|em)|bruger(?:en|navnet|navn)|bruker(?:en|navnet|navn)|gebruiker(?:snaam)?|benutzer(?:name|namen|konto)?|nutzer(?:name|namen|konto)?|kundenkonto|compte|utilisateur|pseudo|identifiant|cuenta|usuario|nombre[ \t]+de[ \t]+usuario|utente|nome[ \t]+utente|conta|usu[áa]rio|utilizador|nome[ \t]+de[ \t]+usu[áa]rio|u[żz]ytkownik(?:a|iem)?|nazw[aąę][ \t]+u[żz]ytkownika|[úu][čc]e?t(?:u|em)?|u[žz]ivatel(?:e|em)?|u[žz]ivatelsk[éeý]m?[ \t]+jm[ée]nem?|gamertag(?:em|u)|contul|utilizatorul|numele[ \t]+de[ \t]+utilizator)(?![A-Za-zÀ-ž])`;
/**
 * A quoted name after its word; a wrap may part the opening quote from the name ("username '⏎quietfern.77'"); a plural
 * word may announce a list with a colon ("usernames: 'a.b', 'c_d'"), where "Name on account: \"J. Roe\"" is a label. A
 * backtick quotes as a quote mark does (a developer's informal reply: "the account `nightjar-forge`").
 */
const ACCOUNT_QUOTED = new RegExp(
  String.raw`(?:\b(?:account|gamertag|username|user|handle|nickname|(?:accounts|gamertags|usernames|users|handles|nicknames)(?:[ \t]*:)?)|${NAMING_NOUN})[ \t\n]{1,3}(['"‘“\`])[ \t]{0,2}\n?[ \t]{0,2}([^'"’”\`\n]{2,40})['"’”\`]`,
  'gi',
);
/** The next quoted name of a list after it ("'a.b', 'c_d' and 'e.f'"), a line wrap allowed. */
const QUOTED_NEXT = /(?:[ \t]*,[ \t\n]{0,3}(?:(?:and|or|&)[ \t\n]{1,3})?|[ \t\n]{1,3}(?:and|or|&)[ \t\n]{1,3})(['"‘“`])([^'"’”`\n]{2,40})['"’”`]/y;
const MAX_LISTED = 20;
/** "the Snapchat account brisbanebyte_22": a name after "account" that looks like one (a digit, `_` or `.` in it). */
const ACCOUNT_NAMED = new RegExp(String.raw`(?:\b(?:account|username|gamertag)|${NAMING_NOUN})[ \t\n]{1,3}([A-Za-z][A-Za-z0-9]*[_.\d][A-Za-z0-9_.]*[A-Za-z0-9_])(?![\w@.-])`, 'gi');
/**
 * A gamertag (spaces allowed) to the end of its line or to a bracket, slash or bar after it ("Copper Wolf 91 (XUID …)",
 * "Salt Marsh 77 / XUID …") or to a table's column gap, in quotes or not (Gamertag: "Night Falcon 77"); the word may
 * close a bracket before the colon ("Konto Xbox (gamertag): …"), or take its network's name after it, as French, Spanish,
 * Italian and Portuguese write it ("Gamertag Xbox : …", "Gamertag de Xbox: …", "Gamertag Xbox Live: …").
 */
const GAMERTAG = /\bgamertag\)?(?:[ \t]+(?:(?:de|di|da|du|del)[ \t]+)?xbox(?:[ \t]+live)?)?(?:[ \t]{0,3}:|[ \t]{1,3}\.{2,})[ \t]{0,20}(["“'‘])?([A-Za-z](?:[A-Za-z0-9]| (?! )){0,18}[A-Za-z0-9])(?:(?<=\1[^\n]{1,20})["”'’])?(?:[ \t]*(?:$|(?=[(/|]))|(?=[ \t]{2,}|\t))/gim;
/** A gamertag in quotes after the word, in prose ("an Xbox profile with the gamertag \"Night Wolf RO 7\""): spaces allowed. */
const GAMERTAG_QUOTED = /\bgamertags?[ \t]+(["“])([A-Za-z](?:[A-Za-z0-9]| (?! )){0,18}[A-Za-z0-9])["”]/gi;
const PHONE_LABEL =
  /(?<![\p{L}])(?:phone(?:[ \t](?:number|no\.))?|mobile(?:[ \t](?:number|no\.))?|telephone[ \t](?:number|no\.)|cell(?:ular)?[ \t](?:number|no\.)|num[ée]ro[ \t]de[ \t]t[ée]l[ée]phone|t[ée]l[ée]phone|telefonnummer|telefon|handynummer|rufnummer|mobilnummer|mobilfunknummer|n[úu]mero[ \t]de[ \t]tel[ée]fono|tel[ée]fono|numero[ \t]di[ \t]telefono|telefoonnummer|numer[ \t]telefonu|whatsapp number)(?![\p{L}])/giu;
/**
 * After the label, a few words may qualify it before the colon or a dot leader ("Numéro de téléphone associé :", "Phone on
 * file:", "Mobile number (MDN) ..........").
 */
const PHONE_VALUE = /(?:(?:[ \t]+\p{L}[\p{L}'-]{1,15}){0,3}(?:[ \t]+\(\p{L}{2,8}\))?[ \t]{0,20}(?:[:#|]|\.{2,})[ \t]{0,20}\n?[ \t]{0,4}|[ \t]{0,2}(?:is\b[ \t]{0,2})?(?:\n[ \t]{0,4})?)(\(?\+?\d[\d \t().-]{6,22}\d)(?![\w])/uy;
/**
 * A phone number written in international form (+44 7700 900461, +31 6 12345678) or, in a list item or table row, in
 * national form: with its trunk zero ("0491 570 156", "06 12 34 56 78") or, as Spain and Portugal write a mobile, in
 * three groups of three ("612 555 027").
 */
const PHONE_INTL = /(?<![\w+])\+(?:\d{1,3}[ \t.-]?(?:\(\d{1,4}\)[ \t.-]?)?\d{1,5}(?:[ \t.-]\d{2,8}){1,4}|[1-9]\d{7,14})(?![\w-])/g;
const PHONE_NATIONAL_ROW = /^[ \t]*(?:[-*•]|\d{1,2}[.)]|\|)?[^\n]{0,60}?(?<![\w+])(\(\d{2,5}\)[ \t]?\d{3,4}[ \t.-]\d{3,4}|0\d{2,4}[ \t]\d{3,4}[ \t]?\d{3,4}|\d{3}[.-]\d{3}[.-]\d{4}|[6-9]\d{2}[ \t]\d{3}[ \t]\d{3}|0[1-9](?:[ \t.]\d{2}){4})(?![\w-])[^\n]{0,60}$/gm;
/**
 * A key-value line whose key is a number qualified by a word or a few ("Google Voice number:", "Recovery number:",
 * "Signal-Nummer:", "Numéro associé :"), its value alone on the line and shaped as a phone is, not as a file number: a
 * national form with its area code in brackets ("(206) 555-0144"), a trunk 0 and spaced groups ("07700 900461",
 * "06 12 34 56 78"), groups of two and three digits ("612 345 678"), the North American dotted or hyphenated form
 * ("206-555-0144"), or an international one. A key naming a file, an order
 * or a ticket is no phone's.
 */
const QUALIFIED_NUMBER_LINE =
  /^[ \t]*(?:[-*•][ \t]+)?((?:\p{L}[\p{L}.'-]*[ \t]+){1,3}(?:number|no\.?)|\p{L}[\p{L}'-]*-?(?:nummer|number)|num[ée]ro(?:[ \t]+\p{L}[\p{L}'-]*){1,2}|n[úu]mero(?:[ \t]+\p{L}[\p{L}'-]*){1,2})[ \t]*(?::|[ \t]\.{2,})[ \t]*(\+\d{1,3}[ \t.-]?(?:\(\d{1,4}\)[ \t.-]?)?\d{1,5}(?:[ \t.-]\d{2,8}){1,4}|\(\d{2,5}\)[ \t]?\d{3,4}[ \t.-]\d{3,4}|0\d{2,4}[ \t]\d{3,4}[ \t]?\d{3,4}|0[1-9](?:[ \t.]\d{2}){4}|[1-9]\d{2}(?:[ \t]\d{2,4}){2,3}|\d{3}[.-]\d{3}[.-]\d{4})[ \t]*$/gimu;
/**
 * A key naming a file, an order, a ticket or another thing's number, or a line of the provider's or the officer's own
 * ("Fax number:", "Support number:", "Direct number:"), in the languages read: no target's phone.
 */
const NOT_PHONE_KEY =
  /(?<!\p{L})(?:fax|telefax|support|service|office|desk|direct|switchboard|contact|hotline|helpline|emergency|kontakt|notruf|urgence|soporte|assistenza|case|reference|ref|file|order|ticket|request|tracking|confirmation|serial|invoice|transaction|badge|warrant|report|caso|dossier|expediente|pedido|commande|ordine|ordem|bestell\p{L}*|auftrag\p{L}*|rechnung\p{L}*|factura|facture|fattura|fatura|r[ée]f[ée]rence|referencia|riferimento|refer[êe]ncia|referenz|aktenzeichen|akten\p{L}*|fall\p{L}*|vorgang\p{L}*|zaak\p{L}*|sprawy|zamówienia|protocollo|protocolo|ticket\p{L}*)(?!\p{L})/iu;
/**
 * "user ID 987215530041729044 (bramble_static)", "(login: quarry-lark)": the name after an id, maybe with its legacy
 * four-digit discriminator ("(stilt.walker#0412)"), which is part of the name the platform shows.
 */
const NAME_IN_BRACKETS = /[ \t\n]{0,3}\((?:(?:login|user[ \t]?name|handle|screen[ \t]name)[ \t]*[:=]?[ \t]*)?([A-Za-z0-9_][A-Za-z0-9_.-]{1,31}(?:#\d{4})?)\)/iy;
/**
 * "saffron.gale (ID 1209934871250337812)", "the user 'vantablack.oriole' (ID 1087…)": an id in brackets right after a name
 * (its closing quote between), which is that account's.
 */
const ID_IN_BRACKETS = /['"’”»`]?[ \t]{0,3}(?:\n[ \t]{0,8})?\((?:(?:(?:(?:user|account)[ \t]?)?(?:id|snowflake|uid)[ \t]*[:#]?[ \t\n]{0,6})?(\d{5,25}|[0-9a-f]{16,40}|[a-z0-9]{1,4}_(?=[a-z]{0,30}\d)[a-z0-9]{4,30})|([a-z]{0,6}id:(?=[\w-]{0,40}\d)[A-Za-z0-9_-]{6,40}))\)/iy;

/** Words that follow a label without being a name: "account with the username", "Name on account: not provided". */
const NOT_A_NAME = /^(?:not|none|n\/a|unknown|account|accounts|user|profile|provided|the|a|an|with|associated|identified|registered|listed|above|below|holder|is|was|has|and|or|of|for|id|ids|number|on|in|to|by|you|your|this|that|preserved|you|hold|holds|held|lock|locked|reservation|reserved|change|changed|changes|history|released|release)$/i;

/** Far more than any message names; a page of ten thousand addresses is not read to the end. */
const MAX_CANDIDATES = 200;

function digits(s: string): number {
  return s.replace(/\D/g, '').length;
}

/**
 * A list item headed by a quoted name, then its outcome after a colon or a dash ("  - 'driftwood_sable': preserved. Kik
 * reference …", "1. \"moss.raven\" – preserved under …"): a provider's answer item by item. The name has a letter and a
 * digit, an underscore or a dot, as a handle has; the item's own words decide its fate (a refusal denies it).
 */
const QUOTED_ITEM_NAME = /^[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]+['"‘“]([A-Za-z0-9_][A-Za-z0-9_.-]{1,39})['"’”][ \t]*(?::|[-–—](?=[ \t]))/gm;

/**
 * An Indian UPI payment address ("ravi.ledger77@paytm", "shop.blr@ptyes", "98xxxxxx01@ybl"): a name at a payment app's
 * handle, no domain after it, the account a payment service keys its user by.
 */
const UPI_ADDRESS =
  /(?<![\w.@-])[A-Za-z0-9][A-Za-z0-9._-]{1,60}@(?:paytm|ptyes|ptsbi|pthdfc|ptaxis|ybl|ibl|axl|okicici|oksbi|okhdfcbank|okaxis|upi|apl|yapl|ikwik|fbl|freecharge|jupiteraxis|axisbank|hdfcbank|icici|sbi|kotak|airtel)(?![\w.@-])/gi;

export function findAccounts(text: string, from: number, to: number): FoundAccount[] {
  const body = text.slice(from, to);
  const found: FoundAccount[] = [];
  function* capped(matches: IterableIterator<RegExpExecArray>) {
    for (const m of matches) {
      if (found.length >= MAX_CANDIDATES) return;
      yield m;
    }
  }
  const add = (value: string, start: number) => {
    if (found.length >= MAX_CANDIDATES) return;
    const trimmed = value.replace(/[.,;:)]+$/, '');
    if (trimmed.length >= 2) found.push({ value: trimmed, start: from + start, end: from + start + trimmed.length });
  };
  for (const m of capped(body.matchAll(EMAIL))) add(m[0], m.index!);
  for (const m of capped(body.matchAll(PROFILE_URL))) add(m[0], m.index!);
  for (const m of capped(body.matchAll(ID_PROFILE_URL))) add(m[0], m.index!);
  for (const m of capped(body.matchAll(MEMBER_QUERY_URL))) if (!found.some((f) => f.start <= from + m.index! && from + m.index! < f.end)) add(m[0], m.index!);
  for (const m of capped(body.matchAll(MEMBER_PATH_URL))) if (!found.some((f) => f.start <= from + m.index! && from + m.index! < f.end)) add(m[0], m.index!);
  for (const m of capped(body.matchAll(NAMED_PAGE_URL))) if (!found.some((f) => f.start <= from + m.index! && from + m.index! < f.end)) add(m[0], m.index!);
  for (const m of capped(body.matchAll(CASHTAG))) add(m[0], m.index!);
  for (const m of capped(body.matchAll(UPI_ADDRESS))) add(m[0], m.index!);
  for (const m of capped(body.matchAll(LIVE_ID))) add(m[0], m.index!);
  for (const m of capped(body.matchAll(BLOG_URL))) add(m[0], m.index!);
  for (const m of capped(body.matchAll(HANDLE))) add(m[0], m.index!);
  for (const m of capped(body.matchAll(REDDIT_NAME))) add(m[1]!, m.index! + m[0].length - m[1]!.length);
  for (const m of capped(body.matchAll(PROFILE_PATH))) add(m[0], m.index!);
  for (const m of capped(body.matchAll(ACCOUNT_NAMED))) add(m[1]!, m.index! + m[0].length - m[1]!.length);
  for (const m of capped(body.matchAll(PLURAL_NAMED))) {
    if (!PRESERVING_BEFORE.test(body.slice(Math.max(0, m.index! - 120), m.index!))) continue;
    const names = [...m[1]!.matchAll(new RegExp(LIST_NAME, 'g'))].filter((n) => n[0] !== 'and');
    if (!names.every((n) => /[\d_.-]/.test(n[0]) && /[A-Za-z]/.test(n[0]))) continue;
    const listAt = m.index! + m[0].length - m[1]!.length;
    for (const n of names) add(n[0], listAt + n.index!);
  }
  for (const m of capped(body.matchAll(ID_LABEL))) {
    // A bare "UUID" is the account's unless another thing's noun heads it ("Trip UUID", "Device UUID").
    if (/^uuid$/i.test(m[0]) && NOT_ACCOUNT_BEFORE.test(body.slice(Math.max(0, m.index! - 40), m.index!))) continue;
    // A channel of a server, a guild or a workspace is a place on the service, not an account ("Server (guild) ID …⏎Channel
    // ID …", "group 1884…, channel ID 1884…"), where a video or streaming channel alone is one.
    if (/^channel/i.test(m[0]) && PLACE_OF_CHANNEL.test(paragraphAround(body, m.index!))) continue;
    ID_VALUE.lastIndex = m.index! + m[0].length;
    let v = ID_VALUE.exec(body);
    let valueEnd = ID_VALUE.lastIndex;
    // A flattened HTML mail's label alone on its line, a blank line, then its value alone ("User ID⏎⏎48127735").
    if (!v && /^[ \t]*$/.test(body.slice(body.lastIndexOf('\n', m.index! - 1) + 1, m.index!))) {
      STACKED_ID_VALUE.lastIndex = m.index! + m[0].length;
      v = STACKED_ID_VALUE.exec(body);
      valueEnd = STACKED_ID_VALUE.lastIndex;
    }
    // A bare "ID:" opening a line or a list item, no noun before it, labels the account's number, nothing else: a
    // request's or a ticket's id is written with its noun ("Request ID:"), or is no number alone ("ID: KDX-…").
    if (v && /^id$/i.test(m[0]) && !/^\d{6,}$/.test(v[1]!)) continue;
    if (!v || (SHORT_OPAQUE.test(v[1]!) && !/^\d+$/.test(v[1]!) && v[1] !== v[1]!.toUpperCase())) continue;
    // Groups parted by blanks are an id's only in capitals and digits, a digit in most ("from your list" is words; a
    // group of letters alone may fall among them: "AA57 N84G QXRT 3MWB").
    if (v[1]!.includes(' ') && !(/^[A-Z0-9]+(?: [A-Z0-9]+)+$/.test(v[1]!) && v[1]!.split(' ').filter((g) => /\d/.test(g)).length * 4 >= v[1]!.split(' ').length * 3)) continue;
    add(v[1]!, valueEnd - v[1]!.length);
    NAME_IN_BRACKETS.lastIndex = valueEnd;
    const name = NAME_IN_BRACKETS.exec(body);
    if (name) add(name[1]!, NAME_IN_BRACKETS.lastIndex - name[1]!.length - 1);
  }
  for (const m of capped(body.matchAll(BRAND_ID))) {
    const brand = m[1]!;
    // A brand: a provider's or product's name, a CamelCase name (WeChat, PlayStation) or two capitalised words.
    const named = PRODUCT_NAME_WORD.test(brand) || /\p{Ll}\p{Lu}/u.test(brand) || /\s/.test(brand);
    if (!named || NOT_ACCOUNT_KEY.test(brand)) continue;
    BRAND_NAME_VALUE.lastIndex = m.index! + m[0].length;
    const v = BRAND_NAME_VALUE.exec(body);
    if (v && /\d|[_.]/.test(v[1]!) && /[A-Za-z]|\d{5}/.test(v[1]!) && !NOT_A_NAME.test(v[1]!)) add(v[1]!, BRAND_NAME_VALUE.lastIndex - v[1]!.length);
  }
  for (const m of capped(body.matchAll(ID_BEFORE_HANDLE))) add(m[1]!, m.index!);
  for (const m of capped(body.matchAll(BRACKETED_ACCOUNT_ID))) add(m[1]!, m.index! + m[0].lastIndexOf(m[1]!));
  for (const m of capped(body.matchAll(NAME_BEFORE_ID))) if (!NOT_A_NAME.test(m[1]!)) add(m[1]!, m.index! + m[0].indexOf(m[1]!, m[0].search(/[ \t]/)));
  for (const m of capped(body.matchAll(NAME_BEFORE_BRACKETED_ID))) {
    const name = m[1]!.replace(/[.-]+$/, '');
    if (name.length < 3 || NOT_A_NAME.test(name) || (!m[2] && !m[3] && !HANDLE_SHAPED.test(name))) continue;
    add(name, m.index! + m[0].indexOf(m[1]!));
  }
  for (const m of capped(body.matchAll(PREFIXED_ID))) add(m[0], m.index!);
  for (const m of capped(body.matchAll(LOGIN_IN_PROSE))) if (nameLikeHandle(m[1]!.replace(/[.-]+$/, ''))) add(m[1]!.replace(/[.-]+$/, ''), m.index! + m[0].lastIndexOf(m[1]!));
  for (const m of capped(body.matchAll(LOGIN_LINE))) {
    const name = m[1]!.replace(/[.-]+$/, '');
    if (nameLikeHandle(name) || (/^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+$/.test(name) && !NOT_A_NAME.test(name))) add(name, m.index! + m[0].lastIndexOf(m[1]!));
  }
  for (const m of capped(body.matchAll(QUOTED_ITEM_NAME))) {
    const name = m[1]!;
    if (nameLikeHandle(name)) add(name, m.index! + m[0].indexOf(name));
  }
  for (const m of capped(body.matchAll(NAME_BEFORE_KIND))) {
    const name = m[1]!.replace(/[.-]+$/, '');
    if (name.length >= 3 && !NOT_A_NAME.test(name) && HANDLE_SHAPED.test(name)) add(name, m.index!);
  }
  for (const m of capped(body.matchAll(NAME_AFTER_ID))) if (!NOT_A_NAME.test(m[1]!)) add(m[1]!, m.index! + m[0].lastIndexOf(`(${m[1]!})`) + 1);
  for (const m of capped([...body.matchAll(NAME_LABEL), ...body.matchAll(NAMES_LABEL)].values())) {
    NAME_VALUE.lastIndex = m.index! + m[0].length;
    const v = NAME_VALUE.exec(body);
    if (!v) continue;
    const value = v[2] ?? v[3]!;
    if (NOT_A_NAME.test(value.replace(/[.,;:)]+$/, ''))) continue;
    // "Preserved user:⏎  Email: …": the word after the label is the next label; "Username | Status" over a rule
    // ("---|---") is a table's header row, its cells column names.
    if (!v[2] && (/^[ \t]*:/.test(body.slice(NAME_VALUE.lastIndex, NAME_VALUE.lastIndex + 4)) || (/^\p{Lu}\p{Ll}+$/u.test(value) && HEADER_RULE_NEXT.test(body.slice(NAME_VALUE.lastIndex, NAME_VALUE.lastIndex + 200))))) continue;
    add(value, NAME_VALUE.lastIndex - value.length - (v[2] ? 1 : 0));
    if (v[2]) continue;
    NAME_NEXT.lastIndex = NAME_VALUE.lastIndex;
    for (let i = 0, next = NAME_NEXT.exec(body); next && i < MAX_LISTED; i++, next = NAME_NEXT.exec(body)) {
      if (!NOT_A_NAME.test(next[1]!) && !NOT_A_NAME_WORD.test(next[1]!)) add(next[1]!, NAME_NEXT.lastIndex - next[1]!.length);
    }
  }
  for (const m of capped(body.matchAll(ACCOUNT_LINE))) {
    const value = m[2]!.replace(/[.,;:]+$/, '');
    const phone = /[ ().-]/.test(value) && /^\+?\(?\d[\d ().-]+$/.test(value);
    if (NOT_ACCOUNT_KEY.test(m[1]!) || NOT_A_NAME.test(value) || /^[A-Z][a-z]+$/.test(value)) continue;
    if (phone ? digits(value) >= 8 && digits(value) <= 15 : /\d|[_.]/.test(value) || /^target|^account/i.test(m[1]!.trim())) add(value, m.index! + m[0].length - m[2]!.length);
  }
  for (const m of capped(body.matchAll(PRODUCT_LINE))) {
    const value = m[1]!.replace(/[.,;:]+$/, '');
    if (/[\d_.:@]/.test(value) && !NOT_A_NAME.test(value)) add(value, m.index! + m[0].length - m[1]!.length);
  }
  for (const m of capped(body.matchAll(PRODUCT_STACKED))) {
    const value = m[1]!.replace(/[.,;:]+$/, '');
    const shaped = /^\d{8,25}$/.test(value) || (/[A-Za-z]/.test(value) && /[\d_.:@]/.test(value));
    if (shaped && !NOT_A_NAME.test(value)) add(value, m.index! + m[0].lastIndexOf(m[1]!));
  }
  for (const m of capped(body.matchAll(ACCOUNT_QUOTED))) {
    // The officer's own list echoed back ("Your request listed these gamertags: 'a', 'b'"), as a list's intro is read.
    const intro = body.slice(body.lastIndexOf('\n', m.index!) + 1, m.index! + m[0].length);
    if (ASKED_INTRO.test(intro) && !preservationAsserted(intro)) continue;
    add(m[2]!, m.index! + m[0].length - m[2]!.length - 1);
    QUOTED_NEXT.lastIndex = m.index! + m[0].length;
    for (let i = 0, next = QUOTED_NEXT.exec(body); next && i < MAX_LISTED; i++, next = QUOTED_NEXT.exec(body)) add(next[2]!, next.index + next[0].length - next[2]!.length - 1);
  }
  for (const m of capped(body.matchAll(GAMERTAG))) add(m[2]!, m.index! + m[0].indexOf(m[2]!, m[0].indexOf(':')));
  for (const m of capped(body.matchAll(GAMERTAG_QUOTED))) add(m[2]!, m.index! + m[0].length - m[2]!.length - 1);
  for (const m of capped(body.matchAll(PHONE_INTL))) if (digits(m[0]) >= 8 && digits(m[0]) <= 15) add(m[0], m.index!);
  for (const m of capped(body.matchAll(QUALIFIED_NUMBER_LINE))) {
    if (!NOT_PHONE_KEY.test(m[1]!) && digits(m[2]!) >= 8 && digits(m[2]!) <= 15) add(m[2]!, m.index! + m[0].lastIndexOf(m[2]!));
  }
  for (const m of capped(body.matchAll(PHONE_NATIONAL_ROW))) {
    // A row of cells parted by bars, by gaps of three blanks or by tabs (two at least: "CB-AU-20417⇥0491 570 156⇥Phone⇥Preserved").
    const row = /\||^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]|\S[ \t]{3,}\S/.test(m[0]) || (m[0].match(/\S\t+(?=\S)/g) ?? []).length >= 2;
    if (row && digits(m[1]!) >= 9 && digits(m[1]!) <= 12) add(m[1]!, m.index! + m[0].indexOf(m[1]!));
  }
  for (const a of [...found]) {
    ID_IN_BRACKETS.lastIndex = a.end - from;
    // "(ID 1209934871250337812)", or a system's prefixed id kept whole: "gorse@… (dbid:AAC-3k9Q…)".
    const id = ID_IN_BRACKETS.exec(body);
    const value = id && (id[1] ?? id[2]!);
    if (value) add(value, ID_IN_BRACKETS.lastIndex - value.length - 1);
  }
  for (const a of listedAccounts(text, from, to)) if (found.length < MAX_CANDIDATES) found.push(a);
  for (const a of nearbyAccounts(text, from, to)) if (found.length < MAX_CANDIDATES) found.push(a);
  // An id's name in brackets after it, whatever reader found the id ("User preserved: 1039… (nightjar.signal)"): a name
  // with a letter and a digit, `_` or `.` in it, not a word of state ("(deleted)").
  for (const a of [...found]) {
    if (!/^\d{5,25}$/.test(a.value)) continue;
    NAME_IN_BRACKETS.lastIndex = a.end - from;
    const name = NAME_IN_BRACKETS.exec(body);
    if (name && nameLikeHandle(name[1]!) && !NOT_A_NAME_WORD.test(name[1]!)) {
      add(name[1]!, NAME_IN_BRACKETS.lastIndex - name[1]!.length - 1);
    }
  }
  for (const m of capped(body.matchAll(PHONE_LABEL))) {
    PHONE_VALUE.lastIndex = m.index! + m[0].length;
    const v = PHONE_VALUE.exec(body);
    if (v && digits(v[1]!) >= 8 && digits(v[1]!) <= 15) add(v[1]!.trim(), PHONE_VALUE.lastIndex - v[1]!.length);
  }
  // A table's header cell is a column's label: no value, and no label of its neighbour or of the line under it.
  const headers = tableHeaders(text, from, to);
  return headers.length ? found.filter((a) => !headers.some((h) => h.start <= a.start && a.end <= h.end)) : found;
}

/**
 * A sentence that tells the reader how to reach the provider: its phone numbers and addresses are the provider's. "Write
 * to" a verb ("We write to confirm that …", "we write to you to let you know") says why the provider writes, not where to.
 */
const CONTACT_SENTENCE =
  /\b(?:(?<!\b(?:your|the|our|a)[ \t])call|contact|reach|questions?|hotline|helpline|switchboard|urgent|emergenc(?:y|ies)|after[ \t]+hours|24\/7|phone[ \t]+us|write[ \t]+to(?![ \t]+(?:you[ \t]+to|confirm|inform|advise|let|notify|acknowledge|tell|update|say)\b)|kontaktieren|erreichen|anrufen|appelez|contactez|joindre|llame|contacte|comun[ií]quese|chiami|contatti|contattare|bel[ \t]+ons|neem[ \t]+contact|ring[ \t]+oss|kontakta|zadzwo[ńn]|(?:need|get)[ \t]+help|help[ \t]*[?:]|brauchen[ \t]+sie[ \t]+hilfe|hilfe[ \t]*[?:]|besoin[ \t]+d['’]aide|necesita[ \t]+ayuda|precisa[ \t]+de[ \t]+ajuda|bisogno[ \t]+di[ \t]+aiuto|hulp[ \t]+nodig|behöver[ \t]+du[ \t]+hjälp|potrzebujesz[ \t]+pomocy)\b/i;
const EXCEPTED_BEFORE = /(?<![\p{L}])(?:except(?:[ \t]+for)?|excluding|with[ \t]+the[ \t]+exception[ \t]+of|other[ \t]+than|apart[ \t]+from|mit[ \t]+Ausnahme[ \t]+(?:von|des|der)|außer|ausgenommen|à[ \t]+l['’]exception[ \t]+d[eu]|sauf|excepté|salvo|excepto|con[ \t]+(?:la[ \t]+)?eccezione[ \t]+d[ie]|tranne|met[ \t]+uitzondering[ \t]+van|behalve|utom|bortsett[ \t]+fr[åa]n|unntatt|undtagen|z[ \t]+wyjątkiem|oprócz|exceto|com[ \t]+exceção[ \t]+d[eoa])(?:[ \t]+(?:the|der|des|la|le|el|il|de|het|o|a)\b)?(?:[ \t]+[\p{L}-]{2,20}){0,2}[ \t]*[:(]?[ \t]*["'‘“„]?$/iu;
/** Whether the sentence excepts the value anywhere in it (it may name it first in the list it then excepts it from). */
function exceptedIn(sentence: string, value: string): boolean {
  for (let at = sentence.indexOf(value); at !== -1; at = sentence.indexOf(value, at + 1)) if (EXCEPTED_BEFORE.test(sentence.slice(Math.max(0, at - 40), at))) return true;
  return false;
}
const CONTACT_HANDLE_BEFORE = /(?<![\p{L}])(?:contact|reach(?:[ \t]+out)?[ \t]+to|reach|message|DM|tweet(?:[ \t]+at)?|write[ \t]+to|kontaktieren[ \t]+Sie|contactez|contacte)[ \t]+$/iu;
/** An invitation to follow or find the provider on a network, in the languages read, by name too ("Follow Zoho: x.com/zoho"). */
const FOLLOW_US =
  /^\s{0,3}(?:follow|suivez|folgen[ \t]+Sie|folge|sigue[ \t]+a|siga|segui|volg|följ|obserwuj)(?:[ \t]+|[ \t]*\n[ \t]*)@|^\s{0,3}follow[ \t]+\p{Lu}[\p{L}&.-]{1,20}(?:[ \t]+\p{Lu}[\p{L}&.-]{1,20})?[ \t]*(?:on[ \t]+[\p{L}/]{1,20}[ \t]*)?:|(?<![\p{L}])(?:follow[ \t]+us|find[ \t]+us[ \t]+on|connect[ \t]+with[ \t]+us|stay[ \t]+connected|like[ \t]+us[ \t]+on|suivez[- \t]nous|retrouvez[- \t]nous|folgen[ \t]+Sie[ \t]+uns|folge[ \t]+uns|síguenos|seguici|seguiteci|volg[ \t]+ons|följ[ \t]+oss|følg[ \t]+(?:os|oss)|siga-nos|sigam-nos|obserwuj[ \t]+nas|sledujte[ \t]+nás)(?![\p{L}])/iu;
/**
 * A social network's name as the key of a handle or page ("Twitter: @…", "Twitter/X: @…", "Instagram – @…", "Facebook:
 * facebook.com/…", "Telegram: t.me/…"), or an official channel's ("Official channel: t.me/…", "Canal officiel :"): the
 * key ends the text before the value, at a line's start or after a cell's separator.
 */
const SOCIAL_KEY =
  /(?:^|[|·•][ \t]*)(?:twitter(?:[ \t]*\/[ \t]*x)?|x(?:[ \t]*\/[ \t]*twitter)?|instagram|insta|facebook|fb|linkedin|telegram|youtube|tiktok|threads|mastodon|bluesky|snapchat|twitch|(?:official|offizielle[rs]?)[ \t]+(?:channel|kanal|page|account)|canal[ \t]+(?:officiel|oficial)|canale[ \t]+ufficiale|officieel[ \t]+kanaal|officiell[ \t]+kanal|social(?:[ \t]+media)?|socials|réseaux[ \t]+sociaux|soziale[ \t]+medien|redes[ \t]+sociales)[ \t]*(?::|[-–—])[ \t]*$/iu;
/** A line of cells parted by a bar, a middle dot or a bullet between blanks ("Jane Roe | Cyber Unit | 555-0148"). */
const CELL_SEPARATOR = /[ \t][|·•][ \t]/;
/** A cell that names an organisation or one of its departments, or gives a street or a web address. */
const ORGANISATION_CELL =
  /(?<![\p{L}])(?:inc|corp|llc|ltd|limited|gmbh|b\.v|s\.a|pty|team|support|investigations|law[ \t]+enforcement|legal|trust[ \t]*&[ \t]*safety|operations|department|unit)(?![\p{L}])|^[ \t]*(?:https?:\/\/)?(?:[\w-]+\.)+[a-z]{2,6}(?:\/[\w./-]*)?[ \t]*$/iu;

/**
 * A handle or page that is the writer's own, in a signature's or a footer's line ("Dana Roe | Cyber Unit | 555-0148 |
 * Facebook: facebook.com/ExamplePD", "Binance Team | Twitter: @binance", "Telegram FZ-LLC⏎Official channel: t.me/telegram",
 * "Coinbase Global Investigations | @CoinbaseSupport", "Twitch | @TwitchSupport | 350 Bush Street"): keyed by a network's
 * name, on a line of cells or in a closing paragraph under a name, or a cell of its own beside the organisation's name or
 * address. Neither its line nor its paragraph names an account or a preservation ("Instagram account: @x", a list
 * under "Accounts preserved:"), and no list item holds it.
 */
function writersOwnHandle(text: string, a: FoundAccount): boolean {
  if (!/^(?:@|(?:https?:\/\/)?(?:www\.)?[\w-]+\.[a-z]{2,3}\/)/i.test(a.value)) return false;
  const lineStart = text.lastIndexOf('\n', a.start - 1) + 1;
  const lineEnd = text.indexOf('\n', a.end) === -1 ? text.length : text.indexOf('\n', a.end);
  const whole = text.slice(lineStart, lineEnd);
  if (whole.length > 200 || /^[ \t>]*(?:[-*•]|\d{1,2}[.)])[ \t]/.test(whole)) return false;
  // The key may end the line above, where a wrap put the value on a line of its own ("… | Facebook:⏎facebook.com/…").
  const before = text.slice(Math.max(lineStart, a.start - 40), a.start);
  const keyBefore = before.trim() || lineStart === 0 ? before : text.slice(Math.max(0, lineStart - 41), lineStart - 1).replace(/^[^\n]*\n/, '');
  const keyed = SOCIAL_KEY.test(keyBefore.replace(/^.*?(?=[|·•][^|·•]*$)/u, ''));
  const cells = CELL_SEPARATOR.test(whole) ? whole.split(/[ \t][|·•][ \t]/).map((c) => c.trim()).filter(Boolean) : [];
  const ownCell = cells.find((c) => c.includes(a.value));
  const others = cells.filter((c) => c !== ownCell);
  // The line's words besides the values it keys or holds: no account's, no preservation's.
  const bare = (t: string) => t.replace(/(?:^|[|·•])[^|·•\n:–—-]{0,30}[:–—-][ \t]*(?:@|https?:\/\/|(?:www\.)?[\w-]+\.[a-z]{2,3}\/)\S*/gimu, ' ').replace(/@\S+|\S+\.[a-z]{2,3}\/\S*/gi, ' ');
  if (namesAnAccount(bare(whole))) return false;
  // Beside a cell of its own kind only ("Instagram: @x | TikTok: @y"), a row of accounts; beside a name, a phone, a
  // department or an address, a signature's or a footer's line.
  if (keyed && others.some((c) => bare(c).trim() && !SOCIAL_KEY.test(c.replace(/[:–—-][ \t]*\S*$/, ':')))) return true;
  // A network's name alone in a cell beside it ("Instagram | @x | 2026-11-18") heads a table's row of accounts: only an
  // organisation's, a department's or an address's cell makes the line a footer's.
  if (!keyed && ownCell?.trim() === a.value && others.some((c) => (ORGANISATION_CELL.test(c) || POSTAL_LINE.test(c)) && !namesAnAccount(c))) return true;
  if (!keyed) return false;
  // A closing paragraph: a name's line above the key's, and no line of it naming an account or a preservation.
  const paragraphStart = Math.max(0, text.lastIndexOf('\n\n', lineStart) + 1);
  const nextBlank = text.indexOf('\n\n', lineEnd);
  const paragraph = text.slice(paragraphStart, nextBlank === -1 ? text.length : nextBlank).split('\n').filter((l) => l.trim());
  // Its lines besides those of a keyed or a bare value: names, departments, addresses.
  const named = paragraph.filter((l) => bare(l).trim());
  // One of its lines names an organisation, a department or an address ("Telegram FZ-LLC, Dubai", "… | Internet Crimes
  // Unit | …"): a name alone over a keyed handle may head a list of accounts.
  const organisation = named.some((l) => ORGANISATION_CELL.test(l) || POSTAL_LINE.test(l));
  return paragraph.length <= 6 && organisation && named.every((l) => !namesAnAccount(bare(l)) && /^[ \t]*\p{Lu}/u.test(l)) && !namesAnAccount(bare(paragraph.join('\n')));
}

/** Words that give what follows as an example or a format, in the languages the mail comes in. */
const EXAMPLE_BEFORE =
  /(?<![\p{L}\d@._-])(?:examples?|e\.[ \t]?g\.|for[ \t]+instance|formatted[ \t]+as|in[ \t]+the[ \t]+form(?:at)?|(?:zum[ \t]+)?beispiel\p{L}*|z\.[ \t]?b\.|(?:par[ \t]+)?exemples?|(?:por[ \t]+)?ejemplos?|(?:por[ \t]+)?exemplos?|(?:ad[ \t]+)?esempi[oe]?|(?:bij)?voorbeeld(?:en)?|bijv\.|(?:till[ \t]+)?exempel|(?:na[ \t]+)?przykład\p{L}*|(?:na[ \t]+)?příklad\p{L}*)(?![\p{L}\d@_-]|\.\w)/iu;
/** The stop of an abbreviation that gives an example ("e.g.", "z.B.", "bijv."), which ends no sentence. */
const EXAMPLE_ABBREVIATION = /(?:e\.[ \t]?g|z\.[ \t]?b|bijv|i\.[ \t]?e)$/i;
/** The first stop of such an abbreviation written with a blank inside ("z. B.", "e. g."). */
const ABBREVIATION_FIRST_STOP = /(?:^|[^\p{L}])[ezi]\.[ \t][gbe]\.$/iu;

/**
 * Whether the sentence around a value gives it as an example of how to write one, the example's word before it, and
 * speaks of no preservation. The sentence is cut at a stop followed by a blank (not at an address's dot, as the
 * sentence of `around` is) or at a blank line.
 */
function givenAsExample(text: string, a: FoundAccount): boolean {
  const from = Math.max(0, a.start - 300);
  let start = Math.max(from, text.lastIndexOf('\n\n', a.start) + 1);
  for (let p = a.start - 1; p > start; p--) {
    const abbreviation = EXAMPLE_ABBREVIATION.test(text.slice(Math.max(0, p - 5), p)) || ABBREVIATION_FIRST_STOP.test(text.slice(Math.max(0, p - 2), p + 4));
    if (/[.!?]/.test(text[p]!) && /\s/.test(text[p + 1]!) && !abbreviation) {
      start = p + 1;
      break;
    }
  }
  const before = text.slice(start, a.start);
  if (!EXAMPLE_BEFORE.test(before)) return false;
  const after = text.slice(a.end, a.end + 300);
  const stop = after.search(/[.!?](?=\s|$)|\n[ \t]*\n/);
  return !speaksOfPreservation(before + a.value + (stop === -1 ? after : after.slice(0, stop)));
}

/**
 * Whether the account stands in a "Label: …" line, laid out as nothing else, after an example's word in the label's value
 * ("How to submit future requests: identify accounts by username (e.g. u/example_user)"): the label keys a sentence.
 */
function exampleInLabelledValue(text: string, a: FoundAccount): boolean {
  const lineStart = text.lastIndexOf('\n', a.start - 1) + 1;
  const head = text.slice(lineStart, a.start);
  const label = KEY_VALUE.exec(head);
  return !!label && !ROW_LAYOUT.test(head) && EXAMPLE_BEFORE.test(head.slice(label[0].length));
}

/** A phone number, an e-mail address or a web address: in a sentence of contact, the provider's own. */
const PHONE_OR_ADDRESS = /^\+?[\d ().-]{7,}$|@[\w-]+\.|^https?:\/\//;
/** "Contact" qualifying an address or a number ("contact e-mail address", "adresse de contact", "numéro de contact"). */
const CONTACT_ATTRIBUTE =
  /(?<![\p{L}])(?:(?:its|their|the|his|her|l['’]|le|la)[ \t]*)?(?:contact[ \t]+(?:e-?mail(?:[ \t]+address)?|address|number|phone(?:[ \t]+number)?)|(?:adresse|e-?mail|courriel|numéro)[ \t]+de[ \t]+contact)(?![\p{L}])/giu;
/** A postal address on the line (a street, a US state and ZIP, a company's legal form): its phones are the company's. */
const POSTAL_LINE =
  /\b\d{1,5}[ \t]+(?:[\p{Lu}\d][\p{L}\d.'-]*[ \t]+){0,4}(?:St|Street|Ave|Avenue|Road|Rd|Blvd|Boulevard|Way|Drive|Dr|Lane|Ln|Parkway|Pkwy|Plaza|Place|Pl|Square|Sq|Court|Ct)\b|\b[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?\b|\b(?:Inc|LLC|Ltd|GmbH|Corp|Limited|Pty|S\.A|B\.V)\.?(?=[ \t,·|•-])/u;
/** A company's legal form alone, as POSTAL_LINE reads it ("Inc.", "LLC", "B.V."). */
const LEGAL_FORM = /\b(?:Inc|LLC|Ltd|GmbH|Corp|Limited|Pty|S\.A|B\.V)\.?(?=[ \t,·|•-])/gu;
/**
 * A line about the officer or the agency ("Requesting officer:", "Det. Roe", "Agent e-mail:"), or a contact line that
 * starts with its kind ("Tel. +49 …", "Mobile: 07700 …"), whose addresses and phones are theirs. "Mobile number:" in a
 * list of targets is a label, not a contact line; signatures as a whole are found by their structure (signature.ts).
 */
const OFFICER_LINE =
  /\b(?:officer|requesting|requested[ \t]+by|submitted[ \t]+by|sent[ \t]+by|requester|requestor|detective|constable|sergeant|inspector|special[ \t]+agent|investigator|badge|deputy|trooper|lieutenant|captain|corporal|task[ \t]+force|kind[ \t]+regards|regards|sincerely)\b|^[ \t]*(?:PC|DC|DS|Sgt|Det)\.?[ \t]|^[ \t]*agente?(?:'s)?[ \t]+(?:e-?mail|phone|telephone|tel\.?|mobile|contact|telefone|teléfono)(?![\p{L}])/imu;
/** A rank before a capitalised name anywhere in the line ("Your case: 26-CR-… (Det. Ines Varga, ines@…)"), maybe after initials and a surname's particles ("Det. K. Amara", "Insp. P. J. de Vries"). */
const RANK_BEFORE_NAME = new RegExp(`(?<![\\p{L}])(?:${RANK_ABBREVIATIONS})\\.?[ \\t]+(?:\\p{Lu}\\.[ \\t]?){0,2}(?:(?:de|van|von|der|den|di|da|du|del|della|dos|le|la|ter|ten)[ \\t]+){0,2}\\p{Lu}\\p{L}`, 'u');

/**
 * Whether a line is the officer's where it names this value: it names the officer or a rank, unless only after the value,
 * the clause between them saying the value was preserved ("We preserved x@… as requested by Det. Kessler", "The account
 * @x was preserved for Investigator Marsh"): the officer named later asked; the value before is the provider's.
 */
function officersLine(text: string, value: string): boolean {
  // The officer greeted at the line's start is addressed, not signing ("Hi Det. Ng, the account … is preserved").
  // The officer named as the owner of the request ("Regarding Sgt. Roe's request … we have preserved x") is its author,
  // not signing on the line.
  const line = text.replace(GREETED_OFFICER, (g) => ' '.repeat(g.length)).replace(REQUEST_OF_OFFICER, (g) => ' '.repeat(g.length));
  const named = [OFFICER_LINE.exec(line), RANK_BEFORE_NAME.exec(line)].filter((m) => m !== null).map((m) => m.index);
  if (!named.length) return false;
  const at = line.indexOf(value);
  const officerAt = Math.min(...named);
  if (at === -1) return true;
  if (officerAt < at + value.length) {
    // Unless a clause of preserving stands between the officer's words and the value ("in response to the request you
    // submitted on behalf of the … Task Force (your file …), we have preserved the account … user ID 1093…"): a long
    // line of prose, the value that clause's.
    const between = line.slice(officerAt, at);
    const lastBreak = Math.max(between.lastIndexOf(', '), between.lastIndexOf('. '), between.lastIndexOf('; '));
    return !(officerAt < at && lastBreak !== -1 && speaksOfPreservation(between.slice(lastBreak + 1)));
  }
  const clauseStart = line.slice(0, at).lastIndexOf('. ') + 1;
  return !speaksOfPreservation(line.slice(clauseStart, officerAt));
}
const GREETED_RANK = `${RANK_ABBREVIATIONS}|officer|detective|constable|sergeant|agent|special[ \\t]+agent|inspector|investigator|deputy|trooper`;
/**
 * An officer by rank and name as the owner of a request ("Sgt. Roe's request", "Detective Ana Ng's letter", "Officer
 * Grant’s e-mail of 12 November"): the request's author, named in the provider's prose.
 */
const REQUEST_OF_OFFICER = new RegExp(
  `(?<![\\p{L}])(?:${GREETED_RANK})\\.?(?:[ \\t]+\\p{Lu}[\\p{L}-]*){1,2}['’]s[ \\t]+(?:(?:preservation|earlier|original|first|latest|recent)[ \\t]+)?(?:request|letter|e-?mail|inquiry|enquiry|order|message|submission)(?![\\p{L}])`,
  'giu',
);
/**
 * A greeting to an officer by rank, maybe with a name, at a line's start, closed by a comma ("Hi Det. Ng,", "Dear Officer
 * Grant,", "Hi Detective,"): a phone's copy may run the body on after it.
 */
const GREETED_OFFICER = new RegExp(
  `^[ \\t]*(?:hi|hello|hey|dear|good[ \\t]+(?:morning|afternoon|evening)|greetings|bonjour|hallo|hola|hej|ciao|olá)[ \\t]+(?:${GREETED_RANK})\\.?(?:[ \\t]+(?:${GREETED_RANK})\\.?)?(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*)?)?[ \\t]*[,!:]`,
  'iu',
);
/** A contact line by its kind ("Tel. +49 …", "Mobile: 07700 …"), or a line that names one ("LENS line:", "LE hotline:"). */
const CONTACT_LINE =
  /^[ \t]*(?:tel(?:ephone)?|fax|mob(?:ile)?|cell|direct|desk|office|work)\.?[ \t]*[:.]?[ \t]*\+?\(?\d|\((?:desk|office|work|mobile|cell|fax)\)|^[ \t]*(?:[\p{L}&/-]+[ \t]+){0,3}(?:line|hotline|helpline|switchboard|desk)[ \t]*:[ \t]*\+?\(?\d/imu;
/**
 * A line of an account's own record ("Rider name on account: …", "Username: …", a service's id: "Apple ID: …", "Yahoo
 * ID: …"): a "Mobile:" or "Telephone:" line next to one is the account's number, not a contact line of the officer's.
 */
const ACCOUNT_RECORD_LINE = new RegExp(`\\b(?:account|user(?:[ \\t]?name)?|target|subscriber|rider|driver|customer|member|holder|handle|seller|buyer|host|(?:${PRODUCT_NAMES})[ \\t]?id)\\b[^\\n]{0,40}:`, 'i');

/**
 * How much of a line around an account is read. Every check on the line runs once per account, so on a pasted line of
 * 200,000 characters the whole line would make the checks quadratic; a line this long is no row or signature line.
 */
const LINE_WINDOW = 2000;

/**
 * An abbreviation before a number ("Google Ref. 41739201", "Ref. No. 7", "case no. 12", "Nr. 5", "réf. 2026/114",
 * "Az. 4410 Js 1203/26"): its full stop ends no sentence. Tested on the few characters up to the stop.
 */
const NUMBER_ABBREVIATION = /(?<![\p{L}])(?:ref|no|nr|réf|az)\.$/iu;
/** What follows such an abbreviation: a number, or a token with a digit, maybe after another "No." or "#". */
const NUMBER_AFTER = /^[ \t]+(?:n[o°º]\.?[ \t]*)?[#:]?[ \t]?[\p{L}\d-]{0,20}\d/iu;

/**
 * A company's legal form ("Yahoo Inc.", "Example Corp.", "Snap Ltd.", "Acme Co."), its full stop the abbreviation's.
 * Where the sentence goes on after it, in lower case or with a bracket ("belongs to Yahoo Inc. (US) and will require a
 * separate request", "Meta Platforms Inc. and its affiliates"), on its line or the next (a wrap), it ends no sentence.
 */
const COMPANY_FORM = /(?<![\p{L}])(?:inc|corp|ltd|co|llc|plc|pty|bros)\.$/iu;
const SENTENCE_GOES_ON = /^(?:[ \t]+|[ \t]*\n[ \t]*)(?:\([^()\n]{1,30}\)(?:[ \t]+|[ \t]*\n[ \t]*))?\p{Ll}/u;

/**
 * Whether the "." "!" or "?" at i ends a sentence: not the full stop of an abbreviation before a number, nor one inside
 * brackets opened and closed on its line ("x@… (Google Inc. records), y@…").
 */
function endsSentence(text: string, i: number): boolean {
  if (text[i] !== '.') return true;
  if (NUMBER_ABBREVIATION.test(text.slice(Math.max(0, i - 4), i + 1)) && NUMBER_AFTER.test(text.slice(i + 1, i + 40))) return false;
  if (COMPANY_FORM.test(text.slice(Math.max(0, i - 6), i + 1)) && SENTENCE_GOES_ON.test(text.slice(i + 1, i + 40))) return false;
  return !insideBrackets(text, i);
}

/** Whether i lies between a bracket opened before it and closed after it, on its line and within 120 characters. */
function insideBrackets(text: string, i: number): boolean {
  let depth = 0;
  for (let j = i - 1; j >= Math.max(0, i - 120) && text[j] !== '\n'; j--) {
    const c = text[j];
    if (c === ')' || c === ']') depth--;
    else if ((c === '(' || c === '[') && ++depth > 0) break;
  }
  if (depth <= 0) return false;
  for (let j = i + 1; j < Math.min(text.length, i + 120) && text[j] !== '\n'; j++) {
    const c = text[j];
    if (c === ')' || c === ']') return true;
    if (c === '(' || c === '[') return false;
  }
  return false;
}

/**
 * The index in before (the text from `from`) of the last sentence's stop, as `/[.!?]\s+[^.!?]*$/` finds it, the stops
 * that end no sentence passed over; -1 if none.
 */
function lastStopBefore(text: string, from: number, before: string): number {
  for (let p = before.length - 1; p >= 0; p--) {
    if (!/[.!?]/.test(before[p]!)) continue;
    if (!endsSentence(text, from + p)) continue;
    return /\s/.test(before[p + 1] ?? '') ? p : -1;
  }
  return -1;
}

/** The index in after (the text from `from`) of the first stop that ends a sentence, or of a blank line; -1 if none. */
function firstStopAfter(text: string, from: number, after: string): number {
  for (const m of after.matchAll(/[.!?](?=\s|$)|\n\s*\n/g)) if (!/^[.!?]$/.test(m[0]) || endsSentence(text, from + m.index!)) return m.index!;
  return -1;
}

function around(text: string, start: number, end: number): { line: string; sentence: string; at: number; previousLine: string; nextLine: string; next: string } {
  const fullLineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEndAt = text.indexOf('\n', end);
  const lineStart = Math.max(fullLineStart, start - LINE_WINDOW);
  const lineEnd = Math.min(lineEndAt === -1 ? text.length : lineEndAt, end + LINE_WINDOW);
  const previousStart = fullLineStart > 0 ? Math.max(text.lastIndexOf('\n', fullLineStart - 2) + 1, fullLineStart - 1 - LINE_WINDOW) : fullLineStart;
  const beforeFrom = Math.max(0, start - 300);
  const before = text.slice(beforeFrom, start);
  const sentenceStart = Math.max(lastStopBefore(text, beforeFrom, before) + 1, before.lastIndexOf('\n\n') + 2, 0);
  const after = text.slice(end, end + 300);
  const stop = firstStopAfter(text, end, after);
  // The next sentence of the same paragraph, if the sentence ends with a full stop rather than a blank line.
  const next = stop === -1 || !/[.!?]/.test(after[stop]!) ? '' : after.slice(stop + 1).replace(/^[ \t]*\n?[ \t]*/, '');
  return {
    next,
    at: before.length - sentenceStart,
    // A line cut at its start opens with an ellipsis, so that what is anchored at a line's start does not match there.
    line: (lineStart > fullLineStart ? '… ' : '') + text.slice(lineStart, lineEnd),
    previousLine: text.slice(previousStart, Math.max(previousStart, fullLineStart - 1)),
    nextLine: lineEndAt === -1 ? '' : text.slice(lineEndAt + 1, Math.min(text.length, lineEndAt + 1 + 200)).split('\n')[0]!,
    sentence: before.slice(sentenceStart) + text.slice(start, end) + (stop === -1 ? after : after.slice(0, stop)),
  };
}

/**
 * The number heading a list item ("  (3) x@…", "3. x@…", "[3] …", "3) …"), in group 1, 2 or 3; in a quoted copy too
 * ("> (3) …"), and with a short label of the item's network or kind before the account ("(3) Instagram: @x", "2. E-mail:
 * x@…").
 */
const ITEM_NUMBER = /^[ \t]*(?:>[ \t]?)*(?:\((\d{1,2})\)|\[(\d{1,2})\]|(\d{1,2})[.)])[ \t]+(?:\p{L}[\p{L}-]{0,20}(?:[ \t]\p{L}[\p{L}-]{0,20})?[ \t]*:[ \t]*)?$/u;
/**
 * A letter heading a list item, maybe words of the item before the account ("  b) account cliente associato al numero di
 * telefono +39 …", "(b) the account registered to …"): group 1 or 2 is the letter.
 */
const ITEM_LETTER = /^[ \t]*(?:\(([a-z])\)|([a-z])\))[ \t]+[^\n]{0,120}$/;
/**
 * A noun of what a list names, then item numbers ("Identifier (3)", "identifiers (1) and (2)", "entry [2]", "Item 3",
 * "items 1 and 2"): the list's items named by their numbers. Group 1 is the numbers.
 */
const ITEMS_NAMED =
  /(?<![\p{L}])(?:identifiers?|items?|entr(?:y|ies)|accounts?|targets?|usernames?|addresses|address|numbers?|lines?)[ \t\n]+((?:\(\d{1,2}\)|\[\d{1,2}\]|#?\d{1,2})(?:[ \t\n]*(?:,|and|&|or)[ \t\n]*(?:\(\d{1,2}\)|\[\d{1,2}\]|#?\d{1,2})){0,5})(?![\d\p{L}([])/giu;
/**
 * A noun of a list's point, then its letter in a bracket ("point b)", "punto b)", "Punkt b)", "item (b)", "apartado b)",
 * "alínea b)"): the list's item named by its letter. Group 1 is the letter.
 */
const ITEM_LETTER_NAMED =
  /(?<![\p{L}])(?:points?|items?|entr(?:y|ies)|identifiers?|punto|punti|punt|punkt|apartado|alínea|ponto|élément|pozycj\p{L}{0,3}|bod)[ \t\n]+\(?([a-z])\)(?![\p{L}])/giu;
const NAMED_AFTER_ITEMS = 4_000;

/**
 * An item of a numbered list that a sentence after it names by its number and denies ("  (3) talbot…@outlook.com" …
 * "Identifier (3) is not a Google account and nothing has been preserved for it", "We could not locate an account for
 * entry [2]"): the provider restated the request as a numbered list and answered each item by its number.
 */
function deniedByNumber(text: string, a: FoundAccount): boolean {
  const lineStart = text.lastIndexOf('\n', a.start - 1) + 1;
  const head = ITEM_NUMBER.exec(text.slice(lineStart, a.start));
  const letterHead = head ? null : ITEM_LETTER.exec(text.slice(lineStart, a.start));
  if (!head && !letterHead) return false;
  const n = head ? Number(head[1] ?? head[2] ?? head[3]) : NaN;
  const letter = letterHead ? (letterHead[1] ?? letterHead[2]!).toLowerCase() : null;
  const after = text.slice(a.end, a.end + NAMED_AFTER_ITEMS);
  // The list's items named after it: by their numbers, or by a letter ("per il punto b) non è stato individuato …").
  const named = letter ? [...after.matchAll(ITEM_LETTER_NAMED)].filter((m) => m[1]!.toLowerCase() === letter) : [...after.matchAll(ITEMS_NAMED)].filter((m) => (m[1]!.match(/\d{1,2}/g) ?? []).some((d) => Number(d) === n));
  for (const m of named) {
    // The sentence that names it, from the stop before to the stop after; the clause there.
    const from = Math.max(0, ...[...after.slice(0, m.index!).matchAll(/[.!?](?=\s)|\n[ \t]*\n/g)].map((s) => s.index! + s[0].length));
    const stop = after.slice(m.index!).search(/[.!?](?=\s|$)|\n[ \t]*\n/);
    const sentence = after.slice(from, stop === -1 ? after.length : m.index! + stop);
    if (deniesAccount(clauseAt(sentence, m.index! - from))) return true;
  }
  return false;
}

/**
 * The kind of thing a value is named as, right before it ("the organization lanternworks-labs", "the server 8877…", "die
 * Gruppe x"): a thing that may not be an account at all. Group 1 is the kind's noun.
 */
const KIND_BEFORE =
  /(?<![\p{L}])(organi[sz]ation|organisation|organización|organizzazione|organisatie|organizacja|server|serveur|servidor|guild|group|gruppe|groupe|grupo|gruppo|groep|grupa|workspace|community|communauté|comunidad|page|seite|página|pagina)[ \t]+$/iu;

/**
 * A value named as a kind of thing ("the organization lanternworks-labs") that a sentence of the message denies as a
 * kind, its subject that noun in the plural ("Organizations are not accounts for preservation purposes", "Servers
 * cannot be preserved", "Organisationen sind keine Konten"): the provider set the whole kind aside, and the value with
 * it. The sentence is read up to a colon (what follows it explains).
 */
function deniedByKind(text: string, a: FoundAccount): boolean {
  const kind = KIND_BEFORE.exec(text.slice(Math.max(0, a.start - 40), a.start));
  if (!kind) return false;
  const noun = kind[1]!;
  const stem = noun.slice(0, Math.min(noun.length - 1, 7)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const subject = new RegExp(String.raw`(?:^|[.!?][ \t\n]+|\n)[ \t]*(?:(?:the|all|les|die|los|las|gli|le|de|alle)[ \t]+)?${stem}\p{L}{0,8}[ \t]+([^.!?:]{1,120})`, 'giu');
  for (const m of text.slice(0, 100_000).matchAll(subject)) {
    // A line wrap inside the sentence is read through, a blank line ends it.
    const said = m[0].replace(/^[.!?\s]+/, '').split(/\n[ \t]*\n/)[0]!.replace(/[ \t]*\n[ \t]*/g, ' ');
    // The plural only: the sentence speaks of the kind, not of one thing of it ("The organization x was preserved").
    if (!/^(?:(?:the|all|les|die|los|las|gli|le|de|alle)[ \t]+)?\p{L}+(?:s|en|es|i|e)[ \t]/iu.test(said)) continue;
    if (/[@\d]/.test(said)) continue;
    if (deniesAccount(said)) return true;
  }
  return false;
}

/** A preservation the officer is told how to obtain ("If you would like Snap to preserve x, …"): wished, not made. */
const PRESERVATION_WISHED = /(?<![\p{L}])(?:[Ii]f|[Ss]hould)[ \t]+you[ \t]+(?:would[ \t]+like|wish|want|need)[ \t]+(?:us|\p{Lu}[\p{L}&.-]{1,30})[ \t]+to[ \t]+preserve(?![\p{L}])/u;

/** The provider says, where this account is named, that it found or kept nothing for it. */
function saidNotPreserved(text: string, a: FoundAccount, stackedCells: () => Cell[]): boolean {
  if (deniedByNumber(text, a) || deniedByKind(text, a)) return true;
  // A cell of a table pasted one cell a line: its row says its fate ("fen@…⏎CB-LE-…⏎Preserved"), not the paragraph the
  // rows run together into, which holds the other rows' ("…⏎0x7Ab3…⏎-⏎Not a Coinbase account").
  const cell = stackedCells().find((c) => c.start <= a.start && a.end <= c.end);
  if (cell) return deniesAccount(text.slice(cell.row.start, cell.row.end)) || deniedByHeading(text, a.start);
  const { line, sentence: whole, at, next } = around(text, a.start, a.end);
  // A value alone on its line under its label, in a notice whose cells a copy put one to a line ("User ID⏎1098…⏎Username⏎
  // mothwing.exe⏎Server (for context only)⏎Guild 8877…"): its sentence ends with its cell (and a status cell under it);
  // the next label's words ("for context only" is the server's) are not said of it.
  const cellEnd = cellEndOf(text, a);
  // A value alone on its line, maybe after a short label ("User ID 1029…", "voidwalker.ash"), in a notice whose lines
  // ran together with no stop ("Target(s)⏎User ID …⏎voidwalker.ash⏎Server ID … (not preserved – …)"): the lines under it
  // are other values, and a denial there speaks for them, not for it.
  const sentence = cellEnd !== null ? whole.slice(0, at + cellEnd - a.start) : stackedValue(text, a) ? whole.slice(0, at + a.value.length) : whole;
  // The clause after a semicolon may deny it, pointing back at the account ("Användarnamnet \"x\" … var redan spärrat; vi
  // har inte kunnat bevara några uppgifter för det kontot"), unless the account's own clause speaks of its preservation;
  // on a line read as a row too (an indented copy's prose).
  const semicolon = sentence.indexOf(';', at + a.value.length);
  // A hold is no preservation ("The username @x was held on November 28 at your request and released; it is not part of
  // this preservation"): the clause before the semicolon speaks of one only in other words.
  const deniedAfterSemicolon = semicolon !== -1 && deniesTheAccountBack(sentence.slice(semicolon + 1)) && !speaksOfPreservation(sentence.slice(0, semicolon).replace(HOLD_WORD, ' '));
  if (isRow(line) && !labelledProse(line)) return deniedAfterSemicolon || deniesAccount(ownRow(text, a, line)) || deniedByHeading(text, a.start) || deniedByRecord(text, a.start) || deniedByColumn(text, a.start) || deniedUnderItem(text, a);
  // Prose speaks in clauses; a colon parts a clause's heading from what it announces, each read on its own ("No
  // action needed: we preserved x" is no denial of x, "We could not locate these accounts: x, y" is).
  const after = sentence.slice(at + a.value.length, at + a.value.length + 80);
  // A leading clause of reason or concession before the account's clause ("Because the other name was not found, we
  // preserved x") says nothing of x.
  const clause = clauseAt(sentence, at);
  const own = at - sentence.indexOf(clause) > clause.length - clause.replace(LEADING_REASON, '').length ? clause.replace(LEADING_REASON, '') : clause;
  const said = !preservedAfter(after) && own.split(/:(?=\s)/).some(deniesAccount);
  // An item's status after a dash on its own line ("Account: y@… — no account found", "@y – not preserved"): the dash
  // answers for the item, though a dash between words elsewhere parts clauses.
  const status = ITEM_STATUS.exec(text.slice(a.end, text.indexOf('\n', a.end) === -1 ? a.end + 120 : Math.min(text.indexOf('\n', a.end), a.end + 120)));
  if (status && !/[@\d]/.test(status[1]!) && deniesAccount(status[1]!)) return true;
  // So does one that says it was preserved ("+44 7700 900418 - preserved"): the lines under it, each another item with its
  // own status ("+44 7700 900952 - no WhatsApp account is registered to this number"), are not said of it.
  if (status && !/[@\d]/.test(status[1]!) && ITEM_PRESERVED.test(status[1]!)) return false;
  // The next sentence may deny it, pointing back ("Your request also listed @x. We could not locate it."), unless
  // the account's own sentence speaks of its preservation ("We preserved @x. No messages were found for it.").
  const deniedNext = deniesBack(next) && !speaksOfPreservation(sentence);
  // The rest of its sentence may make its preservation wait on another request ("The organisation \"x\" you mentioned is
  // owned by a different user, and we would need a separate request … before we can preserve it"), unless the account's
  // own clause, up to those words, speaks of its preservation ("We preserved x, but an extension would need a new request").
  const needed = furtherRequestNeeded(sentence.slice(at + a.value.length));
  const ownStart = Math.min(at, Math.max(0, sentence.indexOf(own)));
  const upTo = sentence.slice(ownStart, at + a.value.length + needed);
  const deferred = needed !== -1 && (PRESERVATION_WISHED.test(upTo) || !speaksOfPreservation(upTo));
  // The rest of its sentence may say what was done to it is no preservation ("the username x was held on November 5 so
  // that it cannot be claimed; holding a username is not a preservation of account data"), unless its own clause, up
  // to those words, says it was preserved in a word of preservation itself ("we preserved x; a hold is not …").
  const noPreservation = notAPreservation(sentence.slice(at + a.value.length));
  const notPreserved = noPreservation !== -1 && !PRESERVED_WORD.test(sentence.slice(ownStart, at + a.value.length + noPreservation));
  // The rest of its sentence may say nothing new was preserved for it ("@x is suspended and its data was preserved under a
  // prior request, LR-…; no new preservation was made"), with no other account named before those words.
  const rest = sentence.slice(at + a.value.length);
  const noNew = noNewPreservation(rest);
  const nothingNew = noNew !== -1 && !/@|\bu\/\w/.test(rest.slice(0, noNew));
  // The rest of its sentence may say it is still being worked on under a request of its own ("x@… from your related
  // request is being processed under Google Ref. No. …; you will receive a separate notification for it"), where its
  // sentence speaks of no preservation.
  const pending = pendingElsewhere(rest) !== -1 && !PRESERVED_WORD.test(sentence);
  // So may a clause joined after its own by "and" or "but" ("The account @x is suspended, and no records were preserved
  // for it").
  const deniedInNextClause = deniesInNextClause(sentence.slice(at + a.value.length));
  return said || endedAfter(after) || redirectedAfter(after) || deniedNext || deniedAfterSemicolon || deniedInNextClause || deferred || notPreserved || nothingNew || pending || deniedByHeading(text, a.start);
}

/**
 * A stop that ends a sentence: after a word of three small letters or more, a digit or a closing bracket or quote, and not
 * after a rank's abbreviation ("Insp.", "Const.").
 */
const SENTENCE_STOP = new RegExp(`(?<=(?:\\p{Ll}{3}|[\\d)\\]"'”]))(?<!(?<![\\p{L}])(?:${RANK_ABBREVIATIONS}))[.!?][ \\t]+`, 'gu');

/** A word of a hold, not of a preservation itself ("held", "on hold"). */
const HOLD_WORD = /(?<![\p{L}])(?:held|hold)(?![\p{L}])/giu;

/** A word of preservation itself, not of a hold ("preserved", "conservé", "gesichert", "bewaard", "bevarad"). */
const PRESERVED_WORD = /(?<![\p{L}])(?:preserv|conserv|préserv|(?:mit)?gesichert|bewaard|bevara|zabezpiecz)\p{L}*/iu;

/** A label cell alone on its line: a few words, no stop, no value of an account in it. */
const LABEL_CELL = /^[ \t]*\p{L}[\p{L} ()'/#-]{0,40}?[ \t]*:?[ \t]*$/u;
/**
 * Where the cell of a value alone on its line under a label cell ends, with any status cells under it ("Status⏎Not
 * preserved"); null where the account is not such a cell.
 */
function cellEndOf(text: string, a: FoundAccount): number | null {
  const lineStart = text.lastIndexOf('\n', a.start - 1) + 1;
  const lineEnd = text.indexOf('\n', a.end) === -1 ? text.length : text.indexOf('\n', a.end);
  if (lineStart === 0 || text.slice(lineStart, lineEnd).trim().replace(/^['"‘“]|['"’”]$/g, '') !== a.value) return null;
  const label = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
  if (!label.trim() || !LABEL_CELL.test(label)) return null;
  let end = lineEnd;
  for (let i = 0; i < 2; i++) {
    const keyEnd = text.indexOf('\n', end + 1);
    if (keyEnd === -1 || !STATUS_KEY.test(text.slice(end + 1, keyEnd).trim().replace(/:$/, ''))) break;
    const valueEnd = text.indexOf('\n', keyEnd + 1);
    end = valueEnd === -1 ? text.length : valueEnd;
  }
  return end;
}

/** A line as long as a client's wrap width leaves one, its sentence going on (no stop or colon at its end). */
const WRAPPED_ITEM_LINE = /^[^\n]{60,}[^\s.!?:;][ \t]*$/;

/**
 * A list item that names the account on its head line and says its fate in the lines indented under it ("3. UID
 * 401177263⏎   We could not locate an account with this UID.", "  - 'cinderwick.ava': the account was deactivated …
 * and⏎    no data is retained. We are unable to preserve it."): the head's sentence as it goes on under it, its first
 * clause, or the item's next sentence pointing back at the account, denies it.
 */
function deniedUnderItem(text: string, a: FoundAccount): boolean {
  const lineStart = text.lastIndexOf('\n', a.start - 1) + 1;
  const eol = text.indexOf('\n', a.end);
  const head = text.slice(lineStart, eol === -1 ? text.length : eol);
  if (eol === -1 || !ITEM_HEAD.test(head)) return false;
  const indent = indentOf(head);
  const under: string[] = [];
  for (let end = eol, previous = head; under.length < MAX_ITEM_LINES && end !== -1 && end < text.length; ) {
    const nextEnd = text.indexOf('\n', end + 1);
    const next = text.slice(end + 1, nextEnd === -1 ? text.length : Math.min(nextEnd, end + 1 + LINE_WINDOW));
    if (!next.trim() || ITEM_HEAD.test(next)) break;
    // A line no deeper goes on with the item only where a wrap cut the long line above it in mid-sentence.
    if (indentOf(next) <= indent && !WRAPPED_ITEM_LINE.test(previous)) break;
    under.push(next.trim());
    previous = next;
    end = nextEnd;
  }
  if (!under.length) return false;
  const tail = `${text.slice(a.end, eol)} ${under.join(' ')}`.replace(/^['"’”»`)\]]?[ \t]*:?/, '');
  const stop = tail.search(/[.!?](?=\s|$)/);
  const first = stop === -1 ? tail : tail.slice(0, stop);
  if (!/[@\d_]/.test(first) && deniesAccount(clauseAt(first, 0))) return true;
  // Any sentence of the item may refuse the preservation itself ("… Eine Sicherung durch GMX ist nicht möglich.").
  if (tail.split(/(?<=[.!?;])\s+/).some((s) => !/[@\d_]/.test(s) && noPreservationAct(s))) return true;
  return stop !== -1 && deniesBack(tail.slice(stop + 1).trim());
}

/** A short label before a value on its line: up to three words, no verb's stop or clause ("User ID", "Target"). */
const SHORT_LABEL = /^[ \t]*(?:[-*•][ \t]+)?(?:\p{L}[\p{L}()]{0,20}(?:[ \t]+\p{L}[\p{L}()]{0,20}){0,2}[ \t]*:?[ \t]*)?$/u;
/**
 * The line under a value in a stacked notice: a label or a value, maybe with an aside in brackets, no sentence (no stop
 * before a blank or the line's end), opening with a capital, a digit or an @, or one token alone ("voidwalker.ash"); a
 * short label may follow the aside where a copy joined the next line to a long one ("… (not preserved – …) Preserved at").
 */
const STACKED_NEXT = /^[ \t]*(?:(?:\p{Lu}|\d|@)(?:[^\n.!?(]|[.!?](?=\S)){0,120}(?:\([^()\n]{0,200}\)(?:[ \t]+[^\s.!?()]{1,20}){0,3})?|[^\s()]{2,80})[ \t]*$/u;

/** A value alone on its line (or after a short label), the next line another label or value: a stacked notice's value. */
function stackedValue(text: string, a: FoundAccount): boolean {
  const lineStart = text.lastIndexOf('\n', a.start - 1) + 1;
  const lineEnd = text.indexOf('\n', a.end);
  if (lineEnd === -1 || /\S/.test(text.slice(a.end, lineEnd))) return false;
  if (!SHORT_LABEL.test(text.slice(lineStart, a.start))) return false;
  const nextEnd = text.indexOf('\n', lineEnd + 1);
  let next = text.slice(lineEnd + 1, nextEnd === -1 ? Math.min(text.length, lineEnd + 400) : Math.min(nextEnd, lineEnd + 400));
  // Its aside a wrap left open at the line's end and closed on the line after ("… (not preserved – server-level content
  // is⏎preserved only through member accounts)") is read whole, as on one line.
  if (nextEnd !== -1 && /\([^()\n]{0,200}$/.test(next)) {
    const afterEnd = text.indexOf('\n', nextEnd + 1);
    const rest = text.slice(nextEnd + 1, afterEnd === -1 ? Math.min(text.length, nextEnd + 200) : Math.min(afterEnd, nextEnd + 200));
    if (/^[^()\n]{0,200}\)/.test(rest)) next = `${next} ${rest}`;
  }
  return STACKED_NEXT.test(next);
}

/** A status that says the item was preserved, and nothing else ("preserved", "Preserved.", "conservé", "gesichert"). */
const ITEM_PRESERVED = /^[ \t]*(?:preserved|conserv[ée]e?s?|préserv[ée]e?s?|gesichert|conservad[oa]s?|preservad[oa]s?|conservat[oia]|bewaard|bevarad|zabezpieczon[eya])[ \t]*\.?[ \t]*$/iu;

/** A status after a value and a dash on its line, to the line's end. */
const ITEM_STATUS = /^['"’”»`]?[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?[-–—][ \t]+([^\n]{1,100})$/;

/** A "Key: value" line, maybe as a list item; the key is the first group. */
const KEY_LINE = /^[ \t]*(?:[-*•][ \t]+)?(\p{L}[\p{L} ()]{0,30}?)[ \t]*:[ \t]*\S/u;
/** A key that gives the outcome for what the lines above it name. */
const STATUS_KEY = /^(?:status|result|outcome|state|action(?:[ \t]+taken)?|statut|résultat|estado|resultado|stato|esito|ergebnis|resultaat|uitkomst|status[ \t]+\p{L}+|wynik)$/iu;
const MAX_RECORD_LINES = 6;

/**
 * A record of "Key: value" lines ("Target: @x⏎Status: No account found"): a status line under the account's, before
 * the next line with the account's key or a blank line, speaks for it.
 */
function deniedByRecord(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let lineEnd = text.indexOf('\n', at);
  const key = KEY_LINE.exec(text.slice(lineStart, lineEnd === -1 ? text.length : Math.min(lineEnd, lineStart + 300)))?.[1];
  if (!key) return false;
  for (let i = 0; i < MAX_RECORD_LINES && lineEnd !== -1; i++) {
    const nextEnd = text.indexOf('\n', lineEnd + 1);
    const line = text.slice(lineEnd + 1, nextEnd === -1 ? text.length : Math.min(nextEnd, lineEnd + 301));
    lineEnd = nextEnd;
    const next = KEY_LINE.exec(line)?.[1];
    if (!next || next.toLowerCase() === key.toLowerCase()) return false;
    if (STATUS_KEY.test(next.trim())) return deniesAccount(line);
  }
  return false;
}

const MAX_BLOCK_ABOVE = 8;
/** A heading sentence over a blank line may wrap over a few lines. */
const HEADING_LINES = 3;

/**
 * The lines of a value's paragraph above it, and the last lines of the paragraph before ("Preserved on 5 November:⏎⏎
 * +31 6 …"): where a value stands on a line of its own, its heading is there.
 */
function blockAbove(text: string, at: number): string {
  const lines: string[] = [];
  let lineStart = text.lastIndexOf('\n', at - 1) + 1;
  for (let blank = false, before = 0; lines.length < MAX_BLOCK_ABOVE && lineStart > 0 && before < HEADING_LINES; ) {
    const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const previous = text.slice(previousStart, Math.min(lineStart - 1, previousStart + 300));
    lineStart = previousStart;
    // A quoted blank line ("> ") is blank.
    if (!previous.replace(/^[\s>]+/, '')) {
      if (blank) break;
      blank = true;
      continue;
    }
    lines.push(previous);
    if (blank) before++;
  }
  return lines.join('\n');
}

/** How far above a row its table's header is looked for. */
const TABLE_REACH = 4000;

/**
 * A table row whose cell under a header of finding or keeping answers "no" ("| x | Preserved? | No |", "x   Found: Nein"):
 * the row's account was not kept. The table is read from its paragraph's start to the row's end.
 */
function deniedByColumn(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEndAt = text.indexOf('\n', at);
  const lineEnd = lineEndAt === -1 ? text.length : lineEndAt;
  const reach = Math.max(0, lineStart - TABLE_REACH);
  let from = reach;
  for (const m of text.slice(reach, lineStart).matchAll(/\n[ \t]*\n/g)) from = reach + m.index! + 1;
  return findTables(text, from, lineEnd).some((c) => c.start >= lineStart && deniesByAnswer(c.header, c.value));
}

/** A column of one of the account's details ("Registered e-mail", "Phone", "Display name"), not of its outcome. */
const DETAIL_COLUMN = /(?<![\p{L}])(?:e-?mail|phone|mobile|number|name|address|handle|user|account|id|uid|profile|url|link)(?![\p{L}])/iu;
const OUTCOME_COLUMN = /(?<![\p{L}])(?:status|result|outcome|state|found|preserved|notes?|remarks?|comments?|action)(?![\p{L}])/iu;

/**
 * A table row as it speaks of the account in it: a cell under another of the account's details that says it has none
 * ("(none on file)", "not registered" under "Registered e-mail") speaks of that detail, not of the account, and is
 * left out; the account's own cell and an outcome column's ("Status: not found") still speak for the row.
 */
function ownRow(text: string, a: FoundAccount, line: string): string {
  const lineStart = text.lastIndexOf('\n', a.start - 1) + 1;
  const lineEndAt = text.indexOf('\n', a.start);
  const lineEnd = lineEndAt === -1 ? text.length : lineEndAt;
  if (lineEnd - lineStart > 500) return line;
  const reach = Math.max(0, lineStart - TABLE_REACH);
  let from = reach;
  for (const m of text.slice(reach, lineStart).matchAll(/\n[ \t]*\n/g)) from = reach + m.index! + 1;
  const cells = findTables(text, from, lineEnd).filter((c) => c.start >= lineStart && c.end <= lineEnd);
  if (cells.length < 2) return line;
  let row = text.slice(lineStart, lineEnd);
  for (const c of cells) {
    const own = c.start <= a.start && a.end <= c.end;
    if (own || !DETAIL_COLUMN.test(c.header) || OUTCOME_COLUMN.test(c.header) || !deniesAccount(c.value)) continue;
    row = row.slice(0, c.start - lineStart) + ' '.repeat(c.end - c.start) + row.slice(c.end - lineStart);
  }
  return row;
}

/** A list item: a bullet, a number or an indent. */
const ITEM_LINE = /^(?:[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]|[ \t]{2,}\S)/;
const MAX_ITEMS_UP = 30;

/**
 * An item of a list whose heading denies what it lists ("Account(s) not found:⏎  1. x@…", "Not located:⏎ - y"): the
 * heading is the first line above the items, maybe over one blank line.
 */
/** A line drawn of dashes, equals signs or a table's corners. */
const RULE_LINE = /^[ \t>]*[-=_+|*]{5,}[ \t]*$/;
const BAR_ROW = /^[ \t>]*\|/;

/** A line of one value alone: a token, or a phone number in its groups. */
const ALONE_VALUE = /^[ \t]*(?:\S+|\+?\(?\d{1,4}\)?(?:[ .-]\(?\d{1,5}\)?){1,5})[ \t]*$/;
function deniedByHeading(text: string, at: number): boolean {
  let lineStart = text.lastIndexOf('\n', at - 1) + 1;
  // A "Key: value" line is an item too ("The following account could not be located:⏎Username: x"), under a heading
  // that ends in its colon.
  // A table's row drawn with bars ("| Kik username | x |") is an item too, under the heading above its rule.
  // A value alone on its line is an item too ("No information has been preserved for:⏎⏎m.alt@…"), a phone number's groups
  // included ("…the following phone number:⏎⏎+34 555 010 119"), and so are the values alone on the lines above it.
  const lineEnd = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at);
  const alone = lineEnd - lineStart <= 200 && ALONE_VALUE.test(text.slice(lineStart, lineEnd));
  const item = (line: string) => ITEM_LINE.test(line) || BAR_ROW.test(line) || (alone && ALONE_VALUE.test(line));
  const keyed = !alone && !item(text.slice(lineStart, lineStart + 12));
  if (keyed && !KEY_LINE.test(text.slice(lineStart, Math.min(lineEnd, lineStart + 300)))) return false;
  for (let i = 0, blank = false; i < MAX_ITEMS_UP && lineStart > 0; i++) {
    const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const previous = text.slice(previousStart, Math.min(lineStart - 1, previousStart + 300));
    lineStart = previousStart;
    if (!previous.trim()) {
      if (blank) return false;
      blank = true;
      continue;
    }
    if (item(previous) || (keyed && KEY_LINE.test(previous))) {
      if (blank) return false;
      continue;
    }
    // A table's rule under its heading ("Identifiers not found⏎-----⏎| Kik username | x |") parts nothing.
    if (RULE_LINE.test(previous)) continue;
    // A bracket in a heading is an aside on something else ("Accounts preserved (content not included):").
    if (!(keyed ? /:[ \t]*$/ : /:[ \t]*$|^[^.!?]{1,60}$/).test(previous)) return false;
    return deniesAccount(wrappedHeading(text, previousStart, previous).replace(/\([^()]{3,}\)/g, ''));
  }
  return false;
}

/**
 * A heading that a wrap carried over lines ("The following identifier did not match a Google account, and nothing was
 * preserved⏎for it:"): its last sentence, read from the lines of its paragraph above it (a blank line, an item or a
 * sentence's end before it closes it).
 */
function wrappedHeading(text: string, lineStart: number, line: string): string {
  let heading = line;
  for (let i = 0, start = lineStart; i < HEADING_LINES - 1 && start > 0; i++) {
    const previousStart = text.lastIndexOf('\n', start - 2) + 1;
    const previous = text.slice(previousStart, Math.min(start - 1, previousStart + 300));
    if (!previous.replace(/^[\s>]+/, '') || ITEM_LINE.test(previous) || /[.!?:][ \t]*$/.test(previous)) break;
    heading = `${previous} ${heading}`;
    start = previousStart;
  }
  const sentences = heading.split(/(?<=[.!?])[ \t]+(?=\S)/);
  return sentences[sentences.length - 1]!.replace(LEADING_SUBORDINATE, '');
}

/**
 * A table row, list item, dot-leader or "Label: value" line, a line that maps something to one value with an arrow
 * ("Reference X  -> y@…", the value closing the line), or a line indented as an item or an aligned cell, speaks for
 * itself; prose speaks in sentences.
 */
/**
 * A line laid out as a row: cells (parted by bars, or by tabs as an HTML mail's table pasted as text parts them), an
 * arrow, a list item, a dash after an indent, wide gaps (or two double blanks between words, not after a stop: "x@…
 * Outlook.com  Conservé  18/11/2026"), dot leaders, an indent.
 */
const ROW_LAYOUT = /\||\S\t[ \t]*\S|(?:[^\s.!?:;,] {2}[^\s][^\n]*?){2}|\S[ \t]+(?:->|=>|→|⇒)[ \t]+\S+[ \t]*$|^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]|^[ \t]{2,}\S[^\n]{0,60}?[ \t]+[-–—][ \t]+\p{L}|\S[ \t]{3,}\S|\S[ \t]+\.{2,}[ \t]+\S|^[ \t]{4,}\S/u;
/** A "Label: value" line. */
const KEY_VALUE = /^[ \t]*\p{L}[\p{L}\d ()/'-]{0,30}:[ \t]+(?=\S)/u;

function isRow(line: string): boolean {
  return ROW_LAYOUT.test(line) || KEY_VALUE.test(line);
}

/**
 * A "Label: …" line, laid out as nothing else, whose value is a sentence of its own: a verb in it and words around the
 * account ("Reference QX-1: the account x was preserved and the number you gave was not found."). It speaks in
 * clauses like prose, where a row's outcome is said of the whole row ("Username: x (not found)").
 */
function labelledProse(line: string): boolean {
  const label = KEY_VALUE.exec(line);
  if (!label || ROW_LAYOUT.test(line)) return false;
  const value = line.slice(label[0].length);
  return value.trim().split(/\s+/).length >= 5 && hasOwnVerb(value);
}

/**
 * Accounts the provider says it preserved: not those it could not find, nor the officer's own details. A value the
 * provider says anywhere it did not find or keep is not confirmed where it is named again (a bilingual notice says it
 * twice; a summary names it before the sentence that refuses it).
 */
/**
 * A value a line wrap cut short ("linkedin.com/in/auden-sorrel-⏎4b7a19", "@gullwing.⏎parade"), or the tail it cut off,
 * whose whole form the message names elsewhere: the whole one is the account, the cut one nothing.
 */
function cutByWrap(text: string, a: FoundAccount, found: FoundAccount[]): boolean {
  // Or its tail, on the line under the cut ("…/in/auden-sorrel-⏎4b7a19"): the line above ends in the whole form's head.
  const head = /(\S{1,40})\r?\n[ \t>]*$/.exec(text.slice(Math.max(0, a.start - 48), a.start));
  if (head && found.some((o) => o.value.length > a.value.length && o.value.toLowerCase().includes((head[1]! + a.value).toLowerCase()))) return true;
  const wrap = /^([.-]?)\r?\n[ \t>]*(\w{1,6})/.exec(text.slice(a.end, a.end + 20));
  if (!wrap) return false;
  // The whole form goes on with what the next line starts with ("auden-sorrel-" + "4b7a19").
  const whole = (a.value + wrap[1]! + wrap[2]!).toLowerCase();
  return found.some((o) => o.value.length > a.value.length && o.value.toLowerCase().includes(whole));
}

/**
 * A help channel the provider points its users to ("Account holders seeking help can contact @Support", "you may reach
 * out to @SnapchatSupport"): the provider's own handle, whatever its name.
 */
const HELP_CHANNEL_BEFORE = /(?<![\p{L}])(?:can|may|should|could|please)[ \t\n]+(?:also[ \t\n]+)?(?:contact|reach(?:[ \t\n]+out[ \t\n]+to)?|message|write[ \t\n]+to|tweet[ \t\n]+at|follow|DM)[ \t\n]+$/iu;

/**
 * A notification's footer naming its recipient ("This email was sent to r.roe@…", "Diese E-Mail wurde an … gesendet",
 * "Cet e-mail a été envoyé à …", "Este correo se envió a …"): the officer's own address, never a target's.
 */
const RECIPIENT_NOTICE_BEFORE =
  /(?<![\p{L}])(?:(?:this|the)[ \t\n]+(?:e-?mail|message|notification|notice)[ \t\n]+(?:was|has[ \t\n]+been|is[ \t\n]+being)[ \t\n]+(?:sent|delivered|addressed)[ \t\n]+to|(?:diese|die)[ \t\n]+(?:e-?mail|nachricht|benachrichtigung)[ \t\n]+(?:wurde|ging)[ \t\n]+an|(?:cet|ce)[ \t\n]+(?:e-?mail|courriel|message)[ \t\n]+a[ \t\n]+été[ \t\n]+(?:envoyé|adressé)[ \t\n]+à|este[ \t\n]+(?:correo(?:[ \t\n]+electr[óo]nico)?|mensaje|e-?mail)[ \t\n]+(?:se[ \t\n]+envi[óo]|fue[ \t\n]+enviado|ha[ \t\n]+sido[ \t\n]+enviado)[ \t\n]+a|deze[ \t\n]+(?:e-?mail|bericht)[ \t\n]+(?:is|werd)[ \t\n]+(?:verzonden|verstuurd)[ \t\n]+naar)[ \t\n]*[:<(]?[ \t]*$/iu;

/**
 * A header line that names messages or the mail's path, not people; also a certified-mail receipt's message identifier
 * ("Identificativo messaggio: opec….@legalmail.it", Italian PEC) and its other languages' labels.
 */
const MESSAGE_HEADER_LINE =
  /^[ \t>]*(?:Message-ID|In-Reply-To|References|Return-Path|Received|X-[\w-]+|identificativo[ \t]+(?:del[ \t]+)?messaggio|message[ \t]+identifier|nachrichten-?id|identifiant[ \t]+du[ \t]+message|identificador[ \t]+del[ \t]+mensaje)[ \t]*:/i;

/** A header field's opening ("Subject:", "X-Mailer:"): a field name of letters, digits and dashes, then its colon. */
const HEADER_FIELD_OPENING = /^[ \t>]*[A-Za-z][\w-]{1,40}:/;
/** A header folded over this many lines at most is read as one field. */
const MAX_FOLDED_LINES = 6;

/**
 * The line at `lineStart` continues a header field of messages or the mail's path: a folded field ("References:
 * <a@…>⏎ <b@…>"), or one a copy wrapped ("Message-ID:⏎<…@….prod.outlook.com>"), lines up to the field's own without a
 * blank line or another field between.
 */
function continuesMessageHeader(text: string, lineStart: number): boolean {
  let end = lineStart - 1;
  for (let n = 0; n < MAX_FOLDED_LINES && end > 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (!line.trim()) return false;
    if (MESSAGE_HEADER_LINE.test(line)) return true;
    if (HEADER_FIELD_OPENING.test(line)) return false;
    end = start - 1;
  }
  return false;
}

export function confirmedAccounts(text: string, found: FoundAccount[]): FoundAccount[] {
  let stacked: Cell[] | null = null;
  const stackedCells = () => (stacked ??= findTables(text, 0, text.length).filter((c) => text.slice(c.row.start, c.row.end).includes('\n')));
  const denied = new Set(found.filter((a) => saidNotPreserved(text, a, stackedCells)).map((a) => a.value.toLowerCase()));
  const byLine = new Map<number, FoundAccount[]>();
  for (const a of found) {
    const lineStart = text.lastIndexOf('\n', a.start - 1) + 1;
    const same = byLine.get(lineStart);
    if (same) same.push(a);
    else byLine.set(lineStart, [a]);
  }
  return found.filter((a) => {
    if (denied.has(a.value.toLowerCase())) return false;
    // A word of state or absence where a name would stand ("'see below'", "\"tbd\"", "n/a"), whichever reader took it, is no name.
    if (NOT_A_NAME_WORD.test(a.value.trim())) return false;
    // A period's adjective ("one additional 90-day period") is no name.
    if (/^\d{1,4}-(?:day|week|month|year|hour)s?$/i.test(a.value.trim())) return false;
    // Two letters are a word of the sentence a label ran into ("nome utente da Lei indicato"), no service's user name.
    if (/^@?\p{L}{1,2}$/u.test(a.value.trim())) return false;
    // A number inside an address ("…/status/1855…", "?id=…") is the address's part, not an account of its own.
    if (/[/=]/.test(text[a.start - 1] ?? '') && !/[/.@]/.test(a.value)) return false;
    // An address of one post, not of a profile ("x.com/name/status/1855…", "instagram.com/p/C3x…", "…/video/7301…").
    if (POST_URL.test(a.value) || REPOSITORY_URL.test(a.value)) return false;
    if (cutByWrap(text, a, found)) return false;
    if (ofOtherParty(text.slice(Math.max(0, a.start - 80), a.start))) return false;
    if (RECIPIENT_NOTICE_BEFORE.test(text.slice(Math.max(0, a.start - 60), a.start))) return false;
    if (a.value.startsWith('@') && HELP_CHANNEL_BEFORE.test(text.slice(Math.max(0, a.start - 40), a.start))) return false;
    const { line, sentence, previousLine, nextLine } = around(text, a.start, a.end);
    // A mail header's identifier of a message ("Message-ID: <8a1f…@gmx.net>"), wherever a copy left its header, names
    // no account.
    if (MESSAGE_HEADER_LINE.test(line) || (!HEADER_FIELD_OPENING.test(line) && continuesMessageHeader(text, text.lastIndexOf('\n', a.start - 1) + 1))) return false;
    // A cell of a table stacked one cell a line stands in its row as a row's cell does.
    const row = isRow(line) || stackedCells().some((c) => c.start <= a.start && a.end <= c.end);
    // A value given as an example of how to write one ("Example identifiers in requests should be formatted as
    // appleid@example.com", "z. B. name@…", "par exemple …") is no account, where its sentence speaks of no preservation.
    // A "Label: …" line whose value gives the account after an example's word ("How to submit future requests: identify
    // accounts by username (e.g. u/…)") keys no account: its value is prose, and the example one.
    if ((!row || exampleInLabelledValue(text, a)) && givenAsExample(text, a)) return false;
    // "Contact" as an attribute of the account's own address, in words of its preservation ("the account and its contact
    // e-mail address x@…", "l'adresse de contact x@…"), is no invitation to contact anyone.
    // A value alone on its line under its label ("Member profile⏎https://…", a notice whose lines ran together in a copy)
    // is said by that label, not by a run of such lines read as one sentence up to a "Questions?" at the notice's end.
    const ownLine = line.trim() === a.value.trim();
    const said = row ? line : ownLine ? `${previousLine}\n${line}` : sentence;
    const contactFree = speaksOfPreservation(said) ? said.replace(CONTACT_ATTRIBUTE, (w) => ' '.repeat(w.length)) : said;
    if (PHONE_OR_ADDRESS.test(a.value) && CONTACT_SENTENCE.test(contactFree)) return false;
    // A value the sentence excepts from what it preserved ("… wurden mit Ausnahme von x@… gesichert", "all accounts
    // except 1844…", "with the exception of @y").
    if (exceptedIn(sentence, a.value)) return false;
    // A handle right after a verb of reaching it ("Please do not contact @Safety or X support channels", "DM @Support"):
    // a channel of the provider's, not an account.
    if (a.value.startsWith('@') && CONTACT_HANDLE_BEFORE.test(text.slice(Math.max(0, a.start - 30), a.start))) return false;
    // An invitation to follow the provider ("Follow us: @SnapchatSupport", "Stay connected: Twitter @TikTokSafety"):
    // its handles and pages are the provider's own.
    if (FOLLOW_US.test(said)) return false;
    // The writer's own handle or page in a signature's or a footer's line ("Twitter: @…", "Binance Team | @binance").
    if (writersOwnHandle(text, a)) return false;
    // In prose, a value needs its sentence, or the heading above a line of its own, to name an account or the
    // preservation: "Our colleague Ana Ruiz (ana.r@…) handled this" names neither.
    // A line of values: this one and maybe others, after a short label ("Outlook.com: …"), brackets ("(dbid:…)").
    // The other accounts found on the line are values too ("PixelMoth_Rex (4810293375)": a name and its id).
    const others = (byLine.get(text.lastIndexOf('\n', a.start - 1) + 1) ?? []).filter((o) => o !== a && o.value.length > 2 && line.includes(o.value));
    const values = others.reduce((l, o) => l.replace(o.value, ''), line.replace(a.value, '')).replace(/\([^()]*\)/g, '').replace(/^[\s>*•-]*\p{L}[\p{L}\d. -]{0,30}:/u, '')
      // An item headed by its own number and the number's words ("Ticket 2611 1804 0091 - x@…", "Case #7741 – @y",
      // "Google Ref. No. 53390417 – x@…").
      .replace(/^[\s>*•-]*(?:\p{L}[\p{L}.]{1,20}[ \t]+){1,3}#?(?=[A-Z0-9 -]{0,30}\d{4})[A-Z0-9][A-Z0-9 -]{3,30}?[ \t]+[-–—][ \t]+/u, '')
      // Or followed by it ("@x - Case #0193374811").
      .replace(/[ \t]+[-–—][ \t]+(?:\p{L}[\p{L}.]{1,20}[ \t]+){1,3}#?(?=[A-Z0-9 -]{0,30}\d{4})[A-Z0-9][A-Z0-9 -]{3,30}[ \t]*$/u, '');
    // Its quotes ("  'grachtenvos'") leave it alone on its line as a bare item does.
    const alone = /^[\s>,;<>*•'"‘’“”«»-]*$/.test(values.replace(/[^\s]*[@\d][^\s]*/g, ''));
    if (!row && !namesAnAccount(sentence) && !(alone && namesAnAccount(blockAbove(text, a.start)))) return false;
    // A postal address's line holds the company's phones; a number of more digits than any phone has (E.164: 15) is
    // none ("X Corp. has preserved … @x (Account ID: 1702284466190848001)", a user id on a line that names the company).
    // A sentence that says the value was preserved, the company its subject with its legal form ("Uber Technologies,
    // Inc. has preserved … phone number +1 312 555 0163"), is no address: there, and where a copy lost its line breaks
    // (a run-on forward from a phone, the footer's address on the same line), the value's sentence is read, not the line.
    const postal = !row && speaksOfPreservation(sentence) ? POSTAL_LINE.test(sentence.replace(LEGAL_FORM, ' ')) : POSTAL_LINE.test(line);
    if (/^\+?[\d ().-]{7,}$/.test(a.value) && digits(a.value) <= 15 && postal) return false;
    const contact = CONTACT_LINE.test(line) && !ACCOUNT_RECORD_LINE.test(previousLine) && !ACCOUNT_RECORD_LINE.test(nextLine);
    const officers = (l: string) => OFFICER_LINE.test(l) || CONTACT_LINE.test(l);
    // A line the line above runs on into, that line ending at a comma ("Officer: Det. Con. Harriet Blaine,⏎harriet.blaine@…,
    // 07700 900512", a copy wrapped at its width), is read with it: the officer it names there is this value's too.
    // Of the line above, the words after its last stop: a signature run on after the message's last sentence ("… (ID
    // 5518…). Thanks, Det. K. Amara, Youth Crimes, 555-0173,⏎k.amara@…") is read without that sentence.
    // A stop after a short capitalised word ("Det.", "K.") is an abbreviation's, no sentence's end.
    const above = previousLine.slice(-300);
    let cut = 0;
    for (const m of above.matchAll(SENTENCE_STOP)) cut = m.index! + m[0].length;
    const tail = above.slice(cut);
    const runOn = /,[ \t]*$/.test(previousLine) && !speaksOfPreservation(`${tail}\n${line}`) && officersLine(`${tail} ${line}`, a.value);
    return !officersLine(line, a.value) && !runOn && !contact && !(/^[ \t]*$/.test(line.replace(a.value, '').replace(/[,;()<>'"‘’“”«»]/g, '')) && officers(previousLine));
  });
}

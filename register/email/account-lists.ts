import type { FoundAccount } from './accounts';
import { OTHER_OBJECT_BEFORE, OTHER_OBJECT_NOUNS } from './other-objects';
import { preservationAsserted } from './preservation-asserted';
import { findTables } from './tables';

/**
 * Accounts written one per line: the items under a line that announces them ("Snapchat account(s):", "Targets",
 * "the accounts below", "the following blog(s):", a blog being an account of a blogging service), and the cells of a table column headed by an account word ("Yahoo ID", "Coinbase user ID").
 * Only names that look like one count (a digit, `_`, `.` or `#` in them): "Rider" or "Host" in a list is no account.
 */
const INTRO_WORDS =
  /(?<![\p{L}])(?:accounts?|account\(s\)|blogs?|blog\(s\)|identifiers?|identifier\(s\)|identifiants?|kennungen|identificador(?:es)?|identificativi|targets?|users?|usernames?|gamertags?|profiles?|comptes?|utilisateurs?|konten|kontos?|nutzer(?:konten|namen)?|benutzer(?:konten|namen)?|cuentas?|usuarios?|contas?|utenti|kont(?:on|ot|en|i|a)?|gebruikers?(?:namen)?|användare|användarnamn|brukere?|brugere?|konta|użytkownicy|użytkowników)(?![\p{L}])/iu;
/**
 * An intro whose head noun is another thing's, the account only its owner: "Zones on this account", "Devices linked to
 * the user" (a participle first, "Preserved for these accounts:", still announces accounts).
 */
const OTHER_HEAD = /^[ \t]*(?!(?:accounts?|targets?|users?|usernames?|profiles?)\b|\p{L}+ed\b)\p{L}+[ \t]+(?:on|of|for|in|under|linked[ \t]+to|associated[ \t]+with)[ \t]+(?:this|the|that|these|each)[ \t]+(?:accounts?|users?|profiles?)\b/iu;
/** A list headed by another thing's ids ("Meeting IDs referenced in your request …:", "Order numbers:"): not accounts. */
const OTHER_IDS_HEAD = new RegExp(`^[ \\t]*(?:the[ \\t]+)?(?:${OTHER_OBJECT_NOUNS.join('|')})s?[ \\t]+(?:ids?|numbers?|nos?\\.?|identifiers?|codes?)(?![\\p{L}])`, 'iu');
/** An intro whose subject is the addressee or the addressee's request, and whose verb names or asks. */
export const ASKED_INTRO =
  /(?<![\p{L}])(?:(?:your|the)[ \t]+(?:(?:original|preservation)[ \t]+)?(?:request|letter|order|submission|e-?mail)[ \t]+(?:listed|named|included|mentioned|identified|specified|lists|names|includes|mentions|asked[ \t]+(?:us[ \t]+)?(?:to[ \t]+preserve|for))|you[ \t]+(?:asked|requested|listed|named|submitted|gave|provided)|(?:listed|named|given|identified|specified|provided)[ \t]+in[ \t]+your[ \t]+(?:request|letter|order|submission|e-?mail)|votre[ \t]+demande[ \t]+(?:mentionnait|mentionne|listait|visait)|ihre[ \t]+anfrage[ \t]+(?:nannte|nennt|enthielt|listete)|su[ \t]+solicitud[ \t]+(?:incluía|mencionaba|indicaba))(?![\p{L}])/iu;
/** "below", "following" and their translations ("suivants", "folgende", "siguientes", "seguenti", "följande", "hieronder"). */
const INTRO_SHAPE =
  /:[ \t]*$|(?<![\p{L}])(?:below|following|suivante?s?|ci-dessous|folgenden?|nachstehenden?|siguientes?|seguintes?|abaixo|seguenti|sottostanti|följande|nedan|volgende|hieronder|følgende|nedenfor|poniższ\p{L}*|następując\p{L}*)(?![\p{L}])|^[ \t]*\S+(?:[ \t]+\S+){0,2}[ \t]*$/iu;
/**
 * An item: a bullet, a number or an indent, then the name, then the end of the line, a wide gap or a bracket. A
 * system's prefix may head the name ("dbid:AAD4…", "live:.cid.7a3f…"), and stays part of it. The name may stand in
 * quotes ("  'frostlantern.77'", "- “grachtenvos”", "• «kiesel_bank»"), as a list's items often do; the quotes mark it
 * as a name, so a quoted item is one even with no digit or mark in it, and may hold spaces where a digit or a `#` says
 * it is a gamertag or a tagged name ("'Salt Marsh 77'", "“Grim Harbinger#0412”").
 */
const ITEM = /^(?:[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]*|[ \t]{2,})(['"‘“„«]?[ \u00a0]?)((?:[a-z]{2,8}:\.?(?=[\w.-]{0,60}\d))?[A-Za-z0-9_][A-Za-z0-9_.#-]{1,59})([ \u00a0]?['"’”“»]?)(?=[ \t]*[,;]?[ \t]*$|[ \t]{2,}|[ \t]+[-–(|])/;
const SPACED_QUOTED_ITEM = /^(?:[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]*|[ \t]{2,})(['"‘“„«][ \u00a0]?)([A-Za-z0-9_][A-Za-z0-9_.#-]{0,20}(?: [A-Za-z0-9_.#-]{1,20}){1,3})([ \u00a0]?['"’”“»])(?=[ \t]*[,;]?[ \t]*$|[ \t]{2,}|[ \t]+[-–(|])/;
/**
 * An item with no bullet, number or indent: a name alone on its line, maybe quoted ("The following accounts were
 * preserved:⏎fen_otter_77⏎ivy.loom.77"), as a plain-text copy of a notice's list leaves it. The whole line is the name.
 */
const UNMARKED_ITEM = /^(['"‘“„«]?)([A-Za-z0-9_][A-Za-z0-9_.#-]{1,59})(['"’”“»]?)(?=[ \t]*$)/;
const QUOTE_PAIRS: Record<string, string> = { "'": "'", '"': '"', '‘': '’', '“': '”', '„': '“', '«': '»' };
/** The item's name where its quotes (if any) pair up, and whether it was quoted; null where they do not. */
function itemName(item: RegExpExecArray): { name: string; quoted: boolean } | null {
  const open = item[1]!.trim();
  const close = item[3]!.trim();
  if (!open && !close) return { name: item[2]!, quoted: false };
  return open && QUOTE_PAIRS[open] === close ? { name: item[2]!, quoted: true } : null;
}
/** An item that is a phone number, national or international ("07700 900412", "+44 7700 900418"). */
const LABELLED_ITEM = /^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]*\p{L}[\p{L} -]{0,20}:[ \t]*\S/u;
const KEY_AFTER = /^[ \t]*:/;
/** An address of a page in the text whose path or query holds the number as a whole segment ("…/users/show/4881…", "?id=1000…"). */
function carriedByAddress(text: string, id: string): boolean {
  for (const m of text.matchAll(/(?:https?:\/\/)?(?:[\w-]{1,63}\.){1,4}[a-z]{2,24}\/[^\s]{0,200}/gi)) {
    if (new RegExp(`[/=]${id}(?![\\d])`).test(m[0])) return true;
  }
  return false;
}
const URL_ITEM = /^(?:[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]*|[ \t]*)(?:https?:\/\/)?(?:[\w-]{1,63}\.){1,4}[a-z]{2,24}\/[^\s]{0,200}[ \t]*$/i;
const PHONE_ITEM = /^(?:[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]*|[ \t]{2,})(\+?\(?\d[\d \t().-]{6,22}\d)[ \t]*$/;
/**
 * A name as a list of accounts gives it: a letter and a digit, `_`, `.` or `#`; or lower-case words joined by hyphens,
 * as GitHub and others write names ("tallinn-dev-ops", "pale-orchard"), no word in capitals.
 */
const NAME_SHAPE = /^(?=[a-z0-9-]{5,39}$)[a-z0-9]{2,}(?:-[a-z0-9]{2,}){1,4}$|^(?=.*[A-Za-z])(?=.*[_.#\d])(?:[a-z]{2,8}:\.?(?=[\w.-]{0,60}\d)[A-Za-z0-9_][A-Za-z0-9_.#-]{1,59}|[A-Za-z0-9_][A-Za-z0-9_.#-]{1,39})$/;
const ID_SHAPE = /^(?:[0-9a-f]{16,40}|\d{5,25})$/i;
/**
 * An intro that announces ids of accounts ("the following user IDs:", "account numbers below"): its items may be bare
 * numbers, unless another thing's noun owns the ids ("Server IDs:").
 */
const ID_INTRO = /\b(?:user|account|member|profile|player|customer|subscriber)s?[ \t]?(?:ids|id\(s\)|identifiers|numbers|uids)\b/i;

/**
 * An account word in a language read, or an id by name or abbreviation ("ID", "UID", "XUID", "DSID"), or the word
 * providers use for what the request named ("Identifier", "Target identifier", "Identifiant").
 */
/** A nickname's word in the languages read ("Nickname", "Apodo", "Apelido", "Pseudo", "Soprannome"). */
const NICKNAME = String.raw`nick(?:name)?|apodo|apelido|pseudo(?:nyme)?|soprannome`;
const ACCOUNT_COLUMN = new RegExp(
  String.raw`(?<![\p{L}])(?:account|user(?:name)?|target|handle|id|uid|xuid|dsid|identifiers?|identifiant|kennung|identificador|profile|channel|gamertag|konto|benutzer(?:name)?|nutzer|compte|utilisateur|cuenta|usuario|conta|utente|gebruiker(?:snaam)?|användare|bruker|bruger|użytkownik|login|felhasználó(?:név)?|fiók(?:azonosító)?|kullanıcı(?:[ \t]+adı)?|hesap|uživatel(?:ské[ \t]+jméno)?|utilizator|käyttäjä(?:tunnus|nimi)?|${NICKNAME})(?![\p{L}])`, 'iu');
/** A column of something else; "preserved" only where it heads the column ("Preserved on", "Preserved?"), not "Identifier preserved". */
const NOT_ACCOUNT_COLUMN = /\b(?:type|status|date|ref|reference|request|case|role|preservation|ticket)\b|^[ \t]*preserved\b/i;

/** A column of names, not of ids ("User", "Username", "Handle", "Gamertag"; not "User ID"). */
const NAME_COLUMN = new RegExp(String.raw`^(?:(?:discord|target|preserved)[ \t]+)?(?:user(?:[ \t]?name)?|handle|gamertag|account[ \t]name|utilisateur|benutzer(?:name)?|usuario|gebruiker(?:snaam)?|login|${NICKNAME})s?$`, 'i');
/** A lower-case name with no digit or mark in it ("wraithlit"): a name only where its column says so. */
const PLAIN_NAME = /^(?=[a-z0-9_.]{0,31}[a-z])[a-z0-9_.]{3,32}$/;
/**
 * A name of capitals and small letters run together, no blank, a small letter before a capital inside it
 * ("TundraByteYT", "DuskRiverTV", "FenHollow"): a name only where its column says so, as a plain lower-case one is.
 */
const CAMEL_NAME = /^(?=[A-Za-z0-9_.]{0,30}[a-z][A-Z])[A-Za-z][A-Za-z0-9_.]{2,31}$/;
/** Words parted by single blanks, then a four-digit discriminator ("Grim Harbinger#0412"). */
const SPACED_TAG = /^[A-Za-z0-9_.]{1,20}(?: [A-Za-z0-9_.]{1,20}){1,3}#\d{4}$/;
/**
 * A word where a name would stand that says the account's state or role, or that there is none ("deleted", "public",
 * "target", "n/a"): no name, in a table's name column ("User: unknown") or in brackets after an id ("(suspended)").
 */
export const NOT_A_NAME_WORD =
  /^(?:none|null|unknown|yes|no|true|false|pending|preserved|found|n\/a|na|tbd|same|see[ \t]below|deleted|removed|suspended|banned|blocked|active|inactive|disabled|deactivated|public|private|verified|unverified|closed|terminated|locked|restricted|archived|dormant|mobile|primary|secondary|main|old|new|former|current|target|victim|suspect|e\.[ \t]?g\.?|i\.[ \t]?e\.?|z\.[ \t]?b\.?|d\.[ \t]?h\.?|u\.[ \t]?a\.?|p\.[ \t]?ex\.?|p\.[ \t]?ej\.?|n\.[ \t]?b\.?|bijv\.?|etc\.?|a\.k\.a\.?)$/i;
const CELL_LABEL = /^[\p{L}][\p{L} ]{1,20}:[ \t]*/u;
/** A cell that is a system's prefixed id as a whole name ("live:.cid.7c21…"): letters, a colon, no blank, a digit in it. */
const PREFIXED_CELL = /^[a-z]{2,8}:\.?(?=[\w.-]{0,60}\d)[A-Za-z0-9_][A-Za-z0-9_.#-]{1,59}(?=$|[ \t]+\()/;
const QUOTED_HEAD = /^(['"‘“])([A-Za-z0-9_][A-Za-z0-9_. #-]{0,38}[A-Za-z0-9_])['"’”](?=[ \t]|$)/;
const CELL_ID = /\((?:user[ \t]+)?ID[ \t:]+(\d{5,25})\)/i;

/** A list item's id in brackets right after its name: digits only, maybe labelled ("(4810293375)", "(user ID 1188…)"). */
const ITEM_ID = /^[ \t]*\((?:(?:user|account|player|member|profile)[ \t]+)?(?:id[ \t]*[:#]?[ \t]*)?(\d{5,25})\)/i;
/**
 * A bare id's item whose brackets give the account's name by its label ("- 884120553301987329 (username: kruk_z_mazur)",
 * "* 3310928475 (handle: fern_07)", "(login: …)"): the name says the number is an account's id, so the id is one too.
 */
const ITEM_NAME_LABEL = /^[ \t]*\((?:(?:user[ \t]?name|handle|login|log-?in[ \t]name|screen[ \t]name|gamertag|display[ \t]name|nick(?:name)?|alias|pseudo(?:nyme)?|nom[ \t]d['’]utilisateur|benutzername|nutzername|nombre[ \t]de[ \t]usuario|usuario|nome[ \t]utente|nome[ \t]de[ \t]usu[áa]rio|utilizador|gebruikersnaam|användarnamn|brukernavn|brugernavn|nazwa[ \t]u[żz]ytkownika)[ \t]*[:=][ \t]*|(?=@))(@?[A-Za-z0-9_][A-Za-z0-9_.#-]{1,38}[A-Za-z0-9_])[ \t]*\)/i;

const MAX_LINES = 2000;

export function listedAccounts(text: string, from: number, to: number): FoundAccount[] {
  const found: FoundAccount[] = [];
  const lines: Array<{ start: number; line: string }> = [];
  for (let pos = from; pos < to && lines.length < MAX_LINES; ) {
    const eol = text.indexOf('\n', pos);
    const end = eol === -1 || eol > to ? to : eol;
    lines.push({ start: pos, line: text.slice(pos, Math.min(end, pos + 300)) });
    pos = end + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    const intro = lines[i]!.line;
    // An announcing sentence may wrap: "Account data associated with the following number has been\npreserved as of …:".
    const previous = i > 0 ? lines[i - 1]!.line : '';
    const wrapped = /:[ \t]*$/.test(intro) && /\S/.test(previous) && !/[.!?:][ \t]*$/.test(previous) && INTRO_WORDS.test(previous);
    // An intro of a preservation over a list whose first item is an address of a page ("Preserved channels:⏎  https://www.
    // twitch.tv/x⏎  x_clips", "Perfiles conservados:⏎- https://…"): the page is an account's, and so are its siblings.
    const overPages = PRESERVED_WORD.test(intro) && /:[ \t]*$/.test(intro) && URL_ITEM.test(lines[i + 1]?.line ?? '');
    if (!(INTRO_WORDS.test(intro) || wrapped || overPages) || !INTRO_SHAPE.test(intro)) continue;
    if (OTHER_HEAD.test(intro) || OTHER_IDS_HEAD.test(intro)) continue;
    // The officer's own list, echoed back ("Your request listed these usernames:", "You asked us to preserve the
    // following accounts:"): what was asked, not what was preserved, unless the intro says it was.
    const announce = wrapped ? `${previous} ${intro}` : intro;
    if (ASKED_INTRO.test(announce) && !preservationAsserted(announce)) continue;
    const idList = ID_INTRO.test(intro) && !OTHER_OBJECT_BEFORE.test(intro.slice(0, intro.search(ID_INTRO)));
    let j = i + 1;
    if (lines[j] && !lines[j]!.line.trim()) j++;
    // Bare numbers among the items, and the digits of the ids the list's other items name as accounts' ("- 9938… (username:
    // hollow.lantern)"): a bare number of about their length is an id of the same kind ("- 10400228713…"), once the list ends.
    const bare: FoundAccount[] = [];
    const idDigits: number[] = [];
    for (; j < lines.length && j < i + 50; j++) {
      const { start, line } = lines[j]!;
      const phone = PHONE_ITEM.exec(line);
      const phoneDigits = phone ? phone[1]!.replace(/\D/g, '').length : 0;
      if (phone && phoneDigits >= 9 && phoneDigits <= 15) {
        const at = line.indexOf(phone[1]!);
        found.push({ value: phone[1]!, start: start + at, end: start + at + phone[1]!.length });
        continue;
      }
      const match = ITEM.exec(line) ?? SPACED_QUOTED_ITEM.exec(line) ?? UNMARKED_ITEM.exec(line);
      const item = match && itemName(match);
      const at = match ? match.index + match[0].length - match[3]!.length - (item?.name.length ?? 0) : -1;
      // A "- email: …" item is the list's too (its value is read by its label); the list goes on under it, and so
      // does an aligned key ("  Outlook.com   : x@…"), which names the service, not an account.
      if ((!item && LABELLED_ITEM.test(line)) || (item && KEY_AFTER.test(line.slice(at + item.name.length + match![3]!.length)))) continue;
      // An item that is an address of a page ("  https://www.twitch.tv/x", "- instagram.com/y") is the list's too (read
      // as a profile's address where it is one); the list goes on under it.
      if (!item && URL_ITEM.test(line)) continue;
      if (!item) break;
      const name = item.name;
      const id = ID_SHAPE.test(name) && (idList || (/^\d+$/.test(name) && ITEM_NAME_LABEL.test(line.slice(at + name.length + match![3]!.length))));
      if (id && /^\d+$/.test(name)) idDigits.push(name.length);
      if (!id && /^\d{8,25}$/.test(name) && /^[ \t]*[,;]?[ \t]*$/.test(line.slice(at + name.length + match![3]!.length))) bare.push({ value: name, start: start + at, end: start + at + name.length });
      const quotedName = item.quoted && (PLAIN_NAME.test(name) || (name.includes(' ') && /[\d#]/.test(name)));
      if (id || quotedName || (NAME_SHAPE.test(name) && !/^[\d-]+$/.test(name))) {
        found.push({ value: name, start: start + at, end: start + at + name.length });
        // The item's numeric id in brackets after its name ("PixelMoth_Rex (4810293375)", "shearwater.9 (user ID 118…)").
        const labelled = id && !idList ? ITEM_NAME_LABEL.exec(line.slice(at + name.length)) : null;
        if (labelled) {
          const nameAt = start + at + name.length + labelled.index + labelled[0].lastIndexOf(labelled[1]!);
          found.push({ value: labelled[1]!, start: nameAt, end: nameAt + labelled[1]!.length });
        }
        const bracketed = ITEM_ID.exec(line.slice(at + name.length));
        if (bracketed) {
          const idAt = start + at + name.length + bracketed.index + bracketed[0].indexOf(bracketed[1]!);
          found.push({ value: bracketed[1]!, start: idAt, end: idAt + bracketed[1]!.length });
        }
      }
    }
    // So is a bare number that an address of a page in the list carries (its intro's value or an item: "Identifiers:
    // https://…/people/Name/1000892…/⏎             1000892…"): the profile's id, written out.
    const listed = lines.slice(i, j).map((l) => l.line).join('\n');
    // A list of bare numbers alone under an intro that says they were preserved ("We have preserved the data associated
    // with the following Roblox accounts:⏎⏎4182093756⏎3309817245"): the accounts' ids, nothing else being listed.
    const onlyBare = bare.length > 0 && bare.length === lines.slice(i + 1, j).filter((l) => l.line.trim()).length && PRESERVED_WORD.test(announce);
    for (const b of bare) if (onlyBare || idDigits.some((n) => Math.abs(n - b.value.length) <= 2) || carriedByAddress(listed, b.value)) found.push(b);
  }
  for (const cell of findTables(text, from, to)) {
    if (!ACCOUNT_COLUMN.test(cell.header) || NOT_ACCOUNT_COLUMN.test(cell.header)) continue;
    // "Instagram: moselle.ferryman (ID 58120937746)": a product's name before the account, an id in brackets after it.
    // A system's prefix may head the name, as in a list's item ("live:.cid.7c21…", "live:quarry.lark_9"): the cell holds
    // it whole, so the colon is the name's, not a label's.
    const prefixed = PREFIXED_CELL.exec(cell.value)?.[0];
    const label = prefixed ? '' : (CELL_LABEL.exec(cell.value)?.[0] ?? '');
    const name = prefixed ?? /^@?[A-Za-z0-9_][A-Za-z0-9_.#-]{1,39}(?=$|[ \t]+\()/.exec(cell.value.slice(label.length))?.[0];
    if (name && (NAME_SHAPE.test(name.replace(/^@/, '')) || ID_SHAPE.test(name))) found.push({ value: name, start: cell.start + label.length, end: cell.start + label.length + name.length });
    // '"PixelHarbor_Quinn" roblox.com/users/…': a quoted name heading the cell, whatever follows it.
    const quoted = QUOTED_HEAD.exec(cell.value.slice(label.length));
    if (quoted) found.push({ value: quoted[2]!, start: cell.start + label.length + 1, end: cell.start + label.length + 1 + quoted[2]!.length });
    // The column bounds the cell, so its whole value is the name where the column names one: a plain lower-case name
    // ("wraithlit"), one of capitals and small letters run together ("TundraByteYT") or a name with spaces and its
    // discriminator ("Grim Harbinger#0412"), as a list item is not.
    const whole = cell.value.slice(label.length);
    if (!quoted && NAME_COLUMN.test(cell.header) && (PLAIN_NAME.test(whole) || SPACED_TAG.test(whole) || CAMEL_NAME.test(whole))) {
      found.push({ value: whole, start: cell.start + label.length, end: cell.start + label.length + whole.length });
    }
    const id = CELL_ID.exec(cell.value);
    if (id) found.push({ value: id[1]!, start: cell.start + id.index + id[0].indexOf(id[1]!), end: cell.start + id.index + id[0].indexOf(id[1]!) + id[1]!.length });
  }
  return found;
}

/**
 * The request's identifiers named as what was submitted, then "were" ("For reference, the usernames submitted were:", "the
 * accounts you listed are:", "die von Ihnen übermittelten Benutzernamen waren:", "les identifiants que vous avez soumis
 * étaient :", "los usuarios que nos envió eran:", "gli account da voi indicati erano:"): the list under it is the request's,
 * after the answer or before it. The words end at the list's colon ("the two accounts you listed are not linked, …" is no
 * intro of a list).
 */
const SUBMITTED_WERE = String.raw`(?:(?:the[ \t\n]+)?(?:usernames?|user[ \t\n]+names|accounts?|identifiers?|handles?|targets?|selectors?|users?)[ \t\n]+(?:(?:(?:that[ \t\n]+)?you[ \t\n]+)?(?:submitted|listed|provided|sent|named|gave|requested)|(?:in|of|from)[ \t\n]+your[ \t\n]+request)[ \t\n]+(?:were|are|was|is)|die[ \t\n]+(?:von[ \t\n]+Ihnen[ \t\n]+)?(?:übermittelten|angefragten|genannten|angegebenen|eingereichten)[ \t\n]+(?:Benutzernamen|Nutzernamen|Konten|Kennungen|Accounts)[ \t\n]+(?:waren|lauten|lauteten|sind)|les[ \t\n]+(?:identifiants|comptes|noms[ \t\n]+d['’]utilisateur|pseudonymes)[ \t\n]+(?:que[ \t\n]+vous[ \t\n]+(?:nous[ \t\n]+)?avez[ \t\n]+)?(?:soumis|transmis|indiqués|demandés|fournis)[ \t\n]+(?:étaient|sont)|(?:los|las)[ \t\n]+(?:usuarios|identificadores|nombres[ \t\n]+de[ \t\n]+usuario|cuentas)[ \t\n]+(?:que[ \t\n]+(?:nos[ \t\n]+)?(?:envió|indicó|solicitó|facilitó)|enviad[oa]s|solicitad[oa]s|indicad[oa]s)[ \t\n]+(?:eran|son|fueron)|(?:gli|i)[ \t\n]+(?:account|identificativi|nomi[ \t\n]+utente|utenti)[ \t\n]+(?:da[ \t\n]+(?:voi|lei)[ \t\n]+)?(?:indicati|inviati|richiesti|segnalati)[ \t\n]+(?:erano|sono))(?=[ \t]*:)`;

/**
 * The provider restating the officer's request before answering it ("You submitted the following request through the
 * … System:", "Below is a copy of your request:", "Your request as submitted:", "Your request (as received):", "Vous avez soumis la demande suivante :"):
 * an intro paragraph ending in a colon, then the request's printout, to the next blank line.
 */
const RESTATED_INTRO = new RegExp(
  String.raw`(?<![\p{L}])(?:you[ \t\n]+(?:have[ \t\n]+)?(?:submitted|sent|filed|made|lodged)[ \t\n]+(?:us[ \t\n]+)?the[ \t\n]+following[ \t\n]+(?:request|submission|order)|(?:a[ \t\n]+)?copy[ \t\n]+of[ \t\n]+your[ \t\n]+(?:request|submission|order)|your[ \t\n]+(?:original[ \t\n]+)?(?:request|submission)[ \t\n]+(?:\(?as[ \t\n]+(?:submitted|received|filed)\)?|reads|read|was[ \t\n]+as[ \t\n]+follows)|vous[ \t\n]+(?:nous[ \t\n]+)?avez[ \t\n]+(?:soumis|envoyé|transmis|déposé)[ \t\n]+la[ \t\n]+demande[ \t\n]+suivante|sie[ \t\n]+haben[ \t\n]+(?:uns[ \t\n]+)?(?:folgende|die[ \t\n]+folgende)[ \t\n]+anfrage|(?:usted[ \t\n]+)?(?:envió|presentó)[ \t\n]+la[ \t\n]+siguiente[ \t\n]+solicitud|you[ \t\n]+(?:have[ \t\n]+)?(?:asked|requested)[ \t\n]+(?:us[ \t\n]+)?(?:to[ \t\n]+(?:preserve|secure|freeze|retain|hold)|(?:the[ \t\n]+)?preservation[ \t\n]+of|that[ \t\n]+we[ \t\n]+preserve)[ \t\n]+(?:the[ \t\n]+following|these)|your[ \t\n]+(?:preservation[ \t\n]+)?(?:request|letter|submission)[ \t\n]+(?:listed|named|identified|asked[ \t\n]+(?:us[ \t\n]+)?(?:to[ \t\n]+preserve|for))[ \t\n]+(?:the[ \t\n]+following|these)|vous[ \t\n]+nous[ \t\n]+avez[ \t\n]+demandé[ \t\n]+de[ \t\n]+(?:conserver|préserver|geler)[ \t\n]+(?:les[ \t\n]+(?:éléments|comptes|identifiants)[ \t\n]+suivants|ce[ \t\n]+qui[ \t\n]+suit)|sie[ \t\n]+(?:haben[ \t\n]+uns[ \t\n]+gebeten|baten[ \t\n]+uns),?[ \t\n]+(?:die[ \t\n]+)?folgende|(?:usted[ \t\n]+)?nos[ \t\n]+(?:pidió|solicitó)[ \t\n]+(?:preservar|conservar)[ \t\n]+lo[ \t\n]+siguiente|${SUBMITTED_WERE})(?![\p{L}])`,
  'giu',
);

/**
 * A label naming what the request asked for, its colon, the rest of its line: the label (group 1) holds "requested" or
 * "in (your) request" ("Account(s) in request:", "Requested identifiers:", "Identifiers requested:", "Targets in your
 * request:", "Demandé :", "Angefragt:", "Solicitado:"), never a word of preserving ("Preserved as requested:").
 */
const REQUEST_LABEL =
  /^[ \t|]*((?:[\p{L}()/-]{1,20}[ \t]+){0,3}?(?:requested|asked[ \t]+for|(?:in|from|per)[ \t]+(?:(?:your|the)[ \t]+)?(?:original[ \t]+)?(?:request|submission|letter)|demandée?s?|angefragt|angefordert|laut[ \t]+(?:Ihrer[ \t]+)?Anfrage|solicitad[oa]s?|richiest[oi]|aangevraagd|gevraagd)(?:[ \t]+[\p{L}()/-]{1,20}){0,2}?)[ \t]*:[^\n]*/gimu;
const PRESERVED_WORD = /(?<![\p{L}])(?:preserv\p{L}*|secured|held|frozen|retained|kept|saved|conserv\p{L}*|gesichert|bewaard)(?![\p{L}])/iu;
/** A line under such a label that goes on with its items: indented, or a list item. */
const ITEM_UNDER = /^(?:[ \t]+\S|[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t])/;

/**
 * The officer's request as the subject of a sentence that names what it named, in the provider's prose: "your request
 * (also) mentions / referred to / listed …", "the account x listed in your request", "you also mentioned …", "votre
 * demande mentionne …", "in Ihrer Anfrage genannt", "mencionada en su solicitud", "indicato nella sua richiesta", "genoemd
 * in uw verzoek", "sua solicitação também menciona". What such a sentence names was asked; where the sentence itself
 * says no preservation was done, its values are the request's, not the provider's (a value the provider preserved is
 * named again in its own words, or the sentence says so: "the account x listed in your request has been preserved").
 */
const REQUEST_NOUN = String.raw`(?:(?:original|preservation|earlier|initial)[ \t\n]+)?(?:request|letter|submission|order)`;
const NAMING_VERB = String.raw`(?:also[ \t\n]+)?(?:referred[ \t\n]+to|refers?[ \t\n]+to|mention(?:s|ed)?|names?|named|lists?|listed|includes?|included|identifie[sd]|cites?|cited|references?|referenced)`;
const REQUEST_NAMES = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:your|the)[ \t\n]+${REQUEST_NOUN}[ \t\n]+${NAMING_VERB}|you[ \t\n]+(?:also[ \t\n]+)?(?:mentioned|referred[ \t\n]+to|listed|named|asked[ \t\n]+about|included)` +
    String.raw`|votre[ \t\n]+(?:demande|réquisition)[ \t\n]+(?:mentionn\p{L}*|cit\p{L}*|vis\p{L}*|fait[ \t\n]+référence|comporte|inclut)|Ihre[ \t\n]+(?:Anfrage|Ersuchen)[ \t\n]+(?:nennt|erwähnt|enthält|führt|bezieht)` +
    String.raw`|su[ \t\n]+solicitud[ \t\n]+(?:también[ \t\n]+)?(?:menciona|incluye|cita|se[ \t\n]+refiere)|(?:la[ \t\n]+)?sua[ \t\n]+richiesta[ \t\n]+(?:anche[ \t\n]+)?(?:menziona|cita|include|indica)` +
    String.raw`|uw[ \t\n]+(?:verzoek|aanvraag)[ \t\n]+(?:noemt|vermeldt|bevat)|(?:sua|a[ \t\n]+sua)[ \t\n]+solicitação[ \t\n]+(?:também[ \t\n]+)?(?:menciona|cita|inclui|se[ \t\n]+refere))(?![\p{L}])`,
  'giu',
);
/** The same as a participle after what it names ("the account \"x\" listed in your request", "genannt in Ihrer Anfrage"). */
const NAMED_IN_REQUEST = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:listed|named|mentioned|identified|included|referenced|cited|given)[ \t\n]+in[ \t\n]+(?:your|the)[ \t\n]+${REQUEST_NOUN}` +
    String.raw`|(?:mentionn|indiqu|list|cit|vis)\p{L}{0,4}[ \t\n]+dans[ \t\n]+votre[ \t\n]+(?:demande|réquisition)|in[ \t\n]+Ihrer[ \t\n]+Anfrage[ \t\n]+(?:auch[ \t\n]+)?(?:genannt|erwähnt|aufgeführt|angegeben)e?[nrs]?` +
    String.raw`|(?:mencionad|indicad|listad|incluid|citad)[oa]s?[ \t\n]+en[ \t\n]+su[ \t\n]+solicitud|(?:menzionat|indicat|elencat|citat)[oaie][ \t\n]+nella[ \t\n]+(?:sua[ \t\n]+)?richiesta` +
    String.raw`|(?:genoemd|vermeld)e?[ \t\n]+in[ \t\n]+uw[ \t\n]+(?:verzoek|aanvraag)|(?:mencionad|indicad|listad|citad)[oa]s?[ \t\n]+(?:em|na)[ \t\n]+sua[ \t\n]+solicitação)(?![\p{L}])`,
  'giu',
);
/** A value in the few words before such a participle: an address, a handle, a quoted name, a name with a digit or mark. */
const VALUE_BEFORE = /(?:[@"'“”‘’«»]|\w[._]\w|\d{5})[^\s]{0,80}[ \t\n]{1,3}(?:\S{1,30}[ \t\n]{1,3}){0,2}$/u;
/** The rest of a line that labels a value: a colon ahead with no stop before it ("Order referenced in your request: …"). */
const LABEL_REST = /^[^.!?\n]{0,60}:/;

/**
 * The sentences of the provider's in [from, to) whose subject is the request and whose verb names, or that name a value
 * as the request's, where the sentence says no preservation was done: what they name was asked, not preserved. A label
 * of that kind ("Meeting ID mentioned in your request: …") is read as a label (REQUEST_LABEL). For accounts only: a
 * reference in such a sentence is read as before.
 */
export function requestNamingSentences(text: string, from: number, to: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const region = text.slice(from, Math.min(to, from + 100_000));
  for (const pattern of [REQUEST_NAMES, NAMED_IN_REQUEST]) {
    for (const m of region.matchAll(pattern)) {
      const end = m.index! + m[0].length;
      if (LABEL_REST.test(region.slice(end, end + 61))) continue;
      if (pattern === NAMED_IN_REQUEST && !VALUE_BEFORE.test(region.slice(Math.max(0, m.index! - 120), m.index!))) continue;
      const span = sentenceSpan(region, m.index!, end);
      if (preservationAsserted(region.slice(span.start, span.end))) continue;
      out.push({ start: from + span.start, end: from + span.end });
    }
  }
  return out;
}

/** The sentence around a place: from the last stop or blank line before it to the next stop or blank line, bounded. */
function sentenceSpan(region: string, at: number, end: number): { start: number; end: number } {
  const before = region.slice(Math.max(0, at - 400), at);
  let stop = 0;
  for (const m of before.matchAll(/[.!?][ \t\n]+|\n[ \t]*\n/g)) stop = m.index! + m[0].length;
  const start = at - before.length + stop;
  const after = region.slice(end, end + 600);
  const next = /[.!?](?=[ \t\n]|$)|\n[ \t]*\n/.exec(after);
  return { start, end: end + (next ? next.index + 1 : after.length) };
}

/**
 * The spans of the officer's request restated by the provider within [from, to): the names in them are what was asked,
 * not what was preserved (a name the provider then says it preserved is found again in its own sentence or list).
 */
export function restatedRequests(text: string, from: number, to: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const region = text.slice(from, to);
  // A line whose label names the request's identifiers ("Account(s) in request: …", "Requested identifiers: …",
  // "Identifiers in your request:", "Konten laut Anfrage:"), with the items under it to a blank line: asked, not preserved.
  for (const m of region.slice(0, 100_000).matchAll(REQUEST_LABEL)) {
    if (PRESERVED_WORD.test(m[1]!)) continue;
    let end = m.index! + m[0].length;
    for (let lines = 0; lines < 20 && end < region.length; lines++) {
      const next = region.indexOf('\n', end + 1);
      const line = region.slice(end + 1, next === -1 ? region.length : next);
      if (!ITEM_UNDER.test(line)) break;
      end = next === -1 ? region.length : next;
    }
    out.push({ start: from + m.index!, end: from + end });
  }
  for (const m of region.matchAll(RESTATED_INTRO)) {
    const blank = /\n[ \t]*\n/g;
    blank.lastIndex = m.index! + m[0].length;
    // An intro whose own line ends in its colon, the request quoted right under it ("Your request (as received):⏎\"Please
    // preserve …\""): the printout is the quotation, to its closing mark or the next blank line.
    const lineEnd = region.indexOf('\n', m.index! + m[0].length);
    const introLine = region.slice(m.index!, lineEnd === -1 ? region.length : lineEnd);
    if (lineEnd !== -1 && /:[ \t]*$/.test(introLine) && /^[ \t]*["“«„]/.test(region.slice(lineEnd + 1, lineEnd + 20))) {
      if (preservationAsserted(introLine)) continue;
      let end = lineEnd;
      for (let lines = 0; lines < 30 && end < region.length; lines++) {
        const next = region.indexOf('\n', end + 1);
        const line = region.slice(end + 1, next === -1 ? region.length : next);
        if (!line.trim()) break;
        end = next === -1 ? region.length : next;
        if (/["”»“][ \t]*$/.test(line) && lines > 0) break;
        if (/^[ \t]*["“«„].*["”»“][ \t]*$/.test(line)) break;
      }
      out.push({ start: from + m.index!, end: from + end });
      continue;
    }
    const introEnd = blank.exec(region);
    if (!introEnd || !/:[ \t]*$/.test(region.slice(m.index!, introEnd.index))) continue;
    if (preservationAsserted(region.slice(m.index!, introEnd.index))) continue;
    const printoutEnd = blank.exec(region);
    out.push({ start: from + m.index!, end: from + (printoutEnd ? printoutEnd.index : region.length) });
  }
  return out;
}

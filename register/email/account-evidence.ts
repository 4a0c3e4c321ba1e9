/**
 * Positive evidence that a value named in prose is an account the message is about: the sentence names an account (or
 * a user, a target, an identifier …) or the preservation itself, in a language the parser reads. An address or a
 * number in a sentence with neither ("If you have questions, write to x@…", "Detective Roe can be reached at …")
 * is not proposed: the absence of evidence means "do not propose". One family a line, compiled once.
 */
// PRESERVATION below takes the two families of the preservation itself by their places (4 and 5): keep the order.
const EVIDENCE_WORDS: readonly string[] = [
  // what an account is called
  'accounts?|users?|user[ \\t]?names?|usernames?|handles?|targets?|identifiers?|profiles?|subscribers?|members?|customers?|riders?|drivers?|sellers?|buyers?|hosts?|creators?|players?|gamertags?|cashtags?|channels?|numbers?|e-?mail|address(?:es)?|phones?|ids?|uids?',
  'comptes?|utilisateurs?|identifiants?|profil|abonnés?|konto|kontos|konten|benutzer\\p{L}*|nutzer\\p{L}*|kennung|cuentas?|usuarios?|identificador(?:es)?|perfil|contas?|utilizador|utenti|utente|profilo|gebruikers?\\p{L}*|profiel|användare|användarnamn|bruker\\p{L}*|użytkownik\\p{L}*|til(?:i|in|iä|it|ejä)|käyttäjä\\p{L}*|účet|účtu|účty|účtem|uživatel\\p{L}*|e-?post(?:adress\\p{L}*)?|sähköposti(?:osoite)?',
  // the same in Greek, Turkish, Cyrillic, Romanian, Hungarian, South Slavic and Baltic languages
  'λογαριασμ\\p{L}*|χρήστ\\p{L}*|hesab\\p{L}*|hesap|kullan[ıi]c[ıi]\\p{L}*|üyelik|акаунт\\p{L}*|аккаунт\\p{L}*|учетн\\p{L}*|обліков\\p{L}*|профил\\p{L}*|користувач\\p{L}*|пользовател\\p{L}*|потребител\\p{L}*|contul|conturil\\p{L}*|utilizator\\p{L}*|fiók\\p{L}*|felhasználó\\p{L}*|račun\\p{L}*|korisni[čc]k\\p{L}*|paskyr\\p{L}*|naudotoj\\p{L}*|kont[su]|lietotāj\\p{L}*',
  // a mailbox, the account of a mail service ("die Daten des Postfachs x@…")
  'mailbox(?:es)?|postf[aä]ch\\p{L}*|bo[iî]tes?[ \\t](?:mail|aux[ \\t]lettres)|buz[oó]n(?:es)?|casell[ae][ \\t]di[ \\t]posta|postvak(?:ken)?|brevl[åa]d\\p{L}*|skrzynk\\p{L}*',
  // the preservation itself
  'preserv\\p{L}*|secur\\p{L}*|froze\\p{L}*|freez\\p{L}*|hold|held|retain\\p{L}*|kept|captur\\p{L}*|snapshot|lock\\p{L}*|stored',
  'conserv\\p{L}*|préserv\\p{L}*|sauvegard\\p{L}*|(?:mit)?gesichert|sicherung|gespeichert|aufbewahr\\p{L}*|bewaard|bewaring|bevar\\p{L}*|säkra\\p{L}*|sikre\\p{L}*|zabezpiecz\\p{L}*|zachowan\\p{L}*|preservad\\p{L}*|conservad\\p{L}*|säilyt\\p{L}*|tallenn\\p{L}*|zajišt\\p{L}*|zajist\\p{L}*|uchov\\p{L}*|διατ[ηή]ρ\\p{L}*|muhafaza|збереж\\p{L}*|сохран\\p{L}*|запазен\\p{L}*|съхран\\p{L}*|păstr\\p{L}*|megőr\\p{L}*|sačuva\\p{L}*|pohran\\p{L}*|očuva\\p{L}*|išsaugo\\p{L}*|saglabā\\p{L}*',
  // identification
  'identified|associated|linked|registered|belong\\p{L}*|tied|named|listed|requested|specified',
];
/**
 * The same in Japanese, Korean and Chinese, which join words without a space (an account, a user, a member, the target,
 * an identifier; the preservation): found inside a compound ("ユーザーID", "対象アカウント", "보전일").
 */
const CJK_EVIDENCE = 'アカウント|ユーザー|会員|利用者|対象|識別子|계정|사용자|회원|아이디|대상|账号|帳號|账户|帳戶|用户|用戶|保全|보전|보존';
const EVIDENCE = new RegExp(`(?<![\\p{L}])(?:${EVIDENCE_WORDS.join('|')})(?![\\p{L}])|${CJK_EVIDENCE}`, 'iu');

/** Whether a sentence gives a value it names the role of an account. */
export function namesAnAccount(sentence: string): boolean {
  return EVIDENCE.test(sentence);
}

/** Verbs and nouns of the preservation itself. */
const PRESERVATION = new RegExp(`(?<![\\p{L}])(?:${EVIDENCE_WORDS[4]}|${EVIDENCE_WORDS[5]})(?![\\p{L}])`, 'iu');

/** Whether a sentence speaks of the preservation ("We preserved @x", "@x wurde gesichert"). */
export function speaksOfPreservation(sentence: string): boolean {
  return PRESERVATION.test(sentence);
}

/**
 * A mail client's automatic reply (an out-of-office notice) or a mail server's report that a message could not be
 * delivered (a bounce): whatever numbers its quoted subject carries, it confirms nothing. Known by the prefix the client
 * or server gives its subject, or by the writer's absence or the failed delivery said at the body's start.
 */
const DELIVERY_FAILED = String.raw`undeliverable|undelivered[ \t]+mail|delivery[ \t]+(?:status[ \t]+notification[ \t]+\(failure\)|failure|has[ \t]+failed|failed)|mail[ \t]+delivery[ \t]+failed|returned[ \t]+mail|failure[ \t]+notice|unzustellbar|nicht[ \t]+zustellbar|non[ \t]+remis|non[ \t]+distribuable|onbestelbaar|no[ \t]+se[ \t]+puede[ \t]+entregar|non[ \t]+recapitabile|n[ãa]o[ \t]+entregue|kan[ \t]+inte[ \t]+levereras|kunne[ \t]+ikke[ \t]+leveres|niedostarczalne`;
const AUTO_REPLY_SUBJECT = new RegExp(
  String.raw`^[ \t]*(?:\[[^\]\n]{0,30}\][ \t]*)?(?:automatic[ \t]+reply|auto[ \t-]?reply|autoreply|out[ \t]+of[ \t]+(?:the[ \t]+)?office|automatisch[ \t]+antwoord|afwezigheidsbericht|automatische[ \t]+antwort|abwesenheitsnotiz|r[ée]ponse[ \t]+automatique|absence[ \t]+du[ \t]+bureau|respuesta[ \t]+autom[áa]tica|fuera[ \t]+de[ \t]+la[ \t]+oficina|risposta[ \t]+automatica|fuori[ \t]+sede|resposta[ \t]+autom[áa]tica|autosvar|automatisk[ \t]+svar|fr[åa]nvaro|automaattinen[ \t]+vastaus|odpowied[źz][ \t]+automatyczna|automatick[áa][ \t]+odpov[ěe][ďd]|${DELIVERY_FAILED})(?![\p{L}])`, 'iu');

/** The writer away, in the body's first lines ("I am out of the office from …", "Ik ben afwezig van …", "Ich bin bis … nicht im Büro"). */
const ABSENT =
  /(?<![\p{L}])(?:i[ \t]+am|i['’]m|i[ \t]+will[ \t]+be)[ \t]+(?:currently[ \t]+)?(?:out[ \t]+of[ \t]+(?:the[ \t]+)?office|away[ \t]+from[ \t]+(?:the[ \t]+)?office|on[ \t]+(?:annual[ \t]+)?leave|on[ \t]+holiday|on[ \t]+vacation)|ik[ \t]+ben[ \t]+(?:momenteel[ \t]+)?(?:afwezig|niet[ \t]+op[ \t]+kantoor|met[ \t]+verlof)|ich[ \t]+bin[ \t]+(?:[^.\n]{0,40}[ \t])?(?:abwesend|nicht[ \t]+im[ \t]+b[üu]ro|im[ \t]+urlaub)|je[ \t]+suis[ \t]+(?:actuellement[ \t]+)?(?:absente?|en[ \t]+cong[ée]s?)|estoy[ \t]+(?:fuera[ \t]+de[ \t]+la[ \t]+oficina|de[ \t]+vacaciones|ausente)|sono[ \t]+(?:attualmente[ \t]+)?(?:fuori[ \t]+(?:sede|ufficio)|in[ \t]+ferie|assente)|estou[ \t]+(?:ausente|de[ \t]+f[ée]rias|fora[ \t]+do[ \t]+escrit[óo]rio)|jag[ \t]+[äa]r[ \t]+(?:ledig|borta|p[åa][ \t]+semester)/iu;

/** The failed delivery said in a bounce's first lines. */
const NOT_DELIVERED =
  /(?<![\p{L}])(?:delivery[ \t]+has[ \t]+failed[ \t]+to[ \t]+these[ \t]+recipients|delivery[ \t]+to[ \t]+the[ \t]+following[ \t]+recipients?[ \t]+failed|(?:message|mail)[ \t]+(?:could[ \t]+not|couldn['’]t|wasn['’]t|was[ \t]+not)[ \t]+(?:be[ \t]+)?delivered|konnte[ \t]+an[ \t]+(?:folgende\p{L}*|den)[^\n]{0,20}[ \t]+nicht[ \t]+zugestellt[ \t]+werden|n['’]a[ \t]+pas[ \t]+pu[ \t]+être[ \t]+(?:remis|distribué)|no[ \t]+se[ \t]+pudo[ \t]+entregar|non[ \t]+è[ \t]+stato[ \t]+possibile[ \t]+recapitare|kon[ \t]+niet[ \t]+worden[ \t]+bezorgd)/iu;

export function isAutoReply(subject: string | null, body: string): boolean {
  if (subject !== null && AUTO_REPLY_SUBJECT.test(subject)) return true;
  return ABSENT.test(body.slice(0, 400)) || NOT_DELIVERED.test(body.slice(0, 600));
}

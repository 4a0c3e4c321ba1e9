/**
 * A mail client's automatic reply (an out-of-office notice): whatever numbers its quoted subject carries, it confirms
 * nothing. Known by the prefix the client gives its subject, or by the writer's absence said at the body's start.
 */
const AUTO_REPLY_SUBJECT =
  /^[ \t]*(?:\[[^\]\n]{0,30}\][ \t]*)?(?:automatic[ \t]+reply|auto[ \t-]?reply|autoreply|out[ \t]+of[ \t]+(?:the[ \t]+)?office|automatisch[ \t]+antwoord|afwezigheidsbericht|automatische[ \t]+antwort|abwesenheitsnotiz|r[ée]ponse[ \t]+automatique|absence[ \t]+du[ \t]+bureau|respuesta[ \t]+autom[áa]tica|fuera[ \t]+de[ \t]+la[ \t]+oficina|risposta[ \t]+automatica|fuori[ \t]+sede|resposta[ \t]+autom[áa]tica|autosvar|automatisk[ \t]+svar|fr[åa]nvaro|automaattinen[ \t]+vastaus|odpowied[źz][ \t]+automatyczna|automatick[áa][ \t]+odpov[ěe][ďd])(?![\p{L}])/iu;

/** The writer away, in the body's first lines ("I am out of the office from …", "Ik ben afwezig van …", "Ich bin bis … nicht im Büro"). */
const ABSENT =
  /(?<![\p{L}])(?:i[ \t]+am|i['’]m|i[ \t]+will[ \t]+be)[ \t]+(?:currently[ \t]+)?(?:out[ \t]+of[ \t]+(?:the[ \t]+)?office|away[ \t]+from[ \t]+(?:the[ \t]+)?office|on[ \t]+(?:annual[ \t]+)?leave|on[ \t]+holiday|on[ \t]+vacation)|ik[ \t]+ben[ \t]+(?:momenteel[ \t]+)?(?:afwezig|niet[ \t]+op[ \t]+kantoor|met[ \t]+verlof)|ich[ \t]+bin[ \t]+(?:[^.\n]{0,40}[ \t])?(?:abwesend|nicht[ \t]+im[ \t]+b[üu]ro|im[ \t]+urlaub)|je[ \t]+suis[ \t]+(?:actuellement[ \t]+)?(?:absente?|en[ \t]+cong[ée]s?)|estoy[ \t]+(?:fuera[ \t]+de[ \t]+la[ \t]+oficina|de[ \t]+vacaciones|ausente)|sono[ \t]+(?:attualmente[ \t]+)?(?:fuori[ \t]+(?:sede|ufficio)|in[ \t]+ferie|assente)|estou[ \t]+(?:ausente|de[ \t]+f[ée]rias|fora[ \t]+do[ \t]+escrit[óo]rio)|jag[ \t]+[äa]r[ \t]+(?:ledig|borta|p[åa][ \t]+semester)/iu;

export function isAutoReply(subject: string | null, body: string): boolean {
  if (subject !== null && AUTO_REPLY_SUBJECT.test(subject)) return true;
  return ABSENT.test(body.slice(0, 400));
}

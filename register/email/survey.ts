/**
 * A help desk's satisfaction survey about a closed ticket ("How would you rate our response?", "¿Cómo valorarías nuestra
 * respuesta?", "Wie zufrieden waren Sie …", rating links to ".../surveys/…"): it says the ticket was resolved, never what
 * was preserved.
 */
const SURVEY =
  /(?<![\p{L}])(?:how[ \t\n]+(?:would|did)[ \t\n]+you[ \t\n]+rate|rate[ \t\n]+(?:our|your|the)[ \t\n]+(?:response|reply|support|service|experience)|how[ \t\n]+satisfied[ \t\n]+(?:are|were)[ \t\n]+you|customer[ \t\n]+satisfaction[ \t\n]+survey|c[óo]mo[ \t\n]+valorar[íi]as|c[óo]mo[ \t\n]+calificar[íi]as|valora[ \t\n]+nuestra[ \t\n]+(?:respuesta|atenci[óo]n)|wie[ \t\n]+zufrieden[ \t\n]+(?:waren|sind)[ \t\n]+(?:Sie|du)|wie[ \t\n]+bewerten[ \t\n]+Sie|comment[ \t\n]+(?:évalueriez|noteriez)[- \t\n]vous|come[ \t\n]+valuteresti|hoe[ \t\n]+tevreden[ \t\n]+(?:was|bent)[ \t\n]+(?:u|je)|como[ \t\n]+avalia(?:ria)?)(?![\p{L}])|\/surveys?\/[\w-]{6,}/iu;

export function isSatisfactionSurvey(subject: string | null, body: string): boolean {
  return SURVEY.test(subject ?? '') || SURVEY.test(body.slice(0, 20_000));
}

/**
 * A case's part of a digest or a list of requests whose status says it waits ("Status: IN REVIEW", "Status: Pending",
 * "Estado: en revisión"): that request is not preserved yet, beside the others the same message confirms.
 */
const WAITING_STATUS =
  /(?<![\p{L}])(?:status|state|estado|statut|stato|stand)[ \t]*:[ \t]*(?:in[ \t]+review|under[ \t]+review|pending(?:[ \t]+review)?|in[ \t]+progress|awaiting[^\n]{0,40}|queued|received|submitted|open|not[ \t]+yet[ \t]+\p{L}+|en[ \t]+(?:revisión|cours|attente)|pendiente|in[ \t]+(?:bearbeitung|prüfung)|in[ \t]+(?:lavorazione|attesa))[ \t]*$/imu;
/**
 * A line of its part that says the preservation happened after all: a status of done or a day's label ("Status:
 * Preserved", "Preserved on: …", "Date preserved: …", "Gesichert am: …").
 */
const DONE_WORD = String.raw`(?:preserved|completed|conservée?s?|gesichert|preservad[oa]s?|conservad[oa]s?)`;
const DONE = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?:(?:status|state|estado|statut|stato|stand)[ \t]*:[ \t]*${DONE_WORD}(?![\p{L}])|(?:date[ \t]+)?${DONE_WORD}(?:[ \t]+(?:on|le|am|em|el|en))?[ \t]*:)`,
  'iu',
);

/** Whether a case's part (its reference's lines, up to the next case's) says the request waits, and nothing was preserved. */
export function waitingPart(part: string): boolean {
  return WAITING_STATUS.test(part) && !DONE.test(part);
}

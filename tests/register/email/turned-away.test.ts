import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Messages that turn a request away or leave it waiting (register/email/turned-away.ts) confirm nothing; confirmations
 * that use the same words beside a preservation done stay confirmations.
 */
const H = (from: string, subj: string) => `From: ${from}\nDate: Tue, 17 Nov 2026 10:12:00 +0000\nSubject: ${subj}\n\n`;
const CASES: [name: string, confirms: boolean, text: string][] = [
  ['ack-1', false, H('Google LERS <lers-noreply@google.com>', 'Request received 8812-4471') + 'Thank you for your submission. Your request has been received and assigned reference 8812-4471. It will be reviewed by our team. You will be notified once it has been processed.\n\nPlease do not reply to this email.'],
  ['ack-2', false, H('Snap LE <lawenforcement@snapchat.com>', 'We got your request') + 'Hello,\n\nWe have received your preservation request (Case ID: SNAP-2026-551820) and it is currently pending review. No data has been preserved yet. We will follow up when the request has been processed.\n\nSnap Law Enforcement Operations'],
  ['rfi-1', false, H('Discord <lawenforcement@discord.com>', 'Re: Preservation request [DISC-77120]') + 'Hi Officer,\n\nBefore we can preserve the account, we need the full Discord user ID (a 17-19 digit number) rather than the username. Please reply with the ID and we will process your request under DISC-77120.\n\nThanks,\nDiscord Trust & Safety'],
  ['refuse-1', false, H('Meta <records@fb.com>', 'Your Records Request #5512093') + 'We are unable to process your request. The request does not identify a valid account (the URL provided does not resolve to a Facebook account). Please submit a new request with a valid identifier.\n\nCase number: 5512093'],
  ['refuse-2', false, H('X Legal <legalrequests@x.com>', 'LE-2291044') + 'We have reviewed your request LE-2291044. We could not locate an account matching the username @dune_drifter. No records have been preserved.\n\nX Corp. Legal'],
  ['notfound-3', false, H('Microsoft LNS <lns@microsoft.com>', 'GCC-2210948') + 'Microsoft has reviewed the preservation request referenced above. The account specified could not be found in our systems; therefore, no preservation was performed.\n\nLNS Reference: GCC-2210948'],
  ['pending-1', false, H('TikTok LE <lawenforcement@tiktok.com>', 'Preservation TT-2026-88104') + 'Your preservation request TT-2026-88104 is under review. Preservation will be performed once the review is complete; we will confirm by e-mail.'],
  ['willonce-1', false, H('Uber LERT <lert@uber.com>', 'Request 7712-UB') + 'We will preserve the requested records once we receive a signed request on agency letterhead. Please upload it to the portal quoting request 7712-UB.'],
  ['already-other', false, H('Google <lers-noreply@google.com>', 'Preservation 41188309') + 'The account jane.doe.case@gmail.com is already subject to a preservation made at the request of another authority. No new preservation has been made for your request 41188309.'],
  ['closed-dup', false, H('Snap <lawenforcement@snapchat.com>', 'Closed: SNAP-2026-60011') + 'This request (SNAP-2026-60011) has been closed as a duplicate of a request your agency submitted earlier. Please refer to that request for updates.'],
  ['expired-1', false, H('Microsoft <lns@microsoft.com>', 'GCC-2201177') + 'The preservation under GCC-2201177 expired on 2026-10-02 and the data is no longer held. We cannot extend an expired preservation.'],
  ['de-eingang', false, H('GMX <behoerdenanfragen@gmx.net>', 'Eingangsbestätigung 2026-7781') + 'Sehr geehrte Damen und Herren,\n\nwir bestätigen den Eingang Ihres Ersuchens (Vorgangsnummer 2026-7781). Die Sicherung der Daten wird derzeit geprüft. Sie erhalten gesondert Nachricht.\n\nMit freundlichen Grüßen'],
  ['fr-refus', false, H('Meta <records@fb.com>', 'Demande 5530012') + 'Nous ne sommes pas en mesure de donner suite à votre demande de conservation n° 5530012 : aucun compte ne correspond à l’identifiant fourni. Aucune donnée n’a été conservée.'],
  ['es-pend', false, H('Uber <lert@uber.com>', 'Solicitud UB-7713') + 'Hemos recibido su solicitud de conservación UB-7713. La solicitud está pendiente de revisión y le informaremos cuando se haya completado la conservación.'],
  ['it-rfi', false, H('Meta <records@fb.com>', 'Richiesta 5530013') + 'Per procedere con la conservazione dei dati abbiamo bisogno dell’URL completo del profilo. Si prega di rispondere indicando il numero di richiesta 5530013.'],
  ['nl-nietgevonden', false, H('Microsoft <lns@microsoft.com>', 'GCC-2210950') + 'Wij hebben uw verzoek tot bewaring ontvangen (GCC-2210950). Het opgegeven account is niet gevonden; er zijn geen gegevens bewaard.'],
  ['conf-1', true, H('Google LERS <lers-noreply@google.com>', 'Preservation 88124472') + 'Google has preserved the data associated with the account(s) listed in your request 88124472. The data will be preserved for 90 days.'],
  ['conf-2', true, H('Snap <lawenforcement@snapchat.com>', 'SNAP-2026-551821') + 'We have completed the preservation for the account in your request. Reference: SNAP-2026-551821.'],
  ['conf-partial', true, H('X Legal <legalrequests@x.com>', 'LE-2291045') + 'We have preserved the account @dune_drifter2 under LE-2291045. We could not locate the account @dune_drifter3; no data was preserved for it.'],
  ['conf-de', true, H('GMX <behoerdenanfragen@gmx.net>', 'Vorgang 2026-7782') + 'Die Daten des Postfachs wurden am 16.11.2026 gesichert (Vorgangsnummer 2026-7782).'],
  ['conf-after-ack', true, H('TikTok LE <lawenforcement@tiktok.com>', 'Re: Preservation TT-2026-88105') + 'Following our acknowledgement of 12 November, we confirm that the preservation under TT-2026-88105 has now been completed.'],
  ['ack-dept', false, H('Roblox LE <lawenforcement@roblox.com>', 'Ticket #4410293') + 'Your ticket #4410293 has been received and a member of our team will respond shortly. For emergencies involving imminent harm, call our 24/7 line.'],
  ['ack-autoreply', false, H('Yahoo <lawenforcement@yahooinc.com>', 'Automatic reply: Preservation request') + 'This is an automated response confirming receipt of your e-mail. Preservation requests are processed in the order received. Your reference is YH-PR-7731001.'],
  ['cannot-wo-process', false, H('Apple <lawenforcement@apple.com>', 'PR-2026-130022') + 'Apple is unable to preserve iCloud content for the account without a valid preservation request under 18 U.S.C. 2703(f) or a MLAT request. Please resubmit. PR-2026-130022'],

  ['fwd-team', false, H('Lyft LER <ler@lyft.com>', 'LYFT-LE-20441') + 'Thank you for contacting Lyft. Your inquiry LYFT-LE-20441 has been forwarded to our Law Enforcement Response team, who will reply directly.'],
  ['unmonitored', false, H('Reddit <noreply@reddit.com>', 'Re: Preservation') + 'This mailbox is not monitored. Requests sent by e-mail are not processed. Please submit your preservation request through our portal. Ref RD-00918.'],
  ['portal-only', false, H('Discord <lawenforcement@discord.com>', 'DISC-77130') + 'We do not accept preservation requests by email. Please resubmit through the Kodex portal. Reference for this email: DISC-77130.'],
  ['deleted', false, H('Snap <lawenforcement@snapchat.com>', 'SNAP-2026-551830') + 'The account in your request SNAP-2026-551830 was deleted more than 30 days ago and no data remains available to preserve.'],
  ['ooo', false, H('Yubo <lawenforcement@yubo.live>', 'Out of office') + 'I am out of the office until 24 November with limited access to e-mail. Your message about case YB-4471 will be handled on my return.'],
  ['reviewing', false, H('Coinbase <lawenforcement@coinbase.com>', 'CB-LE-880172') + 'We are reviewing whether your request CB-LE-880172 meets the requirements for a preservation. We will be in touch.'],
  ['es-imposible', false, H('Uber <lert@uber.com>', 'UB-7720') + 'No ha sido posible localizar la cuenta indicada en su solicitud UB-7720, por lo que no se ha conservado ningún dato.'],
  ['fr-impossible', false, H('Meta <records@fb.com>', 'Demande 5530020') + 'Il nous est impossible de conserver les données demandées : le lien fourni ne correspond à aucun compte. Demande 5530020.'],
  ['de-nichtmoeglich', false, H('GMX <behoerdenanfragen@gmx.net>', 'Vorgang 2026-7790') + 'Eine Sicherung ist nicht möglich, da das Postfach bereits gelöscht wurde. Vorgangsnummer 2026-7790.'],
  ['rejected-sig', false, H('Kik <lawenforcement@kik.com>', 'KIK-PR-2026-4410') + 'Request rejected: the request is missing a signature of the requesting officer. KIK-PR-2026-4410'],
  ['forward-upon', false, H('Amazon <lawenforcement@amazon.com>', 'AMZ-5521930') + 'Amazon will retain the data upon receipt of a valid preservation letter. Your case number is AMZ-5521930.'],
  ['c-status', true, H('Discord <noreply@kodexglobal.com>', 'DISC-77140 status') + 'Request: DISC-77140\nStatus: Preserved\nAccounts: 1029384756610293847'],
  ['c-fulfilled', true, H('Roblox LE <lawenforcement@roblox.com>', 'RBX-LE-0049001') + 'Your preservation request RBX-LE-0049001 has been fulfilled. The account data is preserved for 90 days.'],
  ['c-inplace', true, H('Microsoft LNS <lns@microsoft.com>', 'GCC-2210990') + 'A preservation is now in place for the account listed under GCC-2210990.'],
  ['c-closed-after', true, H('Zoom <lawenforcement@zoom.us>', 'ZLR-26-41290 closed') + 'We have preserved the requested records under ZLR-26-41290. This ticket is now closed; reply to reopen it.'],
  ['c-need-later', true, H('Snap <lawenforcement@snapchat.com>', 'SNAP-2026-551840') + 'Snap has preserved the account under SNAP-2026-551840. We will need legal process to disclose any content.'],
  ['c-expire-warn', true, H('Google <lers-noreply@google.com>', 'Preservation 88124480') + 'Google has completed the preservation 88124480. It will expire after 90 days unless extended.'],
  ['c-de', true, H('GMX <behoerdenanfragen@gmx.net>', 'Vorgang 2026-7791') + 'Wir haben die Daten des Postfachs gesichert. Vorgangsnummer 2026-7791.'],
  ['c-ack-then', true, H('TikTok LE <lawenforcement@tiktok.com>', 'TT-2026-88120') + 'We received your request TT-2026-88120 on 10 November. The account data was preserved on 11 November 2026.'],
  ['c-bare', true, H('Apple <lawenforcement@apple.com>', 'PR-2026-130040') + 'Preservation reference: PR-2026-130040\nAccount: jo.case@icloud.com\nPreserved on: 2026-11-12'],
];

describe('a message that closes, refuses, hands on or waits confirms nothing', () => {
  it.each(CASES.filter(([, confirms]) => !confirms))('%s', (_, __, text) => {
    expect(parseProviderEmail(text, new Date('2026-12-01T12:00:00Z')).confirmations).toEqual([]);
  });
});

describe('a preservation done stays confirmed beside the same words', () => {
  it.each(CASES.filter(([, confirms]) => confirms))('%s', (_, __, text) => {
    expect(parseProviderEmail(text, new Date('2026-12-01T12:00:00Z')).confirmations.length).toBeGreaterThan(0);
  });
});

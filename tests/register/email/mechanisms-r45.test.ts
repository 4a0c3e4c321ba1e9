import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 45 (dev30-32: confirmations among look-alikes, provider text in other languages, portals): each
 * shown on invented mail in wordings and layouts not in the sets, with probes that must read the new way (each failed
 * before its change) and probes that must not change.
 */
const NOW = new Date('2026-12-02T12:00:00Z');
const read = (text: string) => parseProviderEmail(text, NOW);
const refs = (text: string) => read(text).confirmations.map((c) => c.reference);

const HEADER = (from: string, subject: string) => `From: ${from}\nDate: Tue, 24 Nov 2026 09:12:40 +0100\nSubject: ${subject}\n\n`;

describe("references: a case's label in the other languages of the Union's providers", () => {
  it.each([
    [HEADER('Meta Platforms Ireland <records@fb.com>', 'Potwierdzenie'), 'Potwierdzamy zabezpieczenie danych konta https://www.facebook.com/jan.kowal.77 w dniu 20.11.2026.\n\nNumer zgłoszenia: 7712094455\n', '7712094455'],
    [HEADER('Microsoft Ireland <lens@microsoft.com>', 'Potvrdenie'), 'Potvrdzujeme, že sme dňa 20. 11. 2026 uchovali údaje účtu jano.kral@outlook.sk.\n\nČíslo prípadu: 2026-118-44799\n', '2026-118-44799'],
    [HEADER('Google Ireland <lis-noreply@google.com>', 'Επιβεβαίωση'), 'Σας επιβεβαιώνουμε ότι η Google διατήρησε τα δεδομένα του λογαριασμού nikos.ker@gmail.com.\n\nΑριθμός αναφοράς: 49902811\n', '49902811'],
    [HEADER('TikTok Ireland <lert@tiktok.com>', 'Visszaigazolás'), 'Visszaigazoljuk, hogy a @tisza_drift fiók adatait megőriztük.\n\nÜgyazonosító: 7419930299\n', '7419930299'],
    [HEADER('Meta Platforms Ireland <records@fb.com>', 'Potvrda'), 'Potvrđujemo da smo sačuvali podatke računa jadran.val_.\n\nBroj predmeta: 9920417799\n', '9920417799'],
  ])('reads the number after the label: %s', (header, body, reference) => {
    expect(refs(header + body)).toEqual([reference]);
  });

  it('reads "… of the extension" after a label ("Número de caso de la prórroga:")', () => {
    const text = HEADER('X Corp. <legalrequests@x.com>', 'Prórroga') + 'Hemos prorrogado la conservación de la cuenta @almenara_bis por 90 días.\n\nNúmero de caso de la prórroga: 0293817799\n';
    expect(refs(text)).toEqual(['0293817799']);
  });
});

describe("references: the agency's own file labels, in its note above a pasted page", () => {
  it.each([
    ['Kopi af sagssiden nedenfor. Vores journalnr. 0100-76543-00299-26.\n\n', '0100-76543-00299-26'],
    ['Am primit confirmarea pentru dosarul nr. 4471-P-2026.\n\n', '4471-P-2026'],
    ['Vkládám stránku z portálu. Čj. KRPA-214477-19/TČ-2026-000099.\n\n', 'KRPA-214477-19'],
  ])('never proposes the agency number: %s', (note, agencyNumber) => {
    const page = `LinkedIn Law Enforcement Portal\n\nRequest LNKD-661999\nPreservation · Completed\nRequester            Henrik Mølgaard\nAgency reference     ${agencyNumber}\n\nLinkedIn has preserved the member profile https://www.linkedin.com/in/frej-aasted-4a91b3 on November 4, 2026.\n`;
    const proposed = refs(note + page);
    expect(proposed).toEqual(['LNKD-661999']);
    expect(proposed.join(' ')).not.toContain(agencyNumber);
  });

  it("sets aside a portal page's reference field under its requester's field, gaps for colons", () => {
    const text = 'Roblox Law Enforcement Portal\n\nRequest RBX-2610-38899                 Status: Completed\nRequest type       Preservation\nRequester          Tereza Horáková - Policie ČR\nReference          KRPA-214477-19-2026\n\nRoblox has preserved the account data for user PixelPrahaKid2 (5102883799) on October 27, 2026.\n';
    expect(refs(text)).toEqual(['RBX-2610-38899']);
  });

  it("never takes a help desk's watermark (ServiceNow's 'Ref:MSG…') for a reference", () => {
    const text = HEADER('Amazon Law Enforcement <le-requests@amazon.com>', 'Amazon Law Enforcement Request LER0048899 has been resolved') + 'Request LER0048899 has been resolved.\n\nThe account c.hollis.trade@yahoo.com has been preserved.\n\nRef:MSG0482299_k2Vq8XfN3zR1\n';
    expect(refs(text)).toEqual(['LER0048899']);
  });
});

describe('not a confirmation: a reminder of the preservation\'s end', () => {
  it.each([
    [HEADER('Apple Law Enforcement <lawenforcement@apple.com>', 'Preservation expiring: LEP-2609-11899'), 'The preservation associated with Request ID LEP-2609-11899 will expire on 2026-12-04. Submit legal process or an extension before then.\n'],
    [HEADER('Yubo - Équipe Réquisitions <requisitions@yubo.live>', 'Yubo - Rappel : échéance de conservation YUB-RQ-2026-0999'), 'Nous vous rappelons que les données du compte « maelys.bzh2 », conservées depuis le 16/09/2026 (réf. YUB-RQ-2026-0999), seront conservées jusqu\'au 15/12/2026.\n'],
    ['Case Number: LESS-2026-0827-31199\nUsername(s): coastal.kyle.10\nPreserved: 08/27/2026\n\nThe preservation associated with the case number above will expire in 7 days. Log in to LESS to submit an extension request.\n\nSnap Inc. Law Enforcement Operations\n', ''],
  ])('proposes no record: %s', (header, body) => {
    expect(refs(header + body)).toEqual([]);
  });

  it('still reads a confirmation that reminds of something else ("we would like to remind you of the limits …")', () => {
    const text = HEADER('Meta Platforms <records@fb.com>', 'Preservation Request - Meta Case #9203318499') + 'Before addressing your request, we would like to remind you of the limits of a preservation request.\n\nWe have preserved the account https://www.facebook.com/profile.php?id=100093155820499 on November 25, 2026 under Meta Case #9203318499. The preservation will expire after 90 days.\n';
    expect(refs(text)).toEqual(['9203318499']);
  });

  it('still reads a confirmation that names its own end ("will expire on February 20, 2027")', () => {
    const text = HEADER('Apple Law Enforcement <lawenforcement@apple.com>', 'Preservation confirmed: LEP-2611-11899') + 'Apple has preserved the iCloud account lena.frost@icloud.com on November 22, 2026 under Request ID LEP-2611-11899. The preservation will expire on February 20, 2027.\n';
    expect(refs(text)).toEqual(['LEP-2611-11899']);
  });
});

describe('provider, dates and accounts', () => {
  it("names the provider by the sender's registered domain, not a subdomain's word ('lers.zoom.us')", () => {
    const text = 'From: Zoom LERS <no-reply@lers.zoom.us>\nDate: Wed, 25 Nov 2026 16:02:00 -0800\nSubject: Zoom LERS - Request LERS-ZM-204499 completed\n\nZoom has preserved the account s.valenti.pa@gmail.com on November 25, 2026.\n\nTicket number: LERS-ZM-204499\n';
    expect(read(text).providerId).toBe('zoom');
  });

  it("reads a numeric date day first in a provider's text in Portuguese", () => {
    const text = HEADER('Microsoft LENS <lens@microsoft.com>', 'Confirmação de preservação') + 'A Microsoft informa que preservou, em 04/11/2026, os dados disponíveis da conta abaixo:\n\nrenata.figo@hotmail.com\n\nNúmero de referência: LNS-BR-2611-77199\n\nOs dados serão preservados por 90 dias.\n';
    expect(read(text).confirmations[0]?.preservedOn?.day).toBe('2026-11-04');
  });

  it('takes no two-letter word a label ran into for a user name ("nome utente da Lei indicato")', () => {
    const text = HEADER('Meta Platforms Ireland <records@fb.com>', 'Conservazione') + 'Confermiamo la conservazione dei dati del profilo Instagram il 20 novembre 2026.\n\nombre_partenopee2 (nome utente da Lei indicato come in uso)\n\nNumero di caso: 4409172299\n';
    expect(read(text).accountIdentifiers).not.toContain('da');
  });
});

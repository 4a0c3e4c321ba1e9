import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 42 (r42b: another request's or an older preservation's number proposed beside the confirmed
 * reference, and a request's day read as the preservation's): each shown on invented mail, in wordings, languages and
 * layouts not in the sets, with probes that must read the new way (each failed before its change) and probes that must
 * not change.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const read = (text: string) => {
  const r = parseProviderEmail(text, NOW);
  return {
    references: r.references,
    preservedOn: r.preservedOn,
    of: r.confirmations[0]?.extension?.ofReference ?? null,
  };
};
const MAIL = (from: string, subject: string, body: string) =>
  `From: Legal Response <${from}>\nDate: Tue, 24 Nov 2026 09:12:40 -0800\nTo: insp.moreau@police.example.fr\nSubject: ${subject}\n\n${body}\n\nLegal Response Operations\n`;

describe("references, extensions: which of an extension's two numbers is the new one — an earlier-time adverb before 'assigned' ('previously assigned', 'originally assigned') makes the number the earlier one; the new preservation as its clause's subject ('The new preservation is recorded under reference X', 'la nouvelle conservation est enregistrée sous la référence X') makes it the new one, however many words the verb takes; a label and its value on the line above, parted by a tab or a column's gap, spend their words on that value", () => {
  it.each([
    // An earlier-time adverb before the participle of assigning.
    [MAIL('le@apple.example', 'Extension confirmed', 'Hello,\n\nWe renewed the hold originally assigned case number LG-2026-08-11420 for another 90 days.\nThe renewed hold carries case number LG-2026-11-30017 from today.'), ['LG-2026-11-30017'], 'LG-2026-08-11420'],
    [MAIL('le@apple.example', 'Renewal', 'Hello,\n\n1. Earlier hold: formerly assigned ID LG-2026-08-11420\n2. Hold after renewal: LG-2026-11-30017 (please quote it)\n\nThe hold was extended for 90 days.'), ['LG-2026-11-30017'], 'LG-2026-08-11420'],
    // The new preservation as the clause's subject, in French and German, and in English with a long verb.
    [MAIL('le@apple.example', 'Prolongation', 'Bonjour,\n\nNous avons prolongé la conservation faite sous la référence LG-2026-08-11420. La nouvelle conservation est enregistrée désormais sous la référence LG-2026-11-30017.'), ['LG-2026-11-30017'], 'LG-2026-08-11420'],
    [MAIL('le@apple.example', 'Verlängerung', 'Guten Tag,\n\nwir haben die Sicherung unter der Referenz LG-2026-08-11420 verlängert. Die neue Sicherung wird unter der Nummer LG-2026-11-30017 geführt.'), ['LG-2026-11-30017'], 'LG-2026-08-11420'],
    [MAIL('le@apple.example', 'Extension', 'Hello,\n\nThe preservation made under LG-2026-08-11420 has been extended. The new extension has been catalogued under\nnumber LG-2026-11-30017 for your records.'), ['LG-2026-11-30017'], 'LG-2026-08-11420'],
    // A row of label and value parted by a tab or a column's gap, over the new number's row.
    [MAIL('notify@kodex.example.us', 'Renewal done', 'Renewal done\n\nPrior hold           KDX-HLD-40217\nRenewal reference    KDX-RNW-40988\nState                Done'), ['KDX-RNW-40988'], 'KDX-HLD-40217'],
    [MAIL('notify@kodex.example.us', 'Renewal done', 'Renewal done\n\nPrevious preservation\tKDX-HLD-40217\nRenewal reference\tKDX-RNW-40988\nState\tDone'), ['KDX-RNW-40988'], 'KDX-HLD-40217'],
  ])('reads the new reference and the earlier one: %s', (text, references, of) => {
    const r = read(text);
    expect(r.references).toEqual(references);
    expect(r.of).toBe(of);
  });

  it.each([
    // "assigned" with no earlier-time adverb: the new number, as before.
    [MAIL('le@apple.example', 'Extension', 'Hello,\n\nThe preservation under LG-2026-08-11420 was extended. Apple has assigned reference LG-2026-11-30017 to the extension.'), ['LG-2026-11-30017'], 'LG-2026-08-11420'],
    // A request's object, no auxiliary: nothing made new, as before.
    [MAIL('le@apple.example', 'Extension', 'Hello,\n\nWe received your new request to extend the preservation made under LG-2026-08-11420. It has been extended; the reference stays LG-2026-08-11420.'), ['LG-2026-08-11420'], 'LG-2026-08-11420'],
    // A colon-parted label above, as before.
    [MAIL('notify@kodex.example.us', 'Renewal done', 'Renewal done\n\nOriginal preservation: KDX-HLD-40217\nRenewal: KDX-RNW-40988\nState: Done'), ['KDX-RNW-40988'], 'KDX-HLD-40217'],
  ])('reads as before: %s', (text, references, of) => {
    const r = read(text);
    expect(r.references).toEqual(references);
    expect(r.of).toBe(of);
  });
});

describe("references, extensions: a helpdesk's ticket numbered as the extension's new reference ('Ticket #X' over 'now tracked under the new reference X') is the new reference, not a ticket that gives way to the earlier one", () => {
  it.each([
    [MAIL('support@x.example', 'Re: [Ticket 4471-LE-90213] Extension', 'Ticket 4471-LE-90213\n\nHello,\n\nThe preservation 4471-LE-60514 was extended for 90 days; the new reference is 4471-LE-90213.')],
    [MAIL('support@x.example', 'Re: Extension', 'Support ticket: 4471-LE-90213\n\nHi,\n\n- Prior reference: 4471-LE-60514\n- New reference: 4471-LE-90213\n- Status: extended by 90 days')],
    [MAIL('support@x.example', 'Re: Extension', '[Helpdesk ticket #4471-LE-90213]\n\nGood morning. Your extension of preservation 4471-LE-60514 is complete. Going forward, please cite new case number 4471-LE-90213.')],
  ])('reads the new reference: %s', (text) => {
    const r = read(text);
    expect(r.references).toEqual(['4471-LE-90213']);
    expect(r.of).toBe('4471-LE-60514');
  });

  it.each([
    // A ticket beside a preservation's own number, no extension: the ticket gives way, as before.
    [MAIL('support@x.example', 'Re: [Ticket 4471-TK-90213] Preservation', 'Ticket 4471-TK-90213\n\nHello,\n\nWe preserved the account @quiet_fen on November 23, 2026. Preservation ID: 4471-LE-60514.'), ['4471-LE-60514']],
    // An extension whose ticket is only ever a ticket: it gives way, as before.
    [MAIL('support@x.example', 'Re: [Ticket 4471-TK-90213] Extension', 'Ticket 4471-TK-90213\n\nHello,\n\nThe preservation 4471-LE-60514 was extended for 90 days.'), ['4471-LE-60514']],
    // A "new ticket" in an extension: still a ticket, as before.
    [MAIL('support@x.example', 'Extension', 'Hello,\n\nA new ticket #4471-TK-90213 was opened for your message. The preservation 4471-LE-60514 was extended for 90 days.'), ['4471-LE-60514']],
  ])('reads as before: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });
});

describe("references: 'on file' and 'on record' are an idiom ('Phone on file: 0491 570 158', 'Mobile number on record: …'), not a file's or a record's label: the value is no reference", () => {
  it.each([
    [MAIL('le@exchange.example', 'Preservation complete: EXC-PR-2611-0418', 'Hello,\n\nWe preserved the account below under EXC-PR-2611-0418.\n\nE-mail: heron.quay@outlook.com\nMobile on file: 0491 570 163')],
    [MAIL('le@exchange.example', 'Preservation complete: EXC-PR-2611-0418', 'Hello,\n\nPreservation EXC-PR-2611-0418 is in place.\n\nCustomer: heron.quay@outlook.com\nMobile number on record: 07700 900512')],
    [MAIL('le@exchange.example', 'Preservation complete: EXC-PR-2611-0418', 'Hello,\n\nPreservation EXC-PR-2611-0418 is complete.\n\nAccount\theron.quay@outlook.com\nPhone on record\t0491 570 163')],
  ])('proposes no number on file as a reference: %s', (text) => {
    expect(read(text).references).toEqual(['EXC-PR-2611-0418']);
  });

  it.each([
    // A file's own label: the reference, as before.
    [MAIL('le@exchange.example', 'Preservation', 'Hello,\n\nWe preserved the account heron.quay@outlook.com.\n\nFile: 4471 9920 31'), ['4471 9920 31']],
    [MAIL('le@exchange.example', 'Preservation', 'Hello,\n\nWe preserved the account heron.quay@outlook.com.\n\nRecord: EXC-PR-2611-0418'), ['EXC-PR-2611-0418']],
    [MAIL('le@exchange.example', 'Preservation', 'Hello,\n\nWe preserved the account heron.quay@outlook.com.\n\nExchange case file: 4471 9920 31'), ['4471 9920 31']],
  ])('reads as before: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });
});

describe("references: a file noun whose bracket names the addressee as its giver ('Case Reference (provided by you)', 'Référence (fournie par vous)', 'Aktenzeichen (von Ihnen angegeben)', 'Referencia (proporcionada por usted)') labels the agency's number, on its line or as a heading above it", () => {
  it.each([
    [MAIL('records@meta.example', 'Request completed', 'Request completed\n\nRecord number\n5582019\nStatus\nDone\nCase reference (entered by you at submission)\nLYN-26-00731')],
    [MAIL('records@meta.example', 'Demande traitée', 'Demande traitée\n\nNuméro de demande : 5582019\nRéférence (fournie par vous) : LYN-26-00731\nStatut : conservation effectuée')],
    [MAIL('records@meta.example', 'Anfrage erledigt', 'Anfrage erledigt\n\nVorgangsnummer: 5582019\nAktenzeichen (von Ihnen angegeben): LYN-26-00731\nStatus: gesichert')],
  ])('proposes only the provider\'s number: %s', (text) => {
    expect(read(text).references).toEqual(['5582019']);
  });

  it.each([
    // A bracket that names the provider's own qualifier: the number stays, as before.
    [MAIL('records@meta.example', 'Request completed', 'Request completed\n\nCase Reference (preservation)\nLYN-26-00731\nStatus\nDone'), ['LYN-26-00731']],
    // A bracket that names the provider as the giver: as before.
    [MAIL('records@meta.example', 'Request completed', 'Request completed\n\nCase Reference (issued by Meta)\nLYN-26-00731\nStatus\nPreserved'), ['LYN-26-00731']],
    // "by you" outside the label's bracket: as before.
    [MAIL('records@meta.example', 'Request completed', 'Request completed\n\nThe account named by you was preserved.\nRecord number: 5582019'), ['5582019']],
  ])('reads as before: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });
});

describe("dates: a verb of asking or writing to the provider, the day right after it ('You asked us on October 26, 2026 to preserve', 'vous nous avez demandé le', 'nos solicitó el', 'ci ha chiesto il'), dates the request, not the preservation", () => {
  it.each([
    [MAIL('legal@discord.example', 'Preservation done', 'Hi,\n\nYou wrote to us on November 19, 2026 to preserve the user ember#1120. We preserved the account on November 23, 2026. Reference: DSC-88120.')],
    [MAIL('legal@discord.example', 'Preservation done', 'Hello,\n\n- You e-mailed us on November 19, 2026 asking that ember#1120 be preserved.\n- We preserved it on November 23, 2026.\n- Reference: DSC-88120')],
    [MAIL('legal@discord.example', 'Preservation done', 'Hi there,\n\nYour unit reached out to us on November 19, 2026 to have the account ember#1120 preserved; that was done on November 23, 2026 (reference DSC-88120).')],
  ])('reads the preservation\'s day: %s', (text) => {
    expect(read(text).preservedOn).toBe('2026-11-23');
  });

  it.each([
    // A preservation's verb after "on": as before.
    [MAIL('legal@discord.example', 'Preservation done', 'Hi,\n\nAs asked, we preserved the user ember#1120 on November 23, 2026. Reference: DSC-88120.'), '2026-11-23'],
    // The asking sentence's day where the preservation has its own: as before.
    [MAIL('legal@discord.example', 'Preservation done', 'Hi,\n\nThe user ember#1120 was preserved on November 23, 2026, as you asked. Reference: DSC-88120.'), '2026-11-23'],
    // "asked about": not the day right after the verb, and no other: the e-mail's date, as before.
    [MAIL('legal@discord.example', 'Preservation done', 'Hi,\n\nWe preserved the user ember#1120 you asked about. Reference: DSC-88120.'), '2026-11-24'],
  ])('reads as before: %s', (text, day) => {
    expect(read(text).preservedOn).toBe(day);
  });
});

describe("references: a summary of several requests, each with its status on its line or in its paragraph ('Case #… - Preservation - Completed', 'Case #… - Records - Awaiting legal process', 'Vorgang …: in Bearbeitung', 'Dossier … : en attente'): a number whose every place says its request is not done yet is that request's, beside one whose status says done", () => {
  it.each([
    [MAIL('records@meta.example', 'Status update', 'Hello,\n\nStatus of your requests:\n• Case #5510042871 — Preservation — Done (20 November 2026)\n• Case #5510042899 — Disclosure — Pending legal process\n\nRegards')],
    [MAIL('records@meta.example', 'Statusänderung', 'Guten Tag,\n\nReferenz: 5510042871 – Sicherung abgeschlossen am 20.11.2026\nReferenz: 5510042899 – Herausgabe noch in Bearbeitung\n\nMit freundlichen Grüßen')],
    [MAIL('records@meta.example', 'Mise à jour', 'Bonjour,\n\nRéférence 5510042871\nConservation effectuée le 20/11/2026.\n\nRéférence 5510042899\nDivulgation en attente d\'une procédure légale.\n\nCordialement')],
  ])('proposes only the done request\'s number: %s', (text) => {
    expect(read(text).references).toEqual(['5510042871']);
  });

  it.each([
    // Two requests both done: both, as before.
    [MAIL('records@meta.example', 'Status update', 'Hello,\n\nCase #5510042871 - Preservation - Completed on November 20, 2026\nCase #5510042899 - Preservation - Completed on November 21, 2026\n\nRegards'), ['5510042871', '5510042899']],
    // A single request whose line says pending, nothing beside it: as before.
    [MAIL('records@meta.example', 'Status update', 'Hello,\n\nWe preserved the account on November 20, 2026.\n\nCase #5510042871 - Status: pending closure of the ticket'), ['5510042871']],
    // One sentence with a done and a pending word: as before.
    [MAIL('records@meta.example', 'Status update', 'Hello,\n\nThe preservation 5510042871 is completed; the records request 5510042899 is pending legal process.\n\nRegards'), ['5510042871']],
  ])('reads as before: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });
});

import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 37 (holdout21 and holdout22, opened for tuning): each shown on invented mail, with probes that
 * must read the new way (each failed before its change) and probes that must not change.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const read = (text: string) => {
  const r = parseProviderEmail(text, NOW);
  return { providerId: r.providerId, references: r.references, preservedOn: r.preservedOn, accounts: r.accountIdentifiers, emailDate: r.emailDate?.day ?? null };
};

const GOOGLE = (tail: string) =>
  `From: Google Legal Investigations Support <lis-noreply@google.com>\nDate: Tue, Nov 17, 2026 at 10:05 AM\nSubject: Google Ref. No. 51830264 - Preservation completed\nTo: <p.lindgren@police.example.se>\n\nHello,\n\nGoogle has completed your request to preserve information under Google Ref. No. 51830264.\n\nAccount(s) preserved: heronmist.quill@gmail.com\n\n${tail}\n\nGoogle Legal Investigations Support\n`;

describe("references: a number another request of the message is still being worked under ('… is being processed under Google Ref. No. X; you will receive a separate notification') is no reference beside the one confirmed", () => {
  it.each([
    [GOOGLE('The account slate.orchid77@gmail.com from your related request is being processed under Google Ref. No. 51830291; you will receive a separate notification for it.')],
    [GOOGLE('Your second request (slate.orchid77@gmail.com) is still being reviewed under Google Ref. No. 51830291.')],
    [GOOGLE('Le compte slate.orchid77@gmail.com est en cours de traitement sous la référence Google Ref. No. 51830291.')],
    [GOOGLE('La cuenta slate.orchid77@gmail.com se está procesando con la referencia Google Ref. No. 51830291.')],
  ])('reads only the confirmed reference: %s', (text) => {
    expect(read(text).references).toEqual(['51830264']);
  });

  it.each([
    // The confirmed number alone, said to be processed under: kept, as before.
    [`From: Google Legal Investigations Support <lis-noreply@google.com>\nDate: Tue, Nov 17, 2026 at 10:05 AM\nSubject: Preservation\n\nYour request is being processed under Google Ref. No. 51830264.\n`, ['51830264']],
    // Two references confirmed: both kept, as before.
    [GOOGLE('Account(s) preserved under Google Ref. No. 51830291: slate.orchid77@gmail.com'), ['51830264', '51830291']],
    // A separate notification announced in a new sentence after the confirmed number: kept, as before.
    [`From: Google Legal Investigations Support <lis-noreply@google.com>\nDate: Tue, Nov 17, 2026 at 10:05 AM\nSubject: Preservation\n\nGoogle has preserved heronmist.quill@gmail.com under Google Ref. No. 51830264. You will receive a separate notification when the hold expires.\n`, ['51830264']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });
});

const GITHUB = (notes: string) =>
  `Date: Thu, 19 Nov 2026 10:05:31 -0800\nFrom: GitHub Legal Support <legal-support@github.com>\nSubject: Re: Preservation request [GH-LE-2026-0522]\n\nHi,\n\nWe have preserved the information for the account registered to quill.harbor@gmail.com. Our reference for this preservation is GH-LE-2026-0522.\n\n${notes}\n\nGitHub Legal Support\n`;

describe("accounts: the rest of an account's sentence saying nothing was preserved ('…; we haven't preserved anything for the organization', 'nothing was preserved for it', 'nous n'avons rien conservé') makes it no account preserved", () => {
  it.each([
    [GITHUB('The account @amber_sluice is owned by another user; we haven\'t preserved anything for it.')],
    [GITHUB('We also hold the account @amber_sluice on file; nothing was preserved for it.')],
    [GITHUB('La cuenta @amber_sluice es de otro usuario; no hemos preservado nada para ella.')],
  ])('reads only the preserved account: %s', (text) => {
    expect(read(text).accounts).toEqual(['quill.harbor@gmail.com']);
  });

  it.each([
    // Preserved in its own clause before the words: kept, as before.
    [GITHUB('We also preserved the account @amber_sluice; we haven\'t preserved anything for its organization.'), ['quill.harbor@gmail.com', '@amber_sluice']],
    // Nothing said against it: kept, as before.
    [GITHUB('The account @amber_sluice was preserved as well.'), ['quill.harbor@gmail.com', '@amber_sluice']],
    // "nothing" of something else, not of a preservation: kept, as before.
    [GITHUB('The account @amber_sluice was preserved too; nothing further is needed from you.'), ['quill.harbor@gmail.com', '@amber_sluice']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

describe("accounts: the rest of an account's sentence saying it is still being worked on under a request of its own ('… is being processed under Google Ref. No. X', 'est en cours de traitement sous la référence', 'se está procesando con la referencia') makes it no account preserved", () => {
  it.each([
    [GOOGLE('The account slate.orchid77@gmail.com from your related request is being processed under Google Ref. No. 51830291; you will receive a separate notification for it.')],
    [GOOGLE('Le compte slate.orchid77@gmail.com de votre autre demande est en cours de traitement sous la référence 51830291.')],
    [GOOGLE('La cuenta slate.orchid77@gmail.com de su otra solicitud se está procesando con la referencia 51830291.')],
  ])('reads only the preserved account: %s', (text) => {
    expect(read(text).accounts).toEqual(['heronmist.quill@gmail.com']);
  });

  it.each([
    // Preserved, in its own sentence: kept, as before.
    [GOOGLE('The account slate.orchid77@gmail.com was preserved as well, under the same reference.'), ['heronmist.quill@gmail.com', 'slate.orchid77@gmail.com']],
    // The waiting said in another sentence: kept, as before.
    [GOOGLE('We also preserved slate.orchid77@gmail.com. Your other request is being processed under Google Ref. No. 51830291.'), ['heronmist.quill@gmail.com', 'slate.orchid77@gmail.com']],
    // Its sentence saying it was preserved: kept, as before.
    [GOOGLE('The account slate.orchid77@gmail.com has been preserved and is being processed under Google Ref. No. 51830264.'), ['heronmist.quill@gmail.com', 'slate.orchid77@gmail.com']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

const KODEX = (to: string, caseRow: string) =>
  `From: Kodex Notifications <no-reply@kodex.us>\nSent: Friday, November 20, 2026 6:47 PM\nTo: ${to}\nSubject: Reddit updated request REQ-51120: Preservation extension completed\n\nReddit updated your request\n\nRequest          REQ-51120\nType             Preservation extension\nStatus           Completed\n${caseRow}\n\nReddit wrote:\n\n"We have extended the preservation for the account below. The Reddit reference number is unchanged: RDT-PR-2026-0731.\n\n  Account: u/Marble_Kestrel_88\n\nOriginal preservation: 08/25/2026\nExtension processed: 11/20/2026"\n`;

describe("references: a number opening with a word of the recipient's own domain ('Case DCI-26-00721' in a notice to x@dci.example.gov, 'SBI-2026-CF-1193' to x@example-sbi.gov) is the agency's case number, beside the provider's", () => {
  it.each([
    [KODEX('Agent Theo Lind <tlind@dci.example.gov>', 'Case             DCI-26-00721')],
    [KODEX('"Special Agent Rhea Cast" <rcast@example-sbi.gov>', 'Case             SBI-2026-CF-1193')],
    [KODEX('Insp. Ana Ruiz <aruiz@ertzaintza.example.eus>', 'Case             ERTZAINTZA-2026-4471')],
  ])('reads only the provider\'s reference: %s', (text) => {
    expect(read(text).references).toEqual(['RDT-PR-2026-0731']);
  });

  it.each([
    // A case number of other letters: read as before.
    [KODEX('Agent Theo Lind <tlind@dci.example.gov>', 'Case             ABC-26-00721'), ['RDT-PR-2026-0731', 'ABC-26-00721']],
    // A prefix naming the provider, to an address whose domain holds its name: kept, as before.
    [KODEX('Agent Theo Lind <tlind@reddit-liaison.example.gov>', 'Case             DCI-26-00721').replace('RDT-PR-2026-0731', 'REDDIT-PR-2026-0731'), ['REDDIT-PR-2026-0731', 'DCI-26-00721']],
    // The agency's number alone: kept, as before.
    [`From: Reddit Legal <legal@reddit.com>\nTo: Agent Theo Lind <tlind@dci.example.gov>\nSubject: Preservation\n\nWe have preserved u/Marble_Kestrel_88 under reference DCI-26-00721 on 11/20/2026.\n`, ['DCI-26-00721']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });
});

const TICKET = (receipt: string) =>
  `Ticket #LE-4471920 — Preservation\n\n--- Message 1 of 3 ---\nFrom: Det. Ivo Marsh <imarsh@police.example.org>\nDate: 2 Nov 2026, 10:20 (GMT-05:00)\n\nPlease preserve the Snapchat account "fennel.drift" pending legal process. Our ref. PD-2026-0188.\n\n--- Message 2 of 3 ---\nFrom: Snap Law Enforcement Operations <lawenforcement@snapchat.com>\nDate: 3 Nov 2026, 09:02 (GMT-08:00)\n\nHello,\n\n${receipt}\n\n--- Message 3 of 3 ---\nFrom: Snap Law Enforcement Operations <lawenforcement@snapchat.com>\nDate: 6 Nov 2026, 17:35 (GMT-08:00)\n\nHello,\n\nOn November 5, 2026 we preserved the data associated with the username fennel.drift.\n\nSnap Reference: 8KQT-31ZD-66PW\n`;

describe("provider's message: a hold placed while the provider waits on the officer's answer ('We have placed a temporary hold on the usernames while we await your response', 'pending your reply', 'until we receive the requested information') is a question's stopgap, not the confirmation", () => {
  it.each([
    [TICKET('Before we can proceed, please confirm your agency. We have placed a temporary hold on the username while we await your response.')],
    [TICKET('Please send the request on letterhead. The account has been placed on hold pending your reply.')],
    [TICKET('We have put the account on hold until we receive the requested information.')],
  ])('reads the later confirmation: %s', (text) => {
    expect(read(text).preservedOn).toBe('2026-11-05');
  });

  it.each([
    // A hold pending legal process, not an answer: the earlier message still confirms too, and no one date is
    // proposed between the two, as before.
    [TICKET('On November 3, 2026 we placed a hold on the username pending legal process.'), null],
    // A preservation itself, while waiting: as before.
    [TICKET('On November 3, 2026 we preserved the account while we await your response.'), '2026-11-03'],
    // A hold with no wait after it: two confirmations, no one date, as before.
    [TICKET('On November 3, 2026 we placed a hold on the username.'), null],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).preservedOn).toBe(expected);
  });
});

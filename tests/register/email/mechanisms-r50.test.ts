import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 50 (the session's development sets and the reader's older misses): each shown on invented mail in
 * wordings and layouts not in the sets, with look-alikes that must keep their reading.
 */
const NOW = new Date('2026-12-04T12:00:00Z');
const read = (text: string) => parseProviderEmail(text, NOW);
const byReference = (text: string) => Object.fromEntries(read(text).confirmations.map((c) => [c.reference, { day: c.preservedOn?.day ?? null, accounts: c.accounts.map((a) => a.value) }]));

const HEADER = (from: string, subject: string, date = 'Tue, 24 Nov 2026 16:20:41 -0800', to = 'Det. Ana Ruiz <a.ruiz@pd.example.gov>') =>
  `From: ${from}\nTo: ${to}\nDate: ${date}\nSubject: ${subject}\n\n`;

describe('several references led by digits in one subject, each answered in the body', () => {
  const mail = (subject: string) =>
    HEADER('Microsoft Law Enforcement <lenotice@microsoft.com>', subject) +
    'Detective Ruiz,\n\nBoth of your requests are complete.\n\n' +
    'a) 2611-MS-55120 (Outlook.com)\n   brightwater.deli@outlook.com was preserved on 11/23/2026.\n\n' +
    'b) 2611-MS-55121 (Xbox)\n   Gamertag "Copper Fennel" was preserved on 11/24/2026.\n\nRetention is 90 days.\n';
  it('gives each its accounts and its day', () => {
    expect(byReference(mail('Completed: 2611-MS-55120, 2611-MS-55121'))).toEqual({
      '2611-MS-55120': { day: '2026-11-23', accounts: ['brightwater.deli@outlook.com'] },
      '2611-MS-55121': { day: '2026-11-24', accounts: ['Copper Fennel'] },
    });
  });

  it('takes none from a reply\'s subject, which may echo the agency\'s numbers', () => {
    expect(Object.keys(byReference(mail('RE: 2611-PD-00417 and 2611-PD-00418')))).not.toContain('2611-PD-00417');
  });

  it('takes none that the body does not answer', () => {
    const text = HEADER('Microsoft Law Enforcement <lenotice@microsoft.com>', 'Completed: 2611-MS-55120, 2611-MS-55121') + 'Detective Ruiz,\n\nThe account brightwater.deli@outlook.com was preserved on 11/23/2026.\n';
    expect(Object.keys(byReference(text))).not.toEqual(['2611-MS-55120', '2611-MS-55121']);
  });
});

describe('"onze referentie" in the provider\'s Dutch sentence is the provider\'s number', () => {
  it('reads the number the provider names as its own in brackets', () => {
    const text =
      HEADER('Lyft Legal <legal@lyft.com>', 'Bewaring', 'Wed, 18 Nov 2026 09:12:00 +0100', 'Rechercheur T. Bakker <t.bakker@politie.example.nl>') +
      'Beste heer Bakker,\n\nUw verzoek is verwerkt (onze referentie: LYF-PR-66120). Het account dat aan +31 6 55501234 gekoppeld is, is bewaard op 17 november 2026.\n\nMet vriendelijke groet,\nLyft Legal\n';
    expect(byReference(text)).toEqual({ 'LYF-PR-66120': { day: '2026-11-17', accounts: ['+31 6 55501234'] } });
  });

  it.each([
    ['Your request has been processed (our reference: LYF-PR-66120). The account linked to +31 6 55501234 was preserved on 17 November 2026.'],
    ['Votre demande a été traitée (notre référence : LYF-PR-66120). Le compte lié au +31 6 55501234 a été conservé le 17 novembre 2026.'],
    ['Ihr Ersuchen wurde bearbeitet (unsere Referenz: LYF-PR-66120). Das Konto zu +31 6 55501234 wurde am 17. November 2026 gesichert.'],
  ])('reads it after "your request … processed" in another language: %s', (body) => {
    const text = HEADER('Lyft Legal <legal@lyft.com>', 'Preservation', 'Wed, 18 Nov 2026 09:12:00 +0100') + `Hello,\n\n${body}\n\nLyft Legal\n`;
    expect(Object.keys(byReference(text))).toEqual(['LYF-PR-66120']);
  });

  it('keeps the label line of a forward\'s header block the agency\'s', () => {
    const text =
      'Van: Lyft Legal <legal@lyft.com>\nVerzonden: woensdag 18 november 2026 09:12\nAan: Bakker, T. <t.bakker@politie.example.nl>\nOnderwerp: Preservation complete - LYF-PR-66120\nOnze referentie: PL0900-2026118877\n\n' +
      'Dear Officer Bakker,\n\nThe account linked to +31 6 55501234 was preserved on 17 November 2026.\n\nLyft Legal\n';
    expect(Object.keys(byReference(text))).not.toContain('PL0900-2026118877');
  });
});

describe('messages that confirm nothing new (dev41)', () => {
  const none = (text: string) => read(text).confirmations.map((c) => c.reference);

  it('"no records have been preserved in response to this request" refuses the request as a whole', () => {
    const text =
      HEADER('Yahoo Custodian of Records <lawenforcement-noreply@yahooinc.com>', 'Preservation Request Response - YH-LE-2026-220417') +
      'Yahoo Reference: YH-LE-2026-220417\n\nWe searched for bluecrane_41@yahoo.com and found no account. Accordingly, no records have been preserved in response to this request.\n';
    expect(none(text)).toEqual([]);
  });

  it('"has not made a new preservation in response to this request", the account held under an earlier number', () => {
    const text =
      HEADER('Google Legal Investigations Support <lis-noreply@google.com>', 'Google LERS - Request 61802233') +
      'Google has received your preservation request (LERS request 61802233). The account ember.quay@gmail.com is already preserved under Google reference 58120991, so Google has not made a new preservation in response to this request.\n';
    expect(none(text)).toEqual([]);
  });

  it('"no further extension has been made" refuses the extension; a policy of one extension in a confirmation does not', () => {
    const refused =
      HEADER('Apple Law Enforcement <lawenforcement@apple.com>', 'Re: Preservation extension – PRS-2026-0810022') +
      'Thank you for your request to extend the preservation held under PRS-2026-0810022. This preservation was already extended once, on 2 October 2026, and no further extension has been made.\n';
    expect(none(refused)).toEqual([]);
    const confirmed =
      HEADER('Dropbox Legal <legalcompliance@dropbox.com>', 'Dropbox preservation confirmation') +
      'Dropbox has preserved the account associated with fjordline.archive@gmail.com.\nDropbox reference: DBX-LE-90412-26\nWe will keep the preserved data for 90 days. Dropbox will not extend a preservation more than once.\n';
    expect(none(confirmed)).toEqual(['DBX-LE-90412-26']);
  });

  it.each(['Current status:   In progress', 'Our team has begun processing your preservation request.', 'Your request is under review.'])('a portal notice saying "%s" confirms nothing', (status) => {
    const text =
      HEADER('Roblox Law Enforcement Portal <notifications@kodexglobal.com>', '[Roblox] Update on your request RBX-LE-2026-08120') +
      `There is an update on your request.\n\nRequest:          RBX-LE-2026-08120\nRequest type:     Preservation\n${status}\n\nIdentifiers in your request:\n  - Username: TurboNoodle_77\n`;
    expect(none(text)).toEqual([]);
  });
});

describe('who sent it (dev41)', () => {
  it('Discord\'s portal notice through Kodex is Discord\'s', () => {
    const text = HEADER('Discord Government Request Portal <no-reply@kodexglobal.com>', '[Discord] Request KX-61400-DSC completed') + 'Your request KX-61400-DSC (Preservation) has been completed. The account vex_mortis was preserved on 30 November 2026.\n';
    expect(read(text).providerId).toBe('discord');
  });

  it('a company outside the registry writing under its own brand is not the provider a word of its text names', () => {
    const text =
      HEADER('Hike Law Enforcement <lawenforcement@hike.in>', 'Demande de conservation') +
      'La demande a été envoyée depuis une messagerie personnelle (gmail.com) ; nous ne traitons que les demandes d\'un domaine officiel.\n';
    const r = read(text);
    expect(r.providerId).toBeNull();
    expect(r.unrecognisedSender?.domain).toBe('hike.in');
  });

  it('a portal platform sending for a provider still leaves the provider to the text', () => {
    const text = HEADER('Kodex <no-reply@kodex.us>', 'Request update') + 'Pinterest has preserved the account pinterest.com/lakeshore_finds. Reference: PIN-PRV-240118.\n';
    expect(read(text).providerId).toBe('pinterest');
  });
});

describe('terse and tabled references (dev41)', () => {
  it('reads the numbers of a column headed "LERS no."', () => {
    const text =
      HEADER('Google LERS <lers-noreply@google.com>', 'LERS: your request has been actioned') +
      'A snapshot of the data associated with the identifiers below was taken on November 20, 2026.\n\n  LERS no.    Product    Identifier\n  --------    -------    ----------\n  70440128    Gmail      tallowmere.k@gmail.com\n  70440131    Drive      tallowmere.k@gmail.com\n';
    expect(Object.keys(byReference(text))).toEqual(['70440128', '70440131']);
  });

  it('reads "held under 88213" in a one-line reply, with the accounts of the request it answers', () => {
    const text =
      HEADER('Ana Costa <ana.costa@cryptodesk.example.com>', 'Re: preservation – 2 UIDs', 'Mon, 23 Nov 2026 12:02:47 +0400') +
      'Done – both UIDs held under 88213.\n\nAna\n\n> On 23 Nov 2026, at 11:48, Det. Ruiz <a.ruiz@pd.example.gov> wrote:\n>\n> Could you please preserve UID 41877305 and UID 52290148?\n>\n> Det. Ana Ruiz\n';
    expect(byReference(text)).toEqual({ '88213': { day: '2026-11-23', accounts: ['41877305', '52290148'] } });
  });

  it('leaves "already preserved under" another request\'s', () => {
    const text = HEADER('Ana Costa <ana.costa@cryptodesk.example.com>', 'Re: preservation') + 'The account was already preserved under 8821344 on 2 November; no new preservation was made.\n';
    expect(Object.keys(byReference(text))).toEqual([]);
  });
});

describe('"Fulfilled on" names the preservation\'s day (dev41)', () => {
  const table = (day: string) =>
    HEADER('Roblox Law Enforcement <lawenforcement-notifications@roblox.com>', 'Request RBX-LE-2026-08811 status: Fulfilled', 'Sat, 21 Nov 2026 08:30:12 +0000') +
    `| Field            | Value          |\n|------------------|----------------|\n| Submitted        | 2026-11-18     |\n| Fulfilled on     | ${day}     |\n| Roblox reference | PRV-340077     |\n| Target           | "quartz_lynx" (User ID 3819555475) |\n`;
  it('reads it as the day', () => {
    expect(byReference(table('2026-11-19'))['PRV-340077']?.day).toBe('2026-11-19');
  });
  it('proposes no day where it falls after the e-mail\'s own', () => {
    expect(byReference(table('2026-12-21'))['PRV-340077']?.day).toBeNull();
  });
});

describe('how a reference is given (dev42)', () => {
  it('"logged as N, which you should quote" names the reference, not the agency\'s case in the subject', () => {
    const text =
      HEADER('Meta Law Enforcement Response Team <records-noreply@support.facebook.com>', 'Re: Preservation Request - Case 26-CR-77120') +
      'We received your request on November 5, 2026. It has been logged as 1093384726199904, which you should quote in any legal process.\n\nWe have preserved the records of the Instagram account @quill.and.ember as of November 6, 2026.\n';
    expect(Object.keys(byReference(text))).toEqual(['1093384726199904']);
  });

  it('a code the provider asks to be quoted is its own, though "your file" named it first', () => {
    const text =
      HEADER('Uber Law Enforcement Response Team <lert-noreply@uber.com>', 'Preservation Completed') +
      'Your file 7QX4-9F2K-PM13 has been reviewed.\nWe preserved the records of the rider account +1 (312) 555-0199 on 11/12/2026.\nAgency case number (as submitted): 26-119004\nPlease quote 7QX4-9F2K-PM13 in all correspondence relating to this request.\n';
    expect(Object.keys(byReference(text))).toEqual(['7QX4-9F2K-PM13']);
  });

  it('"no data has been preserved in response to these requests" confirms none of the listed numbers', () => {
    const text =
      HEADER('Google Legal Investigations Support <lis-noreply@google.com>', 'Google LIS: Status of your requests') +
      'Request     Identifier                    Status\n91150012    moss.lantern@gmail.com        No account found\n91150013    +1 614-555-0111               No account found\n\nAccordingly, no data has been preserved in response to these requests.\n';
    expect(Object.keys(byReference(text))).toEqual([]);
  });

  it('reads a bare "Case" before three or more spaced groups of digits', () => {
    const text = 'Thank you for contacting Twitch. Account "ember_loop" (user ID 771904599): preserved on November 3, 2026. Case 4417 2093 9901.\nYour earlier Help Center ticket #1188433 has been closed.\n';
    expect(Object.keys(byReference(text))).toEqual(['4417 2093 9901']);
  });
});

import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';
import { findReferences } from '../../../register/references';

/**
 * Mechanisms of round 51 (the Baltic, Balkan and North American development sets): each shown on invented mail in
 * wordings and layouts not in the sets, with look-alikes that must keep their reading.
 */
const NOW = new Date('2026-12-04T12:00:00Z');
const read = (text: string) => parseProviderEmail(text, NOW);
const byReference = (text: string) => Object.fromEntries(read(text).confirmations.map((c) => [c.reference, { day: c.preservedOn?.day ?? null, accounts: c.accounts.map((a) => a.value) }]));

const HEADER = (from: string, subject: string, date = 'Tue, 24 Nov 2026 16:20:41 -0800', to = 'Det. Ana Ruiz <a.ruiz@pd.example.gov>') =>
  `From: ${from}\nTo: ${to}\nDate: ${date}\nSubject: ${subject}\n\n`;

describe('a slashed number after hyphens', () => {
  it('is never proposed cut at its slash, which is often an agency\'s file number', () => {
    expect(findReferences('Our file LKA-SO-2026/4417 refers.').map((f) => f.reference)).toEqual([]);
    expect(findReferences('see DISC-48213/details').map((f) => f.reference)).toEqual(['DISC-48213']);
  });

  it('is the provider\'s whole, under its letter\'s number label ("Broj:")', () => {
    const text =
      'Rapid Oglasi d.o.o.\nMaršala Tita 12, 71000 Sarajevo\n\n                         Sarajevo, 26.11.2026. godine\nBroj: RO-PR-2026/0144\n\n' +
      'Poštovani,\n\nobavještavamo Vas da smo sačuvali podatke korisničkog računa:\n\n  - korisničko ime: stari_satovi_77\n\nS poštovanjem,\nPravna služba\n';
    expect(Object.keys(byReference(text))).toEqual(['RO-PR-2026/0144']);
  });
});

describe('a header block of field names the reader does not know', () => {
  it('is found under an Outlook rule, not only after a blank line: the officer\'s signature above is no account', () => {
    const text =
      'Pozdrav,\nMarko Petrović, inspektor\ntel. +381 11 000 0522\nmarko.petrovic@mup.example.rs\n________________________________\n' +
      'Од: TikTok Law Enforcement <lert@tiktok.com>\nПослато: четвртак, 19. новембра 2026. 11:04\nЗа: Марко Петровић <marko.petrovic@mup.example.rs>\nТема: Preservation TT-PR-771204\n\n' +
      'Hello,\n\nWe have preserved the account @beograd.noc (user ID 7301188420055).\n\nTikTok Law Enforcement\n';
    expect(byReference(text)).toEqual({ 'TT-PR-771204': { day: '2026-11-19', accounts: ['@beograd.noc', '7301188420055'] } });
  });

  it('is found as a webmail lays it out: names and values parted by a gap, no colon', () => {
    const text =
      'Posta   Kalendari   Kontaktet\n\nSubjekti  Preservation complete - KR-PRS-55120\nNga       Kraken Legal <legal@kraken.com>\nPër       Ilir Dema <ilir.dema@asp.example.al>\nData      Mon, 23 Nov 2026 09:12:44 +0100\n\n' +
      'Dear Mr Dema,\n\nThe account registered to tirana.otc@proton.me has been preserved.\n\nKraken Legal\n\n' +
      'On Fri, 20 Nov 2026 at 08:00, Ilir Dema <ilir.dema@asp.example.al> wrote:\n> Please preserve tirana.otc@proton.me. Tel. +355 4 000 0177\n';
    const result = read(text);
    expect(result.emailDate?.day).toBe('2026-11-23');
    expect(byReference(text)).toEqual({ 'KR-PRS-55120': { day: '2026-11-23', accounts: ['tirana.otc@proton.me'] } });
  });

  it('needs a correspondent and a date: a table of values parted by gaps is no header', () => {
    const text =
      HEADER('Coinbase Law Enforcement <le@coinbase.com>', 'Preservation CB-LE-90211') +
      'Hello,\n\nThe account below has been preserved on 11/23/2026.\n\nUser ID        5f0c1e7a2b3d\nEmail          harbor.otc@example.net\nStatus         Preserved\n\nCoinbase\n';
    expect(byReference(text)['CB-LE-90211']?.day).toBe('2026-11-23');
  });
});

describe('Serbian dates', () => {
  it.each([
    ['Датум очувања: 17. новембра 2026.', '2026-11-17'],
    ['Datum čuvanja: 18. novembra 2026.', '2026-11-18'],
  ])('reads "%s"', (line, day) => {
    const text = HEADER('Meta Records <records@fb.com>', 'Case #11950227', 'Mon, 23 Nov 2026 10:00:00 +0100') + `Hello,\n\nWe have preserved the account satovi.novi_sad.\n\n${line}\n\nMeta\n`;
    expect(byReference(text)['11950227']?.day).toBe(day);
  });

  it('reads a webmail\'s "Datum: sre, 18. nov 2026." under a subject that says "completed" as the e-mail\'s day, not the preservation\'s', () => {
    const text =
      'Pošta  Kalendar  Kontakti\n\n[LERS] Case BN-2026-55102 - Preservation completed\nBinance Law Enforcement <no-reply-lers@binance.com>\nZa: vtk@mup.example.rs\nDatum: sre, 18. nov 2026. u 09:03\n\n' +
      'Dear Officer,\n\nThe account UID 38102000 has been preserved.\n\nPreservation date (UTC): 17 Nov 2026\n';
    expect(byReference(text)['BN-2026-55102']?.day).toBe('2026-11-17');
  });

  it('dates the preservation by "dana … godine izvršio čuvanje", not by the letter it answers ("Vaš akt broj … od …")', () => {
    const text =
      'Veza: Vaš akt broj 03/2-1-88/26 od 16.11.2026. godine\n\nPoštovani,\n\nobavještavamo Vas da je PIK d.o.o. dana 18.11.2026. godine izvršio čuvanje podataka za korisnički račun:\n\n  - korisničko ime: prodavac_mostar\n\nNaš broj: PIK-LE-2026/0312\n';
    expect(byReference(text)).toEqual({ 'PIK-LE-2026/0312': { day: '2026-11-18', accounts: ['prodavac_mostar'] } });
  });

  it('keeps "your letter no. … of <date>" a letter\'s day in English too', () => {
    const text = HEADER('Yahoo Legal <legal@yahooinc.com>', 'Preservation YH-PR-40018') + 'Dear Detective,\n\nFurther to your letter ref. PD/2026/771 of 16 November 2026, we have preserved the account lakeshore.rx@yahoo.com.\n\nYahoo Legal\n';
    expect(byReference(text)['YH-PR-40018']?.day).toBe('2026-11-24');
  });
});

describe('a numeric date whose order another date proves', () => {
  const mail = (executed: string) =>
    HEADER('Bybit Law Enforcement <le@bybit.com>', 'LE-2611-77102', 'Tue, 1 Dec 2026 10:47:00 +0400') +
    `Dear Officer,\n\n Request received      : 29/11/2026\n Preservation executed : ${executed}\n Account UID           : 204418000\n\nThe records have been preserved.\n\nBybit\n`;
  it('is not read the other way when its own reading falls after the e-mail: nothing is proposed', () => {
    expect(byReference(mail('02/12/2026'))['LE-2611-77102']?.day).toBeNull();
    expect(read(mail('02/12/2026')).confirmations[0]?.dateWarning?.key).toBe('register.email.dateAfterEmail');
  });

  it('is read in that order when it fits', () => {
    expect(byReference(mail('30/11/2026'))['LE-2611-77102']?.day).toBe('2026-11-30');
  });
});

describe('what confirms nothing', () => {
  it('"Case N has been closed as a duplicate", "no new preservation has been made" beside the case\'s number', () => {
    const text =
      HEADER('PayPal Law Enforcement <le-support@paypal.com>', 'Case 07441902 closed') +
      'Dear Detective,\n\nYour request duplicates an earlier one: the account was already preserved under PP-LE-7731002. No new preservation has been made, and Case 07441902 has been closed as a duplicate.\n\nPayPal\n';
    expect(read(text).confirmations).toEqual([]);
  });

  it('"We have therefore not made a new preservation in response to this request"', () => {
    const text =
      HEADER('Meta Records <records-noreply@fb.com>', 'Case #11302990') +
      'Hello,\n\nThis account is already subject to an active preservation under Case #10988001. We have therefore not made a new preservation in response to this request, and Case #11302990 has been closed.\n\nMeta\n';
    expect(read(text).confirmations).toEqual([]);
  });

  it('still confirms where a case\'s number stands beside a preservation made', () => {
    const text = HEADER('PayPal Law Enforcement <le-support@paypal.com>', 'Case 07441902') + 'Dear Detective,\n\nCase 07441902: the account harbor.mart@example.net has been preserved.\n\nPayPal\n';
    expect(Object.keys(byReference(text))).toEqual(['07441902']);
  });
});

describe('a provider\'s message inside a notice', () => {
  it('reads a letter under "----- attachment text -----" as the sender\'s', () => {
    const text =
      'FYI, letter below.\n\n---------- Forwarded message ---------\nFrom: Apple Law Enforcement <lawenforcement@apple.com>\nDate: Wed, Nov 18, 2026 at 9:02 AM\nSubject: Apple Inc. - Preservation\nTo: <det.ruiz@pd.example.gov>\n\nPlease see the attached letter.\n\n' +
      '----- attachment text -----\n\nApple Reference No. P-2026-220481\n\nPreservation completed: Nov. 17, 2026\n\nApple Account: quarry.echo@icloud.com\n\n----- end attachment text -----\n';
    expect(byReference(text)).toEqual({ 'P-2026-220481': { day: '2026-11-17', accounts: ['quarry.echo@icloud.com'] } });
  });

  it('reads "--- Message from Discord ---" in a portal\'s notice as part of that notice', () => {
    const text =
      HEADER('Kodex <notifications@kodexglobal.com>', '[Discord] Request DISC-60211 updated', 'Wed, 25 Nov 2026 13:41:08 +0000') +
      'Discord has posted an update to your request.\n\n  Request ID ...... DISC-60211\n  Status .......... Completed\n\n--- Message from Discord ---\n\nWe have preserved the following account as of 11/24/2026.\n\n  User ID                 Username\n  1039482271650411111     canyon.ghost\n\n---\n';
    expect(byReference(text)).toEqual({ 'DISC-60211': { day: '2026-11-24', accounts: ['1039482271650411111', 'canyon.ghost'] } });
  });
});

describe('the Latvian Gmail reply line', () => {
  it('dates the provider\'s quoted message by "2026. g. 27. nov."', () => {
    const text =
      'Paldies!\n\npk, 2026. g. 27. nov., plkst. 18:40 — lietotājs Snap Law Enforcement <lawenforcement@snapchat.com> rakstīja:\n\n> Hello,\n>\n> Snap Inc. has preserved the Snapchat account riga.owl27.\n>\n> Reference Number: SNAP-PR-20261127-0041\n';
    expect(read(text).emailDate?.day).toBe('2026-11-27');
  });
});

describe('dates that are not the preservation\'s', () => {
  it('a username "as it existed on" a day names the account, not the preservation', () => {
    const text =
      HEADER('Meta Records <records-noreply@fb.com>', 'Preservation', 'Tue, 3 Nov 2026 19:48:00 -0800') +
      'Hello,\n\nMeta has taken steps to preserve the records of the account below.\n\nMeta Case Number: 7719020001\nUsername: loop.kicks\n\nYou identified this account by the username as it existed on October 29, 2026.\n';
    expect(byReference(text)['7719020001']?.day).toBe('2026-11-03');
  });

  it('the account preserved "as it existed on" a day keeps that day', () => {
    const text =
      HEADER('Meta Records <records-noreply@fb.com>', 'Preservation', 'Tue, 3 Nov 2026 19:48:00 -0800') +
      'Hello,\n\nMeta has preserved the records of the account as it existed on November 2, 2026.\n\nMeta Case Number: 7719020001\nUsername: loop.kicks\n';
    expect(byReference(text)['7719020001']?.day).toBe('2026-11-02');
  });

  it('"Date de préservation :" is the preservation\'s label', () => {
    const text =
      HEADER('Sécurité corporative <securite@telco.example.ca>', 'RE: Demande de préservation', 'Tue, 24 Nov 2026 14:06:00 -0500') +
      'Bonjour,\n\nNous vous confirmons que les données ont été préservées.\n\nRéférence : TEL-PRES-77120\nDate de préservation : 10/11/2026\n\nCordialement\n';
    expect(byReference(text)['TEL-PRES-77120']?.day).toBe('2026-11-10');
  });
});

describe('who sent it', () => {
  it('a company writing under its own name in its message is the sender, not the host of its mail in a Message-ID', () => {
    const text =
      'From: VSAT Preservations <vsat.preservations@carrier-one.com>\nTo: Det. Ruiz <a.ruiz@pd.example.gov>\nDate: Thu, 19 Nov 2026 08:55:30 -0500\nSubject: RE: Preservation\nMessage-ID: <MN2PR14MB3871@MN2PR14MB3871.namprd14.prod.outlook.com>\n\n' +
      'Carrier-One Security Assistance Team\n\nIn response to your request, Carrier-One has preserved the records described below.\n\n    Mobile number (MDN) .......... (337) 555-0171\n    Preservation no. ............. PR26-1800125\n';
    const result = read(text);
    expect(result.providerId).toBeNull();
    expect(byReference(text)).toEqual({ 'PR26-1800125': { day: '2026-11-19', accounts: ['(337) 555-0171'] } });
  });

  it('a word of the domain in lower case ("for example") names no sender', () => {
    const text =
      'From: Records Desk <records@mail.example.com>\nTo: Det. Ruiz <a.ruiz@pd.example.gov>\nDate: Thu, 19 Nov 2026 08:55:30 -0500\nSubject: Preservation\n\nHello,\n\nThe TikTok account, for example the one you listed, has been preserved: @lake.owl. Reference TT-PR-55812.\n';
    expect(read(text).providerId).toBe('tiktok');
  });
});

describe('threads of a company outside the registry', () => {
  it('take the company\'s confirmation above its own receipt, not the receipt the request was answered by', () => {
    const text =
      'From: Acme Pay Law Enforcement <le@acmepay.example>\nTo: Det. Ruiz <a.ruiz@pd.example.gov>\nDate: Mon, 2 Nov 2026 23:12:44 +0000\nSubject: RE: Preservation request PD-26-0977 [AP-PR-7730001]\n\n' +
      'Dear Detective,\n\nFurther to our acknowledgement below, we confirm that Acme Pay has preserved the data of the customer below.\n\nOur reference:   AP-PR-7730001\nCustomer:        +44 7700 900555\n\nAcme Pay\n\n' +
      '-----Original Message-----\nFrom: Acme Pay Law Enforcement <le@acmepay.example>\nSent: 30 October 2026 09:41\nTo: Det. Ruiz <a.ruiz@pd.example.gov>\nSubject: RE: Preservation request PD-26-0977\n\n' +
      'We acknowledge receipt of your request. We will confirm separately once any action has been taken.\n\n' +
      '-----Original Message-----\nFrom: Det. Ruiz <a.ruiz@pd.example.gov>\nSent: 29 October 2026 16:20\nTo: le@acmepay.example\nSubject: Preservation request PD-26-0977\n\nPlease preserve the account of +44 7700 900555.\n';
    expect(byReference(text)).toEqual({ 'AP-PR-7730001': { day: '2026-11-02', accounts: ['+44 7700 900555'] } });
  });

  it('take a bare reply above the request it answers as the company\'s, where it speaks as the company the request went to', () => {
    const text =
      'Dear PC Adeyemi,\n\nWe can confirm that Lovematch has preserved the data held for the following profile:\n\n    Phone number on the profile:  07700 900411\n\nYour preservation reference is LM-LE-00418001.\n\nLaw Enforcement Response Team\n\n' +
      '-----Original Message-----\nFrom: PC Tomi Adeyemi <tomi.adeyemi@met.example.police.uk>\nSent: 17 November 2026 11:02\nTo: Lovematch Law Enforcement <le@team.lovematch.example>\nSubject: Data preservation request - CRIS 5209001/26\n\nPlease preserve the profile registered to 07700 900411 and 07700 900919.\n\nPC Tomi Adeyemi\n07700 900237\n';
    expect(byReference(text)).toEqual({ 'LM-LE-00418001': { day: null, accounts: ['07700 900411'] } });
  });

  it('take a bare reply that greets the writer of the "wrote:" request below as the provider\'s', () => {
    const text =
      'Hello Detective Novak,\n\nWe have preserved the information associated with the following account, as of November 6, 2026:\n\n  Account e-mail address:  blue.ops@proton.me\n\nOur reference for this matter is CF-LE-5520001.\n\nCloudflare Trust & Safety\n\n' +
      'On Wed, Nov 4, 2026 at 10:12 AM Det. Karen Novak <k.novak@metro.example.gov> wrote:\n> Please preserve the account of blue.ops@proton.me.\n>\n> Our reference: 26-4471-CYB\n';
    expect(byReference(text)).toEqual({ 'CF-LE-5520001': { day: '2026-11-06', accounts: ['blue.ops@proton.me'] } });
  });

  it('take the company\'s latest confirmation, which corrects its earlier one', () => {
    const text =
      'From: Stayfinder Liaison <le@stayfinder.example>\nTo: Insp. Carvalho <rita@pj.example.pt>\nDate: Tue, 3 Nov 2026 17:26:00 +0100\nSubject: RE: Preservation request [#8820001]\n\n' +
      'Dear Inspector,\n\nA correction to our message of this morning: #8820001 is our internal ticket number. The preservation reference is SF-LER-0228001.\n\n  2026-11-02   Preservation completed\n\nStayfinder\n\n' +
      'From: Stayfinder Liaison <le@stayfinder.example>\nTo: Insp. Carvalho <rita@pj.example.pt>\nDate: Tue, 3 Nov 2026 09:48:00 +0100\nSubject: RE: Preservation request [#8820001]\n\n' +
      'Dear Inspector,\n\nWe confirm that the data of the account t.tours@example.net has been preserved. Your reference number is #8820001.\n\n' +
      'From: Insp. Carvalho <rita@pj.example.pt>\nTo: le@stayfinder.example\nDate: Thu, 29 Oct 2026 14:15:00 +0100\nSubject: Preservation request\n\nPlease preserve the account t.tours@example.net.\n';
    expect(Object.keys(byReference(text))).toEqual(['SF-LER-0228001']);
  });

  it('keep an investigator\'s note above a forwarded confirmation the note, the confirmation the provider\'s', () => {
    const text =
      'Lovematch confirmed, see below. Their number goes in the register.\n\n-----Original Message-----\nFrom: Lovematch Law Enforcement <le@team.lovematch.example>\nSent: 18 November 2026 10:00\nTo: PC Tomi Adeyemi <tomi.adeyemi@met.example.police.uk>\nSubject: RE: Data preservation request\n\n' +
      'Lovematch has preserved the data held for the profile linked to 07700 900411 on 18 November 2026. Reference: LM-LE-00418002.\n';
    expect(byReference(text)).toEqual({ 'LM-LE-00418002': { day: '2026-11-18', accounts: ['07700 900411'] } });
  });
});

describe('"no new reference number has been assigned"', () => {
  it('is said of the request, not of an account: an existing preservation confirms nothing new', () => {
    const text =
      HEADER('Microsoft LENS <lensreply@microsoft.com>', 'RE: Preservation request') +
      'Dear Officer,\n\nThis account is already subject to an active preservation, made on October 30, 2026 under Microsoft reference GCC-2026-110001.\n\nAs the existing preservation already covers the data requested, no new preservation has been made and no new reference number has been assigned.\n\nMicrosoft\n';
    expect(read(text).confirmations).toEqual([]);
  });
});

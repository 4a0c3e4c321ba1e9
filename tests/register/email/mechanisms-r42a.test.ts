import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 42, tuner r42a (holdout30-34: e-mails for which the reader proposed no record, or the wrong
 * message's reference): each shown on invented mail, in wordings, languages and layouts not in the sets, with probes
 * that must read the new way (each failed before its change) and probes that must not change.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const read = (text: string) => {
  const r = parseProviderEmail(text, NOW);
  return {
    references: r.references,
    accounts: r.accountIdentifiers,
    confirmations: r.confirmations.map((c) => ({ reference: c.reference, day: c.preservedOn?.day ?? null, accounts: c.accounts.map((a) => a.value) })),
  };
};

const RAW = (from: string, subject: string, body: string) =>
  `From: ${from}\nDate: Thu, 12 Nov 2026 17:05:11 +0000\nTo: inv.halloran@police.example.ie\nSubject: ${subject}\n\n${body}\n`;

describe("references: a bare 'request' names a number in three or four groups of digits, eight digits at least ('request 4410-2293-58'), as it names one unbroken", () => {
  it.each([
    [RAW('Lyft Legal <legal-noreply@lyft.example.com>', 'Update', 'Hi,\n\nWe have completed preservation request 4410-2293-58. The rider account +1 555-0142 was preserved on 11 November 2026.\n\nLyft Legal'), '4410-2293-58'],
    [RAW('Uber LERT <lert@uber.example-mail.com>', 'Your submission', 'Hello,\n\n- Status of request 2611-0093-1747: completed\n- Account preserved: dune.harrier@gmail.com\n\nUber LERT'), '2611-0093-1747'],
    [RAW('Discord Safety <legal@discord.example.com>', 'Done', 'Hi Inv. Halloran,\n\nAccount    dune.harrier#0001 (User ID 881200334455667788)\nStatus     preserved under request 77-1029-3384 on November 10, 2026\n\nDiscord'), '77-1029-3384'],
  ])('proposes the number: %s', (text, reference) => {
    expect(read(text).references).toEqual([reference]);
  });

  it.each([
    // A date after "request": no reference, as before.
    [RAW('Lyft Legal <legal-noreply@lyft.example.com>', 'Update', 'Hi,\n\nWe received your request 2026-11-09 and preserved the rider account +1 555-0142 on 11 November 2026.\n\nLyft Legal')],
    // A phone number after "request": none, as before.
    [RAW('Lyft Legal <legal-noreply@lyft.example.com>', 'Update', 'Hi,\n\nAbout your request 555-010-3190 is our desk line. The rider account was preserved on 11 November 2026.\n\nLyft Legal')],
    // Groups with fewer than eight digits: none, as before.
    [RAW('Lyft Legal <legal-noreply@lyft.example.com>', 'Update', 'Hi,\n\nWe completed request 12-34-56. The rider account +1 555-0142 was preserved on 11 November 2026.\n\nLyft Legal')],
  ])('proposes no reference, as before: %s', (text) => {
    expect(read(text).references).toEqual([]);
  });
});

describe("references: the request's noun in another language ('solicitud de conservación', 'demande de conservation', 'verzoek tot bewaring', 'Sicherungsanfrage', 'richiesta'), or an abbreviated reference label ('Rif.', 'Réf.'), names the provider's number", () => {
  it.each([
    [RAW('Google LIS <lis-noreply@google.com>', 'Conservación completada', 'Estimado agente:\n\nLa solicitud de conservación 58812077 se ha completado el 10 de noviembre de 2026.\n\nCuenta conservada: brisa.salina@gmail.com\n\nGoogle LLC'), '58812077'],
    [RAW('Google LIS <lis-noreply@google.com>', 'Bewaring afgerond', 'Geachte heer,\n\nHet verzoek tot bewaring nr. 71200456 is op 10 november 2026 afgerond voor het account duinpieper.77@gmail.com.\n\nGoogle LLC'), '71200456'],
    [RAW('Microsoft LE <le-noreply@microsoft.example.com>', 'Sicherung', 'Guten Tag,\n\ndie Sicherungsanfrage 55120987 wurde am 10.11.2026 abgeschlossen. Gesichertes Konto: moorlerche@outlook.com\n\nMicrosoft'), '55120987'],
    [RAW('TikTok LE <lert@tiktok.example.com>', 'Conservation effectuée [Réf. TikTok 73310042]', 'Bonjour,\n\nLes données du compte @lune.de.sel ont été conservées le 10 novembre 2026.\n\nTikTok'), '73310042'],
  ])('proposes the number: %s', (text, reference) => {
    expect(read(text).references).toEqual([reference]);
  });

  it.each([
    // The addressee's request and its number: the agency's, none proposed, as before.
    [RAW('Google LIS <lis-noreply@google.com>', 'Conservación', 'Estimado agente:\n\nHemos conservado la cuenta brisa.salina@gmail.com el 10 de noviembre de 2026, según su solicitud 58812077.\n\nGoogle LLC'), []],
    // "Vostro rif." is the agency's: none proposed, as before.
    [RAW('Airbnb LE <le@airbnb.example.com>', 'Conservazione', 'Gentile Ispettore,\n\nvostro rif. 88120045: abbiamo conservato i dati dell\'account sabbia.lenta@gmail.com il 10 novembre 2026.\n\nAirbnb'), []],
    // A request named by its date, no number: none, as before.
    [RAW('Airbnb LE <le@airbnb.example.com>', 'Conservazione', 'Gentile Ispettore,\n\nla richiesta del 9 novembre 2026 è stata evasa: i dati dell\'account sabbia.lenta@gmail.com sono stati conservati il 10 novembre 2026.\n\nAirbnb'), []],
  ])('proposes the same references as before: %s', (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });
});

const SECTION = (n: number, from: string, sent: string, body: string) => `--- Message ${n} ---\nFrom: ${from}\nSent: ${sent}\n\n${body}\n`;
const OFFICER = 'Det. Ana Ruiz <a.ruiz@policia.example.es>';

describe("threads: pasted oldest first, the provider's earlier message (its receipt that gave the number) stands above the confirmation, dated before it; where the confirmation names no number, the receipt's is the reference", () => {
  it.each([
    [
      [
        SECTION(1, OFFICER, 'Mon, Nov 9, 2026 9:00 AM', 'Please preserve kestrel.vane@gmail.com.'),
        SECTION(2, 'Google LIS <lis-noreply@google.com>', 'Mon, Nov 9, 2026 9:01 AM', 'Thank you, we received your request. Reference number: 60718842.'),
        SECTION(3, 'Google LIS <lis-noreply@google.com>', 'Wed, Nov 11, 2026 2:30 PM', 'Hello,\n\nThe account kestrel.vane@gmail.com has been preserved as of November 10, 2026.\n\nGoogle'),
      ].join('\n'),
      '60718842',
    ],
    [
      `Von: Microsoft LE <le-noreply@microsoft.example.com>\nGesendet: Montag, 9. November 2026 10:00\nBetreff: Eingang\n\nWir haben Ihre Anfrage erhalten. Referenznummer: MS-LE-2611-4471.\n\nVon: Microsoft LE <le-noreply@microsoft.example.com>\nGesendet: Mittwoch, 11. November 2026 15:00\nBetreff: Abgeschlossen\n\nGuten Tag,\n\ndas Konto moorlerche@outlook.com wurde am 10. November 2026 gesichert.\n\nMicrosoft\n`,
      'MS-LE-2611-4471',
    ],
    [
      [
        `Asunto: Solicitud de conservación\n`,
        SECTION(1, 'Meta Records <records-noreply@support.facebook.com>', 'Mon, Nov 9, 2026 9:01 AM', 'Hemos recibido su solicitud. Número de caso: 8831120456.'),
        SECTION(2, OFFICER, 'Tue, Nov 10, 2026 8:00 AM', '¿Alguna novedad?'),
        SECTION(3, 'Meta Records <records-noreply@support.facebook.com>', 'Wed, Nov 11, 2026 2:30 PM', 'Hola,\n\nHemos conservado la cuenta de Instagram @ola.quieta el 11 de noviembre de 2026.\n\nMeta'),
      ].join('\n'),
      '8831120456',
    ],
  ])('proposes the receipt\'s number: %s', (text, reference) => {
    expect(read(text).references).toEqual([reference]);
  });

  it.each([
    // Newest first: the receipt under the confirmation, as before.
    [
      [
        SECTION(3, 'Google LIS <lis-noreply@google.com>', 'Wed, Nov 11, 2026 2:30 PM', 'Hello,\n\nThe account kestrel.vane@gmail.com has been preserved as of November 10, 2026.\n\nGoogle'),
        SECTION(2, 'Google LIS <lis-noreply@google.com>', 'Mon, Nov 9, 2026 9:01 AM', 'Thank you, we received your request. Reference number: 60718842.'),
      ].join('\n'),
      ['60718842'],
    ],
    // A message above dated after the confirmation (a later notice of the same sender): its number is not taken.
    [
      [
        SECTION(2, 'Google LIS <lis-noreply@google.com>', 'Fri, Nov 13, 2026 9:01 AM', 'Reminder: case number 60718999 awaits your reply.'),
        SECTION(1, 'Google LIS <lis-noreply@google.com>', 'Wed, Nov 11, 2026 2:30 PM', 'Hello,\n\nThe account kestrel.vane@gmail.com has been preserved as of November 10, 2026.\n\nGoogle'),
      ].join('\n'),
      [],
    ],
    // The confirmation names its own number: the receipt above gives none.
    [
      [
        SECTION(1, 'Google LIS <lis-noreply@google.com>', 'Mon, Nov 9, 2026 9:01 AM', 'Thank you, we received your request. Reference number: 60718842.'),
        SECTION(2, 'Google LIS <lis-noreply@google.com>', 'Wed, Nov 11, 2026 2:30 PM', 'Hello,\n\nThe account kestrel.vane@gmail.com has been preserved as of November 10, 2026 under reference 60719001.\n\nGoogle'),
      ].join('\n'),
      ['60719001'],
    ],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });
});

describe("threads: a conversation view's header whose sender is an address alone ('legal@…⏎Nov 18, 2026, 4:12 PM⏎to me'), or a numbered export's ('2) X Legal <gap> Oct 23, 2026, 2:15 PM'), starts a message", () => {
  it.each([
    [
      'Discord: request complete\n\nlegal-noreply@discord.example.com\nWed, Nov 18, 2026, 4:12 PM (2 days ago)\nto me\n\nWe have preserved the account with User ID 881200334455667788 on November 18, 2026.\nReference: DSC-2611-40018\n\nInsp. Rob Tenney\nTue, Nov 17, 2026, 9:02 AM (3 days ago)\nto Discord\n\nPlease preserve, our file PSNI-26-4471 ...\n',
      ['DSC-2611-40018'],
    ],
    [
      'lert@tiktok.example.com\nmié, 18 nov 2026, 16:12\npara mí\n\nHemos conservado la cuenta @ola.quieta el 18 de noviembre de 2026. Referencia: TT-PR-2611-7741.\n\nInsp. Ana Ruiz\nmar, 17 nov 2026, 9:02\npara TikTok\n\nSolicitamos conservar @ola.quieta, diligencias DP-26-0415 ...\n',
      ['TT-PR-2611-7741'],
    ],
    [
      'Reddit thread, 2 messages\n\n1) Insp. Rob Tenney <r.tenney@psni.example.uk>      Nov 11, 2026, 9:02 AM\nPreservation request for u/Quiet_Lantern_19. Reference: GMP-26-00417.\n\n2) Reddit Legal      Nov 12, 2026, 10:15 AM\nHi Inspector, the account u/Quiet_Lantern_19 was preserved on November 12, 2026 under request #40017723.\n',
      ['40017723'],
    ],
  ])('proposes the provider\'s reference, not the officer\'s number: %s', (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });

  it.each([
    // An address alone in a body, no recipients' line under a time: no header, as before.
    [RAW('Google LIS <lis-noreply@google.com>', 'Done', 'Hello,\n\nPreserved account:\nkestrel.vane@gmail.com\nNov 10, 2026, 4:12 PM\n\nReference: 60718842\n\nGoogle'), ['60718842']],
    // A numbered list in a body: no thread, as before.
    [RAW('Snap LE <lawenforcement@snap.example.com>', 'Done', 'Hello,\n\n1) moss.ferrule    preserved 12 Nov 2026, 10:15\n\n2) moss.ferrule2    preserved 12 Nov 2026, 10:16\n\nReference: SNAP-PR-20261112-0417'), ['SNAP-PR-20261112-0417']],
    // A provider's header with its display name and address: as before.
    [
      'Google LIS <lis-noreply@google.com>\nWed, Nov 18, 2026, 4:12 PM\nto me\n\nThe account kestrel.vane@gmail.com was preserved on November 18, 2026. Reference: 60718842.\n',
      ['60718842'],
    ],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });
});

describe("threads: pasted oldest first, each later message of the provider that confirms a preservation under its own one reference is a confirmation too, with its own date and accounts", () => {
  it.each([
    [
      [
        SECTION(1, OFFICER, 'Mon, Nov 9, 2026 9:00 AM', 'Please preserve kestrel.vane@gmail.com and kestrel.vane2@gmail.com.'),
        SECTION(2, 'Google LIS <lis-noreply@google.com>', 'Tue, Nov 10, 2026 2:30 PM', 'Hello,\n\nThe account kestrel.vane@gmail.com was preserved on November 10, 2026. Reference: 60718842.\n\nGoogle'),
        SECTION(3, 'Google LIS <lis-noreply@google.com>', 'Thu, Nov 12, 2026 11:00 AM', 'Hello,\n\nThe account kestrel.vane2@gmail.com was preserved on November 12, 2026. Reference: 60718843.\n\nGoogle'),
      ].join('\n'),
      [
        { reference: '60718842', day: '2026-11-10', accounts: ['kestrel.vane@gmail.com'] },
        { reference: '60718843', day: '2026-11-12', accounts: ['kestrel.vane2@gmail.com'] },
      ],
    ],
    [
      'Export: Snap thread\n\n1) Snap Law Enforcement\t12 Nov 2026, 10:15\nDie Daten des Kontos moss.ferrule wurden am 12.11.2026 gesichert. Referenz: SNAP-PR-20261112-0417.\n\n2) Snap Law Enforcement\t14 Nov 2026, 08:40\nDie Daten des Kontos ferrule.moss wurden am 14.11.2026 gesichert. Referenz: SNAP-PR-20261114-0533.\n',
      [
        { reference: 'SNAP-PR-20261112-0417', day: '2026-11-12', accounts: ['moss.ferrule'] },
        { reference: 'SNAP-PR-20261114-0533', day: '2026-11-14', accounts: ['ferrule.moss'] },
      ],
    ],
    [
      `De: TikTok LE <lert@tiktok.example.com>\nEnviado: lunes, 9 de noviembre de 2026 10:00\nAsunto: Conservación\n\nHemos conservado la cuenta @ola.quieta el 9 de noviembre de 2026. Referencia: TT-PR-2611-7741.\n\nDe: TikTok LE <lert@tiktok.example.com>\nEnviado: miércoles, 11 de noviembre de 2026 15:00\nAsunto: Conservación\n\nHemos conservado la cuenta @quieta.ola el 11 de noviembre de 2026. Referencia: TT-PR-2611-7790.\n`,
      [
        { reference: 'TT-PR-2611-7741', day: '2026-11-09', accounts: ['@ola.quieta'] },
        { reference: 'TT-PR-2611-7790', day: '2026-11-11', accounts: ['@quieta.ola'] },
      ],
    ],
  ])('proposes each confirmation: %s', (text, expected) => {
    expect(read(text).confirmations).toEqual(expected);
  });

  it.each([
    // Newest first (round 44): the older confirmation under the newer one is a preservation of its own, where the newer
    // one never names its reference.
    [
      [
        SECTION(3, 'Google LIS <lis-noreply@google.com>', 'Thu, Nov 12, 2026 11:00 AM', 'Hello,\n\nThe account kestrel.vane2@gmail.com was preserved on November 12, 2026. Reference: 60718843.\n\nGoogle'),
        SECTION(2, 'Google LIS <lis-noreply@google.com>', 'Tue, Nov 10, 2026 2:30 PM', 'Hello,\n\nThe account kestrel.vane@gmail.com was preserved on November 10, 2026. Reference: 60718842.\n\nGoogle'),
      ].join('\n'),
      ['60718843', '60718842'],
    ],
    // A later message that names the same reference again adds nothing.
    [
      [
        SECTION(1, 'Google LIS <lis-noreply@google.com>', 'Tue, Nov 10, 2026 2:30 PM', 'Hello,\n\nThe account kestrel.vane@gmail.com was preserved on November 10, 2026. Reference: 60718842.\n\nGoogle'),
        SECTION(2, 'Google LIS <lis-noreply@google.com>', 'Thu, Nov 12, 2026 11:00 AM', 'Hello,\n\nAs stated, the account kestrel.vane@gmail.com was preserved on November 10, 2026. Reference: 60718842.\n\nGoogle'),
      ].join('\n'),
      ['60718842'],
    ],
    // A later receipt of the provider (no preservation asserted) adds nothing.
    [
      [
        SECTION(1, 'Google LIS <lis-noreply@google.com>', 'Tue, Nov 10, 2026 2:30 PM', 'Hello,\n\nThe account kestrel.vane@gmail.com was preserved on November 10, 2026. Reference: 60718842.\n\nGoogle'),
        SECTION(2, 'Google LIS <lis-noreply@google.com>', 'Thu, Nov 12, 2026 11:00 AM', 'Hello,\n\nWe have received your second request and assigned it reference 60718843. It is being reviewed.\n\nGoogle'),
      ].join('\n'),
      ['60718842'],
    ],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });
});

describe("preservation asserted: a label that dates the preservation ('Date of preservation:', 'Preservation date:', 'Hold placed:') whose value opens with a weekday and a month's name before its first digit ('Tuesday, November 3, 2026', 'Tue. 3 Nov 2026') dates a preservation done", () => {
  const LETTER = (line: string) =>
    RAW('TikTok LE <lert@tiktok.example.com>', 'Letter', `Please see the attached letter.\n\nRE: TikTok Reference TT-PRES-2026-118473\n\nTikTok has received your request dated October 30, 2026 for the account:\n\n        Username: @marsh.owl\n\n${line}\n\nTikTok`);
  it.each([
    [LETTER('Date of preservation: Tuesday, November 3, 2026')],
    [LETTER('Preservation date: Tue. 3 Nov 2026')],
    [LETTER('Preservation date: Wed, Nov 4, 2026')],
  ])('proposes the reference: %s', (text) => {
    expect(read(text).references).toEqual(['TT-PRES-2026-118473']);
  });

  it.each([
    // A label with no date in its value: no preservation asserted, as before.
    [LETTER('Date of preservation: Pending review by our team')],
    // A request's date, not the preservation's: as before.
    [LETTER('Date of request: Tuesday, November 3, 2026')],
    // A weekday alone, no digit: as before.
    [LETTER('Preservation date: Tuesday next week')],
  ])('proposes no reference, as before: %s', (text) => {
    expect(read(text).references).toEqual([]);
  });
});

describe("copies wrapped at 72: a quoted line shorter than the long ones a wrap leaves, its sentence going on and the next line's first word too long to have fitted on it ('> We have extended the preservation for the account⏎wyvern.ashdale@… under reference …'), is quoted with the line under it, which is the rest of it", () => {
  it.each([
    [
      'Subject: Re: Sicherung\n\nAm Di., 24. Nov. 2026 um 15:37 schrieb Google LIS <lis-noreply@google.com>:\n> Guten Tag,\n>\n> wir haben die Daten am 23.11.2026 gesichert für\nmoorlerche.zwei@gmail.com unter Referenz 60718842.\n>\n> Google LIS\n',
      ['60718842'],
      ['moorlerche.zwei@gmail.com'],
    ],
    [
      'Subject: Re: Conservation\n\nLe mar. 24 nov. 2026 à 15:37, Snap LE <lawenforcement@snap.example.com> a écrit :\n> Bonjour,\n>\n> Nous avons conservé les données de l\'utilisateur\nlune.de.sel.paris@hotmail.fr, sous la référence SNAP-PR-20261124-0331.\n>\n> Snap\n',
      ['SNAP-PR-20261124-0331'],
      ['lune.de.sel.paris@hotmail.fr'],
    ],
    [
      'Oggetto: R: Conservazione\n\nIl giorno mar 24 nov 2026 alle ore 15:37 Google LIS <lis-noreply@google.com> ha scritto:\n> Buongiorno,\n>\n> abbiamo conservato il 23/11/2026 i dati di\nsabbia.lenta.roma.2026@gmail.com con il riferimento 60718842.\n>\n> Google LIS\n',
      ['60718842'],
      ['sabbia.lenta.roma.2026@gmail.com'],
    ],
  ])('reads the reference and the account: %s', (text, references, accounts) => {
    const r = read(text);
    expect(r.references).toEqual(references);
    expect(r.accounts).toEqual(accounts);
  });

  it.each([
    // A quoted line whose next word would have fitted on it (no wrap): the line under it stays the replier's, as before.
    [
      'Subject: Re: Sicherung\n\nAm Di., 24. Nov. 2026 um 15:37 schrieb Google LIS <lis-noreply@google.com>:\n> Guten Tag,\n>\n> wir haben die Daten gesichert für\nkonto@example.de unter Referenz 60718842.\n>\n> Google LIS\n',
      [],
    ],
    // A quoted line that ends its sentence: the unmarked line under it is the replier's, as before.
    [
      'From: Google LIS <lis-noreply@google.com>\nDate: Tue, 24 Nov 2026 15:37:00 -0800\nSubject: Re: Preservation\n\nPreserved on November 23, 2026. Reference: 60718842.\n\nOn Mon, Nov 23, 2026 at 9:00 AM Det. Ana Ruiz <a.ruiz@policia.example.es> wrote:\n> Please preserve the account kestrel.vane@gmail.com.\nThanks, Ana\n',
      ['60718842'],
    ],
    // A short quoted question and the answer under it: as before.
    [
      'From: Google LIS <lis-noreply@google.com>\nDate: Tue, 24 Nov 2026 15:37:00 -0800\nSubject: Re: question\n\n> Could you preserve it too?\nYes, preserved on November 23, 2026 under reference 60718842.\n\nGoogle LIS\n',
      [],
    ],
  ])('reads as before: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });
});

describe("copies wrapped at 72: a conversation view's header whose address a wrap put under the display name ('X Legal⏎<legal@…>      Nov 19, 2026, 4:12 PM⏎to me') still heads a message", () => {
  it.each([
    [
      'Meta request 9981275          Inbox x\n\nMeta Law Enforcement Response Team\n<records-noreply@support.facebook.com>      Nov 19, 2026, 4:12 PM\nto me\n\nHello,\n\nWe have preserved the Instagram account lantern.moss (Case 9981275).\n\n  ----- Show quoted text -----\n\nReply     Forward\n',
      ['9981275'],
    ],
    [
      'Snap Law Enforcement Operations Team (do not reply)\n<lawenforcement@snap.example.com>\nmié, 18 nov 2026, 16:12\npara mí\n\nHola,\n\nLa cuenta marsh.owl se conservó el 18 de noviembre de 2026. Referencia: SNAP-PR-20261118-0417.\n\nInsp. Ana Ruiz\nmar, 17 nov 2026, 9:02\npara Snap\n\nSolicitamos conservar marsh.owl. Nuestra referencia: DP-2026-00415-MAD\n',
      ['SNAP-PR-20261118-0417'],
    ],
    [
      'Discord request\n\nDiscord Trust and Safety Law Enforcement Response\n<legal-noreply@discord.example.com>      18. Nov. 2026, 16:12\nan mich\n\nHallo,\n\ndas Konto mit der User-ID 881200334455667788 wurde am 18.11.2026 gesichert. Referenz: 40017723.\n\nInsp. Rob Tenney\n17. Nov. 2026, 09:02\nan Discord\n\nBitte sichern Sie das Konto. Unsere Referenz: KK-2026-4471-ST\n',
      ['40017723'],
    ],
  ])('proposes the reference: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });

  it.each([
    // A display name alone on its line, an address under it with no time: no header, as before.
    [
      'From: Meta Records <records-noreply@support.facebook.com>\nDate: Thu, 19 Nov 2026 16:12:00 -0800\nSubject: Case 9981275\n\nHello,\n\nWe have preserved the Instagram account lantern.moss (Case 9981275).\n\nMeta Law Enforcement Response Team\n<records-noreply@support.facebook.com>\n',
      ['9981275'],
    ],
    // The name and the address on one line: as before.
    [
      'Meta request 9981275\n\nMeta Law Enforcement Response Team <records-noreply@support.facebook.com>      Nov 19, 2026, 4:12 PM\nto me\n\nHello,\n\nWe have preserved the Instagram account lantern.moss (Case 9981275).\n',
      ['9981275'],
    ],
    // A blank line between the name and the address: no header, as before.
    [
      'From: Meta Records <records-noreply@support.facebook.com>\nDate: Thu, 19 Nov 2026 16:12:00 -0800\nSubject: Case 9981275\n\nWe have preserved the Instagram account lantern.moss (Case 9981275).\n\nQuestions? Contact\n\n<records-noreply@support.facebook.com>      Nov 19, 2026, 4:12 PM\nto me\n',
      ['9981275'],
    ],
  ])('reads as before: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });
});

describe('threads: a later confirmation whose stated date is implausible proposes no date, as the first confirmation would, and says why', () => {
  it('gives the later confirmation no date and a warning, not its message date', () => {
    const text =
      'Export: Snap thread\n\n1) Snap Law Enforcement\t12 Nov 2026, 10:15\nDie Daten des Kontos moss.ferrule wurden am 12.11.2026 gesichert. Referenz: SNAP-PR-20261112-0417.\n\n2) Snap Law Enforcement\t14 Nov 2026, 08:40\nDie Daten des Kontos ferrule.moss wurden am 24.11.2026 gesichert. Referenz: SNAP-PR-20261114-0533.\n';
    const later = parseProviderEmail(text, NOW).confirmations.find((c) => c.reference === 'SNAP-PR-20261114-0533');
    expect(later?.preservedOn).toBeNull();
    expect(later?.dateWarning).toBeDefined();
    expect(read(text).confirmations[0]).toEqual({ reference: 'SNAP-PR-20261112-0417', day: '2026-11-12', accounts: ['moss.ferrule'] });
  });
});

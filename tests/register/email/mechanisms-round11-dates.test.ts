import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';
import { findDates, readings } from '../../../register/email/dates';

/** Date mechanisms of round 11 (holdout8 spent, dev9, dev10), each shown on invented mail in other words than the corpus's. */
const NOW = new Date('2026-12-01T12:00:00Z');
const HEAD = 'Date: Wed, 25 Nov 2026 09:30:00 +0100\nFrom: Legal <legal@provider.example>\nTo: officer@agency.example\nSubject: Preservation\n\n';
const dateOf = (body: string, head = HEAD) => {
  const on = parseProviderEmail(`${head}Reference: QA-7781200\n${body}`, NOW).confirmations[0]?.preservedOn;
  return on ? [on.day, on.source] : null;
};
const dayOf = (text: string) => {
  const [mention] = findDates(text);
  return mention ? readings(mention, '2026-11-25').mdy : null;
};

describe('the preservation named as a thing, with a verb of doing', () => {
  it.each([
    'Conservation effectuée le 20/11/2026 pour le compte indiqué.',
    'Preservation performed on 20 November 2026.',
    'The hold was applied on 20 November 2026.',
    'The preservation was executed on 20 November 2026.',
    'La conservación se realizó el 20/11/2026.',
    'La conservazione è stata effettuata il 20/11/2026.',
    'De bewaring is uitgevoerd op 20-11-2026.',
    'A preservação foi efetuada em 20/11/2026.',
    'Bevarandet utfördes den 20 november 2026.',
    'Zabezpieczenie zostało wykonane 20.11.2026.',
    'We actioned your preservation request on 20 November 2026.',
    'The preservation went into effect on 20 November 2026.',
  ])('%s', (sentence) => {
    expect(dateOf(sentence)).toEqual(['2026-11-20', 'stated']);
  });

  it('a verb of doing without the preservation’s noun dates nothing ("the review was performed on")', () => {
    expect(dateOf('The account is preserved. A review was performed on 20 November 2026.')).toEqual(['2026-11-25', 'email-date']);
  });
});

describe('a label of the preservation’s own noun, in any language', () => {
  it.each(['Date of hold', 'Hold date', 'Capture date', 'Freeze date', 'Hold start', 'Start date', 'Conservation ', 'Sicherungsdatum', 'Datum bewaring', 'Data di conservazione', 'Fecha de conservación', 'Data da preservação', 'Datum för bevarande', 'Data zabezpieczenia'])('%s: 20/11/2026', (label) => {
    expect(dateOf(`The account is preserved.\n${label}: 20.11.2026\n`)).toEqual(['2026-11-20', 'stated']);
  });

  it('a period’s label gives its first date to the preservation, its second to the expiry', () => {
    for (const line of ['Preservation period: 20/11/2026 - 18/02/2027', 'Preservation window: 2026-11-20 to 2027-02-18', 'Retention period: 2026-11-20 – 2027-02-18']) {
      expect(dateOf(`The account is preserved.\n${line}\n`)).toEqual(['2026-11-20', 'stated']);
    }
  });

  it('an end label is the expiry, never the preservation ("End date:", "Ende:")', () => {
    expect(dateOf('The account is preserved.\nEnd date: 2027-02-18\n')).toEqual(['2026-11-25', 'email-date']);
    expect(dateOf('Die Daten wurden gesichert.\nEnde: 18.02.2027\n')).toEqual(['2026-11-25', 'email-date']);
  });
});

describe('more verbs that make a preservation take effect', () => {
  it.each(['The data was retained on 20 November 2026.', 'The data was archived on 20 November 2026.', 'I locked the data at 09:14 PT on Friday, November 20, 2026.', 'Los datos se conservaron el 20/11/2026.', 'Os dados foram preservados em 20/11/2026.', 'Die Daten wurden am 20.11.2026 gespeichert.'])('%s', (sentence) => {
    expect(dateOf(sentence)).toEqual(['2026-11-20', 'stated']);
  });
});

describe('a request’s date and a deadline are not the preservation’s', () => {
  it.each([
    'We preserved the account in response to your request of 18 Nov 2026.',
    'The account is preserved (requested 18 November 2026).',
    'Following the order issued on 18 November 2026, the data is preserved.',
    'The data is preserved; please send legal process before 18 Feb 2027.',
    'The account was preserved; renew no later than 18 Feb 2027.',
    'Les données sont conservées ; merci de nous écrire avant le 18/02/2027.',
  ])('%s', (sentence) => {
    expect(dateOf(sentence)).toEqual(['2026-11-25', 'email-date']);
  });

  it('"as requested" and a request the verb acts on keep the verb’s date', () => {
    expect(dateOf('Preserved as requested on 20 November 2026.')).toEqual(['2026-11-20', 'stated']);
    expect(dateOf('We processed your preservation request on\n20 November 2026.')).toEqual(['2026-11-20', 'stated']);
    expect(dateOf('(requested 18 November 2026, completed 20 November 2026)')).toEqual(['2026-11-20', 'stated']);
  });
});

describe('date shapes', () => {
  it.each([
    ['20/Nov/2026', '2026-11-20'],
    ['Nov-20-2026', '2026-11-20'],
    ['20NOV2026', '2026-11-20'],
    ['20-NOV-26', '2026-11-20'],
    ['the 20th day of November, 2026', '2026-11-20'],
    ['this 3rd day of November 2026', '2026-11-03'],
    ['Mon Nov 23 08:00:00 UTC 2026', '2026-11-23'],
    ['20th Nov.', '2026-11-20'],
    ['the 21st of\nNovember', '2026-11-21'],
  ])('%s → %s', (text, day) => {
    expect(dayOf(text)).toBe(day);
  });

  it('a numeric date with dashes or dots has the reading its numbers allow (11-20-2026, 11.20.2026)', () => {
    expect(dateOf('The account was preserved on 11-20-2026.')).toEqual(['2026-11-20', 'stated']);
    expect(dateOf('The account was preserved on 11.20.2026.')).toEqual(['2026-11-20', 'stated']);
    expect(dateOf('Die Daten wurden am 05.11.2026 gesichert.')).toEqual(['2026-11-05', 'stated']);
  });

  it('a numeric day without a year after a date’s preposition is the last such day on or before the e-mail', () => {
    expect(dateOf('The account was preserved on 11/20.')).toEqual(['2026-11-20', 'stated']);
    expect(dateOf('Die Daten wurden am 20.11. gesichert.')).toEqual(['2026-11-20', 'stated']);
    expect(dateOf('Les données ont été conservées le 20/11.')).toEqual(['2026-11-20', 'stated']);
    // Not a date: no preposition before it, or a version, or "24/7".
    expect(dateOf('The account is preserved. Support is open 24/7.')).toEqual(['2026-11-25', 'email-date']);
  });

  it('"on the 20th" is that day of the e-mail’s month, or of the month before when it is still to come', () => {
    expect(dateOf('We preserved the account on the 20th.')).toEqual(['2026-11-20', 'stated']);
    expect(dateOf('We preserved the account on the 28th.')).toEqual(['2026-10-28', 'stated']);
  });
});

describe('the e-mail’s own numeric date, in the order of the client that wrote it', () => {
  const body = '\n\nReference: QA-7781200\nThe account is preserved.\n';
  it.each([
    ['From: Legal <legal@provider.example>\nEnvoyé : 05/11/2026 10:00\nÀ : officer@agency.example\nObjet : Conservation', '2026-11-05'],
    ['Von: Legal <legal@provider.example>\nGesendet: 05-11-2026 10:00\nAn: officer@agency.example\nBetreff: Sicherung', '2026-11-05'],
    ['From: Legal <legal@provider.example>\nSent: 11/05/2026 10:00 AM\nTo: officer@agency.example\nSubject: Preservation', '2026-11-05'],
    ['From: Legal <legal@provider.example>\nSent: 11-05-2026 10:00 AM\nTo: officer@agency.example\nSubject: Preservation', '2026-11-05'],
  ])('%s', (head, day) => {
    const on = parseProviderEmail(`${head}${body}`, NOW).confirmations[0]?.preservedOn;
    expect(on && [on.day, on.source]).toEqual([day, 'email-date']);
  });

  it('a header block of unknown field names is read when its time has seconds (Kuupäev: Fri, 20 Nov 2026 10:41:07 +0800)', () => {
    const text = 'See below.\n\n-------- Edastatud kiri --------\nTeema: \tPreservation QA-7781200\nKuupäev: \tFri, 20 Nov 2026 10:41:07 +0800\nSaatja: \tLegal <legal@provider.example>\nSaaja: \tofficer@agency.example\n\nThe account is preserved. Preservation date: 12/11/2026.\nReference: QA-7781200\n';
    const r = parseProviderEmail(text, NOW);
    expect(r.emailDate?.day).toBe('2026-11-20');
    // 11 December would be after the e-mail: the only reading is 12 November.
    expect(r.confirmations[0]?.preservedOn?.day).toBe('2026-11-12');
  });
});

describe('dates in an extension', () => {
  const extension = (body: string) => {
    const c = parseProviderEmail(`${HEAD}${body}`, NOW).confirmations[0];
    return c && [c.preservedOn?.day ?? null, c.extension?.requestedOn ?? null];
  };

  it('the first preservation named by any of its nouns: "Original hold date:", "Originally locked on", "Original freeze .."', () => {
    expect(extension('We have extended preservation QA-7781200.\nOriginal hold date: Oct 22, 2026\nExtension processed: Nov 24, 2026\n')).toEqual(['2026-10-22', '2026-11-24']);
    expect(extension('The preservation under QA-7781200 has been extended. Extension confirmed on 11/24/2026.\n\nOriginally locked on Aug 28, 2026.\n')).toEqual(['2026-08-28', '2026-11-24']);
    expect(extension('Extension of QA-7781200 approved.\n  Extension approved on ...... 24 November 2026\n  Original freeze of records .. 25 August 2026\n')).toEqual(['2026-08-25', '2026-11-24']);
  });

  it('a verb of preserving in the extension’s sentence names the first preservation; a verb of doing names the extension', () => {
    expect(extension('Extension - case QA-7781200\n   This extends the preservation under case QB-1100220 (preserved\n   August 28, 2026) for one further period.\n   Extension processed November 23, 2026.\n')).toEqual(['2026-08-28', '2026-11-23']);
  });
});

describe('more ways of saying the preservation took effect', () => {
  it.each([
    'Records relating to the user below were put on hold on Friday 20 November 2026.',
    'The account was placed under a legal hold on 20 November 2026.',
    'LinkedIn Ireland Unlimited Company confirms preservation of the member\nprofile below on 20/11/2026.',
    'Wir bestätigen die Sicherung der Daten am 20.11.2026.',
  ])('%s', (sentence) => {
    expect(dateOf(sentence)).toEqual(['2026-11-20', 'stated']);
  });
});

describe('days named relative to the sender’s day (25 November, +0100)', () => {
  it.each([
    ['We preserved the account this morning.', '2026-11-25'],
    ['The preservation was completed tonight.', '2026-11-25'],
    ['The account was preserved the day before yesterday.', '2026-11-23'],
    ['We preserved the account two days ago.', '2026-11-23'],
    ['We preserved the account 3 days ago.', '2026-11-22'],
    ['Kontot bevarades i går.', '2026-11-24'],
    ['Kontoen ble sikret i dag.', '2026-11-25'],
    ['Die Daten wurden vorgestern gesichert.', '2026-11-23'],
    ['Die Daten wurden vor 2 Tagen gesichert.', '2026-11-23'],
    ['Les données ont été conservées hier.', '2026-11-24'],
    ['Les données ont été conservées avant-hier.', '2026-11-23'],
    ['Nous avons conservé les données il y a 3 jours.', '2026-11-22'],
    ['Los datos se conservaron anteayer.', '2026-11-23'],
    ['I dati sono stati conservati 2 giorni fa.', '2026-11-23'],
    ['De gegevens zijn eergisteren bewaard.', '2026-11-23'],
  ])('%s → %s', (sentence, day) => {
    expect(dateOf(sentence)).toEqual([day, 'stated']);
  });

  it('"hier" in a Dutch or German sentence is "here"; "45 days ago" and a future day are no preservation day', () => {
    expect(dateOf('De gegevens zijn hier bewaard.')).toEqual(['2026-11-25', 'email-date']);
    expect(dateOf('We preserved the account 45 days ago.')).toEqual(['2026-11-25', 'email-date']);
    expect(dateOf('The account is preserved; a second snapshot will be taken tomorrow.')).toEqual(['2026-11-25', 'email-date']);
  });
});

describe('month names of more languages', () => {
  it.each([
    ['20 augusti 2026', '2026-08-20'], // Swedish
    ['20. november 2026', '2026-11-20'], // Estonian, Norwegian
    ['3. detsember 2026', '2026-12-03'], // Estonian
    ['2026. gada 20. novembris', '2026-11-20'], // Latvian, year first
    ['2026 m. lapkričio 20 d.', '2026-11-20'], // Lithuanian, year first
    ['20. novembra 2026', '2026-11-20'], // Slovak, Slovenian
    ['20. studenoga 2026.', '2026-11-20'], // Croatian
    ['20 Νοεμβρίου 2026', '2026-11-20'], // Greek
    ['20 ноември 2026 г.', '2026-11-20'], // Bulgarian
    ['20 листопада 2026 р.', '2026-11-20'], // Ukrainian
    ["20 d'agost de 2026", '2026-08-20'], // Catalan
    ['11-20-26', '2026-11-20'],
  ])('%s → %s', (text, day) => {
    const [mention] = findDates(text);
    const r = mention && readings(mention, '2026-11-25');
    expect(r && (r.mdy ?? r.dmy)).toBe(day);
  });

  it('"general" is no month (gener), nor is a word that starts like one', () => {
    expect(findDates('general 20, 2026 and marts')).toEqual([]);
  });
});

describe('a period written as two dates', () => {
  const extension = (body: string) => parseProviderEmail(`${HEAD}Reference: QA-7781200\n${body}`, NOW).confirmations[0];

  it('ending after the e-mail, it is the preservation’s: its start the preservation date, whatever the words left unsaid', () => {
    for (const line of ['The preservation covers 20/11/2026 to 18/02/2027.', 'Retained between 20 November 2026 and 18 February 2027.', 'Aufbewahrung: 20.11.2026 bis 18.02.2027', 'Période : du 20/11/2026 au 18/02/2027']) {
      expect(dateOf(line)).toEqual(['2026-11-20', 'stated']);
    }
  });

  it('its end is the expiry of an extension', () => {
    const c = extension('We have extended the preservation. Original preservation: 20 August 2026.\nExtended period: 20/11/2026 – 18/02/2027\n');
    expect(c?.extension?.expiresOn).toBe('2027-02-18');
  });

  it('ending by the e-mail’s date, it is the time span of the data preserved, not the preservation', () => {
    expect(dateOf('We preserved data covering 1 August 2026 to 20 November 2026.')).toEqual(['2026-11-25', 'email-date']);
    expect(dateOf('Records between 1 August 2026 and 20 November 2026 were preserved.')).toEqual(['2026-11-25', 'email-date']);
  });

  it('two dates joined by "and" without "between" are two days, not a period', () => {
    expect(dateOf('The accounts were preserved on 19 November 2026 and 20 November 2026.')).toEqual(['2026-11-19', 'stated']);
  });
});

describe('labels that are a request’s, and labels that are a verb of doing', () => {
  it('"Preservation request:", "Request received:" date the request', () => {
    expect(dateOf('Preservation request: 18/11/2026\nThe account is preserved.\n')).toEqual(['2026-11-25', 'email-date']);
    expect(dateOf('Preservation request received: 18/11/2026\nPreservation completed: 20/11/2026\n')).toEqual(['2026-11-20', 'stated']);
  });

  it.each(['Actioned on', 'Date actioned', 'Done', 'Effective date', 'Durchgeführt am', 'Effectuée le', 'Eseguita il'])('%s: 20/11/2026', (label) => {
    expect(dateOf(`The account is preserved.\n${label}: 20/11/2026\n`)).toEqual(['2026-11-20', 'stated']);
  });

  it('"as it existed on" dates the snapshot', () => {
    expect(dateOf('The data as it existed on 20 November 2026 has been preserved.')).toEqual(['2026-11-20', 'stated']);
    expect(dateOf('We preserved the account as it stood on 20 November 2026.')).toEqual(['2026-11-20', 'stated']);
  });
});

describe('the subject is the provider’s too', () => {
  const withSubject = (subject: string, body: string) => dateOf(body, HEAD.replace('Subject: Preservation', `Subject: ${subject}`));

  it('its preservation date stands where the body states none, after every date the body states', () => {
    expect(withSubject('Preservation completed 20/11/2026 - QA-7781200', 'The account is preserved.\n')).toEqual(['2026-11-20', 'stated']);
    expect(withSubject('Preservation completed 20/11/2026', 'The account was preserved on 21/11/2026.\n')).toEqual(['2026-11-21', 'stated']);
    expect(withSubject('Re: Preservation request of 18/11/2026', 'The account is preserved.\n')).toEqual(['2026-11-25', 'email-date']);
  });
});

describe('bounded time with every language’s month names', () => {
  it('a 100,000-dot run, or of letters that start month names, is read in well under a second', () => {
    for (const unit of ['.', 'n', 'Nov ', 'lis']) {
      const started = performance.now();
      findDates(`Rider phone ${unit.repeat(Math.ceil(100_000 / unit.length))} 1\n`);
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });
});

describe('days the data is about, and days still to come', () => {
  it.each([
    'We have preserved data from 1 January 2026 to the present.',
    'We have preserved content posted since 1 January 2026.',
    'The account was deactivated on 19 November 2026; its data has been preserved.',
    'Die Daten ab 01.01.2026 bis heute wurden gesichert.',
  ])('%s', (sentence) => {
    expect(dateOf(sentence)).toEqual(['2026-11-25', 'email-date']);
  });

  it('a weekday in a sentence in the future is no past day ("We will preserve the account on Friday")', () => {
    expect(dateOf('The account is preserved; we will take a further snapshot on Friday.')).toEqual(['2026-11-25', 'email-date']);
    expect(dateOf('Die Daten sind gesichert; eine weitere Sicherung wird am Freitag durchgeführt.')).toEqual(['2026-11-25', 'email-date']);
    expect(dateOf('We preserved the account on Friday.')).toEqual(['2026-11-20', 'stated']);
  });

  it('a period that started on a day, without "on" ("The 90-day clock started 20 November 2026"); an extension that took effect is the extension’s', () => {
    expect(dateOf('The account has been preserved. The 90-day clock started 20 November 2026.')).toEqual(['2026-11-20', 'stated']);
    const c = parseProviderEmail(`${HEAD}Reference: QA-7781200\nWe've extended the preservation.\nThe extension took effect 11/24/2026 and covers a further 90 days.\n`, NOW).confirmations[0];
    expect([c?.preservedOn, c?.extension?.requestedOn]).toEqual([null, '2026-11-24']);
  });
});

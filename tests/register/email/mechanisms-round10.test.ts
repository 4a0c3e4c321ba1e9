import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';
import { findDates, readings } from '../../../register/email/dates';

/** Mechanisms of round 10 (holdout7 spent, dev7 and dev8), each shown on invented mail in other words than the corpus's. */
const NOW = new Date('2026-12-01T12:00:00Z');
const dayOf = (text: string) => {
  const [mention] = findDates(text);
  return mention ? readings(mention).mdy : null;
};

describe('dates in the languages whose mail clients’ headers are read', () => {
  it.each([
    ['perjantai 20. marraskuuta 2026 klo 9.15', '2026-11-20'], // Finnish
    ['2026年11月20日 9:15', '2026-11-20'], // Japanese, Chinese
    ['2026년 3월 4일', '2026-03-04'], // Korean
    ['2026. március 4., szerda 9:15', '2026-03-04'], // Hungarian, year first
    ['2026. 03. 04. 9:15', '2026-03-04'], // Hungarian, Korean numeric
    ['4 Şub 2026 Çar 09:15', '2026-02-04'], // Turkish
    ['4 Ağustos 2026', '2026-08-04'],
    ['čtvrtek 4. června 2026 9:15', '2026-06-04'], // Czech
    ['4. 6. 2026 9:15', '2026-06-04'], // Czech numeric with spaces
    ['4 октября 2026 г.', '2026-10-04'], // Russian
    ['4 decembrie 2026', '2026-12-04'], // Romanian
  ])('%s → %s', (text, day) => {
    expect(dayOf(text)).toBe(day);
  });

  it('a number before a year-first dotted date is no part of it (v1.2026. 11. 21.), and KASIM in capitals is no month', () => {
    expect(findDates('build v1.2026. 11. 21. on host')).toEqual([]);
    expect(dayOf('21 KASIM 2026')).toBeNull();
  });

  it('a copied Finnish, Japanese, Hungarian or Turkish header gives the e-mail its date', () => {
    const body = '\n\nReference: QA-7781200\nThe account is preserved.\n';
    for (const [head, day] of [
      ['Lähettäjä: Legal <legal@provider.example>\nLähetetty: perjantai 20. marraskuuta 2026 klo 23.40\nVastaanottaja: officer@agency.example\nAihe: Preservation', '2026-11-20'],
      ['差出人: Legal <legal@provider.example>\n送信日時: 2026年11月20日 23:40\n宛先: officer@agency.example\n件名: Preservation', '2026-11-20'],
      ['Feladó: Legal <legal@provider.example>\nElküldve: 2026. november 20., péntek 23:40\nCímzett: officer@agency.example\nTárgy: Preservation', '2026-11-20'],
      ['Kimden: Legal <legal@provider.example>\nTarih: 20 Kas 2026 Cum 23:40\nKime: officer@agency.example\nKonu: Preservation', '2026-11-20'],
    ]) {
      const on = parseProviderEmail(`Please see below.\n\n${head}${body}`, NOW).confirmations[0]?.preservedOn;
      expect(on && [on.day, on.source]).toEqual([day, 'email-date']);
    }
  });
});

const HEAD = 'Date: Wed, 25 Nov 2026 09:30:00 +0100\nFrom: Legal <legal@provider.example>\nTo: officer@agency.example\nSubject: Preservation\n\n';
const parse = (body: string) => parseProviderEmail(`${HEAD}${body}`, NOW);
const dateOf = (body: string) => {
  const on = parse(body).confirmations[0]?.preservedOn;
  return on ? [on.day, on.source] : null;
};

describe('references the provider asks to be quoted', () => {
  it('"quote/cite <label>? X on/in any future …" names the provider’s reference, with or without a label', () => {
    expect(parse('The records are preserved.\n\nKindly cite 5512093377 in all further correspondence.\n').references).toEqual(['5512093377']);
    expect(parse('Held for 90 days. Quote case no. QX2026-00417 with any follow-up request.\n').references).toEqual(['QX2026-00417']);
  });

  it('"your letter/request no. X" is the agency’s, beside the provider’s slashed number', () => {
    expect(parse('Re your request no. ABC/26/1177: preserved under our ticket QA-LE/2026/5521.\n').references).toEqual(['QA-LE/2026/5521']);
  });
});

describe('dates: a period’s start, a wrapped label, a weekday', () => {
  it('words that start a period ("commencing", "beginning", "à partir du", "met ingang van") date the preservation', () => {
    expect(dateOf('Reference: QA-7781200\nRetention: 90 days commencing 20/11/2026\n')).toEqual(['2026-11-20', 'stated']);
    expect(dateOf('Reference: QA-7781200\nLes données sont conservées à partir du 19/11/2026.\n')).toEqual(['2026-11-19', 'stated']);
    expect(dateOf('Reference: QA-7781200\nDe gegevens zijn bewaard met ingang van 18-11-2026.\n')).toEqual(['2026-11-18', 'stated']);
  });

  it('a label whose first words a wrap left on the line above ("Date of⏎preservation: …") still dates the preservation', () => {
    expect(dateOf('Reference: QA-7781200\nWe hold the account named in the request. Date of\npreservation: 2026-11-19.\n')).toEqual(['2026-11-19', 'stated']);
  });

  it('a weekday alone in a preservation’s sentence is the last such day on or before the sender’s day', () => {
    // 25 Nov 2026 is a Wednesday: Monday is the 23rd, Wednesday the day itself, Thursday the week before.
    expect(dateOf('Reference: QA-7781200\nWe secured the account on Monday.\n')).toEqual(['2026-11-23', 'stated']);
    expect(dateOf('Reference: QA-7781200\nDie Daten wurden am Donnerstag gesichert.\n')).toEqual(['2026-11-19', 'stated']);
  });

  it('a weekday that heads a date, or that the future names, is no weekday of its own', () => {
    expect(dateOf('Reference: QA-7781200\nWe secured the account on Monday, 16 November 2026.\n')).toEqual(['2026-11-16', 'stated']);
    expect(dateOf('Reference: QA-7781200\nThe account is preserved; we will review it next Monday.\n')).toEqual(['2026-11-25', 'email-date']);
  });
});

describe('accounts', () => {
  it('an id label qualified by identity ("Unique ID", "Numeric user ID") gives the account', () => {
    const accounts = parse('Reference: QA-7781200\nThe account is preserved.\n\n  Unique ID: 6984511207339044866\n').confirmations[0]?.accounts.map((a) => a.value);
    expect(accounts).toEqual(['6984511207339044866']);
  });
});

describe('round 10 on dev7: the same forms in other words and languages', () => {
  it('a quoting verb in any language read, a few label words, the number ("indique la Ref. de X 5512…", "citare il numero di caso …")', () => {
    expect(parse('Los datos fueron preservados. Para cualquier consulta, indique la Ref. de Acme 55120933.\n').references).toEqual(['55120933']);
    expect(parse('I dati sono stati conservati. La preghiamo di citare il numero di pratica 7712093344.\n').references).toEqual(['7712093344']);
    expect(parse('Records preserved under QA-7781200. Please quote your case number 26-55120 as well.\n').references).toEqual(['QA-7781200']);
  });

  it('a period’s start word as the last word of its label ("Preservation effective:", "Held since:") dates the preservation', () => {
    expect(dateOf('Reference: QA-7781200\nHold effective:   19 November 2026\n')).toEqual(['2026-11-19', 'stated']);
  });

  it('Scandinavian past and passive forms of the preservation verbs (bevarades, säkrades, sikredes)', () => {
    expect(dateOf('Referens: QA-7781200\nUppgifterna bevarades den 18 november 2026.\n')).toEqual(['2026-11-18', 'stated']);
  });

  it('in an extension with a line labelled as the extension’s, a labelled preservation line ("Hold placed:") is the first preservation', () => {
    const c = parse('We have extended the preservation below.\n\nReference:   QA-7781200\nHold placed: 08/21/2026\nExtension processed: 11/24/2026\n').confirmations[0];
    expect([c?.preservedOn?.day, c?.extension?.requestedOn]).toEqual(['2026-08-21', '2026-11-24']);
  });
});

describe('round 10 on dev8: the officer’s own block', () => {
  it('a short paragraph headed by a rank and a name is the officer’s: its "Our ref", case number and phones are no reference or account', () => {
    const parsed = parse('The account below is preserved.\n\nReference: QA-7781200\nAccount: heron.lake@example.net\n\n___\nDS 4471 Mara Quist | Eastport Police\nDirect (617) 555-0144\nOur ref: EPD/CID/26/0911\n');
    expect(parsed.references).toEqual(['QA-7781200']);
    expect(parsed.confirmations[0]?.accounts.map((a) => a.value)).toEqual(['heron.lake@example.net']);
  });

  it('a paragraph that opens on a rank but speaks for the provider in long prose is not the officer’s block', () => {
    expect(parse('Detective Quist,\n\nWe have preserved the account under QA-7781200 as you asked in your letter of last week, for ninety days from today.\n').references).toEqual(['QA-7781200']);
  });
});

describe('round 10 on dev8: references and lists', () => {
  it('"X (prior Y)" makes Y the earlier reference, not X', () => {
    const parsed = parseProviderEmail('Date: Wed, 25 Nov 2026 09:30:00 +0100\nFrom: Legal <legal@provider.example>\nSubject: Extension QA-5520187 (prior QA-2209114)\n\nWe have extended the preservation first made under QA-2209114. The extension number is QA-5520187.\n', NOW);
    expect(parsed.confirmations.map((c) => [c.reference, c.extension?.ofReference])).toEqual([['QA-5520187', 'QA-2209114']]);
  });

  it('an agency’s "<X>PD case", "Sheriff’s Office case", "Constabulary file" number is the agency’s', () => {
    expect(parse('Preserved under QA-7781200.\n\nEastport PD case EPD-2026-00911 | Officer J. Roe\n').references).toEqual(['QA-7781200']);
  });

  it('"the number in the subject line" makes the subject’s identifier the reference', () => {
    const parsed = parseProviderEmail('Date: Wed, 25 Nov 2026 09:30:00 +0100\nFrom: Legal <legal@provider.example>\nSubject: Request 0331-QAP-77120 - done\n\nThe data is preserved. Please use the number in the subject line in your legal process.\n', NOW);
    expect(parsed.references).toEqual(['0331-QAP-77120']);
  });

  it('a preservation token column names the reference beside the request it answers', () => {
    const parsed = parse('Acme has responded to your request KX-ACM-55012.\n\n| Preservation token | Account |\n|---|---|\n| ACM-PRS-7712001 | heron_lake_7 |\n');
    expect(parsed.references).toEqual(['ACM-PRS-7712001']);
  });

  it('a list of quoted names after a plural account word, wrapped, each an account; "Name on account: \\"J. Roe\\"" none', () => {
    const accounts = parse('Reference: QA-7781200\nWe preserved the usernames: \'heron.lake\',\n\'marsh_fern\' and \'tidepool.9\'.\n').confirmations[0]?.accounts.map((a) => a.value);
    expect(accounts).toEqual(['heron.lake', 'marsh_fern', 'tidepool.9']);
    expect(parse('Reference: QA-7781200\nName on account: "J. Roe"\n').confirmations[0]?.accounts).toEqual([]);
  });
});

describe('round 10: distractors the officer or the provider writes', () => {
  const accountsOf = (body: string) => parse(body).confirmations[0]?.accounts.map((a) => a.value);

  it('a requester line ("Submitted by:", "Sent by:", "Requestor:") is the officer’s: its address is no account', () => {
    expect(accountsOf('Reference: QA-7781200\nSubmitted by: Sgt. Alma Reyes (a.reyes@eastport-pd.example.gov)\nAccount: heron_lake_7\n')).toEqual(['heron_lake_7']);
  });

  it('a line telling how to reach the provider in urgent cases gives no account ("For urgent matters:", "Emergencies:")', () => {
    expect(accountsOf('Reference: QA-7781200\nAccount: heron_lake_7\n\nFor urgent matters: +1 866 555 0199\n')).toEqual(['heron_lake_7']);
  });

  it('"does not correspond to an active <Provider> account", "did not return an account", "returned no match" drop the name', () => {
    expect(accountsOf('Reference: QA-7781200\nAccount: heron_lake_7\n\nThe username "marsh.fern_2" in your request does not correspond to an active Acme account.\n')).toEqual(['heron_lake_7']);
    expect(accountsOf('Reference: QA-7781200\nAccount: heron_lake_7\n\nThe second handle, @marsh.fern2, did not return an account.\n')).toEqual(['heron_lake_7']);
  });

  it('a name label’s next word that is the next label, or a table header’s column name, is no account', () => {
    expect(accountsOf('Reference: QA-7781200\nPreserved user:\n  Email: heron@example.net\n')).toEqual(['heron@example.net']);
    expect(accountsOf('Reference: QA-7781200\n\n User ID              | Username     | Status\n----------------------|--------------|--------\n 1042871153360982016  | heron_lake_7 | Preserved\n')).toEqual(['1042871153360982016', 'heron_lake_7']);
  });
});

describe('round 10: a label’s value cut at a slash, list items with prefixes and labels', () => {
  it('a labelled value that goes on with a slash ("Votre référence PV 2026/008812") is no reference cut short', () => {
    expect(parse('Objet : Votre référence PV 2026/008812\n\nThe account is preserved.\nOur reference: QA-LE-20261120-4471\n').references).toEqual(['QA-LE-20261120-4471']);
  });

  it('a list goes on under a "- email: …" item, and an item with a system prefix ("- dbid:AAD4…") is an account whole', () => {
    const accounts = parse('Reference: QA-7781200\nPreserved account(s):\n  - email: heron@example.net\n  - dbid:AAD4kq91ZxTe7wPmB3nR0sVfL2yHc8uJ5iE\n').confirmations[0]?.accounts.map((a) => a.value);
    expect(accounts).toEqual(['heron@example.net', 'dbid:AAD4kq91ZxTe7wPmB3nR0sVfL2yHc8uJ5iE']);
  });
});

describe('round 10: items with a status, numbers inside addresses, post addresses', () => {
  const accountsOf = (body: string) => parse(body).confirmations[0]?.accounts.map((a) => a.value);

  it('an indented item followed by a dash and its status speaks for itself, like a row', () => {
    expect(accountsOf('Reference: QA-7781200\nWe preserved the following numbers:\n\n  +34 612 55 01 38  - preserved\n  +34 699 55 01 77  - no account found\n')).toEqual(['+34 612 55 01 38']);
    expect(accountsOf('Reference: QA-7781200\nAccount: heron_lake_7\nCould not be located:\n  u/marsh_fern - no Acme account exists with this username\n')).toEqual(['heron_lake_7']);
  });

  it('the address of one post is no account, nor the number inside it', () => {
    expect(accountsOf('Reference: QA-7781200\nAccount: @heron_lake_7\nThe post you named, https://x.com/heron_lake_7/status/1855302117748291584, is part of the account data.\n')).toEqual(['@heron_lake_7']);
  });
});

describe('round 10: dot leaders after a name label', () => {
  it('"Snapchat username ..... \'coralvane_88\'": dot leaders read as the label’s colon', () => {
    expect(parse('Reference: QA-7781200\n\n  Acme reference ....... QA-7781200\n  Acme username ........ \'heron_lake_7\'\n').confirmations[0]?.accounts.map((a) => a.value)).toEqual(['heron_lake_7']);
  });
});

describe('round 10: a quoted name heading an account column’s cell', () => {
  it('\'| "PixelHarbor_Quinn" roblox.com/users/… |\' gives the quoted name and the address', () => {
    const accounts = parse('| Preservation token | Account |\n|---|---|\n| QA-PRS-7712001 | "Heron Lake_7" acme.example/users/4471902183 |\n').confirmations[0]?.accounts.map((a) => a.value);
    expect(accounts).toContain('Heron Lake_7');
  });
});

describe('round 10: a gamertag label closing a bracket', () => {
  it('"Konto Xbox (gamertag): Copper Wolf 91" gives the gamertag with its spaces', () => {
    expect(parse('Reference: QA-7781200\n  Konto Xbox (gamertag): Copper Wolf 91\n').confirmations[0]?.accounts.map((a) => a.value)).toEqual(['Copper Wolf 91']);
  });
});

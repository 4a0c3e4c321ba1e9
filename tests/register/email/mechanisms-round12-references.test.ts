import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';
import { clauseAsserts, extensionAsserted, preservationAsserted } from '../../../register/email/preservation-asserted';
import { readSource } from '../../../register/email/text';
import { englishProblemText } from '../../../i18n/problems';

/**
 * Mechanisms of round 12 for references, provider and dates: positive, structural evidence. Each shown on invented
 * mail in other words, orders, languages and layouts than the corpus's.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const HEAD = 'Date: Wed, 25 Nov 2026 09:30:00 +0100\nFrom: Legal <legal@provider.example>\nTo: officer@agency.example\nSubject: Your request\n\n';
const parse = (body: string) => parseProviderEmail(`${HEAD}${body}`, NOW);

describe('a clause asserts a preservation as done: a predicate of preserving, affirmative, not put off', () => {
  it.each([
    ['The account has been preserved'],
    ['We froze the records of the user below'],
    ['Records relating to the account were secured on 20 November'],
    ['Data will be retained for 90 days'],
    ['We will keep it on hold for three months'],
    ['We have placed a legal hold on the profile'],
    ['The account is now subject to a preservation hold'],
    ['The preservation was completed yesterday'],
    ['Preservation complete'],
    ['Coinbase confirms the preservation of records for the accounts below'],
    ['We processed your request to preserve the data'],
    ['Die Daten wurden gesichert'],
    ['Les données ont été conservées'],
    ['Los datos fueron preservados'],
    ['I dati sono stati conservati'],
    ['De gegevens zijn bewaard'],
    ['Uppgifterna har bevarats'],
    ['Dane zostały zabezpieczone'],
    ['Die Sicherung wurde durchgeführt'],
    ['La conservation a été effectuée'],
  ])('asserts: %s', (clause) => {
    expect(clauseAsserts(clause)).toBe(true);
  });

  it.each([
    ['Nothing has been preserved'],
    ['The account was not preserved'],
    ['We have not yet preserved any data'],
    ["We haven't frozen the account"],
    ['We will preserve the account'],
    ['Data will be preserved once the request has been reviewed'],
    ['You will hear from us once the preservation has been completed'],
    ['If we locate the account, it will be preserved for 90 days'],
    ['Preservation requests are typically processed within 7 days'],
    ['You requested that the account be preserved'],
    ['Please confirm whether the data should be retained'],
    ['This message confirms that we received your preservation request'],
    ['We have received your request and assigned it the number KIK-1'],
    ['Es wurden keine Daten gesichert'],
    ['Aucune donnée n’a été conservée'],
    ['Die Daten werden gesichert, sobald die Anfrage geprüft wurde'],
    ['Les données seront conservées une fois la demande examinée'],
    ['De gegevens worden niet bewaard'],
    ['Uppgifterna har inte bevarats'],
    ['Dane nie zostały zabezpieczone'],
  ])('does not assert: %s', (clause) => {
    expect(preservationAsserted(clause)).toBe(false);
  });

  it('a negator in one clause does not reach the predicate of the next', () => {
    expect(preservationAsserted('We could not find the second user, but the first account has been preserved.')).toBe(true);
    expect(preservationAsserted('No account matched @other; @first was preserved.')).toBe(true);
  });

  it('a label that dates the preservation asserts it, whatever else the lines say', () => {
    expect(preservationAsserted('Preservation timestamp: 2026-11-21 04:12 UTC\nTwitch reference: TW-1')).toBe(true);
    expect(preservationAsserted('Date of preservation: 19th November 2026')).toBe(true);
    expect(preservationAsserted('Hold date: Nov 20, 2026')).toBe(true);
    expect(preservationAsserted('Preservation request date: 2026-11-20\nStatus: received')).toBe(false);
  });

  it('the provider’s quote of the request asserts nothing in the provider’s voice only by its markers', () => {
    expect(preservationAsserted('> Please preserve the account below.\n> It must be preserved for 90 days.')).toBe(false);
  });
});

describe('a message with no affirmative preservation confirms nothing: an acknowledgement in other words', () => {
  it.each([
    ['Thanks for writing. We\nhave received your request and assigned it the number QX-LE-22910. Our team will write again once it has been reviewed.'],
    ['Your submission QX-LE-22910 is pending review. A specialist looks at each request in turn, usually within five business days.'],
    ['Request QX-LE-22910 logged. We will let you know once the account has been preserved.'],
    ['Nous avons bien reçu votre demande, enregistrée sous le numéro QX-LE-22910. Les données seront conservées une fois la demande examinée.'],
    ['Wir haben Ihre Anfrage unter der Nummer QX-LE-22910 erhalten. Die Daten werden gesichert, sobald die Prüfung abgeschlossen ist.'],
  ])('%s', (body) => {
    const r = parse(`${body}\n\nAccount named in your request: "quiet.heron"\n`);
    expect(r.confirmations).toEqual([]);
    expect(r.warnings.map(englishProblemText).join(' ')).toMatch(/names QX-LE-22910 but confirms no new preservation/);
  });

  it('a mail with no evidence either way ("Reference: … Account: …") stays a confirmation for the investigator to check', () => {
    expect(parse('Reference: QX-LE-22910\nAccount: "quiet.heron"\n').references).toEqual(['QX-LE-22910']);
  });

  it('the same number with a preservation asserted is a confirmation', () => {
    const r = parse('We have received your request QX-LE-22910 and preserved the account "quiet.heron" the same day.\n');
    expect(r.references).toEqual(['QX-LE-22910']);
  });
});

describe('a value that reads whole as a date is a date, never a reference', () => {
  it('a table of two references, each with its completion date', () => {
    const r = parse(
      [
        'Two requests were processed.',
        '',
        'Reference       Account                     Preservation completed',
        '--------------  --------------------------  ----------------------',
        'PV-LE-7730211   quiet.heron@mail.example     2026-11-18',
        'PV-LE-7730212   dune.lark@mail.example       2026-11-19',
        '',
      ].join('\n'),
    );
    expect(r.references).toEqual(['PV-LE-7730211', 'PV-LE-7730212']);
    expect(r.confirmations.map((c) => c.preservedOn?.day)).toEqual(['2026-11-18', '2026-11-19']);
  });

  it.each([['Preservation ID: 2026-11-18'], ['Case: 18.11.2026'], ['Reference: 11/18/2026']])('%s', (line) => {
    const r = parse(`The account has been preserved.\n${line}\nPreservation reference: QA-77102934\n`);
    expect(r.references).toEqual(['QA-77102934']);
  });
});

describe('a line above that is a label with its value has spent its words on it', () => {
  it.each([
    ['New preservation: PX-PRS-55102\nExtends: PX-PRS-41009'],
    ['New reference: PX-PRS-55102\nPrevious reference: PX-PRS-41009'],
    ['Current case: PX-PRS-55102\nReplaces: PX-PRS-41009'],
  ])('%s', (lines) => {
    const r = parse(`Your extension request has been approved.\n\n${lines}\nExtension processed: 11/24/2026\n`);
    expect(r.references).toEqual(['PX-PRS-55102']);
    expect(r.confirmations[0]!.extension?.ofReference).toBe('PX-PRS-41009');
  });
});

describe('Greek month names in a Greek client’s header and in prose', () => {
  it('reads "Πέμ, 19 Νοε 2026" as the e-mail’s date, so a date without a year takes its year', () => {
    const r = parseProviderEmail(
      '---------- Προωθημένο μήνυμα ---------\nΑπό: Legal <legal@provider.example>\nDate: Πέμ, 19 Νοε 2026 στις 4:30 μ.μ.\nSubject: Preservation PX-LE-004417\n\nWe preserved the account below on Thursday, November 19.\n\nReference: PX-LE-004417\n',
      NOW,
    );
    expect(r.emailDate?.day).toBe('2026-11-19');
    expect(r.confirmations[0]?.preservedOn?.day).toBe('2026-11-19');
  });

  it.each([
    ['18 Νοεμβρίου 2026', '2026-11-18'],
    ['3 Νοε 2026', '2026-11-03'],
    ['20 Οκτ 2026', '2026-10-20'],
  ])('%s', (written, day) => {
    const r = parse(`The account was preserved on ${written}.\nReference: PX-LE-0044170\n`);
    expect(r.confirmations[0]?.preservedOn?.day).toBe(day);
  });
});

describe('the addressee’s possessive governing a file noun makes the number the agency’s, across a wrap', () => {
  it.each([
    ['Your crime reference 01/99233/26 is noted.'],
    ['Your force reference\nGRP/26/CY/0391 has been recorded against this request.'],
    ['We note your internal file number: KR-2026-11-4471.'],
    ['Votre numéro de procédure 2026/0412/PV est bien noté.'],
    ['Ihr Aktenzeichen\n4711 Js 20931/26 haben wir vermerkt.'],
  ])('%s', (line) => {
    const r = parse(`We preserved the account "quiet.heron" on 20 November 2026 under PX-LE-7720019.\n\n${line}\n`);
    expect(r.references).toEqual(['PX-LE-7720019']);
  });

  it('not the addressee’s preservation number, nor a number the sentence gives to the addressee', () => {
    expect(parse('We preserved the account. Your preservation reference: PX-LE-7720019\n').references).toEqual(['PX-LE-7720019']);
    expect(parse('We preserved the account. Your reference number is PX-LE-7720019.\n').references).toEqual(['PX-LE-7720019']);
  });
});

describe('a verb of saying opens the scope of what it says', () => {
  it.each([
    ['I can confirm the hold is now in place for the account.'],
    ['We write to confirm that the records were placed on hold.'],
    ['We would like to inform you that the data has been preserved.'],
  ])('asserts: %s', (text) => {
    expect(preservationAsserted(text)).toBe(true);
  });

  it.each([
    ['We cannot confirm that the data has been preserved.'],
    ['Once we can confirm that the account exists, it will be preserved.'],
  ])('does not assert: %s', (text) => {
    expect(preservationAsserted(text)).toBe(false);
  });
});

describe('an extension asserted as done, by the same structure', () => {
  it.each([
    ['The preservation has been extended by 90 days.'],
    ['Your request to extend the preservation was processed on 20 November.'],
    ['We processed your request to extend the hold.'],
    ['The records will be retained for an additional 90 days.'],
    ['Extension granted.'],
    ['Die Sicherung wurde um 90 Tage verlängert.'],
    ['La conservation a été prolongée de 90 jours.'],
    ['De bewaring is verlengd.'],
  ])('extension: %s', (text) => {
    expect(extensionAsserted(text)).not.toBeNull();
  });

  it.each([
    ['Under our policy, a preservation can be extended once for 90 days.'],
    ['Should you need the preservation extended, please submit a request.'],
    ['The preservation will remain in place for 90 days unless extended.'],
    ['We have not extended the preservation.'],
    ['If you need an extension, reply before the expiry.'],
    ['The preservation will be extended once we receive your request.'],
  ])('no extension: %s', (text) => {
    expect(extensionAsserted(text)).toBeNull();
  });

  it('an extension mail by a conditional policy line is read as a plain confirmation', () => {
    const r = parse('We have preserved the account "quiet.heron" under PX-LE-7720019. A preservation can be extended once, for 90 days.\n');
    expect(r.confirmations[0]?.extension).toBeUndefined();
    expect(r.confirmations[0]?.preservedOn?.day).toBe('2026-11-25');
  });
});

describe('a printout’s page break inside a sentence is read away', () => {
  it.each([
    ['The preservation was completed on November 18,\n\n------------------------------\nPrinted from the Legal portal                Page 2 of 2\n\n2026. The repository is part of the account.'],
    ['The preservation was completed on 18\n\nAcme Ltd — Law Enforcement Response        Seite 2 von 3\n\nNovember 2026 for the account below.'],
    ['The preservation was completed on\n\nPage 2\n\n2026-11-18, as you asked.'],
  ])('%s', (body) => {
    expect(parse(`${body}\n\nReference: PX-LE-7720019\n`).confirmations[0]?.preservedOn?.day).toBe('2026-11-18');
  });

  it('a page line after a finished sentence stays, and so does the first page’s header', () => {
    expect(readSource('Acme Ltd        Page 1 of 2\n\nThe account is preserved.\n\nPage 2 of 2\n\nReference: PX-1\n').text).toBe('Acme Ltd        Page 1 of 2\n\nThe account is preserved.\n\nPage 2 of 2\n\nReference: PX-1\n');
  });
});

describe('round 12 probes: a preservation only announced, and a number the provider keeps', () => {
  it.each([
    ['Thanks. We will preserve the user 1158843027719335936 on Monday and send you the reference DLE-2026-117-4406 then.'],
    ['Once we preserve the account you will get the number QX-LE-22910 by e-mail.'],
  ])('announced, not done: %s', (body) => {
    expect(parse(`${body}\n`).confirmations).toEqual([]);
  });

  it.each([['The case number remains 10928377412.'], ['Our reference stays QX-LE-22910.'], ['The preservation ID is unchanged: QX-LE-22910.']])('kept: %s', (line) => {
    const r = parse(`We have extended the preservation of the account below for a further 90 days. ${line}\nAccount: "quiet.heron"\n`);
    expect(r.references).toHaveLength(1);
    expect(r.confirmations[0]?.extension).toBeDefined();
  });
});

describe('a "label: value" closing a line, after a sentence or before a full stop', () => {
  it.each([['We preserved the account. X case: 0811-9920-4417.'], ['We preserved the account.\nCase: 0811-9920-4417.'], ['We preserved the account.  Case number: 0811-9920-4417']])('%s', (body) => {
    expect(parse(`${body}\n`).references).toEqual(['0811-9920-4417']);
  });

  it('the agency’s label there is still the agency’s', () => {
    expect(parse('We preserved the account under QX-LE-22910. Your case: 0811-9920-4417.\n').references).toEqual(['QX-LE-22910']);
  });
});

describe('"until" before a date ends a period; before a clause it is a condition', () => {
  it('held until a date, preserved on another: a confirmation dated by the preservation', () => {
    const r = parse('Reference QX-LE-22910: data for "quiet.heron" is held until 18 February 2027 (preserved 20 November 2026).\n');
    expect(r.confirmations.map((c) => c.preservedOn?.day)).toEqual(['2026-11-20']);
  });

  it('nothing is preserved until the request is reviewed', () => {
    expect(preservationAsserted('Nothing happens until the request is reviewed; data is not preserved until then.')).toBe(false);
    expect(clauseAsserts('Data will be preserved until the request has been reviewed')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 55: each shown on invented mail in wordings and layouts not in the development sets, with
 * look-alikes that must keep their reading.
 */
const NOW = new Date('2026-12-04T12:00:00Z');
const read = (text: string) => parseProviderEmail(text, NOW);
const references = (text: string) => read(text).confirmations.map((c) => c.reference);

const HEADER = (from: string, subject: string, date = 'Tue, 24 Nov 2026 16:20:41 -0800', to = 'Det. Ana Ruiz <a.ruiz@police.example.gov>') =>
  `From: ${from}\nTo: ${to}\nDate: ${date}\nSubject: ${subject}\n\n`;

describe('"your request #…": the number the provider gave the addressee\'s request', () => {
  const body = 'Hello,\n\nWe have completed your preservation request on November 23, 2026 for the account mossline.tern (User ID 5512093384).\n\nThe records will be kept for 90 days.\n\nLegal Response Team\n';
  it.each(['Your Request #7730418', 'Your Records Request #7730418', 'Update on your request number 7730418'])('is the provider\'s reference (%s)', (subject) => {
    expect(references(HEADER('Legal Response <legal-noreply@photoshare.example>', subject) + body)).toEqual(['7730418']);
  });

  it('keeps the agency\'s number in "your letter no." and "your request reference" beside the provider\'s', () => {
    const text =
      HEADER('Legal Response <legal-noreply@photoshare.example>', 'Re: your request reference SO-26-0419 / Case 7730418') +
      'Hello,\n\nYour letter no. 2026-0043817 was received. We have completed the preservation under case 7730418 on November 23, 2026 for the account mossline.tern.\n\nLegal Response Team\n';
    expect(references(text)).toEqual(['7730418']);
  });
});

describe('the provider\'s undertaking for a period, wrapped at a line\'s width', () => {
  const text = (sentence: string) =>
    HEADER('Messaging Law Enforcement <no-reply@chatapp.example>', 'Preservation Request Confirmation - Reference 4470918823') +
    `Hello,\n\nThank you for your preservation request. We have completed your request for the following account:\n\n+44 7700 900512\n\n${sentence}\n\nReference: 4470918823\n`;
  it.each([
    'ChatApp LLC will preserve the available records for the account above for 90 days pending receipt of formal legal process.',
    'ChatApp LLC will preserve the available records for the account above\nfor 90 days pending receipt of formal legal process.',
  ])('asserts the preservation (%s)', (sentence) => {
    expect(references(text(sentence))).toEqual(['4470918823']);
  });

  it('still confirms nothing where the undertaking is put off to a later date', () => {
    expect(references(text('ChatApp LLC will preserve the available records once we have verified your request.\nWe will then keep them for 90 days.').replace('We have completed your request for', 'We have received your request for'))).toEqual([]);
  });
});

const accountsOf = (text: string) => read(text).confirmations.map((c) => c.accounts.map((a) => a.value));
const daysOf = (text: string) => read(text).confirmations.map((c) => c.preservedOn?.day ?? null);

describe('a letterhead\'s "Our reference: A / B", a table giving each number its account', () => {
  const letter = (ours: string) =>
    HEADER('Legal Support <legal-noreply@videohost.example>', 'Preservation letter') +
    `Our reference: ${ours}\nYour reference: 26-SO-44120\n\nDear Detective Ruiz,\n\nWe have taken steps to preserve the information available for these accounts as of November 20, 2026.\n\nReference       Identifier\n61204417        lanternfish.ode@mailhost.example\n61204418        channel studio-quay (channel ID\n                CH9xQ2mT7vLp0aZ4e8WnRk1B)\n\nLegal Support\n`;
  it('proposes both numbers, each with its accounts, the id under a wrapped cell too', () => {
    const text = letter('61204417 / 61204418');
    expect(references(text)).toEqual(['61204417', '61204418']);
    expect(accountsOf(text)[1]).toContain('CH9xQ2mT7vLp0aZ4e8WnRk1B');
  });
});

describe('a portal\'s case history', () => {
  const page = (event: string) =>
    'Case 7712093381\nPreservation - Photos\nStatus: PRESERVED\n\nAgency case number       26-CR-00451\nRequesting officer       Sgt. Ana Ruiz\nAgency                   Lakeshore PD\nPhone                    (216) 555-0172\n\nCase history\nDate / Time (PT)            Event\n' +
    `10/14/2026 9:12 AM          ${event}\n10/16/2026 11:05 AM         Status changed: In Review -> Preserved\n\nMessages\n  We have preserved the records associated with the account below, as they existed on 10/16/2026.\n\nAccounts\nIdentifier                Identifier type     Result\ndunlin.ash                Username            Preserved\n`;
  it('reads a username hold as a name kept, not the preservation, and "hold" as no account', () => {
    const text = page('Username hold placed: dunlin.ash');
    expect(daysOf(text)).toEqual(['2026-10-16']);
    expect(accountsOf(text)[0]).not.toContain('hold');
  });

  it('keeps the requester\'s phone row out of the accounts, and the data hold placed as the preservation', () => {
    expect(accountsOf(page('Username hold placed: dunlin.ash'))[0]).toEqual(['dunlin.ash']);
    expect(daysOf(page('Preservation hold placed'))).toEqual(['2026-10-14']);
  });
});

describe('an extension request logged under its own number, linked to the original', () => {
  it('is recorded under the new number, the original as the one it extends', () => {
    const text =
      HEADER('Social Legal <legal-noreply@social.example>', 'Re: [Legal Case #2210447] Preservation extension') +
      'Hello,\n\nWe have received your request to extend the preservation of @gull_reef (user ID 1398827401562240011).\n\nThis extension request has been logged under case #2210447. It is linked to the original preservation, case #2100918.\n\nThe extension was processed on November 5, 2026. The data preserved under case #2100918 will be retained for an additional 90 days.\n\nSocial Legal\n';
    const [c, ...rest] = read(text).confirmations;
    expect(rest).toEqual([]);
    expect(c!.reference).toBe('2210447');
    expect(c!.extension?.ofReference).toBe('2100918');
  });
});

describe('a page on a service by its name alone', () => {
  const mail = (lines: string) =>
    `Hi Detective Ruiz,\n\nWe have preserved the data currently associated with the accounts below. Our case number for this request is VH-LE-2026-0733.\n\nDate preserved: November 2, 2026\n\nAccounts:\n${lines}\n\nThe videos in your letter (https://videohost.example/918233456) are included.\n\nLegal Response\n`;
  it('is an account in a list of accounts, a video\'s number is not', () => {
    const [accounts] = accountsOf(mail('  https://videohost.example/quietfernstudio  (user ID 218874431)\n  https://videohost.example/user204471982'));
    expect(accounts).toEqual(expect.arrayContaining(['https://videohost.example/quietfernstudio', 'https://videohost.example/user204471982']));
    expect(accounts).not.toContain('https://videohost.example/918233456');
  });

  it('is an account after a page\'s label, a site\'s own page is not', () => {
    const [accounts] = accountsOf(mail('- Creator page: https://www.fanpage.example/lowtideloops\n- Our guidelines: https://www.fanpage.example/legal'));
    expect(accounts).toContain('https://www.fanpage.example/lowtideloops');
    expect(accounts).not.toContain('https://www.fanpage.example/legal');
  });
});

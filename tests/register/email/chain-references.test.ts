import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';
import { englishProblemText } from '../../../i18n/problems';

const NOW = new Date('2026-12-01T12:00:00Z');
const read = (text: string) => parseProviderEmail(text, NOW);

describe('the provider\'s message in a chain', () => {
  it('is the block a provider sent, not the investigator\'s request quoted below it', () => {
    const r = read([
      'Van: Jansen, Pieter <p.jansen@politie.example.nl>',
      'Onderwerp: FW: RE: Bewaarverzoek',
      '',
      'Ter registratie.',
      '',
      'Van: Records Team <records@fb.com>',
      'Verzonden: woensdag 4 november 2026 14:21',
      'Onderwerp: RE: Bewaarverzoek',
      '',
      'We preserved the account. Case #7712093384',
      'Account: @kelp.lantern',
      '',
      'Van: Jansen, Pieter',
      'Aan: records@fb.com',
      'Onderwerp: Bewaarverzoek',
      '',
      'Please preserve @kelp.lantern and @other_account.',
    ].join('\n'));
    expect(r.providerId).toBe('meta');
    expect(r.references).toEqual(['7712093384']);
    expect(r.accountIdentifiers).toEqual(['@kelp.lantern']);
  });

  it('reads a reply\'s "wrote:" line that the client broke over two lines', () => {
    const r = read('Zur Info.\n\nAm Mi., 18. Nov. 2026 um 21:14 Uhr schrieb Twitch Law Enforcement <\nlawenforcement@twitch.tv>:\n\n> We preserved the account "hollowmarsh_tv". Reference number: TWLE-88321.');
    expect(r.providerId).toBe('twitch');
    expect(r.emailDate?.day).toBe('2026-11-18');
    expect(r.references).toEqual(['TWLE-88321']);
  });

  it('cuts the provider\'s message at a dashed separator in any language ("----- Your original request -----")', () => {
    const r = read('From: Pinterest via Kodex <notifications@kodex.us>\n\nRequest: PIN-0104417\nAccount preserved:\nhttps://www.pinterest.com/dunlin_press/\n\n----- Your original request -----\nAccounts: pinterest.com/dunlinpress_shop\nCase: FJP-2026-33018');
    expect(r.references).toEqual(['PIN-0104417']);
    expect(r.accountIdentifiers).toEqual(['https://www.pinterest.com/dunlin_press/']);
  });
});

describe('which number is the preservation\'s reference', () => {
  it('a ticket number gives way to the preservation id; alone it stays', () => {
    const both = read('From: Legal <legal-noreply@dropbox.com>\nSubject: [Ticket #29901876] Preservation\n\nWe preserved the account.\nPreservation ID: DBX-PRES-70112\nTicket: #29901876');
    expect(both.references).toEqual(['DBX-PRES-70112']);
    const alone = read('From: Legal <legal-noreply@dropbox.com>\n\nWe preserved the account under support ticket #28841107.');
    expect(alone.references).toEqual(['28841107']);
  });

  it('a Kodex request number gives way to the provider\'s reference', () => {
    const r = read('From: Kodex <notifications@kodexglobal.com>\n\nDiscord has preserved the account.\nReference: DISC-51177\nKodex request: KR-2026-0131274');
    expect(r.references).toEqual(['DISC-51177']);
  });

  it('the agency\'s case, in the body or only in a reply\'s subject, is not the provider\'s', () => {
    const r = read('From: GitHub Legal <legal@github.com>\nSubject: RE: Preservation request [IB-26-7714]\n\nGitHub preserved the account.\nGitHub reference: GH-LE-2026-1342\nICAC case: LS-ICAC-26-0178');
    expect(r.references).toEqual(['GH-LE-2026-1342']);
  });

  it('reads a slashed provider format', () => {
    expect(read('Regarding your request TG-LE/2026/4471: the account has been preserved.').references).toEqual(['TG-LE/2026/4471']);
  });
});

describe('extensions that bring a new reference', () => {
  it.each([
    ['New reference:    PRS-2612-00418\nPrior reference:  PRS-2609-11273', 'PRS-2612-00418', 'PRS-2609-11273'],
    ['Your request to extend the preservation under case LR-90113742 has been processed.\nA new case number has been assigned: LR-91205588.', 'LR-91205588', 'LR-90113742'],
    ['Request:         PIN-0097152\nLinked request:  PIN-0091837 (original preservation)\nThe preservation is extended for 90 days.', 'PIN-0097152', 'PIN-0091837'],
  ])('%s', (body, reference, ofReference) => {
    const r = read(`Apple has processed your request to extend the preservation.\n${body}`);
    expect(r.references).toEqual([reference]);
    expect(r.confirmations[0]!.extension?.ofReference).toBe(ofReference);
  });
});

describe('acknowledgements of receipt', () => {
  it.each([
    'We acknowledge receipt of your request concerning OKX UID 553019877264 and have assigned it ticket number OKX-ENF-66120.',
    "We've received your request and it is now in our queue.\nSubmission ID: 3b9e7c1a-55d2-4f08-9e6a-d41f2c8b7a90",
  ])('proposes no record: %s', (body) => {
    const r = read(body);
    expect(r.confirmations).toEqual([]);
    expect(r.warnings.map(englishProblemText).join(' ')).toMatch(/but confirms no new preservation/);
  });

  it('an extension the provider says it received and made is no mere acknowledgement', () => {
    const r = read('We have received your request to extend the preservation under Amazon request AMZ-LE-4481920. The preservation was extended once for 90 days on November 27, 2026.');
    expect(r.references).toEqual(['AMZ-LE-4481920']);
  });
});

describe('the preservation\'s or the provider\'s own label beats a request number', () => {
  it.each([
    ['From: Google LERS <lers-notifications@google.com>\n\n  Portal request:        #LERS-6610473\n  Google reference no.:  58130274\n\nThe data was preserved.', ['58130274']],
    ['From: Kodex <no-reply@kodexglobal.com>\n\nRequest #KDX-7740218\nMessage from Reddit:\n  We preserved the account. Reddit preservation reference: RPV-91830.', ['RPV-91830']],
    ['From: Telegram Legal <legal@telegram.org>\n\nIn reply to your request under reference QPS-CC-26-55031, Telegram has preserved the data.\nTelegram reference: TGP-20419', ['TGP-20419']],
    ['From: Microsoft <lens@microsoft.com>\n\nMicrosoft has completed two preservations in response to your request\nRSD-1877/26.\n1) Microsoft reference LNS-8830412\n2) Microsoft reference LNS-8830415', ['LNS-8830412', 'LNS-8830415']],
  ])('%s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });

  it('a number the provider names as its own is found beside a tracking number, and an example number is none', () => {
    const r = read('From: Amazon <le-response@amazon.com>\n\nYour request to extend the preservation under Amazon case 15592038417 has been granted.\nLegal process tracking no. LP-2026-771902 is not a preservation number.\nThe tracking number the portal gives you (for example LPT-000000) is separate.');
    expect(r.references).toEqual(['15592038417']);
  });

  it('an account\'s label naming the provider ("Instagram ID") names no reference', () => {
    expect(read('From: Instagram <records@fb.com>\n\nWe preserved the account. Case #5241177302\nInstagram ID: 61203348857').references).toEqual(['5241177302']);
  });
});

describe('a reply that preserves nothing', () => {
  it.each([
    'Accordingly, there is nothing for us to preserve and no preservation has been opened for this number. Reference HDTF-26-5530.',
    "We've received your preservation request and logged it as KICK-LE-00731. We will confirm within 7 days whether the preservation has been made. No data has been preserved yet.",
  ])('%s', (body) => {
    expect(read(body).confirmations).toEqual([]);
  });

  it('one account not preserved does not make the whole e-mail a refusal', () => {
    expect(read('We have preserved the account @amber_sluice. The channel t.me/amberchat_news is not an account and has not been preserved.\nOur reference: TG-LE-42991').references).toEqual(['TG-LE-42991']);
  });
});

describe('a Lotus Notes forward', () => {
  it('reads the sender and date lines Notes writes without field names, and keeps the To line out of the accounts', () => {
    const text = '----- Forwarded by Wendell Ashcombe/CyberUnit/RiverhallPD on 11/26/2026 08:14 AM -----\n\nTwitch Law Enforcement Response <lert@twitch.tv>\n11/25/2026 04:51 PM\n\nTo\nwendell.ashcombe@riverhall-pd.example.org\ncc\n\nSubject\nTwitch preservation complete / TWP-0088135\n\n\n\nWe preserved the channel you asked about on Tuesday 24 November.\n\nTwitch reference: TWP-0088135\nTwitch user ID: 884120573';
    const r = read(text);
    expect(r.providerId).toBe('twitch');
    expect(r.emailDate?.day).toBe('2026-11-25');
    expect(r.confirmations[0]).toMatchObject({ reference: 'TWP-0088135', preservedOn: { day: '2026-11-24' } });
    expect(r.accountIdentifiers).toEqual(['884120573']);
  });
});

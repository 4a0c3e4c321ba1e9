import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';
import { budget, cpuMs } from '../../support/cpu-budget';

/**
 * Mechanisms of round 20 (holdout19's kinds, read through the one model of a pasted text's messages: who wrote each,
 * each message's date and body, and only what the provider's confirming message presents as preserved or as its
 * reference): each shown on invented mail in other words, languages and layouts than the corpus's, with probes that
 * must read the new way (each failed before its change) and probes that must not change.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const read = (text: string) => {
  const r = parseProviderEmail(text, NOW);
  return { providerId: r.providerId, references: r.references, preservedOn: r.preservedOn, accounts: r.accountIdentifiers };
};

describe('messages: a thread export numbers each message and indents its header lines', () => {
  it.each([
    [
      'Export of ticket 7781 (newest last)\n\n(1) From: Sgt. Lena Ruiz <l.ruiz@harbor-pd.example.gov>\n    Sent: Mon, 16 Nov 2026 09:10 -0500\n    To: lawenforcement@discord.com\n\nPlease preserve the Discord user 1177002233445566778. Our case HPD-26-4410.\n\n(2) From: Discord Trust & Safety <lawenforcement@discord.com>\n    Date: Tue, 17 Nov 2026 14:02:11 -0800\n\nHi Sgt. Ruiz, we have preserved the account 1177002233445566778. Ticket DSC-2611-88140.\n',
      { providerId: 'discord', references: ['DSC-2611-88140'], preservedOn: '2026-11-17', accounts: ['1177002233445566778'] },
    ],
    [
      'Verlauf Vorgang KPI-2026-7712\n\n#1 Von: KHK Jonas Brandt <j.brandt@polizei.example.de>\n   Gesendet: 16.11.2026 08:15\n\nBitte sichern Sie das Konto @moorlicht_7.\n\n#2 Von: TikTok LERT <lert@tiktok.com>\n   Datum: 18.11.2026 10:12\n\nHallo, wir haben das Konto @moorlicht_7 am 18.11.2026 gesichert. Referenz: LERT-2611-771204.\n',
      { providerId: 'tiktok', references: ['LERT-2611-771204'], preservedOn: '2026-11-18', accounts: ['@moorlicht_7'] },
    ],
    [
      'Message 1 of 2 - From: Det. Omar Pike <o.pike@lakeview-pd.example.gov>\n  Date: Mon, 9 Nov 2026 10:00 -0600\n\nPlease preserve snap user kelp.finch9, case LPD-26-3301.\n\nMessage 2 of 2 - From: Snap Law Enforcement <lawenforcement@snapchat.com>\n  Date: Wed, 11 Nov 2026 16:40:00 -0800\n\nHello, the account kelp.finch9 has been preserved. Snap reference: SNAP-LE-2611-0931.\n',
      { providerId: 'snap', references: ['SNAP-LE-2611-0931'], preservedOn: '2026-11-11', accounts: ['kelp.finch9'] },
    ],
  ])('reads the provider\'s numbered message with its own header: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    [
      // A numbered list in a provider's body: "(2) From" without a colon heads no header.
      'From: Discord <lawenforcement@discord.com>\nDate: Tue, 17 Nov 2026 14:02:11 -0800\n\nWe preserved:\n(1) the user 1177002233445566778\n(2) From the server 8899001122334455667, nothing.\n\nTicket DSC-2611-88141.\n',
      ['DSC-2611-88141'],
    ],
    [
      // An indented label in the body is no header line: the provider's message is read whole.
      'From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Wed, 11 Nov 2026 16:40:00 -0800\n\nHello,\n\n    Note: the account kelp.finch8 has been preserved.\n    Reference: SNAP-LE-2611-0932\n',
      ['SNAP-LE-2611-0932'],
    ],
    [
      // The officer's numbered message alone, under the provider's: still the provider's reply that is read.
      'From: X Legal <legalrequests@x.com>\nDate: Thu, 19 Nov 2026 09:03:55 -0800\n\nWe have preserved @lowtide_heron under case LR-2026-0451120.\n\n[1] From: Det. Amara Nwosu <a.nwosu@fairport-pd.example.gov>\n    Sent: Wed, 18 Nov 2026 14:10 -0500\n\nPlease preserve @lowtide_heron. Our case is FPD 26-CR-5519.\n',
      ['LR-2026-0451120'],
    ],
  ])('reads as before where no message is numbered: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });
});

describe('who wrote it: a receipt that puts the request in a queue confirms nothing', () => {
  it.each([
    'From: Roblox Law Enforcement <lawenforcement@roblox.com>\nDate: Mon, 16 Nov 2026 08:00:00 -0800\nSubject: Preservation request RBX-LE-2611-5520\n\nHello,\n\nYour preservation request RBX-LE-2611-5520 has been placed in the review queue.\n\nUser in request: 88120457\n',
    'From: Pinterest LE <lawenforcement@pinterest.com>\nDate: Mon, 16 Nov 2026 08:00:00 -0800\n\nThanks. The preservation ticket PIN-LE-58871 was placed on our review backlog; a specialist picks it up within a week.\n\nProfile in ticket: pinterest.com/kelpfinch\n',
    'From: Dropbox Legal <legal@dropbox.com>\nDate: Mon, 16 Nov 2026 08:00:00 -0800\n\nWe got your request to preserve the account wren.quill@outlook.com and it has been placed in line for review (request DBX-2611-00912).\n',
  ])('proposes no reference and no account: %s', (text) => {
    expect(read(text)).toMatchObject({ references: [], accounts: [] });
  });

  it.each([
    ['From: Roblox Law Enforcement <lawenforcement@roblox.com>\nDate: Mon, 16 Nov 2026 08:00:00 -0800\n\nThe hold was placed on 12 November 2026 on user 88120458. Reference RBX-LE-2611-5521.\n', ['RBX-LE-2611-5521']],
    ['From: Pinterest LE <lawenforcement@pinterest.com>\nDate: Mon, 16 Nov 2026 08:00:00 -0800\n\nPreservation completed for pinterest.com/kelpfinch2; the request is now out of our queue. Case PIN-LE-58872.\n', ['PIN-LE-58872']],
    ['From: Dropbox Legal <legal@dropbox.com>\nDate: Mon, 16 Nov 2026 08:00:00 -0800\n\nAfter review we placed a preservation hold on wren.quill2@outlook.com (request DBX-2611-00913).\n', ['DBX-2611-00913']],
  ])('still reads a preservation done as confirmed: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });
});

const perReference = (text: string) => Object.fromEntries(parseProviderEmail(text, NOW).confirmations.map((c) => [c.reference, c.accounts.map((a) => a.value)]));

describe('each account\'s fate: a list whose lines each end in their own reference, no marker and no stop between', () => {
  it.each([
    [
      'From: TikTok LERT <lert@tiktok.com>\nDate: Thu, 19 Nov 2026 10:12:00 +0000\n\nWe preserved these accounts on 18 November 2026:\n\n  TikTok user @reedwarbler -> ref TT-LE-2611-0041\n  TikTok user @reedlinnet -> ref TT-LE-2611-0042\n\nTikTok LERT\n',
      { 'TT-LE-2611-0041': ['@reedwarbler'], 'TT-LE-2611-0042': ['@reedlinnet'] },
    ],
    [
      'Von: TikTok LERT <lert@tiktok.com>\nDatum: 19.11.2026 10:12\n\nFolgende Konten wurden am 18.11.2026 gesichert,\nKonto @moorlicht_1 unter Referenz LERT-2611-100101\nKonto @moorlicht_2 unter Referenz LERT-2611-100102\n\nTikTok LERT\n',
      { 'LERT-2611-100101': ['@moorlicht_1'], 'LERT-2611-100102': ['@moorlicht_2'] },
    ],
    [
      'From: WhatsApp LE Response <records@whatsapp.com>\nDate: Thu, 19 Nov 2026 10:12:00 +0000\n\nhi, both numbers preserved today\n+1 312 555 0188 held under WA-PR-880201\n+1 312 555 0199 held under WA-PR-880202\n',
      { 'WA-PR-880201': ['+1 312 555 0188'], 'WA-PR-880202': ['+1 312 555 0199'] },
    ],
  ])('gives each line\'s account to its line\'s reference: %s', (text, expected) => {
    expect(perReference(text)).toEqual(expected);
  });

  it.each([
    [
      // Sentences with their stops: each sentence is its reference's, as before.
      'From: TikTok LERT <lert@tiktok.com>\nDate: Thu, 19 Nov 2026 10:12:00 +0000\n\nThe account @reedwarbler was preserved under TT-LE-2611-0043. The account @reedlinnet was preserved under TT-LE-2611-0044.\n',
      { 'TT-LE-2611-0043': ['@reedwarbler'], 'TT-LE-2611-0044': ['@reedlinnet'] },
    ],
    [
      // References heading sections: what follows each is its own, as before.
      'From: TikTok LERT <lert@tiktok.com>\nDate: Thu, 19 Nov 2026 10:12:00 +0000\n\nReference TT-LE-2611-0045\nWe preserved @reedwarbler2.\n\nReference TT-LE-2611-0046\nWe preserved @reedlinnet2.\n',
      { 'TT-LE-2611-0045': ['@reedwarbler2'], 'TT-LE-2611-0046': ['@reedlinnet2'] },
    ],
    [
      // One reference for a list of accounts: all are its.
      'From: TikTok LERT <lert@tiktok.com>\nDate: Thu, 19 Nov 2026 10:12:00 +0000\n\nWe preserved these accounts under TT-LE-2611-0047\n  @reedwarbler3\n  @reedlinnet3\n',
      { 'TT-LE-2611-0047': ['@reedwarbler3', '@reedlinnet3'] },
    ],
  ])('reads sentences, sections and a single reference as before: %s', (text, expected) => {
    expect(perReference(text)).toEqual(expected);
  });
});

describe('who wrote it: the request restated in the provider\'s words ("You asked us to preserve the following:") was asked, not preserved', () => {
  it.each([
    [
      'From: Instagram Law Enforcement <records@instagram.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nHello,\n\nYou requested preservation of the following:\n\n- @kelp.finch11\n- @kelp.finch12\n\nWe have preserved the account @kelp.finch11. Case number: 1120448170011.\n',
      ['@kelp.finch11'],
    ],
    [
      'De : Meta Law Enforcement <records@fb.com>\nDate : 19 nov. 2026 10:12\n\nBonjour,\n\nVous nous avez demandé de conserver les éléments suivants :\n\n  • facebook.com/lune.ardoise7\n  • +33 6 12 34 56 78\n\nNous avons conservé les données du compte facebook.com/lune.ardoise7 sous la référence 7741209.\n',
      ['facebook.com/lune.ardoise7'],
    ],
    [
      'From: Discord <lawenforcement@discord.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nHi,\n\nYour request listed the following:\n\n  1177002233445566701 (user)\n  8899001122334455601 (server)\n\nThe user 1177002233445566701 is preserved. Ticket DSC-2611-90017.\n',
      ['1177002233445566701'],
    ],
  ])('proposes only what the provider says it preserved: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });

  it.each([
    [
      // The provider's own list of what it preserved: every item.
      'From: Instagram Law Enforcement <records@instagram.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nWe preserved the following:\n\n- @kelp.finch13\n- @kelp.finch14\n\nCase number: 1120448170012.\n',
      ['@kelp.finch13', '@kelp.finch14'],
    ],
    [
      // The intro says they were preserved: no restatement.
      'From: Instagram Law Enforcement <records@instagram.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nYou asked us to preserve the following, and we have preserved them:\n\n- @kelp.finch15\n- @kelp.finch16\n\nCase number: 1120448170013.\n',
      ['@kelp.finch15', '@kelp.finch16'],
    ],
    [
      // "You asked us to preserve" in a sentence, no list under a colon: the preserved account is read.
      'From: Instagram Law Enforcement <records@instagram.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nYou asked us to preserve the account @kelp.finch17. We preserved it on 18 November 2026. Case number: 1120448170014.\n',
      ['@kelp.finch17'],
    ],
  ])('reads the provider\'s own lists as before: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });
});

describe('whose number: a number the addressee named a matter by ("the matter you identified as X") is the agency\'s', () => {
  it.each([
    [
      'From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nThis responds to the investigation you referred to as HPD/26/44187. We have preserved the account @kelp.finch21 under SNAP-LE-2611-8101.\n',
      ['SNAP-LE-2611-8101'],
    ],
    [
      'From: Google LIS <lis-noreply@google.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nRegarding the incident your agency described as WPS/26/88120, we preserved the Google account wren.quill21@gmail.com; our file for it is GLIS-2611-61048829.\n',
      ['GLIS-2611-61048829'],
    ],
    [
      'From: Discord <lawenforcement@discord.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nHi, re the matter you identified it as, CID/26/4471: the user 1177002233445566721 is preserved. Ticket DSC-2611-90021.\n',
      ['DSC-2611-90021'],
    ],
  ])('proposes only the provider\'s reference: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });

  it.each([
    [
      // The provider's number the provider identifies: its own.
      'From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nWe have preserved the account @kelp.finch22 under the reference we identified as SNAP-LE-2611-8102.\n',
      ['SNAP-LE-2611-8102'],
    ],
    [
      // "you identified" of an account, not of a file: the provider's reference stands.
      'From: Discord <lawenforcement@discord.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nThe user you identified, 1177002233445566722, is preserved under ticket DSC-2611-90022.\n',
      ['DSC-2611-90022'],
    ],
    [
      // The only number, named by the provider for the preservation: kept.
      'From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nThis preservation is identified as SNAP-LE-2611-8103; the account @kelp.finch23 is preserved.\n',
      ['SNAP-LE-2611-8103'],
    ],
  ])('keeps the provider\'s own reference: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });
});

describe('references: an extension tracked under a new number the provider gives ("Your new case number is …")', () => {
  const extension = (text: string) => {
    const r = parseProviderEmail(text, NOW);
    return r.confirmations.map((c) => [c.reference, c.extension?.ofReference ?? null]);
  };
  it.each([
    [
      'From: Discord <lawenforcement@discord.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\nSubject: Re: [Ref: DSC-2611-88102] extension\n\nHi, we extended the preservation of user 1177002233445566731 for another 90 days.\n\nExtensions get a new number. Your new case number is DSC-2611-99102. The original case number DSC-2611-88102 stays linked to it.\n',
      [['DSC-2611-99102', 'DSC-2611-88102']],
    ],
    [
      'From: Roblox Law Enforcement <lawenforcement@roblox.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\nSubject: Re: [Ref: RBX-LE-2611-88103] extension\n\nDone, extended the hold on user 88120459 by 90 days. New case number: RBX-LE-2611-99103 (old case number RBX-LE-2611-88103).\n',
      [['RBX-LE-2611-99103', 'RBX-LE-2611-88103']],
    ],
    [
      'From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\nSubject: Re: [Ref: SNAP-LE-2611-4411] extension\n\nHello, the hold on kelp.finch42 was extended by 90 days. New case number: SNAP-LE-2611-5521. The original case number SNAP-LE-2611-4411 is linked to it.\n',
      [['SNAP-LE-2611-5521', 'SNAP-LE-2611-4411']],
    ],
  ])('proposes the new number, extending the old one: %s', (text, expected) => {
    expect(extension(text)).toEqual(expected);
  });

  it.each([
    ['From: X Legal <legalrequests@x.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nWe have preserved @lowtide_wren2 under case number LR-2026-0411111. Please do not open a new request for the same matter.\n', [['LR-2026-0411111', null]]],
    ['From: X Legal <legalrequests@x.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nWe have extended preservation LR-2026-0411112 for 90 days.\n', [['LR-2026-0411112', 'LR-2026-0411112']]],
    ['From: X Legal <legalrequests@x.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nWe have preserved @lowtide_wren3 under case number LR-2026-0411113. A new case number format applies from January.\n', [['LR-2026-0411113', null]]],
  ])('reads a preservation or an extension under one number as before: %s', (text, expected) => {
    expect(extension(text)).toEqual(expected);
  });
});

describe('references: a reference whose capitals are parted from its number by a space, the rest of its label\'s line', () => {
  it.each([
    ['From: LinkedIn Law Enforcement <le@linkedin.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nWe have preserved the member profile linkedin.com/in/wren-quill-31.\n\nReference number: LNK 2611-004471\n', ['LNK 2611-004471']],
    ['De : Amazon Law Enforcement <law-enforcement@amazon.com>\nEnvoyé : jeudi 19 novembre 2026 10:12\n\nThe customer account wren.quill31@outlook.com has been preserved.\n\nCase: AMZ 2611-77120\n', ['AMZ 2611-77120']],
    ['From: Yahoo Law Enforcement <le@yahooinc.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nPRESERVATION COMPLETED\n\nPreservation ID: YH 26-0100442\nAccount: tide.watch31@yahoo.com\n', ['YH 26-0100442']],
  ])('proposes the whole reference: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });

  it.each([
    // The agency's number in the same shape stays the agency's.
    ['From: Yahoo Law Enforcement <le@yahooinc.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nWe preserved tide.watch32@yahoo.com.\n\nYahoo reference: YH-LE-2611-0032\nAgency reference: PD 26-0091736\n', ['YH-LE-2611-0032']],
    // A number of fewer than four digits together after the space: no reference.
    ['From: Yahoo Law Enforcement <le@yahooinc.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nWe preserved tide.watch33@yahoo.com under YH-LE-2611-0033.\n\nCase: see 12-345\n', ['YH-LE-2611-0033']],
    // The label's line goes on after the number: the words are no reference.
    ['From: Yahoo Law Enforcement <le@yahooinc.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nWe preserved tide.watch34@yahoo.com under YH-LE-2611-0034.\n\nCase: NY 2026-0091738 is the court\'s docket, not ours.\n', ['YH-LE-2611-0034']],
  ])('reads as before: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });
});

describe('whose number: another request\'s number the words name as such gives way to this message\'s own', () => {
  it.each([
    ['From: Meta Law Enforcement <records@fb.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nWe preserved facebook.com/lune.ardoise90 under case 7741290. Your earlier request, case 7741199, was closed as a duplicate.\n', ['7741290']],
    ['From: TikTok LERT <lert@tiktok.com>\nDate: Thu, 19 Nov 2026 10:12:00 +0000\n\nWe preserved @reedwarbler90 under TT-LE-2611-9090. The prior request TT-LE-2611-8090 about the same account was withdrawn by your colleague.\n', ['TT-LE-2611-9090']],
    ['From: Coinbase LE <lawenforcement@coinbase.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nThe account of satoshi.fan90@protonmail.com is preserved, case CB-LE-2611-9090. A related request, CB-LE-2611-7790, stays open for the second wallet.\n', ['CB-LE-2611-9090']],
  ])('proposes only this message\'s reference: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });

  it.each([
    // The earlier request's number alone: the preservation confirmed under it.
    ['From: Meta Law Enforcement <records@fb.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nYour previous request 7741191 is now complete: we preserved facebook.com/lune.ardoise91.\n', ['7741191']],
    // An extension names its earlier preservation's number beside the new one: both are read as its pair.
    ['From: X Legal <legalrequests@x.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nThe preservation has been extended for 90 days under new case number LR-2026-0490091 (original request LR-2026-0390091).\n', ['LR-2026-0490091']],
    // "Request" with no word of another one: the message's own.
    ['From: TikTok LERT <lert@tiktok.com>\nDate: Thu, 19 Nov 2026 10:12:00 +0000\n\nWe preserved @reedwarbler92 for request TT-LE-2611-9092.\n', ['TT-LE-2611-9092']],
  ])('reads as before: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });
});

describe('hostile shapes: a run of 150,000 blanks between two words reads as fast as a short one', () => {
  // Before, a paragraph opening "in <150,000 spaces> x" (a conversation header's gap before its time), "Reference
  // <spaces>" (a label's blanks before its colon) and a rule over a line of spaces (an officer's signature rule) each
  // took from ten seconds to minutes: blanks tried split between two patterns of blanks. Blanks past 200 in a row are
  // read away, so no pattern meets a longer run.
  it.each([
    (sp: string) => `From: Discord <lawenforcement@discord.com>\n\nin${sp}x 10:12\nto me\n`,
    (sp: string) => `Reference${sp}x 10:12\nto me\n`,
    (sp: string) => `From: A <a@b.com>\n\nReference${sp}10:12\n\nbody`,
    (sp: string) => `-----\n${sp}\n-----\n`,
    (sp: string) => `From: Snap <lawenforcement@snapchat.com>\n\nYour new${sp}case number is SNAP-LE-2611-0001\n`,
    (sp: string) => `From: Snap <lawenforcement@snapchat.com>\n\nplaced in${sp}queue\n`,
  ])('answers within budget: %s', (shape) => {
    const text = shape(' '.repeat(150_000));
    expect(cpuMs(() => parseProviderEmail(text, NOW))).toBeLessThan(budget(1500));
  }, 120_000);

  it('quotes evidence from the paste as written, the blanks read away or not', () => {
    const text = `From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nWe preserved kelp.finch99.${' '.repeat(5_000)}\nReference: SNAP-LE-2611-9999\n`;
    const r = parseProviderEmail(text, NOW);
    expect(r.references).toEqual(['SNAP-LE-2611-9999']);
    const evidence = r.confirmations[0]!.evidence;
    expect(text.slice(evidence.start, evidence.end)).toBe('SNAP-LE-2611-9999');
  });
});

describe('who wrote it: a line whose label names the request\'s identifiers ("Requested identifiers:") was asked, not preserved', () => {
  it.each([
    ['From: Uber LE <lert@uber.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nRequested identifiers: rider +1 312 555 0150, driver +1 312 555 0151\nPreserved: rider +1 312 555 0150\nReference: UBR-2611-9050\n', ['+1 312 555 0150']],
    ['From: Pinterest LE <lawenforcement@pinterest.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nProfiles in your request:\n  - pinterest.com/kelpfinch86\n  - pinterest.com/kelpfinch87\n\nPreserved: pinterest.com/kelpfinch86\nCase PIN-LE-59086\n', ['pinterest.com/kelpfinch86']],
    ['Von: TikTok LERT <lert@tiktok.com>\nDatum: 19.11.2026 10:12\n\nKonten laut Anfrage: @moorlicht_81, @moorlicht_82\nGesichert wurde das Konto @moorlicht_81. Referenz: LERT-2611-908181.\n', ['@moorlicht_81']],
  ])('proposes only what was preserved: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });

  it.each([
    // A label that says the values were preserved as requested.
    ['From: Uber LE <lert@uber.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nPreserved as requested: rider +1 312 555 0183\nReference: UBR-2611-9083\n', ['+1 312 555 0183']],
    // The request's number, not its identifiers: the accounts are read as before.
    ['From: Discord <lawenforcement@discord.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nRequest number: DSC-2611-90084\nPreserved user: 1177002233445566784\n', ['1177002233445566784']],
    // "Requested by" names the officer; the preserved account is read.
    ['From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nRequested by: Det. Sam Roe\nAccount preserved: kelp.finch85\nReference: SNAP-LE-2611-9085\n', ['kelp.finch85']],
  ])('reads the preserved values as before: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });
});

describe('each account\'s fate: a refusing heading over "Key: value" lines, and an account sent to another service', () => {
  it.each([
    ['From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nThe following account has been preserved:\nUsername: kelp.finch70\n\nThe following account could not be located and was not preserved:\nUsername: kelp.finch71\n\nReference: SNAP-LE-2611-9070\n', ['kelp.finch70']],
    ['From: Discord <lawenforcement@discord.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nPreserved under ticket DSC-2611-90071:\nUser ID: 1177002233445566771\n\nNo account was found for:\nUser ID: 1177002233445566772\n', ['1177002233445566771']],
    ['From: Meta Law Enforcement <records@fb.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nWe preserved instagram.com/lune.ardoise70 under case 7741270. The WhatsApp number +44 7700 900570 should be sent to WhatsApp directly.\n', ['instagram.com/lune.ardoise70']],
    ['From: Microsoft LENS <lensnoreply@microsoft.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nWe preserved mossy.gate72@outlook.com (GCC-26-0109072). The Skype phone number +49 170 5550181 must be sent to the Skype team in Luxembourg.\n', ['mossy.gate72@outlook.com']],
    ['Von: TikTok LERT <lert@tiktok.com>\nDatum: 19.11.2026 10:12\n\nGesichert unter Referenz LERT-2611-907979:\nBenutzername: @moorlicht_79\n\nFolgendes Konto wurde nicht gefunden:\nBenutzername: @moorlicht_80\n', ['@moorlicht_79']],
    ['From: Roblox Law Enforcement <lawenforcement@roblox.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nUser 88120478 is preserved (RBX-LE-2611-9078). User 88120479 should be referred to our partner studio instead.\n', ['88120478']],
  ])('proposes only the preserved account: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });

  it.each([
    // A heading that preserves, over key lines: every value.
    ['From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nThe following accounts have been preserved:\nUsername: kelp.finch74\nUsername: kelp.finch75\n\nReference: SNAP-LE-2611-9074\n', ['kelp.finch74', 'kelp.finch75']],
    // Legal process to be sent elsewhere, said of the preservation, not of the account.
    ['From: Meta Law Enforcement <records@fb.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nWe preserved instagram.com/lune.ardoise76 under case 7741276. Legal process for this account should be sent to Meta Platforms, Inc.\n', ['instagram.com/lune.ardoise76']],
    // A preserved account said to be preserved right after it.
    ['From: Meta Law Enforcement <records@fb.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nThe WhatsApp number +44 7700 900577 has been preserved under case 7741277.\n', ['+44 7700 900577']],
  ])('reads the preserved accounts as before: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });
});

import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/** Mechanisms of round 8 (holdout5 and new authors' sets), each shown on invented mail in other words than the corpus's. */
const NOW = new Date('2026-12-01T12:00:00Z');
const HEAD = 'Date: Tue, 24 Nov 2026 10:00:00 -0800\nFrom: Legal <legal@provider.example>\nTo: officer@agency.example\nSubject: Preservation\n\n';
const parse = (body: string) => parseProviderEmail(`${HEAD}${body}`, NOW);
const references = (body: string) => parse(body).confirmations.map((c) => c.reference);

describe('references: where the label or the shape names them', () => {
  it('a number only ever labelled as a request gives way to the numbers the words call preservations', () => {
    const body = 'Request #PRT-660913 - status Completed\n\n1) Preservation QRX-KEEP-41180\n   Kept 2026-11-18\n\nSee https://portal.example/requests/PRT-660913\n';
    expect(references(body)).toEqual(['QRX-KEEP-41180']);
  });

  it('a label line whose noun is a file word ("Current file:", "Open matter:") names a reference whatever qualifier precedes it', () => {
    expect(references('The hold is in place.\nOpen matter: 7720-3318-04\n')).toEqual(['7720-3318-04']);
  });

  it("the agency's reference on a label line is set aside", () => {
    expect(references('We preserved the account.\nAgency reference: CTY-26-00412\nReference: HLD-7730041\n')).toEqual(['HLD-7730041']);
  });

  it('a row of a field/value table read with its bars as colons names its reference', () => {
    expect(references('| Field | Value |\n| --- | --- |\n| Reference | QZ-EU-P-4401927 |\n| Kept on | 2026-11-20 |\n')).toEqual(['QZ-EU-P-4401927']);
  });

  it('with no labelled number at all, an identifier by its shape (capitals, hyphenated parts, five digits) is proposed', () => {
    expect(references('Hold notice [QX-H-5520913]\n\nThe following numbers were preserved on November 20, 2026.\n')).toEqual(['QX-H-5520913']);
  });

  it('a shape is no reference where a label names one', () => {
    expect(references('Preservation ID: 88120455\nForm QX-H-5520913 applies.\n')).toEqual(['88120455']);
  });
});

describe('extensions: the pair named by "previous"/"extended" labels and by "to extend"', () => {
  it('"Previous preservation:" and "Extended preservation:" labels: the extension and its earlier number', () => {
    const parsed = parse('Your extension request was handled.\n\n  Previous preservation:  QP-440912\n  Extended preservation:  QP-551208\n  Expires:  Feb 20, 2027\n');
    expect(parsed.confirmations.map((c) => [c.reference, c.extension?.ofReference, c.preservedOn])).toEqual([['QP-551208', 'QP-440912', null]]);
  });

  it('of two references, when exactly one is called new, the other is the earlier one ("to extend X … the new one is Y")', () => {
    const parsed = parse('Your request to extend preservation HX88120334 has been processed. The new preservation reference is HX88190021.\n');
    expect(parsed.confirmations.map((c) => [c.reference, c.extension?.ofReference])).toEqual([['HX88190021', 'HX88120334']]);
  });
});

describe('message structure', () => {
  it('a "--" rule above the provider\'s status lines is not a signature: what is below is read', () => {
    const parsed = parse('LEGAL NOTICE: this message is confidential and reserves every objection.\n\n--\nExtension processed.\nPrior matter: 0044-1120-31\nCurrent matter: 0045-2231-90\n');
    expect(parsed.confirmations.map((c) => [c.reference, c.extension?.ofReference])).toEqual([['0045-2231-90', '0044-1120-31']]);
  });

  it('an investigator\'s "--" signature below the provider\'s text is still cut off', () => {
    const parsed = parse('We preserved the account on 2026-11-20. Preservation ID: 55310042.\n\n--\nDet. Jo Roe\nCase ref: CTY-26-00412\n');
    expect(parsed.confirmations.map((c) => c.reference)).toEqual(['55310042']);
  });

  it("a follow-up that names no reference takes it from the provider's earlier message quoted below", () => {
    const mail =
      'From: Slack Legal <legal@slack.com>\nDate: Thu, 12 Nov 2026 03:05:00 +0000\nSubject: Re: request\n\nWe have now completed the preservation described below. It was preserved on November 11, 2026.\n\nOn Tue, Nov 10, 2026 at 9:41 AM Slack Legal <legal@slack.com> wrote:\n> We opened reference ACM-LE-2026-55814 for your request.\n';
    const parsed = parseProviderEmail(mail, NOW);
    expect(parsed.confirmations.map((c) => [c.reference, c.preservedOn?.day])).toEqual([['ACM-LE-2026-55814', '2026-11-11']]);
  });
});

describe('accounts: a negated passive of a find verb drops the row', () => {
  it('"could not be located" / "was not found" in a table row or sentence', () => {
    const parsed = parse('Preservation ID: 55310042\n\n| UID | Outcome |\n|---|---|\n| 402918877 | Preserved |\n| 405537120 | Could not be located |\n');
    expect(parsed.accountIdentifiers).toEqual(['402918877']);
  });
});

describe('accounts the provider did not keep, in any language and anywhere it says so', () => {
  it('a list item marked "(not preserved …)" is dropped', () => {
    expect(parse('Preservation ID: 55310042\n  user    t.me/harbor_finch\n  group   t.me/harbor_sales   (not preserved, public only)\n').accountIdentifiers).toEqual(['t.me/harbor_finch']);
  });

  it('a value refused in one language is not confirmed where the other language names it again', () => {
    const bilingual = 'Preservation ID: 55310042. Account: @gull_rook was preserved.\nLe canal t.me/gull_market n’est pas concerné.\nThe channel t.me/gull_market is not a user account and was not preserved.\n';
    expect(parse(bilingual).accountIdentifiers).toEqual(['@gull_rook']);
  });

  it.each([
    ['French', 'Nous n’avons trouvé aucun compte correspondant à « stone.wren ».'],
    ['Spanish', 'El usuario “stone.wren” no aparece en nuestros sistemas.'],
    ['German', 'Das Konto stone.wren wurde nicht gefunden.'],
    ['Dutch', 'Het account stone.wren is niet gevonden.'],
  ])('a negated find in %s drops the account it names', (_language, sentence) => {
    expect(parse(`Preservation ID: 55310042. We preserved the account @pike_fen on 2026-11-20.\n\n${sentence}\n`).accountIdentifiers).toEqual(['@pike_fen']);
  });
});

describe('replies: where the provider\'s message starts and ends', () => {
  it('a "wrote:" line with an accented verb ("escribió:") starts the quoted provider message', () => {
    const mail = 'Gracias. El usuario “stone.wren” que pedimos lo vemos luego.\n\nEl mié, 18 nov 2026 a las 16:20, Slack Legal (<legal@slack.com>) escribió:\n> Slack has preserved the account river.moss@yahoo.com as of 17 Nov 2026.\n> Preservation ID: SLK-PRV-55088\n';
    const parsed = parseProviderEmail(mail, NOW);
    expect([parsed.confirmations.map((c) => c.reference), parsed.accountIdentifiers]).toEqual([['SLK-PRV-55088'], ['river.moss@yahoo.com']]);
  });

  it('the replier\'s text below the provider\'s quoted lines is not the provider\'s (a paste that opens with "schreef")', () => {
    const mail = 'Op ma 16 nov 2026 om 14:05 schreef Slack Legal <legal@slack.com>:\n\n> Slack has preserved the account with username tern_0311 as of November 14, 2026.\n> Preservation ID: SLK-PRV-66042\n\nDank. Is het tweede account (stone.wren) ook bewaard?\n';
    expect(parseProviderEmail(mail, NOW).accountIdentifiers).toEqual(['tern_0311']);
  });
});

describe('references: whose number, by the words of its label', () => {
  it('"Your internal reference:" is the agency\'s, whatever qualifier sits between "your" and the noun', () => {
    expect(references('Request 55120 · Preservation · Status: Completed\n\nYour internal reference: CTY-2026-RX-0412\n')).toEqual(['55120']);
  });

  it('"our internal record for this preservation is LE.2026.1117.3": a dotted number the preservation\'s words name beats a ticket', () => {
    expect(references('We took a snapshot. Our internal record for this preservation is QX.2026.1119.4; taken today.\n\nTicket #5512087 (support only)\n')).toEqual(['QX.2026.1119.4']);
  });

  it('the provider\'s name heading an identifier ("SLACK-LE-…") does not make the next "ref" its label', () => {
    const mail = 'From: Slack Legal <legal@slack.com>\nDate: Mon, 23 Nov 2026 14:20:09 -0800\nSubject: Re: Extension of preservation SLACK-LE-26-0093317 [CTY ref CT2601188431]\n\nSlack has processed your extension for SLACK-LE-26-0093317 on November 23rd, 2026.\n';
    const parsed = parseProviderEmail(mail, NOW);
    expect(parsed.confirmations.map((c) => [c.reference, c.extension?.ofReference])).toEqual([['SLACK-LE-26-0093317', 'SLACK-LE-26-0093317']]);
  });

  it('a bracketed qualifier between the provider\'s label and its colon ("Slack reference (extension):")', () => {
    const mail = 'From: Slack Legal <legal@slack.com>\nDate: Tue, 24 Nov 2026 10:00:00 +0000\nSubject: Extension\n\nSlack has extended the preservation.\n\nSlack reference (extension): SLK-EXT-2026-1204\nOriginal Slack reference:   SLK-2026-0817-A\n';
    expect(parseProviderEmail(mail, NOW).confirmations.map((c) => [c.reference, c.extension?.ofReference])).toEqual([['SLK-EXT-2026-1204', 'SLK-2026-0817-A']]);
  });
});

describe('accounts on key-value lines', () => {
  it('"Target: name (ID n)": the value whatever its shape, and its id; the next line\'s "not preserved" speaks only for that line', () => {
    const parsed = parse('Preservation ID: 55310042\n    Target: hollowreed (ID 1129906611047723018)\n    Server (context only, not preserved): 1127735000982337546\n');
    expect(parsed.accountIdentifiers).toEqual(['hollowreed', '1129906611047723018']);
  });

  it('a capitalised status word after "Account:" is no account', () => {
    expect(parse('Preservation ID: 55310042\nAccount: Disabled\n').accountIdentifiers).toEqual([]);
  });
});

describe('accounts: which lines name a target', () => {
  it('an officer\'s one-line signature with a rank ("Deputy … | TFO | phone") gives no account', () => {
    expect(parse('Preservation ID: PRES-QX-66012. The account of pine.ledger@icloud.com was preserved on 11/12/2026.\n\nDeputy Jo Roe | TFO | (555) 010-4471\n').accountIdentifiers).toEqual(['pine.ledger@icloud.com']);
  });

  it('items under an intro whose head noun is another thing ("Zones on this account") are not accounts', () => {
    expect(parse('Preservation ID: 55310042\nAccount e-mail: ops@host.example.net\n\nZones on this account (listed for context):\n  shop-deals.example.net\n  shop-deals-2.example.net\n').accountIdentifiers).not.toContain('shop-deals-2.example.net');
  });

  it('"(not a target)" on an item\'s own line drops that item only, dot-leader and indented lines speaking for themselves', () => {
    const body = 'Extension of QP-77810 approved. A new request was created:\n  Request ID ........ QP-80342\n  Targets ........... https://www.pinterest.com/reedboat/\n                      reed.boat@gmail.com\n  Board (not a target) https://www.pinterest.com/reedboat/lures/\n';
    const parsed = parse(body);
    expect([parsed.confirmations.map((c) => [c.reference, c.extension?.ofReference]), parsed.accountIdentifiers]).toEqual([[['QP-80342', 'QP-77810']], ['https://www.pinterest.com/reedboat/', 'reed.boat@gmail.com']]);
  });

  it('a profile address keeps its query string as written', () => {
    expect(parse('Preservation ID: 55310042. We preserved the profile https://www.twitch.tv/reedmoor?sr=a on 2026-11-20.').accountIdentifiers).toEqual(['https://www.twitch.tv/reedmoor?sr=a']);
  });
});

describe('references in footers, printouts and other languages', () => {
  it('"Our ref:" and "Our file number:" in the provider\'s own message are the provider\'s', () => {
    expect(references('We preserved the rider account on 18 November 2026.\n\nKind regards,\nLERT\nOur ref: QRB-APAC-0922817')).toEqual(['QRB-APAC-0922817']);
    expect(references('We preserved the account on 04/11/2026.\n\nOur file number: QIR-LE-0057193. Data kept 90 days.')).toEqual(['QIR-LE-0057193']);
  });

  it('a reference the page reader cuts short of its last hyphenated part is read whole', () => {
    expect(references('We preserved it.\n---\nPlease keep this reference in the subject of any reply: QDT-LE-2026-0331-K')).toEqual(['QDT-LE-2026-0331-K']);
  });

  it('"Protocolo:" with a dotted number', () => {
    expect(references('Os registros da conta abaixo foram preservados.\n\n  Protocolo: 2026.1124.00871\n')).toEqual(['2026.1124.00871']);
  });

  it("a printout's tab parts label and value; an account row's number under another column is no reference", () => {
    expect(references('Request ID\tQT-LE-2026-118734\nRequest type\tPreservation\nStatus\tPreserved\nTarget user ID\t7312098856612400129\n')).toEqual(['QT-LE-2026-118734']);
  });
});

describe('acknowledgements and headers', () => {
  it.each([
    'Your request has been logged as QK-LE-55102 and is in the queue. Nothing has been preserved yet.',
    'Request: QB-LE-2026-55817\nStatus: Received\n\nNo action has been taken on these identifiers yet.',
    'Thank you. It has been assigned Ref. No. 60339914. Preservation is not complete until you receive a confirmation from us.',
  ])('a message saying the preservation is still pending confirms nothing (%#)', (body) => {
    expect(parse(body).confirmations).toEqual([]);
  });

  it('a Thunderbird header in Italian ("Mittente:") names the sender', () => {
    const mail = 'Vedi sotto.\n\n-------- Messaggio inoltrato --------\nOggetto: \tPreservation\nData: \tTue, 24 Nov 2026 08:55:40 -0800\nMittente: \tSlack Legal <legal@slack.com>\nA: \tagent@agency.example.it\n\nPreservation ID: SLK-00418277. Account: user ID kQ7rT2vXa9 (email: moth.green@yahoo.com)\n';
    expect(parseProviderEmail(mail, NOW).providerId).toBe('slack');
  });
});

describe('accounts on key-value lines keyed by a holder or an id', () => {
  it.each([
    ['Rider ID: 1729944031187622', '1729944031187622'],
    ['Seller ID: A3QF9ZK2LM7TXP', 'A3QF9ZK2LM7TXP'],
    ['  ID : 6541f0a2c9e3b7d8a1f4e605', '6541f0a2c9e3b7d8a1f4e605'],
    ['  Phone on the account: 07700 900561', '07700 900561'],
    ['Driver phone .......... (555) 013-8847', '(555) 013-8847'],
    ['  Rider: 0491 570 227 / reed.rides@gmail.com', '0491 570 227'],
  ])('"%s" names %s', (line, value) => {
    expect(parse(`Preservation ID: PRX-55310042\n\n${line}\n`).accountIdentifiers).toContain(value);
  });

  it("an officer's or a request's id on such a line is no account", () => {
    expect(parse('Preservation ID: PRX-55310042\nRequesting officer ID: 44120\nRequest ID: 5512093\n').accountIdentifiers).toEqual([]);
  });

  it('an id in brackets on the line under the name, or wrapped inside its bracket, is that account\'s', () => {
    expect(parse('Preservation ID: PRX-55310042\n  username : @pebble.wren\n  (id 5f3a9c1e2b7d4e0a9c11b2f3)\n').accountIdentifiers).toEqual(['@pebble.wren', '5f3a9c1e2b7d4e0a9c11b2f3']);
    expect(parse('Preservation ID: PRX-55310042. We preserved u/Reed_Moth_88 (account id\nt2_9x4kq7ml) today.').accountIdentifiers).toEqual(['u/Reed_Moth_88', 't2_9x4kq7ml']);
  });
});

describe('dates and sections', () => {
  it('a date a line wrap splits between month and day ("November⏎22, 2026") is read', () => {
    expect(parse("Records for 'glim.toad' were preserved as of November\n22, 2026.\n\nReference: PRX-7723019\n").confirmations.map((c) => c.preservedOn?.day)).toEqual(['2026-11-22']);
  });

  it('a sentence that names exactly one reference is that reference\'s, even when the reference closes it', () => {
    const parsed = parse('We completed both.\n\nThe channel twitch.tv/low_arc was preserved on November 17, 2026\n(reference QW-LE-55012). The channel twitch.tv/sparrow_ttv was preserved on\nNovember 18, 2026 (reference QW-LE-55013).\n');
    expect(parsed.confirmations.map((c) => [c.reference, c.preservedOn?.day, c.accounts.map((a) => a.value)])).toEqual([
      ['QW-LE-55012', '2026-11-17', ['twitch.tv/low_arc']],
      ['QW-LE-55013', '2026-11-18', ['twitch.tv/sparrow_ttv']],
    ]);
  });
});

describe('prose wraps and sign-offs', () => {
  it('"Thank you for contacting …" opening a message is no sign-off: the table under it is read', () => {
    const parsed = parse('Thank you for contacting Slack.\n\nWe have preserved the accounts below as of November 16, 2026.\n\n| Platform | Account |\n|---|---|\n| Slack | https://www.instagram.com/reed.ferry/ |\n\nPreservation ID: 7731904265\n');
    expect(parsed.accountIdentifiers).toEqual(['https://www.instagram.com/reed.ferry/']);
  });

  it("a signature's sign-off with a name after it is still one", () => {
    expect(parse('Preservation ID: 7731904265. We preserved @reed_ferry.\n\nKind regards, Jo Roe\n+44 7700 900123\n').accountIdentifiers).toEqual(['@reed_ferry']);
  });

  it('an account word and its id across a line wrap', () => {
    expect(parse('Per your request we have preserved customer records for the Slack account\n8f2c4e19a7b05d3c6e1f9a2b4c7d8e03, which holds the zone reed.shop.\nPreservation ID: PRX-041177\n').accountIdentifiers).toEqual(['8f2c4e19a7b05d3c6e1f9a2b4c7d8e03']);
  });

  it("a quoted name whose opening quote a wrap parts from it (\"username '⏎reed.77'\")", () => {
    expect(parse("Preservation of\nthe account with username '\nreed.77' under reference PRX-5517390 was completed.").accountIdentifiers).toEqual(['reed.77']);
  });
});

describe('tables and list items with several references', () => {
  it("a Markdown table's cell is its header's by its place in the row, though the columns do not line up", () => {
    const parsed = parse('| Slack Case | User ID | Username | Preserved On |\n|---|---|---|---|\n| SLK-PR-558021 | 812203947561038884 | reed_orrery | November 19, 2026 |\n| SLK-PR-558022 | 1130457820931145778 | reed.0 | November 18, 2026 |\n');
    expect(parsed.confirmations.map((c) => [c.reference, c.accounts.map((a) => a.value)])).toEqual([
      ['SLK-PR-558021', ['812203947561038884', 'reed_orrery']],
      ['SLK-PR-558022', ['1130457820931145778', 'reed.0']],
    ]);
  });

  it('a list item naming one reference is that reference\'s, its account before the reference', () => {
    const parsed = parse('We preserved the following accounts.\n\n1) UID 381920457 - Slack reference SLK-LE-26-77310 - preserved 2026-11-12\n2) UID 402277815 - Slack reference SLK-LE-26-77311 - preserved 2026-11-13\n');
    expect(parsed.confirmations.map((c) => [c.reference, c.preservedOn?.day, c.accounts.map((a) => a.value)])).toEqual([
      ['SLK-LE-26-77310', '2026-11-12', ['381920457']],
      ['SLK-LE-26-77311', '2026-11-13', ['402277815']],
    ]);
  });
});

describe('list items continued on an indented line', () => {
  it("an item's indented continuation and an abbreviation's full stop ('ref.') keep the item whole", () => {
    const parsed = parse('1. Rider account, phone (555) 010-3317 - Slack ref. SLK-PR-20458 - preserved 11/09/2026\n2. Driver account, licence on file, email reed.driver@yahoo.com\n   - Slack ref. SLK-PR-20466 - preserved 11/13/2026\n');
    expect(parsed.confirmations.map((c) => [c.reference, c.accounts.map((a) => a.value)])).toEqual([
      ['SLK-PR-20458', ['(555) 010-3317']],
      ['SLK-PR-20466', ['reed.driver@yahoo.com']],
    ]);
  });
});

describe("lines keyed by a product's name", () => {
  it('"Skype: live:.cid…" under a preservation gives the prefixed id; a product line with a plain word gives nothing', () => {
    const parsed = parse('GCC case number: 26-0417733\nPreservation completed on 11/17/2026 for:\n\n  Skype: live:.cid.7a3f09be21c4d5e8\n  Xbox: Pending\n');
    expect(parsed.accountIdentifiers).toEqual(['live:.cid.7a3f09be21c4d5e8']);
  });
});

describe('bounded time on hostile pastes', () => {
  it('a key with 100,000 leader dots and no value (each split of the dots was tried: 46 s before the fix)', () => {
    const started = performance.now();
    parse(`Rider phone ${'.'.repeat(100_000)} 1\n`);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('keys that name other things', () => {
  it.each(['Tracking ID: 1Z999AA10123456784', 'Process ID: 88120455', 'Invoice ID: INV-2026-5512', 'Payment ID: 7731904265'])('"%s" gives no account', (line) => {
    expect(parse(`Preservation ID: PRX-55310042\n\n${line}\n`).accountIdentifiers).toEqual([]);
  });
});

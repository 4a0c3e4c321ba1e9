import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/** Round 56 of the e-mail reader: each probe fails on the reader of e08a5a96, except the look-alikes that keep their reading. */
const read = (text: string) => parseProviderEmail(text, new Date('2026-12-01T12:00:00Z'));
const refs = (text: string) => read(text).confirmations.map((c) => c.reference);

describe('a bare reply above the request it answers, the request shown with no sender', () => {
  const request = '\n\n> ----- Original request (submitted via portal) -----\n> Agency case number: 26-SO-044172\n> Identifiers: ledgerfox.ohio@proton.me\n> Phone: 614-555-0129';
  it('is the provider message: its reference and accounts, not the request', () => {
    const r = read(`Hello Sgt. Okafor,\n\nCoinbase has completed the preservation request you submitted.\n\nCoinbase request ID: CB-LE-7f3a91\nDate preserved: 2026-11-03\n\nAccount preserved:\n  - Email: ledgerfox.ohio@proton.me${request}`);
    expect(r.confirmations.map((c) => c.reference)).toEqual(['CB-LE-7f3a91']);
    expect(r.confirmations[0]!.preservedOn?.day).toBe('2026-11-03');
  });
  it('confirms nothing where the reply refuses, though the request below names numbers', () => {
    expect(refs(`Dear Officer,\n\nYour request is not accompanied by a court order. No data has been preserved at this time.\n\n-----Original message-----\nSubject: Urgent preservation request - AVC/26/55817\n\nPlease preserve @ferrywick_exchange (user ID 6021847733).`)).toEqual([]);
  });
});

describe('a hold made on an earlier request that the words do not make the requester own', () => {
  const mail = (earlier: string) =>
    `From: WhatsApp Law Enforcement <records@support.whatsapp.com>\nDate: Mon, 2 Nov 2026 20:47:00 -0800\nSubject: Case #6624019873\n\nThis account is already subject to a preservation that was processed on October 14, 2026 in response to ${earlier} under Case #6610837725. Because an active preservation is already in place, we have not created a new one.`;
  it('confirms nothing', () => expect(refs(mail('an earlier request'))).toEqual([]));
  it("is the requester's where the words say so", () => expect(refs(mail('an earlier request from your agency'))).not.toEqual([]));
});

describe('numbers that are not the reference', () => {
  const paypal = (line: string) =>
    `From: PayPal Law Enforcement <le-support@paypal.com>\nDate: Tue, 17 Nov 2026 10:12:00 +0000\nSubject: Preservation\n\nPayPal has preserved the account.\n\nReference: PP-2611-LE-30917\n\nRecords will be kept for 90 days. ${line}`;
  it('a subpoena named by its number', () => expect(refs(paypal('Grand jury subpoena GJ-2026-0239, mentioned in your request, has not yet been received.'))).toEqual(['PP-2611-LE-30917']));
  it('an order named by its number', () => expect(refs(paypal('The Pro subscription (order #VMO-88213409) is included.'))).toEqual(['PP-2611-LE-30917']));
  it("a company's registration number cut at its dots", () => expect(refs(paypal('\n\nPayPal (Europe) S.à r.l.\nUID: CHE-000.000.000 (example)'))).toEqual(['PP-2611-LE-30917']));
});

it('a reference of capitals, a space and a dashed code after its label', () => {
  expect(refs(`From: MEGA Compliance <compliance@mega.nz>\nDate: Wed, 25 Nov 2026 10:00:00 +1300\nSubject: Preservation\n\nMEGA reference: LE 26-1183/A\nData preserved (NZDT): 25-11-2026\n\nAccount preserved:\n  Email: bluegumtrader@tutanota.com`)).toEqual(['LE 26-1183/A']);
});

it("an Australian officer's block under the provider's sign-off is the officer's, their mobile no account", () => {
  const r = read(`From: MEGA Compliance <compliance@mega.nz>\nDate: Wed, 25 Nov 2026 10:00:00 +1300\nSubject: Preservation\n\nMEGA reference: LE-26-1183\n\nAccount preserved:\n  Email: bluegumtrader@tutanota.com\n\nNgā mihi,\nMEGA Compliance Team\n\nDSC Hannah Prior | Taskforce Argos (example) | Queensland Police Service\nM 0491 570 156 | Reg. No. 2026/MC/0417`);
  expect(r.confirmations[0]!.accounts.map((a) => a.value)).toEqual(['bluegumtrader@tutanota.com']);
});

describe('what preserved data undergoes in general', () => {
  const amazon = (line: string) => `From: Amazon Law Enforcement Response <le-response-noreply@amazon.com>\nDate: Tue, 6 Oct 2026 12:10:00 -0700\nSubject: Request received\n\nReference number: LER-4471902\nRequest type: Preservation\n\nAmazon will review your request and notify you by email when it has been processed. ${line}`;
  it('is no preservation done', () => expect(refs(amazon('Preserved data is normally retained for 90 days.'))).toEqual([]));
  it('unlike preserved records held from this notice', () => expect(refs(amazon('Preserved records will be held for 90 days from the date of this notice.'))).toEqual(['LER-4471902']));
});

it("an order's date is not the preservation's ('the preservation order … dated 11.11.2026')", () => {
  const r = read(`From: Proton Legal <legal@proton.me>\nDate: Sat, 14 Nov 2026 10:02:33 +0100\nSubject: Our ref. PLT-26-3190\n\nWe refer to the preservation order of the Staatsanwaltschaft dated 11.11.2026, received on 12.11.2026.\n\nProton AG confirms that the account has been placed under preservation.\n\n  Account: vantablack.orchid@proton.me\n  Our reference: PLT-26-3190`);
  expect(r.confirmations[0]?.preservedOn?.day).not.toBe('2026-11-11');
});

it("a sender's domain is read from its registered name leftwards: 'zoom' of lers.zoom…, not the host's 'lers'", () => {
  expect(read(`From: Zoom Law Enforcement Response <no-reply@lers.zoom.example-le.com>\nDate: Wed, 21 Oct 2026 20:16:00 -0700\nSubject: Request completed\n\nRequest ID: ZLR-2610-21847\nStatus: Completed`).providerId).toBe('zoom');
});

describe('an extension the provider tells how to request', () => {
  const google = (line: string) =>
    `From: Google <lers-noreply@google.com>\nDate: Wed, 4 Nov 2026 09:00:00 -0800\nSubject: Preservation\n\nGoogle Ref. 52816604\nAccount: harrowgate.milo@gmail.com\nStatus: Preserved\nPreserved on: November 3, 2026\n\n${line}`;
  it('is no extension', () => {
    const c = read(google('To request that the preservation be extended, please submit the extension request through LERS.')).confirmations[0]!;
    expect(c.extension).toBeUndefined();
    expect(c.preservedOn?.day).toBe('2026-11-03');
  });
  it('unlike one done', () => expect(read(google('The preservation has been extended for a further 90 days.')).confirmations[0]!.extension).toBeDefined());
});

describe('a provider named by its parent company or its department', () => {
  it("a sender's domain of the parent company a provider's own words name ('…@sie.sony.com': Sony Interactive Entertainment)", () => {
    expect(read(`From: SIE Law Enforcement Response <le-response@sie.sony.com>\nDate: Thu, 12 Nov 2026 18:47:00 +0100\nSubject: Preservation Confirmation / SIEE-LE-26-1187\n\nReference: SIEE-LE-26-1187\nStatus: Preserved`).providerId).toBe('playstation');
  });
  it("a domain named by a word that only closes a provider's names ('Sony Interactive Entertainment') names no provider", () => {
    expect(read(`From: Help Desk <help@entertainment.com>\nDate: Thu, 12 Nov 2026 18:47:00 +0100\nSubject: Preservation\n\nReference: HD-2026-1187\nStatus: Preserved`).providerId).toBeNull();
  });
  it("a certified-mail service's sender with the provider's name before its department is the provider's, under a colleague's forward", () => {
    const r = read(`FYI - preservation confirmed, please log.\n\nDet. Sam Reyes | Cyber Unit\n\n-----Original Message-----\nDa: Subito - Ufficio Legale <subito.legale@legalmail.it>\nData: martedì 10 novembre 2026 16:05\nOggetto: Riscontro richiesta di conservazione dati - Pratica SBT-LE-003184\n\nVi confermiamo che i dati dell'account 104772391 sono stati conservati in data 09/11/2026.\n\nPratica: SBT-LE-003184`);
    expect(r.providerId).toBe('subito');
    expect(r.confirmations.map((c) => c.reference)).toEqual(['SBT-LE-003184']);
  });
});

it("'Nuestro número de expediente' is the provider's own file, beside the agency's 'Su referencia'", () => {
  expect(refs(`From: Wallapop <legal@wallapop.com>\nDate: Tue, 17 Nov 2026 10:12:00 +0000\nSubject: Conservación\n\nHemos conservado los datos. Nuestro número de expediente: WPOP-2026-0419. Su referencia: DP 1187/2026.`)).toEqual(['WPOP-2026-0419']);
});

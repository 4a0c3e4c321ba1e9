import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/** Round 57 of the e-mail reader: each probe fails on the reader of ffdf88de, except the look-alikes that keep their reading. */
const read = (text: string) => parseProviderEmail(text, new Date('2026-12-01T12:00:00Z'));
const refs = (text: string) => read(text).confirmations.map((c) => c.reference);
const mail = (from: string, body: string, date = 'Tue, 17 Nov 2026 10:12:00 -0500', subject = 'Preservation') =>
  `From: ${from}\nTo: det.k.morrow@metro-police.example\nDate: ${date}\nSubject: ${subject}\n\n${body}`;

describe("a reference after another language's label", () => {
  it('a German ticket number', () => {
    expect(refs(mail('Yahoo <lawenforcement@yahooinc.com>', 'Die Daten des Kontos wurden gesichert. Ticketnummer: 2026112000123'))).toEqual(['2026112000123']);
  });
  it('a Dutch reference with one slash inside', () => {
    expect(refs(mail('Marktplaats <juridisch@marktplaats.nl>', 'De gegevens zijn bewaard. Referentienummer: MP/88124'))).toEqual(['MP/88124']);
  });
  it('a number of several slashed parts that ends its line, as before', () => {
    expect(refs(mail('OVHcloud <legal@ovhcloud.com>', 'Nous avons conservé les données du compte.\nNuméro de dossier : OVH/LE/2026/0473\n'))).toEqual(['OVH/LE/2026/0473']);
  });
  it("not the addressee's, abbreviated before the label ('V/Réf.', 'Vs. rif.')", () => {
    expect(refs(mail('leboncoin <juridique@leboncoin.fr>', "Nous faisons suite à votre réquisition (V/Réf. 2026/013/0458). Les données de l'annonce ont été conservées.\nRéférence : LBC-RQ-77311"))).toEqual(['LBC-RQ-77311']);
    expect(refs(mail('Subito - Ufficio Legale <legale@subito.it>', 'In riferimento alla Vostra richiesta (Vs. rif. 9918/2026), Vi confermiamo la conservazione dei dati.\nRiferimento: SBT-LE-003185'))).toEqual(['SBT-LE-003185']);
  });
});

describe('values that are no account or reference', () => {
  it("an address given as the form identifiers should take", () => {
    const r = read(mail('Google <lis-noreply@google.com>', 'Google has preserved the account rivet.hollow@gmail.com under reference 88120455.\n\nFor future requests, please give identifiers in the form username@domain.com.'));
    expect(r.confirmations[0]!.accounts.map((a) => a.value)).toEqual(['rivet.hollow@gmail.com']);
  });
  it('a payment named by its number, beside the reference', () => {
    expect(refs(mail('PayPal <lawenforcement@paypal.com>', 'PayPal has preserved the account m.ferrante@outlook.it. Reference: PP-LE-2611-0042. The flagged payment TXN-88120-AB remains under review.'))).toEqual(['PP-LE-2611-0042']);
  });
});

describe('preservation dates', () => {
  const day = (text: string) => read(text).confirmations[0]?.preservedOn;
  it("a French text's numeric date is day first (its accented words count)", () => {
    expect(day(mail('OVHcloud <legal@ovhcloud.com>', 'Les données ont été conservées le 10/11/2026. Numéro de dossier : DOS-2026-11-0474.'))?.day).toBe('2026-11-10');
  });
  it('a Japanese date before the verb of preserving', () => {
    const on = day(mail('LINE <lea@linecorp.com>', '2026年11月13日にアカウントのデータを保全しました。Reference: LINE-LE-2026-0131.'));
    expect(on).toMatchObject({ day: '2026-11-13', source: 'stated' });
  });
  it("a participle of doing after the date, the preservation's noun before it", () => {
    expect(day(mail('GMX <legal@gmx.net>', 'Ihre Sicherungsanfrage wurde am 14.11.2026 erledigt. Referenz: GMX-LE-2026-0415.'))).toMatchObject({ day: '2026-11-14', source: 'stated' });
  });
  it("not where the noun is an extension's", () => {
    const on = day(mail('Apple <lawenforcement@apple.com>', 'Ihre Anfrage zur Verlängerung der Datensicherung wurde am 9. November 2026 bearbeitet.\nNeue Referenznummer: PRS-2026-118205\nFrühere Referenznummer: PRS-2026-081338 (Sicherung vom 12. August 2026)', 'Mon, 9 Nov 2026 18:22:05 +0100'));
    expect(on).not.toMatchObject({ day: '2026-11-09', source: 'stated' });
  });
  it('not a Japanese date the data is kept until', () => {
    const on = day(mail('LINE <lea@linecorp.com>', 'データは2027年2月15日まで保全されます。Reference: LINE-LE-2026-0132.'));
    expect(on?.day).not.toBe('2027-02-15');
  });
});

describe('the account not found', () => {
  it('confirms nothing', () => {
    expect(refs(mail('Snap <lawenforcement@snapchat.com>', 'We were unable to locate an account matching the username you provided. Reference: SNAP-NF-2026-0091. Please verify the identifier and resubmit.'))).toEqual([]);
  });
  it('beside an account preserved, confirms that one', () => {
    expect(refs(mail('Snap <lawenforcement@snapchat.com>', 'We preserved the account @dune.tally; we could not locate @ghost.tally. Reference: SNAP-PR-2026-88122.'))).toEqual(['SNAP-PR-2026-88122']);
  });
});

import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';
import { nearbyAccounts } from '../../../register/email/account-proximity';
import { inside, signatureSpans } from '../../../register/email/signature';
import { englishProblemText } from '../../../i18n/problems';

/** Round 4: mechanisms that carry over to mail by new authors (signatures by structure, accounts by proximity). */
const NOW = new Date('2026-12-01T12:00:00Z');
const accounts = (text: string) => parseProviderEmail(text, NOW).accountIdentifiers;
const header = (from: string) => `From: ${from}\nDate: Tue, 24 Nov 2026 14:00:00 -0800\nSubject: Preservation\n\n`;

describe('signatures found by their structure', () => {
  it('spans the lines after a sign-off, in English and other languages', () => {
    for (const signOff of ['Kind regards,', 'Mit freundlichen Grüßen', 'Cordialement,', 'Met vriendelijke groet', 'Sent from my iPhone']) {
      const text = `We preserved the account.\n\n${signOff}\nAnna Berg\n07700 900812\n`;
      const spans = signatureSpans(text, 0, text.length);
      const phone = text.indexOf('07700');
      expect(inside(spans, phone, phone + 12), signOff).toBe(true);
      expect(inside(spans, 0, 5), signOff).toBe(false);
    }
  });

  it('spans a closing paragraph that starts with a name and holds a contact line, with no sign-off', () => {
    const text = 'The accounts were preserved.\n\nReddit, Inc.\nLegal Operations\nPhone 415-555-0100\n';
    const phone = text.indexOf('415');
    expect(inside(signatureSpans(text, 0, text.length), phone, phone + 12)).toBe(true);
  });

  it('does not take a closing list of accounts for a signature', () => {
    const text = 'The following accounts were preserved:\n\nAccount: sparrow.inlet@yahoo.com\nPhone: +1 555 010 4477\n';
    expect(signatureSpans(text, 0, text.length)).toEqual([]);
  });

  it("keeps the provider's phone in its signature and the officer's phone out of the accounts", () => {
    const email = `${header('Reddit Legal <legalrequests@reddit.com>')}The following Reddit accounts were preserved on 11/19/2026:\n * u/Pale_Orbit_31\n\nReddit reference: RDT-2026-11-0451\n\nReddit, Inc.\nLegal Operations\nPhone 415-555-0100\n`;
    expect(accounts(email)).toEqual(['u/Pale_Orbit_31']);
  });

  it('a "Mobile number:" label in a target list is no signature line', () => {
    const email = `${header('WhatsApp LE <lawenforcement@support.whatsapp.com>')}We have preserved the following account on 23 November 2026.\n\nMobile number: +44 7700 900321\nReference: WA-2026-55120\n`;
    expect(accounts(email)).toEqual(['+44 7700 900321']);
  });
});

describe('accounts by shape and proximity to an account word', () => {
  const values = (text: string) => nearbyAccounts(text, 0, text.length).map((a) => a.value);

  it('takes a username a few words after the word, in several languages', () => {
    expect(values('The Snapchat user identified by the name coral.drift_5 has been preserved')).toEqual(['coral.drift_5']);
    expect(values('Nutzer: frostbyte_07')).toEqual(['frostbyte_07']);
    expect(values("Nom d'utilisateur : mirabelle_ok.92")).toEqual(['mirabelle_ok.92']);
    expect(values('los datos de la cuenta 1130447726918230001 el 22/11/2026')).toEqual(['1130447726918230001']);
    expect(values('the accounts frost_1, frost_2 and frost_3 were preserved')).toEqual(['frost_1', 'frost_2', 'frost_3']);
  });

  it("takes nothing after another thing's noun, a negation, a domain or a date written as digits", () => {
    expect(values('the account holder placed order 55120093')).toEqual([]);
    expect(values('the user did not use name_2')).toEqual([]);
    expect(values('the account at example.com')).toEqual([]);
    expect(values('accounts preserved 20261123')).toEqual([]);
    expect(values('the user in message 998877665544')).toEqual([]);
  });

  it('keeps the offsets of the value', () => {
    const text = 'Konto "nightowl" preserved';
    const [found] = nearbyAccounts(text, 0, text.length);
    expect(text.slice(found!.start, found!.end)).toBe('nightowl');
  });
});

describe('what the provider says about itself and about what it did not preserve', () => {
  it("a phone in a sentence telling the reader how to reach the provider is the provider's", () => {
    const email = `${header('Airbnb LE <lawenforcement@airbnb.com>')}We have preserved the user account https://www.airbnb.com/users/show/44120981 as of November 23, 2026.\nAirbnb reference: AIR-LE-2026-00912\nIf you have questions, call +1 415 555 0100.\n`;
    expect(accounts(email)).toEqual(['https://www.airbnb.com/users/show/44120981']);
  });

  it('"were not preserved" drops what the sentence names; "secured on" dates the preservation', () => {
    const r = parseProviderEmail(
      `${header('Telegram <abuse@telegram.org>')}The data of the user @gull_signal has been secured on 23.11.2026. Chat 1001223344 and channel t.me/gullnews were not preserved.\nOur reference: TG-LE/2026/4471\n`,
      NOW,
    );
    expect(r.confirmations.map((c) => [c.reference, c.preservedOn?.day, c.accounts.map((a) => a.value)])).toEqual([['TG-LE/2026/4471', '2026-11-23', ['@gull_signal']]]);
  });
});

describe('references and dates in other languages', () => {
  it("a French reference label with the provider's name in it, the agency's dossier left out", () => {
    const r = parseProviderEmail(
      "De : Meta Platforms Ireland <records@fb.com>\nEnvoyé : mercredi 25 novembre 2026 10:02\nObjet : Conservation de données - Dossier n° 2026/118\n\nNous confirmons la conservation des données du compte Instagram :\nIdentifiant du compte : 17841400123456789\nNom d'utilisateur : mirabelle_ok.92\n\nNuméro de référence Meta : 9928133\nLes données ont été conservées le 24/11/2026 pour une durée de 90 jours.\n",
      NOW,
    );
    expect(r.references).toEqual(['9928133']);
    expect(r.preservedOn).toBe('2026-11-24');
    expect(r.accountIdentifiers).toEqual(['17841400123456789', 'mirabelle_ok.92']);
  });

  it('a Spanish participle dates the preservation; "su expediente" is the agency\'s', () => {
    const r = parseProviderEmail(
      `${header('Discord <lawenforcement@discord.com>')}Hemos conservado los datos de la cuenta 1130447726918230001 el 22/11/2026.\nNúmero de referencia: DISC-90012\nSu expediente: 4471-2026-B\n`,
      NOW,
    );
    expect(r.references).toEqual(['DISC-90012']);
    expect(r.preservedOn).toBe('2026-11-22');
  });
});

describe('French mail: a lower-case month without a year, a participle with an accent, a name in guillemets', () => {
  it('reads "conservé le 23 novembre" as the preservation date and « lune_22 » as the account', () => {
    const r = parseProviderEmail(
      'De : Snap <lawenforcement@snap.com>\nEnvoyé : mardi 24 novembre 2026 10:02\nObjet : Conservation\n\nBonjour,\nLe compte « lune_22 » a été conservé le 23 novembre.\nRéférence Snap : SNAP-PR-20261123-0999\n',
      NOW,
    );
    expect(r.confirmations.map((c) => [c.reference, c.preservedOn?.day, c.preservedOn?.source, c.accounts.map((a) => a.value)])).toEqual([
      ['SNAP-PR-20261123-0999', '2026-11-23', 'stated', ['lune_22']],
    ]);
  });

  it('"may 5" in lower case is still no date', () => {
    expect(parseProviderEmail(`${header('lawenforcement@snap.com')}We preserved the account; you may 5 times ask. Reference: SNAP-PR-20261122-0042\n`, NOW).preservedOn).toBe('2026-11-24');
  });
});

describe('a provider not in the registry', () => {
  it("proposes the record without a provider, names the sender's domain and says so", () => {
    const text = `${header('noreply@streamvault.example')}StreamVault has preserved the account "nightowl_gg" as of November 22, 2026.\nRequest number: SV-2026-7781\n`;
    const r = parseProviderEmail(text, NOW);
    expect(r.providerId).toBe(null);
    expect(r.unrecognisedSender?.domain).toBe('streamvault.example');
    expect(r.unrecognisedSender?.evidence.quote).toBe('streamvault.example');
    expect(r.warnings.map(englishProblemText).join(' ')).toMatch(/Provider not recognised: the e-mail comes from streamvault\.example/);
    expect(r.references).toEqual(['SV-2026-7781']);
    expect(r.accountIdentifiers).toEqual(['nightowl_gg']);
  });

  it('a recognised provider has no such warning', () => {
    const r = parseProviderEmail(`${header('lawenforcement@snap.com')}We preserved the account on November 22, 2026. Reference: SNAP-PR-20261122-0042\n`, NOW);
    expect(r.unrecognisedSender).toBeUndefined();
    expect(r.warnings).toEqual([]);
  });
});

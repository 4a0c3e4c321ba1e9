import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 21 (holdout20's kinds): each shown on invented mail in other providers, words, languages and
 * layouts than the corpus's, with probes that must read the new way (each failed before its change) and probes that
 * must not change.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const read = (text: string) => {
  const r = parseProviderEmail(text, NOW);
  return { providerId: r.providerId, references: r.references, preservedOn: r.preservedOn, accounts: r.accountIdentifiers };
};
const perReference = (text: string) =>
  Object.fromEntries(parseProviderEmail(text, NOW).confirmations.map((c) => [c.reference, { date: c.preservedOn?.day ?? null, accounts: c.accounts.map((a) => a.value) }]));

describe('confirmations: the preservation carried out, in the Romance languages\' "proceeded to" ("avoir procédé à la conservation")', () => {
  it.each([
    [
      'From: Equipo Legal de Telegram <legal@telegram.org>\nDate: Tue, 10 Nov 2026 09:12:00 +0100\n\nEstimado agente:\n\nLe confirmamos que hemos procedido a la conservación de los datos de la cuenta @brisa_norte el 09/11/2026.\n\nReferencia Telegram: TG-CONS-44120\n\nLos datos serán conservados durante un plazo de 90 días.\n',
      { references: ['TG-CONS-44120'], preservedOn: '2026-11-09', accounts: ['@brisa_norte'] },
    ],
    [
      'Da: Twitch Legal <legal@twitch.tv>\nInviato: 12/11/2026 10:40\nOggetto: Conservazione dati\n\nGentile Ispettore,\n\nabbiamo proceduto alla conservazione dei dati relativi all\'utente twitch.tv/lucciola_blu in data 11/11/2026.\n\nRiferimento: TW-LE-2611-3391\n\nI dati saranno conservati per un periodo di 90 giorni.\n',
      { references: ['TW-LE-2611-3391'], preservedOn: '2026-11-11', accounts: ['twitch.tv/lucciola_blu'] },
    ],
    [
      'De: Dropbox Jurídico <legal@dropbox.com>\nData: 13 de nov. de 2026 08:05\n\nPrezado delegado,\n\nA Dropbox procedeu à preservação dos dados da conta mar.salgado@outlook.com em 12/11/2026.\n\nReferência: DBX-PR-77120\n\nOs dados serão preservados por um período de 90 dias.\n',
      { references: ['DBX-PR-77120'], preservedOn: '2026-11-12', accounts: ['mar.salgado@outlook.com'] },
    ],
  ])('confirms the preservation: %s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });

  it.each([
    // Put off: the preservation will be carried out, or once it is.
    'From: Equipo Legal de Telegram <legal@telegram.org>\nDate: Tue, 10 Nov 2026 09:12:00 +0100\n\nHemos recibido su solicitud. Procederemos a la conservación de los datos una vez verificada la orden.\n\nReferencia Telegram: TG-CONS-44121\n',
    'Da: Twitch Legal <legal@twitch.tv>\nInviato: 12/11/2026 10:40\n\nAbbiamo ricevuto la richiesta; una volta verificata, avremo proceduto alla conservazione dei dati.\n\nRiferimento: TW-LE-2611-3392\n',
    'De: Dropbox Jurídico <legal@dropbox.com>\nData: 13 de nov. de 2026 08:05\n\nRecebemos o pedido. Assim que a ordem for validada, procederemos à preservação dos dados.\n\nReferência: DBX-PR-77121\n',
  ])('still confirms nothing where it is put off or denied: %s', (text) => {
    expect(read(text).references).toEqual([]);
  });
});

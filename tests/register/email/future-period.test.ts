import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * A preservation in the future is asserted with the period it runs for ("Data will be preserved for a period of 90
 * days"), in the other languages read too: the period's preposition and the words before its number ("pour une durée
 * de", "per un periodo di", "voor een periode van").
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const HEADER = 'From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Wed, 18 Nov 2026 10:00:00 +0100\n\n';
const read = (body: string) => {
  const r = parseProviderEmail(`${HEADER}${body}\n`, NOW);
  return { references: r.references, preservedOn: r.preservedOn };
};

describe('a future preservation with its period, in other languages', () => {
  it.each([
    'Bonjour, les données du compte lune.bleue77 seront conservées pour une durée de 90 jours. Référence : SNAP-LE-2611-0931.',
    'Buongiorno, i dati dell\'account lune.bleue77 saranno conservati per un periodo di 90 giorni. Riferimento: SNAP-LE-2611-0931.',
    'Goedemiddag, de gegevens van het account lune.bleue77 worden bewaard voor een periode van 90 dagen. Referentie: SNAP-LE-2611-0931.',
  ])('confirms it: %s', (body) => {
    expect(read(body)).toEqual({ references: ['SNAP-LE-2611-0931'], preservedOn: '2026-11-18' });
  });

  it.each([
    'Bonjour, les données du compte lune.bleue77 pourraient être conservées pour une durée de 90 jours si vous nous envoyez une demande. Référence : SNAP-LE-2611-0931.',
    'Buongiorno, una volta ricevuta la richiesta, i dati saranno conservati per un periodo di 90 giorni. Riferimento: SNAP-LE-2611-0931.',
    'Bonjour, les données du compte lune.bleue77 seront conservées dès réception de votre demande. Référence : SNAP-LE-2611-0931.',
  ])('confirms nothing where it is a condition or has no period: %s', (body) => {
    expect(read(body).references).toEqual([]);
  });
});

describe('a future preservation with its period, in German (the period before the verb) and Polish', () => {
  it.each([
    ['Guten Tag, die Daten des Kontos lune.bleue77 werden für einen Zeitraum von 90 Tagen gesichert. Referenz: SNAP-LE-2611-0931.', '2026-11-18'],
    ['Guten Tag, die Daten des Kontos lune.bleue77 bleiben bis zum 23.02.2027 gespeichert. Referenz: SNAP-LE-2611-0931.', '2026-11-18'],
    ['Dzień dobry, dane konta lune.bleue77 zostaną zabezpieczone na okres 90 dni. Numer referencyjny: SNAP-LE-2611-0931.', '2026-11-18'],
    ['Dzień dobry, dane konta lune.bleue77 zabezpieczono w dniu 17.11.2026. Numer referencyjny: SNAP-LE-2611-0931.', '2026-11-17'],
  ])('confirms it: %s', (body, day) => {
    expect(read(body)).toEqual({ references: ['SNAP-LE-2611-0931'], preservedOn: day });
  });

  it.each([
    'Guten Tag, die Daten des Kontos lune.bleue77 würden für einen Zeitraum von 90 Tagen gesichert, wenn Sie einen Antrag stellen. Referenz: SNAP-LE-2611-0931.',
    'Guten Tag, die Daten des Kontos lune.bleue77 könnten für einen Zeitraum von 90 Tagen gesichert werden. Referenz: SNAP-LE-2611-0931.',
    'Dzień dobry, dane konta lune.bleue77 mogłyby zostać zabezpieczone na okres 90 dni po otrzymaniu wniosku. Numer referencyjny: SNAP-LE-2611-0931.',
    'Guten Tag, die Daten des Kontos lune.bleue77 werden nach Eingang Ihres Antrags gesichert. Referenz: SNAP-LE-2611-0931.',
  ])('confirms nothing where it is a condition or has no period: %s', (body) => {
    expect(read(body).references).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { pointsAtListedAccounts } from '../../../register/email/pointed-accounts';

describe('pointsAtListedAccounts', () => {
  it.each([
    'Confirming the account below has been preserved.',
    'erledigt, die Daten zu den beiden unten genannten Konten sind gesichert.',
    "c'est fait, conservation effectuée le 03/02/2027 pour les 2 comptes ci-dessous.",
    "fatto, dati dell'utente qui sotto conservati.",
    'ok, sikret i dag, begge brukerne nedenfor.',
    'Done. Wallet a/c (mobile no. mentioned below) preserved.',
  ])('reads a pointer and a word of preserving in one sentence: %s', (text) => {
    expect(pointsAtListedAccounts(text)).toBe(true);
  });
  it.each([
    'Please see the details below.',
    'The preservation is in place.\n\nYour request is quoted below.',
  ])('does not read a pointer without preserving in its sentence: %s', (text) => {
    expect(pointsAtListedAccounts(text)).toBe(false);
  });
});

describe('pointsAtListedAccounts, what the pointer points at', () => {
  it('does not read a pointer at a number as one at the accounts', () => {
    expect(pointsAtListedAccounts('we preserved data under the reference above.')).toBe(false);
  });
});

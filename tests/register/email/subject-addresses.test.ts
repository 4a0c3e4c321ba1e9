import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * A header block's addresses are its correspondents' and never an account, but only on a line whose value names
 * correspondents (an address in angle brackets, "mailto:", addresses alone): a subject that names the request's target
 * ("Subject: RE: Preservation Request - silt.harbor@icloud.com") is no correspondent's, and the body's preserved
 * account of that address is proposed.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const accounts = (text: string) => parseProviderEmail(text, NOW).accountIdentifiers;

describe('an address in a header block', () => {
  it.each([
    [
      'From: Apple Law Enforcement <lawenforcement@apple.com>\nSent: Tuesday, November 17, 2026 4:02 PM\nTo: Det. Ana Roe <a.roe@metro-pd.example.gov>\nSubject: RE: Preservation Request - silt.harbor@icloud.com\n\nHello Detective,\n\nThe iCloud account silt.harbor@icloud.com has been preserved on November 16, 2026.\nApple reference: PRS-2611-00418\n',
      'silt.harbor@icloud.com',
    ],
    [
      'Von: Microsoft Law Enforcement <lenss@microsoft.com>\nGesendet: Dienstag, 17. November 2026 16:02\nAn: KOK Lena Stratmann <l.stratmann@polizei.example.de>\nBetreff: AW: Sicherung des Kontos kiesel.moor@outlook.de\n\nSehr geehrte Frau Stratmann,\n\ndas Konto kiesel.moor@outlook.de wurde am 16.11.2026 gesichert.\nReferenz: GCC-2611-0091735\n',
      'kiesel.moor@outlook.de',
    ],
    [
      'De : Yahoo Custodian of Records <custodian-noreply@yahooinc.com>\nEnvoyé : mardi 17 novembre 2026 16:02\nÀ : Lt. Paul Morel <p.morel@gendarmerie.example.fr>\nObjet : RE: Demande de conservation - lune.bleue77@yahoo.fr\n\nBonjour,\n\nLe compte lune.bleue77@yahoo.fr a été conservé le 16 novembre 2026.\nRéférence : YH-PRV-884013\n',
      'lune.bleue77@yahoo.fr',
    ],
  ])('takes the preserved account a subject names too: %s', (text, account) => {
    expect(accounts(text)).toContain(account);
  });

  it.each([
    ['From: Apple Law Enforcement <lawenforcement@apple.com>\nTo: Det. Ana Roe <a.roe@metro-pd.example.gov>\nCc: cyber.unit@metro-pd.example.gov\nSubject: RE: Preservation Request\n\nThe account silt.harbor@icloud.com has been preserved on November 16, 2026.\nApple reference: PRS-2611-00418\n', 'cyber.unit@metro-pd.example.gov'],
    ['From: Apple Law Enforcement <lawenforcement@apple.com>\nTo: a.roe@metro-pd.example.gov; b.lee@metro-pd.example.gov\nSubject: RE: Preservation Request\n\nThe account silt.harbor@icloud.com has been preserved on November 16, 2026.\nApple reference: PRS-2611-00418\n', 'b.lee@metro-pd.example.gov'],
    ['From: Apple Law Enforcement <lawenforcement@apple.com>\nReply-To: mailto:lawenforcement@apple.com\nTo: Det. Ana Roe <a.roe@metro-pd.example.gov>\nSubject: RE: Preservation Request\n\nThe account silt.harbor@icloud.com has been preserved on November 16, 2026.\nApple reference: PRS-2611-00418\n', 'lawenforcement@apple.com'],
  ])('never takes a correspondent\'s: %s', (text, address) => {
    expect(accounts(text)).not.toContain(address);
    expect(accounts(text)).toContain('silt.harbor@icloud.com');
  });
});

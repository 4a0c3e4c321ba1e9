/**
 * An account's id or number named in the other languages read ("Klant-ID", "Kundennummer", "Nutzer-ID", "Konto-ID",
 * "verkopersnummer", "annonsör-ID" (an advertiser's), "partnernummer" (a seller's at bol), "fiókazonosító", "numer klienta", "číslo zákazníka"): one list for both readers, the accounts'
 * (the value after it is an account) and the references' (the value after it is no reference).
 */
export const ACCOUNT_ID_LABEL_I18N = String.raw`(?:klant|kunden?|kund|gebruikers?|benutzer|nutzer|mitglieds|verkäufer|käufer|verkopers?|koper|konto|annonsör|annonsør|annoncør|inserent|partner)(?:[ \t-]?(?:id|nr\.?)|nummer)|kundenummer|fiókazonosító|felhasználói[ \t]azonosító|(?:id|numer)[ \t]+(?:klienta|użytkownika|konta)|(?:id|číslo)[ \t]+(?:zákazníka|uživatele|účtu)`;

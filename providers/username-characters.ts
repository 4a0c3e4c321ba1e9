/**
 * The character sets platforms allow in usernames. A provider names one (`accountFormats[].characters`); the check
 * tests a username against its pattern and words it in the investigator's language (`rules.username.allowed.*`).
 */
export const USERNAME_CHARACTERS = {
  'letters-digits-periods-underscores': { pattern: /^[A-Za-z0-9._]+$/, english: 'letters, digits, periods and underscores' },
  'letters-digits-underscores': { pattern: /^[A-Za-z0-9_]+$/, english: 'letters, digits and underscores' },
} as const satisfies Record<string, { pattern: RegExp; english: string }>;

export type UsernameCharacters = keyof typeof USERNAME_CHARACTERS;

export const USERNAME_CHARACTER_SETS = Object.keys(USERNAME_CHARACTERS) as [UsernameCharacters, ...UsernameCharacters[]];

import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../register/email';

/** The sender words are provider data (`emailWords`); the e-mail reader must find each provider by them. */
describe('provider of a pasted e-mail', () => {
  it.each([
    ['From: Facebook Records <records@fb.com>', 'meta'],
    ['From: noreply@google.com', 'google'],
    ['From: law enforcement <lawenforcement@snapchat.com>', 'snap'],
    ['From: legal@twitter.com', 'x'],
    ['From: noreply@discord.com', 'discord'],
    ['From: lawenforcement@microsoft.com', 'microsoft'],
    ['From: lawenforcement@apple.com', 'apple'],
    ['From: lawenforcement@tiktok.com', 'tiktok'],
    ['From: legal@pinterest.com', 'pinterest'],
    ['From: requests@oath.com', 'yahoo'],
  ])('%s -> %s', (from, id) => {
    expect(parseProviderEmail(`${from}\nSubject: Preservation\n\nWe preserved the account.`).providerId).toBe(id);
  });

  it('reads the text when the sender says nothing, and keeps Discord to its lower-case domain, its signing teams and DISC- references', () => {
    expect(parseProviderEmail('From: portal@kodex.example\n\nYour request DISC-48213 was received.').providerId).toBe('discord');
    expect(parseProviderEmail('From: notices@kodex.example\n\nThe account data was preserved.\n\nDiscord Legal').providerId).toBe('discord');
    expect(parseProviderEmail('From: notices@kodex.example\n\nPreserved.\n\nDiscord Trust & Safety').providerId).toBe('discord');
    expect(parseProviderEmail('From: portal@kodex.example\n\nThe user mentioned Discord.').providerId).toBe(null);
  });

  it('finds no provider in an unrelated e-mail', () => {
    expect(parseProviderEmail('From: colleague@police.example\n\nLunch at noon?').providerId).toBe(null);
  });
});

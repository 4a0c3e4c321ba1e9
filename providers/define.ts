import type { ProviderInput } from './schema';

/**
 * Identity helper so each provider file is type-checked where it is written. It lives apart from `schema.ts`
 * so that the content script bundles the provider data without the Zod schema (validated in the tests).
 */
export function defineProvider(provider: ProviderInput): ProviderInput {
  return provider;
}

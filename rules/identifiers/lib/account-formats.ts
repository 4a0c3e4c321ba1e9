import { providers } from '../../../providers/registry';
import type { AccountFormat } from '../../../providers/schema';

export interface ProviderAccountFormat extends AccountFormat {
  /** The provider whose portal takes these usernames. */
  providerId: string;
}

/** Every platform username format the providers declare. */
export const ACCOUNT_FORMATS: readonly ProviderAccountFormat[] = providers.flatMap((provider) =>
  (provider.accountFormats ?? []).map((format) => ({ ...format, providerId: provider.id })),
);

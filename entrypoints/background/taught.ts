import { changeTaughtPage, pagePatternOf, taughtForPage, type TaughtChange, type TaughtPage } from '../../storage/taught';
import type { GuideContext } from './router';

/**
 * The guide learns and changes only what is taught about its own page: the provider and the page pattern are the
 * sender's (what the browser reports), never the message's, so a guide cannot read or teach another portal's page.
 */
export function taughtForSender(sender: GuideContext): Promise<TaughtPage | null> {
  return taughtForPage(sender.providerId, pagePatternOf(sender.url));
}

export function teachForSender(change: TaughtChange, sender: GuideContext): Promise<TaughtPage | null> {
  return changeTaughtPage(sender.providerId, pagePatternOf(sender.url), change);
}

import type { MessageKey } from '../../i18n/catalogue';
import type { T } from '../../i18n/catalogues';
import type { Params } from '../../i18n/types';

const MARK = '\uE000';

/**
 * A message split around several placeholders that become elements (`<time>`), in the order the translation puts
 * them: strings for the words, `{ slot }` where an element goes.
 */
export function messageParts<S extends string>(t: T, key: MessageKey, slots: readonly S[], params: Params = {}): Array<string | { slot: S }> {
  const marked = t(key, { ...params, ...Object.fromEntries(slots.map((slot, i) => [slot, `${MARK}${i}${MARK}`])) });
  return marked
    .split(new RegExp(`${MARK}(\\d+)${MARK}`))
    .map((part, i) => (i % 2 === 1 ? { slot: slots[Number(part)]! } : part))
    .filter((part) => part !== '');
}

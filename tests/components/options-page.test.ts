import { describe, expect, it } from 'vitest';
import { parseReminderDays } from '../../components/OptionsPage';

describe('reminder days setting', () => {
  it.each([
    ['14, 7, 0', [14, 7, 0]],
    ['30 14 7 1 0', [30, 14, 7, 1, 0]],
    ['7,7,14', [14, 7]],
  ])('reads %j', (text, days) => expect(parseReminderDays(text)).toEqual(days));
  it.each(['', 'soon', '-1', '400', '1.5'])('refuses %j', (text) => expect(parseReminderDays(text)).toBeNull());
});

import { describe, expect, it } from 'vitest';
import { analyzeNarrative } from '../../../rules/emergency/lib/narrative';
import { NOW } from '../helpers';

/**
 * Round 8 of issue 13: each mechanism probed with sentences of our own that no narrative set holds, both ways.
 */
const read = (text: string) => analyzeNarrative(text, NOW);

describe('a child offered for a paid show or to clients', () => {
  it.each([
    'The channel offers a paid stream with a little boy aged 7 every Saturday night.',
    'The advert says 14yo girl available now for regular customers, incall only.',
    "Post reads 'nueva, 13 años, disponible hoy, clientes verificados'.",
    "He sells a 'webcam show' with his niece, aged about 9, to members of the group.",
  ])('reads harm in %s', (text) => {
    expect(read(text).harm).not.toBeNull();
  });

  it.each([
    'The 16-year-old is available for interview after school; her parents are clients of the firm.',
    'The private session with the tutor lasted two hours and the boy aged 12 did well.',
    "The band's live show with a girl choir aged 8 to 12 sold out.",
  ])('reads no harm in %s', (text) => {
    expect(read(text).harm).toBeNull();
  });
});

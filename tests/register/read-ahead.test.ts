import { describe, expect, it } from 'vitest';
import { readAhead } from '../../register/chunked';

async function collect<T>(chunks: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const chunk of chunks) out.push(chunk);
  return out;
}

describe('readAhead', () => {
  it('starts reading before it is asked, and hands the chunks over in order', async () => {
    const pulled: number[] = [];
    async function* source() {
      for (let i = 0; i < 4; i++) {
        pulled.push(i);
        await Promise.resolve();
        yield i;
      }
    }
    const ahead = readAhead(source());
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Nobody has asked yet, and every chunk is already read.
    expect(pulled).toEqual([0, 1, 2, 3]);
    expect(await collect(ahead)).toEqual([0, 1, 2, 3]);
  });

  it('waits for chunks that are not read yet', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    async function* source() {
      yield 'a';
      await gate;
      yield 'b';
    }
    const result = collect(readAhead(source()));
    setTimeout(release, 10);
    expect(await result).toEqual(['a', 'b']);
  });

  it('passes a reading error on after the chunks read before it', async () => {
    async function* source() {
      yield 1;
      throw new Error('the database went away');
    }
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const chunk of readAhead(source())) seen.push(chunk);
      })(),
    ).rejects.toThrow('the database went away');
    expect(seen).toEqual([1]);
  });
});

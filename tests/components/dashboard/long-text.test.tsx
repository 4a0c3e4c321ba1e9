import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { LongText, textBlocks } from '../../../components/dashboard/LongText';

const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1}. Provider: Meta\n   Reference: REF-${String(i).padStart(7, '0')}`).join('\n\n');

describe('a long text as blocks', () => {
  it('cuts after a paragraph break about every so many characters, and the blocks joined are the text', () => {
    const text = paragraphs(2000);
    const blocks = textBlocks(text, 5000);
    expect(blocks.length).toBeGreaterThan(10);
    expect(blocks.join('')).toBe(text);
    for (const block of blocks.slice(0, -1)) {
      expect(block.endsWith('\n\n')).toBe(true);
      expect(block.length).toBeGreaterThanOrEqual(5000);
      expect(block.length).toBeLessThan(5200);
    }
  });

  it('keeps a short text, a text without breaks and an empty text whole', () => {
    expect(textBlocks('short', 5000)).toEqual(['short']);
    expect(textBlocks('x'.repeat(12000), 5000)).toEqual(['x'.repeat(12000)]);
    expect(textBlocks('', 5000)).toEqual(['']);
  });

  it('renders a pre whose text content is the text, character for character, in blocks once it is long', () => {
    const host = document.createElement('div');
    const text = paragraphs(3000);
    render(<LongText text={text} data-mar-text="" class="mar-text" />, host);
    const pre = host.querySelector('pre[data-mar-text]')!;
    expect(pre.textContent).toBe(text);
    expect(pre.querySelectorAll('.text-block').length).toBe(textBlocks(text).length);
    expect(pre.querySelectorAll('.text-block').length).toBeGreaterThan(3);
    render(<LongText text={'1. one\n\n2. two'} data-mar-text="" />, host);
    expect(host.querySelector('pre')!.textContent).toBe('1. one\n\n2. two');
    expect(host.querySelectorAll('.text-block')).toHaveLength(0);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUIDE_CSS, GUIDE_WIDTH, TAB_WIDTH } from '../../components/guide-styles';

/** The declarations of the first rule whose selector list is exactly `selector`. */
const rule = (css: string, selector: string) => new RegExp(`(?:^|\\n)${selector.replace(/[.*]/g, '\\$&')}\\s*\\{([^}]*)\\}`).exec(css)?.[1] ?? '';

describe('the guide stylesheet (components/guide.css)', () => {
  it('is the text of components/guide.css, which guide.js no longer carries', () => {
    expect(GUIDE_CSS).toBe(readFileSync('components/guide.css', 'utf8'));
  });

  it('gives the panel and its collapsed tab the widths the page reserves for them', () => {
    expect(rule(GUIDE_CSS, '.panel')).toMatch(new RegExp(`width:\\s*${GUIDE_WIDTH}px`));
    expect(rule(GUIDE_CSS, '.tab')).toMatch(new RegExp(`width:\\s*${TAB_WIDTH}px`));
  });

  it('has dark colours for a system in dark mode, panel and cards included', () => {
    const dark = GUIDE_CSS.slice(GUIDE_CSS.indexOf('@media (prefers-color-scheme: dark)'));
    expect(dark).not.toBe(GUIDE_CSS);
    expect(rule(dark.replace(/^@media[^{]*\{/, ''), '  .panel')).toMatch(/background:\s*#1c2128/);
    for (const severity of ['error', 'warning', 'info']) expect(dark).toContain(`.finding.${severity} {`);
  });
});

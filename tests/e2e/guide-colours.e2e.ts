import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { waitForGuide } from './support/guide';
import { usePortalBrowser } from './support/portal-browser';
import { loadFixtures } from '../../scripts/lib/fixtures.mjs';

const google = loadFixtures().find((f) => f.provider === 'google' && f.page === 'preservation')!;
const extension = usePortalBrowser();

/** The guide panel's own colours, as the browser draws them, in the given colour scheme. */
async function panelColours(scheme: 'light' | 'dark') {
  const page = await extension.browser.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(google.url);
  await waitForGuide(page, { provider: 'google', page: 'preservation' });
  const colours = await page.evaluate(() => {
    const panel = document.querySelector('quickfreeze-guide')!.shadowRoot!.querySelector('.panel')!;
    const style = getComputedStyle(panel);
    return { background: style.backgroundColor, color: style.color, width: style.width };
  });
  await page.close();
  return colours;
}

/** Relative luminance of an `rgb(r, g, b)` colour (WCAG). */
const luminance = (rgb: string) => {
  const [r, g, b] = rgb.match(/\d+/g)!.slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};

describe('the guide’s colours follow the system’s scheme, and its stylesheet comes from the background', () => {
  it('light panel on a light system, dark panel with light text on a dark one, the same width in both', async () => {
    const light = await panelColours('light');
    const dark = await panelColours('dark');
    expect(luminance(light.background)).toBeGreaterThan(0.8);
    expect(luminance(light.color)).toBeLessThan(0.1);
    expect(luminance(dark.background)).toBeLessThan(0.05);
    expect(luminance(dark.color)).toBeGreaterThan(0.7);
    expect(dark.width).toBe('340px');
    expect(light.width).toBe('340px');
  });

  it('guide.js carries no stylesheet: the guide is styled by what the background sends', () => {
    const bundle = readFileSync('.output/chrome-mv3/guide.js', 'utf8');
    expect(bundle).not.toContain('prefers-color-scheme');
    expect(bundle).not.toMatch(/\.panel\s*\{/);
    expect(readFileSync('.output/chrome-mv3/background.js', 'utf8')).toContain('prefers-color-scheme');
  });
});

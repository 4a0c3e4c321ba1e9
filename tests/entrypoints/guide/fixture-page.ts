import { loadFixtures } from '../../../scripts/lib/fixtures.mjs';

const fixtures = loadFixtures();

/** A portal fixture's markup and URL (tests/fixtures/portals). */
export function fixture(name: string): { html: string; url: string; references: string[] } {
  const found = fixtures.find((f) => f.name === name);
  if (!found) throw new Error(`No fixture ${name}`);
  // The body's markup only: the test document keeps its own <html>.
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(found.html)?.[1] ?? found.html;
  const styles = found.html.match(/<style[\s\S]*?<\/style>/gi) ?? [];
  return { html: styles.join('') + body.replace(/<script[\s\S]*?<\/script>/gi, ''), url: found.url, references: found.references ?? [] };
}

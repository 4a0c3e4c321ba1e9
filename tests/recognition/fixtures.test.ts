import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../../scripts/lib/fixtures.mjs';
import { providerForUrl } from '../../providers/registry';
import { recognizePage } from '../../recognition/recognize';
import { loadFixturePage, queryFixture } from './fixture-dom';

const fixtures = loadFixtures();

describe('fixture pages: provider, page kind and field roles as a person would read them', () => {
  it('there are fixtures to test', () => {
    expect(fixtures.length).toBeGreaterThan(20);
  });

  for (const fixture of fixtures) {
    describe(fixture.name, () => {
      const doc = loadFixturePage(fixture.html, fixture.url);
      const provider = providerForUrl(fixture.url);

      it(`provider is ${fixture.provider}`, () => {
        expect(provider?.id ?? null).toBe(fixture.provider);
      });
      if (!provider) return;
      const recognition = recognizePage(doc, new URL(fixture.url), provider);
      const roleOf = (selector: string) => {
        const el = queryFixture(doc, selector);
        if (!el) throw new Error(`fixture selector ${selector} matches nothing`);
        return recognition.fields.find((f) => f.element === el)?.role ?? null;
      };

      it(`page kind is ${fixture.page}`, () => {
        expect(recognition.page).toBe(fixture.page);
      });
      for (const field of fixture.fields ?? []) {
        it(`${field.selector} is ${field.role}`, () => {
          expect(roleOf(field.selector)).toBe(field.role);
        });
      }
      if (fixture.noRole?.length) {
        it('requester fields, search boxes and honeypots get no role', () => {
          expect(Object.fromEntries(fixture.noRole!.map((s) => [s, roleOf(s)]))).toEqual(
            Object.fromEntries(fixture.noRole!.map((s) => [s, null])),
          );
        });
      }
    });
  }
});

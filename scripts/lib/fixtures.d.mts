export const FIXTURE_DIR: string;
export const BLIND_FIXTURE_DIR: string;
export const HELD_OUT_FIXTURE_DIR: string;
export interface FixtureStep {
  do: 'click' | 'select' | 'fill' | 'check' | 'back';
  selector?: string;
  value?: string;
  expect?: { page?: string; fields?: Array<{ selector: string; role: string }> };
}
export interface Fixture {
  name: string;
  url: string;
  provider: string | null;
  page: string | null;
  description: string;
  fields?: Array<{ selector: string; role: string }>;
  noRole?: string[];
  references?: string[];
  notReferences?: string[];
  steps?: FixtureStep[];
  html: string;
}
export function loadFixtures(dir?: string): Fixture[];
export function fixtureKey(url: string): string;

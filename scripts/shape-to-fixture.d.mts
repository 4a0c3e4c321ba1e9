import type { ShapeReport } from '../recognition/shape-report-schema';

export interface FixtureSpec {
  url: string;
  provider: string;
  page: string;
  description: string;
  fields: Array<{ selector: string; role: string }>;
  noRole: string[];
}
export function reportProblems(report: unknown): string[];
export function fixtureUrl(maskedUrl: string): string;
export function fixtureFromReport(report: ShapeReport): { html: string; spec: FixtureSpec };
export function writeFixture(
  report: ShapeReport,
  name: string,
  options?: { dir?: string; force?: boolean },
): { htmlPath: string; jsonPath: string; spec: FixtureSpec };

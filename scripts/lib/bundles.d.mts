export interface BundleSize {
  file: string;
  raw: number;
  gzip: number;
}
export function bundleSizes(dir?: string): BundleSize[];
export const CONTENT_SCRIPT_BUDGET: { raw: number; gzip: number };

import capture from './capture';
import checks from './checks';
import type { GuideFeature } from './define';
import facts from './facts';
import formCarry from './form-carry';
import routes from './routes';
import teach from './teach';

/**
 * Every guide feature, in the order their slices are merged. Listed by hand so the bundle holds exactly these;
 * tests/entrypoints/guide/features.test.ts fails when a file in this folder is missing here or has no test.
 */
export const features: readonly GuideFeature[] = [facts, formCarry, checks, capture, teach, routes];

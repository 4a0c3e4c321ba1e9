export * from './lib/narrative-rule';

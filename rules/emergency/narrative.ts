export * from './lib/narrative';

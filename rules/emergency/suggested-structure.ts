export * from './lib/suggested-structure';

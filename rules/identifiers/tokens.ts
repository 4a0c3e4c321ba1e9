// Moved to ./lib/tokens. Kept for tests/fuzz/rules.test.ts until its import moves (the lead cleans this up).
export { identifierTokens } from './lib/tokens';

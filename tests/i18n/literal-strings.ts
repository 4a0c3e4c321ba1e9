import ts from 'typescript';

/** Props whose text a person reads or hears. */
const USER_FACING_PROPS = new Set(['title', 'aria-label', 'aria-description', 'aria-placeholder', 'placeholder', 'alt', 'label']);
/** Object properties that carry user-facing text out of a module (a finding's message, a refusal's reason, a fact's summary). */
const USER_FACING_KEYS = new Set(['message', 'title', 'error', 'note', 'reason', 'summary']);
const hasWords = (text: string) => /\p{L}{2,}/u.test(text);

export interface LiteralString {
  line: number;
  text: string;
}

/**
 * Literal user-facing strings in one source file: JSX text, string literals in JSX expressions and user-facing props,
 * and string or template literals given as `message` / `title` / `error` / `note` / `reason` / `summary` of an object. `docsKeys`: object
 * Rule docs are allowed: they stay English by decision.
 */
export function literalStrings(fileName: string, source: string): LiteralString[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: LiteralString[] = [];
  const report = (node: ts.Node, text: string) => found.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim().slice(0, 80) });
  const literalText = (node: ts.Node | undefined): string | null => {
    if (!node) return null;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
    if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
    return null;
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && hasWords(node.text)) report(node, node.text);
    if (ts.isJsxExpression(node)) {
      const text = literalText(node.expression);
      if (text !== null && hasWords(text) && !ts.isJsxAttribute(node.parent)) report(node, text);
    }
    if (ts.isJsxAttribute(node) && USER_FACING_PROPS.has(node.name.getText(file))) {
      const init = node.initializer;
      const text = init && ts.isJsxExpression(init) ? literalText(init.expression) : literalText(init);
      if (text !== null && hasWords(text)) report(node, text);
    }
    if (ts.isPropertyAssignment(node) && USER_FACING_KEYS.has(node.name.getText(file))) {
      const text = literalText(node.initializer);
      if (text !== null && hasWords(text) && !isInRuleDocs(node)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Is the node inside a rule's English docs: `docs: { … }`, or the docs argument of `narrativeRule(…)`? */
function isInRuleDocs(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isPropertyAssignment(at) && at.name.getText() === 'docs') return true;
    if (ts.isCallExpression(at) && at.expression.getText() === 'narrativeRule') return true;
  }
  return false;
}

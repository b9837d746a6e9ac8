/**
 * What makes a file unfit for Apps Script, read from its syntax tree: module syntax, private class
 * fields, browser/Node globals Apps Script lacks, syntax newer than ES2020, and top-level work
 * (anything but function declarations and uninitialised vars runs when the file loads).
 */
import ts from 'typescript';

const MISSING_GLOBALS = new Set([
  'setTimeout',
  'setInterval',
  'fetch',
  'URL',
  'TextEncoder',
  'TextDecoder',
  'XMLHttpRequest',
  'structuredClone',
  'queueMicrotask',
]);
const NEWER_SYNTAX = new Set([
  ts.SyntaxKind.QuestionQuestionEqualsToken,
  ts.SyntaxKind.BarBarEqualsToken,
  ts.SyntaxKind.AmpersandAmpersandEqualsToken,
  ts.SyntaxKind.ClassStaticBlockDeclaration,
]);
const NEWER_APIS = new Set(['replaceAll', 'findLast', 'findLastIndex', 'hasOwn', 'toSorted', 'at']);

export function parseScript(code: string): ts.SourceFile {
  return ts.createSourceFile('Code.js', code, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);
}

/** The problems found, as short descriptions; [] for a fit file. */
export function scriptViolations(code: string): string[] {
  const source = parseScript(code);
  const found: string[] = [];
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement)) continue;
    const quiet =
      ts.isVariableStatement(statement) &&
      statement.declarationList.declarations.every((d) => d.initializer === undefined);
    if (!quiet) found.push(`top-level work: ${statement.getText(source).slice(0, 40)}`);
  }
  const visit = (node: ts.Node): void => {
    const exported =
      ts.canHaveModifiers(node) &&
      (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    const dynamicImport =
      ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword;
    if (
      exported ||
      dynamicImport ||
      ts.isImportDeclaration(node) ||
      ts.isExportDeclaration(node) ||
      ts.isExportAssignment(node) ||
      ts.isMetaProperty(node)
    ) {
      found.push(`module syntax: ${ts.SyntaxKind[node.kind]}`);
    }
    if (ts.isPrivateIdentifier(node)) found.push(`private field: ${node.text}`);
    if (NEWER_SYNTAX.has(node.kind)) found.push(`newer than ES2020: ${ts.SyntaxKind[node.kind]}`);
    // The newer APIs are methods: only a call is one (a data field named `at` is fine).
    if (
      ts.isPropertyAccessExpression(node) &&
      NEWER_APIS.has(node.name.text) &&
      ts.isCallExpression(node.parent) &&
      node.parent.expression === node
    ) {
      found.push(`newer than ES2020: .${node.name.text}`);
    }
    if (ts.isIdentifier(node) && MISSING_GLOBALS.has(node.text)) {
      const parent = node.parent;
      const isMember =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isPropertyAssignment(parent) && parent.name === node);
      if (!isMember) found.push(`missing in Apps Script: ${node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

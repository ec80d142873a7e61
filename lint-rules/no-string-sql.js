import { relative, sep } from 'node:path';

/**
 * SQL is written out in full, never assembled: whatever reaches `.prepare()`, `.exec()` or
 * `.pragma()` must be a string literal, a template literal with no `${}`, a `const` holding one,
 * or a member of a `const` object or array that holds only those (a map of written-out statements,
 * one picked by key). Interpolation, `+`, and any other value that may be a string made at run
 * time (a parameter, a `let`, an import, a call's result) are reported, so an injected value can
 * never become SQL.
 *
 * Values that cannot be strings are not SQL and pass: other literals, object and array literals,
 * functions, and names declared with a non-string type (another object's own `prepare(request)`).
 * A type alias of string would slip through that last door; SQL text is never typed that way here.
 *
 * The few places that cannot be written out (SQLite's own stored trigger text replayed, a pragma
 * that takes no bound value) are named in the `allow` option: the file, the exact source text of
 * the argument, and why. Nothing else in that file, and nothing in any other file, is exempt.
 */

const SQL_METHODS = new Set(['prepare', 'exec', 'pragma']);

const TS_WRAPPERS = new Set([
  'TSAsExpression',
  'TSSatisfiesExpression',
  'TSNonNullExpression',
  'TSTypeAssertion',
]);

const NEVER_STRINGS = new Set([
  'ObjectExpression',
  'ArrayExpression',
  'ArrowFunctionExpression',
  'FunctionExpression',
  'ClassExpression',
]);

const STRING_LIKE_TYPES = new Set([
  'TSStringKeyword',
  'TSAnyKeyword',
  'TSUnknownKeyword',
  'TSTemplateLiteralType',
  'TSLiteralType',
]);

function unwrap(node) {
  let current = node;
  while (TS_WRAPPERS.has(current.type)) current = current.expression;
  return current;
}

/** The one definition of a name in scope, or null (not found, or declared more than once). */
function definitionOf(identifier, scope) {
  for (let s = scope; s; s = s.upper) {
    const variable = s.set.get(identifier.name);
    if (variable) return variable.defs.length === 1 ? variable.defs[0] : null;
  }
  return null;
}

/** The `const` initialiser an identifier is bound to, or null when it is anything else. */
function constInit(identifier, scope) {
  const def = definitionOf(identifier, scope);
  if (!def || def.type !== 'Variable' || def.parent.kind !== 'const' || def.node.id.type !== 'Identifier') {
    return null;
  }
  return def.node.init ? unwrap(def.node.init) : null;
}

function mayBeString(type) {
  if (type.type === 'TSUnionType' || type.type === 'TSIntersectionType') return type.types.some(mayBeString);
  if (type.type === 'TSTypeReference') {
    return type.typeName.type === 'Identifier' && type.typeName.name === 'String';
  }
  return STRING_LIKE_TYPES.has(type.type);
}

/** A parameter or variable declared with a type that cannot be a string. */
function declaredNotString(identifier, scope) {
  const def = definitionOf(identifier, scope);
  if (!def) return false;
  const declared = def.type === 'Variable' ? def.node.id : def.type === 'Parameter' ? def.name : null;
  const type = declared?.typeAnnotation?.typeAnnotation;
  return Boolean(type) && !mayBeString(type);
}

function isRegExp(node, scope) {
  const target = node.type === 'Identifier' ? constInit(node, scope) : unwrap(node);
  if (!target) return false;
  if (target.type === 'Literal' && target.regex) return true;
  return (
    target.type === 'NewExpression' && target.callee.type === 'Identifier' && target.callee.name === 'RegExp'
  );
}

/** Whether a call's argument could be SQL text at all (another object's `prepare(request)` is not). */
function mayBeSql(node, scope) {
  const value = unwrap(node);
  if (NEVER_STRINGS.has(value.type)) return false;
  if (value.type === 'Literal') return typeof value.value === 'string';
  return !(value.type === 'Identifier' && declaredNotString(value, scope));
}

/** Why `node` is not written-out SQL (a message id), or null when it is (or cannot be a string). */
function problemOf(node, scope, resolving = new Set()) {
  const value = unwrap(node);
  switch (value.type) {
    case 'Literal':
      return null;
    case 'TemplateLiteral':
      return value.expressions.length === 0 ? null : 'interpolated';
    case 'BinaryExpression':
      return value.operator === '+' ? 'concatenated' : 'runtime';
    case 'ConditionalExpression':
      return problemOf(value.consequent, scope, resolving) ?? problemOf(value.alternate, scope, resolving);
    case 'Identifier':
      return declaredNotString(value, scope) ? null : resolved(value, scope, resolving, problemOf);
    case 'MemberExpression': {
      let root = value;
      while (root.type === 'MemberExpression') root = unwrap(root.object);
      if (root.type !== 'Identifier') return 'runtime';
      return resolved(root, scope, resolving, problemOfTable);
    }
    default:
      return NEVER_STRINGS.has(value.type) ? null : 'runtime';
  }
}

/** Checks what a const is bound to; a const that (wrongly) refers back to itself is not SQL. */
function resolved(identifier, scope, resolving, check) {
  const init = constInit(identifier, scope);
  if (!init || resolving.has(init)) return 'runtime';
  resolving.add(init);
  try {
    return check(init, scope, resolving);
  } finally {
    resolving.delete(init);
  }
}

/** A map (or list) of statements: every value in it, at any depth, must be written-out SQL. */
function problemOfTable(node, scope, resolving) {
  const value = unwrap(node);
  if (value.type === 'ObjectExpression') {
    for (const property of value.properties) {
      if (property.type !== 'Property') return 'runtime';
      const problem = problemOfTable(property.value, scope, resolving);
      if (problem) return problem;
    }
    return null;
  }
  if (value.type === 'ArrayExpression') {
    for (const element of value.elements) {
      if (!element || element.type === 'SpreadElement') return 'runtime';
      const problem = problemOfTable(element, scope, resolving);
      if (problem) return problem;
    }
    return null;
  }
  return problemOf(value, scope, resolving);
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'SQL passed to prepare, exec or pragma is written out in full, never assembled.' },
    schema: [
      {
        type: 'object',
        properties: {
          allow: {
            type: 'array',
            items: {
              type: 'object',
              properties: { file: { type: 'string' }, argument: { type: 'string' }, why: { type: 'string' } },
              required: ['file', 'argument', 'why'],
              additionalProperties: false,
            },
          },
          databaseLayer: {
            type: 'object',
            properties: { within: { type: 'string' }, home: { type: 'string' } },
            required: ['within', 'home'],
            additionalProperties: false,
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      interpolated: 'SQL built by interpolation: write the statement out in full and bind the values.',
      concatenated: 'SQL built by concatenation: write the statement out in full and bind the values.',
      runtime:
        'SQL that is not written out: pass a string literal, or a const (or const map) of string literals.',
      outsideDatabaseLayer:
        'SQL belongs in the database layer ({{home}}): add a repository function there and call it.',
    },
  },
  create(context) {
    const file = relative(context.cwd, context.filename).split(sep).join('/');
    const allowed = new Set(
      (context.options[0]?.allow ?? []).filter((entry) => entry.file === file).map((entry) => entry.argument),
    );
    const { sourceCode } = context;
    const layer = context.options[0]?.databaseLayer;
    const outsideDatabaseLayer =
      Boolean(layer) && file.startsWith(layer.within) && !file.startsWith(layer.home);
    return {
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier')
          return;
        if (!SQL_METHODS.has(callee.property.name) || node.arguments.length === 0) return;
        const scope = sourceCode.getScope(node);
        if (callee.property.name === 'exec' && isRegExp(callee.object, scope)) return;
        const [argument] = node.arguments;
        if (outsideDatabaseLayer && mayBeSql(argument, scope)) {
          context.report({ node, messageId: 'outsideDatabaseLayer', data: { home: layer.home } });
          return;
        }
        if (allowed.has(sourceCode.getText(argument))) return;
        const problem = problemOf(argument, scope);
        if (problem) context.report({ node: argument, messageId: problem });
      },
    };
  },
};

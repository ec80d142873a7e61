import { posix, relative, sep } from 'node:path';

/**
 * The layer order of the main side, written once (eslint.config.js) and checked on every import,
 * in the way VS Code's layering rule checks its own: a file may import its own module, any module
 * of a lower layer, and nothing else. Upward imports make the core depend on what uses it; sideways
 * imports between modules of one layer (one feature reaching into another) tie features together
 * behind the composition root's back. Both are reported.
 *
 * Options: `{ layers: [{ name, modules: ['electron/core/features/*', …] }, …] }`, highest layer
 * first. A module pattern is a folder path; `*` stands for any one folder name, so each feature is
 * a module of its own. Files and imports outside every layer are not this rule's business.
 */

function toPosix(path) {
  return path.split(sep).join('/');
}

function compile(pattern) {
  const parts = pattern.replace(/\/$/, '').split('/');
  return (path) => {
    const segments = path.split('/');
    if (segments.length <= parts.length) return null;
    for (let i = 0; i < parts.length; i++) {
      if (parts[i] !== '*' && parts[i] !== segments[i]) return null;
    }
    return segments.slice(0, parts.length).join('/');
  };
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Imports go down the layer order, never up, never sideways between modules.' },
    schema: [
      {
        type: 'object',
        properties: {
          layers: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                name: { type: 'string' },
                modules: { type: 'array', items: { type: 'string' } },
              },
              required: ['name', 'modules'],
              additionalProperties: false,
            },
          },
        },
        required: ['layers'],
        additionalProperties: false,
      },
    ],
    messages: {
      upward:
        '{{from}} ({{fromLayer}}) may not import {{to}} ({{toLayer}}): layers import only downward ({{order}}).',
      sideways:
        '{{from}} may not import {{to}}: modules of one layer ({{layer}}) do not import each other. Declare what you need as a parameter and let the composition root (electron/core/router/services.ts) pass it in.',
    },
  },
  create(context) {
    const layers = context.options[0].layers.map((layer, rank) => ({
      ...layer,
      rank,
      matchers: layer.modules.map(compile),
    }));
    const order = layers.map((layer) => layer.name).join(' → ');
    const place = (path) => {
      for (const layer of layers) {
        for (const match of layer.matchers) {
          const module = match(path);
          if (module) return { layer, module };
        }
      }
      return null;
    };
    const file = toPosix(relative(context.cwd, context.filename));
    const here = place(file);
    if (!here) return {};

    const check = (node, specifier) => {
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const target = posix.normalize(posix.join(posix.dirname(file), specifier));
      const there = place(target) ?? place(`${target}/index.ts`);
      if (!there || there.module === here.module) return;
      if (there.layer.rank < here.layer.rank) {
        context.report({
          node,
          messageId: 'upward',
          data: {
            from: here.module,
            fromLayer: here.layer.name,
            to: there.module,
            toLayer: there.layer.name,
            order,
          },
        });
      } else if (there.layer.rank === here.layer.rank) {
        context.report({
          node,
          messageId: 'sideways',
          data: { from: here.module, to: there.module, layer: here.layer.name },
        });
      }
    };
    const fromSource = (node) => {
      if (node.source) check(node.source, node.source.value);
    };
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression(node) {
        if (node.source.type === 'Literal') check(node.source, node.source.value);
      },
      TSImportType(node) {
        const literal = node.argument?.literal ?? node.argument;
        if (literal?.type === 'Literal') check(literal, literal.value);
      },
    };
  },
};

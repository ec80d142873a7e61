#!/usr/bin/env node
// The launcher of the `rapport` command: checks the Node version, then runs the TypeScript command
// line through tsx, which must therefore be a runtime dependency.

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  // The encrypted-database module crashes older Node with a segmentation fault, not an error.
  process.stderr.write(
    `rapport: needs Node.js 22 or later, and this is Node.js ${process.versions.node}. ` +
      'Run it as "npx rapport" or "npm run rapport --" inside the project, which use its Node 22.\n',
  );
  process.exitCode = 1;
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../electron/tools/cli/index.ts');
}

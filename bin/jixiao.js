#!/usr/bin/env node
// Entry point of the jixiao command line; the compiled TypeScript lives in dist/ (built by `npm ci` / `npm run build:cli`).
const { main } = require('../dist/cli/main.js');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`jixiao 内部错误：${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 2;
  },
);

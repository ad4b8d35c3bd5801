#!/usr/bin/env node
// Entry point of the jixiao command line; the compiled TypeScript lives in dist/ (built by `npm ci` / `npm run build:cli`).
const { main } = require('../dist/cli/main.js');

// A reader that stops early (`jixiao check 目录 | head`) closes the pipe: stop quietly with the status of a tool
// ended by SIGPIPE (128 + 13), as cat or grep would, instead of printing Node's stack for the failed write.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(141);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`jixiao 内部错误：${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 2;
  },
);

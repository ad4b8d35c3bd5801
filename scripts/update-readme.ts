// Rewrites the check list in README.md from the checks' meta: `npm run docs`.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { checksMarkdown } from '../src/core/checks/catalogue';

export const README = path.join(__dirname, '..', 'README.md');
export const START = '<!-- checks:start -->';
export const END = '<!-- checks:end -->';

export function withChecks(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md 缺少 ${START} … ${END} 标记`);
  return `${readme.slice(0, start + START.length)}\n${checksMarkdown()}\n${readme.slice(end)}`;
}

if (require.main === module) {
  fs.readFile(README, 'utf8')
    .then((readme) => fs.writeFile(README, withChecks(readme)))
    .catch((error) => {
      process.stderr.write(`${error instanceof Error ? error.message : error}\n`);
      process.exitCode = 1;
    });
}

// Checks many files on worker threads (one per core by default); results come back in input order.
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FileJson } from '../core/report';

export function defaultJobs(): number {
  return Math.max(1, os.cpus().length);
}

/** The worker script: compiled JavaScript, or the TypeScript source through ts-node when run from source (tests). */
function startWorker(): Worker {
  const fromSource = __filename.endsWith('.ts');
  const script = path.join(__dirname, `check-worker.${fromSource ? 'ts' : 'js'}`);
  return new Worker(script, fromSource ? { execArgv: ['-r', 'ts-node/register/transpile-only'] } : {});
}

/** Checks every file with up to `jobs` workers; `onDone` is told after each file, in completion order. */
export async function checkFiles(files: string[], jobs: number, onDone: (done: number, file: string) => void = () => undefined): Promise<FileJson[]> {
  const results: FileJson[] = new Array(files.length);
  let done = 0;
  if (jobs <= 1 || files.length <= 1) {
    // Only here does this thread read workbooks: loading the reader (exceljs, about 0.3 s) would delay the workers.
    const { checkFile } = await import('./check-file');
    for (const [index, file] of files.entries()) {
      results[index] = await checkFile(file);
      onDone(++done, file);
    }
    return results;
  }
  let next = 0;
  const workers = Array.from({ length: Math.min(jobs, files.length) }, startWorker);
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          const send = () => {
            if (next >= files.length) {
              void worker.terminate().then(() => resolve());
              return;
            }
            const index = next++;
            worker.postMessage({ index, file: files[index] });
          };
          worker.on('message', ({ index, report }: { index: number; report: FileJson }) => {
            results[index] = report;
            onDone(++done, files[index]);
            send();
          });
          worker.on('error', reject);
          send();
        }),
    ),
  );
  return results;
}

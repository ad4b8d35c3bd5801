// A worker thread of `jixiao check`: checks the files it is sent, one at a time, and posts each report back.
import { parentPort } from 'node:worker_threads';
import { checkFile } from './check-file';

parentPort!.on('message', async ({ index, file }: { index: number; file: string }) => {
  parentPort!.postMessage({ index, report: await checkFile(file) });
});

// Writing a workbook so that an interrupted run cannot harm: the bytes go into a temporary file beside the target,
// are flushed to disk, and only then renamed onto it. The output path holds the old file or the new one, never a
// fragment; a run that fails after the temporary file was made removes it.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { FileError, folderHint, kindOf, writeFailure } from './files';

/** Where the bytes go: the file itself when `output` is a symbolic link, with the permissions it has now. */
interface Target {
  file: string;
  mode: number | null;
}

function refusal(output: string, flag: string): FileError {
  return new FileError(`“${output}”已存在，没有覆盖。加 --force 覆盖它，或用 ${flag} 指定其他输出文件。`);
}

async function exists(file: string): Promise<boolean> {
  return fs.lstat(file).then(
    () => true,
    () => false,
  );
}

/** Refuses a folder, a pipe or a device as the output, and an existing file unless `overwrite`. */
async function targetOf(output: string, overwrite: boolean, flag: string): Promise<Target> {
  const stat = await fs.stat(output).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (!stat) return { file: output, mode: null };
  if (!stat.isFile()) {
    const hint = stat.isDirectory() ? folderHint(flag) : '';
    throw new FileError(`无法写入“${output}”：这是${kindOf(stat)}，不能用作输出文件。${hint}`);
  }
  if (!overwrite) throw refusal(output, flag);
  return { file: await fs.realpath(output), mode: stat.mode & 0o777 };
}

/**
 * Writes what `content` makes to `output`, atomically. `output` must not exist unless `overwrite`. The target is
 * checked and the temporary file made before `content` runs, so a path that cannot be written fails at once.
 * Write failures are FileErrors with a Chinese sentence, which names `flag` as where to give another output;
 * whatever `content` throws is passed on.
 */
export async function writeSafely(output: string, overwrite: boolean, content: () => Promise<Uint8Array>, flag = '-o'): Promise<void> {
  const failed = (error: unknown) => new FileError(writeFailure(output, error, flag));
  const target = await targetOf(output, overwrite, flag).catch((error: unknown) => {
    throw failed(error);
  });
  const { dir, base } = path.parse(target.file);
  // Hidden and not named .xlsx, so a `jixiao check` of the same folder meanwhile passes it by.
  const temp = path.join(dir, `.${base}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const handle = await fs.open(temp, 'wx').catch((error: unknown) => {
    throw failed(error);
  });
  try {
    const bytes = await content();
    try {
      await handle.writeFile(bytes);
      if (target.mode !== null) await handle.chmod(target.mode);
      await handle.sync();
      await handle.close();
      // Asked again at the last moment: another run may have written the same result meanwhile.
      if (!overwrite && (await exists(target.file))) throw refusal(output, flag);
      await fs.rename(temp, target.file);
    } catch (error) {
      throw failed(error);
    }
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

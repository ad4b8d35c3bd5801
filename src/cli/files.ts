// Files as the command line reads them, and Node's file-system errors as Chinese sentences naming the path: no
// English text from Node (ENOENT, EACCES, …) reaches the user.
import { constants, promises as fs, type Stats } from 'node:fs';
import path from 'node:path';

/** A file that could not be read or written; the message is the sentence to show. */
export class FileError extends Error {}

const EITHER: Record<string, string> = {
  ENOTDIR: '路径中有一段不是文件夹。请检查路径是否正确。',
  ELOOP: '符号链接形成了循环，找不到它最终指向的位置。',
  ENAMETOOLONG: '路径过长。请换一个短一些的路径。',
  EMFILE: '同时打开的文件过多。请减少 --jobs 后重试。',
  ENFILE: '同时打开的文件过多。请减少 --jobs 后重试。',
  EBUSY: '文件正被其他程序占用。请关闭后重试。',
  EIO: '读写磁盘时出错。请检查磁盘或网络位置后重试。',
};

const READING: Record<string, string> = {
  ...EITHER,
  EACCES: '没有读取权限。请检查文件或文件夹的权限后重试。',
  EPERM: '没有读取权限。请检查文件或文件夹的权限后重试。',
  EISDIR: '这是文件夹，不是 .xlsx 文件。',
};

/** Why a write failed; `flag` is where the command line names the output (-o, --report), to write elsewhere. */
function writing(flag: string): Record<string, string> {
  return {
    ...EITHER,
    EACCES: '没有写入权限，或文件正被其他程序（如 Excel）打开。请检查权限或关闭文件后重试。',
    EPERM: '没有写入权限，或文件正被其他程序（如 Excel）打开。请检查权限或关闭文件后重试。',
    EROFS: `所在的文件系统是只读的。请用 ${flag} 写到其他位置。`,
    ENOSPC: '磁盘已满。请腾出空间后重试。',
    EDQUOT: '超出了磁盘配额。请腾出空间后重试。',
    EFBIG: `文件超出了所在文件系统允许的大小。请用 ${flag} 写到其他位置。`,
    EISDIR: `这是文件夹，不能用作输出文件。${folderHint(flag)}`,
  };
}

/** What to do when the output named is a folder. */
export function folderHint(flag: string): string {
  return `请在 ${flag} 后给出文件名，如“文件夹/结果.xlsx”。`;
}

function codeOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

function reasonIn(reasons: Record<string, string>, error: unknown): string {
  const code = codeOf(error);
  return reasons[code ?? ''] ?? `发生系统错误（${code ?? '未知'}）。`;
}

/** Why `file` could not be read, as the sentence to show. */
export function readFailure(file: string, error: unknown): string {
  if (error instanceof FileError) return error.message;
  if (codeOf(error) === 'ENOENT') return `找不到“${file}”。请检查路径是否正确。`;
  return `无法读取“${file}”：${reasonIn(READING, error)}`;
}

/** Why `file`, named after `flag` or beside the input, could not be written, as the sentence to show. */
export function writeFailure(file: string, error: unknown, flag = '-o'): string {
  if (error instanceof FileError) return error.message;
  if (codeOf(error) === 'ENOENT') return `无法写入“${file}”：文件夹“${path.dirname(file)}”不存在。请先建立该文件夹，或用 ${flag} 写到其他位置。`;
  return `无法写入“${file}”：${reasonIn(writing(flag), error)}`;
}

/** What a path that is not a regular file is, in words: a named pipe, a device, … */
export function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return '文件夹';
  if (stat.isFIFO()) return '命名管道';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return '设备';
  if (stat.isSocket()) return '套接字';
  return '特殊文件';
}

/**
 * The bytes of a regular file; anything else (a folder, a named pipe or a device called x.xlsx) is refused with a
 * FileError. Opened without blocking: a named pipe would otherwise wait for a writer forever.
 */
export async function readRegularFile(file: string): Promise<Buffer> {
  try {
    const handle = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const stat = await handle.stat();
      if (!stat.isFile()) throw new FileError(`无法读取“${file}”：这是${kindOf(stat)}，不是 .xlsx 文件。`);
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new FileError(readFailure(file, error));
  }
}

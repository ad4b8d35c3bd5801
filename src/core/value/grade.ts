// Mapping a qualitative actual to an official grade (DOMAIN §3.6) [product default]; always shown to the user.
import { compact } from '../text';
import { gradeOf } from './parse';
import type { Grade } from './types';

const TOP = /^(好|很好|非常好|优|优秀|高|显著|已?达标|已?(按时|按期|如期|全部|全面)?完成)$/u;
const MIDDLE = /^(较好|良|良好|明显|一般|中|基本完成|基本达标)$/u;
const BOTTOM = /^(较差|差|低|未.*|无|不明显)$/u;

/**
 * The grade an actual earns against its target: the target's text, or it with 已 before it ("建立" → "已建立"),
 * → 达成; with 基本 before it → 部分达成; else the ladder position.
 */
export function gradeForActual(targetText: string, actualText: string): Grade | null {
  const actual = compact(actualText);
  const official = gradeOf(actual);
  if (official) return official;
  const target = compact(targetText);
  if (target !== '' && (actual === target || actual === `已${target}`)) return '达成';
  if (target !== '' && actual === `基本${target}`) return '部分达成';
  if (TOP.test(actual)) return '达成';
  if (MIDDLE.test(actual)) return '部分达成';
  if (BOTTOM.test(actual)) return '未达成';
  return null;
}

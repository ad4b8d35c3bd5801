// Indicator frameworks (DOMAIN §2): canonical level names, the allowed 一级 → 二级 pairs, and detection.
import { rememberedPerText } from './memo';
import { compact, stripEnumeration } from './text';

export type FrameworkId = '2020' | '2021' | 'mixed';

export const LEVEL1 = ['产出指标', '效益指标', '满意度指标', '成本指标'] as const;
export type Level1Name = (typeof LEVEL1)[number];

const CLASSIC: Record<string, readonly string[]> = {
  产出指标: ['数量指标', '质量指标', '时效指标', '成本指标'],
  效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  满意度指标: ['服务对象满意度指标'],
};

const COST_FIRST: Record<string, readonly string[]> = {
  成本指标: ['经济成本指标', '社会成本指标', '生态环境成本指标'],
  产出指标: ['数量指标', '质量指标', '时效指标'],
  // 可持续影响指标 is tolerated under 2021 [product default].
  效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  满意度指标: ['服务对象满意度指标'],
};

export const COST_LEVEL2 = ['成本指标', '经济成本指标', '社会成本指标', '生态环境成本指标'];

/** How a written name relates to its canonical form. */
export interface NormalisedName {
  /** The canonical name, or null when the name is not in any framework. */
  canonical: string | null;
  /** Printed weight in parentheses, e.g. "产出指标 (60 分)" → "60". */
  printedWeight: string | null;
  /** 'exact' (or differing only in whitespace/full-width), 'synonym', 'variant' (accepted, no fix), or 'unknown'. */
  match: 'exact' | 'synonym' | 'variant' | 'unknown';
}

const LEVEL1_ALIASES: Record<string, string> = {
  产出: '产出指标',
  效益: '效益指标',
  满意度: '满意度指标',
  成本: '成本指标',
};
/**
 * Local templates' own 一级 names, accepted as the canonical one without a fix: [provincial: 河北] 效果指标 ≡ 效益指标
 * (seed 002); [provincial: 四川 昭化] 项目完成指标 / 项目效益指标; [provincial: 广东 东莞] 预期产出指标.
 */
const LEVEL1_VARIANTS: Record<string, string> = { 效果: '效益指标', 项目完成: '产出指标', 项目效益: '效益指标', 预期产出: '产出指标' };

const LEVEL2_ALIASES: Record<string, string> = {
  数量: '数量指标',
  质量: '质量指标',
  时效: '时效指标',
  进度: '时效指标',
  成本: '成本指标',
  经济效益: '经济效益指标',
  社会效益: '社会效益指标',
  生态效益: '生态效益指标',
  环境效益: '生态效益指标',
  可持续影响: '可持续影响指标',
  可持续效益: '可持续影响指标',
  可持续性影响: '可持续影响指标',
  可持续发展影响: '可持续影响指标',
  可持续性发展影响: '可持续影响指标',
  经济成本: '经济成本指标',
  社会成本: '社会成本指标',
  生态环境成本: '生态环境成本指标',
  生态成本: '生态环境成本指标',
  服务对象满意度: '服务对象满意度指标',
};

/** [provincial: 广东 东莞] "预算(或投资规模)控制指标" stands where 成本指标 does; accepted without a fix. */
const LEVEL2_VARIANTS: Record<string, string> = { 预算控制: '成本指标', 投资规模控制: '成本指标' };

/** A 二级 listing several kinds of effect ("社会、经济、生态效益指标", 广东 东莞): read as the first one named. */
const LISTED_EFFECTS = /^(经济|社会|生态|环境)[、,，和及与/](?:经济|社会|生态|环境)[、,，和及与/效益]/u;
/** A 二级 written behind its 一级 ("产出数量指标", 河北 宁晋): the 一级 prefix is dropped. */
const LEVEL1_PREFIX = /^(产出|效益|效果|满意度|成本)(?=.)/u;

interface NameKey {
  /** The comparable key: no 指标, no trailing 目标, no parenthesised note or score. */
  key: string;
  weight: string | null;
  /** The name without its score, for telling an exact spelling from a synonym. */
  compacted: string;
  /** A parenthesised note other than a score: "数量指标(必填)", "时效指标(工期指标)". */
  annotated: boolean;
}

/**
 * The comparable key of a name: readable (NFKC, simplified), no whitespace, no enumeration. A score in parentheses
 * or after the name ("产出指标 (60 分)", "产出指标40分") is the level's printed weight; any other parenthesised note
 * ("(必填硬性指标)", "(或建筑规模指标)") is the template's annotation.
 */
function key(name: string): NameKey {
  let weight: string | null = null;
  let annotated = false;
  let core = stripEnumeration(compact(name)).replace(/[(（]([^)）]*)[)）]/gu, (_, inner: string) => {
    const score = /^(\d+(?:\.\d+)?)分?$/u.exec(inner);
    if (score) weight = score[1];
    else annotated = true;
    return '';
  });
  const trailingScore = /^(.*[^\d.])(\d+(?:\.\d+)?)分$/u.exec(core);
  if (trailingScore && weight === null) {
    core = trailingScore[1];
    weight = trailingScore[2];
  }
  return { key: core.replace(/指标/gu, '').replace(/目标$/u, ''), weight, compacted: core, annotated };
}

function classify(compacted: string, canonical: string | undefined, isAlias: boolean): NormalisedName['match'] {
  if (canonical === undefined) return 'unknown';
  return compacted === canonical || !isAlias ? 'exact' : 'synonym';
}

/** A sheet writes the same few level names thousands of times: each is normalised once, the frozen result shared. */
const remembered = (normalise: (name: string) => NormalisedName) => rememberedPerText(5000, (name) => Object.freeze(normalise(name)));

export const normaliseLevel1 = remembered((name) => {
  const { key: k, weight, compacted, annotated } = key(name);
  const variant = LEVEL1_VARIANTS[k];
  if (variant) return { canonical: variant, printedWeight: weight, match: 'variant' };
  const canonical = LEVEL1_ALIASES[k];
  const match = annotated && canonical ? 'variant' : classify(compacted, canonical, true);
  return { canonical: canonical ?? null, printedWeight: weight, match };
});

/** The canonical 二级 a key names, and whether it is a local template's form rather than a short name. */
function level2Of(k: string): { canonical: string | undefined; variant: boolean } {
  const alias = LEVEL2_ALIASES[k];
  if (alias) return { canonical: alias, variant: false };
  if (LEVEL2_VARIANTS[k]) return { canonical: LEVEL2_VARIANTS[k], variant: true };
  const listed = LISTED_EFFECTS.exec(k);
  if (listed) return { canonical: LEVEL2_ALIASES[`${listed[1]}效益`], variant: true };
  const prefixed = LEVEL1_PREFIX.exec(k);
  const rest = prefixed ? k.slice(prefixed[0].length) : '';
  if (rest && LEVEL2_ALIASES[rest]) return { canonical: LEVEL2_ALIASES[rest], variant: true };
  // [system practice] any 二级 containing 满意度 is 服务对象满意度指标, including 满意度指标 itself (seed 003).
  return { canonical: k.includes('满意度') ? '服务对象满意度指标' : undefined, variant: false };
}

export const normaliseLevel2 = remembered((name) => {
  const { key: k, weight, compacted, annotated } = key(name);
  const { canonical, variant } = level2Of(k);
  const match = canonical && (variant || annotated) ? 'variant' : classify(compacted, canonical, true);
  return { canonical: canonical ?? null, printedWeight: weight, match };
});

/**
 * Which level a cell's text names, if it reads as a level name rather than an indicator: a framework name or one of
 * its spellings, ending in 指标 or written as a known short form. "受益群众满意度" is a 三级 name, not a 二级.
 */
export function levelNamed(text: string): 'level1' | 'level2' | null {
  const { key: k, compacted } = key(text);
  const named = compacted.endsWith('指标') || LEVEL1_ALIASES[k] !== undefined || LEVEL2_ALIASES[k] !== undefined;
  if (!named) return null;
  if (normaliseLevel1(text).canonical) return 'level1';
  return normaliseLevel2(text).canonical ? 'level2' : null;
}

/** True when the written 二级 is one of the 一级 names (a level confusion, DOMAIN §2 rule 5). */
export function isLevel1NameUsedAsLevel2(name: string): boolean {
  const k = key(name).key;
  return k !== '满意度' && LEVEL1_ALIASES[k] !== undefined;
}

/** framework → 一级 → allowed 二级, built once: these lookups run for every row of every table. */
const ALLOWED: Record<FrameworkId, Map<string, readonly string[]>> = (() => {
  const build = (sets: Record<string, readonly string[]>[]) =>
    new Map(LEVEL1.map((level1) => [level1, [...new Set(sets.flatMap((set) => set[level1] ?? []))]] as const));
  return { '2020': build([CLASSIC]), '2021': build([COST_FIRST]), mixed: build([CLASSIC, COST_FIRST]) };
})();

export function allowedLevel2(framework: FrameworkId, level1: string): readonly string[] {
  return ALLOWED[framework].get(level1) ?? [];
}

export function isAllowedPair(framework: FrameworkId, level1: string, level2: string): boolean {
  return allowedLevel2(framework, level1).includes(level2);
}

/** framework → 二级 → the 一级 names that allow it, built once like ALLOWED. */
const PARENTS: Record<FrameworkId, Map<string, string[]>> = (() => {
  const build = (framework: FrameworkId) => {
    const parents = new Map<string, string[]>();
    for (const level1 of LEVEL1) for (const level2 of allowedLevel2(framework, level1)) parents.set(level2, [...(parents.get(level2) ?? []), level1]);
    return parents;
  };
  return { '2020': build('2020'), '2021': build('2021'), mixed: build('mixed') };
})();

/** The 一级 names under which the framework allows this 二级 (shared: do not modify). */
export function allowedParents(framework: FrameworkId, level2: string): readonly string[] {
  return PARENTS[framework].get(level2) ?? [];
}

/**
 * The 一级 a row belongs to: the one its 二级 implies when the framework allows exactly one (a 服务对象满意度指标 under
 * an inherited 效益指标 is a 满意度 row), else the one written or inherited. Scoring, missing-group and the report agree
 * on it.
 */
export function placedLevel1(framework: FrameworkId, level1: string | null, level2: string | null): string | null {
  const parents = level2 ? allowedParents(framework, level2) : [];
  return parents.length === 1 ? parents[0] : level1;
}

/** Detects the framework of one table from its canonical (一级, 二级) pairs. */
export function detectFramework(pairs: { level1: string | null; level2: string | null }[]): FrameworkId {
  let classic = false;
  let costFirst = false;
  for (const { level1, level2 } of pairs) {
    if (level1 === '成本指标') costFirst = true;
    if (level2 === '成本指标' && level1 === '产出指标') classic = true;
    const isCost2021 = level2 !== null && level2 !== '成本指标' && COST_LEVEL2.includes(level2);
    if (isCost2021 && level1 === '成本指标') costFirst = true;
    if (isCost2021 && level1 !== null && level1 !== '成本指标') {
      classic = true;
      costFirst = true;
    }
  }
  if (classic && costFirst) return 'mixed';
  return costFirst ? '2021' : '2020';
}

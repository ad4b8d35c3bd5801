// A short or variant level name (社会效益, 可持续影响, 满意度指标 as a 二级); 效果指标 (河北) is accepted as written.
import { defineCheck } from '../check';
import { editOf, writtenLevels } from './helpers';

export default defineCheck({
  id: 'level-name-synonym',
  meta: {
    category: 'structure',
    severity: 'info',
    fix: 'safe',
    description: '指标名称使用了简称或别称',
    docs: {
      why: '“社会效益”“可持续影响”等简称意思不变，但与规范名称不一致，导入系统或汇总时可能对不上。河北模板的“效果指标”按地方规定视同效益指标，无需修改。',
      basis: '规范名称以财政部指标体系为准；预算管理一体化系统比对名称时忽略“指标”二字。',
      domain: ['§2', '§7 #3'],
    },
    messages: {
      synonym: '“{{name}}”是“{{canonical}}”的简称或别称，建议使用规范名称。',
      variant: '“{{name}}”按地方模板视同“{{canonical}}”，无需修改。',
    },
  },
  run({ table, report }) {
    for (const level of ['level1', 'level2'] as const) {
      for (const ref of writtenLevels(table, level)) {
        if (ref.match !== 'synonym' && ref.match !== 'variant') continue;
        const data = { name: ref.text, canonical: ref.canonical! };
        const fix = ref.match === 'synonym' ? editOf(ref, ref.canonical!, true) : null;
        report({ cell: ref.cell, messageId: ref.match, data, fix });
      }
    }
  },
});

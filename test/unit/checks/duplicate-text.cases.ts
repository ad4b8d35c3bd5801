import type { CheckCases } from '../../support/check-cases';
import { grid, targetTable } from '../../support/grid';

const HEADER = ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'];
const info = (goals: string) => [['3、劳务派遣人员经费绩效目标表'], ['项目名称', '劳务派遣人员经费'], ['绩效目标', goals]];

export default {
  valid: [
    // The 中期 and 年度 blocks of a twin table name the same indicator: each block is read on its own.
    grid([
      ['一级指标', '二级指标', '三级指标', '指标值', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '培训人数', '≥600人', '数量指标', '培训人数', '≥200人'],
      [null, '质量指标', '培训合格率', '≥90%', '质量指标', '培训合格率', '≥90%'],
    ]),
    grid([
      ...info('1、保障劳务派遣临时工作人员工资\n2、提高劳务派遣工作效率'),
      HEADER,
      ['产出指标', '时效指标', '劳务派遣工作完成率', '劳务派遣工作完成情况', '≥95%', null],
    ]),
  ],
  invalid: [
    {
      name: '江西 浮梁: one sentence as the 指标值说明 of every row is said once, where it is first written',
      grid: grid([
        ['一级指标', '二级指标', '三级指标', '计算符号', '目标值', '度量单位', '指标值说明'],
        ['产出指标', '数量指标', '保障在职职工人数', '=', '116', '人', '该指标值数据合理'],
        [null, null, '保障退休职工人数', '=', '81', '人', '该指标值数据合理'],
        [null, null, '保障遗属人数', '=', '13', '人', '该指标值数据合理'],
        [null, '质量指标', '工资发放准确率', '≥', '95', '%', '按工资表核对发放的准确比例'],
      ]),
      errors: [{ cell: 'G2', messageId: 'boilerplate', data: { count: 3 } }],
    },
    {
      name: '安徽 六安: the 年度 goal copied word for word from the 中期 goal written beside it',
      grid: grid([
        ['总体目标', '中期目标(2024年—2026年)', null, '年度目标'],
        [
          null,
          '开展农产品质量安全监测及三品一标工作，实现农产品质量安全得到提升。',
          null,
          '开展农产品质量安全监测及三品一标工作，实现农产品质量安全得到提升。',
        ],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '监督抽检批次', '≥100批次'],
      ]),
      errors: [{ cell: 'D2', messageId: 'goalCopied', data: { label: '中期目标' } }],
    },
    {
      name: '浙江 临海: a description that only repeats the value',
      grid: grid([
        ['指标类型', '指标名称', '三级指标', '指标值', '指标描述'],
        ['产出指标', '时效指标', '养护时间', '全年', '全年'],
      ]),
      errors: [{ cell: 'E2', messageId: 'descriptionIsValue' }],
    },
    {
      name: 'the same 三级 twice in one block',
      grid: targetTable(['产出指标', '数量指标', '培训人数', '≥200人'], [null, '数量指标', '培训人数', '≥100人']),
      errors: [{ cell: 'C3', messageId: 'repeatedName', data: { first: 'C2' } }],
    },
    {
      name: 'a goal line written twice (seed 002 table 3)',
      grid: grid([
        ...info('1、保障劳务派遣临时工作人员工资\n2、保障劳务派遣临时工作人员工资'),
        HEADER,
        ['产出指标', '时效指标', '完成率', '劳务派遣工作完成情况', '≥95%', null],
      ]),
      errors: [{ cell: 'B3', messageId: 'repeatedGoal' }],
    },
    {
      name: 'a description copied from a research template (seed 002 table 2)',
      grid: grid([
        ...info('1、保障劳务派遣临时工作人员工资'),
        HEADER,
        ['产出指标', '时效指标', '完成率', '按照要求和计划完成研究任务的项目在所有立项项目中的比例（百分比）', '≥95%', null],
      ]),
      errors: [{ cell: 'D5', messageId: 'unrelatedDescription' }],
    },
    {
      name: 'a rate whose description is a slogan (seed 002 table 5)',
      grid: grid([
        ...info('1、保障劳务派遣临时工作人员工资'),
        HEADER,
        ['效果指标', '社会效益指标', '劳务派遣人员就业率', '通过劳务派遣人员经费，促进劳务派遣人员稳定水平逐步提高', '≥95%', null],
      ]),
      errors: [{ cell: 'D5', messageId: 'descriptionNotRatio' }],
    },
  ],
} satisfies CheckCases;

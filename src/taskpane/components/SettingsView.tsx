// 设置: framework, reverse-scoring formula, operator style; kept per workbook.
import { Field, makeStyles, Radio, RadioGroup } from '@fluentui/react-components';
import type { Settings } from '../../core/check';

const useStyles = makeStyles({ column: { display: 'flex', flexDirection: 'column', gap: '12px' } });

export function SettingsView(props: { settings: Settings; onChange(settings: Settings): void }) {
  const styles = useStyles();
  const set =
    <K extends keyof Settings>(key: K) =>
    (_: unknown, data: { value: string }) =>
      props.onChange({ ...props.settings, [key]: data.value as Settings[K] });
  return (
    <div className={styles.column}>
      <Field label="指标体系">
        <RadioGroup value={props.settings.framework} onChange={set('framework')}>
          <Radio value="auto" label="自动识别" />
          <Radio value="2020" label="2020年体系（成本指标属于产出指标）" />
          <Radio value="2021" label="2021年体系（成本指标为一级指标）" />
        </RadioGroup>
      </Field>
      <Field label="反向指标计分">
        <RadioGroup value={props.settings.reverse} onChange={set('reverse')}>
          <Radio value="ratio" label="比例法：目标值 ÷ 实际值" />
          <Radio value="linear" label="线性法：1 − (实际值 − 目标值) ÷ 目标值" />
        </RadioGroup>
      </Field>
      <Field label="等号、大于、小于号的写法">
        <RadioGroup value={props.settings.operatorStyle} onChange={set('operatorStyle')}>
          <Radio value="fullwidth" label="全角（＝ ＞ ＜，与预算管理一体化系统一致）" />
          <Radio value="ascii" label="半角（= > <）" />
        </RadioGroup>
      </Field>
    </div>
  );
}

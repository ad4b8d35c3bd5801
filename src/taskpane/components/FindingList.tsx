// Findings grouped by table and category; a click selects the cell in the sheet.
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { CATEGORY_LABEL, SEVERITY_LABEL, type Category, type Finding } from '../../core/check';
import { CHECKS } from '../../core/checks';
import { groupByTable } from '../../core/by-table';
import type { IndicatorTable } from '../../core/layout';

const SEVERITY_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

const useStyles = makeStyles({
  finding: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    textAlign: 'left',
    width: '100%',
    gap: '2px',
    paddingBlock: '6px',
    height: 'auto',
  },
  line: { display: 'flex', gap: '6px', alignItems: 'center' },
  badge: { flexShrink: 0 },
  message: { color: tokens.colorNeutralForeground2, whiteSpace: 'normal' },
  item: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
  why: { display: 'flex', flexDirection: 'column', gap: '4px', paddingInline: '8px', paddingBottom: '6px', color: tokens.colorNeutralForeground2 },
});

/** A finding's message without the "E23：" it starts with: the pane shows the cell beside it. */
export function messageBody(finding: Finding): string {
  return finding.message.replace(/^[A-Z]+\d+：/u, '');
}

/** How a table is named in the list: its group and title, else its range. */
export function tableName(table: IndicatorTable): string {
  return [table.group, table.title].filter(Boolean).join(' ') || `绩效指标表 ${table.range}`;
}

/**
 * Tables listed at first and added per click. A 10,000-row sheet has 1,667 tables; an accordion item for each cost
 * about half a second of layout work in Chromium, for a list nobody reads to the end.
 */
export const TABLES_PER_PAGE = 50;

/**
 * One finding: its cell and message select the cell; 为什么？ unfolds why the rule matters and what it rests on, from
 * the check's own meta, so it works offline (the same text as docs/checks/<id>.md).
 */
function FindingItem({ finding: f, onSelect }: { finding: Finding; onSelect(cell: string): void }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const { description, docs } = CHECKS[f.check].meta;
  return (
    <div className={styles.item}>
      {/* The finding's own message is its headline: the rule's general description (the whole budget-execution rule
          above a cell whose point is a missing adjusted budget) is only the tooltip. */}
      <Button
        appearance="subtle"
        className={styles.finding}
        onClick={() => onSelect(f.cell)}
        title={description}
        aria-label={`${SEVERITY_LABEL[f.severity]} ${f.message}`}
      >
        <span className={styles.line}>
          <Badge className={styles.badge} color={SEVERITY_COLOR[f.severity]} size="small">
            {SEVERITY_LABEL[f.severity]}
          </Badge>
          <Text weight="semibold" className={styles.badge}>
            {f.cell}
          </Text>
        </span>
        <Text className={styles.message}>{messageBody(f)}</Text>
      </Button>
      <Button appearance="transparent" size="small" aria-expanded={open} onClick={() => setOpen(!open)}>
        为什么？
      </Button>
      {open && (
        <div className={styles.why} role="note" aria-label={`${f.cell} 为什么`}>
          <Text size={200}>{docs.why}</Text>
          <Text size={200}>依据：{docs.basis}</Text>
        </div>
      )}
    </div>
  );
}

export function FindingList(props: { findings: Finding[]; tables: IndicatorTable[]; onSelect(cell: string): void }) {
  const [shownTables, setShownTables] = useState(TABLES_PER_PAGE);
  const groups = new Map<number, Map<Category, Finding[]>>();
  for (const [index, findings] of groupByTable(props.tables, props.findings)) {
    const byCategory = new Map<Category, Finding[]>();
    for (const finding of findings) {
      const list = byCategory.get(finding.category);
      if (list) list.push(finding);
      else byCategory.set(finding.category, [finding]);
    }
    groups.set(index, byCategory);
  }
  const entries = [...groups];
  const hidden = entries.slice(shownTables);
  const hiddenFindings = hidden.reduce((n, [, byCategory]) => n + [...byCategory.values()].reduce((m, list) => m + list.length, 0), 0);
  return (
    <>
      <Accordion multiple collapsible defaultOpenItems={[...groups.keys()].slice(0, 1).map(String)}>
        {entries.slice(0, shownTables).map(([index, byCategory]) => (
          <AccordionItem key={index} value={String(index)}>
            <AccordionHeader>
              {tableName(props.tables[index])}（{[...byCategory.values()].flat().length}）
            </AccordionHeader>
            <AccordionPanel>
              {[...byCategory].map(([category, findings]) => (
                <section key={category} aria-label={CATEGORY_LABEL[category]}>
                  <Text weight="semibold" size={200}>
                    {CATEGORY_LABEL[category]}
                  </Text>
                  {findings.map((f, i) => (
                    <FindingItem key={`${f.cell}-${f.check}-${i}`} finding={f} onSelect={props.onSelect} />
                  ))}
                </section>
              ))}
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
      {hidden.length > 0 && (
        <Button appearance="secondary" onClick={() => setShownTables((n) => n + TABLES_PER_PAGE)}>
          再显示 {Math.min(TABLES_PER_PAGE, hidden.length)} 张表（其余 {hidden.length} 张表共 {hiddenFindings} 个问题）
        </Button>
      )}
    </>
  );
}

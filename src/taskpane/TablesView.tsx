/**
 * The recognized tables: sheet, range, measure, unit, classification and rows; each expands to
 * its columns' roles, and a column's reading (role, fiscal year, kind) can be corrected. The
 * correction is stored in the workbook.
 */
import { useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { EditRegular } from '@fluentui/react-icons';
import { fill } from '../i18n/pane';
import { usePane, usePaneState } from './context';
import type { ColumnView, TableView } from './model';

const ROLES = ['department', 'debt', 'division', 'classification', 'value', 'delta', 'note', 'other'] as const;
const KINDS = ['actual', 'target', 'forecast'] as const;

const useStyles = makeStyles({
  empty: { color: tokens.colorNeutralForeground3 },
  item: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    marginBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    overflow: 'hidden',
  },
  headerButton: { paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS, height: 'auto', minHeight: '44px' },
  header: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: '2px', minWidth: 0 },
  headLine: { display: 'flex', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS },
  sheet: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  range: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  meta: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS, rowGap: '2px', alignItems: 'center' },
  title: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  panel: { paddingBottom: tokens.spacingVerticalS, margin: `0 ${tokens.spacingHorizontalS}` },
  columns: { listStyleType: 'none', margin: 0, padding: 0 },
  column: {
    display: 'grid',
    gridTemplateColumns: '28px minmax(0, 1fr) auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  letter: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    textAlign: 'center',
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
    lineHeight: '20px',
  },
  columnMain: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  columnHeader: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, color: tokens.colorNeutralForeground1 },
  reading: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground3,
  },
  role: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  corrected: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  formCard: {
    marginTop: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  formTitle: { margin: 0, fontSize: tokens.fontSizeBase300 },
  formActions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  help: { color: tokens.colorNeutralForeground3 },
});

function Correction({ table, column, onClose }: { table: TableView; column: ColumnView; onClose: () => void }) {
  const { t, store } = usePane();
  const styles = useStyles();
  const [role, setRole] = useState<string>(column.role);
  const [year, setYear] = useState(column.fiscalYear === null ? '' : String(column.fiscalYear));
  const [kind, setKind] = useState<string>(column.kind ?? '');
  const yearNumber = year.trim() === '' ? null : Number(year.trim());
  const yearValid = yearNumber === null || (Number.isInteger(yearNumber) && yearNumber >= 1900 && yearNumber <= 2200);
  const save = async () => {
    if (!yearValid) return;
    const ok = await store.correctColumn(table, {
      column: column.column,
      role: role as ColumnView['role'],
      fiscalYear: yearNumber,
      kind: kind === '' ? null : (kind as NonNullable<ColumnView['kind']>),
    });
    if (ok) onClose();
  };
  const remove = async () => {
    if (await store.correctColumn(table, { column: column.column, remove: true })) onClose();
  };
  const titleId = `saiken-correct-${table.sheet}-${table.range}-${column.column}`.replace(/[^\w-]/g, '_');
  return (
    <section className={styles.formCard} aria-labelledby={titleId}>
      <form
        className={styles.form}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Subtitle2 as="h2" id={titleId} className={styles.formTitle}>
          {fill(t.correctTitle, { column: column.column, header: column.header })}
        </Subtitle2>
        <Caption1 className={styles.help}>{t.correctHelp}</Caption1>
        <Field label={t.roleLabel}>
          <Select value={role} autoFocus onChange={(_e, d) => setRole(d.value)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t.roles[r]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.yearLabel} validationMessage={yearValid ? undefined : t.yearInvalid}>
          <Input type="number" inputMode="numeric" min={1900} max={2200} value={year} onChange={(_e, d) => setYear(d.value)} />
        </Field>
        <Field label={t.kindLabel}>
          <Select value={kind} onChange={(_e, d) => setKind(d.value)}>
            <option value="">{t.kindNone}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t.kinds[k]}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.formActions}>
          <Button appearance="primary" type="submit" disabled={!yearValid}>
            {t.saveCorrection}
          </Button>
          {column.corrected && <Button onClick={() => void remove()}>{t.removeCorrection}</Button>}
          <Button onClick={onClose}>{t.cancel}</Button>
        </div>
      </form>
    </section>
  );
}

function Columns({ table }: { table: TableView }) {
  const { t } = usePane();
  const s = usePaneState();
  const styles = useStyles();
  const [editing, setEditing] = useState<ColumnView | null>(null);
  return (
    <>
      <ul className={styles.columns} aria-label={fill(t.columnsOf, { sheet: table.sheet, range: table.range })}>
        {table.columns.map((c) => (
          <li key={c.column} className={styles.column}>
            <span className={styles.letter} aria-hidden>
              {c.column}
            </span>
            <span className={styles.columnMain}>
              <span className={styles.columnHeader}>
                <span className="saiken-visually-hidden">{fill(t.columnLabel, { column: c.column })}</span>
                {c.header || '—'}
              </span>
              <span className={styles.reading}>
                <span className={c.corrected ? styles.corrected : styles.role}>{t.roles[c.role] ?? c.role}</span>
                {c.role === 'delta' && c.minuend && c.subtrahend && <span>{`${c.minuend}−${c.subtrahend}`}</span>}
                {c.fiscalYear !== null && <span>{fill(t.fiscalYear, { year: c.fiscalYear })}</span>}
                {c.kind && <span>{t.kinds[c.kind]}</span>}
                {c.corrected && (
                  <Badge appearance="outline" color="brand" size="small">
                    {t.corrected}
                  </Badge>
                )}
              </span>
            </span>
            <Button
              size="small"
              appearance="subtle"
              icon={<EditRegular />}
              aria-label={fill(t.correctColumn, { column: c.column })}
              title={fill(t.correctColumn, { column: c.column })}
              disabled={s.busy !== null}
              onClick={() => setEditing(c)}
            />
          </li>
        ))}
      </ul>
      {editing && <Correction key={editing.column} table={table} column={editing} onClose={() => setEditing(null)} />}
    </>
  );
}

export function TablesView() {
  const { t, language } = usePane();
  const s = usePaneState();
  const styles = useStyles();
  if (!s.report) return <Body1 className={styles.empty}>{t.tablesEmpty}</Body1>;
  if (!s.tables.length) return <Body1 className={styles.empty}>{t.tablesNone}</Body1>;
  return (
    <Accordion multiple collapsible>
      {s.tables.map((table) => {
        const key = `${table.sheet}!${table.range}`;
        const corrected = table.columns.some((c) => c.corrected);
        return (
          <AccordionItem key={key} value={key} className={styles.item}>
            <AccordionHeader size="small" expandIconPosition="end" button={{ className: styles.headerButton }}>
              <span className={styles.header}>
                <span className={styles.headLine}>
                  <span className={styles.sheet}>{table.sheet}</span>
                  <span className={styles.range}>{table.range}</span>
                </span>
                {table.title && <span className={styles.title}>{table.title}</span>}
                <span className={styles.meta}>
                  <Badge appearance="tint" color="brand" size="small">
                    {t.measure[table.measure] ?? table.measure}
                    {table.unit ? (language === 'ja' ? `（${table.unit}）` : ` (${table.unit})`) : ''}
                  </Badge>
                  <Badge appearance="tint" color="informative" size="small">
                    {table.figures !== undefined ? fill(t.tableFigures, { n: table.figures }) : fill(t.tableRows, { n: table.rows.length })}
                  </Badge>
                  {table.classification && (
                    <Badge appearance="tint" color="subtle" size="small">
                      {t.classes[table.classification] ?? table.classification}
                    </Badge>
                  )}
                  {corrected && (
                    <Badge appearance="outline" color="brand" size="small">
                      {t.corrected}
                    </Badge>
                  )}
                </span>
              </span>
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <Columns table={table} />
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}

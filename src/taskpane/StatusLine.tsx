/** The workbook's state at a glance: tables recognized, and after 検証 the findings by severity. */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ErrorCircleFilled, InfoFilled, TableSimpleRegular, WarningFilled } from '@fluentui/react-icons';
import { fill } from '../i18n/pane';
import { usePane, usePaneState } from './context';
import { countsOf } from './model';

const useStyles = makeStyles({
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground2,
    minHeight: tokens.lineHeightBase300,
  },
  item: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, whiteSpace: 'nowrap' },
  strong: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  findings: { display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  sep: { color: tokens.colorNeutralForeground3 },
  icon: { fontSize: '16px', flexShrink: 0 },
  table: { color: tokens.colorBrandForeground1 },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function StatusLine() {
  const { t, language } = usePane();
  const s = usePaneState();
  const styles = useStyles();
  const c = countsOf(s.report?.issues ?? []);
  // "エラー 0件・警告 43件・情報 20件": the template's three parts, each shown with its icon.
  const parts = fill(t.statusFindings, { errors: c.error, warnings: c.warning, infos: c.info }).split(language === 'ja' ? '・' : ' · ');
  const icons = [
    <ErrorCircleFilled key="e" className={mergeClasses(styles.icon, styles.error)} aria-hidden />,
    <WarningFilled key="w" className={mergeClasses(styles.icon, styles.warning)} aria-hidden />,
    <InfoFilled key="i" className={mergeClasses(styles.icon, styles.info)} aria-hidden />,
  ];
  return (
    <div className={styles.line} role="status" aria-live="polite" aria-label={t.statusRegion}>
      <span className={styles.item}>
        <TableSimpleRegular className={mergeClasses(styles.icon, styles.table)} aria-hidden />
        {s.report ? <span className={styles.strong}>{fill(t.statusTables, { n: s.report.tables.length })}</span> : <span className={styles.muted}>{t.statusNotRead}</span>}
      </span>
      {s.validated && s.report ? (
        <span className={styles.findings}>
          {parts.map((p, i) => (
            <span key={i} className={styles.item}>
              {icons[i]}
              <span className={i === 0 && c.error ? styles.strong : undefined}>{p}</span>
              {i < parts.length - 1 && <span className={styles.sep}>{language === 'ja' ? '・' : '\u00a0·\u00a0'}</span>}
            </span>
          ))}
        </span>
      ) : (
        s.report && <span className={mergeClasses(styles.item, styles.muted)}>{t.statusNotValidated}</span>
      )}
    </div>
  );
}

/**
 * The findings of 検証, grouped by severity and code, filterable by severity and by text. Each
 * names its sheet and cell; activating one selects the cell (in Excel) or shows it in the
 * workbench's preview.
 */
import { useMemo, useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  CounterBadge,
  SearchBox,
  ToggleButton,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { ErrorCircleFilled, InfoFilled, WarningFilled } from '@fluentui/react-icons';
import { fill } from '../i18n/pane';
import { usePane, usePaneState } from './context';
import { SEVERITIES, countsOf, type Issue, type Severity } from './model';
import { findingValue } from './cell-text';

const GROUP_LIMIT = 200;

const useStyles = makeStyles({
  filters: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalS },
  toggles: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXS },
  search: { maxWidth: 'none', width: '100%' },
  shown: { color: tokens.colorNeutralForeground3 },
  empty: { color: tokens.colorNeutralForeground3 },
  groupHead: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  groupLabel: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  icon: { fontSize: '16px', flexShrink: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: '2px' },
  finding: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    justifyContent: 'flex-start',
    width: '100%',
    maxWidth: 'none',
    height: 'auto',
    minHeight: 0,
    textAlign: 'start',
    rowGap: '2px',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontWeight: tokens.fontWeightRegular,
    borderLeft: `3px solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
  },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    borderLeftColor: tokens.colorBrandStroke1,
  },
  ref: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  message: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, color: tokens.colorNeutralForeground1 },
  values: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  more: { marginTop: tokens.spacingVerticalXS },
});

const ICON = {
  error: ErrorCircleFilled,
  warning: WarningFilled,
  info: InfoFilled,
} as const;

interface Group {
  key: string;
  severity: Severity;
  code: string;
  issues: Issue[];
}

function groupsOf(issues: Issue[]): Group[] {
  const map = new Map<string, Group>();
  for (const sev of SEVERITIES) {
    for (const i of issues) {
      if (i.severity !== sev) continue;
      const key = `${sev}:${i.code}`;
      const g = map.get(key) ?? { key, severity: sev, code: i.code, issues: [] };
      g.issues.push(i);
      map.set(key, g);
    }
  }
  return [...map.values()];
}

function matches(i: Issue, q: string, label: string): boolean {
  if (!q) return true;
  const hay = `${i.sheet}!${i.cell} ${i.code} ${label} ${i.message} ${i.messageEn}`.toLowerCase();
  return q
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => hay.includes(w));
}

function SeverityIcon({ severity }: { severity: Severity }) {
  const styles = useStyles();
  const Icon = ICON[severity];
  return <Icon className={mergeClasses(styles.icon, styles[severity])} aria-hidden />;
}

export function FindingsView() {
  const { t, store, language } = usePane();
  const s = usePaneState();
  const styles = useStyles();
  const [shown, setShown] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<string[] | null>(null);
  const [limits, setLimits] = useState<Record<string, number>>({});
  const issues = useMemo(() => (s.validated ? s.report?.issues ?? [] : []), [s.validated, s.report]);
  const label = (code: string) => t.codes[code] ?? code;
  const filtered = useMemo(
    () => issues.filter((i) => shown[i.severity] && matches(i, query.trim(), t.codes[i.code] ?? i.code)),
    [issues, shown, query, t],
  );
  const groups = useMemo(() => groupsOf(filtered), [filtered]);

  if (!s.validated || !s.report) return <Body1 className={styles.empty}>{t.findingsEmpty}</Body1>;
  if (!issues.length) return <Body1 className={styles.empty}>{t.findingsNone}</Body1>;

  const counts = countsOf(issues);
  // Until the user opens or closes a group: the first group open, or every group while filtering.
  const openItems = query.trim() ? groups.map((g) => g.key) : open ?? groups.slice(0, 1).map((g) => g.key);
  const selected = s.selection ? `${s.selection.sheet}!${s.selection.cell}` : null;
  const text = (i: Issue) => (language === 'ja' ? i.message : i.messageEn);

  return (
    <div>
      <div className={styles.filters}>
        <div className={styles.toggles} role="group" aria-label={t.severityFilter}>
          {SEVERITIES.map((sev) => (
            <ToggleButton
              key={sev}
              size="small"
              shape="circular"
              checked={shown[sev]}
              icon={<SeverityIcon severity={sev} />}
              onClick={() => setShown({ ...shown, [sev]: !shown[sev] })}
            >
              {t.severities[sev]} {counts[sev]}
            </ToggleButton>
          ))}
        </div>
        <SearchBox
          className={styles.search}
          size="small"
          placeholder={t.findingsFilter}
          aria-label={t.findingsFilter}
          value={query}
          onChange={(_e, d) => setQuery(d.value)}
        />
        <Caption1 className={styles.shown} aria-live="polite">
          {fill(t.findingsShown, { shown: filtered.length, total: issues.length })}
        </Caption1>
      </div>
      {!groups.length && <Body1 className={styles.empty}>{t.findingsNoMatch}</Body1>}
      <Accordion multiple collapsible openItems={openItems} onToggle={(_e, d) => setOpen(d.openItems as string[])}>
        {groups.map((g) => {
          const limit = limits[g.key] ?? GROUP_LIMIT;
          return (
            <AccordionItem key={g.key} value={g.key}>
              <AccordionHeader size="small" expandIconPosition="end">
                <span className={styles.groupHead}>
                  <SeverityIcon severity={g.severity} />
                  <span className={styles.groupLabel} title={g.code}>{label(g.code)}</span>
                  <CounterBadge size="small" appearance="ghost" color="informative" count={g.issues.length} overflowCount={9999} />
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <ul className={styles.list} aria-label={fill(t.findingGroup, { label: label(g.code), n: g.issues.length })}>
                  {g.issues.slice(0, limit).map((i, n) => {
                    const ref = `${i.sheet}!${i.cell}`;
                    return (
                      <li key={`${ref}-${n}`}>
                        <Button
                          appearance="subtle"
                          className={mergeClasses(styles.finding, selected === ref && styles.selected)}
                          aria-current={selected === ref ? 'true' : undefined}
                          onClick={() => void store.select(i)}
                        >
                          <span className={styles.ref}>{fill(t.findingAt, { sheet: i.sheet, cell: i.cell })}</span>
                          <span className={styles.message}>{text(i)}</span>
                          {(i.expected !== undefined || i.actual !== undefined) && (
                            <span className={styles.values}>
                              {i.expected !== undefined && fill(t.expected, { value: findingValue(i.expected) })}
                              {i.expected !== undefined && i.actual !== undefined && '　'}
                              {i.actual !== undefined && fill(t.actual, { value: findingValue(i.actual) })}
                            </span>
                          )}
                        </Button>
                      </li>
                    );
                  })}
                </ul>
                {g.issues.length > limit && (
                  <Button className={styles.more} size="small" appearance="transparent" onClick={() => setLimits({ ...limits, [g.key]: limit + GROUP_LIMIT })}>
                    {t.catalogMore}
                  </Button>
                )}
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </div>
  );
}

/**
 * The task pane: the workbook's state, the five commands, progress and the result of the last
 * one, then the recognized tables, the findings, the catalog and the settings. The same component
 * runs inside Excel and in the browser workbench; it talks only to the store.
 */
import { useEffect, useRef, useState, type ReactElement } from 'react';
import {
  Button,
  CounterBadge,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Tab,
  TabList,
  Tooltip,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowUndoRegular,
  CalculatorRegular,
  ChartMultipleRegular,
  DismissRegular,
  EraserRegular,
  ShieldCheckmarkRegular,
  TableSearchRegular,
} from '@fluentui/react-icons';
import { fill } from '../i18n/pane';
import { usePane, usePaneState } from './context';
import { COMMANDS, countsOf, type CommandName } from './model';
import { StatusLine } from './StatusLine';
import { TablesView } from './TablesView';
import { FindingsView } from './FindingsView';
import { CatalogView } from './CatalogView';
import { SettingsView } from './SettingsView';

const ICONS: Record<CommandName, ReactElement> = {
  recognize: <TableSearchRegular />,
  validate: <ShieldCheckmarkRegular />,
  recalc: <CalculatorRegular />,
  summary: <ChartMultipleRegular />,
  clearMarks: <EraserRegular />,
  undo: <ArrowUndoRegular />,
};

type Section = 'tables' | 'findings' | 'catalog' | 'settings';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: 0,
    height: '100%',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  top: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  commands: {
    display: 'flex',
    // Six commands in English do not fit a task pane's width in one line: they wrap rather than overflow.
    flexWrap: 'wrap',
    columnGap: '2px',
    padding: tokens.spacingVerticalXXS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  command: {
    display: 'flex',
    flexDirection: 'column',
    justifyContent: 'flex-start',
    // Wider labels take more room; a label that cannot fit wraps to a second line.
    flex: '1 1 auto',
    rowGap: tokens.spacingVerticalXXS,
    // Never narrower than its longest word: "Recalculate" stays whole, "Summary & charts" wraps.
    minWidth: 'min-content',
    height: '64px',
    paddingTop: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    lineHeight: '14px',
    textAlign: 'center',
    whiteSpace: 'normal',
    '& .fui-Button__icon': {
      marginRight: 0,
      marginLeft: 0,
      fontSize: '24px',
      width: '24px',
      height: '24px',
      color: tokens.colorBrandForeground1,
    },
  },
  running: {
    backgroundColor: tokens.colorSubtleBackgroundSelected,
  },
  progress: { minHeight: '0' },
  tabs: {
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    flexShrink: 0,
  },
  tab: { paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
  body: {
    flexGrow: 1,
    minHeight: 0,
    overflowY: 'auto',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
});

function CommandBar() {
  const { t, store } = usePane();
  const s = usePaneState();
  const styles = useStyles();
  const hints: Record<CommandName, string> = {
    recognize: t.recognizeHint,
    validate: t.validateHint,
    recalc: t.recalcHint,
    summary: t.summaryHint,
    clearMarks: t.clearMarksHint,
    undo: t.undoHint,
  };
  const disabled = !s.host || s.busy !== null;
  // The hint shown (hover, focus) goes when its command is clicked: it would stay over the counts line while the button
  // keeps the focus.
  const [hinted, setHinted] = useState<CommandName | null>(null);
  return (
    <div role="toolbar" aria-label={t.commands} className={styles.commands}>
      {COMMANDS.map((name) => (
        <Tooltip
          key={name}
          content={hints[name]}
          relationship="description"
          withArrow
          visible={hinted === name}
          onVisibleChange={(_, data) => setHinted((now) => (data.visible ? name : now === name ? null : now))}
        >
          <Button
            appearance="subtle"
            className={mergeClasses(styles.command, s.busy === name && styles.running)}
            icon={ICONS[name]}
            disabledFocusable={disabled}
            onClick={() => {
              setHinted(null);
              void store.command(name);
            }}
          >
            {t[name]}
          </Button>
        </Tooltip>
      ))}
    </div>
  );
}

function Progress() {
  const { t } = usePane();
  const s = usePaneState();
  const styles = useStyles();
  if (!s.busy || !s.slow) return null;
  const label = s.busy === 'save' ? t.working.save : t.working[s.busy];
  return (
    <Field className={styles.progress} validationMessage={label} validationState="none" role="status">
      <ProgressBar thickness="medium" aria-label={label} />
    </Field>
  );
}

function Notice() {
  const { t, store } = usePane();
  const s = usePaneState();
  const bar = useRef<HTMLDivElement>(null);
  // A new message is brought into view: in a narrow workbench the page may be scrolled to the preview.
  useEffect(() => {
    if (s.notice) bar.current?.scrollIntoView?.({ block: 'nearest' });
  }, [s.notice]);
  if (!s.notice) return null;
  return (
    <MessageBar ref={bar} intent={s.notice.intent} layout="multiline">
      <MessageBarBody>{s.notice.text}</MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" size="small" aria-label={t.dismiss} icon={<DismissRegular />} onClick={() => store.dismissNotice()} />}
      />
    </MessageBar>
  );
}

function SummaryConfirm() {
  const { t, store, language } = usePane();
  const s = usePaneState();
  const open = s.confirmSummary !== null;
  const sheets = (s.confirmSummary ?? []).join(language === 'ja' ? '・' : ', ');
  return (
    <Dialog open={open} onOpenChange={(_e, d) => !d.open && store.cancelSummary()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.summary}</DialogTitle>
          <DialogContent>{fill(t.summaryEdited, { sheets })}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => void store.summary(true)}>
              {t.summaryReplace}
            </Button>
            <Button onClick={() => store.cancelSummary()}>{t.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

export function Pane({ heading = true }: { heading?: boolean }) {
  const { t } = usePane();
  const s = usePaneState();
  const styles = useStyles();
  const [section, setSection] = useState<Section>('tables');
  const counts = countsOf(s.report?.issues ?? []);
  const findings = s.validated ? counts.error + counts.warning + counts.info : 0;
  return (
    <div className={styles.pane}>
      <div className={styles.top}>
        {heading && (
          <h1 className={styles.title}>
            {t.appName}
          </h1>
        )}
        <StatusLine />
        <CommandBar />
        <Progress />
        <Notice />
      </div>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={section}
        onTabSelect={(_e, d) => setSection(d.value as Section)}
        aria-label={t.sections}
      >
        <Tab className={styles.tab} value="tables" id="saiken-tab-tables" aria-controls="saiken-panel">
          {t.tabTables}
        </Tab>
        <Tab
          className={styles.tab}
          value="findings"
          id="saiken-tab-findings"
          aria-controls="saiken-panel"
          aria-label={s.validated ? `${t.tabFindings} ${findings}` : undefined}
        >
          <span>
            {t.tabFindings}{' '}
            {s.validated && <CounterBadge size="small" count={findings} showZero appearance="ghost" color={counts.error ? 'danger' : 'informative'} />}
          </span>
        </Tab>
        <Tab className={styles.tab} value="catalog" id="saiken-tab-catalog" aria-controls="saiken-panel">
          {t.tabCatalog}
        </Tab>
        <Tab className={styles.tab} value="settings" id="saiken-tab-settings" aria-controls="saiken-panel">
          {t.tabSettings}
        </Tab>
      </TabList>
      <div className={styles.body} role="tabpanel" id="saiken-panel" aria-labelledby={`saiken-tab-${section}`}>
        {section === 'tables' && <TablesView />}
        {section === 'findings' && <FindingsView />}
        {section === 'catalog' && <CatalogView />}
        {section === 'settings' && <SettingsView />}
      </div>
      <SummaryConfirm />
    </div>
  );
}

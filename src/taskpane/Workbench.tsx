/**
 * The browser workbench: the task pane page opened outside Office. The same pane works on an
 * .xlsx file held in memory (the bundled sample at first), beside a read-only preview of its
 * sheets; ファイルを開く (or a drop) opens another workbook, 保存 downloads the result.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  Badge,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Tooltip,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentTableRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { BrowserPort, type XlsxReader } from '../hosts/file/browser-port';
import { fill } from '../i18n/pane';
import { usePane, usePaneState } from './context';
import { Pane } from './Pane';
import { SheetPreview } from './SheetPreview';
import { ConsolidateButton } from './ConsolidateButton';
import { download } from './files';

import type { WorkbookFile } from './sample';

const useStyles = makeStyles({
  shell: {
    display: 'grid',
    gridTemplateRows: 'auto minmax(0, 1fr)',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground3,
  },
  bar: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    flexWrap: 'wrap',
    minWidth: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    '@media (max-width: 640px)': { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow2,
    zIndex: 1,
  },
  brand: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    minWidth: 0,
    '@media (max-width: 450px)': { flexBasis: '100%' },
  },
  logo: { width: '28px', height: '28px', flexShrink: 0 },
  names: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  // Each part of the title wraps as a whole, never mid-word (作業 / 台).
  titlePart: { display: 'inline-block', whiteSpace: 'nowrap' },
  subtitle: {
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    // A task pane's width (320–450 px): the product name alone.
    '@media (max-width: 450px)': { display: 'none' },
  },
  tagline: {
    color: tokens.colorNeutralForeground3,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    '@media (max-width: 640px)': { display: 'none' },
  },
  file: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    minWidth: 0,
    flexGrow: 1,
    justifyContent: 'center',
    color: tokens.colorNeutralForeground2,
    '@media (max-width: 450px)': { flexBasis: 0, justifyContent: 'flex-start' },
  },
  fileName: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  fileIcon: { fontSize: '20px', color: tokens.colorPaletteGreenForeground1, flexShrink: 0 },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalS, marginLeft: 'auto' },
  // In a task pane's width the buttons show their icons (their names stay for screen readers and tooltips).
  label: { '@media (max-width: 450px)': { display: 'none' } },
  button: { '@media (max-width: 450px)': { minWidth: 'auto' } },
  main: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 400px',
    minHeight: 0,
    // Narrow: the pane fills the window below the bar (its findings list gets the height), the
    // preview follows below it.
    '@media (max-width: 820px)': {
      display: 'flex',
      flexDirection: 'column',
      overflowY: 'auto',
    },
  },
  preview: {
    minWidth: 0,
    minHeight: 0,
    display: 'flex',
    flexDirection: 'column',
    margin: tokens.spacingHorizontalM,
    marginRight: 0,
    borderRadius: tokens.borderRadiusMedium,
    overflow: 'hidden',
    boxShadow: tokens.shadow4,
    backgroundColor: tokens.colorNeutralBackground1,
    '@media (max-width: 820px)': { marginRight: tokens.spacingHorizontalM, flexShrink: 0, height: '560px' },
  },
  pane: {
    minHeight: 0,
    display: 'flex',
    flexDirection: 'column',
    margin: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    overflow: 'hidden',
    boxShadow: tokens.shadow4,
    backgroundColor: tokens.colorNeutralBackground1,
    '@media (max-width: 820px)': { order: -1, marginBottom: 0, flexShrink: 0, height: `calc(100% - ${tokens.spacingHorizontalM})`, minHeight: '420px' },
  },
  drop: {
    position: 'fixed',
    inset: 0,
    zIndex: 1000,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    backgroundColor: 'rgba(15, 108, 189, 0.12)',
    border: `3px dashed ${tokens.colorBrandStroke1}`,
    pointerEvents: 'none',
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
  hiddenInput: { display: 'none' },
});

const isXlsx = (name: string) => /\.xlsx$/i.test(name);

export function Workbench({ initial, reader }: { initial: Promise<WorkbookFile | null>; reader?: XlsxReader }) {
  const { t, store, language } = usePane();
  const s = usePaneState();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const main = useRef<HTMLElement>(null);
  const [dragging, setDragging] = useState(false);
  const [file, setFile] = useState<{ name: string; port: BrowserPort } | null>(null);
  // A file waiting for the user to say what happens to the unsaved changes of the open one.
  const [pending, setPending] = useState<WorkbookFile | null>(null);

  /** The open file becomes `f` only once `f` has been read: a file that fails leaves it as it was. */
  const open = useCallback(
    async (f: WorkbookFile) => {
      const port = new BrowserPort(f.data, f.name, reader, f.snapshot);
      if (await store.open({ kind: 'browser', port, fileName: f.name })) {
        setFile({ name: f.name, port });
        // A narrow window may be scrolled down to the preview: show the new file's pane from its top.
        main.current?.scrollTo?.({ top: 0 });
      }
    },
    [store, reader],
  );

  /** Asks first when the open workbook has changes that were not saved. */
  const request = useCallback(
    (f: WorkbookFile) => {
      if (store.getState().unsaved) setPending(f);
      else void open(f);
    },
    [open, store],
  );

  const openFile = useCallback(
    async (f: File) => {
      if (!isXlsx(f.name)) {
        store.fail(fill(t.notXlsx, { name: f.name }));
        return;
      }
      request({ name: f.name, data: new Uint8Array(await f.arrayBuffer()) });
    },
    [request, store, t],
  );

  // Leaving the page with unsaved changes: the browser asks.
  useEffect(() => {
    if (!s.unsaved) return;
    const ask = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [s.unsaved]);

  // The bundled sample, at once.
  useEffect(() => {
    let cancelled = false;
    void initial.then((f) => {
      if (cancelled) return;
      if (f) void open(f);
      else store.fail(t.sampleMissing);
    });
    return () => {
      cancelled = true;
    };
  }, [initial, open, store, t]);

  // Drop anywhere on the page.
  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (!depth) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const f = e.dataTransfer?.files?.[0];
      if (f) void openFile(f);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [openFile]);

  /** Downloads the workbook as it is now, under the name it was opened with. */
  const save = () => {
    if (!file) return;
    download(file.port.blob(), file.name);
    store.saved(file.name);
  };

  const decide = (choice: 'save' | 'discard' | 'cancel') => {
    const f = pending;
    setPending(null);
    if (!f || choice === 'cancel') return;
    if (choice === 'save') save();
    void open(f);
  };

  return (
    <div className={styles.shell}>
      <header className={styles.bar}>
        <div className={styles.brand}>
          <img className={styles.logo} src="assets/icon-32.png" alt="" width={28} height={28} />
          <div className={styles.names}>
            <h1 className={styles.title}>
              <span className={styles.titlePart}>{t.appName}</span>
              <span className={mergeClasses(styles.titlePart, styles.subtitle)}>&nbsp;— {t.workbenchName}</span>
            </h1>
            <Caption1 className={styles.tagline}>{t.workbenchTagline}</Caption1>
          </div>
        </div>
        <div className={styles.file} aria-label={t.fileLabel}>
          {file && (
            <>
              <DocumentTableRegular className={styles.fileIcon} aria-hidden />
              <span className={styles.fileName} title={file.name}>
                {file.name}
              </span>
              {s.workbook && s.unsaved && (
                <Badge appearance="tint" color="warning" size="small">
                  {t.modified}
                </Badge>
              )}
            </>
          )}
        </div>
        <div className={styles.actions}>
          <input
            ref={input}
            className={styles.hiddenInput}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            tabIndex={-1}
            aria-hidden
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) void openFile(f);
            }}
          />
          <Tooltip content={t.openFileHint} relationship="description" withArrow>
            <Button className={styles.button} icon={<FolderOpenRegular />} aria-label={t.openFile} disabledFocusable={s.busy !== null} onClick={() => input.current?.click()}>
              <span className={styles.label}>{t.openFile}</span>
            </Button>
          </Tooltip>
          <Tooltip content={t.saveHint} relationship="description" withArrow>
            <Button className={styles.button} appearance="primary" icon={<ArrowDownloadRegular />} disabledFocusable={!file || !s.workbook || s.busy !== null} onClick={save} aria-label={t.save}>
              <span className={styles.label}>{t.save}</span>
            </Button>
          </Tooltip>
          <ConsolidateButton reader={reader} language={language} expectedDepartments={file ? s.stored?.settings.expectedDepartments : undefined} />
        </div>
      </header>
      <main ref={main} className={styles.main}>
        <section className={styles.preview} aria-label={t.preview}>
          <SheetPreview workbook={s.workbook} />
        </section>
        <section className={styles.pane} aria-label={t.appName}>
          <Pane heading={false} />
        </section>
      </main>
      <Dialog open={pending !== null} onOpenChange={(_e, d) => !d.open && decide('cancel')}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.unsavedTitle}</DialogTitle>
            <DialogContent>{fill(t.unsavedBody, { current: file?.name ?? '', name: pending?.name ?? '' })}</DialogContent>
            <DialogActions fluid>
              <Button appearance="primary" icon={<ArrowDownloadRegular />} onClick={() => decide('save')}>
                {t.saveThenOpen}
              </Button>
              <Button onClick={() => decide('discard')}>{t.discardAndOpen}</Button>
              <Button onClick={() => decide('cancel')}>{t.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      {dragging && (
        <div className={styles.drop} aria-hidden>
          {t.dropHere}
        </div>
      )}
    </div>
  );
}

/**
 * The pane inside Excel: the same Pane as the workbench, over the Excel host's WorkbookPort.
 * The host and the ribbon's events are handed in by mount(); until they are, the pane says so
 * and its commands stay disabled.
 */
import { useEffect, useState } from 'react';
import { MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { usePane } from './context';
import type { PaneHost } from './model';
import { Pane } from './Pane';
import type { RibbonEvents } from './ribbon-link';
import { ExcelConsolidate } from './ExcelConsolidate';

export interface ExcelConnection {
  /** Resolves to the Excel host (its WorkbookPort, and select() for findings). */
  connect(): Promise<PaneHost>;
  /** The ribbon's events, so a ribbon click updates the pane. */
  ribbon?: RibbonEvents;
}

const useStyles = makeStyles({
  main: { height: '100vh', display: 'flex', flexDirection: 'column' },
  note: { margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
});

export function ExcelPane({ connection }: { connection: ExcelConnection | null }) {
  const { t, store, language } = usePane();
  const styles = useStyles();
  const [state, setState] = useState<'connecting' | 'ready' | 'unavailable'>(connection ? 'connecting' : 'unavailable');
  // 取りまとめ writes through the same host as the pane's commands.
  const [host, setHost] = useState<PaneHost | null>(null);
  useEffect(() => {
    if (!connection) return;
    let stop: (() => void) | undefined;
    let cancelled = false;
    connection.connect().then(
      async (host) => {
        if (cancelled) return;
        setState('ready');
        setHost(host);
        const ribbon = connection.ribbon;
        // A ribbon command that opened the pane, finished or still running, brings its own outcome: no recognition of ours.
        await store.open(host, { recognize: !ribbon?.last && !ribbon?.running });
        if (ribbon && !cancelled) stop = store.follow(ribbon);
      },
      (error: unknown) => {
        if (cancelled) return;
        setState('unavailable');
        store.fail(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [connection, store]);
  return (
    <main className={styles.main}>
      {state === 'connecting' && <Spinner className={styles.note} size="tiny" label={t.excelConnecting} />}
      {state === 'unavailable' && !connection && (
        <MessageBar className={styles.note} intent="info" layout="multiline">
          <MessageBarBody>{t.excelUnavailable}</MessageBarBody>
        </MessageBar>
      )}
      {host && (
        <div className={styles.note}>
          <ExcelConsolidate port={host.port} exclusive={host.exclusive} language={language} />
        </div>
      )}
      <Pane />
    </main>
  );
}

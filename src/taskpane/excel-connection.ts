/**
 * The pane inside Excel: the Excel host from the runtime (src/commands/handlers.ts:
 * paneConnection), with the pane's buttons running through the same runner as the ribbon's (one
 * command at a time across ribbon and pane, marks on 検証, the same outcome messages), and the
 * runtime's store of ribbon events.
 */
import { commandState } from '../commands/state';
import { notify } from '../commands/notify';
import { paneConnection, runExclusive, runRibbonCommand, setRibbonEnabled, workbookFileName } from '../commands/handlers';
import type { ExcelConnection } from './ExcelPane';

/** Local time as the change log shows it: 2026-11-23 18:30. */
function localStamp(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function excelConnection(): ExcelConnection {
  const base = paneConnection();
  return {
    async connect() {
      const host = await base.connect();
      return {
        ...host,
        run: (command) =>
          runRibbonCommand(command, {
            port: () => host.port,
            notify: (event) => notify(event),
            setEnabled: setRibbonEnabled,
            state: commandState,
            fileName: workbookFileName,
            now: () => localStamp(),
          }),
        exclusive: (task, work) => runExclusive(task, work),
      };
    },
    ribbon: base.ribbon,
  };
}

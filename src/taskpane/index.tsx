/**
 * Entry of the task pane page, which is also the shared runtime and the ribbon's function file.
 *
 * Kept free of React on purpose: the commands are registered the moment Office is ready, and the
 * page (React, Fluent UI) is fetched as a separate chunk afterwards. A ribbon click that started
 * the runtime therefore never waits for the UI. In a plain browser (the workbench) the bundled
 * sample and the .xlsx reader start loading at the same moment as the pane.
 */
import { registerCommands } from '../commands/register';
import { fetchSample } from './sample';
import { workerReader } from './worker-reader';

/** office.js missing (blocked CDN, opened from disk) is the same as a plain browser. */
async function whenOfficeReady(): Promise<Office.HostType | null> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return null;
  const info = await Office.onReady();
  return info.host ?? null;
}

async function start(): Promise<void> {
  const host = await whenOfficeReady();
  if (host) registerCommands();
  const root = document.getElementById('root');
  // The inline script in taskpane.html already told an IE/EdgeHTML user what to do.
  if (!root || root.querySelector('.saiken-legacy')) return;
  if (host) {
    const { mount } = await import(/* webpackChunkName: "pane" */ './mount');
    mount(root, 'excel');
    return;
  }
  // The workbench: the sample and the .xlsx reader (a worker) start loading beside the pane.
  const reader = workerReader();
  const sample = fetchSample(reader ?? undefined);
  const { mount } = await import(/* webpackChunkName: "pane" */ './mount');
  mount(root, 'browser', { sample, reader });
}

void start();

/**
 * The ribbon's real handlers: each completes its event on every path, disables the command
 * buttons while it runs, refuses a second command meanwhile, works with the pane closed and tells
 * the user the outcome — in the pane when it is open, else by bringing the pane up.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMAND_IDS, registerCommands, type CommandId } from '../../../src/commands/register';
import { COMMAND_NAMES, RIBBON, excelHandlers, runExclusive, runRibbonCommand, setRibbonEnabled, type CommandDeps } from '../../../src/commands/handlers';
import { CommandState, type RibbonEvent } from '../../../src/commands/state';
import { notify, trackPaneVisibility } from '../../../src/commands/notify';
import { fakeOf, portOn } from './helpers';
import type { FakeExcel } from '../../fakes/excel';

type Registered = (event: Office.AddinCommands.Event) => Promise<void>;

function deps(fake: FakeExcel, over: Partial<CommandDeps> = {}) {
  const enabled: boolean[] = [];
  const events: RibbonEvent[] = [];
  const state = new CommandState();
  const d: CommandDeps = {
    port: () => portOn(fake),
    notify: async (e) => void events.push(e),
    setEnabled: async (on) => void enabled.push(on),
    state,
    fileName: () => 'tsuyama-plan2.xlsx',
    now: () => '2026-11-23 10:00',
    ...over,
  };
  return { d, enabled, events, state };
}

function install(office: Record<string, unknown>): Map<string, Registered> {
  const registered = new Map<string, Registered>();
  (globalThis as { Office?: unknown }).Office = { actions: { associate: (id: string, fn: Registered) => registered.set(id, fn) }, ...office };
  return registered;
}

function event() {
  const completed = jest.fn();
  return { e: { completed, source: { id: 'Saiken.Button' } } as unknown as Office.AddinCommands.Event, completed };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { Excel?: unknown }).Excel;
});

describe.each(COMMAND_IDS)('%s', (id: CommandId) => {
  it('runs through the Excel host, buttons off then on, tells the outcome, completes once', async () => {
    const fake = await fakeOf('tsuyama-plan2.xlsx');
    const { d, enabled, events } = deps(fake);
    const registered = install({});
    registerCommands(excelHandlers(d));
    const { e, completed } = event();
    await registered.get(id)!(e);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(enabled).toEqual([false, true]);
    expect(events).toHaveLength(1);
    expect(events[0].command).toBe(COMMAND_NAMES[id]);
    expect(events[0].outcome.ok).toBe(true);
    expect(events[0].outcome.message.ja.length).toBeGreaterThan(5);
    expect(events[0].outcome.syncs).toBe(fake.syncCount);
  });

  it('a failure still completes once, re-enables the buttons and says why', async () => {
    const fake = await fakeOf('tsuyama-plan2.xlsx');
    fake.failSync(1, 'InvalidOperationInCellEditMode');
    const { d, enabled, events } = deps(fake);
    const registered = install({});
    registerCommands(excelHandlers(d));
    const { e, completed } = event();
    await registered.get(id)!(e);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(enabled).toEqual([false, true]);
    expect(events[0].outcome).toMatchObject({ ok: false, failure: 'cell-edit' });
  });
});

it('a second command while one runs is refused with a message; both complete', async () => {
  const fake = await fakeOf('tsuyama-plan2.xlsx');
  fake.enterCellEditMode(); // holds the first command's batches (delayForCellEdit)
  const { d, events } = deps(fake);
  const registered = install({});
  registerCommands(excelHandlers(d));
  const first = event();
  const second = event();
  const running = registered.get('saikenRecalc')!(first.e);
  await new Promise((r) => setTimeout(r, 10));
  await registered.get('saikenValidate')!(second.e);
  expect(second.completed).toHaveBeenCalledTimes(1);
  expect(events[0].outcome).toMatchObject({ command: 'validate', ok: false, failure: 'busy' });
  expect(events[0].outcome.message.ja).toContain('別のコマンドを実行中');
  fake.exitCellEditMode();
  await running;
  expect(first.completed).toHaveBeenCalledTimes(1);
  expect(events[1].outcome).toMatchObject({ command: 'recalc', ok: true });
});

it('inside Excel, registerCommands() binds the real handlers by default (outside it, the pane placeholder)', async () => {
  const run = jest.fn().mockRejectedValue(Object.assign(new Error('editing'), { code: 'InvalidOperationInCellEditMode' }));
  (globalThis as { Excel?: unknown }).Excel = { run };
  const showAsTaskpane = jest.fn().mockResolvedValue(undefined);
  const registered = install({ addin: { showAsTaskpane }, context: { requirements: { isSetSupported: () => true } } });
  registerCommands();
  const { e, completed } = event();
  await registered.get('saikenRecognize')!(e);
  expect(completed).toHaveBeenCalledTimes(1);
  expect(run).toHaveBeenCalledWith({ delayForCellEdit: true }, expect.any(Function));
  // The outcome (a cell-edit message) was shown by bringing the pane up.
  expect(showAsTaskpane).toHaveBeenCalledTimes(1);
});

describe('the ribbon', () => {
  it('disables and enables the five command buttons by the manifest’s ids (RibbonApi 1.1)', async () => {
    const requestUpdate = jest.fn().mockResolvedValue(undefined);
    install({ ribbon: { requestUpdate }, context: { requirements: { isSetSupported: (n: string) => n === 'RibbonApi' } } });
    await setRibbonEnabled(false);
    const arg = requestUpdate.mock.calls[0][0];
    expect(arg.tabs[0].id).toBe('Saiken.Tab');
    const controls = arg.tabs[0].groups.flatMap((g: { controls: { id: string; enabled: boolean }[] }) => g.controls);
    expect(controls.map((c: { id: string }) => c.id).sort()).toEqual(['Saiken.ClearMarks', 'Saiken.Recalc', 'Saiken.Recognize', 'Saiken.Summary', 'Saiken.Validate']);
    expect(controls.every((c: { enabled: boolean }) => c.enabled === false)).toBe(true);
  });

  it('a runtime that reloaded mid-command re-enables the buttons when it registers the commands', async () => {
    const requestUpdate = jest.fn().mockResolvedValue(undefined);
    install({ ribbon: { requestUpdate }, context: { requirements: { isSetSupported: (n: string) => n === 'RibbonApi' } } });
    registerCommands({});
    await Promise.resolve();
    expect(requestUpdate).toHaveBeenCalledTimes(1);
    const controls = requestUpdate.mock.calls[0][0].tabs[0].groups.flatMap((g: { controls: { id: string; enabled: boolean }[] }) => g.controls);
    expect(controls).toHaveLength(5);
    expect(controls.every((c: { enabled: boolean }) => c.enabled === true)).toBe(true);
  });

  it('leaves the ribbon alone where RibbonApi 1.1 is missing', async () => {
    const requestUpdate = jest.fn();
    install({ ribbon: { requestUpdate }, context: { requirements: { isSetSupported: () => false } } });
    await setRibbonEnabled(false);
    expect(requestUpdate).not.toHaveBeenCalled();
  });

  it('every tab, group and button id exists in manifest.xml', () => {
    const xml = readFileSync(join(__dirname, '../../../manifest.xml'), 'utf8');
    for (const id of [RIBBON.tab, ...RIBBON.groups.flatMap((g) => [g.id, ...g.controls])]) expect(xml).toContain(`id="${id}"`);
  });
});

describe('telling the user', () => {
  const ev = (ok: boolean): RibbonEvent => ({ command: 'validate', outcome: { command: 'validate', ok, message: { ja: 'x', en: 'x' } } });

  it('the open pane hears it at once; nothing else pops up', async () => {
    const state = new CommandState();
    state.paneVisible = true;
    const heard: RibbonEvent[] = [];
    state.subscribe((e) => heard.push(e));
    const show = jest.fn();
    await notify(ev(true), state, show);
    expect(heard).toHaveLength(1);
    expect(show).not.toHaveBeenCalled();
  });

  it('with the pane closed, the pane is brought up and finds the outcome waiting', async () => {
    const state = new CommandState();
    const show = jest.fn().mockResolvedValue(undefined);
    await notify(ev(false), state, show);
    expect(show).toHaveBeenCalledTimes(1);
    expect(state.last?.outcome.ok).toBe(false);
  });

  it('a host that cannot show the pane does not break the command', async () => {
    const state = new CommandState();
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(notify(ev(true), state, () => Promise.reject(new Error('no')))).resolves.toBeUndefined();
  });

  it('Excel on the web: the iframe reports the page visible while the pane is closed; a command still brings the pane up', async () => {
    // The runtime is an iframe of the Excel page; its document's visibilityState is the page's.
    (globalThis as { document?: unknown }).document = { visibilityState: 'visible' };
    install({ addin: { onVisibilityModeChanged: () => Promise.resolve(() => undefined) } });
    const state = new CommandState();
    trackPaneVisibility(state);
    const show = jest.fn().mockResolvedValue(undefined);
    await notify(ev(true), state, show);
    expect(show).toHaveBeenCalledTimes(1);
    delete (globalThis as { document?: unknown }).document;
  });

  it('follows the pane’s visibility (SharedRuntime 1.1)', () => {
    let handler!: (a: { visibilityMode: string }) => void;
    install({ addin: { onVisibilityModeChanged: (h: typeof handler) => ((handler = h), Promise.resolve(() => undefined)) } });
    const state = new CommandState();
    trackPaneVisibility(state);
    handler({ visibilityMode: 'Taskpane' });
    expect(state.paneVisible).toBe(true);
    handler({ visibilityMode: 'Hidden' });
    expect(state.paneVisible).toBe(false);
  });
});

it('runRibbonCommand publishes the report the pane can show', async () => {
  const fake = await fakeOf('tsuyama-plan2.xlsx');
  const { d } = deps(fake);
  const event = await runRibbonCommand('validate', d);
  expect(event.report?.tables.length).toBe(4);
  // 44 warnings: the department spelled two ways (子ども保育課 / こども保育課) is one of them.
  expect(event.outcome.counts).toMatchObject({ tables: 4, errors: 0, warnings: 44, infos: 20, cells: 64 });
});

it('再計算 says how many of the values it replaced showed another figure (the seed’s differences typed beside a blank target)', async () => {
  const fake = await fakeOf('tsuyama-plan2.xlsx');
  const { d } = deps(fake);
  const event = await runRibbonCommand('recalc', d);
  const mended = event.report!.changes.filter((c) => c.mended);
  expect(mended.length).toBe(41);
  expect(mended[0]).toMatchObject({ sheet: '2-1', cell: 'G8', before: 27.4 });
  expect(event.outcome.message.ja).toContain(`置き換えた値 ${event.report!.changes.length} 件（うち違っていた値 41 件）`);
});

describe('the order Excel needs, and failures before the command runs', () => {
  it('the event is completed before the pane is brought up: showAsTaskpane waits for it (office-js#3250) and the "…is working on…" text sticks otherwise (office-js#2877)', async () => {
    const fake = await fakeOf('tsuyama-plan2.xlsx');
    const order: string[] = [];
    const state = new CommandState();
    const { d } = deps(fake, { state, notify: (e) => notify(e, state, async () => void order.push('showAsTaskpane')) });
    const registered = install({});
    registerCommands(excelHandlers(d));
    await registered.get('saikenRecognize')!({ completed: () => order.push('completed'), source: { id: 'x' } } as unknown as Office.AddinCommands.Event);
    expect(order).toEqual(['completed', 'showAsTaskpane']);
  });

  it('the event is completed before the workbook is read: Excel ends a function command still running after five minutes (office-js#1452), and a long 再計算 must not be cut short', async () => {
    const fake = await fakeOf('tsuyama-plan2.xlsx');
    const order: string[] = [];
    const { d } = deps(fake, {
      port: () => {
        order.push('port');
        return portOn(fake);
      },
      notify: async () => void order.push('notify'),
    });
    const registered = install({});
    registerCommands(excelHandlers(d));
    await registered.get('saikenRecalc')!({ completed: () => order.push('completed'), source: { id: 'x' } } as unknown as Office.AddinCommands.Event);
    expect(order).toEqual(['completed', 'port', 'notify']);
  });

  it('the pane’s own writes and the commands run one at a time: a command is refused while the pane writes, and the pane while a command runs', async () => {
    const fake = await fakeOf('tsuyama-plan2.xlsx');
    const { d, events, state } = deps(fake);
    let release!: () => void;
    const saving = runExclusive('save', () => new Promise<void>((r) => (release = r)), state, d.setEnabled);
    const refused = await runRibbonCommand('validate', d);
    expect(refused.outcome).toMatchObject({ ok: false, failure: 'busy' });
    release();
    await saving;
    expect(state.running).toBeNull();
    // A command that has read and not yet written: the pane's write waits for nothing, it is refused.
    let reading!: () => void;
    const slow = deps(fake, { state, port: () => new Promise((r) => (reading = () => r(portOn(fake)))) }).d;
    const running = runRibbonCommand('recalc', slow);
    await Promise.resolve();
    await expect(runExclusive('consolidate', async () => 'written', state, d.setEnabled)).rejects.toMatchObject({ kind: 'busy' });
    reading();
    await running;
    await expect(runExclusive('consolidate', async () => 'written', state, d.setEnabled)).resolves.toBe('written');
    expect(events.map((e) => e.outcome.failure)).toEqual(['busy']);
  });

  it('a refusal for a command still running is completed first too', async () => {
    const fake = await fakeOf('tsuyama-plan2.xlsx');
    const order: string[] = [];
    const state = new CommandState();
    state.running = 'recalc';
    const { d } = deps(fake, { state, notify: (e) => notify(e, state, async () => void order.push('showAsTaskpane')) });
    const registered = install({});
    registerCommands(excelHandlers(d));
    await registered.get('saikenValidate')!({ completed: () => order.push('completed'), source: { id: 'x' } } as unknown as Office.AddinCommands.Event);
    expect(order).toEqual(['completed', 'showAsTaskpane']);
  });

  it('a failure before the command runs (the engine’s code could not be loaded: the add-in updated under a long-lived runtime) is told, buttons on again', async () => {
    const fake = await fakeOf('tsuyama-plan2.xlsx');
    const { d, events, enabled } = deps(fake, { port: () => Promise.reject(Object.assign(new Error('Loading chunk engine failed.'), { name: 'ChunkLoadError' })) });
    const registered = install({});
    registerCommands(excelHandlers(d));
    const { e, completed } = event();
    await registered.get('saikenValidate')!(e);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(enabled).toEqual([false, true]);
    expect(events).toHaveLength(1);
    expect(events[0].outcome).toMatchObject({ ok: false, failure: 'generic' });
    expect(events[0].outcome.message.ja).toContain('Loading chunk engine failed.');
  });
});

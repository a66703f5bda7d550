/**
 * Ribbon commands must always complete their event: Excel otherwise keeps the button busy and,
 * after a timeout, shows the user a generic error.
 */
import { COMMAND_IDS, registerCommands, type CommandHandlers } from '../src/commands/register';

type Registered = (event: Office.AddinCommands.Event) => Promise<void>;

interface FakeOffice {
  actions?: { associate: (id: string, fn: Registered) => void };
  addin?: { showAsTaskpane?: () => Promise<void> };
}

function install(office: FakeOffice): void {
  (globalThis as { Office?: unknown }).Office = office;
}

/** Registers the commands against a fake Office and returns what was associated. */
function register(addin: FakeOffice['addin'], handlers?: CommandHandlers): Map<string, Registered> {
  const registered = new Map<string, Registered>();
  install({ actions: { associate: (id, fn) => registered.set(id, fn) }, addin });
  registerCommands(handlers);
  return registered;
}

function fakeEvent() {
  const completed = jest.fn();
  const event = { completed, source: { id: 'Saiken.Button' } } as unknown as Office.AddinCommands.Event;
  return { event, completed };
}

let consoleError: jest.SpyInstance;
beforeEach(() => {
  consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  consoleError.mockRestore();
  delete (globalThis as { Office?: unknown }).Office;
});

test('registers every command id once', () => {
  const ids: string[] = [];
  install({ actions: { associate: (id) => ids.push(id) } });
  expect(registerCommands()).toEqual([...COMMAND_IDS]);
  expect(ids).toEqual([...COMMAND_IDS]);
});

test('registers nothing, and does not throw, where the host has no Office.actions', () => {
  install({});
  expect(registerCommands()).toEqual([]);
  delete (globalThis as { Office?: unknown }).Office;
  expect(registerCommands()).toEqual([]);
});

describe.each(COMMAND_IDS)('%s', (id) => {
  test('shows the task pane and completes the event exactly once', async () => {
    const showAsTaskpane = jest.fn().mockResolvedValue(undefined);
    const { event, completed } = fakeEvent();
    await register({ showAsTaskpane }).get(id)!(event);
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test('completes the event before showing the pane: showAsTaskpane waits for it (office-js#3250)', async () => {
    const { event, completed } = fakeEvent();
    const order: string[] = [];
    completed.mockImplementation(() => void order.push('completed'));
    await register({ showAsTaskpane: async () => void order.push('showAsTaskpane') }).get(id)!(event);
    expect(order).toEqual(['completed', 'showAsTaskpane']);
  });

  test('completes exactly once when showing the pane throws', async () => {
    const showAsTaskpane = jest.fn(() => {
      throw new Error('not supported');
    });
    const { event, completed } = fakeEvent();
    await register({ showAsTaskpane }).get(id)!(event);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(consoleError).toHaveBeenCalled();
  });

  test('completes exactly once when showing the pane rejects', async () => {
    const showAsTaskpane = jest.fn().mockRejectedValue(new Error('pane closed'));
    const { event, completed } = fakeEvent();
    await register({ showAsTaskpane }).get(id)!(event);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(consoleError).toHaveBeenCalled();
  });

  test('completes exactly once where the host has no Office.addin', async () => {
    const { event, completed } = fakeEvent();
    await register(undefined).get(id)!(event);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(consoleError).not.toHaveBeenCalled();
  });

  test('runs a handler passed in instead, and completes only after it settles', async () => {
    const showAsTaskpane = jest.fn().mockResolvedValue(undefined);
    let finish!: () => void;
    const handler = jest.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { event, completed } = fakeEvent();
    const running = register({ showAsTaskpane }, { [id]: handler }).get(id)!(event);
    await Promise.resolve();
    expect(handler).toHaveBeenCalledTimes(1);
    expect(completed).not.toHaveBeenCalled();
    finish();
    await running;
    expect(completed).toHaveBeenCalledTimes(1);
    expect(showAsTaskpane).not.toHaveBeenCalled();
  });

  test('completes exactly once when a handler completes the event itself and then throws', async () => {
    const { event, completed } = fakeEvent();
    const handler = jest.fn(async (e: Office.AddinCommands.Event) => {
      expect((e.source as { id: string }).id).toBe('Saiken.Button');
      e.completed();
      throw new Error('engine failure');
    });
    await register(undefined, { [id]: handler }).get(id)!(event);
    expect(handler).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledTimes(1);
  });
});

test('a handler given for one command leaves the others on the placeholder', async () => {
  const showAsTaskpane = jest.fn().mockResolvedValue(undefined);
  const validate = jest.fn();
  const registered = register({ showAsTaskpane }, { saikenValidate: validate });
  await registered.get('saikenValidate')!(fakeEvent().event);
  await registered.get('saikenRecalc')!(fakeEvent().event);
  expect(validate).toHaveBeenCalledTimes(1);
  expect(showAsTaskpane).toHaveBeenCalledTimes(1);
});

/**
 * saiken: the engine's commands on .xlsx files. Parses the arguments and hands each workbook to the
 * per-file guard (src/cli/guard.ts), which runs it in a worker: this module loads neither the reader,
 * the engine nor the writer, so --help and --version stay instant.
 * Exit status: src/cli/exit.ts.
 */
import { Command, Option, type CommanderError } from 'commander';
import { join } from 'node:path';
import pkg from '../../package.json';
import type { Language } from '../i18n';
import type { CliText } from '../i18n/cli';
import { cliLanguage, cliText } from './locale';
import { batchNames, expandInputs, type Input } from './inputs';
import { worst, type ExitCode } from './exit';
import { DEFAULT_LIMITS, guardFor, selftestFromEnv, type Limits } from './guard';
import type { CommandName, Job } from './job';

export interface Io {
  out: (s: string) => void;
  /**
   * Raw output, no newline added: a --json report is written through it in pieces (UTF-8) as it
   * comes. It calls `written`, when given, once it holds the piece no longer (so its buffer is
   * filled again); one that keeps the piece never calls it.
   */
  write?: (s: string | Uint8Array, written?: () => void) => void;
  err: (s: string) => void;
  /** A progress bar, only where a person watches a terminal. */
  progress?: (done: number, total: number, current: string) => void;
  /** The environment (locale, limits); the process's by default. */
  env?: NodeJS.ProcessEnv;
}

function terminalProgress(done: number, total: number, current: string): void {
  const width = 30;
  const filled = Math.round((done / total) * width);
  const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${current}`;
  process.stderr.write(`\r${line.slice(0, (process.stderr.columns ?? 80) - 1).padEnd(Math.min(line.length, 79))}${done === total ? '\n' : ''}`);
}

const stdio: Io = {
  out: (s) => process.stdout.write(s + '\n'),
  write: (s, written) => process.stdout.write(s, written && (() => written())),
  err: (s) => process.stderr.write(s + '\n'),
  progress: process.stdout.isTTY && process.stderr.isTTY ? terminalProgress : undefined,
};

class UsageError extends Error {}

interface CommandOptions {
  output?: string;
  inPlace?: boolean;
  force?: boolean;
  json?: boolean;
  timeout?: string;
  maxMemory?: string;
}

/**
 * The command table. A command that works on workbooks lists how it is called; adding one (an
 * `undo`, say) is a row here and a case in src/cli/job.ts.
 */
interface CommandSpec {
  name: CommandName;
  /** Another name it answers to (validate for inspect). */
  alias?: string;
  description: (t: CliText) => string;
  /** Several workbooks and folders, or exactly one. */
  many: boolean;
  /** Writes a workbook: -o/--in-place. */
  writes: boolean;
  force?: boolean;
  examples: string[];
}

const COMMANDS: CommandSpec[] = [
  {
    name: 'inspect',
    // 検証, as the pane and the ribbon name the step, is what a user types first.
    alias: 'validate',
    description: (t) => t.help.inspect,
    many: true,
    writes: false,
    examples: ['saiken inspect 計画.xlsx', 'saiken inspect 計画.xlsx --json', 'saiken inspect 各課提出/ --json > reports.jsonl'],
  },
  { name: 'recalc', description: (t) => t.help.recalc, many: false, writes: true, examples: ['saiken recalc 計画.xlsx -o 計画_再計算.xlsx', 'saiken recalc 計画.xlsx --in-place'] },
  { name: 'summary', description: (t) => t.help.summary, many: false, writes: true, force: true, examples: ['saiken summary 計画.xlsx -o 計画_集計.xlsx'] },
  { name: 'run', description: (t) => t.help.run, many: false, writes: true, force: true, examples: ['saiken run 計画.xlsx -o 計画_完成.xlsx', 'saiken run 計画.xlsx --in-place --force'] },
];

/** The commands registered from modules of their own (loaded only when called: see run). */
const OWN_COMMANDS = ['undo', 'consolidate'] as const;

function limitsOf(opts: CommandOptions, env: NodeJS.ProcessEnv, t: CliText): Limits {
  const pick = (flag: string, given: string | undefined, envName: string, fallback: number) => {
    const raw = given ?? env[envName];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0) throw new UsageError(t.badLimit(given !== undefined ? flag : envName, raw));
    return value;
  };
  return {
    timeoutSeconds: pick('--timeout', opts.timeout, 'SAIKEN_TIMEOUT', DEFAULT_LIMITS.timeoutSeconds),
    maxMemoryMb: Math.ceil(pick('--max-memory', opts.maxMemory, 'SAIKEN_MAX_MEMORY', DEFAULT_LIMITS.maxMemoryMb)),
  };
}

/** Commander's own errors in the user's language, from its error code and the token it quotes. */
function parserMessage(e: CommanderError, t: CliText, language: Language): string {
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  const hint = /Did you mean (?:one of )?([^?]+)\?/.exec(e.message)?.[1];
  switch (e.code) {
    case 'commander.unknownOption':
      return t.unknownOption(quoted, hint);
    case 'commander.unknownCommand':
      return t.unknownCommand(quoted, [...COMMANDS.map((c) => c.name), ...OWN_COMMANDS], hint);
    case 'commander.missingArgument':
      return t.missingArgument(quoted);
    case 'commander.optionMissingArgument':
      return t.missingOptionValue(quoted);
    case 'commander.missingMandatoryOptionValue':
      return t.missingOption(quoted);
    case 'commander.excessArguments':
      return t.excessArguments(quoted);
    case 'commander.invalidArgument':
      return t.invalidArgument(e.message.replace(/^error: /, ''));
    default:
      return language === 'ja' ? t.usageError(e.message.replace(/^error: /, '')) : e.message.replace(/^error: /, '');
  }
}

export async function run(argv: string[], io: Io = stdio): Promise<number> {
  const env = io.env ?? process.env;
  const language = cliLanguage(env);
  const t = cliText(language);
  let code: ExitCode = 0;
  const program = new Command()
    .name('saiken')
    .description(t.help.program)
    .usage(`[${t.help.usage.options}] [${t.help.usage.command}]`)
    .version(pkg.version, '-V, --version', t.help.version)
    .helpOption('-h, --help', t.help.helpOption)
    .helpCommand('help [command]', t.help.helpCommand)
    .configureHelp({
      styleTitle: (s) => t.help.titles[s] ?? s,
      // Full-width characters take two columns in a terminal: the help's columns stay aligned.
      displayWidth: (s) => [...s].reduce((w, ch) => w + (ch.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0),
      subcommandTerm: (c) => (c.name() === 'help' ? `help [${t.help.usage.command}]` : `${[c.name(), ...c.aliases()].join('|')} ${c.usage()}`),
    })
    .exitOverride()
    // Parser errors are printed translated below, not in commander's English.
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()), outputError: () => undefined });
  program.addHelpText('after', `\n${t.help.examples}\n${COMMANDS.map((c) => `  ${c.examples[0]}`).join('\n')}\n\n${t.help.exitCodes}`);

  for (const spec of COMMANDS) {
    const command = program
      .command(spec.name)
      .aliases(spec.alias ? [spec.alias] : [])
      .description(spec.description(t))
      .helpOption('-h, --help', t.help.helpOption)
      .argument(spec.many ? '<books...>' : '<book.xlsx>', spec.many ? t.help.books : t.help.book)
      .usage(`[${t.help.usage.options}] ${spec.many ? '<books...>' : '<book.xlsx>'}`);
    if (spec.writes) {
      command.option('-o, --output <out.xlsx>', t.help.output).option('--in-place', t.help.inPlace);
      if (spec.force) command.option('--force', t.help.force);
    }
    command
      .option('--json', t.help.json)
      .addOption(new Option('--timeout <seconds>', t.help.timeout.replace('{0}', String(DEFAULT_LIMITS.timeoutSeconds))))
      .addOption(new Option('--max-memory <MB>', t.help.maxMemory.replace('{0}', String(DEFAULT_LIMITS.maxMemoryMb))))
      .addHelpText('after', `\n${t.help.examples}\n${spec.examples.map((x) => `  ${x}`).join('\n')}\n\n${t.help.exitCodes}`)
      .action(async (given: string | string[], opts: CommandOptions) => {
        code = await runCommand(spec, Array.isArray(given) ? given : [given], opts, io, env, language, t);
      });
  }

  // Commands of their own shape (not one workbook in, one report out) live in modules of their own,
  // bundled apart: they are loaded only when called, so --help and the other commands load neither.
  const setCode = (c: number) => (code = c as ExitCode);
  const first = argv.find((a) => !a.startsWith('-'));
  // The command called, or whose help is asked for (saiken help consolidate).
  const called = first === 'help' ? argv[argv.indexOf('help') + 1] : first;
  if (called === 'undo') ownCommand<typeof import('./undo')>('undo').registerUndo(program, io, setCode);
  else program.command('undo').description(t.help.undo);
  if (called === 'consolidate') ownCommand<typeof import('./consolidate')>('consolidate').registerConsolidate(program, io, setCode);
  else program.command('consolidate').description(t.help.consolidate);
  // Their usage line in the user's language, as the other commands' (Commander's default says [options]).
  for (const c of program.commands) if ((OWN_COMMANDS as readonly string[]).includes(c.name())) c.usage(`[${t.help.usage.options}] ${c.name() === 'undo' ? '<book.xlsx>' : '<books...>'}`);
  program.addHelpText('after', `\n  saiken undo 計画.xlsx -o 元に戻した.xlsx\n  saiken consolidate 各課提出/ -o 取りまとめ.xlsx`);

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(e.message);
      return 2;
    }
    if (e && typeof e === 'object' && 'exitCode' in e) {
      const ce = e as CommanderError;
      // `saiken` alone shows the help as an error (exit 2); asked for, the help and the version exit 0.
      if (ce.code === 'commander.helpDisplayed' || ce.code === 'commander.version' || ce.code === 'commander.help') return ce.exitCode === 0 ? 0 : 2;
      io.err(`saiken: ${parserMessage(ce, t, language)}`);
      return 2;
    }
    io.err(`saiken: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  return code;
}

/** A module beside this one: dist-cli/<name>.js once bundled, src/cli/<name>.ts under tsx. */
function ownCommand<T>(name: string): T {
  return require(join(__dirname, name)) as T;
}

async function runCommand(spec: CommandSpec, given: string[], opts: CommandOptions, io: Io, env: NodeJS.ProcessEnv, language: Language, t: CliText): Promise<ExitCode> {
  const limits = limitsOf(opts, env, t);
  if (spec.writes && !opts.output && !opts.inPlace) throw new UsageError(t.outputNeeded(given[0]));
  const inputs: Input[] = spec.many ? await expandInputs(given) : given.map((file) => ({ file }));
  const books = inputs.filter((i) => !i.emptyFolder);
  const files = books.map((i) => i.file);
  const names = batchNames(books);
  const batch = files.length !== 1;
  const guard = guardFor(limits, language);
  const selftest = selftestFromEnv(env.SAIKEN_GUARD_SELFTEST);
  const bar = batch && !opts.json && io.progress ? io.progress : null;
  let code: ExitCode = 0;
  for (const input of inputs.filter((i) => i.emptyFolder)) {
    io.err(t.noInputs(input.file));
    code = 2;
  }
  for (const [i, file] of files.entries()) {
    bar?.(i, files.length, names[i]);
    const job: Job = { command: spec.name, file, name: names[i], output: opts.output ?? file, inPlace: opts.inPlace, force: opts.force, json: opts.json, compact: batch, language };
    let streamed = false;
    const write = io.write;
    const onChunk = write
      ? (chunk: Uint8Array, written: () => void) => {
          streamed = true;
          write(chunk, written);
        }
      : undefined;
    const result = await guard.run(job, selftest[file], onChunk);
    // The report's line ends here (also when its file was stopped part way).
    if (streamed) write!('\n');
    // A report cut part way is followed by a line naming its file and the error: after any piece of
    // a report, a whole JSON object on a line of its own never makes valid JSON (a cut string holds a
    // raw line break; a cut object is left open; a whole one has a second value after it).
    if (streamed && result.cut) write!(JSON.stringify({ file, error: result.err.join('\n') }) + '\n');
    for (const s of result.out) io.out(batch && !opts.json ? s + '\n' : s);
    for (const s of result.err) io.err(s);
    code = worst(code, result.code);
  }
  bar?.(files.length, files.length, '');
  return code;
}

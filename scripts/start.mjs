/**
 * npm start.
 *
 * Windows and macOS: sideload manifest.xml into desktop Excel with office-addin-debugging, which
 * also starts the https dev server. The tool is fetched on demand with npx rather than kept as a
 * dependency, because it pulls a native module that fails to build on some machines.
 *
 * Anywhere else (Linux, containers), or when sideloading fails, or with SAIKEN_WORKBENCH=1: serve
 * the task pane as the browser workbench and print its URL. Never fail just because Excel is absent.
 *
 * PORT (default 3000) and HOST (default localhost) choose where the workbench listens; HOST=0.0.0.0
 * serves it to other machines of the network, and the banner lists the addresses they can open.
 * A port already in use is reported in one line before anything is compiled.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { networkInterfaces } from 'node:os';

const require = createRequire(import.meta.url);

const forcedWorkbench = process.env.SAIKEN_WORKBENCH === '1';
const canSideload = (process.platform === 'win32' || process.platform === 'darwin') && !forcedWorkbench;

/** Runs a shell command line with inherited stdio; resolves to its exit code. */
function run(commandLine, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(commandLine, { shell: true, stdio: 'inherit', env });
    child.on('error', () => resolve(1));
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

async function sideload() {
  // Excel loads add-ins only over https, so the dev server it starts must use the dev certificates.
  const env = { ...process.env, SAIKEN_HTTPS: '1' };
  if ((await run('npx --yes office-addin-dev-certs install', env)) !== 0) return false;
  const code = await run(
    'npx --yes office-addin-debugging start manifest.xml desktop ' +
      '--dev-server "npx webpack serve --mode development" --dev-server-port 3000',
    env,
  );
  if (code !== 0) return false;
  console.log('\n停止: npx office-addin-debugging stop manifest.xml / To stop: npx office-addin-debugging stop manifest.xml\n');
  return true;
}

function banner(urls, reason) {
  const rule = '─'.repeat(72);
  console.log(
    [
      '',
      rule,
      ' saiken 債権管理計画アドイン — ブラウザ作業台 / browser workbench',
      '',
      ` ${reason.ja}`,
      ` ${reason.en}`,
      '',
      ...urls.map((url, i) => ` ${i ? '               ' : '開く / Open:   '}${url}`),
      '',
      ' Excel で使うには manifest.xml をサイドロードしてください（docs/deployment.md）。',
      ' To use it in Excel, sideload manifest.xml (see docs/deployment.md).',
      ' 停止: Ctrl+C / Stop: Ctrl+C',
      rule,
      '',
    ].join('\n'),
  );
}

/** PORT and HOST from the environment, checked; a wrong value ends here with a message. */
function listenAddress(defaults) {
  const rawPort = process.env.PORT?.trim();
  const port = rawPort ? Number(rawPort) : defaults.port;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`PORT=${rawPort} はポート番号ではありません（1〜65535）。 / PORT=${rawPort} is not a port number (1-65535).`);
    process.exit(1);
  }
  const host = process.env.HOST?.trim() || defaults.host;
  return { host, port };
}

/** Resolves when host:port can be listened on; otherwise to the error's code (EADDRINUSE, EACCES…). */
function probe(host, port) {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', (error) => resolve(error.code ?? 'ERROR'));
    s.listen({ host, port, exclusive: true }, () => s.close(() => resolve(null)));
  });
}

const ANY = new Set(['0.0.0.0', '::', '[::]']);

/** The URLs to print: every network address of this machine when listening on all of them. */
function urlsOf(scheme, host, port) {
  if (!ANY.has(host)) return [`${scheme}://${host.includes(':') ? `[${host}]` : host}:${port}/taskpane.html`];
  const urls = [`${scheme}://localhost:${port}/taskpane.html`];
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) urls.push(`${scheme}://${a.address}:${port}/taskpane.html`);
  }
  return urls;
}

async function serveWorkbench(reason) {
  const config = require('../webpack.config.js')({}, { mode: 'development' });
  const { devServer: defaults, ...webpackConfig } = config;
  const { host, port } = listenAddress(defaults);
  const local = host === 'localhost' || host === '127.0.0.1' || host === '::1';
  // Served to other machines: they reach it by this machine's name or address, which the dev
  // server's host check would refuse.
  // dist/ is only a fallback (the workbench is served from memory); not watching it keeps a build
  // or a test run (npm test builds dist/) from reloading the page under a user's unsaved work.
  const devServer = { ...defaults, host, port, static: { ...defaults.static, watch: false }, ...(local ? {} : { allowedHosts: 'all' }) };
  const scheme = devServer.server === 'http' ? 'http' : 'https';

  // webpack-dev-server reports a busy port as an uncaught stack trace: check first.
  const busy = await probe(host, port);
  if (busy) {
    console.error(`\n作業台を起動できません / Cannot start the workbench (${host}:${port}).`);
    if (busy === 'EADDRINUSE') {
      console.error(`ポート ${port} は使用中です。起動中の npm start を止めるか、別のポートを指定してください（例: PORT=3001 npm start）。`);
      console.error(`Port ${port} is already in use. Stop the other npm start, or choose another port (e.g. PORT=3001 npm start).`);
    } else if (busy === 'EACCES') {
      console.error(`ポート ${port} を開く権限がありません。1024 以上のポートを指定してください。 / No permission to listen on port ${port}: choose a port of 1024 or above.`);
    } else if (busy === 'EADDRNOTAVAIL' || busy === 'ENOTFOUND') {
      console.error(`HOST=${host} はこのコンピューターのアドレスではありません。 / HOST=${host} is not an address of this computer.`);
    } else {
      console.error(busy);
    }
    process.exit(1);
  }

  const webpack = require('webpack');
  const { default: WebpackDevServer } = await import('webpack-dev-server');
  const compiler = webpack(webpackConfig);
  const urls = urlsOf(scheme, host, port);

  let announced = false;
  compiler.hooks.done.tap('saiken-start', (stats) => {
    if (announced || stats.hasErrors()) return;
    announced = true;
    // After the dev server's own "compiled" lines, so the URL is the last thing on screen.
    setImmediate(() => banner(urls, reason));
  });

  const server = new WebpackDevServer(devServer, compiler);
  try {
    await server.start();
  } catch (error) {
    console.error(`\n作業台を起動できません / Cannot start the workbench: ${error.message}`);
    if (error.code === 'EADDRINUSE') {
      console.error(`ポート ${port} は使用中です / Port ${port} is already in use.`);
    }
    process.exit(1);
  }
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      server.stop().finally(() => process.exit(0));
    });
  }
}

if (canSideload && (await sideload())) {
  process.exit(0);
}

const REASONS = {
  forced: {
    ja: 'SAIKEN_WORKBENCH=1 が指定されたため、ブラウザ作業台を起動しました。',
    en: 'SAIKEN_WORKBENCH=1 is set, so the browser workbench is served.',
  },
  failed: {
    ja: 'Excel へのサイドロードに失敗したため、ブラウザ作業台を起動しました。',
    en: 'Sideloading into Excel failed, so the browser workbench is served instead.',
  },
  unavailable: {
    ja: 'この環境では Excel へのサイドロードができないため、ブラウザ作業台を起動しました。',
    en: 'Excel sideloading is not possible here, so the browser workbench is served instead.',
  },
};

await serveWorkbench(forcedWorkbench ? REASONS.forced : canSideload ? REASONS.failed : REASONS.unavailable);

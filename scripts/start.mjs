/**
 * npm start.
 *
 * Windows and macOS: sideload manifest.xml into desktop Excel with office-addin-debugging, which
 * also starts the https dev server. The tool is fetched on demand with npx rather than kept as a
 * dependency, because it pulls a native module that fails to build on some machines.
 *
 * Anywhere else (Linux, containers), or when sideloading fails, or with SAIKEN_WORKBENCH=1: serve
 * the task pane as the browser workbench and print its URL. Never fail just because Excel is absent.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

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

function banner(url, reason) {
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
      ` 開く / Open:   ${url}`,
      '',
      ' Excel で使うには manifest.xml をサイドロードしてください（docs/deployment.md）。',
      ' To use it in Excel, sideload manifest.xml (see docs/deployment.md).',
      ' 停止: Ctrl+C / Stop: Ctrl+C',
      rule,
      '',
    ].join('\n'),
  );
}

async function serveWorkbench(reason) {
  const webpack = require('webpack');
  const { default: WebpackDevServer } = await import('webpack-dev-server');
  const config = require('../webpack.config.js')({}, { mode: 'development' });
  const { devServer, ...webpackConfig } = config;
  const compiler = webpack(webpackConfig);
  const scheme = devServer.server === 'http' ? 'http' : 'https';
  const url = `${scheme}://${devServer.host}:${devServer.port}/taskpane.html`;

  let announced = false;
  compiler.hooks.done.tap('saiken-start', (stats) => {
    if (announced || stats.hasErrors()) return;
    announced = true;
    // After the dev server's own "compiled" lines, so the URL is the last thing on screen.
    setImmediate(() => banner(url, reason));
  });

  const server = new WebpackDevServer(devServer, compiler);
  try {
    await server.start();
  } catch (error) {
    console.error(`\n作業台を起動できません / Cannot start the workbench: ${error.message}`);
    if (error.code === 'EADDRINUSE') {
      console.error(`ポート ${devServer.port} は使用中です / Port ${devServer.port} is already in use.`);
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

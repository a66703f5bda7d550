/**
 * Builds the task pane (also the shared runtime and function file) into dist/.
 *
 * Environment:
 *   SAIKEN_BASE_URL   https base URL of the server hosting dist/ (e.g. https://intra.example.lg.jp/saiken/);
 *                     replaces the development base https://localhost:3000/ in dist/manifest.xml.
 *   SAIKEN_OFFICE_JS  "local" serves office.js from dist/assets/office-js/ instead of the Microsoft
 *                     CDN, for closed networks (LGWAN) that cannot reach it. The files are the CDN's
 *                     own (docs/deployment.md §4), put by the administrator in vendor/office-js/
 *                     or in the folder SAIKEN_OFFICE_JS_DIR names; the build copies that folder.
 *   SAIKEN_HTTPS      "1" makes the dev server use https with the office-addin-dev-certs certificates.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_BASE_URL = 'https://localhost:3000/';
const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const LOCAL_OFFICE_JS = 'assets/office-js/office.js';
const DEV_PORT = 3000;

function baseUrl() {
  const raw = process.env.SAIKEN_BASE_URL;
  if (!raw) return null;
  const url = new URL(raw);
  if (url.protocol !== 'https:') {
    throw new Error(`SAIKEN_BASE_URL must be an https URL (Office loads add-ins only over https): ${raw}`);
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** Points every manifest URL at the server; AppDomain entries carry the origin only. */
function rebaseManifest(xml, base) {
  if (!base) return xml;
  const devOrigin = new URL(DEV_BASE_URL).origin;
  return xml.split(DEV_BASE_URL).join(base).split(devOrigin).join(new URL(base).origin);
}

/**
 * The page title and the IE11 message are written outside the bundle (the latter by an ES5 inline
 * script), yet their text lives in src/i18n: read it from the TypeScript sources at build time.
 */
function loadMessages() {
  const { require: tsRequire } = require('tsx/cjs/api');
  return {
    ja: tsRequire('./src/i18n/ja.ts', __filename).ja,
    en: tsRequire('./src/i18n/en.ts', __filename).en,
  };
}

function legacyStrings({ ja, en }) {
  const pick = (m) => ({ title: m.legacyTitle, body: m.legacyBody });
  // Safe inside <script>: no "</script>" or "<!--" can survive the escaping.
  return JSON.stringify({ ja: pick(ja), en: pick(en) }).replace(/</g, '\\u003c');
}

/**
 * Writes initial-js.json: the scripts the page needs before the pane is usable (the entry and the
 * pane's chunk group), so the 350 KB gzip budget of product.md §10 can be checked on the build.
 * Everything else (the engine, the .xlsx reader and writer) loads lazily.
 */
class InitialJsPlugin {
  constructor(groups) {
    this.groups = groups;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('InitialJsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'InitialJsPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const files = new Set();
        for (const name of this.groups) {
          const group = compilation.namedChunkGroups.get(name);
          for (const chunk of group ? group.chunks : []) for (const f of chunk.files) if (f.endsWith('.js')) files.add(f);
        }
        const json = JSON.stringify({ groups: this.groups, files: [...files].sort() }, null, 2);
        compilation.emitAsset('initial-js.json', new sources.RawSource(`${json}\n`));
      });
    });
  }
}

function httpsOptions() {
  // Where `npx office-addin-dev-certs install` writes them.
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  const options = {};
  for (const [name, file] of Object.entries(files)) {
    const full = path.join(dir, file);
    if (!fs.existsSync(full)) {
      throw new Error(`SAIKEN_HTTPS=1 but ${file} is missing; run: npx office-addin-dev-certs install`);
    }
    options[name] = fs.readFileSync(full);
  }
  return options;
}

/**
 * The folder of office.js files to ship. Not the npm package @microsoft/office-js: it is no longer
 * updated and lacks APIs the hosts report (Workbook.notes, ExcelApi 1.18), so the CDN's files are
 * used, copied by the administrator (docs/deployment.md §4).
 */
function localOfficeJsDir() {
  const dir = path.resolve(__dirname, process.env.SAIKEN_OFFICE_JS_DIR || 'vendor/office-js');
  for (const file of ['office.js', 'excel-win32-16.01.js', 'excel-web-16.00.js']) {
    if (!fs.existsSync(path.join(dir, file))) {
      throw new Error(`SAIKEN_OFFICE_JS=local needs the CDN's office.js files in ${dir} (${file} is missing); see docs/deployment.md §4`);
    }
  }
  return dir;
}

module.exports = (_env, argv) => {
  const production = argv.mode === 'production';
  const localOfficeJs = process.env.SAIKEN_OFFICE_JS === 'local';
  const https = process.env.SAIKEN_HTTPS === '1';
  const base = baseUrl();
  const messages = loadMessages();

  const copy = [
    { from: 'assets', to: 'assets' },
    // The workbench opens this sample at once (src/taskpane/mount.tsx).
    { from: 'samples/tsuyama-plan2.xlsx', to: 'assets/samples/tsuyama-plan2.xlsx' },
    {
      from: 'manifest.xml',
      to: 'manifest.xml',
      transform: { transformer: (content) => rebaseManifest(content.toString('utf8'), base), cache: false },
    },
  ];
  if (localOfficeJs) {
    copy.push({
      from: localOfficeJsDir(),
      to: 'assets/office-js',
      // Already minified by Microsoft; without this Terser spends minutes on it.
      info: { minimized: true },
    });
  }

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      // Relative to taskpane.html, so dist/ works under any base path on the intranet server.
      publicPath: '',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '...'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic', development: !production } },
                // WebView2 and Safari 14+ (Excel 2021, Microsoft 365, Excel on the web and on Mac).
                target: 'es2020',
              },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: './src/taskpane/taskpane.html',
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        // IE11 ignores type="module", so it never fetches a bundle it cannot parse.
        scriptLoading: 'module',
        appTitle: messages.ja.appName,
        officeJsUrl: localOfficeJs ? LOCAL_OFFICE_JS : CDN_OFFICE_JS,
        legacyStrings: legacyStrings(messages),
      }),
      new CopyWebpackPlugin({ patterns: copy }),
      new InitialJsPlugin(['taskpane', 'pane']),
    ],
    optimization: {
      // Libraries land in their own chunks, so later features (xlsx, charts) can load lazily.
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          // React on its own: cached across releases that change only Fluent UI or our code.
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: 'react', chunks: 'all', priority: 10 },
        },
      },
    },
    performance: {
      // Only our own bundles count; the copied office.js files are Microsoft's.
      assetFilter: (file) => file.endsWith('.js') && !file.startsWith('assets/'),
      maxEntrypointSize: 200 * 1024,
      maxAssetSize: 600 * 1024,
    },
    devServer: {
      host: 'localhost',
      port: DEV_PORT,
      static: { directory: path.resolve(__dirname, 'dist') },
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: https ? { type: 'https', options: httpsOptions() } : 'http',
      client: { overlay: { warnings: false } },
    },
  };
};

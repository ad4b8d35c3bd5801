// Builds the task pane: taskpane.html + its bundle, icons and the manifest (dev URLs replaced in production).
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const ts = require('typescript');

const DEV_ORIGIN = 'https://localhost:3000';

/**
 * Where the pane loads Office.js from. The default is Microsoft's CDN. `OFFICE_JS=self` serves it from the add-in's own
 * origin, for networks that cannot reach the CDN (政务内网): the files of the @microsoft/office-js package, a snapshot of
 * the CDN folder with the host scripts and the zh-cn strings, without the debug builds.
 */
function officeJsSource() {
  const choice = process.env.OFFICE_JS || 'cdn';
  if (choice === 'cdn') return { src: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js', copy: [] };
  if (choice === 'self') {
    return {
      src: 'office-js/office.js',
      copy: [{ from: 'node_modules/@microsoft/office-js/dist', to: 'office-js', globOptions: { ignore: ['**/*.debug.js'] } }],
    };
  }
  throw new Error(`OFFICE_JS 只能是 cdn 或 self，收到“${choice}”`);
}

/**
 * The oldest syntax the pane's hosts parse. Excel for Mac on macOS 10.15 runs add-ins in Safari 14's WebKit, which
 * lacks ES2021+ syntax (class static blocks, which a Fluent dependency ships, and logical assignment); ts-loader leaves
 * node_modules as they are, so the whole bundle is lowered once more. test/addin/bundle-syntax.test.ts parses it.
 */
const BUNDLE_TARGET = ts.ScriptTarget.ES2020;

/** Lowers every emitted script to BUNDLE_TARGET with TypeScript's own transpiler, before minification. */
class DownlevelPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('DownlevelPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'DownlevelPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_COMPATIBILITY }, (assets) => {
        for (const name of Object.keys(assets).filter((file) => file.endsWith('.js'))) {
          const { outputText } = ts.transpileModule(assets[name].source().toString(), {
            fileName: name,
            compilerOptions: { target: BUNDLE_TARGET, module: ts.ModuleKind.None, allowJs: true },
          });
          compilation.updateAsset(name, new sources.RawSource(outputText));
        }
      });
    });
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode === 'production';
  // The address the add-in is served from in production, e.g. an intranet server: ADDIN_ORIGIN=https://jixiao.example.gov.cn
  const origin = (process.env.ADDIN_ORIGIN || DEV_ORIGIN).replace(/\/$/, '');
  const officeJs = officeJsSource();
  const config = {
    devtool: production ? false : 'source-map',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: { path: path.resolve(__dirname, 'dist/addin'), filename: '[name].[contenthash].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          loader: 'ts-loader',
          exclude: /node_modules/,
          options: { transpileOnly: true, configFile: 'tsconfig.json', compilerOptions: { module: 'es2020', moduleResolution: 'bundler' } },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        templateParameters: { officeJs: officeJs.src },
      }),
      new DownlevelPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => (production ? content.toString().split(DEV_ORIGIN).join(origin) : content) },
          ...officeJs.copy,
        ],
      }),
    ],
    performance: { maxAssetSize: 800000, maxEntrypointSize: 800000 },
    devServer: {
      port: 3000,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: { directory: path.resolve(__dirname, 'dist/addin') },
    },
  };
  // The web page (`npm run build:web`): the same task pane on a workbook opened in the browser, no Office.js and no
  // server (src/web/main.tsx). The workbench (`npm start`) serves it with the samples. exceljs's browser build makes
  // the page about 2 MB: loaded once from an intranet server or from disk, it is never fetched over a slow link.
  const web = {
    ...config,
    entry: { web: './src/web/main.tsx' },
    output: { path: path.resolve(__dirname, 'dist/web'), filename: '[name].[contenthash].js', clean: true },
    plugins: [new HtmlWebpackPlugin({ filename: 'index.html', template: './src/web/index.html', chunks: ['web'] }), new DownlevelPlugin()],
    performance: { maxAssetSize: 3000000, maxEntrypointSize: 3000000 },
    devServer: undefined,
  };
  if (env && env.only === 'web') return web;
  if (!production && env && env.WEBPACK_SERVE) {
    // Sideloading into Excel needs https with a trusted local certificate (office-addin-dev-certs, on the user's PC).
    const devCerts = require('office-addin-dev-certs');
    config.devServer.server = { type: 'https', options: await devCerts.getHttpsServerOptions() };
    return config;
  }
  return [config, web];
};

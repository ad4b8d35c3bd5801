// Builds the task pane: taskpane.html + its bundle, icons and the manifest (dev URLs replaced in production).
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_ORIGIN = 'https://localhost:3000';

module.exports = async (env, argv) => {
  const production = argv.mode === 'production';
  // The address the add-in is served from in production, e.g. an intranet server: ADDIN_ORIGIN=https://jixiao.example.gov.cn
  const origin = (process.env.ADDIN_ORIGIN || DEV_ORIGIN).replace(/\/$/, '');
  const config = {
    devtool: production ? false : 'source-map',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: { path: path.resolve(__dirname, 'dist/addin'), filename: '[name].[contenthash].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [{ test: /\.tsx?$/, loader: 'ts-loader', exclude: /node_modules/, options: { transpileOnly: true, configFile: 'tsconfig.json', compilerOptions: { module: 'es2020', moduleResolution: 'bundler' } } }],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => (production ? content.toString().split(DEV_ORIGIN).join(origin) : content) },
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
  // The workbench page (`npm start`): the same task pane on the in-memory Excel, no Office.js.
  const workbench = {
    ...config,
    entry: { workbench: './src/workbench/main.tsx' },
    output: { path: path.resolve(__dirname, 'dist/workbench-web'), filename: '[name].[contenthash].js', clean: true },
    plugins: [new HtmlWebpackPlugin({ filename: 'index.html', template: './src/workbench/index.html', chunks: ['workbench'] })],
    devServer: undefined,
  };
  if (env && env.only === 'workbench') return workbench;
  if (!production && env && env.WEBPACK_SERVE) {
    // Sideloading into Excel needs https with a trusted local certificate (office-addin-dev-certs, on the user's PC).
    const devCerts = require('office-addin-dev-certs');
    config.devServer.server = { type: 'https', options: await devCerts.getHttpsServerOptions() };
    return config;
  }
  return [config, workbench];
};

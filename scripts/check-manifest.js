// Offline manifest check (office-addin-manifest validate needs Microsoft's online service): structure, element order,
// resids, string lengths, https URLs and local icons. `node scripts/check-manifest.js manifest.xml`; exit 1 on problems.
const fs = require('fs');
const path = require('path');
const xml2js = require('xml2js');

/** Top-level elements in the order the schema requires (learn.microsoft.com/office/dev/add-ins/develop/manifest-element-ordering). */
const ORDER = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'VersionOverrides',
];

async function checkManifest(file) {
  const text = fs.readFileSync(file, 'utf8');
  const problems = [];
  const doc = await xml2js.parseStringPromise(text, { explicitChildren: true, preserveChildrenOrder: true });
  const app = doc.OfficeApp;
  if (!app) return ['根元素不是 OfficeApp'];
  const children = app.$$.map((c) => c['#name']);
  const positions = children.map((name) => ORDER.indexOf(name));
  if (positions.some((p) => p < 0)) problems.push(`未知的顶层元素：${children.filter((n) => !ORDER.includes(n)).join(', ')}`);
  if (positions.some((p, i) => i > 0 && p < positions[i - 1])) problems.push(`顶层元素顺序不符合架构：${children.join(' > ')}`);
  for (const required of ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Hosts', 'DefaultSettings', 'Permissions']) {
    if (!children.includes(required)) problems.push(`缺少 ${required}`);
  }
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(app.Id?.[0]?._ ?? app.Id?.[0])) problems.push('Id 不是 GUID');
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(app.Version?.[0]?._ ?? app.Version?.[0])) problems.push('Version 应为 n.n.n.n');

  const defined = new Map();
  for (const match of text.matchAll(/<bt:(Image|Url|String) id="([^"]+)" DefaultValue="([^"]*)"/g)) {
    if (defined.has(match[2])) problems.push(`resid ${match[2]} 重复定义`);
    defined.set(match[2], { kind: match[1], value: match[3] });
  }
  for (const match of text.matchAll(/resid="([^"]+)"/g)) if (!defined.has(match[1])) problems.push(`resid ${match[1]} 未定义`);
  const shortIds = new Set([...(text.match(/<bt:ShortStrings>[\s\S]*?<\/bt:ShortStrings>/)?.[0] ?? '').matchAll(/id="([^"]+)"/g)].map((m) => m[1]));
  for (const [id, { kind, value }] of defined) {
    if (kind === 'String' && value.length > (shortIds.has(id) ? 125 : 250)) problems.push(`字符串 ${id} 过长`);
  }
  for (const match of text.matchAll(/DefaultValue="(https?:[^"]+)"|<AppDomain>([^<]+)</g)) {
    const url = match[1] ?? match[2];
    if (!url.startsWith('https://')) problems.push(`URL 必须是 https：${url}`);
    const icon = /\/assets\/([^/"]+\.png)$/.exec(url);
    if (icon && !fs.existsSync(path.join(path.dirname(file), 'assets', icon[1]))) problems.push(`图标文件不存在：assets/${icon[1]}`);
  }
  if (!/<Host Name="Workbook"\/>/.test(text)) problems.push('宿主应为 Excel（Workbook）');
  if (!/<OfficeTab id="TabHome">/.test(text)) problems.push('按钮应位于“开始”选项卡（TabHome）');
  return problems;
}

module.exports = { checkManifest };

if (require.main === module) {
  checkManifest(process.argv[2] || 'manifest.xml').then((problems) => {
    for (const p of problems) console.error(`manifest.xml：${p}`);
    if (problems.length === 0) console.log('manifest.xml：离线检查通过');
    process.exitCode = problems.length ? 1 : 0;
  });
}

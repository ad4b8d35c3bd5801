// The Node.js versions package.json promises are ones every installed package accepts: `npm ci` on the oldest of
// each promised line prints no engine warning (docs/development.md, "Node.js 版本").
import semver from 'semver';
import lock from '../../package-lock.json';
import pkg from '../../package.json';

test('every package in the lock file accepts the oldest version of each Node.js line the project promises', () => {
  const promised = pkg.engines.node;
  const oldest = promised.split('||').map((range) => semver.minVersion(range.trim())!.version);
  expect(oldest).toEqual(['20.19.0', '22.13.0', '24.0.0']);
  const refusing = Object.entries(lock.packages as Record<string, { engines?: { node?: string } | string[] }>).flatMap(([name, entry]) => {
    const wanted = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
    return wanted
      ? oldest.filter((version) => !semver.satisfies(version, wanted)).map((version) => `${name || '本项目'} 要求 ${wanted}，不接受 ${version}`)
      : [];
  });
  expect(refusing).toEqual([]);
});

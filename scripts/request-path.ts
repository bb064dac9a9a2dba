// Which source files and functions one vendor request runs through, from arrival to answer: V8's
// precise coverage taken around single JSON generate requests to a started mock (start-up and
// warm-up excluded). Only what ran for every one of several requests is kept, so a timer that
// happens to fire during one (the job sweeper) drops out; anonymous functions count as
// `<anonymous>`, and the transpiler's own helpers are left out. Not part of `npm test`.
//
//   npx tsx scripts/request-path.ts
import { Session } from 'node:inspector/promises';
import { relative } from 'node:path';
import { startMock } from '../mock-server/start';

const ROUNDS = 3;
const root = process.cwd();
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
const mock = await startMock({ keys: ['k'], quiet: true });
const send = () =>
  fetch(`${mock.url}/ideogram/v1/ideogram-v3/generate`, {
    method: 'POST',
    headers: { 'Api-Key': 'k', 'Content-Type': 'application/json' },
    body: JSON.stringify({ prompt: 'a lighthouse' }),
  });
for (let i = 0; i < 3; i++) await (await send()).text();

/** `file: function` for every function of the project's own sources that ran since the last call. */
async function ran(): Promise<Set<string>> {
  const { result } = await session.post('Profiler.takePreciseCoverage');
  const seen = new Set<string>();
  for (const script of result) {
    if (!script.url.startsWith('file://') || script.url.includes('node_modules')) continue;
    const file = relative(root, new URL(script.url).pathname);
    if (file.startsWith('scripts/')) continue;
    for (const fn of script.functions) {
      // The first range is the whole function; a module's top level has no name and ran at import.
      if (fn.ranges[0].count === 0 || fn.ranges[0].startOffset === 0 || fn.functionName === '__name') continue;
      seen.add(`${file}: ${fn.functionName || '<anonymous>'}@${fn.ranges[0].startOffset}`);
    }
  }
  return seen;
}

let common: Set<string> | undefined;
let status = 0;
for (let i = 0; i < ROUNDS; i++) {
  await ran(); // resets the counts
  const res = await send();
  await res.text();
  status = res.status;
  await new Promise((resolve) => setTimeout(resolve, 20));
  const now = await ran();
  common = common ? new Set([...common].filter((each) => now.has(each))) : now;
}
await mock.close();
session.disconnect();

const files = new Map<string, string[]>();
for (const each of [...common!].sort()) {
  const [file, fn] = each.split(': ');
  files.set(file, [...(files.get(file) ?? []), fn.replace(/@\d+$/, '')]);
}
const all = [...files.values()].flat();
const anonymous = all.filter((fn) => fn === '<anonymous>').length;
console.log(`status ${status}: ${files.size} files, ${all.length} functions (${all.length - anonymous} named, ${anonymous} anonymous)`);
for (const [file, fns] of files) console.log(`${file}: ${fns.join(', ')}`);
